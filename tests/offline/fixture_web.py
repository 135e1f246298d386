"""A web server on a loopback port that serves pages made for the tests: an article with images,
a documentation page, a PDF, a video page with its oEmbed, a sign-in page, a page full of scripts,
and the ways a link goes wrong (404, 410, redirect chains and loops, a slow answer, a body over
the cap, 403 and 429). It logs every request, so a test can see what was asked and how."""

from __future__ import annotations

import contextlib
import json
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A real PNG image, all red."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")

PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""

PARAGRAPHS = " ".join(
    [
        "Gradient descent is an optimisation algorithm that finds a local minimum of a differentiable",
        "function. It is used to train machine learning models and neural networks: each step moves",
        "the parameters against the gradient of the loss, scaled by the learning rate.",
    ]
)

ARTICLE = f"""<!DOCTYPE html><html><head><title>Gradient descent, explained</title>
<meta property="og:type" content="article"></head><body>
<nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/about">About the site menu</a></nav>
<article><h1>Gradient descent, explained</h1>
<p>{PARAGRAPHS}</p>
<p><img src="img/curve.png" alt="The loss curve"> The figure shows the loss falling as training goes on.</p>
<h2>The update rule</h2><p>{PARAGRAPHS} <a href="https://example.org/more">Further reading</a> explains momentum.</p>
<p><img src="/img/dot.gif" alt="A dot"> <img src="/img/not-an-image.png" alt="Not really an image"></p>
<pre><code>theta = theta - learning_rate * gradient</code></pre>
<script>document.write("tracking")</script>
</article><footer>Copyright 2026 Example Blog. All rights reserved.</footer></body></html>"""

DOCS = f"""<!DOCTYPE html><html><head><title>pandas.DataFrame.merge — docs</title></head><body>
<header><nav><ul><li><a href="/docs/">User guide</a></li><li><a href="/docs/api">API reference</a></li>
<li><a href="/docs/whatsnew">Release notes</a></li></ul></nav></header>
<div class="sidebar"><h3>Navigation</h3><ul><li><a href="/docs/a">DataFrame.abs</a></li>
<li><a href="/docs/b">DataFrame.add</a></li><li><a href="/docs/c">DataFrame.agg</a></li></ul></div>
<main><h1>DataFrame.merge</h1>
<p>Merge DataFrame or named Series objects with a database-style join. {PARAGRAPHS}</p>
<h2>Parameters</h2><p>right: the object to merge with. how: the type of merge to be performed. {PARAGRAPHS}</p>
<table><tr><th>how</th><th>meaning</th></tr><tr><td>left</td><td>use keys from the left frame only</td></tr></table>
</main><footer>© 2026 the docs team</footer></body></html>"""

SCRIPTS = f"""<!DOCTYPE html><html><head><title>Interactive notebook</title>
<script src="https://tracker.example/t.js"></script><script>window.steal = document.cookie;</script>
</head><body onload="steal()"><article><h1>Interactive notebook</h1>
<p onclick="alert(1)">{PARAGRAPHS}</p>
<iframe src="https://ads.example/frame"></iframe><object data="x.swf"></object><embed src="y.swf">
<p>{PARAGRAPHS} <a href="javascript:alert(2)">Run it</a> <a href="/article.html">The article</a></p>
<form action="/post"><input name="q"><button>Go</button></form>
<style>body {{ background: url(javascript:alert(3)) }}</style>
</article></body></html>"""

LOGIN = """<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Sign in to continue</h1>
<form method="post" action="/session"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
</body></html>"""

MEMBERS = """<!DOCTYPE html><html><head><title>Lesson 3 (members)</title></head><body><h1>Members only</h1>
<p>Log in to watch this lesson.</p><form method="post"><input type="text" name="user">
<input type="password" name="password"><button>Log in</button></form></body></html>"""

EMPTY_APP = """<!DOCTYPE html><html><head><title>Course app</title></head><body><div id="root"></div>
<script src="/bundle.js"></script></body></html>"""


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class FixtureWeb:
    """The running server: its base address and its log of requests."""

    base: str
    log: list[Request] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    #: Paths that answer 503 for now (a test's way to take a page away for a while).
    down: set[str] = field(default_factory=set)
    #: Paths whose answer waits until their event is set (a request in flight, for a test).
    holds: dict[str, threading.Event] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for request in self.log if request.path == path)


