"""The verbs of ``import dossier``: the same operations as the CLI, over typed records.

The CLI and the web app are thin shells over these functions; nothing here prints.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from dossier import versions
from dossier.acquire import InputFailure, iter_inputs
from dossier.contract import to_contract
from dossier.errors import DossierError, InputError, QueryError
from dossier.export import FolderExporter, LineExporter, collect, get_exporter
from dossier.export.folder import write_folder
from dossier.export.records import ExportData
from dossier.models import Article, Extraction, RawDocument
from dossier.packs import get_pack
from dossier.parse import parse
from dossier.parse.dates import normalize_published
from dossier.pipeline import Options, extract_articles
from dossier.settings import get_settings
from dossier.store import Store, open_store, web_queries
from dossier.store.accounts import User
from dossier.store.base import (
    CaseFile,
    CopyDocument,
    CopyGroupRow,
    Counts,
    EntityRow,
    HappeningDetail,
    SearchHit,
    SourceRow,
    TimelineFilter,
    TimelineRow,
)
from dossier.store.review import NotFound, Review
from dossier.store.web_queries import (
    CitationEdge,
    Companion,
    DocumentView,
    Place,
    ReportContext,
    ReviewedRow,
    TimelinePage,
    TimelineQuery,
)

JudgementTarget = Literal["entity", "happening", "copy"]
Progress = Callable[[str], None]  # called once per input handled, with its origin


@dataclass(slots=True)
class IngestReport:
    stored: int = 0  # new documents
    already: int = 0  # documents already in the database (re-ingest or a republished copy)
    failures: list[InputFailure] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)
    # (copy, original, group): documents of this run that carry a report already stored
    copies: list[tuple[CopyDocument, CopyDocument, str]] = field(default_factory=list)
    # documents met again that the current extractors would extract differently: what changed
    outdated: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)


def ingest(
    inputs: Sequence[str],
    db: str | Path | None = None,
    *,
    allow_private: bool = False,
    options: Options = Options(),
    progress: Progress | None = None,
) -> IngestReport:
    """Acquire, extract and store every input; bad inputs are reported, never fatal."""
    report = IngestReport()
    batch: list[tuple[Article, str]] = []
    batch_size = get_settings().batch_size
    with open_store(db) as store:
        for item in iter_inputs(inputs, allow_private=allow_private):
            if isinstance(item, InputFailure):
                report.failures.append(item)
            else:
                article = _parse_or_fail(item, report)
                if article is not None and not _known(store, article, item.origin, report):
                    batch.append((article, item.origin))
            if progress:
                progress(item.origin)
            if len(batch) >= batch_size:
                _flush(store, batch, options, report)
        _flush(store, batch, options, report)
        # Also when nothing new was stored: a killed ingest may have left linking undone.
        store.ensure_linked()
        report.copies = _new_copies(store, report.document_ids)
        report.outdated = _outdated(store, report.document_ids, options)
    return report


def _outdated(
    store: Store, document_ids: list[str], options: Options
) -> dict[str, dict[str, tuple[str, str]]]:
    """The documents of this run, stored before, whose recorded extractor versions differ
    from what the pipeline would use now (an upgrade since they were extracted)."""
    if not document_ids:
        return {}
    stored = store.extractor_versions(document_ids)
    return versions.outdated(stored, get_pack(options.pack or get_settings().pack))


def _new_copies(
    store: Store, document_ids: list[str]
) -> list[tuple[CopyDocument, CopyDocument, str]]:
    """The documents of this run that are copies in a copy group, with their original."""
    ours = set(document_ids)
    found = []
    for group in store.copy_groups():
        original = next(d for d in group.documents if d.id == group.original)
        found += [
            (doc, original, group.group)
            for doc in group.documents
            if doc.id in ours and doc.id != group.original
        ]
    return found


def _parse_or_fail(raw: RawDocument, report: IngestReport) -> Article | None:
    try:
        return parse(raw)
    except InputError as exc:
        report.failures.append(InputFailure.from_error(raw.origin, exc))
    except Exception as exc:  # a parser bug that one odd input triggers costs that input alone
        reason = f"could not be parsed: {type(exc).__name__}: {exc}".splitlines()[0]
        report.failures.append(InputFailure(raw.origin, reason))
    return None


def _known(store: Store, article: Article, origin: str, report: IngestReport) -> bool:
    """A document already stored is not analysed again; the new origin is recorded as a copy."""
    if not store.has_document(article.id):
        return False
    _record_copy(store, article, origin, report)
    return True


def _record_copy(store: Store, article: Article, origin: str, report: IngestReport) -> None:
    try:
        store.add_origin(article.id, origin, article.url)
    except Exception as exc:  # a store error costs this input alone
        report.failures.append(_store_failure(origin, exc))
        return
    report.already += 1
    report.document_ids.append(article.id)


def _store_failure(origin: str, exc: Exception) -> InputFailure:
    reason = f"could not be stored: {type(exc).__name__}: {exc}".splitlines()[0]
    return InputFailure(origin, reason)


def _flush(
    store: Store, batch: list[tuple[Article, str]], options: Options, report: IngestReport
) -> None:
    if not batch:
        return
    # Two inputs in one batch may carry the same text: analyse and store it once, then record
    # the others as its copies (a copy's row points at the document's, which must exist).
    unique: dict[str, tuple[Article, str]] = {}
    copies: list[tuple[Article, str]] = []
    for article, origin in batch:
        if article.id in unique:
            copies.append((article, origin))
        else:
            unique[article.id] = (article, origin)
    for extraction, origin in _extract_batch(list(unique.values()), options, report):
        _write(store, extraction, origin, report)
    for article, origin in copies:
        if store.has_document(article.id):
            _record_copy(store, article, origin, report)
        else:
            first = unique[article.id][1]
            report.failures.append(InputFailure(origin, f"same text as {first}, which failed"))
    batch.clear()


def _write(store: Store, extraction: Extraction, origin: str, report: IngestReport) -> None:
    try:
        result = store.write(extraction, origin)
    except Exception as exc:  # a store error costs this document alone, never the run
        report.failures.append(_store_failure(origin, exc))
        return
    report.document_ids.append(result.document_id)
    if result.created:
        report.stored += 1
    else:
        report.already += 1


def _extract_batch(
    items: list[tuple[Article, str]], options: Options, report: IngestReport
) -> list[tuple[Extraction, str]]:
    """Extractions of a batch; when the batch fails, each document alone, failures reported.

    A bug that one odd document triggers in a stage must cost that document, not the run:
    it becomes an input failure naming the stage's exception.
    """
    try:
        extractions = extract_articles([a for a, _ in items], options)
        return [(e, origin) for e, (_, origin) in zip(extractions, items, strict=True)]
    except Exception:  # retried one by one below, where the cause is reported
        if len(items) == 1:
            article, origin = items[0]
            return _extract_alone(article, origin, options, report)
    results: list[tuple[Extraction, str]] = []
    for article, origin in items:
        results.extend(_extract_alone(article, origin, options, report))
    return results


def _extract_alone(
    article: Article, origin: str, options: Options, report: IngestReport
) -> list[tuple[Extraction, str]]:
    try:
        (extraction,) = extract_articles([article], options)
    except DossierError as exc:
        report.failures.append(InputFailure.from_error(origin, exc))
        return []
    except Exception as exc:  # an extractor bug must not end the whole run
        reason = f"extraction failed: {type(exc).__name__}: {exc}".splitlines()[0]
        report.failures.append(InputFailure(origin, reason))
        return []
    return [(extraction, origin)]


def extract(
    source: str | RawDocument,
    *,
    published: str | None = None,
    language: str | None = None,
    allow_private: bool = False,
) -> Extraction:
    """The whole pipeline on one document (a path, a URL or raw bytes), without a database."""
    given = normalize_published(published, "--published") if published else None
    raw = source if isinstance(source, RawDocument) else _acquire_one(source, allow_private)
    article = parse(raw)
    (extraction,) = extract_articles([article], Options(published=given, language=language))
    return extraction


def _acquire_one(source: str, allow_private: bool) -> RawDocument:
    items = list(iter_inputs([source], allow_private=allow_private))
    failures = [i for i in items if isinstance(i, InputFailure)]
    if failures:
        raise InputError(f"{failures[0].origin}: {failures[0].reason}")
    raws = [i for i in items if isinstance(i, RawDocument)]
    if len(raws) != 1:
        raise InputError(f"{source}: holds {len(raws)} documents; extract takes one")
    return raws[0]


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    return to_contract(extraction)


def timeline(
    db: str | Path | None = None, flt: TimelineFilter = TimelineFilter()
) -> list[TimelineRow]:
    """Happenings in date order as the analysts left them: rejected ones hidden, reviewed
    types and dates in place (the same query as the web timeline, every page of it)."""
    q = web_queries.TimelineQuery(
        entity=flt.entity, types=flt.types, source=flt.source, since=flt.since,
        until=flt.until, include_unasserted=flt.include_unasserted,
        per_page=web_queries.PER_PAGE_MAX,
    )  # fmt: skip
    rows: list[TimelineRow] = []
    with open_store(db, create=False) as store:
        found = store.overrides()
        for number in itertools.count(1):
            page = store.timeline_page(replace(q, page=number), found)
            rows += [r.row for r in page.rows]
            if (flt.limit and len(rows) >= flt.limit) or not page.has_next:
                break
    return rows[: flt.limit] if flt.limit else rows


def entities(
    db: str | Path | None = None, type_: str | None = None, limit: int | None = None
) -> list[EntityRow]:
    with open_store(db, create=False) as store:
        return store.entities(type_, limit)


def entity(name: str, db: str | Path | None = None) -> CaseFile:
    with open_store(db, create=False) as store:
        found = store.case_file(name)
    if found is None:
        raise DossierError(f"no entity named {name!r} (try `dossier entities`)")
    return found


def counts(db: str | Path | None = None) -> Counts:
    """How much the database holds: documents, copies, entities, events, citations, sources."""
    with open_store(db, create=False) as store:
        return store.counts()


def merge(
    a: str, b: str, db: str | Path | None = None, target: JudgementTarget = "entity"
) -> tuple[str, str]:
    """The analyst's judgement that ``a`` and ``b`` are one entity (or one happening, or
    copies of one report); kept and applied again after every ingest."""
    with open_store(db, create=False) as store:
        return store.judge("merge", a, b, target)


def split(
    a: str, b: str, db: str | Path | None = None, target: JudgementTarget = "entity"
) -> tuple[str, str]:
    """The analyst's judgement that ``a`` and ``b`` are different entities (happenings,
    independent documents)."""
    with open_store(db, create=False) as store:
        return store.judge("split", a, b, target)


def happening(key: str, db: str | Path | None = None) -> HappeningDetail:
    """One happening with every report of it, by happening id or report key."""
    with open_store(db, create=False) as store:
        found = store.happening(key)
    if found is None:
        raise DossierError(f"no happening {key!r} (ids are in `dossier timeline --json`)")
    return found


def copies(db: str | Path | None = None) -> list[CopyGroupRow]:
    """The copy groups: documents that carry one report (syndicated, rewritten, translated)."""
    with open_store(db, create=False) as store:
        return store.copy_groups()


def why_empty(flt: TimelineFilter, db: str | Path | None = None) -> str:
    """Why a timeline came out empty, in one line for the person who asked."""
    with open_store(db, create=False) as store:
        counts = store.counts()
        if counts.documents == 0:
            return "the database holds no documents yet (dossier ingest examples/)"
        if flt.entity and store.case_file(flt.entity) is None:
            return f"no entity named {flt.entity!r} (try `dossier entities`)"
    what = f"{counts.happenings} happening(s) from {counts.documents} document(s)"
    if flt.entity:
        return (
            f"{flt.entity!r} is known, but no happening in the timeline names it as actor, "
            f"target or place (the database holds {what})"
        )
    return f"no happening matches these filters (the database holds {what})"


def sources(db: str | Path | None = None) -> list[SourceRow]:
    with open_store(db, create=False) as store:
        return store.sources()


def search(query: str, db: str | Path | None = None, limit: int = 20) -> list[SearchHit]:
    with open_store(db, create=False) as store:
        return store.search(query, limit)


def export_jsonl(db: str | Path | None = None) -> Iterator[str]:
    """One contract JSON document per line, in ingest order."""
    with open_store(db, create=False) as store:
        yield from store.iter_contracts()


# -- the web workbench: pages and the API call these ------------------------------------


@dataclass(frozen=True, slots=True)
class HappeningView:
    detail: HappeningDetail
    head: ReviewedRow  # the timeline row with the analysts' values in place
    contexts: dict[str, ReportContext]  # report key -> its evidence in context
    history: tuple[Review, ...]
    hidden: bool  # rejected, so off the timeline


@dataclass(frozen=True, slots=True)
class EntityView:
    case: CaseFile
    happenings: tuple[ReviewedRow, ...]  # in date order, rejected ones left out
    companions: tuple[Companion, ...]
    history: tuple[Review, ...]


def timeline_page(q: TimelineQuery, db: str | Path | None = None) -> TimelinePage:
    """One page of the timeline with facet counts, the analysts' reviews applied."""
    if q.page < 1 or not 1 <= q.per_page <= web_queries.PER_PAGE_MAX:
        raise QueryError(f"page from 1, per_page from 1 to {web_queries.PER_PAGE_MAX}")
    with open_store(db, create=False) as store:
        page = store.timeline_page(q, store.overrides())
    if q.page > page.pages or (q.page > 1 and not page.rows):
        last = f"{page.pages}+" if page.capped else str(page.pages)
        raise NotFound(f"page {q.page} is past the last page ({last})")
    return page


