"""Round 18: numbers as real outlets write them (eval/GUIDELINES.md "## Quantities", round 18).

Each test is a family of errors seen on english_quant_dev3 / russian_quant_dev3, written in new
words so that no rule is keyed to the sets' text.
"""

from __future__ import annotations

import pytest

from .found import quantities as _all
from .found import values as _values


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("HIV incidence rose to 23 cases per 100,000 residents in 2023.", "en", [23]),
        ("The region has 7.1 doctors per 1,000 people and 41 beds per 10,000.", "en", [7.1, 41]),
        ("Смертность составила 12 случаев на 100 тыс. жителей.", "ru", [12]),
        ("Заболеваемость — 54 случая на 100 тысяч населения, в 2020-м было 61.", "ru", [54, 61]),
        ("На каждые 1000 новорождённых приходится 9 смертей.", "ru", [9]),
    ],
)
def test_the_base_of_a_rate_is_no_quantity(text: str, language: str, values: list[float]) -> None:
    assert _values(text, language) == values


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("За неделю границу пересекли 3 тыс. 412 человек.", 3412, "человек"),
        ("Всего эвакуировано 45 тыс. 800 жителей.", 45800, "жителей"),
        ("С начала года вернулись 1 тысяча 205 мигрантов.", 1205, "мигрантов"),
        ("Выдано 2 тысячи 16 патентов.", 2016, "патентов"),
    ],
)
def test_thousands_written_before_the_rest_are_one_number(
    text: str, value: float, counted: str
) -> None:
    (q,) = _all(text, "ru")
    assert (q.value, q.counted) == (value, counted)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("В Курской области развернута 50-тысячная группировка.", 50000),
        ("На площадь вышел 5-тысячный митинг.", 5000),
        ("Город с 300-тысячным населением остался без воды.", 300000),
        ("Это 2-миллионный город.", 2000000),
    ],
)
def test_a_russian_compound_of_thousands_counts(text: str, value: float) -> None:
    (q,) = _all(text, "ru")
    assert q.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Две трети опрошенных не собираются возвращаться.",
        "Три четверти выплат так и не поступили.",
        "Почти две пятых бюджета ушло на оборону.",
    ],
)
def test_a_russian_fraction_in_words_is_no_quantity(text: str) -> None:
    assert _all(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "language", "per"),
    [
        ("The clinic sees about 60 patients a day.", "en", "day"),
        ("Its three volunteers answer 200 calls a week.", "en", "week"),
        ("Через пункт проходят до 300 грузовиков в сутки.", "ru", "day"),
        ("Волонтеры принимают около 25 обращений в неделю.", "ru", "week"),
    ],
)
def test_a_period_after_a_counted_noun_is_the_counts_rate(
    text: str, language: str, per: str
) -> None:
    q = [q for q in _all(text, language) if q.counted][-1]
    assert q.per == per