def _handler(web: FixtureWeb) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:
            pass

        def _send(
            self,
            status: int,
            body: bytes = b"",
            content_type: str = "text/html; charset=utf-8",
            **headers: str,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def _redirect(self, status: int, location: str) -> None:
            self._send(status, b"", Location=location)

        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            parts = urlsplit(self.path)
            path = parts.path
            web.log.append(Request("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
            web.counters[path] = web.counters.get(path, 0) + 1
            if path in web.holds:
                web.holds[path].wait(10)
            if path in web.down:
                return self._send(503, b"down for a moment")
            pages = {
                "/article.html": ARTICLE,
                "/docs/merge.html": DOCS,
                "/scripts.html": SCRIPTS,
                "/accounts/login": LOGIN,
                "/members/lesson3": MEMBERS,
                "/app": EMPTY_APP,
            }
            if path in pages:
                return self._send(200, pages[path].encode())
            if path == "/img/curve.png":
                return self._send(200, png_bytes(), "image/png")
            if path == "/img/dot.gif":
                return self._send(200, GIF, "image/gif")
            if path == "/img/thumb.png":
                return self._send(200, png_bytes(8, 6), "image/png")
            if path == "/img/not-an-image.png":
                return self._send(200, b"<html>nope</html>", "image/png")
            if path == "/paper.pdf":
                return self._send(200, PDF, "application/pdf")
            if path.startswith("/big/"):
                return self._send(200, PDF + b"%" + b"0" * 7 * 1024 * 1024 + b"\n", "application/pdf")
            if path == "/fake.pdf":
                return self._send(200, b"<html>Not a PDF at all</html>", "application/pdf")
            if path == "/notes.txt":
                return self._send(200, b"Plain notes <script>x</script>\nline two", "text/plain")
            if path == "/archive.zip":
                return self._send(200, b"PK\x03\x04rest", "application/zip")
            if path == "/missing":
                return self._send(404, b"not found")
            if path == "/gone":
                return self._send(410, b"gone")
            if path == "/flaky":  # 404 the first time only: not dead
                return self._send(404 if web.counters[path] == 1 else 200, b"<p>back</p>")
            if path == "/forbidden":
                return self._send(403, b"no robots")
            if path == "/busy":
                return self._send(429, b"slow down", Retry_After="3600")
            if path == "/busy-once":
                if web.counters[path] == 1:
                    return self._send(429, b"slow down", Retry_After="1")
                return self._send(200, ARTICLE.encode())
            if path == "/server-error":
                return self._send(500, b"oops")
            if path == "/old":
                return self._redirect(301, "/older")
            if path == "/older":
                return self._redirect(308, "/article.html")
            if path == "/temporary":
                return self._redirect(302, "/article.html")
            if path == "/moved-to-missing":
                return self._redirect(301, "/missing")
            if path == "/loop-a":
                return self._redirect(302, "/loop-b")
            if path == "/loop-b":
                return self._redirect(302, "/loop-a")
            if path.startswith("/chain/"):
                step = int(path.rsplit("/", 1)[-1])
                return self._redirect(302, f"/chain/{step + 1}")
            if path == "/to-ftp":
                return self._redirect(302, "ftp://files.example/x")
            if path == "/lesson":  # a lesson that sends a program to the sign-in page
                return self._redirect(302, "/accounts/login?next=/lesson")
            if path == "/private":
                return self._send(401, b"sign in", WWW_Authenticate="Basic")
            if path == "/slow":
                time.sleep(3)
                return self._send(200, ARTICLE.encode())
            if path == "/huge":
                return self._send(200, b"<p>" + b"x" * (3 * 1024 * 1024) + b"</p>")
            if path == "/huge-unannounced":  # no Content-Length: the cap must hold while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    for _ in range(48):
                        self.wfile.write(b"y" * 65536)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return None
            if path == "/etag.html":
                if self.headers.get("If-None-Match") == '"v1"':
                    return self._send(304, b"", ETag='"v1"')
                return self._send(
                    200, ARTICLE.encode(), ETag='"v1"', Last_Modified="Mon, 02 Nov 2026 10:00:00 GMT"
                )
            if path == "/retry-odd":  # a Retry-After of "²", which str.isdigit takes for a digit
                return self._send(429, b"slow down", Retry_After="\u00b2")
            if path == "/gzip-twice":
                import gzip

                body = gzip.compress(gzip.compress(b"<p>" + b"z" * 5_000_000 + b"</p>"))
                return self._send(200, body, Content_Encoding="gzip, gzip")
            if path == "/deep-oembed-page":
                link = f"{web.base}/deep-oembed"
                page = ARTICLE.replace(
                    "</head>", f'<link rel="alternate" type="application/json+oembed" href="{link}"></head>'
                )
                return self._send(200, page.replace('content="article"', 'content="video.other"').encode())
            if path == "/deep-oembed":
                return self._send(200, b"[" * 100_000 + b"]" * 100_000, "application/json")
            if path == "/to-bad-host":
                return self._redirect(302, "http://xn--.example/x")
            if path == "/many-broken-images":
                images = "".join(f'<img src="/missing/{n}.png" alt="">' for n in range(300))
                return self._send(200, ARTICLE.replace("<pre>", images + "<pre>").encode())
            if path == "/cookie":
                return self._send(200, ARTICLE.encode(), Set_Cookie="session=secret; Path=/")
            if path == "/watch":
                video = parse_qs(parts.query).get("v", [""])[0]
                oembed = f"{web.base}/oembed?url={web.base}/watch%3Fv%3D{video}&amp;format=json"
                page = (
                    f'<html><head><title>Backprop, step by step - VideoSite</title><meta property="og:type" '
                    f'content="video.other"><link rel="alternate" type="application/json+oembed" href="{oembed}">'
                    f'</head><body><div id="player"></div><script>player()</script></body></html>'
                )
                return self._send(200, page.encode())
            if path == "/oembed":
                description = {
                    "type": "video",
                    "version": "1.0",
                    "title": "Backprop, step by step",
                    "author_name": "Neural Nets Channel",
                    "provider_name": "VideoSite",
                    "thumbnail_url": f"{web.base}/img/thumb.png",
                    "html": "<iframe src='https://player.example/embed'></iframe>",
                }
                return self._send(200, json.dumps(description).encode(), "application/json")
            return self._send(404, b"no such fixture")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (a link check reads headers only) is no error here."""


def serve() -> Iterator[FixtureWeb]:
    """Start the server on a free loopback port; stop it at the end."""
    web = FixtureWeb(base="")
    server = _QuietServer(("127.0.0.1", 0), _handler(web))
    server.daemon_threads = True
    web.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="fixture-web", daemon=True)
    thread.start()
    try:
        yield web
    finally:
        server.shutdown()
        server.server_close()
