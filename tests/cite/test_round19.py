"""Round 19's sources families (english_dev12, russian_dev13: forms real Russian-language
reporting uses that the older sets lack), each test written from the family's description
before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- an outlet the registry lacks, named in quotation marks in the case the verb governs
# ("сообщила «Вечерней Москве»", "рассказал «Сибирской газете»"), is written in the
# nominative, as a known outlet is by its registry name, and relays the speaker as such -----


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        ("В квартире зарегистрированы 60 иностранцев. Об этом сообщила «Вечерней Москве» "
         "местная жительница Ольга Сафронова.", "Ольга Сафронова", "Вечерняя Москва"),
        ("Мигрантов задержали на рынке, рассказал «Сибирской газете» адвокат Иван Ершов.",
         "Иван Ершов", "Сибирская газета"),
        ("Адвокат Иван Ершов рассказал «Уральскому рабочему», что мигрантов задержали на "
         "рынке.", "Иван Ершов", "Уральский рабочий"),
    ],
)  # fmt: skip
def test_an_unknown_quoted_outlet_told_is_named_in_the_nominative(
    registry: OutletRegistry, text: str, person: str, outlet: str
) -> None:
    cites = _cites(text, registry, "ru", [(person, "PER")])
    sources = [c.source for c in cites]
    assert outlet in sources, sources
    speaker = next(c for c in cites if c.source.endswith(("Сафронова", "Ершов")))
    assert speaker.relay == outlet, (speaker.source, speaker.relay)


# -- verbs of saying real outlets use that the lists lacked: a complaint ("посетовал, что",
# "complained that", "lamented that"), an explanation before a colon ("объяснила: …"), an
# admission ("признается, что", "admits"), an assurance ("уверяет"), a count ("подсчитала X",
# as "Memorial has counted" is, round 17), a supposition ("предположил, что") ---------------


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Около 40 граждан вернулись домой. Бакыт Осмоналиев посетовал, что российская сторона "
         "не передает Бишкеку сведения о них.", "ru", "Бакыт Осмоналиев"),
        ("Местная жительница Гульнара объяснила: мужа задержали у метро и сразу предложили "
         "подписать контракт.", "ru", "Гульнара"),
        ("Ольга Сафронова признается, что несколько раз писала в полицию, но ответа не "
         "получила.", "ru", "Ольга Сафронова"),
        ("Эрлан Исаков уверяет, что из отряда вернулись только трое.", "ru", "Эрлан Исаков"),
        ("Не менее 160 уроженцев Центральной Азии погибли в 2024 году, подсчитала «Вёрстка».",
         "ru", "Вёрстка"),
        ("Адвокат Леонид Соловьев предположил, что дело вернут в суд первой инстанции.", "ru",
         "Леонид Соловьев"),
        ("Osmonaliev complained that Moscow did not share information about Kyrgyz citizens.",
         "en", "Osmonaliev"),
        ("Kadyrov lamented that his client had not been given an interpreter at any stage.",
         "en", "Kadyrov"),
        ("Olga Safronova admits she has written to the police several times without a reply.",
         "en", "Olga Safronova"),
    ],
)  # fmt: skip
def test_a_verb_of_complaint_admission_or_count_reports(
    registry: OutletRegistry, text: str, language: str, person: str
) -> None:
    tagged = [] if person == "Вёрстка" else [(person, "PER")]
    cites = _cites(text, registry, language, tagged)
    found = [(c.kind, c.source) for c in cites]
    # a title before the name may stay ("Адвокат Леонид Соловьев"): the name ends the source
    assert len(found) == 1 and found[0][0] == "reported", found
    assert found[0][1].endswith(person), found
