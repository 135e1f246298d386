"""The app's one HTTP client, used only when the learner asks (saving pages, checking links).

Polite and plain: http and https only, no cookies, no JavaScript, a User-Agent that names the
app, one request at a time and a pause between two to the same host, `429 Retry-After` honoured,
redirects followed by hand (so that a loop, a permanent move and an address that turns into
something else than the web are all seen), a size cap on every body, and a stop that takes
effect between two requests.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from studytracker import __version__

USER_AGENT = f"StudyTracker/{__version__} (saves the pages a learner asks to read offline)"
REDIRECT_CODES = (301, 302, 303, 307, 308)
MAX_ADDRESS = 8192
PERMANENT_REDIRECTS = (301, 308)


class FetchError(Exception):
    """A request that gave no response to use; `kind` says which way it failed: name (the host
    name does not resolve), connect, timeout, too-large, scheme, redirect-loop, redirects,
    protocol."""

    def __init__(self, url: str, kind: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.kind = kind


class Cancelled(Exception):
    """The learner stopped the run."""


@dataclass(frozen=True)
class FetchPolicy:
    """How the client behaves; the window and the command line set it from the preferences."""

    timeout_seconds: float = 20.0
    max_redirects: int = 10
    max_bytes: int = 25 * 1024 * 1024  # one response's body
    host_delay_seconds: float = 1.0  # the pause between two requests to the same host
    max_retry_after_seconds: float = 60.0  # a longer Retry-After is not waited for
    retries_after_429: int = 2
    #: A link that answers 404 or 410 is asked again after this long before it counts as dead.
    second_look_seconds: float = 2.0
    #: The longest one response may take in all (a server dripping a byte at a time), and one
    #: resource with its images.
    response_seconds: float = 300.0
    resource_seconds: float = 600.0


@dataclass(frozen=True)
class Response:
    """A final response (not a redirect), its body read whole."""

    url: str  # the address asked for
    final_url: str  # where the redirects led
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes
    #: The redirects followed, in order: (status, the address it led to).
    redirects: tuple[tuple[int, str], ...] = ()
    from_cache: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def permanent_target(self) -> str | None:
        """Where the link now lives, when every redirect on the way was permanent."""
        if self.redirects and all(status in PERMANENT_REDIRECTS for status, _ in self.redirects):
            return self.redirects[-1][1]
        return None


class ResponseCache:
    """Responses already fetched for one resource, on disk: a stopped run that starts again
    reads them from here and asks the network for nothing twice."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        return self.folder / f"{key}.json", self.folder / f"{key}.body"

    def get(self, url: str) -> Response | None:
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        return Response(
            url=url,
            final_url=meta["final_url"],
            status=meta["status"],
            headers=meta["headers"],
            body=body,
            redirects=tuple((status, target) for status, target in meta["redirects"]),
            from_cache=True,
        )

    def put(self, response: Response) -> None:
        meta_path, body_path = self._paths(response.url)
        for folder in (self.folder.parent, self.folder):  # .fetched/<resource>, the learner's alone
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        _write_private(body_path, response.body)
        meta = {
            "final_url": response.final_url,
            "status": response.status,
            "headers": response.headers,
            "redirects": list(response.redirects),
        }
        # The metadata last, and whole: a body without it is as if never fetched.
        partial = meta_path.with_suffix(".partial")
        _write_private(partial, json.dumps(meta).encode())
        os.replace(partial, meta_path)


def _write_private(path: Path, data: bytes) -> None:
    """A file the learner alone may read (0600), as everything in the data folder."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def _name_lookup_failed(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def check_web_address(url: str) -> str:
    """The address if it is one the client may ask for (http or https, with a host); else
    FetchError."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - a port out of range raises here, not later in the client
    except ValueError:
        raise FetchError(url, "address", "not a well-formed web address") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(url, "scheme", "only http and https addresses are fetched")
    if not host:
        raise FetchError(url, "scheme", "the address names no host")
    if len(url) > MAX_ADDRESS or any(ord(char) < 0x20 or ord(char) == 0x7F for char in url):
        raise FetchError(url, "address", "not a well-formed web address")
    return url


