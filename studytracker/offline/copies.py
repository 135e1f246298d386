"""A resource's readable copy: what is kept of a web page for reading without internet.

- An article or a documentation page: its readable content (trafilatura), sanitised by the
  store's one policy for kept pages (`clean_copy_html`: nothing executable, no frames, no
  forms), its images downloaded and linked beside it.
- A PDF: the file itself, once its first bytes say it is one.
- A video page: a card with its title, channel and thumbnail from the site's oEmbed, and "needs
  internet to play"; the video itself is never downloaded.
- A page behind a sign-in, or a course platform's landing page: nothing kept, marked so.
"""

from __future__ import annotations

import html
import json
import re
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit

from studytracker.offline.fetch import Fetcher, FetchError, Response, ResponseCache
from studytracker.store.commands.offline import clean_copy_html, file_type

#: Sites whose pages hold a video: the card comes from their oEmbed endpoint, and the page (a
#: heavy player behind a consent wall) is never fetched.
VIDEO_PROVIDERS: dict[str, str] = {
    "youtube.com": "https://www.youtube.com/oembed",
    "youtu.be": "https://www.youtube.com/oembed",
    "vimeo.com": "https://vimeo.com/api/oembed.json",
}
#: Course platforms: a link to one is a course's landing page, its lessons behind a sign-in.
COURSE_PLATFORMS = (
    "coursera.org",
    "udemy.com",
    "edx.org",
    "udacity.com",
    "datacamp.com",
    "pluralsight.com",
    "skillshare.com",
    "educative.io",
    "learn.deeplearning.ai",
    "aiquest.org",
)
_SIGN_IN_PATH = re.compile(
    r"/(log-?in|sign-?in|sign_in|signup|sign-?up|auth|sso|oauth2?|session/new|accounts/login)(/|$|\?|\.)",
    re.IGNORECASE,
)
MAX_IMAGES = 60
MAX_IMAGE_BYTES = 5 * 1024 * 1024
#: An extraction shorter than this is not the page's content (a page drawn by JavaScript).
MIN_READABLE_CHARACTERS = 200


@dataclass
class Copy:
    """What was made of one resource. `files` maps a name inside the copy's folder to its bytes;
    `main` names the one to open (empty when nothing is kept)."""

    state: str  # article | pdf | video | needs-sign-in | unavailable | unchanged
    final_url: str
    title: str = ""
    main: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    detail: str = ""

    @property
    def size_bytes(self) -> int:
        return sum(len(data) for data in self.files.values())


def _host_matches(host: str, domains: tuple[str, ...] | list[str]) -> str | None:
    for domain in domains:
        if host == domain or host.endswith("." + domain):
            return domain
    return None


def make_copy(
    fetcher: Fetcher,
    url: str,
    *,
    cache: ResponseCache | None = None,
    validators: tuple[str | None, str | None] = (None, None),
) -> Copy:
    """The readable copy of `url`. `validators` (ETag, Last-Modified) of a copy already kept
    make the request conditional: an unchanged page comes back as state "unchanged". Raises
    FetchError when no response came at all, Cancelled when the run was stopped."""
    host = (urlsplit(url).hostname or "").lower()
    provider = _host_matches(host, list(VIDEO_PROVIDERS))
    if provider is not None:
        return _video_card(fetcher, url, VIDEO_PROVIDERS[provider], cache)
    if _host_matches(host, COURSE_PLATFORMS):
        return Copy("needs-sign-in", url, detail="a course platform: its lessons need a sign-in")
    etag, last_modified = validators
    conditional = {}
    if etag:
        conditional["If-None-Match"] = etag
    if last_modified:
        conditional["If-Modified-Since"] = last_modified
    response = fetcher.get(url, headers=conditional, cache=cache)
    if response.status == 304:
        return Copy("unchanged", response.final_url, etag=etag, last_modified=last_modified)
    signed_in_only = response.status == 401 or _SIGN_IN_PATH.search(urlsplit(response.final_url).path)
    if signed_in_only:
        return Copy("needs-sign-in", response.final_url, detail="the page asks to sign in")
    if response.status >= 400:
        return Copy("unavailable", response.final_url, detail=f"the site answered {response.status}")
    copy = _copy_of_response(fetcher, response, cache)
    copy.etag = response.headers.get("etag")
    copy.last_modified = response.headers.get("last-modified")
    return copy


