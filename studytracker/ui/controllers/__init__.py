"""How the window works with the store, with no widgets of its own: the operation runner (every
write, one `changed` signal), background tasks, the data folder's opening sequence, backups,
roadmap flows (import, choose, remove), the watchers of outside changes and reminders, and
how an error is worded."""
