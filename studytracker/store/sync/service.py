"""A sync, start to end: journal what changed here, push it, pull the others' operations and
apply them, each step in transactions of its own, so a kill at any moment leaves a state the
next sync simply goes on from.

- setting up (`setup`) checks the folder or the hub first, then journals everything there is;
- `run` pushes and pulls now; `status` says how it stands; `forget` ends it on this device
  (the data stays; only the sync's own bookkeeping goes).
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studytracker.store.errors import InputError, StoreError, require_unicode
from studytracker.store.sync.journal import Journal, journal_after, mark_everything
from studytracker.store.sync.merge import Merge
from studytracker.store.sync.operations import MAX_DEVICE_NAME, OPERATION_FORMAT, new_device_id
from studytracker.store.sync.transport import OPERATIONS_PER_SEGMENT, FolderTransport, Transport

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker

#: Operations applied per transaction: small enough that the window never waits long for one.
APPLY_BATCH = 500
#: Told how far a sync got: (operations done, operations to do).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DeviceRecord:
    name: str
    last_seen: str | None
    id: str
    #: Why its operations stopped applying here ("update StudyTracker on this device"), or None.
    blocked: str | None = None


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    transport: str | None
    last_sync: str | None
    #: Changes made here that the others have not received yet.
    waiting: int
    devices: list[DeviceRecord]
    conflicts: int
    address: str | None = None
    device: str | None = None
    device_name: str | None = None
    last_error: str | None = None
    #: Operations waiting here for a roadmap that has not come yet.
    parked: int = 0

    def to_json(self) -> dict[str, Any]:
        """The contract's shape (`sync status --json`), with a few keys more."""
        data = asdict(self)
        data["devices"] = [
            {"name": d.name, "last_seen": d.last_seen, "id": d.id, "blocked": d.blocked} for d in self.devices
        ]
        return data


@dataclass
class SyncResult:
    pushed: int = 0
    applied: int = 0
    parked: int = 0
    devices: int = 0
    #: Cohorts on the hub this learner shared with (what they chose to share, or its removal).
    shared: int = 0
    #: Segments skipped, operations refused, devices waiting for an update: one line each.
    problems: list[str] = field(default_factory=list)


