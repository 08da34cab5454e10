"""Russian rules, one test per anchoring rule (anchor: Tue 2023-09-12)."""

from __future__ import annotations


def ru(tagged, text: str, anchor: str | None = "2023-09-12") -> list[tuple[str, str, str]]:
    return tagged(text, "ru", anchor)


def test_explicit_dates(tagged) -> None:
    text = "24 февраля 2022 года начались боевые действия; в июне 2022 года он подписал контракт."
    assert ru(tagged, text, None) == [
        ("24 февраля 2022 года", "DATE", "2022-02-24"),
        ("июне 2022 года", "DATE", "2022-06"),
    ]


def test_y1_yearless_day(tagged) -> None:
    assert ru(tagged, "30 августа Верховный суд отменил приговор.") == [
        ("30 августа", "DATE", "2023-08-30")
    ]
    assert ru(tagged, "30 августа суд отменил приговор.", None) == [
        ("30 августа", "DATE", "XXXX-08-30")
    ]


def test_y1_month_and_tense(tagged) -> None:
    assert ru(tagged, "В мае его признали виновным.") == [("мае", "DATE", "2023-05")]
    assert ru(tagged, "В ноябре его признали виновным.") == [("ноябре", "DATE", "2022-11")]
    assert ru(tagged, "В марте суд будет рассматривать дело.") == [("марте", "DATE", "2024-03")]


def test_month_with_relative_year(tagged) -> None:
    assert ru(tagged, "В середине июля прошлого года.") == [
        ("середине июля прошлого года", "DATE", "2022-07")
    ]


def test_r1_relative_units(tagged) -> None:
    text = (
        "В прошлом году мигрантов стало больше, на прошлой неделе прошли рейды, в этом месяце суд."
    )
    assert ru(tagged, text) == [
        ("прошлом году", "DATE", "2022"),
        ("прошлой неделе", "DATE", "2023-W36"),
        ("этом месяце", "DATE", "2023-09"),
    ]


def test_r1_ago(tagged) -> None:
    assert ru(tagged, "Два года назад он уехал, а три дня назад вернулся.") == [
        ("Два года назад", "DATE", "2021"),
        ("три дня назад", "DATE", "2023-09-09"),
    ]


def test_s1_seasons(tagged) -> None:
    assert ru(tagged, "Летом 2022 года «Вагнер» начал вербовку.", None) == [
        ("Летом 2022 года", "DATE", "2022-SU")
    ]
    assert ru(tagged, "Прошлой зимой было холодно.") == [("Прошлой зимой", "DATE", "2022-WI")]
    assert ru(tagged, "Осенью прошлого года он уехал.") == [
        ("Осенью прошлого года", "DATE", "2022-FA")
    ]


def test_w1_weekday(tagged) -> None:
    assert ru(tagged, "В пятницу суд вынес решение.") == [("пятницу", "DATE", "2023-09-08")]
    assert ru(tagged, "В пятницу суд будет решать.") == [("пятницу", "DATE", "2023-09-15")]


def test_w2_the_last_day_of_a_span_follows_its_first(tagged) -> None:
    # Tuesday's anchor: the night "с четверга на пятницу" is one TIME since round 19, as "в
    # ночь с 2 на 3 марта" is: the night that begins on that Thursday, not on the Thursday after
    # the anchor
    assert ru(tagged, "Взрыв прогремел в ночь с четверга на пятницу.") == [
        ("ночь с четверга на пятницу", "TIME", "2023-09-07TNI"),
    ]
    assert ru(tagged, "Рейды шли с субботы по понедельник.") == [
        ("субботы", "DATE", "2023-09-09"),
        ("понедельник", "DATE", "2023-09-11"),
    ]
    # "по" with one day is a deadline, with the plural a repeated day
    assert ru(tagged, "Суд продлил арест по пятницу.") == [("пятницу", "DATE", "2023-09-15")]
    assert ru(tagged, "Рынок работает по понедельникам и по вечерам.") == [
        ("по понедельникам", "SET", "XXXX-WXX-1"),
        ("по вечерам", "SET", "XXXX-XX-XXTEV"),
    ]


def test_h1_half_years(tagged) -> None:
    assert ru(tagged, "Во втором полугодии спрос упал, а за первое полугодие вырос.") == [
        ("втором полугодии", "DATE", "2023-H2"),
        ("первое полугодие", "DATE", "2023-H1"),
    ]
    assert ru(tagged, "Первая половина матча прошла скучно.") == []


def test_d1_day_words(tagged) -> None:
    assert ru(tagged, "Вчера вечером прошли обыски, сегодня задержанных отпустили.") == [
        ("Вчера вечером", "TIME", "2023-09-11TEV"),
        ("сегодня", "DATE", "2023-09-12"),
    ]


def test_quarters_and_years(tagged) -> None:
    text = "В первом квартале 2023 года и в 2022 году, а также в 1990-х годах."
    assert ru(tagged, text) == [
        ("первом квартале 2023 года", "DATE", "2023-Q1"),
        ("2022 году", "DATE", "2022"),
        ("1990-х годах", "DATE", "199"),
    ]


