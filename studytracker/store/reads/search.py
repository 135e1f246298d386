"""Search: topics, resources and notes of the active roadmap whose text contains the words."""

from __future__ import annotations

from studytracker.store.reads.base import Area, read
from studytracker.store.reads.notes import ROADMAP_NOTES
from studytracker.store.records import SearchHit


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

        def like(column: str) -> str:
            return f"{column} LIKE :pattern ESCAPE '\\'"

        topic_rows = self.rows(
            "SELECT t.slug, t.title, t.detail, st.slug FROM topic t JOIN step st ON st.pk = t.step_pk"
            f" WHERE t.roadmap_id = :roadmap AND NOT t.archived AND ({like('t.title')} OR {like('t.detail')})"
            " ORDER BY st.position, t.position LIMIT :limit",
            roadmap=roadmap,
            pattern=pattern,
            limit=limit,
        )
        hits = [
            SearchHit("topic", step, title, detail, topic_id=slug) for slug, title, detail, step in topic_rows
        ]
        resource_rows = self.rows(
            "SELECT r.slug, r.title, r.url, st.slug FROM resource r JOIN step st ON st.pk = r.step_pk"
            f" WHERE r.roadmap_id = :roadmap AND NOT r.archived"
            f" AND ({like('r.title')} OR {like('r.url')} OR {like('r.note')})"
            " ORDER BY st.position, r.position LIMIT :limit",
            roadmap=roadmap,
            pattern=pattern,
            limit=limit,
        )
        hits += [
            SearchHit("resource", step, title, url, resource_id=slug)
            for slug, title, url, step in resource_rows
        ]
        note_rows = self.rows(
            f"SELECT n.body, st.slug, st.title, t.slug, t.title FROM {ROADMAP_NOTES} AND {like('n.body')}"
            " LIMIT :limit",
            roadmap=roadmap,
            pattern=pattern,
            limit=limit,
        )
        for body, step, step_title, topic_slug, topic_title in note_rows:
            hits.append(
                SearchHit(
                    "note",
                    step,
                    f"Note: {topic_title or step_title}",
                    _snippet(body, text),
                    topic_id=topic_slug,
                )
            )
        wanted = text.lower()

        def rank(hit: SearchHit) -> tuple[bool, bool]:
            title = hit.title.lower()
            return (title != wanted, not title.startswith(wanted))

        return sorted(hits, key=rank)[:limit]


def _snippet(body: str, text: str, width: int = 60) -> str:
    at = body.lower().find(text.lower())
    start = max(0, at - width // 2)
    piece = " ".join(body[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(body) else "")