class SyncService:
    def __init__(self, tracker: Tracker) -> None:
        self.tracker = tracker

    # -- state -----------------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        with self.tracker.db.read_transaction() as connection:
            cursor = connection.execute("SELECT * FROM sync_state WHERE id = 1")
            values = tuple(cursor.fetchone())
        return dict(zip([column[0] for column in cursor.description], values, strict=True))

    def _write_state(self, **values: object) -> None:
        with self.tracker.context.write() as work:
            assignments = ", ".join(f"{name} = ?" for name in values)
            work.sql().execute(f"UPDATE sync_state SET {assignments} WHERE id = 1", tuple(values.values()))

    def status(self) -> SyncStatus:
        state = self._state()
        with self.tracker.db.read_transaction() as connection:
            marks = connection.execute("SELECT count(*) FROM sync_mark").fetchone()[0]
            unpushed = connection.execute(
                "SELECT count(*) FROM sync_journal WHERE seq > ?", (state["pushed_seq"],)
            ).fetchone()[0]
            devices = [
                DeviceRecord(name or device[:8], last_seen, device, blocked)
                for device, name, last_seen, blocked in connection.execute(
                    "SELECT device, name, last_seen, blocked FROM sync_cursor ORDER BY name, device"
                )
            ]
            conflicts = connection.execute("SELECT count(*) FROM note_conflict").fetchone()[0]
            parked = connection.execute("SELECT count(*) FROM sync_parked").fetchone()[0]
        configured = state["transport"] is not None
        return SyncStatus(
            configured,
            state["transport"],
            state["last_sync"],
            int(marks + unpushed) if configured else 0,
            devices,
            int(conflicts),
            state["address"],
            state["device_id"],
            state["device_name"],
            state["last_error"],
            int(parked),
        )

    # -- setting up and forgetting ----------------------------------------------------------------

    def setup(
        self,
        folder: Path | None = None,
        hub: str | None = None,
        device_name: str | None = None,
        join: str | None = None,
    ) -> None:
        """Sync this device through a folder or a hub from now on. The place is tried first
        (nothing is saved when it cannot be used); then everything here is journaled. With an
        invitation code (`join`), the device joins the hub as the code's learner or mentor."""
        name = (device_name if device_name is not None else socket.gethostname()).strip() or "this device"
        require_unicode(name, "--device-name")
        if len(name) > MAX_DEVICE_NAME or any(ord(c) < 32 for c in name):
            raise InputError(f"--device-name: at most {MAX_DEVICE_NAME} characters, on one line")
        if join is not None and hub is None:
            raise InputError("--join: give the hub's address too (--hub URL)")
        if folder is not None:
            folder = folder.expanduser().absolute()
            if folder == self.tracker.data_dir or self.tracker.data_dir in folder.parents:
                raise InputError(f"{folder}: the sync folder cannot be inside the data folder")
            kind, address = "folder", str(folder)
        elif hub is not None and join is not None:
            from studytracker.store.sync.cohort import join_hub

            kind, address = "hub", join_hub(hub, join, self.tracker.data_dir)
        elif hub is not None:
            from studytracker.store.sync.hub import hub_address

            kind, address = "hub", hub_address(hub, self.tracker.data_dir)
        else:
            raise InputError("sync setup: give --folder DIR or --hub URL")
        transport = open_transport(kind, address, self.tracker.data_dir)  # usable, or the error
        try:
            joining = bool(transport.devices())
        finally:
            transport.close()
        state = self._state()
        with self.tracker.context.write() as work:
            connection = work.sql()
            if state["device_id"] is None or state["address"] != address:
                self._start_journal(connection, work.context.profile_id, settings=not joining)
            connection.execute(
                "UPDATE sync_state SET device_name = ?, transport = ?, address = ?, last_error = NULL",
                (name, kind, address),
            )

    @staticmethod
    def _start_journal(connection: Any, profile: int, settings: bool = True) -> None:
        """A new device id and an empty journal, with everything there is marked: this device
        then pushes all it has (its settings only if no device was there before it), and takes
        all that is there."""
        connection.execute("DELETE FROM sync_journal")
        connection.execute("DELETE FROM sync_cursor")
        connection.execute("DELETE FROM sync_parked")
        connection.execute(
            "UPDATE sync_state SET device_id = ?, next_seq = 1, pushed_seq = 0, last_sync = NULL",
            (new_device_id(),),
        )
        mark_everything(connection, profile, settings)

    def forget(self) -> None:
        """Stop syncing on this device; what it holds stays as it is."""
        with self.tracker.context.write() as work:
            connection = work.sql()
            for table in ("sync_journal", "sync_cursor", "sync_parked", "sync_clock", "sync_mark"):
                connection.execute(f"DELETE FROM {table}")
            connection.execute(
                "UPDATE sync_state SET device_id = NULL, device_name = NULL, transport = NULL,"
                " address = NULL, next_seq = 1, pushed_seq = 0, last_sync = NULL, last_error = NULL"
            )
        from studytracker.store.sync.hub import forget_password

        forget_password(self.tracker.data_dir)

    # -- a sync ------------------------------------------------------------------------------------

    def run(self, progress: Progress | None = None) -> SyncResult:
        state = self._state()
        if state["transport"] is None:
            raise InputError(
                "sync is not set up here: run 'studytracker sync setup --folder DIR' or '--hub URL'"
            )
        try:
            transport = open_transport(state["transport"], state["address"], self.tracker.data_dir)
        except StoreError as error:
            self._write_state(last_error=str(error))
            raise
        try:
            result = self._run(transport, progress)
            if state["transport"] == "hub":
                result.shared = self._share(transport)
        except StoreError as error:
            self._write_state(last_error=str(error))
            raise
        finally:
            transport.close()
        self._write_state(last_sync=self.tracker.context.now_iso(), last_error=None)
        return result

    def _run(self, transport: Transport, progress: Progress | None) -> SyncResult:
        result = SyncResult()
        seen = transport.devices()
        state = self._state()
        own = next((d for d in seen if d.device == state["device_id"]), None)
        if own is not None and own.last_seq >= state["next_seq"]:
            # The place holds more of this device than its journal ever did: this database was
            # restored from a backup, or copied from the device. It goes on as a new device;
            # what the old one pushed comes back as another device's operations.
            with self.tracker.context.write() as work:
                self._start_journal(work.sql(), work.context.profile_id)
        self._journal()
        state = self._state()
        result.pushed = self._push(transport, state)
        others = [d for d in seen if d.device != state["device_id"]]
        result.devices = len(others)
        cursors = self._cursors()
        total = sum(max(0, d.last_seq - cursors.get(d.device, 0)) for d in others)
        done = 0
        for device in others:
            done = self._pull(transport, device, cursors.get(device.device, 0), result, progress, done, total)
        with self.tracker.context.write() as work:
            merge = Merge(work)
            merge.retry_parked()
            merge.finish()
            result.parked = work.sql().execute("SELECT count(*) FROM sync_parked").fetchone()[0]
            result.problems += merge.counts.problems
        return result

    def _share(self, transport: Transport) -> int:
        """Put what the learner shares in each cohort they are in on the hub (the cohort's
        roadmap only, when it is here), or take it away when they no longer share it."""
        from studytracker.store.sync.cohort import HubCohorts
        from studytracker.store.sync.hub import HubTransport
        from studytracker.store.sync.share import shared_figures, shared_notes

        assert isinstance(transport, HubTransport)
        cohorts, shared = HubCohorts(transport), 0
        here = {info.id for info in self.tracker.reads.roadmaps.all()}
        for cohort_id, roadmap in cohorts.memberships():
            if roadmap in here:
                reads = self.tracker.reads
                cohorts.publish(cohort_id, shared_figures(reads, roadmap), shared_notes(reads, roadmap))
                shared += 1
        return shared

    def _journal(self) -> int:
        from studytracker.resources import BUNDLED_ROADMAP, resource_path

        bundled_id = _bundled_roadmap_id(str(resource_path(BUNDLED_ROADMAP)))
        device = self._state()["device_id"]
        now_ms = int(self.tracker.clock.now().timestamp() * 1000)
        with self.tracker.context.write() as work:
            return Journal(work, device, now_ms, skip_roadmaps=[bundled_id]).write()

    def _push(self, transport: Transport, state: dict[str, Any]) -> int:
        pushed, after = 0, state["pushed_seq"]
        while True:
            with self.tracker.db.read_transaction() as connection:
                operations = journal_after(connection, state["device_id"], after, OPERATIONS_PER_SEGMENT)
            if not operations:
                return pushed
            transport.put(
                state["device_id"], state["device_name"], operations, self.tracker.context.now_iso()
            )
            after = operations[-1].seq
            self._write_state(pushed_seq=after)
            pushed += len(operations)

    def _cursors(self) -> dict[str, int]:
        with self.tracker.db.read_transaction() as connection:
            return dict(connection.execute("SELECT device, seq FROM sync_cursor").fetchall())

    def _pull(
        self,
        transport: Transport,
        device: Any,
        cursor: int,
        result: SyncResult,
        progress: Progress | None,
        done: int,
        total: int,
    ) -> int:
        blocked = None
        while cursor < device.last_seq and blocked is None:
            fetched = transport.fetch(device.device, cursor, OPERATIONS_PER_SEGMENT)
            result.problems += fetched.problems
            operations = fetched.operations
            newer = next((i for i, op in enumerate(operations) if op.schema > OPERATION_FORMAT), None)
            if newer is not None:
                operations = operations[:newer]
                blocked = (
                    f"{device.name or device.device[:8]} syncs with a newer StudyTracker: "
                    "update StudyTracker on this device to take its changes"
                )
                result.problems.append(blocked)
            if not operations and blocked is None:
                break  # a gap (a segment skipped, or not synced here yet): the rest waits
            for start in range(0, len(operations), APPLY_BATCH):
                batch = operations[start : start + APPLY_BATCH]
                with self.tracker.context.write() as work:
                    merge = Merge(work)
                    for op in batch:
                        merge.apply(op)
                    merge.finish()
                    cursor = batch[-1].seq
                    self._note_device(work.sql(), device, cursor, None)
                result.applied += merge.counts.applied
                result.problems += merge.counts.problems
                done += len(batch)
                if progress is not None:
                    progress(done, total)
        with self.tracker.context.write() as work:
            self._note_device(work.sql(), device, cursor, blocked)
        return done

    @staticmethod
    def _note_device(connection: Any, device: Any, cursor: int, blocked: str | None) -> None:
        connection.execute(
            "INSERT INTO sync_cursor (device, name, seq, last_seen, blocked) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (device) DO UPDATE SET name = excluded.name, seq = excluded.seq,"
            " last_seen = excluded.last_seen, blocked = excluded.blocked",
            (device.device, device.name, cursor, device.last_seen, blocked),
        )


def open_transport(kind: str, address: str, data_dir: Path) -> Transport:
    if kind == "folder":
        return FolderTransport(Path(address))
    from studytracker.store.sync.hub import HubTransport

    return HubTransport(address, data_dir)


_bundled_ids: dict[str, str] = {}


def _bundled_roadmap_id(path: str) -> str:
    """The id of the roadmap the app ships (read once)."""
    if path not in _bundled_ids:
        try:
            with open(path, encoding="utf-8") as handle:
                _bundled_ids[path] = str(json.load(handle).get("id", ""))
        except (OSError, ValueError, AttributeError):
            _bundled_ids[path] = ""
    return _bundled_ids[path]
