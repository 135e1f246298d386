"""What is kept of each kind of page: read from the fixture server, never from the internet."""

from __future__ import annotations

import re

import pytest

from studytracker.offline import copies
from studytracker.offline.copies import make_copy
from studytracker.offline.fetch import Fetcher, FetchError, FetchPolicy
from tests.offline.fixture_web import PDF, FixtureWeb

EXECUTABLE = re.compile(r"<script|<iframe|<object|<embed|<form|<style|javascript:|\son\w+=", re.IGNORECASE)


def test_an_article_keeps_its_text_and_images_and_drops_the_rest(
    web: FixtureWeb, policy: FetchPolicy
) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url("/article.html"))
    assert copy.state == "article" and copy.main == "page.html"
    assert copy.title == "Gradient descent, explained"
    page = copy.files["page.html"].decode()
    assert "finds a local minimum" in page and "The update rule" in page
    assert "theta = theta - learning_rate * gradient" in page
    # the images are downloaded and linked beside the page; what is not an image is dropped
    assert set(copy.files) == {"page.html", "images/1.png", "images/2.gif"}
    assert copy.files["images/1.png"].startswith(b"\x89PNG")
    assert 'src="images/1.png"' in page and 'src="images/2.gif"' in page
    assert "not-an-image" not in page and "<em>Not really an image</em>" in page
    # the site's navigation and footer are not the article
    assert "About the site menu" not in page and "All rights reserved" not in page
    assert not EXECUTABLE.search(page)
    assert 'href="https://example.org/more"' in page


def test_a_documentation_page_drops_its_sidebar_and_navigation(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url("/docs/merge.html"))
    page = copy.files["page.html"].decode()
    assert copy.state == "article"
    assert "database-style join" in page and "use keys from the left frame only" in page
    for chrome in ("Release notes", "DataFrame.abs", "Navigation", "the docs team"):
        assert chrome not in page


def test_nothing_executable_is_kept_of_a_page_full_of_scripts(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url("/scripts.html"))
    assert copy.state == "article"
    kept = b"".join(copy.files.values()).decode(errors="replace")
    assert "finds a local minimum" in kept
    assert not EXECUTABLE.search(kept)
    assert "steal" not in kept and "tracker.example" not in kept and "ads.example" not in kept


def test_a_pdf_is_kept_as_it_is_and_a_false_one_is_not(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        pdf = make_copy(fetcher, web.url("/paper.pdf"))
        fake = make_copy(fetcher, web.url("/fake.pdf"))
    assert pdf.state == "pdf" and pdf.files == {"document.pdf": PDF} and pdf.main == "document.pdf"
    assert fake.state == "unavailable" and "not one" in fake.detail and not fake.files


def test_a_video_page_becomes_a_card_from_its_oembed(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url("/watch?v=backprop"))
    assert copy.state == "video" and copy.main == "card.html"
    card = copy.files["card.html"].decode()
    assert "Backprop, step by step" in card and "Neural Nets Channel" in card
    assert "Needs internet to play" in card and f'href="{web.url("/watch?v=backprop")}"' in card
    assert copy.files["images/1.png"].startswith(b"\x89PNG") and 'src="images/1.png"' in card
    assert not EXECUTABLE.search(card)  # the oEmbed's player is not kept
    assert copy.size_bytes < 10_000  # no video


def test_a_known_video_site_is_asked_its_oembed_without_fetching_the_page(
    web: FixtureWeb, policy: FetchPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(copies.VIDEO_PROVIDERS, "localhost", web.url("/oembed"))
    port = web.base.rsplit(":", 1)[1]
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, f"http://localhost:{port}/watch?v=backprop")
    assert copy.state == "video" and "Neural Nets Channel" in copy.files["card.html"].decode()
    assert web.hits("/watch?v=backprop") == 0 and any(r.path.startswith("/oembed?url=") for r in web.log)


@pytest.mark.parametrize("path", ["/lesson", "/members/lesson3", "/private", "/accounts/login"])
def test_a_page_behind_a_sign_in_is_marked_never_saved(
    web: FixtureWeb, policy: FetchPolicy, path: str
) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url(path))
    assert copy.state == "needs-sign-in" and not copy.files


def test_a_course_platform_needs_a_sign_in_without_a_request(policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, "https://www.coursera.org/learn/machine-learning")
        assert fetcher.requests_made == 0
    assert copy.state == "needs-sign-in"


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        ("/missing", "answered 404"),
        ("/app", "no readable text"),
        ("/archive.zip", "application/zip"),
    ],
)
def test_what_cannot_be_read_offline_says_why(
    web: FixtureWeb, policy: FetchPolicy, path: str, detail: str
) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url(path))
    assert copy.state == "unavailable" and detail in copy.detail and not copy.files


def test_plain_text_is_kept_escaped(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url("/notes.txt"))
    page = copy.files["page.html"].decode()
    assert copy.state == "article" and "&lt;script&gt;" in page and "<script" not in page


def test_a_refresh_asks_whether_the_page_changed(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        first = make_copy(fetcher, web.url("/etag.html"))
        again = make_copy(fetcher, web.url("/etag.html"), validators=(first.etag, first.last_modified))
    assert first.state == "article" and first.etag == '"v1"'
    assert again.state == "unchanged" and not again.files
    assert web.log[-1].headers["if-none-match"] == '"v1"'
    assert web.log[-1].headers["if-modified-since"] == "Mon, 02 Nov 2026 10:00:00 GMT"


@pytest.mark.parametrize(
    ("path", "kind"), [("/huge", "too-large"), ("/huge-unannounced", "too-large"), ("/slow", "timeout")]
)
def test_a_page_over_the_cap_or_too_slow_is_a_fetch_error(
    web: FixtureWeb, policy: FetchPolicy, path: str, kind: str
) -> None:
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as error:
        make_copy(fetcher, web.url(path))
    assert error.value.kind == kind


def test_an_oembed_nested_too_deep_leaves_the_page_an_article(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url("/deep-oembed-page"))
    assert copy.state == "article"


def test_a_page_of_broken_images_asks_for_a_bounded_number(web: FixtureWeb, policy: FetchPolicy) -> None:
    with Fetcher(policy) as fetcher:
        copy = make_copy(fetcher, web.url("/many-broken-images"))
    assert copy.state == "article"
    assert sum(1 for r in web.log if r.path.startswith("/missing/")) <= copies.MAX_IMAGES


def test_a_page_on_the_web_does_not_get_the_app_to_ask_the_local_network() -> None:
    from studytracker.offline.copies import _local_host

    for url in (
        "http://localhost:8080/x.png",
        "http://127.0.0.1/x",
        "http://192.168.1.1/admin",
        "http://[::1]/x",
        "http://10.0.0.2/",
    ):
        assert _local_host(url), url
    for url in ("https://example.org/x.png", "http://8.8.8.8/x", "https://img.shields.io/badge"):
        assert not _local_host(url), url
