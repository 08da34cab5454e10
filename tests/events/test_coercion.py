"""Coercion phrasings through the real pipeline (spaCy / Natasha): invented sentences."""

from __future__ import annotations

import pytest

SENTENCES: list[tuple[str, str, list[str]]] = [
    ("en", "The workers were taken to a military registration office.", ["coercion"]),
    ("en", "Officers detained 40 men during a raid on a building site.", ["detention", "coercion"]),
    ("en", "He said he signed the contract under duress.", ["coercion"]),
    ("en", "Some said their employers withheld their passports.", ["coercion"]),
    ("en", "The company was under pressure from investors to cut costs.", []),
    ("en", "Prices rose during the war.", []),
    ("ru", "После проверки документов мигрантов доставили в военкомат.", ["coercion"]),
    ("ru", "В ходе облавы на стройке задержали 20 человек.", ["coercion", "detention"]),
    ("ru", "Мужчина подписал контракт под давлением полицейских.", ["coercion"]),
    ("ru", "Мигрантам пригрозили депортацией, если они не подпишут контракт.", ["coercion"]),
    ("ru", "Ему предложили подписать контракт, чтобы избежать депортации.", ["coercion"]),
    ("ru", "Во время войны цены выросли.", []),
]  # fmt: skip


@pytest.mark.slow
def test_coercion_phrasings_through_the_pipeline() -> None:
    from events_pipeline import run_many

    results = run_many([(text, language, "2024-05-01") for language, text, _ in SENTENCES])
    got = [[e.type for e in r.events] for r in results]
    assert got == [expected for _, _, expected in SENTENCES]
    modalities = {e.modality for r in results for e in r.events}
    assert modalities == {"asserted"}
