"""The seed article: every parenthetical citation with its source and date, and the key
quantities, through the real temporal stage (anchor 2023-09)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.cite import OutletRegistry, find_citations
from dossier.measure import find_quantities

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_27fdb9fe6705f161.txt"

EXPECTED = [
    ("Kloop.kg", "2023-08-30", "outlet:kloop"),
    ("RT", "2023-07-19", "outlet:rt"),
    ("Kaktus Media", "2023-08-01", "outlet:kaktus"),
    ("Wion", "2023-09-04", "outlet:wion"),
    ("Vedomosti", "2022-07-01", "outlet:vedomosti"),
    ("T.me/fargonalilar", "2022-02-24", None),
    ("Cabar.asia", "2022-04-04", "outlet:cabar"),
    ("EDM", "2022-11-08", "outlet:edm"),
    ("Asiaplus.tj", "2023-06-15", "outlet:asiaplus"),
    ("RBC", "2022-09-20", "outlet:rbc"),
    ("Gazeta.uz", "2022-10-15", "outlet:gazetauz"),
    ("EDM", "2022-11-08", "outlet:edm"),
    ("Radio Ozodi", "2023-09-04", "outlet:ozodi"),
    ("Current Time TV", "2023-09-11", "outlet:currenttime"),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


@pytest.mark.slow
def test_seed_parenthetical_citations(seed_text: str, registry: OutletRegistry) -> None:
    temporal = pytest.importorskip("dossier.temporal")
    timexes = temporal.tag(seed_text, "en", "2023-09")
    cites = find_citations(seed_text, "en", timexes, [], registry)
    bracketed = [c for c in cites if c.kind in ("parenthetical", "see_also")]
    assert [(c.source, c.date, c.source_entity) for c in bracketed] == EXPECTED
    assert len({c.source for c in bracketed}) == 13
    assert [c.kind for c in bracketed].count("see_also") == 2
    quote = next(c for c in cites if c.kind == "quote")
    assert quote.source == "Kirill Kabanov"
    assert "all possible pressure mechanisms" in seed_text[quote.start : quote.end]


def test_seed_quantities(seed_text: str) -> None:
    found = {(q.value, q.unit, q.per, q.approx) for q in find_quantities(seed_text, "en")}
    assert (83, "percent", None, None) in found
    assert any(v == 3_350_000 for v, *_ in found)
    assert (3100, "USD", "month", None) in found
    assert (93, None, None, "at_least") in found
    assert (10, "year", None, None) in found
    assert not any(v in (2014, 2022, 2023, 2024, 30) for v, *_ in found)