def happening_view(key: str, db: str | Path | None = None) -> HappeningView:
    with open_store(db, create=False) as store:
        detail = store.happening(key)
        if detail is None:
            raise NotFound(f"no happening {key!r}")
        found = store.overrides()
        hid = detail.happening.happening_id
        contexts = store.report_contexts([r.key for r in detail.reports], found)
        history = store.review_history("happening", hid)
    head = web_queries.reviewed_row(detail.happening, found)
    return HappeningView(detail, head, contexts, tuple(history), hid in found.hidden)


def document_view(document_id: str, db: str | Path | None = None) -> DocumentView:
    with open_store(db, create=False) as store:
        found = store.document_view(document_id, store.overrides())
    if found is None:
        raise NotFound(f"no document {document_id!r}")
    return found


def entity_view(name: str, db: str | Path | None = None) -> EntityView:
    with open_store(db, create=False) as store:
        found = store.overrides()
        case = store.reviewed_case_file(name, found)
        if case is None:
            raise NotFound(f"no entity named {name!r}")
        rows = [web_queries.reviewed_row(r, found) for r in case.events]
        company = store.companions(case.entity.id)
        history = store.review_history("entity", case.entity.id)
    return EntityView(case, tuple(rows), tuple(company), tuple(history))


def citation_graph(db: str | Path | None = None) -> list[CitationEdge]:
    """Which outlet cites which source, and how often."""
    with open_store(db, create=False) as store:
        return store.citation_graph()


