"""Rendering of query results: rich tables for people, JSON lines for pipes."""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dossier.cli.safe import clean, line, text
from dossier.store.base import (
    CaseFile,
    CopyGroupRow,
    Counts,
    EntityRow,
    HappeningDetail,
    SearchHit,
    SourceRow,
    TimelineRow,
)
from dossier.verbs import IngestReport


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
            f"{counts.entities} entities, {counts.happenings} happenings from "
            f"{counts.events} reports, {counts.citations} citations from {counts.sources} "
            f"sources, {counts.copy_groups} copy group(s)",
        )
    )
    if report.outdated:
        console.print(line(("versions: ", "yellow"), _outdated_line(report.outdated)))
    for copy, original, _ in report.copies:
        where = copy.urls[0] if copy.urls else copy.id
        console.print(
            line(
                ("copy: ", "yellow"), copy.title or copy.id, " (", where,
                ") carries the report of ", original.title or original.id,
            )
        )  # fmt: skip


def _outdated_line(outdated: dict[str, dict[str, tuple[str, str]]]) -> str:
    """One line on documents stored by other extractor versions, and what changed."""
    changed: dict[str, tuple[str, str]] = {}
    for diff in outdated.values():
        for name, values in diff.items():
            changed.setdefault(name, values)
    shown = "; ".join(f"{name} {old} -> {new}" for name, (old, new) in list(changed.items())[:4])
    more = f" and {len(changed) - 4} more" if len(changed) > 4 else ""
    return (
        f"{len(outdated)} document(s) already stored were extracted by other versions "
        f"({shown}{more}); they keep that extraction"
    )


def _clip(value: str, width: int) -> Text:
    cleaned = clean(value)
    return Text(cleaned if len(cleaned) <= width else cleaned[: width - 1] + "…")


def timeline_table(
    console: Console,
    rows: Sequence[TimelineRow],
    title: str | Text = "Timeline",
    empty: str = "no happenings",
) -> None:
    """One row per happening: when (with precision and basis), type, what, reports, sources."""
    if not rows:
        console.print(text(empty))
        return
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("when", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("what", ratio=3)
    table.add_column("sources", ratio=2)
    for row in rows:
        when = line((row.when, ""), " ", (row.precision, "dim"))
        if row.placed_by != "happened":
            when.append(f" ({row.placed_by})", style="yellow")
        what = _clip(row.summary, 160)
        if row.conflicts:
            what.append(f"  ≠ {', '.join(row.conflicts)}", style="red")
        what.append(
            f"\n{row.reports} report{'s' * (row.reports != 1)}, "
            f"{len(row.sources)} independent source{'s' * (len(row.sources) != 1)}",
            style="dim",
        )
        table.add_row(when, text(row.type), what, text(", ".join(row.sources) or "—"))
    console.print(table)
    console.print(
        text(
            "(reported): placed by the date of the report it is attributed to; (published): "
            "by the article's date; ≠ marks values the reports give differently",
            "dim",
        )
    )


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
    shown = len(case.documents)
    first = f" (the first {shown}, by id)" if shown < e.documents else ""
    console.print(f"{e.mentions} mention(s) in {e.documents} document(s){first}:")
    for doc_id, title in case.documents:
        console.print(line("  ", doc_id, "  ", title or "(untitled)"))
    total = f"{case.events_total}{'+' if case.events_capped else ''}"
    partial = case.events_capped or len(case.events) < case.events_total
    timeline_table(
        console,
        case.events,
        title=line(
            "Happenings involving ", e.name,
            f" (the first {len(case.events)} of {total} in date order)" if partial else "",
        ),
        empty="no happening in the timeline names it as actor, target or place",
    )  # fmt: skip
    if partial:
        console.print(line("every one: dossier timeline --entity ", shlex.quote(e.id)))
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
    if hits[0].ranked_among:
        console.print(
            f"more documents matched: these are the best ranked of the first "
            f"{hits[0].ranked_among} found"
        )


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


def happening(console: Console, detail: HappeningDetail) -> None:
    """A happening: its placement, sources, conflicts, then every report with its evidence."""
    h = detail.happening
    console.print(
        line((h.type, "bold"), "  ", h.when, " ", (h.precision, "dim"), f" ({h.placed_by})")
    )
    console.print(_clip(h.summary, 400))
    console.print(
        line(
            f"{h.reports} report(s), {len(h.sources)} independent source(s): ",
            ", ".join(h.sources) or "—",
            f"; first reported {h.first_reported or 'on an unknown date'}",
        )
    )
    for conflict in detail.conflicts:
        values = "; ".join(f"{v} ({', '.join(who)})" for v, who in conflict.values)
        console.print(line(("differs: ", "red"), conflict.field, ": ", values))
    for report in detail.reports:
        console.print()
        title = report.document_title or "(untitled)"
        published = report.published or "undated"
        console.print(
            line(("report ", "dim"), (report.key, "bold"), "  ", title, "  ", (published, "dim"))
        )
        if report.url:
            console.print(line("  ", (report.url, "dim")))
        dates = f"  happened: {report.date or '—'}  reported: {report.reported or '—'}"
        console.print(line("  source: ", ", ".join(report.sources) or "—", dates))
        for mention in report.mentions:
            style = "" if mention == report.evidence else "dim"
            console.print(line("  > ", (_clip(mention, 300).plain, style)))


def copies_table(console: Console, groups: Sequence[CopyGroupRow]) -> None:
    if not groups:
        console.print("no copy groups: every document is its own report")
        return
    for group in groups:
        table = Table(title=line("copy group ", group.group), expand=True)
        for name in ("", "document", "published", "lang", "title", "from"):
            table.add_column(name)
        for doc in group.documents:
            table.add_row(
                text("original" if doc.id == group.original else "copy"), text(doc.id),
                text(doc.published or "—"), text(doc.language or ""), _clip(doc.title or "", 60),
                _clip("; ".join(doc.urls), 80),
            )  # fmt: skip
        console.print(table)
