"""Search: the active roadmap's topics, resources, notes, session notes and attached files (by
name, and the text of markdown and text files) whose text contains the words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from studytracker.store.reads.base import Area, read
from studytracker.store.reads.notes import ROADMAP_NOTES
from studytracker.store.records import SearchHit, TopicView

#: Attached files whose text is searched, and the most of each that is read.
TEXT_ATTACHMENTS = (".md", ".markdown", ".txt")
MAX_SEARCHED_BYTES = 2 * 1024 * 1024
#: Files are read for words of at least this many characters (not at every keystroke), and
#: at most this many attachments are looked at: search runs as the learner types.
MIN_TEXT_FOR_FILE_BODIES = 3
MAX_SEARCHED_FILES = 500


class SearchReads(Area):
    name = "search"

    @read
    def find(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Exact titles first, then titles that start with the text, then the rest."""
        text = text.strip()
        if not text:
            return []
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        roadmap = self.reads.roadmaps.get().id
        found = _Finder(self, roadmap, pattern, text, limit)
        hits = found.topics() + found.resources() + found.notes() + found.sessions() + found.attachments()
        wanted = text.lower()

        def rank(hit: SearchHit) -> tuple[bool, bool]:
            # a topic or resource named so first; notes, sessions and files are about their
            # subject, not named by it, and come after
            named = hit.kind in ("topic", "resource")
            title = hit.title.lower()
            return (not named or title != wanted, not named or not title.startswith(wanted))

        return sorted(hits, key=rank)[:limit]


class _Finder:
    """One search's queries, kind by kind."""

    def __init__(self, area: SearchReads, roadmap: str, pattern: str, text: str, limit: int) -> None:
        self.area, self.roadmap, self.pattern, self.text, self.limit = area, roadmap, pattern, text, limit

    @staticmethod
    def like(column: str) -> str:
        return f"{column} LIKE :pattern ESCAPE '\\'"

    def _rows(self, sql: str) -> list:  # type: ignore[type-arg]
        return self.area.rows(sql, roadmap=self.roadmap, pattern=self.pattern, limit=self.limit)

    def topics(self) -> list[SearchHit]:
        rows = self._rows(
            "SELECT t.slug, t.title, t.detail, st.slug, st.title"
            " FROM topic t JOIN step st ON st.pk = t.step_pk"
            f" WHERE t.roadmap_id = :roadmap AND NOT t.archived AND ({self.like('t.title')} OR"
            f" {self.like('t.detail')}) ORDER BY st.position, t.position LIMIT :limit"
        )
        statuses: dict[str, dict[str, str]] = {}  # step -> topic -> status, as the checklist shows it
        for _slug, _title, _detail, step, _step_title in rows:
            if step not in statuses:
                statuses[step] = _statuses(self.area.reads.progress.topic_tree(step))
        return [
            SearchHit(
                "topic",
                step,
                title,
                detail,
                topic_id=slug,
                step_title=step_title,
                status=statuses[step].get(slug),
            )
            for slug, title, detail, step, step_title in rows
        ]

    def resources(self) -> list[SearchHit]:
        rows = self._rows(
            "SELECT r.slug, r.title, r.url, st.slug, st.title"
            " FROM resource r JOIN step st ON st.pk = r.step_pk"
            f" WHERE r.roadmap_id = :roadmap AND NOT r.archived AND ({self.like('r.title')} OR"
            f" {self.like('r.url')} OR {self.like('r.note')}) ORDER BY st.position, r.position LIMIT :limit"
        )
        return [
            SearchHit("resource", step, title, url, resource_id=slug, step_title=step_title)
            for slug, title, url, step, step_title in rows
        ]

    def notes(self) -> list[SearchHit]:
        rows = self._rows(
            f"SELECT n.body, st.slug, st.title, t.slug, t.title FROM {ROADMAP_NOTES}"
            f" AND {self.like('n.body')} LIMIT :limit"
        )
        return [
            SearchHit(
                "note",
                step,
                topic_title or step_title,
                snippet(body, self.text),
                topic_id=topic_slug,
                step_title=step_title,
            )
            for body, step, step_title, topic_slug, topic_title in rows
        ]

    def sessions(self) -> list[SearchHit]:
        rows = self._rows(
            "SELECT s.id, s.note, s.start_utc, s.utc_offset_min, st.slug, st.title, t.slug"
            " FROM study_session s JOIN step st ON st.pk = s.step_pk LEFT JOIN topic t ON t.pk = s.topic_pk"
            f" WHERE s.roadmap_id = :roadmap AND s.profile_id = :profile AND {self.like('s.note')}"
            " ORDER BY s.start_utc DESC LIMIT :limit"
        )
        hits = []
        for session_id, note, start_utc, offset, step, step_title, topic in rows:
            day = datetime.fromtimestamp(start_utc, timezone.utc) + timedelta(minutes=offset)
            hits.append(
                SearchHit(
                    "session",
                    step,
                    step_title,
                    snippet(note, self.text),
                    topic_id=topic,
                    step_title=step_title,
                    session_id=session_id,
                    day=day.date(),
                )
            )
        return hits

    def attachments(self) -> list[SearchHit]:
        """By the file's name, or the text of a markdown or text file (read here, up to a limit,
        and only for words long enough to be worth reading files for)."""
        rows = self.area.rows(
            "SELECT a.id, a.original_name, a.stored_name, st.slug, st.title, t.slug FROM attachment a"
            " JOIN step st ON st.pk = a.step_pk LEFT JOIN topic t ON t.pk = a.topic_pk"
            " WHERE st.roadmap_id = :roadmap AND a.profile_id = :profile ORDER BY st.position, a.id"
            " LIMIT :most",
            roadmap=self.roadmap,
            most=MAX_SEARCHED_FILES,
        )
        read_bodies = len(self.text) >= MIN_TEXT_FOR_FILE_BODIES
        wanted = self.text.lower()
        folder = self.area.reads.attachments.folder
        hits = []
        for attachment_id, name, stored, step, step_title, topic in rows:
            if wanted in name.lower():
                found = ""
            elif not read_bodies:
                continue
            else:
                body = _text_of(folder / stored, name)
                if wanted not in body.lower():
                    continue
                found = snippet(body, self.text)
            hits.append(
                SearchHit(
                    "attachment",
                    step,
                    name,
                    found,
                    topic_id=topic,
                    step_title=step_title,
                    attachment_id=attachment_id,
                )
            )
            if len(hits) >= self.limit:
                break
        return hits


def _statuses(topics: list[TopicView] | tuple[TopicView, ...]) -> dict[str, str]:
    statuses: dict[str, str] = {}
    for topic in topics:
        statuses[topic.id] = topic.status
        statuses.update(_statuses(topic.children))
    return statuses


def _text_of(path: Path, name: str) -> str:
    """A markdown or text attachment's text (its start, for a huge one); "" for any other file,
    or one that is gone or unreadable (search is no place to complain about it)."""
    if Path(name).suffix.lower() not in TEXT_ATTACHMENTS:
        return ""
    try:
        with path.open("rb") as file:
            return file.read(MAX_SEARCHED_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def snippet(body: str, text: str, width: int = 60) -> str:
    at = body.lower().find(text.lower())
    start = max(0, at - width // 2)
    piece = " ".join(body[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(body) else "")
