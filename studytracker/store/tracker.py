"""The service facade: the one door through which the window and the command line reach the data.

`tracker.reads` is the read API (plain SQL, one area per attribute); the command areas write,
one unit of work per call, committed before it returns, each returning what it changed
(`records.Changes`, or a record that carries them). Bad input raises `InputError` before anything
is written.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from studytracker.store.clock import Clock, SystemClock
from studytracker.store.commands.attachments import AttachmentCommands
from studytracker.store.commands.base import StoreContext
from studytracker.store.commands.notes import NoteCommands
from studytracker.store.commands.offline import OfflineCommands
from studytracker.store.commands.progress import ProgressCommands
from studytracker.store.commands.reviews import ReviewCommands, sync_review_cards
from studytracker.store.commands.roadmaps import RoadmapCommands
from studytracker.store.commands.settings import SettingCommands
from studytracker.store.commands.study import StudyCommands
from studytracker.store.database import Database
from studytracker.store.errors import StoreError
from studytracker.store.models import Profile
from studytracker.store.policy import BUNDLED_HASH_KEY
from studytracker.store.reads import Reads


class Tracker:
    """The data folder's database, opened for reading and writing.

    Attributes:
        reads: every read (`reads.progress.status()`, `reads.sessions.log()`, ...).
        roadmaps, progress, study, notes, attachments, offline, settings: the writes, by area.
    """

    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self.db = database
        self.clock: Clock = clock or SystemClock()
        self.reads = Reads(database, database.path, self.clock)
        context = StoreContext(database, self.clock, self.reads)
        self.roadmaps = RoadmapCommands(context)
        self.progress = ProgressCommands(context)
        self.study = StudyCommands(context)
        self.notes = NoteCommands(context)
        self.attachments = AttachmentCommands(context)
        self.offline = OfflineCommands(context)
        self.settings = SettingCommands(context)
        self.reviews = ReviewCommands(context)
        self.context = context

    @classmethod
    def open(cls, data_dir: Path, clock: Clock | None = None, bundled: Path | None = None) -> Tracker:
        """Open (creating if needed) the data folder, and load the bundled roadmap when it changed."""
        tracker = cls(Database.open(data_dir), clock)
        try:
            tracker._ensure_profile()
            tracker._load_bundled(bundled)
            tracker._schedule_finished_topics()
        except BaseException:
            tracker.close()
            raise
        return tracker

    @property
    def data_dir(self) -> Path:
        return self.db.path.parent

    @property
    def profile_id(self) -> int:
        return self.reads.profile_id

    def close(self) -> None:
        self.db.close()

    def _ensure_profile(self) -> None:
        with self.db.read() as session:
            if session.get(Profile, self.profile_id) is not None:
                return
        with self.db.write() as session:
            if session.get(Profile, self.profile_id) is None:
                session.add(Profile(id=self.profile_id, name="", created_at=self.context.now_iso()))

    def _schedule_finished_topics(self) -> None:
        """Finished topics without a review card (from before spaced review, or an import) get
        one as of the day they were ticked; the daily limit spreads what that brings due."""
        if self.reads.reviews.unscheduled() or self.reads.reviews.unfinished():
            with self.context.write() as work:
                sync_review_cards(work)

    def _load_bundled(self, bundled: Path | None) -> None:
        """Load `resources/roadmap.json` on a fresh folder, and again whenever it has changed."""
        from studytracker.resources import BUNDLED_ROADMAP, resource_path

        path = bundled or resource_path(BUNDLED_ROADMAP)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise StoreError(f"{path}: cannot read the bundled roadmap ({error.strerror})") from None
        digest = hashlib.sha256(raw).hexdigest()
        if self.reads.settings.value(BUNDLED_HASH_KEY) == digest:
            return
        from studytracker.roadmap.model import RoadmapError
        from studytracker.roadmap.schema import validate_roadmap_json

        try:
            roadmap = validate_roadmap_json(json.loads(raw))
        except (ValueError, RoadmapError) as error:
            raise StoreError(f"{path}: the bundled roadmap is broken: {error}") from None
        self.roadmaps.import_roadmap(roadmap, extra_settings={BUNDLED_HASH_KEY: digest})
