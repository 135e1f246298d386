"""The runs the learner starts: save resources for offline reading, check a roadmap's links.

Both work over their own Tracker on one thread (the window's run is on the thread pool), report
progress as (done, to do, what now), and stop at the learner's word between two requests. Each
copy is committed the moment it is made, and what was fetched for a copy not yet made is kept on
disk: a run started again goes on where the last stopped, and fetches nothing twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from studytracker.offline.copies import make_copy
from studytracker.offline.fetch import Cancelled, Fetcher, FetchError, FetchPolicy, ResponseCache
from studytracker.offline.links import LinkVerdict, check_link, settle_name_failures
from studytracker.store.commands.offline import CopyToKeep, LinkResult
from studytracker.store.errors import InputError
from studytracker.store.records import Changes, OfflineResource
from studytracker.store.tracker import Tracker

Progress = Callable[[int, int, str], None]


def _no_progress(_done: int, _total: int, _what: str) -> None:
    """Progress nobody watches."""


@dataclass(frozen=True)
class Outcome:
    """What became of one resource in a run."""

    resource: OfflineResource
    state: str  # article | pdf | video | needs-sign-in | unavailable | unchanged | kept | over-cap
    detail: str = ""
    size_bytes: int = 0


@dataclass
class SaveRun:
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False
    to_do: int = 0

    def count(self, *states: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.state in states)

    @property
    def changes(self) -> Changes:
        """The steps whose copies the run may have changed (the window updates those)."""
        return Changes(offline=frozenset(outcome.resource.step_id for outcome in self.outcomes))


def select_resources(
    tracker: Tracker,
    *,
    roadmap_id: str | None = None,
    step_id: str | None = None,
    resource: str | None = None,
) -> list[OfflineResource]:
    """The web resources a run is about: one (by its address or id), a step's, or a roadmap's
    (the active one by default). InputError when there are none."""
    reads = tracker.reads
    roadmap = reads.roadmaps.get(roadmap_id).id
    if resource is not None:
        found = reads.offline.by_url(roadmap, resource) or [
            item for item in reads.offline.resources(roadmap) if item.resource_id == resource
        ]
        if not found:
            raise InputError(
                f"no resource of a step of roadmap {roadmap!r} has the address or id {resource!r}"
            )
        web = [item for item in found if item.url.startswith(("http://", "https://"))]
        if not web:
            raise InputError(f"{resource}: not a web address (only http and https pages are saved)")
        return web
    if step_id is not None:
        reads.roadmaps.step_pk(roadmap, step_id)  # the one-line error for an unknown step
    found = reads.offline.resources(roadmap, step_id)
    if not found:
        where = f"step {step_id!r}" if step_id is not None else f"roadmap {roadmap!r}"
        raise InputError(f"{where} has no web resources to save")
    return found


def fetch_policy(tracker: Tracker) -> FetchPolicy:
    """The client's behaviour, with the learner's cap on one resource."""
    return FetchPolicy(max_bytes=tracker.reads.settings.preferences().offline_resource_cap_mb * 1024 * 1024)


def total_cap(tracker: Tracker) -> int:
    """The most, in bytes, that all offline copies together may take (a preference)."""
    return tracker.reads.settings.preferences().offline_total_cap_mb * 1024 * 1024


def save_offline(
    tracker: Tracker,
    resources: list[OfflineResource],
    *,
    policy: FetchPolicy | None = None,
    cancel: threading.Event | None = None,
    progress: Progress = _no_progress,
    refresh: bool = False,
) -> SaveRun:
    """Make each resource available offline. A copy already kept is left as it is (a run that
    goes on from a stopped one), unless `refresh`: then the site is asked whether it changed
    (ETag, Last-Modified), and the copy is made again only if it did."""
    run = SaveRun(to_do=len(resources))
    tracker.offline.sweep()
    cap = total_cap(tracker)
    with Fetcher(policy or fetch_policy(tracker), cancel) as fetcher:
        for done, resource in enumerate(resources):
            progress(done, len(resources), resource.title)
            kept_already = resource.available_offline and resource.saved_from == resource.url
            if kept_already and not refresh:
                run.outcomes.append(Outcome(resource, "kept", size_bytes=resource.size_bytes))
                continue
            if resource.state == "needs-sign-in" and resource.saved_from == resource.url and not refresh:
                run.outcomes.append(Outcome(resource, "needs-sign-in", resource.detail))
                continue
            try:
                run.outcomes.append(_save_one(tracker, fetcher, resource, cap, kept_already))
            except Cancelled:
                run.cancelled = True
                break
        else:
            progress(len(resources), len(resources), "")
    return run


def _save_one(
    tracker: Tracker, fetcher: Fetcher, resource: OfflineResource, cap: int, kept_already: bool
) -> Outcome:
    cache = ResponseCache(tracker.offline.fetched_folder(resource.pk))
    validators = (resource.etag, resource.last_modified) if kept_already else (None, None)
    try:
        copy = make_copy(fetcher, resource.url, cache=cache, validators=validators)
    except FetchError as error:
        detail = str(error).removeprefix(f"{error.url}: ")
        tracker.offline.keep(
            resource.pk, CopyToKeep("unavailable", resource.url, resource.url, detail=detail)
        )
        return Outcome(resource, "unavailable", detail)
    if copy.state == "unchanged":
        tracker.offline.confirm(resource.pk)
        return Outcome(resource, "unchanged", size_bytes=resource.size_bytes)
    used = tracker.reads.offline.used_bytes() - (resource.size_bytes if kept_already else 0)
    if used + copy.size_bytes > cap:
        detail = (
            f"{copy.size_bytes / 1048576:.1f} MB would take the offline copies over their "
            f"{cap / 1048576:.0f} MB; free some, or allow more in the preferences"
        )
        return Outcome(resource, "over-cap", detail)
    tracker.offline.keep(
        resource.pk,
        CopyToKeep(
            state=copy.state,
            url=resource.url,
            final_url=copy.final_url,
            title=copy.title or resource.title,
            main=copy.main,
            files=tuple(copy.files.items()),
            etag=copy.etag,
            last_modified=copy.last_modified,
            detail=copy.detail,
        ),
    )
    return Outcome(resource, copy.state, copy.detail, copy.size_bytes)


@dataclass
class LinkRun:
    results: list[tuple[str, str, LinkVerdict]] = field(default_factory=list)  # (id, url, verdict)
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)

    def count(self, verdict: str) -> int:
        return sum(1 for _, _, result in self.results if result.verdict == verdict)


def check_links(
    tracker: Tracker,
    roadmap_id: str | None = None,
    *,
    policy: FetchPolicy | None = None,
    cancel: threading.Event | None = None,
    progress: Progress = _no_progress,
) -> LinkRun:
    """Check every web link of a roadmap and keep the results (those checked before a stop too)."""
    roadmap = tracker.reads.roadmaps.get(roadmap_id).id
    links = tracker.reads.offline.links(roadmap)
    run = LinkRun()
    keys: list[int] = []
    with Fetcher(policy or fetch_policy(tracker), cancel) as fetcher:
        for done, (pk, resource_id, url) in enumerate(links):
            progress(done, len(links), url)
            try:
                verdict = check_link(fetcher, url)
            except Cancelled:
                run.cancelled = True
                break
            run.results.append((resource_id, url, verdict))
            keys.append(pk)
        else:
            progress(len(links), len(links), "")
    settled = settle_name_failures([verdict for _, _, verdict in run.results])
    run.results = [(rid, url, verdict) for (rid, url, _), verdict in zip(run.results, settled, strict=True)]
    run.changes = tracker.offline.record_links(
        LinkResult(pk, url, verdict.verdict, verdict.http_status, verdict.detail, verdict.new_url)
        for pk, (_, url, verdict) in zip(keys, run.results, strict=True)
    )
    return run
