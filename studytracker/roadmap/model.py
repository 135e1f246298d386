"""The roadmap as plain frozen dataclasses, and their conversion to and from our JSON shape."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

SCHEMA_VERSION = 1

#: How deep topics may nest (a topic of a step is at level 1): deeper is refused on import.
MAX_TOPIC_DEPTH = 20
#: The longest id of a roadmap, step, topic or resource: `maxLength` of `id` in the schema.
MAX_ID_LENGTH = 200

#: What a resource is, as the learner sees it (an icon per kind in the window).
RESOURCE_KINDS = ("video", "docs", "course", "practice", "tool", "dataset", "article", "link")


def free_roadmap_id(wanted: str, edition: str, taken: set[str]) -> str:
    """An id for a roadmap added beside one with the same id: its edition, else a counter."""
    from studytracker.roadmap.text import slugify

    edition_slug = slugify(edition) if any(c.isalnum() for c in edition) else ""
    base = f"{wanted}-{edition_slug}" if edition_slug else wanted

    def fitted(suffix: str) -> str:  # cut before the suffix, so that the cut id is the one checked
        return base[: MAX_ID_LENGTH - len(suffix)] + suffix

    counter = 1 if edition_slug else 2
    candidate = fitted("") if edition_slug else fitted("-2")
    while candidate in taken:
        counter += 1
        candidate = fitted(f"-{counter}")
    return candidate


def edition_is_older(incoming: str, stored: str) -> bool:
    """Whether an edition ("2025/26", "v2", "2026") comes before another by the numbers in it;
    False when either has none (which is older is then unknown)."""
    import re

    def numbers(edition: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", edition))

    new, old = numbers(incoming), numbers(stored)
    return bool(new and old) and new < old


_Refusal = TypeVar("_Refusal", bound="RoadmapError")


class RoadmapError(ValueError):
    """A roadmap file or document that cannot be used; the message says what and where. One made
    with `of` is a refusal of the catalogue (`studytracker.messages`): the window words it in the
    learner's language from its `kind` and `params`."""

    kind: str | None = None
    params: dict[str, Any] = {}  # noqa: RUF012 - replaced per instance by `of`

    @classmethod
    def of(cls: type[_Refusal], kind: str, **params: Any) -> _Refusal:
        from studytracker.messages import worded

        error = cls(worded(kind, params))
        error.kind, error.params = kind, params
        return error


@dataclass(frozen=True, slots=True)
class Resource:
    id: str
    title: str
    url: str
    kind: str = "link"
    note: str = ""


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    detail: str = ""
    children: tuple[Topic, ...] = ()

    def walk(self) -> Iterator[Topic]:
        """This topic and every topic below it, parents before children."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    number: int | None
    title: str
    optional: bool = False
    why: str = ""
    topics: tuple[Topic, ...] = ()
    resources: tuple[Resource, ...] = ()
    tips: tuple[str, ...] = ()
    #: the outer phase grouping this step ("Month 1" over "Week 1"), or None
    group: str | None = None

    def all_topics(self) -> Iterator[Topic]:
        for topic in self.topics:
            yield from topic.walk()


@dataclass(frozen=True, slots=True)
class Roadmap:
    id: str
    title: str
    edition: str = ""
    summary: str = ""
    steps: tuple[Step, ...] = ()
    resources: tuple[Resource, ...] = ()
    source: str = ""
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def all_topics(self) -> Iterator[tuple[Step, Topic]]:
        for step in self.steps:
            for topic in step.all_topics():
                yield step, topic

    def all_resources(self) -> Iterator[Resource]:
        yield from self.resources
        for step in self.steps:
            yield from step.resources

    def counts(self) -> tuple[int, int, int]:
        """(steps, topics, resources), for the summary shown before an import."""
        topics = sum(1 for _ in self.all_topics())
        resources = sum(1 for _ in self.all_resources())
        return len(self.steps), topics, resources

    # --- JSON -----------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema_version": self.schema_version,
            "id": self.id,
            "title": self.title,
            "edition": self.edition,
            "summary": self.summary,
        }
        if self.source:
            data["source"] = self.source
        data["resources"] = [_resource_json(r) for r in self.resources]
        data["steps"] = [_step_json(s) for s in self.steps]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Roadmap:
        """Build from JSON already checked against the schema (see `schema.load_roadmap_json`)."""
        return cls(
            schema_version=data["schema_version"],
            id=data["id"],
            title=data["title"],
            edition=data.get("edition", ""),
            summary=data.get("summary", ""),
            source=data.get("source", ""),
            resources=tuple(_resource_from(r) for r in data.get("resources", [])),
            steps=tuple(_step_from(s) for s in data["steps"]),
        )


def _resource_json(resource: Resource) -> dict[str, Any]:
    data = {"id": resource.id, "title": resource.title, "url": resource.url, "kind": resource.kind}
    if resource.note:
        data["note"] = resource.note
    return data


def _topic_json(topic: Topic) -> dict[str, Any]:
    data: dict[str, Any] = {"id": topic.id, "title": topic.title}
    if topic.detail:
        data["detail"] = topic.detail
    data["children"] = [_topic_json(c) for c in topic.children]
    return data


def _step_json(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": step.id,
        "number": step.number,
        "title": step.title,
        "optional": step.optional,
        "why": step.why,
        "topics": [_topic_json(t) for t in step.topics],
        "resources": [_resource_json(r) for r in step.resources],
    }
    if step.tips:
        data["tips"] = list(step.tips)
    if step.group:
        data["group"] = step.group
    return data


def _resource_from(data: dict[str, Any]) -> Resource:
    return Resource(
        id=data["id"],
        title=data["title"],
        url=data["url"],
        kind=data.get("kind", "link"),
        note=data.get("note", ""),
    )


def _topic_from(data: dict[str, Any]) -> Topic:
    return Topic(
        id=data["id"],
        title=data["title"],
        detail=data.get("detail", ""),
        children=tuple(_topic_from(c) for c in data.get("children", [])),
    )


def _step_from(data: dict[str, Any]) -> Step:
    return Step(
        id=data["id"],
        number=data.get("number"),
        title=data["title"],
        optional=data.get("optional", False),
        why=data.get("why", ""),
        topics=tuple(_topic_from(t) for t in data.get("topics", [])),
        resources=tuple(_resource_from(r) for r in data.get("resources", [])),
        tips=tuple(data.get("tips", [])),
        group=data.get("group") or None,
    )
