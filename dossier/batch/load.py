"""Loading batch output into a store: every document written, its origins recorded, one link.

Documents are written part by part in the order the parts were written, and within a part in
the order of their inputs; each is rebuilt from its contract JSON, so the store holds what
`dossier ingest` of the same inputs would. Linking runs once at the end. Loading is
idempotent: a document already in the store is not written again, an origin already recorded
is not added twice, and a base already linked is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dossier.acquire import InputFailure
from dossier.batch.output import Output
from dossier.batch.records import rebuild
from dossier.store import open_store

_DOCUMENT_COLUMNS = ["id", "input", "item", "origin", "contract"]


@dataclass(slots=True)
class LoadReport:
    documents: int = 0  # documents in the output
    stored: int = 0  # written into the store by this load
    already: int = 0  # in the store before
    origins: int = 0  # origins read (each document's own and its copies')
    failures: list[InputFailure] = field(default_factory=list)  # documents that could not be stored


def load_output(out: str | Path, db: str | Path | None = None) -> LoadReport:
    output = Output(out, create=False)
    report = LoadReport()
    with open_store(db) as store:
        for path in output.paths("documents"):
            rows = Output.read_file(path, "documents", _DOCUMENT_COLUMNS)
            for row in sorted(rows, key=lambda r: (r["input"], r["item"])):
                report.documents += 1
                if store.has_document(row["id"]):
                    report.already += 1
                    continue
                try:
                    store.write(rebuild(row["contract"]), row["origin"])
                except Exception as exc:  # a store error costs this document alone
                    reason = f"could not be stored: {type(exc).__name__}: {exc}".splitlines()[0]
                    report.failures.append(InputFailure(row["origin"], reason))
                    continue
                report.stored += 1
        for path in output.paths("origins"):
            for row in Output.read_file(path, "origins"):
                report.origins += 1
                if store.has_document(row["document_id"]):
                    store.add_origin(row["document_id"], row["origin"], row["url"])
        store.ensure_linked()
    return report