def places(db: str | Path | None = None) -> list[Place]:
    """Places with coordinates and the number of happenings at or naming each."""
    with open_store(db, create=False) as store:
        return store.places(store.overrides().hidden)


def review_fact(
    user: str,
    target: str,
    key: str,
    action: str,
    value: Any = None,
    field_name: str | None = None,
    reason: str = "",
    db: str | Path | None = None,
) -> Review:
    """Record an analyst's accept, reject, reopen, edit or note; machine output stays as is."""
    with open_store(db, create=False) as store:
        return store.record_review(user, target, key, action, value, field_name, reason)


def undo_review(
    user: str, review_id: int, reason: str = "", db: str | Path | None = None
) -> Review:
    """Undo is a new review that restores the value an earlier one replaced."""
    with open_store(db, create=False) as store:
        return store.undo_review(user, review_id, reason)


def judge(
    user: str,
    kind: Literal["merge", "split"],
    a: str,
    b: str,
    target: JudgementTarget = "entity",
    reason: str = "",
    db: str | Path | None = None,
) -> Review:
    """:func:`merge` or :func:`split`, recorded in the review log with who and why."""
    key_a, key_b = (merge if kind == "merge" else split)(a, b, db, target)
    target_name = "copy" if target == "copy" else target
    with open_store(db, create=False) as store:
        return store.log_review(
            user, target_name, key_a, kind, None, None, {"a": key_a, "b": key_b}, reason
        )


