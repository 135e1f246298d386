"""Fixtures of offline reading: the fixture web server, a polite but quick fetch policy, and a
roadmap whose resources are the server's pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studytracker.offline.fetch import FetchPolicy
from studytracker.roadmap.model import Resource, Roadmap, Step, Topic
from studytracker.store.tracker import Tracker
from tests.offline.fixture_web import FixtureWeb, serve


@pytest.fixture
def web() -> Iterator[FixtureWeb]:
    yield from serve()


@pytest.fixture
def policy() -> FetchPolicy:
    """Short waits, a 1 MB cap: the slow page and the huge one fail in a second."""
    return FetchPolicy(
        timeout_seconds=1.0,
        max_bytes=1024 * 1024,
        host_delay_seconds=0.0,
        max_redirects=5,
        second_look_seconds=0.05,
    )


#: The step "reading" of `web_roadmap`: one resource of each kind a step holds.
READING = {
    "article": "/article.html",
    "docs": "/docs/merge.html",
    "paper": "/paper.pdf",
    "video": "/watch?v=backprop",
    "lesson": "/lesson",
}
#: The step "broken": the links that go wrong.
BROKEN = {
    "missing": "/missing",
    "gone": "/gone",
    "moved": "/old",
    "temporary": "/temporary",
    "loop": "/loop-a",
    "forbidden": "/forbidden",
    "busy": "/busy",
    "flaky": "/flaky",
    "slow": "/slow",
    "server-error": "/server-error",
}


def web_roadmap(web: FixtureWeb) -> Roadmap:
    def resources(step: str, paths: dict[str, str]) -> tuple[Resource, ...]:
        return tuple(
            Resource(id=f"{step}/r/{name}", title=name.replace("-", " ").title(), url=web.url(path))
            for name, path in paths.items()
        )

    return Roadmap(
        id="web-course",
        title="A course on the web",
        steps=(
            Step(
                id="reading",
                number=1,
                title="Reading",
                topics=(Topic(id="reading/t/basics", title="Basics"),),
                resources=resources("reading", READING),
            ),
            Step(
                id="broken",
                number=2,
                title="Broken links",
                topics=(Topic(id="broken/t/fix", title="Fix them"),),
                resources=resources("broken", BROKEN),
            ),
        ),
        resources=(Resource(id="home", title="Course home", url=web.url("/article.html")),),
    )


def pages_roadmap(web: FixtureWeb, *paths: str) -> Roadmap:
    """A roadmap "pages" of one step, "pages", whose resources are the server's `paths`."""
    resources = tuple(
        Resource(id=f"pages/r/{n}", title=f"Page {n}", url=web.url(path)) for n, path in enumerate(paths)
    )
    return Roadmap(
        id="pages", title="Pages", steps=(Step(id="pages", number=1, title="Pages", resources=resources),)
    )


@pytest.fixture
def web_tracker(tracker: Tracker, web: FixtureWeb) -> Tracker:
    """The tracker with `web_roadmap` imported and active."""
    tracker.roadmaps.import_roadmap(web_roadmap(web))
    tracker.roadmaps.use("web-course")
    return tracker
