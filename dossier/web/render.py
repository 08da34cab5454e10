"""What the templates need beyond the records: untrusted text made inert, the document's
spans as marked-up text, and dates drawn as the extents they really cover.

Templates autoescape everything. The only HTML built in Python is :func:`highlight`'s, where
every piece of the article is passed through :func:`markupsafe.escape` before it is wrapped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

from dossier.cli.safe import clean
from dossier.models import Extraction
from dossier.timex import extent

# Controls and the bidirectional overrides and isolates that reorder what is displayed; an
# article's line breaks survive (the page shows them), its escape sequences do not.
_HIDDEN = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def inert(value: object) -> str:
    """One line of untrusted text, as the terminal rule has it (:func:`dossier.cli.safe.clean`)."""
    return "" if value is None else clean(value)


def body(text: str) -> str:
    """Article text with its line breaks, without controls or reordering marks."""
    return _HIDDEN.sub("", text)


def href(url: object) -> str | None:
    """A link target only for web addresses: ``javascript:`` and the like are shown as text."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not _HIDDEN.search(url):
        return url.strip()
    return None


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted record shown beside the text; ``anchor`` is its id on the page."""

    anchor: str
    kind: str  # entity, date, quantity, citation, event
    label: str
    details: tuple[tuple[str, str], ...]
    link: str | None = None  # a page about it (an entity's case file, a happening)


_ORDER = {"event": 0, "citation": 1, "entity": 2, "date": 3, "quantity": 4}


def facts_and_spans(
    x: Extraction, happenings: dict[str, str], statuses: dict[str, str]
) -> tuple[list[Fact], list[tuple[int, int, str, str]]]:
    """Every fact of a document, and its spans as (start, end, kind, anchor)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int, str, str]] = []
    for e in x.entities:
        anchor = f"f-ent-{e.id}"
        geo = f"{e.geo.lat:.3f}, {e.geo.lon:.3f} {e.geo.country or ''}" if e.geo else ""
        facts.append(
            Fact(anchor, "entity", e.name, (("type", e.type), ("aliases", ", ".join(e.aliases)),
                 ("coordinates", geo)), f"/entities/{quote(e.name, safe='')}")
        )  # fmt: skip
        spans += [(s, t, "entity", anchor) for s, t in e.mentions]
    for i, t in enumerate(x.timexes):
        anchor = f"f-date-{i}"
        facts.append(Fact(anchor, "date", t.text, (("value", t.value), ("type", t.type))))
        spans.append((t.start, t.end, "date", anchor))
    for i, q in enumerate(x.quantities):
        anchor = f"f-qty-{i}"
        value = "" if q.value is None else f"{q.value:g}"
        if q.value_max is not None:
            value += f"–{q.value_max:g}"
        facts.append(
            Fact(anchor, "quantity", q.text, (("value", value), ("unit", q.unit or ""),
                 ("per", q.per or ""), ("qualifier", q.approx or ""), ("of", q.counted or "")))
        )  # fmt: skip
        spans.append((q.start, q.end, "quantity", anchor))
    for c in x.citations:
        anchor = f"f-cite-{c.id}"
        facts.append(
            Fact(anchor, "citation", c.source, (("kind", c.kind), ("date", c.date or ""),
                 ("outlet", c.source_entity or "")))
        )  # fmt: skip
        spans.append((c.start, c.end, "citation", anchor))
    for v in x.events:
        anchor = f"f-event-{v.id}"
        hid = happenings.get(v.id)
        placed = f"{v.placement.value} ({v.placement.basis})" if v.placement else ""
        facts.append(
            Fact(anchor, "event", f"{v.type}: {v.summary or ''}".strip(": "),
                 (("date", v.date or ""), ("reported", v.reported or ""), ("placed", placed),
                  ("modality", v.modality), ("confidence", f"{v.confidence:.2f}"),
                  ("review", statuses.get(v.id, ""))),
                 f"/happenings/{hid}" if hid else None)
        )  # fmt: skip
        spans += [(s, t, "event", anchor) for s, t in (v.mentions or [v.evidence])]
    return facts, spans


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """The text with every span marked by kind; each piece links to its most specific fact.

    The text is cut at every span boundary; a piece covered by spans becomes one link whose
    classes name every kind that covers it and whose target is the shortest span's fact, so
    overlapping spans never nest links.
    """
    n = len(text)
    cuts = sorted({0, n, *(max(0, min(n, p)) for s, t, _, _ in spans for p in (s, t))})
    ordered = sorted((s, t, k, a) for s, t, k, a in spans if 0 <= s < t <= n)
    out: list[str] = []
    active: list[tuple[int, int, str, str]] = []
    i = 0
    for left, right in itertools.pairwise(cuts):
        while i < len(ordered) and ordered[i][0] <= left:
            active.append(ordered[i])
            i += 1
        active = [s for s in active if s[1] > left]
        piece = escape(body(text[left:right]))
        if not active:
            out.append(str(piece))
            continue
        kinds = sorted({s[2] for s in active}, key=_ORDER.__getitem__)
        best = min(active, key=lambda s: (s[1] - s[0], -_ORDER[s[2]]))
        classes = " ".join(f"k-{k}" for k in kinds)
        out.append(f'<a class="hl {classes}" href="#{escape(best[3])}">{piece}</a>')
    return Markup("".join(out))


