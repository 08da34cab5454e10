"""Round 12's happenings families (happenings dev6), each test written from the family's
description before its rule, through the real pipeline on invented sentences."""

from __future__ import annotations

import pytest

# Pack 9: a civil claim decided and an appeal turned down by their verbs; a term set without
# "sentenced" ("назначил ему пять лет"), a life term, an indictment sent to court; a contract
# instead of expulsion and a threat to annul a permit as coercion.
PACK9: list[tuple[str, str, str]] = [
    ("en", "A district court in Kazan on Friday threw out the widow's claim for damages.",
     "court_ruling"),
    ("en", "The regional court upheld the six-year term handed to the recruiter.",
     "court_ruling"),
    ("en", "The appeals panel left unchanged the verdict against the two Uzbek men.",
     "court_ruling"),
    ("ru", "Районный суд отказал вдове погибшего в иске к министерству.", "court_ruling"),
    ("ru", "Областной суд отклонил апелляцию защиты вербовщика.", "court_ruling"),
    ("ru", "Судебная коллегия оставила приговор без изменения.", "court_ruling"),
    ("ru", "Суд назначил ему шесть лет колонии общего режима.", "prosecution"),
    ("en", "The second defendant got life in a maximum-security prison.", "prosecution"),
    ("ru", "Обвинительное заключение по делу вербовщика направили в суд.", "prosecution"),
    ("ru", "Задержанным мигрантам предложили контракт с Минобороны вместо выдворения.", "coercion"),
    ("ru", "Полицейские пригрозили аннулировать ему патент на работу.", "coercion"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("n", range(len(PACK9)))
def test_pack_9_triggers(n: int) -> None:
    from events_pipeline import run_many

    language, text, kind = PACK9[n]
    (run,) = run_many([(text, language, "2025-06-18")])
    assert kind in [e.type for e in run.events], [(e.type, e.mentions) for e in run.events]