def fact_history(target: str, key: str, db: str | Path | None = None) -> list[Review]:
    with open_store(db, create=False) as store:
        return store.review_history(target, key)


def audit_log(
    page: int = 1, per_page: int = 50, db: str | Path | None = None
) -> tuple[list[Review], int]:
    """The review log of the whole base, newest first: one page and the total."""
    if page < 1 or not 1 <= per_page <= web_queries.PER_PAGE_MAX:
        raise QueryError(f"page from 1, per_page from 1 to {web_queries.PER_PAGE_MAX}")
    with open_store(db, create=False) as store:
        rows, total = store.audit((page - 1) * per_page, per_page)
    if page > 1 and not rows:
        raise NotFound(f"page {page} is past the last page")
    return rows, total


def add_user(name: str, role: str, password: str, db: str | Path | None = None) -> User:
    """A local account of the web workbench (the password is stored as an argon2 hash)."""
    with open_store(db) as store:
        return store.add_user(name, role, password)


def new_api_token(name: str, label: str = "", db: str | Path | None = None) -> str:
    """A new API token for a user; it is shown once, and only its hash is kept."""
    with open_store(db, create=False) as store:
        return store.new_token(name, label)


def sign_in(
    name: str, password: str, hours: int, db: str | Path | None = None
) -> tuple[User, str] | None:
    """The user and a new session cookie value, or None when name or password is wrong."""
    with open_store(db, create=False) as store:
        return store.sign_in(name, password, hours)


