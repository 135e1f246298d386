"""StudyTracker: follow a learning roadmap, time study sessions, keep notes, report progress."""

__version__ = "0.1.0"
