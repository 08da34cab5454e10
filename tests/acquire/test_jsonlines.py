"""JSON lines: good lines go through, each bad line is one failure naming file:line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from dossier.acquire import InputFailure, iter_inputs
from dossier.acquire.jsonlines import LineError, Record, iter_body
from dossier.models import RawDocument


def test_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "url": "https://n.example/1",
                "title": "One",
                "published": "2023-08-30",
                "text": "Recruiters visited the market.",
            }
        ),
        "{not json",
        "",  # blank lines are skipped, but still counted
        json.dumps(["a", "list"]),
        json.dumps({"title": "No body"}),
        json.dumps({"text": 42}),
        json.dumps({"html": "<p>Second <b>good</b> line.</p>"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "\xff"}\n')
    results = list(iter_inputs([str(path)]))
    where = str(path)
    assert results[0] == RawDocument(
        origin=f"{where}:1",
        content=b"Recruiters visited the market.",
        content_type="text/plain; charset=utf-8",
        url="https://n.example/1",
        title="One",
        published="2023-08-30",
        text="Recruiters visited the market.",
        charset="utf-8",
    )
    assert results[1:5] == [
        InputFailure(
            f"{where}:2",
            "invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        ),
        InputFailure(f"{where}:4", "expected a JSON object, got list"),
        InputFailure(f"{where}:5", "needs a non-empty 'text' or 'html' (or a 'url' to fetch)"),
        InputFailure(f"{where}:6", "field 'text' must be a string"),
    ]
    html = results[5]
    assert isinstance(html, RawDocument)
    assert (html.origin, html.content_type, html.text) == (
        f"{where}:7",
        "text/html; charset=utf-8",
        None,
    )
    last = results[6]
    assert isinstance(last, InputFailure)
    assert last.origin == f"{where}:8" and last.reason.startswith("not valid UTF-8")
    assert len(results) == 7


def test_over_long_line_fails_alone(tmp_path: Path, settings_env: Callable[..., None]) -> None:
    settings_env(MAX_BYTES=100)
    path = tmp_path / "long.ndjson"
    long_line = json.dumps({"text": "x" * 500})
    path.write_text(f'{long_line}\n{{"text": "short"}}\n')
    first, second = iter_inputs([str(path)])
    assert first == InputFailure(f"{path}:1", "refused: line is over the 100 bytes limit")
    assert isinstance(second, RawDocument) and second.text == "short"


def test_binary_jsonl_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "zip.jsonl"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 1000)
    assert list(iter_inputs([str(path)])) == [
        InputFailure(str(path), "refused: not a text document (ZIP archive or Office document)")
    ]


def test_line_with_only_a_url_is_fetched_through_the_guard(tmp_path: Path) -> None:
    path = tmp_path / "urls.jsonl"
    path.write_text('{"url": "http://10.9.8.7/story", "title": "T"}\n')
    [result] = iter_inputs([str(path)], client=httpx.Client(transport=httpx.MockTransport(_never)))
    assert isinstance(result, InputFailure)
    assert result.origin == f"{path}:1"
    assert "refused: resolves to private address 10.9.8.7" in result.reason


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should be sent, got {request.url}")


@pytest.mark.parametrize(
    ("body", "wheres"),
    [
        (b'{"text": "one"}', ["api"]),
        (b'[{"text": "one"}, {"nope": 1}]', ["api:1", "api:2"]),
        (b'{"text": "one"}\n\n{"text": "two"}\n', ["api:1", "api:3"]),
    ],
)
def test_fetched_json_bodies(body: bytes, wheres: list[str]) -> None:
    found = [r.where for r in iter_body(body, "api")]
    assert found == wheres
    [error] = iter_body(b'[{"nope": 1}]', "api")
    assert isinstance(error, LineError)


def test_deeply_nested_json_is_a_line_error_not_a_crash() -> None:
    # Found by tests/test_robustness.py: "[[[[..." raised RecursionError out of
    # iter_inputs, losing every input after it.
    for body in (b"[" * 100_000, b'{"text":' * 50_000):
        assert list(iter_body(body, "deep.json")) == [
            LineError("deep.json:1", "invalid JSON (nested too deeply)")
        ]


def test_a_lone_surrogate_escape_is_refused() -> None:
    # Found by tests/test_robustness.py: "\ud800" decodes to a str that cannot be encoded,
    # so the document crashed later on .encode("utf-8").
    (error,) = iter_body(b'{"text": "\\ud800 Migrants were detained."}', "s.json")
    assert isinstance(error, LineError)
    assert "lone surrogate" in error.reason
    (record,) = iter_body(b'{"text": "\\ud83d\\ude00 A real emoji pair."}', "s.json")
    assert isinstance(record, Record) and record.text == "😀 A real emoji pair."
