"""Every hostile input of issue 13 through the real command line: time and peak memory.

Each case is built in a temporary folder and ingested by ``python -m dossier ingest -q``
into its own database, in a child process whose wall time and peak resident memory are
measured (``os.wait4``). The goal is that none takes over 30 s or 1.5 GB, and that each
refusal is one clean line. Model loading (a few seconds) is included in every figure; the
``baseline`` case (one small article) shows how much.

    python benchmarks/hostile_inputs.py              # every case
    python benchmarks/hostile_inputs.py fifo amp     # cases whose name contains a word
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_S = 30.0
LIMIT_MB = 1536.0
KILL_AFTER_S = 300  # a case still running then is reported as a hang

SENTENCE = "The court in Bishkek sentenced the recruiter to ten years on Tuesday, his lawyer said. "
PARAGRAPH = (
    "Migrant workers from Osh told reporters that recruiters had offered them contracts in "
    "Moscow in March 2023. According to Kloop, at least 200 men signed up within a month, "
    "and the Kyrgyz Foreign Ministry said it was checking the reports. "
)


@dataclass
class Case:
    name: str
    what: str  # the hostile input, in words
    build: Callable[[Path, str], list[str]]  # (folder, server base URL) -> CLI arguments
    env: dict[str, str] | None = None


def _write(folder: Path, name: str, data: str | bytes) -> list[str]:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return [str(path)]


def _article(body: str) -> str:
    return f"Recruitment desk\n\n{PARAGRAPH}\n\n{body}\n\n{PARAGRAPH}\n"


def _fifo(folder: Path, _: str) -> list[str]:
    path = folder / "articles.jsonl"
    os.mkfifo(path)
    return [str(path)]


def _unreadable(folder: Path, _: str) -> list[str]:
    locked = folder / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(_article(PARAGRAPH))
    locked.chmod(0)  # root reads it anyway: the run then shows the article, not a failure
    return [str(locked)]


def _feed_of_dead_links(folder: Path, _: str) -> list[str]:
    items = "".join(
        f"<item><title>Item {n}</title><link>http://host{n}.invalid/story</link></item>"
        for n in range(10_000)
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    return _write(folder, "dead-links.rss", f"{head}{items}</channel></rss>")


def _jsonl(folder: Path, _: str) -> list[str]:
    lines = [
        json.dumps({"text": PARAGRAPH}),
        json.dumps({"text": PARAGRAPH})[:-1] + ', "n": ' + "9" * 5000 + "}",
        json.dumps({"text": "Recruiters\u0000 met\u001b[2J migrants. " + PARAGRAPH}),
        json.dumps({"url": "http://user:secret@127.0.0.1:9/x", "text": PARAGRAPH + " Again."}),
    ]
    return _write(folder, "lines.jsonl", "\n".join(lines) + "\n")


CASES = [
    Case("baseline", "one ordinary article", lambda f, _: _write(f, "a.txt", _article(PARAGRAPH))),
    Case("amp-run", "30,000 '&' in an article",
         lambda f, _: _write(f, "amp.txt", _article("&" * 30_000))),
    Case("amp-run-in-article", "30,000 '&' inside 45,000 characters of prose",
         lambda f, _: _write(f, "amp2.txt", _article("&" * 30_000 + "\n\n" + PARAGRAPH * 200))),
    Case("amp-html", "1,000,000 '&amp;' in an HTML page (5 MB)",
         lambda f, _: _write(f, "amp.html", "<html><body><article><p>" + PARAGRAPH
                             + "&amp;" * 1_000_000 + "</p></article></body></html>")),
    Case("amp-spaced", "'& ' x 90,000 (dense tokens, under the character budget)",
         lambda f, _: _write(f, "dense.txt", _article("& " * 90_000))),
    Case("amp-spaced-under", "'& ' x 45,000 in an article (dense, just under the token budget)",
         lambda f, _: _write(f, "dense2.txt", _article("& " * 45_000))),
    Case("html-paragraphs", "2 MB of short HTML paragraphs (60,000 elements)",
         lambda f, _: _write(f, "paras.html", "<html><body><article>"
                             + "<p>Recruiters came to Osh in May.</p>" * 60_000
                             + "</article></body></html>")),
    Case("feed-tags", "a 6 MB feed of 1,000,000 bare <item> tags",
         lambda f, _: _write(f, "tags.rss", "<rss><channel>" + "<item>" * 1_000_000)),
    Case("paragraph-990k", "one 990,000-character paragraph",
         lambda f, _: _write(f, "para.txt", (SENTENCE * 12_000)[:990_000])),
    Case("article-2mb", "a 2 MB article of normal paragraphs",
         lambda f, _: _write(f, "big.txt", (PARAGRAPH + "\n\n") * 9_000)),
    Case("article-at-budget", "195,000 characters of normal paragraphs (just under the budget)",
         lambda f, _: _write(f, "max.txt", ((PARAGRAPH + "\n\n") * 900)[:195_000])),
    Case("paragraph-at-budget", "one 195,000-character paragraph of dated sentences",
         lambda f, _: _write(f, "para-max.txt", (SENTENCE * 2_400)[:195_000])),
    Case("quotes-at-budget", "195,000 characters of 'He said \"yes\" and ...'",
         lambda f, _: _write(f, "quotes.txt", ('He said "yes" and ' * 11_000)[:195_000])),
    Case("quotes-under", "140,000 characters of 'He said \"yes\" and ...' (46,700 tokens)",
         lambda f, _: _write(f, "quotes2.txt", ('He said "yes" and ' * 8_000)[:140_000])),
    Case("word-5mb", "a 5 MB single word", lambda f, _: _write(f, "word.txt", "a" * 5_000_000)),
    Case("fifo", "a FIFO named .jsonl", _fifo),
    Case("trickle", "HTTP headers trickled one line a second (deadline 3 x 2 s)",
         lambda _, base: [f"{base}/trickle", "--allow-private"], {"DOSSIER_HTTP_TIMEOUT": "2"}),
    Case("dead-feed", "a feed of 10,000 links to hosts that do not resolve", _feed_of_dead_links),
    Case("jsonl", "JSON lines: a 5,000-digit integer, NUL and ESC escapes, credentials", _jsonl),
    Case("utf16", "UTF-16 text with a BOM",
         lambda f, _: _write(f, "u16.txt", "\ufeff".encode("utf-16-le")
                             + _article(PARAGRAPH).encode("utf-16-le"))),
    Case("unreadable", "a folder that cannot be listed (chmod 000; root lists it anyway)",
         _unreadable),
]  # fmt: skip


class _Trickle(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n")
            for n in range(60):
                self.wfile.write(f"X-Pad-{n}: x\r\n".encode())
                self.wfile.flush()
                time.sleep(1)
            self.wfile.write(b"Content-Length: 2\r\n\r\nok")
        except OSError:
            return


@contextmanager
def _server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


@dataclass
class Result:
    seconds: float
    peak_mb: float
    status: int | str
    first_line: str


def run_case(case: Case, folder: Path, base: str) -> Result:
    args = case.build(folder, base)
    db = folder / "case.db"
    env = {**os.environ, **(case.env or {}), "COLUMNS": "200"}
    command = [sys.executable, "-m", "dossier", "ingest", "-q", "--db", str(db), *args]
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
        timer = threading.Timer(KILL_AFTER_S, lambda: os.kill(child.pid, signal.SIGKILL))
        timer.start()
        _, status, usage = os.wait4(child.pid, 0)
        timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").splitlines()
    shown: int | str = child.returncode if child.returncode >= 0 else f"killed ({KILL_AFTER_S} s)"
    return Result(seconds, usage.ru_maxrss / 1024, shown, lines[0] if lines else "")


def main(words: list[str]) -> int:
    cases = [c for c in CASES if not words or any(w in c.name for w in words)]
    print(f"{'case':20} {'seconds':>8} {'peak MB':>8} {'exit':>5}  first line of stderr")
    over = 0
    with _server() as base:
        for case in cases:
            with tempfile.TemporaryDirectory() as tmp:
                result = run_case(case, Path(tmp), base)
                Path(tmp).chmod(0o700)
                for child in Path(tmp).iterdir():
                    child.chmod(0o700)
            flag = result.seconds > LIMIT_S or result.peak_mb > LIMIT_MB
            over += flag
            line = result.first_line[:110]
            print(f"{case.name:20} {result.seconds:8.1f} {result.peak_mb:8.0f} "
                  f"{result.status!s:>5}{' !' if flag else '  '} {line}", flush=True)  # fmt: skip
    print(f"\n{len(cases)} cases; {over} over {LIMIT_S:g} s or {LIMIT_MB:g} MB")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
