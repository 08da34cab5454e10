"""Rendering of query results: rich tables for people, JSON lines for pipes."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dossier.cli.safe import clean, line, text
from dossier.store.base import CaseFile, Counts, EntityRow, SearchHit, SourceRow, TimelineRow
from dossier.verbs import IngestReport

_PRECISION = {4: "year", 7: "month", 10: "day"}


def precision(value: str | None) -> str:
    """Human name of a TIMEX3 value's precision: day, month, season, quarter, week, year."""
    if not value:
        return ""
    part = value[5:7]
    if part in ("SP", "SU", "FA", "WI"):
        return "season"
    if part.startswith("Q"):
        return "quarter"
    if part.startswith("H"):
        return "half-year"
    if part.startswith("W"):
        return "week"
    return _PRECISION.get(len(value), "")


def json_lines(rows: Sequence[Any]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")


def ingest_summary(console: Console, report: IngestReport, counts: Counts, db: object) -> None:
    console.print(
        f"{report.stored} new document(s) stored, {report.already} already in the database, "
        f"{len(report.failures)} input(s) failed"
    )
    console.print(
        line(
            (db, ""),
            f" now holds {counts.documents} document(s) (+{counts.copies} copies), "
            f"{counts.entities} entities, {counts.events} events, {counts.citations} citations "
            f"from {counts.sources} sources",
        )
    )


def _clip(value: str, width: int) -> Text:
    cleaned = clean(value)
    return Text(cleaned if len(cleaned) <= width else cleaned[: width - 1] + "…")


def timeline_table(
    console: Console, rows: Sequence[TimelineRow], title: str | Text = "Timeline"
) -> None:
    if not rows:
        console.print("no events (ingest some articles first: dossier ingest examples/)")
        return
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("when", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("what", ratio=3)
    table.add_column("source", ratio=1)
    for row in rows:
        when = line((row.when, ""), " ", (precision(row.when), "dim"))
        if row.placed_by == "reported":
            when.append(" (reported)", style="yellow")
        sources = ", ".join(row.sources) or "—"
        table.add_row(when, text(row.type), _clip(row.summary, 160), text(sources))
    console.print(table)


def entities_table(console: Console, rows: Sequence[EntityRow]) -> None:
    if not rows:
        console.print("no entities")
        return
    table = Table(title="Entities", expand=True)
    for name in ("name", "type", "docs", "mentions", "aliases", "where"):
        table.add_column(name, justify="right" if name in ("docs", "mentions") else "left")
    for row in rows:
        where = f"{row.lat:.2f}, {row.lon:.2f} {row.country or ''}" if row.lat is not None else ""
        table.add_row(
            text(row.name), text(row.type), str(row.documents), str(row.mentions),
            _clip("; ".join(row.aliases), 60), text(where),
        )  # fmt: skip
    console.print(table)


def case_file(console: Console, case: CaseFile) -> None:
    e = case.entity
    console.print(line((e.name, "bold"), "  ", e.type, "  (", e.id, ")"))
    if e.aliases:
        console.print(line("also: ", "; ".join(e.aliases)))
    if e.lat is not None:
        console.print(line(f"at {e.lat:.4f}, {e.lon:.4f} ", e.country or ""))
    console.print(f"{e.mentions} mention(s) in {e.documents} document(s):")
    for doc_id, title in case.documents:
        console.print(line("  ", doc_id, "  ", title or "(untitled)"))
    timeline_table(console, case.events, title=line("Events involving ", e.name))
    if case.sources:
        console.print(line("sources: ", ", ".join(case.sources)))


def sources_table(console: Console, rows: Sequence[SourceRow]) -> None:
    if not rows:
        console.print("no citations")
        return
    table = Table(title="Sources", expand=True)
    for name in ("source", "claims", "reports from", "to", "documents"):
        table.add_column(name, justify="right" if name == "claims" else "left")
    for row in rows:
        table.add_row(
            text(row.source), str(row.claims), text(row.first_date or "—"),
            text(row.last_date or "—"), str(len(row.documents)),
        )  # fmt: skip
    console.print(table)


def search_table(console: Console, hits: Sequence[SearchHit]) -> None:
    if not hits:
        console.print("no matches")
        return
    table = Table(title="Search", expand=True)
    table.add_column("document", no_wrap=True)
    table.add_column("title", ratio=1, max_width=40)
    table.add_column("match", ratio=2, min_width=30)
    for hit in hits:
        table.add_row(text(hit.document_id), text(hit.title or ""), _highlighted(hit))
    console.print(table)


def _highlighted(hit: SearchHit) -> Text:
    """The snippet with its matched words in bold, each part cleaned on its own."""
    out = Text()
    at = 0
    for start, end in hit.marks:
        out.append(clean(hit.snippet[at:start]))
        out.append(clean(hit.snippet[start:end]), style="bold reverse")
        at = end
    out.append(clean(hit.snippet[at:]))
    return out
