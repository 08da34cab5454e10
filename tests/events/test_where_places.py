"""Where a happening happened: a relative clause opened by "where" ("где", "куда") happens at
the place the clause hangs on ("sent the men to Russia, where they were forced to fight"); a
happening named by another verb's object happens where its own phrase says ("the embassy in
Moscow confirmed the death of ..."). Through the real pipeline (spaCy / Natasha), on invented
sentences."""

from __future__ import annotations

import pytest

# (language, text, event type, its place)
CASES: list[tuple[str, str, str, str | None]] = [
    ("en", "The agents sent the men to Russia, where they were forced to fight against "
     "Ukraine.", "coercion", "Russia"),
    ("ru", "Агенты отправляли индийцев в Россию, где их заставляли воевать против Украины.",
     "coercion", "Russia"),
    # the parser hangs this "где" clause on "людьми", not on "Россию"
    ("ru", "Бюро раскрыло сеть торговцев людьми, которые отправляли индийцев в Россию, где их "
     "заставляли воевать.", "coercion", "Russia"),
    ("en", "They flew to Moscow, where police detained them at the airport.", "detention",
     "Moscow"),
    # the clause's own place still wins, and a "who" relative clause gives none
    ("en", "They flew to Moscow, where police later detained them in Kursk.", "detention",
     "Kursk"),
    ("en", "Police in the capital detained two men who had travelled to Tver.", "detention",
     None),
    # a happening named by the object of another verb happened where its own phrase says,
    # not where the one who confirms it stands
    ("ru", "В среду посольство Индии в Москве подтвердило гибель 30-летнего жителя "
     "Хайдарабада.", "casualty", None),
    ("en", "The Indian embassy in Moscow confirmed the death of a man from Hyderabad.",
     "casualty", None),
    ("en", "Police in Moscow raided a hostel.", "coercion", "Moscow"),
]  # fmt: skip


@pytest.fixture(scope="module")
def results() -> list[dict[str, str | None]]:
    from events_pipeline import run_many

    out = []
    for r in run_many([(text, language, "2024-03-08") for language, text, _, _ in CASES]):
        names = {e.id: e.name for e in r.entities}
        out.append({e.type: names.get(e.place or "") for e in r.events})
    return out


@pytest.mark.slow
@pytest.mark.parametrize(("n", "case"), list(enumerate(CASES)))
def test_a_where_clause_happens_at_its_place(
    results: list[dict[str, str | None]], n: int, case: tuple[str, str, str, str | None]
) -> None:
    assert case[2] in results[n], results[n]
    assert results[n][case[2]] == case[3]
