"""Whether a link still leads somewhere, classed with care: a link is dead only when the site
says so twice (404, 410) or its host name does not resolve while others do. A site that refuses
a program (401, 403, 429) is "blocked", not dead; a server error, a timeout or a redirect loop is
"unknown"; a link whose every redirect is permanent has "moved", and its new address is kept."""

from __future__ import annotations

from dataclasses import dataclass

from studytracker.offline.fetch import Fetcher, FetchError

GONE = (404, 410)
REFUSED = (401, 403, 429)


@dataclass(frozen=True)
class LinkVerdict:
    verdict: str  # ok | moved | dead | blocked | unknown
    http_status: int | None = None
    detail: str = ""
    new_url: str | None = None
    #: The host name did not resolve (dead only if some other host did: see `settle_name_failures`).
    name_failed: bool = False


def check_link(fetcher: Fetcher, url: str) -> LinkVerdict:
    """One link's verdict. A 404 or 410 is asked again a little later (the policy's
    `second_look_seconds`: a site in the middle of deploying answers 404 for a moment) before
    the link counts as dead."""
    first = _look(fetcher, url)
    if first.verdict == "dead" or first.name_failed:
        fetcher.check_cancelled()
        pause = fetcher.policy.second_look_seconds
        if pause > 0 and fetcher.cancel.wait(pause):
            fetcher.check_cancelled()
        second = _look(fetcher, url)
        if second.verdict != first.verdict or second.name_failed != first.name_failed:
            return second
        detail = f"{first.detail}, twice"
        return LinkVerdict(first.verdict, first.http_status, detail, first.new_url, first.name_failed)
    return first


def _look(fetcher: Fetcher, url: str) -> LinkVerdict:
    try:
        response = fetcher.get(url, body=False)
    except FetchError as error:
        reason = str(error).removeprefix(f"{url}: ")
        if error.kind == "name":
            return LinkVerdict("dead", None, reason, name_failed=True)
        return LinkVerdict("unknown", None, reason)
    status = response.status
    if status in GONE:
        return LinkVerdict("dead", status, f"the site answered {status}")
    if status in REFUSED:
        return LinkVerdict(
            "blocked", status, f"the site answered {status} to a program; it may open in a browser"
        )
    if status >= 400:
        return LinkVerdict("unknown", status, f"the site answered {status}")
    if 200 <= status < 300 and (target := response.permanent_target) is not None and target != url:
        return LinkVerdict("moved", status, "the link moved for good", target)
    return LinkVerdict("ok", status)


def settle_name_failures(verdicts: list[LinkVerdict]) -> list[LinkVerdict]:
    """A host name that does not resolve means a dead link only when other hosts resolved in the
    same run; when none did, the laptop is offline, and nothing is known."""
    reached = any(not verdict.name_failed and verdict.http_status is not None for verdict in verdicts)
    if reached:
        return verdicts
    return [
        LinkVerdict("unknown", None, "no connection: no host name could be looked up")
        if verdict.name_failed
        else verdict
        for verdict in verdicts
    ]