def evidence_in_context(before: str, evidence: str, after: str) -> Markup:
    return Markup('{}<mark class="evidence">{}</mark>{}').format(
        body(before), body(evidence), body(after)
    )


@dataclass(frozen=True, slots=True)
class Axis:
    """A time axis over the rows of a page, in percent of its width (SVG lengths in %)."""

    start: date
    end: date
    ticks: tuple[tuple[float, str], ...]

    def bar(self, value: str | None) -> tuple[float, float] | None:
        """(x, width) of a value's whole extent: a day is a sliver, a year a long bar."""
        span = extent(value)
        if span is None:
            return None
        total = max((self.end - self.start).days + 1, 1)
        x = (span[0] - self.start).days / total * 100
        width = ((span[1] - span[0]).days + 1) / total * 100
        # A day on a ten-year axis is far below a pixel: drawn as a sliver, never as nothing.
        return round(x, 3), round(max(width, 0.3), 3)


def axis(values: list[str | None]) -> Axis | None:
    spans = [s for s in (extent(v) for v in values) if s is not None]
    if not spans:
        return None
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans)
    start, end = date(first.year, 1, 1), date(last.year, 12, 31)
    total = (end - start).days + 1
    ticks: list[tuple[float, str]] = []
    if last.year - first.year >= 2:
        step = max(1, (last.year - first.year + 1) // 10)
        for year in range(first.year, last.year + 1, step):
            ticks.append(((date(year, 1, 1) - start).days / total * 100, str(year)))
    else:
        for year in range(first.year, last.year + 1):
            for month in (1, 4, 7, 10):
                label = str(year) if month == 1 else f"{year}-{month:02d}"
                ticks.append(((date(year, month, 1) - start).days / total * 100, label))
    return Axis(start, end, tuple((round(x, 2), t) for x, t in ticks))


def value(v: Any) -> str:
    """A reviewed value in words: a date with its precision, names joined, nothing as a dash."""
    if v is None or v == [] or v == "":
        return "—"
    if isinstance(v, dict) and "value" in v:
        return inert(f"{v['value']} ({v.get('precision', '')})")
    if isinstance(v, dict):
        return inert(", ".join(f"{k}: {x}" for k, x in v.items()))
    if isinstance(v, list):
        return inert(", ".join(str(x) for x in v))
    return inert(v)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def cyrillic(name: object) -> bool:
    """A name written in Cyrillic (the case file shows each script apart)."""
    return bool(_CYRILLIC.search(str(name)))


def filters() -> dict[str, Any]:
    return {"inert": inert, "href": href, "body": body, "value": value}
