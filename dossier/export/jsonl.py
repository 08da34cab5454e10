"""``jsonl``: the extraction contract, one document per line, as the store keeps it.

Each line is the ``dossier.extraction/2`` document that ``dossier extract`` prints (a
document stored under version 1 is upgraded), with one key beside the contract's own:
``review``, what the store knows about it since extraction::

    "review": {"document": {"status", "reviews", "copy_group"},
               "events": {"<event id>": {"happening", "status", "fields", "reviews"}}}

``status`` is accepted, rejected, edited or unreviewed for an event (a report: its own
review, else its happening's), reviewed or unreviewed for a document (merged or split as a
copy, or annotated); ``fields`` names what an analyst edited. The contract's schema allows
keys beside its own, so every line still validates, and :func:`dossier.contract.from_contract`
reads it back unchanged. The events keep the machine's values: the analysts' values are in
the other formats and in the review log.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from dossier.export.base import LineExporter
from dossier.export.records import ExportData, ReviewState


def lines(data: ExportData) -> Iterator[str]:
    events: dict[str, dict[str, Any]] = defaultdict(dict)
    for r in data.reports:
        events[r.document_id][r.event_id] = {"happening": r.happening_id, **_state(r.review)}
    documents = {d.id: d for d in data.documents}
    for contract in data.contracts:
        record = json.loads(contract)
        doc_id = record["document"]["id"]
        doc = documents.get(doc_id)
        record["review"] = {
            "document": {
                "status": doc.review.status if doc else "unreviewed",
                "reviews": doc.review.reviews if doc else 0,
                "copy_group": doc.copy_group if doc else None,
            },
            "events": events.get(doc_id, {}),
        }
        yield json.dumps(record, ensure_ascii=False)


def _state(review: ReviewState) -> dict[str, Any]:
    return {"status": review.status, "fields": list(review.fields), "reviews": review.reviews}


EXPORTER = LineExporter(
    "jsonl", 2, "the extraction contract, one document per line, with its reviews", lines
)
