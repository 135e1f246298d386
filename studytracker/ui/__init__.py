"""The Qt window. Thin widgets over the service API (`store.tracker.Tracker`); no SQL here."""
