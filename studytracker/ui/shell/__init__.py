"""The window's frame: the application and its start, the main window that lays out and wires
the rooms, the action table, the step sidebar, the timer bar, the status bar, and what the window
keeps between runs (layout, theme, the single instance, the crash report)."""
