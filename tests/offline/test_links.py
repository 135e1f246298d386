"""The link check: each fixture classed as a learner would want it."""

from __future__ import annotations

import pytest

from studytracker.offline.fetch import Fetcher, FetchPolicy
from studytracker.offline.links import LinkVerdict, check_link, settle_name_failures
from tests.offline.fixture_web import FixtureWeb
from tests.offline.test_fetch import fail_invalid_names


@pytest.mark.parametrize(
    ("path", "verdict", "status"),
    [
        ("/article.html", "ok", 200),
        ("/temporary", "ok", 200),
        ("/missing", "dead", 404),
        ("/gone", "dead", 410),
        ("/moved-to-missing", "dead", 404),
        ("/forbidden", "blocked", 403),
        ("/busy", "blocked", 429),
        ("/private", "blocked", 401),
        ("/server-error", "unknown", 500),
        ("/loop-a", "unknown", None),
        ("/slow", "unknown", None),
        ("/flaky", "ok", 200),
    ],
)
def test_each_link_is_classed(
    web: FixtureWeb, policy: FetchPolicy, path: str, verdict: str, status: int | None
) -> None:
    with Fetcher(policy) as fetcher:
        result = check_link(fetcher, web.url(path))
    assert (result.verdict, result.http_status) == (verdict, status)


def test_a_link_is_dead_only_after_a_second_look(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        result = check_link(fetcher, web.url("/missing"))
    assert web.hits("/missing") == 2 and result.detail.endswith("twice")


def test_a_permanent_move_offers_the_new_address(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        result = check_link(fetcher, web.url("/old"))
    assert result.verdict == "moved" and result.new_url == web.url("/article.html")


def test_the_body_of_a_checked_link_is_not_read(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        result = check_link(fetcher, web.url("/huge"))
    assert result.verdict == "ok"  # 3 MB over a 1 MB cap: a check reads the headers only


def test_a_name_that_does_not_resolve_is_dead_while_others_resolve(
    web: FixtureWeb, policy: FetchPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_invalid_names(monkeypatch)
    with Fetcher(policy) as fetcher:
        gone = check_link(fetcher, "http://gone-for-good.invalid/")
        fine = check_link(fetcher, web.url("/article.html"))
    assert gone.verdict == "dead" and gone.name_failed
    assert settle_name_failures([gone, fine])[0].verdict == "dead"


def test_when_no_name_resolves_the_laptop_is_offline_and_nothing_is_dead() -> None:
    offline = [LinkVerdict("dead", None, "the host name a.example does not resolve", name_failed=True)] * 3
    assert {verdict.verdict for verdict in settle_name_failures(offline)} == {"unknown"}
