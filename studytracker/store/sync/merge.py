"""Other devices' operations applied here, by rules that give every device the same state
whatever order operations arrive in:

- sessions, reviews and note revisions are unions by uid (a session's later edit or deletion,
  by the clock, wins);
- a topic's status and each setting go to the last writer by clock, thing by thing;
- a note's text is its newest head; two heads (edited on two devices) flag it to compare, and
  both texts stay as revisions;
- review cards are recomputed from the merged review log;
- a roadmap travels whole, and one removed elsewhere is hidden here, never deleted.

A change made here and not journaled yet wins over what arrives (journaled, its clock will be
later than everything seen). An operation about a roadmap this device does not have yet waits
(`sync_parked`) until the roadmap comes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from studytracker.store.commands.base import Work
from studytracker.store.commands.reviews import sync_review_cards
from studytracker.store.commands.settings import setting_problem
from studytracker.store.errors import InputError
from studytracker.store.records import STATUSES
from studytracker.store.revision_texts import make_dependents_whole, stored_form
from studytracker.store.spaced_review import RATINGS, after_review, first_recall
from studytracker.store.sync.journal import record_clock, settle_note
from studytracker.store.sync.operations import Operation, progress_key
from studytracker.store.transfer import REVISION_SOURCES, check_session


class Parked(Exception):
    """The operation is about a roadmap, step or topic this device does not have (yet)."""


@dataclass
class MergeCounts:
    applied: int = 0
    parked: int = 0
    #: Operations that could not be applied (their data broke a rule): what and why.
    problems: list[str] = field(default_factory=list)


class Merge:
    """Applies operations inside one unit of work; `finish` settles what they touched."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.connection = work.sql()
        self.profile = work.context.profile_id
        self.counts = MergeCounts()
        self._notes: set[int] = set()
        self._topics: set[int] = set()
        self.connection.execute("UPDATE sync_state SET applying = 1")  # the triggers stay quiet

    def apply(self, op: Operation, park: bool = True) -> bool:
        """Apply one operation (or park it); False when it had to wait for its roadmap."""
        try:
            getattr(self, f"_{op.kind}")(op)
        except Parked:
            if park:
                self.connection.execute(
                    "INSERT OR REPLACE INTO sync_parked (device, seq, op) VALUES (?, ?, ?)",
                    (op.device, op.seq, json.dumps(op.to_json())),
                )
                self.counts.parked += 1
            return False
        except (InputError, ValueError, TypeError, KeyError) as error:
            self.counts.problems.append(f"operation {op.seq} of device {op.device[:8]} ({op.kind}): {error}")
            return True
        self.counts.applied += 1
        last = self.connection.execute("SELECT last_hlc FROM sync_state").fetchone()[0]
        if op.hlc > last:  # the clock never falls behind what it has seen
            self.connection.execute("UPDATE sync_state SET last_hlc = ?", (op.hlc,))
        return True

    def retry_parked(self) -> None:
        """Apply the operations that waited for a roadmap, now that more may be here."""
        rows = self.connection.execute("SELECT device, seq, op FROM sync_parked").fetchall()
        ops = sorted(
            (Operation.from_json(json.loads(text), "parked") for _d, _s, text in rows), key=Operation.stamp
        )
        for op in ops:
            if self.apply(op, park=False):
                self.connection.execute(
                    "DELETE FROM sync_parked WHERE device = ? AND seq = ?", (op.device, op.seq)
                )

    def finish(self) -> None:
        for note_id in self._notes:
            settle_note(self.connection, note_id)
        sync_review_cards(self.work)  # a card for each topic done now, none for one no longer
        for topic_pk in self._topics:
            self._replay_card(topic_pk)
        self.work.sql().execute("UPDATE sync_state SET applying = 0")

    # -- the rules, one per kind -------------------------------------------------------------

    def _wins(self, op: Operation, local_key: str) -> bool:
        """Whether the operation is newer than what set the thing here, and nothing changed here
        since (a local change waiting in the journal is newer than all that arrives)."""
        if self.connection.execute(
            "SELECT 1 FROM sync_mark WHERE kind = ? AND key = ?", (op.kind, local_key)
        ).fetchone():
            return False
        row = self.connection.execute(
            "SELECT hlc, device FROM sync_clock WHERE kind = ? AND key = ?", (op.kind, op.key)
        ).fetchone()
        return row is None or op.stamp() > (row[0], row[1])

    def _took(self, op: Operation) -> None:
        record_clock(self.connection, op.kind, op.key, op.hlc, op.device)

    def _roadmap(self, op: Operation) -> None:
        from studytracker.roadmap.schema import validate_roadmap_json
        from studytracker.store.commands.roadmaps import RoadmapLoader

        if not self._wins(op, op.key):
            return
        data = op.data or {"removed": True}
        row = self.connection.execute("SELECT removed_at FROM roadmap WHERE id = ?", (op.key,)).fetchone()
        if data.get("removed"):
            others = self.connection.execute(
                "SELECT 1 FROM roadmap WHERE removed_at IS NULL AND id != ?", (op.key,)
            ).fetchone()
            if row is not None and row[0] is None and others:  # hidden with its history, never deleted
                self.connection.execute(
                    "UPDATE roadmap SET removed_at = ? WHERE id = ?", (self.work.context.now_iso(), op.key)
                )
        else:
            roadmap = validate_roadmap_json(data.get("roadmap"))
            if roadmap.id != op.key:
                raise ValueError(f"the roadmap's id {roadmap.id!r} is not {op.key!r}")
            unchanged = (
                row is not None
                and row[0] is None
                and (self.work.reads.roadmaps.export(op.key).to_json() == data["roadmap"])
            )
            if not unchanged:
                RoadmapLoader.within(self.work).load(roadmap)
                self.retry_parked()
        self._took(op)

    def _setting(self, op: Operation) -> None:
        if not self._wins(op, op.key):
            return
        if op.data is None:
            self.connection.execute(
                "DELETE FROM setting WHERE profile_id = ? AND key = ?", (self.profile, op.key)
            )
        else:
            value = op.data.get("value")
            problem = setting_problem(op.key, value)
            if problem:
                raise ValueError(problem)
            self.connection.execute(
                "INSERT OR REPLACE INTO setting (profile_id, key, value) VALUES (?, ?, ?)",
                (self.profile, op.key, value),
            )
        self._took(op)

    def _progress(self, op: Operation) -> None:
        data = op.data or {}
        topic_pk = self._topic_pk(data.get("roadmap"), data.get("topic"))
        if progress_key(data["roadmap"], data["topic"]) != op.key:
            raise ValueError("its key does not name its topic")
        status, changed_at = data.get("status"), data.get("changed_at")
        if status not in STATUSES or not isinstance(changed_at, str):
            raise ValueError(f"status {status!r} at {changed_at!r} is not a status and a time stamp")
        datetime.fromisoformat(changed_at)
        if not self._wins(op, str(topic_pk)):
            return
        self.connection.execute(
            "INSERT OR REPLACE INTO topic_progress (profile_id, topic_pk, status, changed_at)"
            " VALUES (?, ?, ?, ?)",
            (self.profile, topic_pk, status, changed_at),
        )
        self._topics.add(topic_pk)
        self._took(op)

    def _session(self, op: Operation) -> None:
        if op.data is None:
            if self._wins(op, op.key):
                self.connection.execute("DELETE FROM study_session WHERE uid = ?", (op.key,))
                self._took(op)
            return
        item = check_session(op.data, "its data")
        step_pk = self._step_pk(item["roadmap"], item["step"])
        topic_pk = self._topic_pk(item["roadmap"], item["topic"]) if item["topic"] else None
        if not self._wins(op, op.key):
            return
        values = (
            item["roadmap"],
            step_pk,
            topic_pk,
            item["start_utc"],
            item["end_utc"],
            item["utc_offset_min"],
            item["note"],
            item["source"],
            item["paused_seconds"],
        )
        updated = self.connection.execute(
            "UPDATE study_session SET roadmap_id = ?, step_pk = ?, topic_pk = ?, start_utc = ?,"
            " end_utc = ?, utc_offset_min = ?, note = ?, source = ?, paused_seconds = ?,"
            " heartbeat_utc = NULL, paused_at = NULL WHERE uid = ?",
            (*values, op.key),
        ).rowcount
        if not updated:
            self.connection.execute(
                "INSERT INTO study_session (profile_id, roadmap_id, step_pk, topic_pk, start_utc, end_utc,"
                " utc_offset_min, note, source, paused_seconds, uid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.profile, *values, op.key),
            )
        self._took(op)

    def _revision(self, op: Operation) -> None:
        data = op.data or {}
        step_pk = topic_pk = None
        if data.get("step") is not None:
            step_pk = self._step_pk(data.get("roadmap"), data.get("step"))
        else:
            topic_pk = self._topic_pk(data.get("roadmap"), data.get("topic"))
        body, saved_at, source, bases = (data.get(k) for k in ("body", "saved_at", "source", "bases"))
        if not isinstance(body, str) or not isinstance(saved_at, str) or source not in REVISION_SOURCES:
            raise ValueError("a revision needs its text, when it was saved, and a known source")
        if not isinstance(bases, list) or not all(isinstance(b, str) and " " not in b for b in bases):
            raise ValueError("its bases are not a list of revision ids")
        datetime.fromisoformat(saved_at)
        if not self._wins(op, op.key):
            return
        owner = "step_pk" if step_pk is not None else "topic_pk"
        found = self.connection.execute(
            f"SELECT id FROM note WHERE profile_id = ? AND {owner} = ?", (self.profile, step_pk or topic_pk)
        ).fetchone()
        if found is None:
            note_id = self.connection.execute(
                "INSERT INTO note (profile_id, step_pk, topic_pk, body, updated_at) VALUES (?, ?, ?, ?, ?)",
                (self.profile, step_pk, topic_pk, body, saved_at),
            ).lastrowid
        else:
            note_id = found[0]
        here = self.connection.execute("SELECT id FROM note_revision WHERE uid = ?", (op.key,)).fetchone()
        if here is not None:  # a burst of typing that went on there: this revision's newer text
            make_dependents_whole(self.connection, here[0])
            stored, base_id = stored_form(self.connection, int(note_id or 0), body, excluding=here[0])
            self.connection.execute(
                "UPDATE note_revision SET body = ?, base_id = ?, saved_at = ?, bases = ? WHERE id = ?",
                (stored, base_id, saved_at, " ".join(bases), here[0]),
            )
        else:
            stored, base_id = stored_form(self.connection, int(note_id or 0), body)
            self.connection.execute(
                "INSERT INTO note_revision (note_id, body, base_id, saved_at, source, burst, uid, bases)"
                " VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
                (note_id, stored, base_id, saved_at, source, op.key, " ".join(bases)),
            )
        self._notes.add(int(note_id or 0))
        self._took(op)

    def _review(self, op: Operation) -> None:
        data = op.data or {}
        topic_pk = self._topic_pk(data.get("roadmap"), data.get("topic"))
        if self.connection.execute("SELECT 1 FROM review_log WHERE uid = ?", (op.key,)).fetchone():
            return  # a review never changes
        values = [data.get(k) for k in ("rating", "reviewed_utc", "utc_offset_min", "due_utc")]
        whole = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        if len(whole) != len(values) or not 1 <= whole[0] <= 4:
            raise ValueError("a review needs a rating from 1 to 4 and its times as whole numbers")
        self.connection.execute(
            "INSERT INTO review_log"
            " (profile_id, topic_pk, rating, reviewed_utc, utc_offset_min, due_utc, uid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.profile, topic_pk, *values, op.key),
        )
        self._topics.add(topic_pk)
        self._took(op)

    # -- ids every device shares, as this device's rows ----------------------------------------

    def _step_pk(self, roadmap: Any, step: Any) -> int:
        row = self.connection.execute(
            "SELECT pk FROM step WHERE roadmap_id = ? AND slug = ?", (str(roadmap), str(step))
        ).fetchone()
        if row is None:
            raise Parked
        return int(row[0])

    def _topic_pk(self, roadmap: Any, topic: Any) -> int:
        row = self.connection.execute(
            "SELECT pk FROM topic WHERE roadmap_id = ? AND slug = ?", (str(roadmap), str(topic))
        ).fetchone()
        if row is None:
            raise Parked
        return int(row[0])

    def _replay_card(self, topic_pk: int) -> None:
        """A finished topic's review card from its reviews since it was ticked, in time order:
        the same on every device that has the same reviews."""
        row = self.connection.execute(
            "SELECT status, changed_at FROM topic_progress WHERE profile_id = ? AND topic_pk = ?",
            (self.profile, topic_pk),
        ).fetchone()
        if row is None or row[0] != "done":
            return
        try:
            ticked = int(datetime.fromisoformat(row[1]).timestamp())
        except ValueError:
            return
        retention = self.work.reads.settings.preferences().review_retention
        state = first_recall(ticked, retention)
        reviews = self.connection.execute(
            "SELECT rating, reviewed_utc FROM review_log WHERE profile_id = ? AND topic_pk = ?"
            " AND reviewed_utc >= ? ORDER BY reviewed_utc, uid",
            (self.profile, topic_pk, ticked),
        ).fetchall()
        for rating, reviewed in reviews:
            state = after_review(state, RATINGS[rating - 1], reviewed, retention)
        self.connection.execute(
            "INSERT OR REPLACE INTO review_card (profile_id, topic_pk, stability, difficulty, due_utc,"
            " last_review_utc, to_revisit) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                self.profile,
                topic_pk,
                state.stability,
                state.difficulty,
                state.due_utc,
                state.last_review_utc,
                bool(reviews) and reviews[-1][0] == 1,
            ),
        )
