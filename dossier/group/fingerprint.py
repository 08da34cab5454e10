"""Fingerprints of documents for copy grouping: computed once per document, stored as JSON.

What a fingerprint holds and why is described in :mod:`dossier.group.copies`, which compares
them; this module only reads them off the pipeline's records.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dossier.group import minhash
from dossier.models import Entity, Extraction
from dossier.resolve.names import analyze, name_key

PARAGRAPH_WORDS = 8  # shorter lines are headlines, bylines and furniture, not paragraphs
_WORD = re.compile(r"\w+")
_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What grouping needs of one document (see :mod:`dossier.group.copies`)."""

    document_id: str
    language: str
    published: str | None
    title: str | None
    url: str | None
    words: int
    paragraphs: int
    shingles: int  # distinct word 3-shingles
    minhash: bytes  # MinHash of the word 3-shingles
    bag: bytes  # MinHash of the word stems
    facts: tuple[str, ...]  # "kind:value" in text order
    quotes: tuple[int, ...]  # word count of each quotation, in text order

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "language": self.language,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "words": self.words,
            "paragraphs": self.paragraphs,
            "shingles": self.shingles,
            "minhash": minhash.to_list(self.minhash),
            "bag": minhash.to_list(self.bag),
            "facts": list(self.facts),
            "quotes": list(self.quotes),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(
            document_id=str(data["document_id"]),
            language=str(data["language"]),
            published=data.get("published"),
            title=data.get("title"),
            url=data.get("url"),
            words=int(data["words"]),
            paragraphs=int(data["paragraphs"]),
            shingles=int(data["shingles"]),
            minhash=minhash.from_list(data["minhash"]),
            bag=minhash.from_list(data["bag"]),
            facts=tuple(sys.intern(str(f)) for f in data["facts"]),
            quotes=tuple(int(q) for q in data["quotes"]),
        )


def fingerprint(extraction: Extraction) -> Fingerprint:
    """The fingerprint of one document from the pipeline's records."""
    doc = extraction.document
    text = doc.text
    words = _WORD.findall(text.lower())
    shingles = {minhash.hash64(" ".join(words[i : i + 3])) for i in range(max(len(words) - 2, 1))}
    stems = {minhash.hash64(w[:5]) for w in words if len(w) >= 4 and not w.isdigit()}
    quotes = tuple(
        len(_WORD.findall(text[c.start : c.end]))
        for c in sorted(extraction.citations, key=lambda c: c.start)
        if c.kind == "quote"
    )
    return Fingerprint(
        document_id=doc.id,
        language=doc.language or "und",
        published=doc.published,
        title=doc.title,
        url=doc.url,
        words=len(words),
        paragraphs=sum(len(_WORD.findall(line)) >= PARAGRAPH_WORDS for line in text.splitlines()),
        shingles=len(shingles) if words else 0,
        minhash=minhash.signature(shingles if words else ()),
        bag=minhash.signature(stems),
        facts=tuple(sys.intern(token) for _, token in sorted(_facts(extraction))),
        quotes=quotes,
    )


def _facts(extraction: Extraction) -> Iterable[tuple[int, str]]:
    dates = [(t.start, t.end) for t in extraction.timexes if t.type == "DATE"]
    for q in extraction.quantities:
        if any(s < q.end and q.start < e for s, e in dates):
            continue  # "30 августа" read as a number too: the date says it
        for value in (q.value, q.value_max):
            if value is not None:
                yield q.start, f"n:{_number(value)}"
    for t in extraction.timexes:
        if t.type != "DATE" or (t.anchored and not _DIGIT.search(t.text)):
            # "Monday", "yesterday", "в пятницу": the day comes from each copy's own date, and
            # a copy published a day later reads it as another day. "May 17" keeps its day.
            continue
        if token := _date_token(t.value):
            yield t.start, token
    for entity in extraction.entities:
        if entity.mentions and (token := _entity_token(entity)):
            yield min(start for start, _ in entity.mentions), token


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.6g}"


def _date_token(value: str) -> str | None:
    if day := _DAY.match(value):
        return f"d:{day.group(1)}-{day.group(2)}"
    if month := _MONTH.match(value):
        return f"m:{month.group(1)}"
    return f"y:{value}" if _YEAR.match(value) else None


def _entity_token(entity: Entity) -> str | None:
    if entity.type == "PERSON":
        words = analyze(entity.name, "PERSON").words
        return f"p:{max(words, key=lambda w: (len(w), w))}" if words else None
    if entity.type == "PLACE":
        if entity.geo is not None:
            return f"g:{entity.geo.lat:.1f},{entity.geo.lon:.1f}"
        key = name_key(entity.name, "PLACE")
        return f"l:{key}" if key else None
    if entity.type in ("ORG", "OUTLET"):
        key = name_key(entity.name, entity.type)
        return f"{'o' if entity.type == 'OUTLET' else 'r'}:{key}" if key else None
    return None  # GROUP: nationalities ("Kyrgyz", "Central Asian") say nothing of the report
