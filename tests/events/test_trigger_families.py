"""How outlets name court rulings, prosecutions and coercion, through the real pipeline
(spaCy / Natasha): invented sentences, one per way of saying it.

Each must give an event of the named type: a headline verb for a ruling ("throws out"), a
ruling whose object is elided ("an appeals court upheld"), a case registered or filed, a
sentence given or received ("a suspended sentence", "получил условный срок"), Russian
coercion told in the imperfective, as a practice ("заманивали", "вынуждали"), people taken
to a police station ("доставили в отдел полиции"), and pressure to sign.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"

# (language, text, event type)
CASES: list[tuple[str, str, str]] = [
    ("en", "Kyrgyz Supreme Court throws out verdict against volunteer", "court_ruling"),
    ("en", "The conviction, which an appeals court upheld in July, was his second.",
     "court_ruling"),
    ("en", "Police in Hyderabad registered a case against three recruitment agents.",
     "prosecution"),
    ("en", "A case was filed against the travel agency on Monday.", "prosecution"),
    ("en", "A court in Samarkand gave the 30-year-old a three-year suspended sentence.",
     "prosecution"),
    ("ru", "Уроженец Ферганы получил условный срок за участие в боевых действиях.",
     "prosecution"),
    ("ru", "Вербовщики заманивали мигрантов обещаниями высоких зарплат.", "coercion"),
    ("ru", "Задержанных вынуждали подписывать контракт с Минобороны.", "coercion"),
    ("en", "About 40 worshippers were taken to a police station after Friday prayers.",
     "detention"),
    ("ru", "Около 40 мигрантов доставили в отдел полиции после проверки документов.",
     "detention"),
    ("en", "At the station officers pressed him to sign a contract with the army.", "coercion"),
]  # fmt: skip


@pytest.fixture(scope="module")
def types() -> list[set[str]]:
    from events_pipeline import run_many

    results = run_many([(text, language, PUBLISHED) for language, text, _ in CASES])
    return [{e.type for e in r.events} for r in results]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("n", "case"), list(enumerate(CASES)), ids=[f"{c[2]}-{c[0]}-{n}" for n, c in enumerate(CASES)]
)
def test_the_way_outlets_say_it_is_an_event(
    types: list[set[str]], n: int, case: tuple[str, str, str]
) -> None:
    assert case[2] in types[n], types[n]