def test_a_period_of_time_after_a_count_is_no_rate() -> None:
    (q,) = _all("Police questioned 40 people a week earlier.")
    assert q.per is None


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Agents charged as much as $12,000 a person.", "at_most"),
        ("Perhaps 500 men from the district have gone.", "about"),
        ("Officials put the figure at maybe 2,000.", "about"),
    ],
)
def test_more_qualifiers(text: str, approx: str) -> None:
    assert _all(text)[0].approx == approx


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Kyiv said 90 prisoners of war had been returned.", "prisoners of war"),
        ("At least 30 members of parliament signed the letter.", "members of parliament"),
        ("Some 12 workers of the plant were injured.", "workers"),
    ],
)
def test_a_counted_noun_keeps_a_bare_of_complement(text: str, counted: str) -> None:
    (q,) = _all(text)
    assert q.counted == counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state raised the allowance for the families of the dead from $4,000 to $9,000.",
            [(4000, None), (9000, None)],
        ),
        (
            "The bank cut its forecast for growth this year from 4.1% to 3.2%.",
            [(4.1, None), (3.2, None)],
        ),
        ("Applicants must be from 20 to 35 years old.", [(20, 35)]),
    ],
)
def test_a_change_keeps_its_two_values_past_a_long_object(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.value_max) for q in _all(text)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The workforce shrank by 12,000 to 1.4 million.",
            "en",
            [(12000, None), (1400000, None)],
        ),
        ("Wages rose by 10 to 15 percent.", "en", [(10, 15)]),
        (
            "Число мигрантов сократилось на 80 тыс. человек — до 2,1 млн.",
            "ru",
            [(80000, None, None), (2100000, None, None)],
        ),
        (
            "Банк повысил ставку на 150 базисных пунктов, до 17%.",
            "ru",
            [(150, None, None), (17, None, None)],
        ),
        ("Инфляция замедлилась до 6,2%.", "ru", [(6.2, None, None)]),
    ],
)
def test_a_difference_then_the_new_value(
    text: str, language: str, expected: list[tuple[float | None, ...]]
) -> None:
    found = _all(text, language)
    width = len(expected[0])
    got = [(q.value, q.value_max, q.approx)[:width] for q in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Из них 14 — жители Оша.", None),
        ("Всего 900 случаев, из них 310 — в Бишкеке.", None),
        ("Около 600 опрошенных ответили, что уедут.", "опрошенных"),
        ("Из 40 задержанных граждан 12 отпустили.", "задержанных граждан"),
        ("They said 300 men there had no papers.", "men"),
    ],
)
def test_a_counted_phrase_ends_at_a_dash_a_verb_or_an_adverb(
    text: str, counted: str | None
) -> None:
    language = "en" if text.isascii() else "ru"
    q = _all(text, language)[-1 if counted is None else 0]
    assert q.counted == counted


def test_tonnes_abbreviated_in_russian() -> None:
    (q,) = _all("С судна сняли 3,5 т груза и 2 т. топлива.", "ru")[:1]
    assert (q.value, q.unit) == (3.5, "ton")


def test_a_difference_and_a_new_value_in_one_unit() -> None:
    found = _all("The fee rose by 2,000 rubles to 11,500 rubles a month.")
    assert [(q.value, q.value_max) for q in found] == [(2000, None), (11500, None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports reached Tk 4.1 lakh crore last year.", 4.1e12),
        ("The budget sets aside Rs 1.2 lakh crore for defence in India.", 1.2e12),
    ],
)
def test_lakh_crore_is_a_trillion(text: str, value: float) -> None:
    assert _all(text)[0].value == value


def test_a_lakh_of_decimals_is_whole() -> None:
    (q,) = _all("Police recovered Rs 4.6 lakh in Delhi.")
    assert q.value == 460000


@pytest.mark.parametrize(
    "text",
    [
        "The death toll, 41, is the highest this year.",
        "The figure, 57, was given by the ministry.",
    ],
)
def test_a_number_set_off_after_a_tally_word_is_no_age(text: str) -> None:
    (q,) = _all(text)
    assert q.unit is None


def test_a_number_with_plus_is_more_than() -> None:
    (q,) = _all("Police said 300-plus migrants were held.")
    assert (q.value, q.approx) == (300, "more_than")


def test_a_counted_phrase_ends_at_a_common_past_verb() -> None:
    (q,) = _all("Two recruiters got five years.")[:1]
    assert q.counted == "recruiters"


@pytest.mark.parametrize(
    "text",
    [
        "ОШ, 3 окт — Sputnik. В городе задержаны 14 человек.",
        "АСТАНА, 21 фев. Полиция задержала 14 человек.",
    ],
)
def test_a_day_before_an_abbreviated_russian_month_is_no_count(text: str) -> None:
    assert _values(text, "ru") == [14]


def test_younger_than_in_russian() -> None:
    (q,) = _all("Среди задержанных нет никого моложе 18 лет.", "ru")
    assert (q.value, q.unit, q.approx) == (18, "year", "less_than")