class Fetcher:
    """Fetches one response at a time, politely. Not shared between threads.

    `cancel` is checked before every request, and waits (the pause between requests, a
    Retry-After) end at once when it is set.
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        cancel: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.cancel = cancel or threading.Event()
        self._last_request: dict[str, float] = {}
        self.requests_made = 0
        no_cookies = CookieJar(DefaultCookiePolicy(allowed_domains=[]))
        self._client = httpx.Client(
            timeout=self.policy.timeout_seconds,
            follow_redirects=False,
            cookies=no_cookies,
            headers={"User-Agent": USER_AGENT, "Accept-Language": "en, *;q=0.5"},
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def check_cancelled(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    def get(
        self,
        url: str,
        *,
        max_bytes: int | None = None,
        headers: dict[str, str] | None = None,
        cache: ResponseCache | None = None,
        body: bool = True,
    ) -> Response:
        """GET `url`, following redirects; the final response, whatever its status. With
        `body` False the body is not read (a link check). FetchError when there is none."""
        if cache is not None and (cached := cache.get(url)) is not None:
            return cached
        limit = self.policy.max_bytes if max_bytes is None else max_bytes
        check_web_address(url)
        redirects: list[tuple[int, str]] = []
        seen = {url}
        current = url
        retries = 0
        while True:
            status, response_headers, content = self._request(current, limit, headers or {}, body)
            if status in REDIRECT_CODES and "location" in response_headers:
                target = urljoin(current, response_headers["location"].strip())
                check_web_address(target)
                redirects.append((status, target))
                if target in seen:
                    raise FetchError(url, "redirect-loop", "the redirects go round in a loop")
                if len(redirects) > self.policy.max_redirects:
                    raise FetchError(url, "redirects", f"more than {self.policy.max_redirects} redirects")
                seen.add(target)
                current = target
                continue
            if status == 429 and retries < self.policy.retries_after_429:
                wait = self._retry_after(response_headers.get("retry-after", ""))
                if wait is not None and wait <= self.policy.max_retry_after_seconds:
                    retries += 1
                    self._wait(wait)
                    continue
            response = Response(url, current, status, response_headers, content, tuple(redirects))
            if cache is not None and body and status < 400:
                cache.put(response)
            return response

    def _request(
        self, url: str, limit: int, headers: dict[str, str], read_body: bool
    ) -> tuple[int, dict[str, str], bytes]:
        host = (urlsplit(url).hostname or "").lower()
        self._wait_for_host(host)
        self.check_cancelled()
        started = time.monotonic()
        try:
            self.requests_made += 1
            with self._client.stream("GET", url, headers=headers) as response:
                response_headers = {name.lower(): value for name, value in response.headers.items()}
                if "," in response_headers.get("content-encoding", ""):
                    # "gzip, gzip": each layer unpacked whole before any cap could hold
                    raise FetchError(url, "protocol", "the page is packed more than once")
                chunks: list[bytes] = []
                size = 0
                declared = response_headers.get("content-length", "")
                if read_body and declared.isdigit() and int(declared) > limit:
                    raise FetchError(
                        url, "too-large", f"{int(declared) / 1048576:.1f} MB is over the {_mb(limit)} cap"
                    )
                if read_body and response.status_code not in REDIRECT_CODES:
                    # A body on its way is read to its end (a stop waits for it, and it is kept
                    # for the run that goes on): the timeout and the cap bound the wait.
                    for chunk in response.iter_bytes():
                        elapsed = time.monotonic() - started
                        if elapsed > self.policy.response_seconds:
                            raise FetchError(url, "timeout", "the page took too long to arrive")
                        if elapsed > 2 and self.cancel.is_set():
                            raise Cancelled()  # a slow body is not waited for once stopped
                        size += len(chunk)
                        if size > limit:
                            raise FetchError(url, "too-large", f"the page is over the {_mb(limit)} cap")
                        chunks.append(chunk)
                return response.status_code, response_headers, b"".join(chunks)
        except httpx.TimeoutException:
            raise FetchError(url, "timeout", "no answer in time") from None
        except httpx.ConnectError as error:
            if _name_lookup_failed(error):
                raise FetchError(url, "name", f"the host name {host} does not resolve") from None
            raise FetchError(url, "connect", "could not connect") from None
        except httpx.HTTPError as error:
            raise FetchError(url, "protocol", f"the exchange failed ({type(error).__name__})") from None
        except (httpx.InvalidURL, ValueError, UnicodeError):  # a host name IDNA refuses, say
            raise FetchError(url, "address", "not a well-formed web address") from None
        finally:
            self._last_request[host] = time.monotonic()

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            self._wait(self.policy.host_delay_seconds - (time.monotonic() - last))

    def _wait(self, seconds: float) -> None:
        if seconds > 0 and self.cancel.wait(seconds):
            raise Cancelled()
        self.check_cancelled()

    @staticmethod
    def _retry_after(value: str) -> float | None:
        value = value.strip()
        if value.isascii() and value.isdigit():  # not "²", which str.isdigit takes for a digit
            return float(value) if len(value) < 10 else None
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, moment.timestamp() - time.time())


def _mb(size: int) -> str:
    return f"{size / 1048576:.0f} MB"
