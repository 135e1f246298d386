"""The client's manners: what it sends, what it refuses, how it waits, and how it stops."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from studytracker import __version__
from studytracker.offline.fetch import Cancelled, Fetcher, FetchError, FetchPolicy, ResponseCache
from tests.offline.fixture_web import FixtureWeb


def fail_invalid_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names under .invalid do not resolve, at once (no resolver is asked)."""
    real = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if isinstance(host, str) and host.endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_it_names_the_app_and_sends_no_cookie_back(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        fetcher.get(web.url("/cookie"))
        fetcher.get(web.url("/article.html"))
    assert (
        web.log[0].headers["user-agent"]
        == f"StudyTracker/{__version__} (saves the pages a learner asks to read offline)"
    )
    assert "cookie" not in web.log[1].headers


def test_redirects_are_followed_and_a_permanent_move_is_seen(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        moved = fetcher.get(web.url("/old"))
        temporary = fetcher.get(web.url("/temporary"))
    assert moved.status == 200 and moved.final_url == web.url("/article.html")
    assert moved.permanent_target == web.url("/article.html")
    assert [status for status, _ in moved.redirects] == [301, 308]
    assert temporary.final_url == web.url("/article.html") and temporary.permanent_target is None


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/loop-a", "redirect-loop"), ("/chain/1", "redirects"), ("/to-ftp", "scheme")],
)
def test_a_redirect_that_goes_nowhere_is_an_error(
    web: FixtureWeb, policy: FetchPolicy, path: str, kind: str
) -> None:
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        fetcher.get(web.url(path))
    assert error.value.kind == kind
    assert web.hits("/chain/7") == 0  # the limit of 5 redirects held


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "http:///nohost"]
)
def test_only_web_addresses_are_fetched(policy: FetchPolicy, url: str) -> None:
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        fetcher.get(url)
    assert error.value.kind == "scheme" and fetcher.requests_made == 0


def test_a_name_that_does_not_resolve_is_told_apart(
    policy: FetchPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_invalid_names(monkeypatch)
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        fetcher.get("http://gone-for-good.invalid/page")
    assert error.value.kind == "name" and "does not resolve" in str(error.value)


def test_requests_to_one_host_are_spaced(web: FixtureWeb, policy: FetchPolicy) -> None:
    polite = FetchPolicy(timeout_seconds=2, host_delay_seconds=0.3)
    with Fetcher(polite) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            fetcher.get(web.url("/notes.txt"))
        elapsed = time.monotonic() - started
    assert elapsed >= 0.6


def test_429_waits_as_retry_after_asks_and_tries_again(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        started = time.monotonic()
        response = fetcher.get(web.url("/busy-once"))
        waited = time.monotonic() - started
    assert response.status == 200 and web.hits("/busy-once") == 2 and waited >= 1.0


def test_a_retry_after_too_long_is_not_waited_for(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        response = fetcher.get(web.url("/busy"))
    assert response.status == 429 and web.hits("/busy") == 1


def test_a_stop_ends_a_wait_at_once(web: FixtureWeb) -> None:
    cancel = threading.Event()
    with Fetcher(FetchPolicy(host_delay_seconds=30), cancel) as fetcher:
        fetcher.get(web.url("/notes.txt"))
        threading.Timer(0.2, cancel.set).start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            fetcher.get(web.url("/notes.txt"))
    assert time.monotonic() - started < 5 and web.hits("/notes.txt") == 1


def test_a_cached_response_is_not_asked_for_again(web: FixtureWeb, policy: FetchPolicy, tmp_path) -> None:
    cache = ResponseCache(tmp_path / "fetched")
    with Fetcher(policy) as fetcher:
        first = fetcher.get(web.url("/paper.pdf"), cache=cache)
    with Fetcher(policy) as fetcher:
        again = fetcher.get(web.url("/paper.pdf"), cache=cache)
        assert fetcher.requests_made == 0
    assert again.from_cache and again.body == first.body and web.hits("/paper.pdf") == 1


@pytest.mark.parametrize(
    "url",
    [
        "http://xn--.example/",
        "http://[::1/x",
        "http://a..b/",
        "http://e.org/a\tb",
        "http://e.org:99999/",
        "http://e.org/" + "a" * 70_000,
    ],
)
def test_a_malformed_address_is_a_fetch_error_not_a_crash(policy: FetchPolicy, url: str) -> None:
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        fetcher.get(url)
    assert error.value.kind in ("address", "scheme", "name", "connect")


def test_a_redirect_to_a_malformed_host_is_a_fetch_error(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher, pytest.raises(FetchError):
        fetcher.get(web.url("/to-bad-host"))


def test_a_retry_after_of_an_odd_digit_is_not_waited_for(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        assert fetcher.get(web.url("/retry-odd")).status == 429


def test_a_body_packed_twice_is_refused_before_it_is_unpacked(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        fetcher.get(web.url("/gzip-twice"))
    assert "packed more than once" in str(error.value)


def test_fetched_responses_kept_for_a_stopped_run_are_private(
    web: FixtureWeb, policy: FetchPolicy, tmp_path
) -> None:
    import os
    import stat

    cache = ResponseCache(tmp_path / ".fetched" / "7")
    with Fetcher(policy) as fetcher:
        fetcher.get(web.url("/paper.pdf"), cache=cache)
    for path in [cache.folder, cache.folder.parent, *cache.folder.iterdir()]:
        assert stat.S_IMODE(os.stat(path).st_mode) == (0o700 if path.is_dir() else 0o600), path