@pytest.mark.parametrize(
    "text",
    ["Officials said 1 out of every 4 applicants was refused.", "About 2 in every 3 men left."],
)
def test_a_share_out_of_every(text: str) -> None:
    assert [q.value for q in _all(text) if q.unit is None] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Delhi police said he was offered a ₹3-lakh job.", 300000, "INR"),
        ("Moscow imposed a $5-million fine.", 5000000, "USD"),
    ],
)
def test_a_scale_joined_by_a_hyphen(text: str, value: float, unit: str) -> None:
    (q,) = _all(text)
    assert (q.value, q.unit) == (value, unit)


def test_or_so_is_about() -> None:
    (q,) = _all("A further 300 or so are still missing.")
    assert (q.value, q.approx) == (300, "about")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Police detained 12 accused of sending men abroad.", "accused"),
        ("Courts have convicted 40 foreign nationals of desertion since May.", "foreign nationals"),
        ("The group logged 112 cases of abuse.", "cases"),
    ],
)
def test_other_of_complements_end_the_counted_phrase(text: str, counted: str) -> None:
    (q,) = _all(text)
    assert q.counted == counted


def test_the_new_value_after_a_multiplier_and_a_comma() -> None:
    (q,) = _all("Число выданных патентов сократилось в 2 раза, до 310 тыс.", "ru")
    assert (q.value, q.approx) == (310000, None)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Еще 400 тыс. находятся в пунктах размещения.", None),
        ("Еще 12 остались в больнице.", None),
        ("Задержаны 12 мигрантов.", "мигрантов"),
    ],
)
def test_a_russian_verb_right_after_a_number_is_no_counted_noun(
    text: str, counted: str | None
) -> None:
    assert _all(text, "ru")[0].counted == counted


def test_a_reflexive_participle_is_part_of_the_counted_noun() -> None:
    (q,) = _all("Среди них не менее 20 вернувшихся таджикистанцев.", "ru")
    assert q.counted == "вернувшихся таджикистанцев"


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Pay rose to an average of 91,000 rubles, from 78,000 a year earlier.", "en", "RUB"),
        ("Зарплата выросла до 91 тыс. рублей с 78 тыс. годом ранее.", "ru", "RUB"),
    ],
)
def test_a_bare_old_value_before_a_time_phrase_takes_the_currency(
    text: str, language: str, unit: str
) -> None:
    assert [q.unit for q in _all(text, language)] == [unit, unit]


def test_ages_listed_after_an_age_in_apposition() -> None:
    found = _all("The two brothers, 29 and 33, were detained in Osh.")
    assert [(q.value, q.unit) for q in found[1:]] == [(29, "year"), (33, "year")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("На площадь вышли с десяток активистов.", 10), ("Задержали с полсотни человек.", 50)],
)
def test_s_before_a_round_word_is_about(text: str, value: float) -> None:
    q = _all(text, "ru")[0]
    assert (q.value, q.approx) == (value, "about")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ('"Of 30 men in my platoon, 4 survived," he said.', None),
        ("The toll is far below the 9,000 estimated by activists.", None),
        ("Some 300 naturalised citizens were called up.", "naturalised citizens"),
    ],
)
def test_an_english_past_verb_right_after_a_number_is_no_counted_noun(
    text: str, counted: str | None
) -> None:
    assert _all(text)[-1].counted == counted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The group's assets are worth $1.2tn.", 1.2e12),
        ("Kazakhstan has 20m people and Kyrgyzstan 7m.", 7e6),
    ],
)
def test_trillions_and_a_scaled_number_after_a_name(text: str, value: float) -> None:
    assert _all(text)[-1].value == value


def test_a_comparative_ends_a_counted_phrase() -> None:
    q = _all("Выехали 180 тыс. человек — на 20 тыс. больше, чем годом ранее.", "ru")[-1]
    assert (q.value, q.counted) == (20000, None)


def test_a_scale_closing_a_sentence_counts_nothing_after_it() -> None:
    q = _all("Их число выросло до 64 тыс. Остальные уехали домой.", "ru")[0]
    assert (q.value, q.counted) == (64000, None)
