"""The step pane: the checklist of the shown step's topics and the viewer beside it (overview,
resources and attached files, notes and their history, statistics, review), with each tab's work
in a module of its own."""