def session_user(token: str, kind: str, db: str | Path | None = None) -> User | None:
    """Whose session cookie (``kind="session"``) or API token (``"token"``) this is."""
    with open_store(db, create=False) as store:
        return store.user_of(token, kind)


def sign_out(token: str, db: str | Path | None = None) -> None:
    with open_store(db, create=False) as store:
        store.end_session(token)


# -- batch processing (dossier.batch runs these in its workers) ------------------------------

if TYPE_CHECKING:  # dossier.batch needs the `batch` extra (Ray, pyarrow): imported when used
    from dossier.batch.load import LoadReport
    from dossier.batch.run import BatchReport


def parse_or_failure(raw: RawDocument) -> Article | InputFailure:
    """The article in ``raw``, or the failure saying why there is none (as ingest reports it)."""
    report = IngestReport()
    article = _parse_or_fail(raw, report)
    return article if article is not None else report.failures[0]


def extract_each(
    items: list[tuple[Article, str]], options: Options = Options()
) -> tuple[list[tuple[Extraction, str]], list[InputFailure]]:
    """Extractions of ``(article, origin)`` pairs; one that fails costs itself alone."""
    report = IngestReport()
    return _extract_batch(items, options, report), report.failures


def batch(
    inputs: Sequence[str],
    out: str | Path,
    *,
    db: str | Path | None = None,
    workers: int | None = None,
    address: str | None = None,
    allow_private: bool = False,
    options: Options = Options(),
    progress: Progress | None = None,
) -> BatchReport:
    """Extract every input on Ray into Parquet datasets under ``out`` (:mod:`dossier.batch`);
    with ``db``, load them into that store too. ``progress`` gets a line per part written."""
    from dossier.batch.run import run_batch

    return run_batch(
        inputs,
        out,
        db=db,
        workers=workers,
        address=address,
        allow_private=allow_private,
        options=options,
        progress=progress,
    )


def load(out: str | Path, db: str | Path | None = None) -> LoadReport:
    """Load the output of a batch run into a store, then link it; loading again adds nothing."""
    from dossier.batch.load import load_output

    return load_output(out, db)


# -- exports: dossier export --format ... ------------------------------------------------


def export_data(db: str | Path | None = None) -> ExportData:
    """One consistent snapshot of the base, as every exporter reads it."""
    with open_store(db, create=False) as store:
        return collect(store)


def export_lines(format: str, db: str | Path | None = None) -> Iterator[str]:
    """The lines of a one-file format (jsonl, ftm, acled, geojson), without line ends.

    The format is checked at once; the base is read when the first line is asked for.
    """
    exporter = get_exporter(format)
    if not isinstance(exporter, LineExporter):
        raise QueryError(f"--format {format} writes a folder of files: give --output FOLDER")
    return _export_lines(exporter, db)


def _export_lines(exporter: LineExporter, db: str | Path | None) -> Iterator[str]:
    yield from exporter.lines(export_data(db))


def export_folder(format: str, output: str | Path, db: str | Path | None = None) -> dict[str, int]:
    """Write a folder format (csv, parquet) to ``output``; returns each file's row count.

    The folder is written beside ``output`` and renamed into place when complete; an
    ``output`` that holds anything but an earlier export is refused.
    """
    exporter = get_exporter(format)
    if not isinstance(exporter, FolderExporter):
        raise QueryError(f"--format {format} writes one file, not a folder")
    data = export_data(db)
    about: dict[str, object] = {
        "format": exporter.name, "exporter": exporter.id, "pack": data.pack,
        "documents": len(data.documents), "happenings": len(data.happenings),
    }  # fmt: skip
    return write_folder(Path(output), lambda folder: exporter.write(data, folder), about)
