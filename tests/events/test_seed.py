"""The seed article yields the 15 events of BRIEF.md's acceptance table."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_27fdb9fe6705f161.txt"

# (type, happened, reported, cited source, words of the sentence that says so); None = "—".
TABLE = [
    (
        "recruitment",
        "2022-02-24",
        "2022-02-24",
        "T.me/fargonalilar",
        "had signed military contracts",
    ),
    ("coercion", None, "2022-04-04", "Cabar.asia", "passport were summoned"),
    ("recruitment", "2022-06", None, None, "he signed a contract"),
    ("recruitment", "2022-07", "2022-11-08", "EDM", "posted job announcements"),
    ("casualty", "2022-FA", None, None, "were now dying in Ukraine"),
    ("legislation", "2022-09", "2022-09-20", "RBC", "passed a bill"),
    ("recruitment", None, "2022-10-15", "Gazeta.uz", "opened a recruitment center"),
    ("detention", "2023-01", None, None, "was detained by"),
    ("prosecution", "2023-05", None, None, "was found guilty"),
    ("casualty", "2023-06", "2023-06-15", "Asiaplus.tj", "had died in Ukraine"),
    ("statement", None, "2023-07-19", "RT", "requested that the Kremlin"),
    ("statement", "2023-08-01", "2023-08-01", "Kaktus Media", "promised to facilitate"),
    ("court_ruling", "2023-08-30", "2023-08-30", "Kloop.kg", "canceled the previous verdict"),
    ("deployment", "2023-09", "2023-09-04", "Radio Ozodi", "sent off to the frontlines"),
    ("coercion", "2023-09", "2023-09-11", "Current Time TV", "conducting raids in mosques"),
]


@pytest.fixture(scope="module")
def seed() -> object:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    from events_pipeline import missing_stages, run_many

    missing = missing_stages()
    if any(stage.startswith(("dossier.temporal", "dossier.cite")) for stage in missing):
        pytest.skip(f"needs the temporal and cite stages; missing: {', '.join(missing)}")
    return run_many([(SEED.read_text(encoding="utf-8"), "en", None)])[0]


@pytest.mark.slow
@pytest.mark.parametrize(("type_", "happened", "reported", "source", "words"), TABLE)
def test_seed_row(
    seed: object,
    type_: str,
    happened: str | None,
    reported: str | None,
    source: str | None,
    words: str,
) -> None:
    text = seed.article.text  # type: ignore[attr-defined]
    at = text.index(words)
    events = [
        e
        for e in seed.events  # type: ignore[attr-defined]
        if e.type == type_ and e.evidence[0] <= at < e.evidence[1]
    ]
    assert events, f"no {type_} event in the sentence with {words!r}"
    event = events[0]
    assert text[event.evidence[0] : event.evidence[1]].find(words) >= 0
    assert event.modality == "asserted"
    assert event.date == happened
    if reported is not None:
        assert event.reported == reported
        sources = {c.id: c.source for c in seed.citations}  # type: ignore[attr-defined]
        assert source in {sources[c] for c in event.citations}


@pytest.mark.slow
def test_seed_events_are_numbered_in_text_order(seed: object) -> None:
    events = seed.events  # type: ignore[attr-defined]
    assert [e.id for e in events] == [f"v{n}" for n in range(1, len(events) + 1)]
    assert [e.evidence[0] for e in events] == sorted(e.evidence[0] for e in events)
