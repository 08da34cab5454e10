"""Fixtures of the web workbench's tests: a database of a few real examples and one hostile
article, ingested once per session, accounts on it, and the app served on a free port.

Tests that change the base get their own copy of it (``fresh_db``).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from dossier import verbs
from dossier.web import create_app

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
# The Kubanychbek-uulu retrial in three outlets' words (an English wire, its repost, a Russian
# report) and an analysis of Wagner's prison recruitment.
FILES = (
    "wire-kyrgyz-supreme-court-mercenary-case.txt",
    "repost-kyrgyz-court-world-desk.txt",
    "ru-kg-mercenary-verdict-overturned.txt",
    "analysis-wagner-prison-recruitment.txt",
)
# Added by the re-ingest test: one more document, so that linking runs again.
LATER = "wire-nepal-halts-permits-russia.txt"
PASSWORD = "correct horse battery"
USERS = {"ana": "editor", "rex": "reader", "ada": "admin"}

HOSTILE_TEXT = (
    "Court <script>alert('text')</script> frees recruit\n\n"
    "On August 30, 2023, the Supreme Court in Bishkek canceled the ten-year sentence of "
    "Azamat <img src=x onerror=alert('img')> Tokonov, who had fought in Ukraine, his lawyer "
    "told <a href=\"javascript:alert('link')\">Kloop.kg</a>. \u202eevil\u202c "
    "\x1b[31mred\x1b[0m\n\n"
    "Police in Osh detained 12 recruiters on September 4, 2023, according to Kaktus Media.\n"
)
HOSTILE_TITLE = (
    "<script>alert('title')</script>\u202eevil\x1b]8;;http://x\x07 "
    "<b onmouseover=alert('b')>bold</b>"
)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    row = {
        "url": "javascript:alert('url')", "title": HOSTILE_TITLE, "published": "2023-09-05",
        "text": HOSTILE_TEXT,
    }  # fmt: skip
    hostile.write_text(json.dumps(row) + "\n", encoding="utf-8")
    db = folder / "web.db"
    report = verbs.ingest([*(str(EXAMPLES / f) for f in FILES), str(hostile)], db)
    assert not report.failures, report.failures
    for name, role in USERS.items():
        verbs.add_user(name, role, PASSWORD, db)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture
def fresh_db(web_db: Path, tmp_path: Path) -> Path:
    """A copy of the session's base for a test that changes it."""
    path = tmp_path / "copy.db"
    shutil.copy(web_db, path)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """The app under uvicorn in a thread, on 127.0.0.1 and a free port."""

    def __init__(self, db: Path) -> None:
        self.db = db
        config = uvicorn.Config(
            create_app(db), host="127.0.0.1", port=free_port(), log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.url = f"http://127.0.0.1:{config.port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web app did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def server(fresh_db: Path) -> Iterator[Server]:
    with Server(fresh_db) as running:
        yield running


CHROMIUM = Path(os.environ.get("DOSSIER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Debian's Chromium under Playwright; never a browser Playwright would download."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing at {CHROMIUM} (.ci/run installs it)")
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
