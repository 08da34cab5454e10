"""``ftm``: FollowTheMoney entities as JSON lines, for Aleph and the OpenSanctions tools.

What each record becomes (schemata of followthemoney 4):

- a document: an ``Article`` (title, publisher, author, publishedAt, sourceUrl, language,
  bodyText); a copy in a copy group: an ``UnknownLink`` "copy of" to its original;
- an entity: ``Person``; ``Organization`` (ORG and OUTLET); ``LegalEntity`` (GROUP: a
  nationality or community, which FtM has no schema for); ``Address`` (PLACE, with latitude,
  longitude and country);
- an entity named in a document: a ``Mention`` (name, resolved, detectedSchema) for a
  person or organisation, and a ``Documentation`` from the Article to the entity whose
  description lists every span that names it (FtM's Mention has no place for offsets, and
  resolves only legal entities, not places);
- a happening: an ``Event`` (name, summary, date or startDate/endDate for a season, quarter or
  week, involved, addressEntity, location, country, proof, sourceUrl, publisher);
- a report of a happening: a ``Documentation`` from the Article to the Event, role "report",
  with the quoted evidence as summary, its offsets in description and its review status;
- a citation: an ``UnknownLink`` from the Article to the source it cites (an entity of the
  base, else a ``LegalEntity`` made for the source), role "cites (kind)", dated.

Ids are stable: ``dossier-<kind>-`` and the SHA-1 of what the record is (a document id, a
canonical entity id, a happening id, a report key), so an export loaded twice updates the
same entities. A happening's id follows its smallest report key and changes when an earlier
report joins it. FtM text values hold at most 65,000 characters: a longer article's bodyText
is cut there (its offsets still index it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from dossier.export.base import LineExporter
from dossier.export.records import (
    CitationRecord,
    DocumentRecord,
    EntityRecord,
    Evidence,
    ExportData,
    HappeningRecord,
    ReportRecord,
)
from dossier.store.queries import lookup_key
from dossier.timex import extent, precision

SCHEMATA = {
    "PERSON": "Person",
    "ORG": "Organization",
    "OUTLET": "Organization",
    "GROUP": "LegalEntity",
    "PLACE": "Address",
}
_LEGAL = frozenset({"Person", "Organization", "LegalEntity"})
_PREFIX_DATES = {"day": 10, "month": 7, "year": 4}  # TIMEX3 grains FtM dates keep as they are


def lines(data: ExportData) -> Iterator[str]:
    from followthemoney import model  # imported here: the other formats do not need it

    builder = _Builder(model, data)
    for proxy in builder.all():
        yield json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True)


def ftm_id(kind: str, key: str) -> str:
    from followthemoney.util import make_entity_id

    return f"dossier-{kind}-{make_entity_id(key)}"


def dates(value: str | None) -> dict[str, str]:
    """FtM date properties for a TIMEX3 value: ``date`` keeps a day, month or year as it is;
    a season, quarter, half-year, week or decade becomes its first and last day."""
    grain, span = precision(value), extent(value)
    if not value or not grain or span is None:
        return {}  # also a value the calendar cannot place ("XXXX-08-30")
    if grain in _PREFIX_DATES:
        return {"date": value[: _PREFIX_DATES[grain]]}
    out = {"startDate": span[0].isoformat(), "endDate": span[1].isoformat()}
    if span[0].year == span[1].year:
        out["date"] = str(span[0].year)
    return out


def spans_note(spans: Iterable[Evidence]) -> str:
    """Offsets and words, one span after another: "document d1: 10-32 «Askar ...»; ..."."""
    spans = list(spans)
    if not spans:
        return ""
    parts = [f"{s.start}-{s.end} «{' '.join(s.text.split())}»" for s in spans]
    return f"document {spans[0].document_id}: " + "; ".join(parts)


class _Builder:
    def __init__(self, model: Any, data: ExportData) -> None:
        self.model, self.data = model, data
        self.entities = {e.id: e for e in data.entities}
        self.schema_of = {e.id: SCHEMATA.get(e.type, "LegalEntity") for e in data.entities}
        self.by_name: dict[str, str] = {}
        for e in sorted(data.entities, key=lambda e: len(e.documents)):  # most documents last
            for name in (e.name, *e.aliases):
                self.by_name[lookup_key(name)] = e.id
        self.urls = {d.id: d.url or (d.urls[0] if d.urls else None) for d in data.documents}
        self.sources: dict[str, Any] = {}  # sources that are no entity of the base
        self.documents_of: dict[str, list[str]] = {}  # happening -> its reports' documents
        for r in data.reports:
            if r.happening_id:
                self.documents_of.setdefault(r.happening_id, []).append(r.document_id)

    def make(self, schema: str, kind: str, key: str, **props: Any) -> Any:
        proxy = self.model.make_entity(schema)
        proxy.id = ftm_id(kind, key)
        for prop, value in props.items():
            put(proxy, prop, value)
        return proxy

    def all(self) -> Iterator[Any]:
        for d in self.data.documents:
            yield self.article(d)
        for e in self.data.entities:
            yield self.entity(e)
        for h in self.data.happenings:
            yield self.event(h)
        yield from self.copies()
        for e in self.data.entities:
            yield from self.mentions(e)
        for r in self.data.reports:
            if r.happening_id:
                yield self.report(r)
        for c in self.data.citations:
            yield from self.citation(c)

    def article(self, d: DocumentRecord) -> Any:
        return self.make(
            "Article", "document", d.id, title=d.title, publisher=d.publisher, author=d.author,
            publishedAt=dates(d.published).get("date"),
            sourceUrl=[u for u in (d.url, *d.urls) if u and u.startswith(("http:", "https:"))],
            language=d.language, bodyText=d.text,
            description=f"Dossier document {d.id}; published {d.published or 'unknown'}"
            f" ({d.published_basis or 'no basis'}); review: {d.review.status}",
        )  # fmt: skip

    def entity(self, e: EntityRecord) -> Any:
        schema = self.schema_of[e.id]
        props: dict[str, Any] = {"name": e.name, "alias": list(e.aliases)}
        if schema == "Address":
            props.update(full=e.name, latitude=e.lat, longitude=e.lon, country=e.country)
        props["description"] = (
            f"{e.type} in Dossier ({e.id}), named in {len(e.documents)} document(s); "
            f"review: {e.review.status}"
        )
        return self.make(schema, "entity", e.id, **props)

    def event(self, h: HappeningRecord) -> Any:
        docs = list(dict.fromkeys(self.documents_of.get(h.id, [])))
        parties = [p.entity_id for p in (*h.actors, *h.targets) if p.entity_id]
        place_entity = self.entities.get(h.place.entity_id or "") if h.place else None
        if place_entity is not None and place_entity.type != "PLACE":
            place_entity = None  # an analyst's place that names a person or an organisation
        return self.make(
            "Event", "happening", h.id, name=f"{h.type}: {h.summary}", summary=h.summary,
            **dates(h.when),
            involved=[ftm_id("entity", p) for p in parties if self.schema_of.get(p) in _LEGAL],
            addressEntity=ftm_id("entity", place_entity.id) if place_entity else None,
            location=h.place.name if h.place else None,
            country=place_entity.country if place_entity else None,
            proof=[ftm_id("document", d) for d in docs],
            sourceUrl=[u for d in docs if (u := self.urls.get(d))],
            publisher=list(h.sources), keywords=[h.type, h.modality],
            description=f"Dossier happening {h.id}: {h.type}, {h.modality}; placed at "
            f"{h.when or 'no date'} ({h.precision or '-'}, {h.basis or '-'}); {len(h.reports)} "
            f"report(s), {len(h.sources)} independent source(s); conflicts: "
            f"{', '.join(c.field for c in h.conflicts) or 'none'}; review: {h.review.status}"
            + (f" (edited: {', '.join(h.review.fields)})" if h.review.fields else ""),
        )  # fmt: skip

    def copies(self) -> Iterator[Any]:
        for group in self.data.copy_groups:
            for doc in group.documents:
                if doc != group.original:
                    yield self.make(
                        "UnknownLink", "copy", f"{doc}>{group.original}",
                        subject=ftm_id("document", doc), object=ftm_id("document", group.original),
                        role="copy of", description=f"copy group {group.id}",
                        status=group.review.status,
                    )  # fmt: skip

    def mentions(self, e: EntityRecord) -> Iterator[Any]:
        schema = self.schema_of[e.id]
        for m in e.mentions:
            key = f"{m.document_id}/{m.local_id}"
            if schema in _LEGAL:
                yield self.make(
                    "Mention", "mention", key, document=ftm_id("document", m.document_id),
                    resolved=ftm_id("entity", e.id), name=m.name, detectedSchema=schema,
                )  # fmt: skip
            yield self.make(
                "Documentation", "named", key, document=ftm_id("document", m.document_id),
                entity=ftm_id("entity", e.id), role="named in",
                summary=m.spans[0].text if m.spans else m.name,
                description=spans_note(m.spans), status=e.review.status,
            )  # fmt: skip

    def report(self, r: ReportRecord) -> Any:
        note = f"evidence {spans_note([r.evidence])}; mentions: {spans_note(r.mentions)}"
        if r.sources:
            note += f"; attributed to {', '.join(r.sources)}"
        return self.make(
            "Documentation", "report", r.key, document=ftm_id("document", r.document_id),
            entity=ftm_id("happening", r.happening_id or ""), role=f"report ({r.modality})",
            date=dates(r.reported or r.placement).get("date"), summary=r.evidence.text,
            description=note, status=r.review.status,
        )  # fmt: skip

    def citation(self, c: CitationRecord) -> Iterator[Any]:
        target = self.by_name.get(lookup_key(c.source))
        if target is not None:
            source_id = ftm_id("entity", target)
        else:
            key = c.source_entity or lookup_key(c.source)
            source_id = ftm_id("source", key)
            if key not in self.sources:
                self.sources[key] = self.make(
                    "LegalEntity", "source", key, name=c.source,
                    description="a source that articles cite",
                )  # fmt: skip
                yield self.sources[key]
        yield self.make(
            "UnknownLink", "citation", f"{c.document_id}/{c.id}",
            subject=ftm_id("document", c.document_id), object=source_id,
            role=f"cites ({c.kind})", date=dates(c.date).get("date"), summary=c.evidence.text,
            description=f"citation {spans_note([c.evidence])}; supports: "
            f"{spans_note(c.supports) or 'none'}",
        )  # fmt: skip


def put(proxy: Any, prop: str, value: Any) -> None:
    """Add a value (or values), cut to the property's maximum length; None adds nothing."""
    values = value if isinstance(value, list) else [value]
    limit = proxy.schema.get(prop).max_length
    for one in values:
        if one is None or one == "":
            continue
        text = one if isinstance(one, str) else str(one)
        proxy.add(prop, text[:limit] if limit else text)


EXPORTER = LineExporter("ftm", 1, "FollowTheMoney entities as JSON lines", lines)
