"""The roadmap: a plain-Python model, its JSON schema check, the markdown importer, reading a file.

Nothing here imports Qt or the store.
"""

from studytracker.roadmap.model import (
    RESOURCE_KINDS,
    Resource,
    Roadmap,
    RoadmapError,
    Step,
    Topic,
)

__all__ = ["RESOURCE_KINDS", "Resource", "Roadmap", "RoadmapError", "Step", "Topic"]
