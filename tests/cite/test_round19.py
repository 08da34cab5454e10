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
