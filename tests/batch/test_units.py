"""Planning units, reading Parquet shards and the output folder, without Ray or models."""

from __future__ import annotations

import itertools
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dossier.acquire import InputFailure
from dossier.batch.output import Output
from dossier.batch.units import Unit, expand, iter_parquet, iter_unit, plan_units
from dossier.models import RawDocument

TEXT = "Migrants from Kyrgyzstan were recruited in Moscow, the ministry said on Monday. "


def _texts(path: Path, rows: int) -> Path:
    records = [
        {"url": f"https://example.org/{n}", "title": f"T{n}", "published": "2024-05-01",
         "text": f"{TEXT} Story {n}.", "html": None}
        for n in range(rows)
    ]  # fmt: skip
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=7)
    return path


def test_files_are_grouped_and_parquet_is_sharded(tmp_path: Path) -> None:
    files = [tmp_path / f"{n}.txt" for n in range(5)]
    for path in files:
        path.write_text(TEXT, encoding="utf-8")
    texts = _texts(tmp_path / "texts.parquet", 50)
    names = expand([str(tmp_path)])
    assert names == [*map(str, files), str(texts)]
    units = plan_units(names, workers=2, batch_size=2)
    assert units[:3] == [Unit(0, names[0:2]), Unit(2, names[2:4]), Unit(4, names[4:5])]
    shards = units[3:]
    assert len(shards) == 8 and shards[0].start == 0 and shards[-1].stop == -1
    assert all(a.stop == b.start for a, b in itertools.pairwise(shards))


def test_a_shard_reads_its_rows_only(tmp_path: Path) -> None:
    texts = str(_texts(tmp_path / "texts.parquet", 30))
    got = list(iter_unit(Unit(4, [texts], 10, 17)))
    assert [(i, item) for i, item, _ in got] == [(4, n) for n in range(10, 17)]
    first = got[0][2]
    assert isinstance(first, RawDocument) and first.origin == f"{texts}:11"
    assert first.text is not None and first.text.endswith("Story 10.")
    assert len(list(iter_parquet(texts, 25))) == 5


def test_bad_parquet_rows_and_files_are_failures(tmp_path: Path) -> None:
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pylist([{"url": "https://example.org/a", "text": None}]), path)
    (failure,) = iter_parquet(str(path))
    assert isinstance(failure, InputFailure) and "needs 'text' or 'html'" in failure.reason
    (tmp_path / "not.parquet").write_text("hello", encoding="utf-8")
    (failure,) = iter_parquet(str(tmp_path / "not.parquet"))
    assert isinstance(failure, InputFailure) and failure.origin.endswith("not.parquet")


def test_opening_the_output_removes_unfinished_parts(tmp_path: Path) -> None:
    output = Output(tmp_path)
    output.write({"failures": [{"input": 0, "item": 0, "origin": "a", "stage": "acquire",
                                "reason": "gone"}]})  # fmt: skip
    assert output.read("failures").num_rows == 1
    (tmp_path / "documents" / next((tmp_path / "failures").iterdir()).name).unlink()
    (tmp_path / "entities" / ".part-x.parquet.tmp").write_bytes(b"")
    assert Output(tmp_path, create=False).read("failures").num_rows == 0  # incomplete part
    again = Output(tmp_path)
    assert again.removed == 8 - 1 + 1  # the part's seven other files and the unfinished one
    assert not list((tmp_path / "failures").iterdir())


def test_load_needs_an_output_folder(tmp_path: Path) -> None:
    from dossier.errors import InputError

    with pytest.raises(InputError, match="no batch output"):
        Output(tmp_path / "nothing", create=False)
