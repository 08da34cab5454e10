"""Round 16's names families (families_dev14), each test written before its fix.

Invented sentences in our own words; mentions given by hand as a tagger gives them.
"""

from __future__ import annotations

from tests.resolve.test_families import _names, _resolve


def test_a_feminine_verb_after_a_name_keeps_it_a_womans_nominative() -> None:
    # "Дилноза Абдуллаева" reads as a woman in the nominative or a man in the genitive; the
    # verb right after it in the feminine past ("призвала", "сообщила") says it is the woman,
    # its subject; but a word before that makes it a man's genitive wins, as the verb is then
    # the woman's named before him ("Мать погибшего Бахрома Турсунова рассказала"), and a
    # feminine noun right before it may be the verb's subject ("Семья Сухроба Шарипова узнала")
    text = (
        "Руководитель отдела агентства Дилноза Абдуллаева призвала граждан не спешить. "
        "Специалист центра Гулноза Каримова сообщила, что списки готовы. Мать погибшего "
        "Бахрома Турсунова рассказала, что тело не вернули."
    )
    tagged = [
        ("Дилноза Абдуллаева", "PER"),
        ("Гулноза Каримова", "PER"),
        ("Бахрома Турсунова", "PER"),
    ]
    entities = _resolve(text, tagged, "ru")
    surfaces = ("Дилноза Абдуллаева", "Гулноза Каримова", "Бахрома Турсунова")
    assert _names(text, entities, surfaces) == {
        "Дилноза Абдуллаева": "Дилноза Абдуллаева",
        "Гулноза Каримова": "Гулноза Каримова",
        "Бахрома Турсунова": "Бахром Турсунов",
    }


def test_initials_before_a_surname_after_a_mans_oblique_word_are_a_mans_genitive() -> None:
    # court releases name a defendant by initials and surname: "приговорил 38-летнего Р.Т.
    # Исмоилова" is the man Исмоилов in the accusative, as "38-летнего Рустама Исмоилова"
    # would be; a woman's "представляла Д.А. Кузнецова" stays as written
    text = (
        "Суд приговорил 38-летнего Р.Т. Исмоилова к шести годам. Обвинение представляла "
        "Д.А. Кузнецова из прокуратуры района."
    )
    tagged = [("Р.Т. Исмоилова", "PER"), ("Д.А. Кузнецова", "PER")]
    entities = _resolve(text, tagged, "ru")
    assert _names(text, entities, ("Р.Т. Исмоилова", "Д.А. Кузнецова")) == {
        "Р.Т. Исмоилова": "Р.Т. Исмоилов",
        "Д.А. Кузнецова": "Д.А. Кузнецова",
    }
