"""Local files and folders, including the hostile ones."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from dossier.acquire import InputFailure, iter_inputs, plan_inputs
from dossier.acquire.files import format_size
from dossier.models import RawDocument


def take(path: Path | str) -> RawDocument | InputFailure:
    [result] = list(iter_inputs([str(path)]))
    return result


def failure(path: Path) -> InputFailure:
    result = take(path)
    assert isinstance(result, InputFailure), result
    assert result.origin == str(path)
    return result


@pytest.mark.parametrize(
    ("name", "mime"),
    [
        ("a.html", "text/html"),
        ("a.htm", "text/html"),
        ("a.txt", "text/plain"),
        ("a.md", "text/markdown"),
    ],
)
def test_document_suffixes(tmp_path: Path, name: str, mime: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"<p>Some words</p>\n")
    assert take(path) == RawDocument(
        origin=str(path), content=b"<p>Some words</p>\n", content_type=mime
    )


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    html = tmp_path / "page.dat"
    html.write_bytes(b"\n  <!DOCTYPE html><html><body>x</body></html>")
    text = tmp_path / "notes"
    text.write_bytes(b"Just a line of text.\n")
    jsonl = tmp_path / "dump.data"
    jsonl.write_bytes(b'{"text": "Line one."}\n{"text": "Line two."}\n')
    kinds = [
        getattr(r, "content_type", None) for r in iter_inputs([str(html), str(text), str(jsonl)])
    ]
    assert kinds == ["text/html", "text/plain"] + ["text/plain; charset=utf-8"] * 2


def test_binary_files_are_refused(tmp_path: Path) -> None:
    png = tmp_path / "photo.html"  # a lying suffix changes nothing
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert failure(png).reason == "refused: not a text document (PNG image)"
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"abc\x00def" * 50)
    assert failure(blob).reason == "refused: not a text document (binary data)"
    controls = tmp_path / "controls.txt"
    controls.write_bytes(bytes(range(1, 9)) * 100)
    assert failure(controls).reason == "refused: not a text document (binary data)"


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    started = time.monotonic()
    assert failure(big).reason == "refused: 50 MiB is over the 10 MiB limit"
    assert time.monotonic() - started < 0.5


def test_truncated_html_passes_acquire(tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    path.write_bytes(b"<html><body><p>The report was publ")
    result = take(path)
    assert isinstance(result, RawDocument)
    assert result.content == b"<html><body><p>The report was publ"


def test_invalid_utf8_is_passed_on_as_bytes(tmp_path: Path) -> None:
    raw = "Отчёт за август".encode("cp1251") + b"\xff\xfe\xc3("
    path = tmp_path / "legacy.txt"
    path.write_bytes(raw)
    result = take(path)
    assert isinstance(result, RawDocument)
    assert result.content == raw


def test_utf16_text_is_not_mistaken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Hello".encode("utf-16"))
    assert isinstance(take(path), RawDocument)


def test_empty_file_and_missing_path(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.touch()
    assert failure(empty).reason == "refused: empty file"
    assert take(tmp_path / "nope.txt") == InputFailure(
        str(tmp_path / "nope.txt"), "no such file or folder"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_device_files_are_not_read() -> None:
    assert take("/dev/zero") == InputFailure("/dev/zero", "refused: not a regular file")


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_bytes(b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    assert failure(path).reason == "refused: XML that is not an RSS or Atom feed"


def make_tree(root: Path) -> None:
    for name in [
        "b/2.txt",
        "b/1.html",
        "a.md",
        "c/d/deep.htm",
        "skip.pdf",
        ".hidden.txt",
        ".git/x.txt",
        "README.md",
        "b/LICENSE.txt",
    ]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"words\n")


def test_folder_is_recursive_sorted_and_skips_hidden_unsupported_and_notes(tmp_path: Path) -> None:
    make_tree(tmp_path)
    origins = [r.origin for r in iter_inputs([str(tmp_path)])]
    expected = ["a.md", "b/1.html", "b/2.txt", "c/d/deep.htm"]
    assert origins == [str(tmp_path / name) for name in expected]


def test_plan_inputs_expands_folders_only(tmp_path: Path) -> None:
    make_tree(tmp_path / "docs")
    planned = plan_inputs([str(tmp_path / "docs"), "https://example.com/a", "missing.txt"])
    assert planned[-2:] == ["https://example.com/a", "missing.txt"]
    assert len(planned) == 6
    assert planned[0] == str(tmp_path / "docs" / "a.md")


def test_format_size() -> None:
    assert format_size(500) == "500 bytes"
    assert format_size(10 * 1024 * 1024) == "10 MiB"
    assert format_size(int(52.4 * 1024 * 1024)) == "52.4 MiB"


def test_a_readme_named_explicitly_is_ingested(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("Notes about the articles in this folder.\n", encoding="utf-8")
    assert [r.origin for r in iter_inputs([str(readme)])] == [str(readme)]
