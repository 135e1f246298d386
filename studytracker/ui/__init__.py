"""The Qt window: thin widgets over the service API (`store.tracker.Tracker`); no SQL here.

Its rooms: `shell` (the application, the main window and its frame), `controllers` (the work
with the store: the operation runner, the data folder, backups, watchers), `step_pane` (the
checklist and the viewer's tabs), `dialogs`, `models` (item models for stock views) and
`widgets` (small shared widgets and helpers)."""