def _copy_of_response(fetcher: Fetcher, response: Response, cache: ResponseCache | None) -> Copy:
    kind = response.content_type
    body = response.body
    if kind == "application/pdf" or file_type(body) == "pdf":
        if file_type(body) != "pdf":  # as the store checks it: the first bytes, no space before
            return Copy("unavailable", response.final_url, detail="said to be a PDF, but is not one")
        name = urlsplit(response.final_url).path.rsplit("/", 1)[-1] or "document.pdf"
        return Copy("pdf", response.final_url, title=name, main="document.pdf", files={"document.pdf": body})
    if kind in ("text/html", "application/xhtml+xml", "") and body:
        return _article(fetcher, response, cache)
    if kind == "text/plain":
        text = body.decode("utf-8", errors="replace")
        page = _page_html("", f"<pre>{html.escape(text)}</pre>")
        return Copy("article", response.final_url, main="page.html", files={"page.html": page})
    return Copy("unavailable", response.final_url, detail=f"a file of type {kind}, not a page or a PDF")


def _article(fetcher: Fetcher, response: Response, cache: ResponseCache | None) -> Copy:
    import lxml.html
    import trafilatura
    from trafilatura.utils import decode_file

    text = decode_file(response.body)
    try:
        tree = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return Copy("unavailable", response.final_url, detail="the page could not be read as HTML")
    title = " ".join("".join(tree.xpath("//title//text()")[:1]).split())
    oembed = tree.xpath("//link[@type='application/json+oembed']/@href")
    og_type = "".join(tree.xpath("//meta[@property='og:type']/@content")[:1])
    if oembed and (og_type.startswith("video") or not og_type):
        endpoint = urljoin(response.final_url, oembed[0])
        local = _local_host(endpoint) and not _local_host(response.final_url)
        card = None if local else _card_from_oembed(fetcher, response.final_url, endpoint, cache)
        if card is not None:
            return card
    extracted = trafilatura.extract(
        text,
        url=response.final_url,
        output_format="html",
        include_images=True,
        include_links=True,
        include_formatting=True,
        include_tables=True,
        favor_recall=True,
    )
    readable_length = (
        len(" ".join(lxml.html.fromstring(extracted).text_content().split())) if extracted else 0
    )
    if tree.xpath("//form//input[@type='password']") and readable_length < 1500:
        return Copy("needs-sign-in", response.final_url, title=title, detail="the page is a sign-in form")
    if not extracted or readable_length < MIN_READABLE_CHARACTERS:
        return Copy(
            "unavailable",
            response.final_url,
            title=title,
            detail="no readable text on the page; it may be drawn by JavaScript",
        )
    body_html = clean_copy_html(_inner_body(extracted))
    files: dict[str, bytes] = {}
    body_html = _keep_images(fetcher, body_html, response.final_url, files, cache)
    has_heading = re.match(r"\s*<h1", body_html) is not None
    files["page.html"] = _page_html("" if has_heading else title, body_html)
    return Copy("article", response.final_url, title=title, main="page.html", files=files)


def _inner_body(document: str) -> str:
    match = re.search(r"<body[^>]*>(.*)</body>", document, re.DOTALL | re.IGNORECASE)
    return match.group(1) if match else document


