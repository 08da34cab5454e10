"""Hostile inputs: each gives one clear error line, exit status 1, and stores nothing.

Runs the real command line in a subprocess against a real SQLite file that already holds a
document, and checks that the document is neither lost nor duplicated.
"""

from __future__ import annotations

import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]

GOOD = (
    "Home > News > Verdict\n\nVerdict in Bishkek\n\n"
    "On August 30, the Supreme Court in Bishkek canceled the ten-year sentence of a man "
    "who had fought in Ukraine, his lawyer said.\n"
)


def documents(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, cli: Cli) -> Path:
    folder = tmp_path_factory.mktemp("db")
    good = folder / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    db = folder / "t.db"
    result = cli("ingest", str(good), "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    assert documents(db) == 1
    return db


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/to-private":
            self.send_response(302)
            self.send_header("Location", "http://10.0.0.1/secret")
            self.end_headers()
            return
        body = b"<html><body><article><p>" + GOOD.encode() + b"</p></article></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def hostile_files(folder: Path) -> dict[str, Path]:
    files = {
        "binary": folder / "photo.txt",
        "huge": folder / "huge.txt",
        "truncated": folder / "cut.html",
        "utf8": folder / "latin1.txt",
        "xxe": folder / "feed.xml",
    }
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with files["huge"].open("wb") as handle:  # a sparse 50 MB file
        handle.truncate(50 * 1024 * 1024)
    files["truncated"].write_text(
        "<!doctype html><html><head><title>Cut</title></head><body><article><p>" + GOOD * 3,
        encoding="utf-8",
    )
    files["utf8"].write_bytes(GOOD.encode("latin-1", "replace") + "café à côté".encode("latin-1"))
    files["xxe"].write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
        "<description>&xxe;</description></item></channel></rss>",
        encoding="utf-8",
    )
    return files


@pytest.mark.parametrize("kind", ["binary", "huge", "truncated", "utf8", "xxe"])
def test_hostile_file(kind: str, seeded_db: Path, tmp_path: Path, cli: Cli) -> None:
    path = hostile_files(tmp_path)[kind]
    result = cli("ingest", str(path), "--db", str(seeded_db), "-q")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("error:") and path.name in errors[0]
    assert "Traceback" not in result.stderr
    assert documents(seeded_db) == 1


@pytest.mark.network
@pytest.mark.parametrize("path", ["/page", "/to-private"])
def test_private_addresses_are_refused(path: str, server: str, seeded_db: Path, cli: Cli) -> None:
    result = cli("ingest", server + path, "--db", str(seeded_db), "-q")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "private" in errors[0].lower(), result.stderr
    assert documents(seeded_db) == 1


@pytest.mark.network
def test_allow_private_fetches_and_the_copy_is_not_duplicated(
    server: str, tmp_path: Path, cli: Cli
) -> None:
    db = tmp_path / "n.db"
    for _ in range(2):
        result = cli("ingest", server + "/page", "--db", str(db), "--allow-private", "-q")
        assert result.returncode == 0, result.stderr
    assert documents(db) == 1


def test_invalid_published_date_is_one_line(seed_path: Path, cli: Cli) -> None:
    result = cli("extract", str(seed_path), "--published", "2023-02-30")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "2023-02-30" in result.stderr
