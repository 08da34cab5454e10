"""Round 15's sources families (english_dev8, russian_dev9: forms of real wire, Russian
regional and Central Asian copy the older sets lack), each test written from the family's
description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- a date or a recipient between a Russian verb and its source ----------------------------


@pytest.mark.parametrize(
    ("text", "source", "outlet"),
    [
        # a time after the outlet told, before the speaker after the verb
        ("Группа вылетит в Катманду на следующей неделе, сообщили «Интерфаксу» в среду "
         "информированные источники.", "информированные источники", "Интерфакс"),
        # an audience and a weekday with its date, set off by commas
        ("Учет ведется с начала года. Об этом сообщил журналистам в среду, 14 мая, военный "
         "комиссар области Андрей Зорин.", "военный комиссар области Андрей Зорин", None),
        # "Об этом «X» <date> сообщила": the date between the outlet and the verb
        ("Законопроект отложен до весны. Об этом «Фонтанке» 12 декабря сообщила пресс-секретарь "
         "парламента Елена Жукова.", "пресс-секретарь парламента Елена Жукова", "Фонтанка"),
        # "Об этом <site> сообщили в …": a site told by its domain
        ("Контракт заключили около 200 человек. Об этом Ura.ru сообщили в пресс-службе "
         "военного комиссариата.", "пресс-служба военного комиссариата", "Ura.ru"),
    ],
)  # fmt: skip
def test_a_date_or_recipient_around_a_russian_verb_is_no_part_of_the_source(
    registry: OutletRegistry, text: str, source: str, outlet: str | None
) -> None:
    cites = _cites(text, registry, "ru")
    speaker = [c for c in cites if c.source == source]
    assert [c.relay for c in speaker] == [outlet]
    assert sorted(c.source for c in cites) == sorted([source] + ([outlet] if outlet else []))