def _keep_images(
    fetcher: Fetcher, fragment: str, page_url: str, files: dict[str, bytes], cache: ResponseCache | None
) -> str:
    """Downloads the images the fragment shows (at most MAX_IMAGES, each checked to be a PNG,
    JPEG or GIF) into images/, and points the fragment at them; an image that cannot be kept
    is dropped, its alternative text kept in its place."""
    budget = fetcher.policy.max_bytes - len(fragment)
    kept: dict[str, str] = {}
    tried = 0  # images asked for, kept or not: a page of 500 broken ones asks for MAX_IMAGES
    deadline = time.monotonic() + fetcher.policy.resource_seconds

    def replace(match: re.Match[str]) -> str:
        nonlocal budget, tried
        tag = match.group(0)
        source = re.search(r'\ssrc="([^"]*)"', tag)
        alternative = re.search(r'\salt="([^"]*)"', tag)
        fallback = f"<em>{alternative.group(1)}</em>" if alternative and alternative.group(1) else ""
        if source is None:
            return fallback
        address = urljoin(page_url, html.unescape(source.group(1)))
        if _local_host(address) and not _local_host(page_url):
            return fallback  # a page on the web does not get the app to ask the learner's own network
        if address in kept:
            return tag.replace(source.group(0), f' src="{kept[address]}"')
        if tried >= MAX_IMAGES or budget <= 0 or time.monotonic() > deadline:
            return fallback
        tried += 1
        try:
            image = fetcher.get(address, max_bytes=min(budget, MAX_IMAGE_BYTES), cache=cache)
        except FetchError:
            return fallback
        suffix = file_type(image.body)
        if image.status >= 400 or suffix not in ("png", "jpg", "gif", "webp"):
            return fallback
        name = f"images/{len(kept) + 1}.{suffix}"
        files[name] = image.body
        budget -= len(image.body)
        kept[address] = name
        return tag.replace(source.group(0), f' src="{name}"')

    return re.sub(r"<img\b[^>]*>", replace, fragment)


def _local_host(url: str) -> bool:
    """Whether an address names this computer or a private network by itself ("localhost",
    "127.0.0.1", "192.168.1.1", "[::1]")."""
    import ipaddress

    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local


def _page_html(title: str, body: str) -> bytes:
    heading = f"<h1>{html.escape(title)}</h1>\n" if title else ""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{heading}{body}\n</body></html>\n"
    ).encode()


def _video_card(fetcher: Fetcher, url: str, endpoint: str, cache: ResponseCache | None) -> Copy:
    oembed_url = f"{endpoint}?url={quote(url, safe='')}&format=json"
    card = _card_from_oembed(fetcher, url, oembed_url, cache)
    if card is None:
        return Copy("unavailable", url, detail="the video site gave no description of the video")
    return card


def _card_from_oembed(
    fetcher: Fetcher, page_url: str, oembed_url: str, cache: ResponseCache | None
) -> Copy | None:
    """A card for a video from its oEmbed description, or None when there is none to use."""
    try:
        response = fetcher.get(oembed_url, max_bytes=256 * 1024, cache=cache)
        description = json.loads(response.body) if response.status == 200 else None
    except (FetchError, ValueError, RecursionError):  # a description nested 100,000 deep
        return None
    if not isinstance(description, dict) or description.get("type") not in ("video", "rich"):
        return None

    def text(key: str) -> str:
        value = description.get(key)
        return " ".join(value.split()) if isinstance(value, str) else ""

    title, channel, provider = text("title"), text("author_name"), text("provider_name")
    files: dict[str, bytes] = {}
    thumbnail = ""
    thumbnail_url = text("thumbnail_url")
    if thumbnail_url.startswith(("http://", "https://")):
        kept = _keep_images(
            fetcher, f'<img src="{html.escape(thumbnail_url)}" alt="">', page_url, files, cache
        )
        thumbnail = f"<p>{kept}</p>" if "images/" in kept else ""
    where = provider or urlsplit(page_url).hostname or ""
    parts = [
        f"<p>{html.escape(channel)}</p>" if channel else "",
        thumbnail,
        f"<p><strong>Needs internet to play.</strong> "
        f'<a href="{html.escape(page_url)}">Watch it on {html.escape(where)}</a></p>',
    ]
    files["card.html"] = _page_html(title or page_url, "\n".join(part for part in parts if part))
    return Copy("video", page_url, title=title, main="card.html", files=files, detail=channel)
