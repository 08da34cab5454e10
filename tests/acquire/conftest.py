"""A real HTTP server on 127.0.0.1 in a thread, and settings the tests can shrink."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dossier.settings import get_settings

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

PAGE = b"""<!DOCTYPE html><html><head><title>Bakhodir returns home</title></head>
<body><article><p>A migrant worker from Samarkand came back after six months.</p></article>
</body></html>"""

ARTICLE = """<!DOCTYPE html><html><head><title>Article {n}</title></head>
<body><p>Article number {n}, written for the test server.</p></body></html>"""

LONG_TEXT = "The regional labour office published new figures on Monday. " * 20


def rss(base: str) -> bytes:
    """A feed whose first two items are teasers linking back to the server."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test wire</title><link>{base}/</link><description>t</description>
<item><title>One</title><link>{base}/article/1</link>
  <pubDate>Wed, 30 Aug 2023 10:00:00 +0000</pubDate><description>Short teaser.</description></item>
<item><title>Two</title><link>{base}/article/2</link><description>Teaser two.</description></item>
<item><title>Three</title><link>{base}/never-fetched</link>
  <content:encoded><![CDATA[<p>{LONG_TEXT}</p>]]></content:encoded></item>
<item><title>Gone</title><link>{base}/missing</link><description>Gone.</description></item>
</channel></rss>""".encode()


@dataclass
class Server:
    base: str
    port: int
    hits: list[str] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)  # of each request, in order

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass  # keep pytest output clean

        def send_body(self, body: bytes, content_type: str, status: int = 200) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def endless(self) -> None:
            # No Content-Length: the body only ends when the client hangs up.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = b"all work and no play " * 3000
            try:
                while True:
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return

        def huge_declared(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(60 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"x" * 10)

        def trickle(self, lines: int, *, body: bool) -> None:
            """A header line (or, with ``body``, a body byte) every 0.1 s: each read is
            quick, so only a deadline on the whole fetch can stop it."""
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n")
                if body:
                    self.wfile.write(f"Content-Length: {lines}\r\n\r\n".encode())
                for n in range(lines):
                    self.wfile.write(b"x" if body else f"X-Pad-{n}: x\r\n".encode())
                    self.wfile.flush()
                    time.sleep(0.1)
                if not body:
                    self.wfile.write(b"Content-Length: 2\r\n\r\nok")
            except OSError:
                return  # the client gave up, as it should

        def do_GET(self) -> None:
            server.hits.append(self.path)
            server.headers.append(dict(self.headers))
            routes: dict[str, Callable[[], None]] = {
                "/page.html": lambda: self.send_body(PAGE, "text/html; charset=utf-8"),
                "/plain.txt": lambda: self.send_body(
                    "Простой текст.\n".encode("cp1251"), "text/plain; charset=windows-1251"
                ),
                "/image.png": lambda: self.send_body(PNG, "image/png"),
                "/report.pdf": lambda: self.send_body(b"%PDF-1.7\n", "application/pdf"),
                "/octet": lambda: self.send_body(b"abc", "application/octet-stream"),
                "/png-as-html": lambda: self.send_body(PNG, "text/html"),
                "/untyped": lambda: self.send_body(PAGE, ""),
                "/feed.xml": lambda: self.send_body(rss(server.base), "application/rss+xml"),
                "/endless": self.endless,
                "/note.xml": lambda: self.send_body(b"<?xml version='1.0'?><note/>", "text/xml"),
                "/trickle-headers": lambda: self.trickle(300, body=False),
                "/trickle-body": lambda: self.trickle(300, body=True),
                "/huge-declared": self.huge_declared,
                "/loop/a": lambda: self.redirect("/loop/b"),
                "/loop/b": lambda: self.redirect(server.url("/loop/a")),
                "/relative-redirect": lambda: self.redirect("page.html"),
                "/no-location": lambda: self.send_body(b"", "text/plain", status=302),
            }
            if self.path in routes:
                routes[self.path]()
            elif self.path.startswith("/redirect/"):
                left = int(self.path.rsplit("/", 1)[1])
                self.redirect(f"/redirect/{left - 1}" if left > 1 else "/page.html")
            elif self.path.startswith("/article/"):
                number = self.path.rsplit("/", 1)[1]
                self.send_body(ARTICLE.format(n=number).encode(), "text/html")
            elif self.path == "/slow":
                time.sleep(1.0)
                self.send_body(PAGE, "text/html")
            else:
                self.send_body(b"not here", "text/plain", status=404)

    return Handler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up mid-body (timeouts, size caps) is what the tests do


@pytest.fixture(scope="session")
def http_server() -> Iterator[Server]:
    httpd = QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = httpd.server_address[1]
    server = Server(base=f"http://127.0.0.1:{port}", port=port)
    httpd.RequestHandlerClass = _handler(server)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def settings_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """Set DOSSIER_* variables for one test: ``settings_env(MAX_BYTES=1000)``."""

    def apply(**values: object) -> None:
        for name, value in values.items():
            monkeypatch.setenv(f"DOSSIER_{name}", str(value))
        get_settings.cache_clear()

    get_settings.cache_clear()
    yield apply
    monkeypatch.undo()
    get_settings.cache_clear()