def test_durations(tagged) -> None:
    text = "Его приговорили к десяти годам; 10 лет; несколько месяцев; в течение года; полгода."
    assert ru(tagged, text) == [
        ("десяти годам", "DURATION", "P10Y"),
        ("10 лет", "DURATION", "P10Y"),
        ("несколько месяцев", "DURATION", "PXM"),
        ("года", "DURATION", "P1Y"),
        ("полгода", "DURATION", "P6M"),
    ]


def test_sets(tagged) -> None:
    text = "Ежедневно звонят сотни людей; зарплата 3100 долларов в месяц; каждую неделю рейды."
    assert ru(tagged, text) == [
        ("Ежедневно", "SET", "P1D"),
        ("в месяц", "SET", "P1M"),
        ("каждую неделю", "SET", "P1W"),
    ]


def test_present_ref(tagged) -> None:
    assert ru(tagged, "Сейчас полиция проверяет документы, в настоящее время тоже.") == [
        ("Сейчас", "DATE", "PRESENT_REF"),
        ("настоящее время", "DATE", "PRESENT_REF"),
    ]


def test_numbers_are_not_dates(tagged) -> None:
    assert ru(tagged, "Приехали 2000 человек, заплатив 1500 рублей.") == []


def test_this_season_is_the_anchor_year(tagged) -> None:
    assert ru(tagged, "Этим летом было жарко.", "2023-03-01") == [("Этим летом", "DATE", "2023-SU")]


def test_t0_cited_report_and_deadline(tagged) -> None:
    assert ru(tagged, "Он пообещал помочь (Kaktus Media, 1 августа).") == [
        ("1 августа", "DATE", "2023-08-01")
    ]
    assert ru(tagged, "Дожди продолжатся до понедельника.", "2021-06-04") == [
        ("понедельника", "DATE", "2021-06-07")
    ]


def test_present_verb_blocks_a_farther_past_cue(tagged) -> None:
    text = "Выставка открылась в субботу и продлится до конца июня."
    assert ru(tagged, text, "2024-05-06") == [
        ("субботу", "DATE", "2024-05-04"),
        ("конца июня", "DATE", "2024-06"),
    ]


def test_e1_end_of_year(tagged) -> None:
    assert ru(tagged, "Пик пришёлся на конец года.", "2013-03-22") == [
        ("конец года", "DATE", "2012")
    ]
    assert ru(tagged, "Суд вынесет решение до конца года.", "2013-03-22") == [
        ("конца года", "DATE", "2013")
    ]


def test_names_and_rates_over_several_units(tagged) -> None:
    assert ru(tagged, "Марта Иванова выступила первой.") == []
    assert ru(tagged, "Саммит проводится раз в два года.") == [("раз в два года", "SET", "P2Y")]


def test_instrumental_plural_is_a_vague_duration(tagged) -> None:
    for phrase, unit in (("годами", "Y"), ("месяцами", "M"), ("неделями", "W")):
        assert ru(tagged, f"Мигранты {phrase} ждали выплат.") == [(phrase, "DURATION", f"PX{unit}")]


def test_t1_a_weekday_before_a_past_promise_is_past(tagged) -> None:
    # "пообещал" is a past form that promises a future: the weekday before it is when the
    # promise was made (anchor: Friday 2023-09-15)
    text = "В понедельник министр пообещал отремонтировать мост."
    assert ru(tagged, text, "2023-09-15") == [("понедельник", "DATE", "2023-09-11")]
    assert ru(tagged, "Министр пообещал отремонтировать мост к понедельнику.", "2023-09-15") == [
        ("понедельнику", "DATE", "2023-09-18")
    ]


def test_p1_part_of_the_month_the_passage_tells(tagged) -> None:
    # a past clause's "в середине месяца" is in the month told before it, not the anchor's
    text = "О гибели родные узнали в конце июля. Командир сказал, что боец погиб в середине месяца."
    assert ru(tagged, text) == [
        ("конце июля", "DATE", "2023-07"),
        ("середине месяца", "DATE", "2023-07"),
    ]
    # with nothing told before it, or with "этого", it is the anchor's month
    assert ru(tagged, "Боец погиб в середине месяца.") == [("середине месяца", "DATE", "2023-09")]
    text = "В конце июля его ранили. В середине этого месяца он погиб."
    assert ru(tagged, text)[1] == ("середине этого месяца", "DATE", "2023-09")


def test_nakanune_before_the_subject_is_the_day_before(tagged) -> None:
    # "накануне" is a preposition only before a genitive ("накануне выборов"); before the
    # clause's subject in the nominative it is the adverb: the day before
    assert ru(tagged, "Накануне Мещанский районный суд приговорил его к шести годам.") == [
        ("Накануне", "DATE", "2023-09-11"),
        ("шести годам", "DURATION", "P6Y"),
    ]
    assert ru(tagged, "Накануне полиция задержала двоих.") == [("Накануне", "DATE", "2023-09-11")]
    assert ru(tagged, "Накануне выборов полиция задержала двоих.") == []
    # the holiday itself is a date (round 16), "накануне" before it still a preposition
    assert ru(tagged, "Накануне Нового года полиция задержала двоих.") == [
        ("Нового года", "DATE", "2023-01-01")
    ]
