"""Commands: parse the arguments, call one library function, render the result.

Tables go to stdout for people; ``--json`` prints JSON lines for pipes. Every error is one
line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dossier import verbs
from dossier.acquire import is_url, plan_inputs
from dossier.cli import render
from dossier.cli.output import refuse_database, write_lines
from dossier.cli.safe import clean, error_line, line
from dossier.errors import DossierError, InputError
from dossier.export import EXPORTERS, FolderExporter
from dossier.parse.dates import normalize_published
from dossier.pipeline import Options
from dossier.settings import get_settings
from dossier.store import describe, local_path
from dossier.store.base import TimelineFilter

app = typer.Typer(
    help="Dossier: turn news articles into a sourced evidence base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite file or postgresql://user@host/name (default: $DOSSIER_DB or ./dossier.db)",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table")]


def _version(value: bool) -> None:
    if value:
        from dossier import __version__

        out.print(f"dossier {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version"),
    ] = False,
) -> None:
    """Dossier: turn news articles into a sourced evidence base."""


def fail(message: str) -> NoReturn:
    """Print ``message`` as the one error line (cleaned: it may quote a document) and exit 1."""
    err.print(error_line(message), highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def _limit(value: int | None) -> int | None:
    if value is not None and value < 1:
        fail(f"--limit must be a positive number, not {value}")
    return value


_DATE_BOUND = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _date_bound(value: str | None, option: str) -> str | None:
    """A --since/--until value: a real YYYY, YYYY-MM or YYYY-MM-DD, as the timeline compares."""
    if value is None:
        return None
    try:
        if _DATE_BOUND.fullmatch(value):
            return normalize_published(value, option)
    except InputError:
        pass
    fail(f"{option}: not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs, feeds, JSON lines")],
    db: DbOption = None,
    allow_private: Annotated[
        bool, typer.Option(help="Allow URLs on private, loopback and link-local addresses")
    ] = False,
    lang: Annotated[str | None, typer.Option(help="Language of every input (en, ru)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Read articles, extract facts, and store them in the database."""
    planned = plan_inputs(inputs)
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, disable=quiet, transient=True) as bar:
        task = bar.add_task("ingesting", total=_total(planned))
        report = verbs.ingest(
            inputs,
            db,
            allow_private=allow_private,
            options=Options(language=lang),
            progress=lambda origin: bar.update(task, advance=1, description=_short(origin)),
        )
    for failure in report.failures:
        err.print(error_line(failure), highlight=False, soft_wrap=True)
    render.ingest_summary(out, report, verbs.counts(db), describe(db))
    if report.failures:
        raise typer.Exit(1)


_MANY_DOCUMENTS = (".xml", ".rss", ".atom", ".jsonl", ".ndjson", ".json")


def _total(planned: list[str]) -> int | None:
    """Documents to expect, when known: a URL, feed or JSON lines file may hold any number."""
    if any(is_url(name) or name.lower().endswith(_MANY_DOCUMENTS) for name in planned):
        return None
    return len(planned) or None


def _short(origin: str, width: int = 40) -> str:
    origin = clean(origin)
    return origin if len(origin) <= width else "…" + origin[-(width - 1) :]


@app.command()
def extract(
    input: Annotated[str, typer.Argument(help="One file or URL")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY)")
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Language (en, ru); detected when absent")
    ] = None,
    allow_private: Annotated[bool, typer.Option(help="Allow private-address URLs")] = False,
    indent: Annotated[int | None, typer.Option(help="Pretty-print with this indent")] = None,
) -> None:
    """Run the whole pipeline on one document and print the JSON extraction contract."""
    extraction = verbs.extract(
        input, published=published, language=lang, allow_private=allow_private
    )
    sys.stdout.write(
        json.dumps(verbs.extraction_json(extraction), ensure_ascii=False, indent=indent)
    )
    sys.stdout.write("\n")


@app.command()
def timeline(
    db: DbOption = None,
    entity: Annotated[
        str | None,
        typer.Option(help="Only happenings naming this entity (name, alias or id)"),
    ] = None,
    type: Annotated[
        list[str] | None, typer.Option("--type", help="Event type (repeatable)")
    ] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, inclusive")] = None,
    source: Annotated[
        str | None, typer.Option(help="Only happenings attributed to this source")
    ] = None,
    all_modalities: Annotated[
        bool, typer.Option("--all", help="Include negated, planned and hypothetical events")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many rows")] = None,
    as_json: JsonOption = False,
) -> None:
    """Happenings in date order: one row per happening, placed by when it happened, else by
    its first report, with its precision, reports, independent sources and conflicts."""
    flt = TimelineFilter(
        entity=entity, types=tuple(type or ()), since=_date_bound(since, "--since"),
        until=_date_bound(until, "--until"), source=source,
        include_unasserted=all_modalities, limit=_limit(limit),
    )  # fmt: skip
    rows = verbs.timeline(db, flt)
    if as_json:
        render.json_lines(rows)
    elif rows:
        render.timeline_table(out, rows)
    else:
        out.print(line(verbs.why_empty(flt, db)))


@app.command()
def entities(
    db: DbOption = None,
    type: Annotated[
        str | None, typer.Option("--type", help="PERSON, ORG, PLACE, OUTLET, GROUP")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Entities across documents, with mention and document counts."""
    rows = verbs.entities(db, type.upper() if type else None, _limit(limit))
    if as_json:
        render.json_lines(rows)
    else:
        render.entities_table(out, rows)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="A name or alias")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The case file of one entity: names, documents, events in date order, sources."""
    case = verbs.entity(name, db)
    if as_json:
        sys.stdout.write(json.dumps(asdict(case), ensure_ascii=False) + "\n")
    else:
        render.case_file(out, case)


HappeningFlag = Annotated[
    bool,
    typer.Option("--happening", help="A and B are happenings (ids or report keys DOC/EVENT)"),
]
CopyFlag = Annotated[
    bool,
    typer.Option("--copy", help="A and B are documents (ids, id prefixes or addresses)"),
]


def _target(happening: bool, copy: bool) -> verbs.JudgementTarget:
    if happening and copy:
        fail("choose one of --happening and --copy")
    return "happening" if happening else "copy" if copy else "entity"


@app.command()
def merge(
    a: Annotated[str, typer.Argument(help="A name, alias or entity id (see --happening, --copy)")],
    b: Annotated[str, typer.Argument(help="Another one")],
    db: DbOption = None,
    happening: HappeningFlag = False,
    copy: CopyFlag = False,
) -> None:
    """Record that two entities are one, or two happenings one, or two documents copies of
    one report (kept and applied again on every ingest)."""
    key_a, key_b = verbs.merge(a, b, db, _target(happening, copy))
    out.print(line("merged ", repr(a), f" ({key_a}) and ", repr(b), f" ({key_b})"))


@app.command()
def split(
    a: Annotated[str, typer.Argument(help="A name, alias or entity id (see --happening, --copy)")],
    b: Annotated[str, typer.Argument(help="Another one")],
    db: DbOption = None,
    happening: HappeningFlag = False,
    copy: CopyFlag = False,
) -> None:
    """Record that two names are different entities, two reports different happenings, or
    two documents independent reports (kept across re-ingests)."""
    key_a, key_b = verbs.split(a, b, db, _target(happening, copy))
    out.print(line("split ", repr(a), f" ({key_a}) from ", repr(b), f" ({key_b})"))


@app.command()
def happening(
    key: Annotated[str, typer.Argument(help="A happening id or a report key (DOC/EVENT)")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One happening: every report of it with its evidence and source, and the conflicts."""
    detail = verbs.happening(key, db)
    if as_json:
        render.json_lines([detail])
    else:
        render.happening(out, detail)


@app.command()
def copies(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Copy groups: documents that carry one report (syndicated, rewritten or translated)."""
    groups = verbs.copies(db)
    if as_json:
        sys.stdout.writelines(
            json.dumps(
                {
                    "group": g.group,
                    "original": g.original,
                    "documents": [
                        {"id": d.id, "url": d.url, "urls": list(d.urls), "title": d.title,
                         "published": d.published, "language": d.language}
                        for d in g.documents
                    ],
                },
                ensure_ascii=False,
            )
            + "\n"
            for g in groups
        )  # fmt: skip
    else:
        render.copies_table(out, groups)


@app.command()
def sources(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The citation graph: each source, its claims, the dates of its reports, its documents."""
    rows = verbs.sources(db)
    if as_json:
        render.json_lines(rows)
    else:
        render.sources_table(out, rows)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words that must all appear")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many results")] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over the stored articles."""
    hits = verbs.search(query, db, _limit(limit) or 20)
    if as_json:
        render.json_lines(hits)
    else:
        render.search_table(out, hits)


@app.command()
def export(
    db: DbOption = None,
    format: Annotated[
        str, typer.Option("--format", help=f"Export format: {'|'.join(EXPORTERS)}")
    ] = "jsonl",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File (default: stdout); a folder for csv and parquet"),
    ] = None,
) -> None:
    """Write the evidence base as JSON lines (the contract), FollowTheMoney entities, an
    ACLED-shaped CSV, GeoJSON, or CSV or Parquet tables; every fact with its evidence span
    and its review status."""
    if format not in EXPORTERS:
        fail(f"unknown export format {format!r} (available: {', '.join(EXPORTERS)})")
    database = local_path(db)
    if isinstance(EXPORTERS[format], FolderExporter):
        if output is None:
            fail(f"--format {format} writes a folder of files: give --output FOLDER")
        refuse_database(output, database)
        verbs.export_folder(format, output, db)
    elif output is None:
        for row in verbs.export_lines(format, db):
            sys.stdout.write(row + "\n")
    else:
        write_lines(output, verbs.export_lines(format, db), database)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; only this machine by default")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
) -> None:
    """Run the web workbench (pages and the JSON API) over the database."""
    import uvicorn

    from dossier.web import create_app

    path = db or get_settings().db
    counts = verbs.counts(path)  # fails with one clear line when there is no database
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(line(("warning:", "yellow"), f" listening on {host}: other machines can connect"))
    out.print(
        line(f"serving {describe(path)} ({counts.documents} documents) at http://{host}:{port}/")
    )
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


user_app = typer.Typer(help="Accounts of the web workbench.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="The account's name")],
    role: Annotated[str, typer.Option(help="reader, editor or admin")] = "reader",
    db: DbOption = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input")
    ] = False,
) -> None:
    """Create a local account; the password is asked for (or read from stdin) and hashed."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    user = verbs.add_user(name, role, password, db)
    out.print(line("added ", (user.name, "bold"), f" ({user.role})"))


@user_app.command("token")
def user_token(
    name: Annotated[str, typer.Argument(help="The account's name")],
    label: Annotated[str, typer.Option(help="What the token is for")] = "",
    db: DbOption = None,
) -> None:
    """Print a new API token for an account (send it as `Authorization: Bearer TOKEN`)."""
    sys.stdout.write(verbs.new_api_token(name, label, db) + "\n")


if TYPE_CHECKING:  # the batch extra may be missing; its records are imported when used
    from dossier.batch.load import LoadReport


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, JSON lines, Parquet")],
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder (Parquet datasets)")],
    db: Annotated[
        str | None,
        typer.Option("--db", help="Also load the output into this database (file or URL)"),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: the CPUs, or the cluster's)")
    ] = None,
    address: Annotated[
        str | None, typer.Option(help="Join this Ray cluster (default: a local Ray)")
    ] = None,
    allow_private: Annotated[
        bool, typer.Option(help="Allow URLs on private, loopback and link-local addresses")
    ] = False,
    lang: Annotated[str | None, typer.Option(help="Language of every input (en, ru)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress lines")] = False,
) -> None:
    """Extract many inputs on Ray into Parquet, resuming what a killed run left."""
    if workers is not None and workers < 1:
        fail(f"--workers must be a positive number, not {workers}")
    try:
        import ray  # noqa: F401  (only to say what is missing)
    except ImportError:
        fail("dossier batch needs Ray: pip install 'dossier[batch]'")
    report = verbs.batch(
        inputs,
        out_dir,
        db=db,
        workers=workers,
        address=address,
        allow_private=allow_private,
        options=Options(language=lang),
        progress=None if quiet else lambda text: err.print(text, highlight=False, soft_wrap=True),
    )
    summary = (
        f"{report.documents:,} document(s) extracted, {report.skipped:,} already done, "
        f"{report.failures:,} failure(s) in {report.seconds:.1f} s with {report.workers} "
        "worker(s); output in "
    )
    out.print(line(summary, (str(report.out), "")), highlight=False, soft_wrap=True)
    if report.failures:
        out.print(
            line("failures are listed in ", (str(report.out / "failures"), "")), soft_wrap=True
        )
    if report.load is not None:
        _load_summary(report.load, db or get_settings().db)
    if report.failures or (report.load is not None and report.load.failures):
        raise typer.Exit(1)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="Output folder of `dossier batch`")],
    db: DbOption = None,
) -> None:
    """Load the output of `dossier batch` into the database, then link it."""
    report = verbs.load(folder, db)
    _load_summary(report, db or get_settings().db)
    if report.failures:
        raise typer.Exit(1)


def _load_summary(report: LoadReport, db: str) -> None:
    for failure in report.failures:
        err.print(error_line(failure), highlight=False, soft_wrap=True)
    counts = verbs.counts(db)
    out.print(
        line(
            f"{report.stored:,} document(s) loaded, {report.already:,} already in the database; ",
            (describe(db), ""),
            f" now holds {counts.documents} document(s) (+{counts.copies} copies), "
            f"{counts.entities} entities, {counts.happenings} happenings from "
            f"{counts.events} reports",
        ),
        highlight=False,
        soft_wrap=True,
    )


def _server_error(exc: Exception) -> bool:
    """An error of the PostgreSQL driver or its pool (a lost server, a refused login)."""
    return type(exc).__module__.split(".")[0] in ("psycopg", "psycopg_pool")


def main() -> None:
    try:
        app()
    except Exception as exc:
        if not isinstance(exc, DossierError | sqlite3.Error | OSError) and not _server_error(exc):
            raise
        # One line whatever went wrong; the message may quote a document or a file name.
        message = exc if isinstance(exc, DossierError) else f"{type(exc).__name__}: {exc}"
        err.print(error_line(message), highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
