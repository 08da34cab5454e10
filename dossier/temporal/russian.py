"""Russian rules, with month, unit and number names in their case forms (normalisers: russian_norm,
and russian_days for weekdays and clock times).

Spans leave out the preposition ("в мае" quotes "мае", "на прошлой неделе" quotes
"прошлой неделе") and keep the word "года"/"году" that belongs to a year
("летом 2022 года", "в 2022 году" quotes "2022 году").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dossier.temporal import ranges
from dossier.temporal import russian_days as d
from dossier.temporal import russian_norm as n
from dossier.temporal.engine import Rule, TenseCues
from dossier.temporal.lexicon import (
    RU_DAY_ORDINALS,
    RU_DECADE_STEMS,
    RU_ORDINAL_DAYS,
    RU_SEASONS,
    RU_UNITS,
    RU_VAGUE,
    RU_WEEKDAYS,
    alternation,
)

_F = re.IGNORECASE
_B = r"(?<![\w-])"
_E = r"(?![\w-])"
MONTH = rf"(?P<month>{alternation(n.MONTHS)}){_E}"
DAY = rf"(?:(?P<day>[0-3]?\d)(?:-?го)?|(?P<dayw>{alternation(RU_ORDINAL_DAYS)}))"
# "в 2019-м", "в 2024-м году", "2024-й год" keep their ending, as "2024 году" keeps "году"
YEAR_WORD = (
    r"(?:-м(?:\s+году)?(?![\w-])|-й\s+год(?![\w-])"
    # the plural of a range's last year: "в 2021–2022 годах", "на 2025–2027 годы"
    r"|\s*(?:-?го\s+)?(?:годах|годами|годов|годы|года|году|год|г\.(?!\w)|гг\.))?"
)
YEAR = rf"(?P<year>1[6-9]\d\d|20\d\d)(?!\d){YEAR_WORD}"
MOD = (
    # in every case: "в конце января", "на конец января", "перед концом мая"
    r"(?:(?:начал(?:[аеоу]|ом)|кон(?:ец|ц(?:[аеу]|ом))|середин(?:[аеуы]|ой)|"
    r"(?:перв|втор)(?:ой|ую)\s+половин[аеуы]|"
    # "в 20-х числах марта", "в первых числах апреля": days of the month, the month (round 18)
    r"(?:[1-3]0-х|первых|последних)\s+числах|"
    # "в первой декаде апреля", "во второй декаде мая": ten days of the month, the month
    r"(?:перв|втор|трет|последн)(?:ой|ую|ая|ей|юю|яя)\s+декад[аеуы])\s+)?"
)
UNIT = rf"(?P<unit>{alternation(RU_UNITS)}){_E}"
# a decimal comma is in a count: "к 8,5 года колонии" (Russian writes no thousands comma)
NUM = rf"(?P<num>\d+,\d(?!\d)|\d[\d\s]*\d|\d|{alternation(n.NUMBERS)}|{alternation(RU_VAGUE)})"
NUM2 = NUM.replace("?P<num>", "?P<num2>")
UNIT2 = UNIT.replace("?P<unit>", "?P<unit2>")
APPROX = (
    r"(?:(?:около|более|менее|почти|свыше|не\s+менее|не\s+более|примерно|порядка|"
    r"больше|меньше|целых)\s+)?"
)
# hard and soft (hushing) stems alike: "этого", "текущего", "следующему", "будущее"
REL = (
    rf"(?P<rel>{alternation(n.REL_SHIFT)})"
    # "у" last: "эту пятницу" ("эта" is left out: "прошла неделя" is a verb's)
    # "от": "в этот четверг"
    r"(?:ом|ой|ого|ую|ем|ей|ий|ый|ая|им|ым|ие|ые|их|ых|ое|его|ему|ее|юю|яя|от|у)"
)
# A past form ends in -л/-ла/-ло/-ли after a vowel (or -шёл/-шла); nouns that look like
# one are listed out. Lower-case only, so that names ("Стамбул") are not verbs.
_NOT_PAST = (
    "около|недели|модели|отели|посол|апостол|ангел|орел|орёл|котел|котёл|козел|пепел|угол|стул"
)
PAST = re.compile(
    rf"(?<![\w-])(?!(?:{_NOT_PAST})(?![\w-]))(?:[а-яё]{{2,}}[аеиоуыяё]л(?:а|о|и|ся|ась|ось|ись)?|"
    r"был[аои]?|дал[аои]?|взял[аои]?|"
    # past forms with no -л: "погиб", "умер", "привез", "помог"
    r"(?:по)?гиб(?:ла|ло|ли)?|(?:у|за)мер(?:ла|ло|ли)?|(?:при|у|за|вы|пере|от|до|под)?(?:вез|нес)(?:ла|ло|ли)?|"
    r"(?:с|по)мог(?:ла|ло|ли)?|"
    # a stem ending in a consonant: "цены выросли", "срок истёк", "инфляция достигла 9%"
    # ("заросли" is the noun "thickets", "отрасли" another word)
    r"(?:вы|воз|под|пере|до)?рос(?:ла|ло|ли)?|(?:ис|про|у|вы|по)т[её]к(?:ла|ло|ли)?|"
    r"(?:до|по)стиг(?:ла|ло|ли)?|исчез(?:ла|ло|ли)?|"
    # crime copy: "подожгли автомобиль", "поджёг склад" (the noun is "поджог"), "залез"
    r"(?:под|за|со|с)?о?(?:ж[её]г|жгл[аои])|(?:за|про|пере|вы)лез(?:ла|ло|ли)?|"
    r"[а-яё]*(?:шёл|шел|шла|шло|шли)|назад|ранее|(?:поза)?прошл\w+|минувш\w+)(?![\w-])"
)
FUTURE = re.compile(
    r"(?<![\w-])(?:будет|будут|буду|будем|станет|станут|планиру\w+|намерен\w*|собира\w+|"
    r"предстоит|ожида\w+|следующ\w+|будущ\w+|наступающ\w+|пройд[её]т|пройдут|состоится|"
    r"состоятся|обещ\w+|пообещ\w+|через|"
    # a scheduled event in the present, as English "begins", "expires" ("Приём заявок
    # начинается в понедельник", "Срок истекает в пятницу", "Выставка завершается в воскресенье")
    r"(?:начина|открыва|закрыва|заверша|заканчива|истека|возобновля)(?:ется|ются|ет|ют))(?![\w-])",
    _F,
)
# Present (or perfective future) forms: "продлится", "работает", "продержатся"; they block a
# past cue farther away without choosing a year.
# Nouns with the same endings are listed out.
_NOT_PRESENT = (
    "минут|бюджет|совет|ответ|депутат|результат|институт|маршрут|кабинет|визит|кредит|"
    "лимит|пакет|предмет|комитет|интернет|портрет|паритет|аппарат|мандат|салют|валют|"
    "приоритет|факультет|авторитет|дефицит|депозит|транзит|граждан|солдат|кандидат|"
    # nouns in -ёт ("отчёт", "самолёт"), beside the verbs spelled with "ё" ("пойдёт")
    "отчёт|учёт|расчёт|зачёт|почёт|самолёт|вертолёт|полёт|взлёт|налёт|перелёт|пулемёт|"
    "миномёт|переплёт"
)
PRESENT = re.compile(
    rf"(?<![\w-])(?!(?:{_NOT_PRESENT})(?![\w-]))"
    # a sentence may open with its verb ("Потеплеет, по прогнозу, в среду"); capitalised,
    # it counts only where it reads as a perfective future (see TenseCues.is_future)
    r"(?:(?:[а-яё]{3,}|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?…]\s))[А-ЯЁ][а-яё]{2,})"
    r"(?:ится|ятся|атся|ется|ётся|ются|утся|ет|ёт|ит|ат|ят|ут|ют)"
    # the perfective future of "дать" and its kin ("подаст", "передаст", "выдаст"), whose
    # ending the list above lacks (round 24)
    r"|[а-яё]*даст)(?![\w-])"
)


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3  # loaded on the first present-looking verb that decides a tense: ~0.2 s

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=4096)
def perfective_future(word: str) -> bool:
    """True for a perfective verb's non-past form, which is a future ("откроются в
    понедельник", "закроют в среду"); the same endings on an imperfective are a present."""
    parses = _morph().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "VERB" and parses[0].tag.tense == "futr"


@lru_cache(maxsize=4096)
def may_be_genitive(word: str) -> bool:
    """True when some reading of ``word`` is in the genitive (a preposition's object)."""
    return any(p.tag.case in {"gent", "gen2"} for p in _morph().parse(word.lower()))


# A verb of putting off or extending, then the preposition of the new date: "продлил арест
# до 2 февраля", "заседание отложили до", "перенесли на пятницу" (the date is ahead); and so is
# the date a thing is set for: "проверка была назначена на первое ноября", "запланирован на".
DEFERRAL = re.compile(
    # ("намечен на октябрь", "наметили на весну": set for, as "назначен на", round 24)
    r"(?<![\w-])(?:продл|отлож|отсроч|перен[её]с|перенес|перенос|назнач|заплан|намеч|намет)"
    r"[а-яё]*"
    r"[^.;!?\n]{0,80}?(?<![\w-])(?:до|на)\s+$"
    # an arrest's term ends ahead: "арестовали на два месяца — до 12 января", "заключил под
    # стражу до 5 февраля", as "ordered held in custody until May 22" (round 24)
    r"|(?<![\w-])(?:арест|(?:заключ|помест|взя)[а-яё]*\s+(?:[а-яё]+\s+)?под\s+страж)[а-яё]*"
    r"[^.;!?\n]{0,60}?(?<![\w-])до\s+$",
    _F,
)
# Words opening a subordinate clause: a tense cue beyond one is another clause's ("Министр
# заявил, что в пятницу мост откроют": the Friday is the opening's).
OPENER = re.compile(
    r"(?<![\w-])(?:что|чтобы|когда|если|пока|хотя|поскольку|потому\s+что|так\s+как|"
    r"после\s+того\s+как|до\s+того\s+как|как\s+только|прежде\s+чем)(?![\w-])"
    # "и" before a verb opens another predicate, as English "and" does: "вступил в силу 1 марта
    # и будет действовать до конца года" (not "5 и 20 марта")
    r"|(?<![\w-])и\s+(?=(?:будет|будут|станет|станут|может|могут|должен|должна|должно|должны|"
    r"[а-яё]{2,}(?:ла|ло|ли)(?:сь)?|[а-яё]{2,}лся)(?![\w-]))",
    _F,
)
# A full participle, past if pymorphy says so ("введённый", "закупленные", "принятый",
# "погибший"); the adjectives with the same endings ("военный") are not.
PARTICIPLE = re.compile(
    # (capitalised too: "Задержанный в понедельник мужчина предстанет ...")
    r"(?<![\w-])[а-яёА-ЯЁ][а-яё]{2,}(?:нн|ен|т|вш|ш)(?:ый|ая|ое|ые|ого|ой|ом|ых|ым|ую|ыми|ому|ий|ее|ие|"
    r"его|ему|их|им|ей)(?![\w-])"
    # a short passive one, a past verb of its clause ("Закон подписан 3 декабря и вступит",
    # "задержан 28 декабря"), unless a future's auxiliary stands before it ("будет подписан")
    # or it holds a state up to a deadline ("открыт до 15 января") or sets a date ahead
    # ("намечена на октябрь", round 24)
    r"|(?<![\w-])(?<!будет\s)(?<!будут\s)(?<!быть\s)[а-яё]{3,}(?:ан|ян|ен|ён|т)[аоы]?"
    r"(?![\w-])(?!\s+(?:до|к|ко|по|на)\s)"
)


@lru_cache(maxsize=4096)
def past_participle(word: str) -> bool:
    """True for a past participle, in its full form ("введённый", "закупленные") or its
    short one ("подписан", "задержаны")."""
    parses = _morph().parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("PRTF", "PRTS") and parses[0].tag.tense == "past"


@lru_cache(maxsize=4096)
def short_past_participle(word: str) -> bool:
    """True for a short passive participle ("выдворено", "задержаны"), its clause's verb."""
    parses = _morph().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "PRTS" and parses[0].tag.tense == "past"


# What was ordered, asked or recommended to be done lies ahead: "рекомендовал выплатить
# дивиденды до конца года", "поручил достроить школу к сентябрю"; the cue is the infinitive,
# so the day of the ordering keeps its past ("в среду поручил" is Wednesday gone). Nouns and
# numerals in -ть ("часть", "область", "пять") are not infinitives.
_NOT_INFINITIVE = (
    r"\w*ость|\w*дцать|часть|власть|область|сеть|путь|треть|честь|смерть|мать|пять|шесть|"
    r"девять|десять"
)
INFINITIVE = re.compile(
    r"(?<![\w-])(?:рекомендова|поручи|предложи|постанови|потребова|обяза|призва|попроси|"
    # a hope or a wish looks ahead too: "надеются завершить в четверг", "хотят рассмотреть"
    # ("хотя" is a conjunction: only the verb's forms)
    r"приказа|велел|реши|договорил|обещ|пообещ|надеют|надеет|хотят|хотел|хотим|хочет|"
    r"рассчитыва|стремит|стремят)[а-яё]*"
    r"(?:\s+[\w«»-]+){0,3}?\s+"
    rf"(?P<cue>(?!(?:{_NOT_INFINITIVE})(?![\w-]))[а-яё]{{2,}}(?:ть|ти|чь)(?:ся|сь)?)(?![\w-])",
    _F,
)
TENSE = TenseCues(
    PAST,
    FUTURE,
    PRESENT,
    opener=OPENER,
    is_future=perfective_future,
    deferral=DEFERRAL,
    infinitive=INFINITIVE,
    # the span's preposition, perhaps after the agent in the instrumental ("принятый Госдумой
    # в январе", "назначенный президентом в мае")
    governs=re.compile(
        r"\s+(?:[а-яё]+(?:ой|ей|ом|ём|ем|ами|ями)\s+){0,2}"
        # perhaps after one other prepositional phrase of the same verb: "вступивший в должность
        # в январе", as English "fell across the region on Sunday"
        r"(?:(?:в|во|на|за|из|по)\s+[а-яё]+\s+)?"
        r"(?:в|во|на|с|со|к|ко|до|около|после|перед)\s+",
        _F,
    ),
    participle=PARTICIPLE,
    is_participle=past_participle,
    is_predicate=short_past_participle,
    since=re.compile(r"(?<![\w-])(?:с|со)\s+$", _F),
    # ", как сообщили в мэрии, ...": an attribution set aside between commas
    aside=re.compile(r"\s*,\s*как\s+", _F),
    # a deadline in a clause with no tense lies ahead ("Музей работает до 31 декабря"), as
    # English "until", "by" do
    deadline=re.compile(r"(?<![\w-])(?:до|к|ко)\s+$", _F),
    # the day a report was made: "сообщили в понедельник", "заявил во вторник"
    reporting=re.compile(
        r"(?<![\w-])(?:сообщ|заяв|рассказ|отмет|уточн|подтверд)[а-яё]*\s+(?:в|во)\s+$", _F
    ),
)


_DIGITS = tuple("0123456789")
_MONTH_GATE = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_UNIT_GATE = ("год", "лет", "месяц", "недел", "дн", "день", "сут", "десятилет", "век", "час",
              "минут", "квартал")  # fmt: skip
_WEEKDAY_GATE = ("понедельн", "вторн", "сред", "четверг", "пятниц", "суббот", "воскресен")
_SEASON_GATE = ("весн", "лет", "осен", "зим")
# Words one of which every match of a rule contains (see engine.Rule.gate).
_GATES: dict[str, tuple[str, ...]] = {
    "in_future": ("через",), "numeric": (".",), "iso": ("-",), "full": _MONTH_GATE,
    "day_month": _MONTH_GATE, "dateline_day": _MONTH_GATE, "night_on": ("ночь на", "ночь с"),
    "night_weekdays": ("ночь с",), "night_on_weekday": ("ночь на",),
    "date_then_part": ("утром", "вечером", "ночью"), "every_half_year": ("полгода",),
    "last_unit": ("последн", "ближайш"),
    "part_of_weekday": ("утр", "вечер"), "duration_range_first": ("от ",),
    "half_of_day": ("половин",), "next_part": ("следующ",), "range_first_day": _MONTH_GATE,
    "duration_na": ("раньше", "позже", "позднее", "дольше", "быстрее", "медленнее"),
    "v_hours": ("час",),
    "month_year": _MONTH_GATE, "month": _MONTH_GATE,
    "decade": ("-х", "-е", "0х", "0е"), "century": ("век", "столет"),
    "year": ("16", "17", "18", "19", "20"), "school_year": ("учебн", "академическ"),
    "season": _SEASON_GATE, "quarter": ("квартал",),
    "half": ("половин", "полугод"), "relative_unit": _UNIT_GATE, "ago": ("назад",),
    "relative_half": ("полугод",),
    "relative_quarter": ("квартал",),
    "new_year": ("новом году",),
    "holiday": ("побед", "новый год", "нового год", "новому год", "новым год", "новом год",
                "новогодн"),
    "midnight": ("полноч", "полуноч", "полдень", "полудн"), "hour_part": ("утра", "вечера", "ночи"),
    "every_count": ("кажд",), "past_day": ("сутк", "суток"),
    "spelled_decade": ("десят", "девяност", "сороков", "нулев", "двадцат", "тридцат"),
    "and_a_half": ("с половиной",),
    "duration": _UNIT_GATE, "duration_pair": _UNIT_GATE, "duration_one": ("течение", "протяжении"),
    "duration_za": ("за ",), "duration_lasting": ("дл", "продолжа"),
    "half_year": ("полгода", "полугода"),
    "years_plural": ("годами", "месяцами", "неделями", "десятилетиями"),
    "day_word": ("сегодня", "вчера", "завтра"), "eve": ("накануне",), "eve_word": ("накануне",),
    "weekday": _WEEKDAY_GATE, "part_weekday": _WEEKDAY_GATE, "clock": (":",),
    "dotted_clock": (".",),
    "part_then_weekday": ("утром", "днём", "днем", "вечером", "ночью"),
    "part_then_date": ("утром", "днём", "днем", "вечером", "ночью"),
    "spelled_clock": ("час",),
    "set_adverb": ("ежед", "ежен", "ежем", "ежег", "ежеч", "ежекв"),
    "set_every": ("кажд", "по "), "rate": (" в ",), "every_n": ("раз",),
    "day_of_every_month": ("числа",), "day_of_month": ("числа",),
    "rel_part": ("ночью", "вечером", "утром"),
    "part_of": ("начал", "кон", "середин"),
    "approx_one": _UNIT_GATE, "vague_plural": ("последн", "ближайш"), "weekend": ("выходн",),
    "part_of_day": ("утром", "днём", "днем", "вечером", "ночью"),
    "morning_word": ("рассвет", "под утро", "утру", "утра"),
    "that_part": ("тот ", "ту ", "то ", "той же", "тем же", "том году", "том месяце"),
    "ordinal_day": (" день ",), "evening_word": ("к вечеру",), "part_same_day": ("того же дня",),
    "same_year": ("того же года",),
    "ref": ("сейчас", "ныне", "нынче", "теперь", "настоящ", "данный", "сегодняшн", "прошлом",
            "будущем", "недавно", "днях", "скорее", "последнее время", "ближайшее время",
            "скором времени"),
    "counted": ("ранее", "раньше", "позже", "позднее"), "counted_after": ("спустя",),
    "counted_before": ("спустя",),
    "counted_before_event": ("после",), "same_unit": (" же ",),
    "same_period": ("аналогичн", "тот же период", "того же период", "тем же период"),
}  # fmt: skip


def _rule(name: str, pattern: str, kind: str, fn: object) -> Rule:
    return Rule(name, re.compile(pattern, _F), kind, fn, _GATES[name])  # type: ignore[arg-type]


# a year named by its place from the anchor, hard stems and soft ("прошлого года", "текущего
# года", "будущего года"); not "следующего года", which in a past story counts from the
# story's year ("в 2005 году закрыли, а в марте следующего года продали")
# a month range written with a plain hyphen, as statistics releases do: "январь-сентябрь",
# "в январе-марте 2024 года", each month its own timex (the normaliser checks that a month
# after a hyphen follows another month: "Май-Инвест" is a name)
_RANGE_B = r"(?:(?<![\w-])|(?<=[а-яё]-))"
_RANGE_MONTH = MONTH.replace(_E, rf"(?![\w])(?!-(?!(?:{alternation(n.MONTHS)})(?![\w-])))", 1)
# an ordinal in digits with its case ending ("1-м", "4-го", "2-е"); the digits' class is filled in
_DIGIT_ORD = r"[{}]-?(?:м|го|й|е|ом|ое|ого|ому)(?![\w-])"
_YREL = (
    r"(?:\s+(?P<yrel>позапрошл|прошл|эт|текущ|нынешн|будущ|наступающ|минувш|прошедш|истекш|уходящ|"
    r"следующ)"
    r"(?:ого|ому|его|ему)\s+года)?"
)
# a season's year may be split: "зимой 2022/23 года"
_SPLIT_YEAR = rf"(?P<year>1[6-9]\d\d|20\d\d)(?:/(?:\d\d){{1,2}})?(?!\d){YEAR_WORD}"
# a publication stamp's clock time after its date ("Опубликовано 5 марта 2024, 09:12",
# "05.03.2024 17:45"): the two are one TIME ("в 09:12" after a date stays apart)
STAMP = r"(?:,?\s+(?P<h>[0-2]?\d):(?P<min>[0-5]\d)(?![\d:])(?:\s+мск\b|\s+по\s+\w+\s+времени)?)?"
_NOUN_DECADES = ("нулев", "десят")
# "рано утром во вторник", "поздно вечером 12 марта": the modifier is in, as in "late yesterday"
_EARLY_LATE = r"(?:(?:рано|поздно)\s+)?"
RULES: list[Rule] = [
    # first: on the same span, "через полгода" is a date, not the duration "полгода"
    _rule(
        "in_future",
        rf"(?<=через\s)(?:{APPROX}(?:{NUM}\s+)?{UNIT}|полгода)",
        "DATE",
        n.in_future,
    ),
    _rule(
        "numeric",
        rf"\b(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>\d{{4}})(?:\s*(?:года|г\.))?{STAMP}"
        # a dateline's two-digit year, day and month in two digits: "БИШКЕК, 14.11.23"
        r"|\b(?P<d2>[0-3]\d)\.(?P<mo2>[01]\d)\.(?P<y2>\d\d)(?![\d.,]?\d)",
        "DATE",
        n.numeric,
    ),
    _rule("iso", r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b", "DATE", n.numeric),
    _rule("full", rf"{_B}{MOD}{DAY}\s+{MONTH}\s+{YEAR}{STAMP}", "DATE", n.full),
    # (after "8-" too: the last day of "8-9 марта", as of "8–9 марта")
    _rule("day_month", rf"(?:{_B}|(?<=\d-)){DAY}\s+{MONTH}{_YREL}", "DATE", n.day_month),
    # an agency's dateline with its month shortened: "МОСКВА, 14 ноя — РИА Новости" (round 24)
    _rule(
        "dateline_day",
        rf"{_B}(?P<day>[0-3]?\d)\s+(?P<abbr>{alternation(d.ABBREVIATED_MONTHS)})\.?"
        r"(?=\s*[\u2014\u2013]\s|\s+(?:1[6-9]|20)\d\d(?!\d))",
        "DATE",
        d.dateline_day,
    ),
    # "30 декабря того же года", "в мае того же года": in the year told before it
    _rule("same_year", rf"{_B}(?:{DAY}\s+)?{MONTH}\s+того\s+же\s+года{_E}", "DATE", n.same_year),
    # the first day of a range: "с 1 по 10 апреля", "5–7 июля" (the month is the last day's)
    _rule(
        "range_first_day",
        # ("20 и 21 сентября", round 22)
        rf"{_B}(?P<day>[0-3]?\d)(?=\s*(?:[-\u2013\u2014]\s*|(?:по|и)\s+)[0-3]?\d\s+{MONTH}"
        r"(?:\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\d))?)",
        "DATE",
        d.range_first_day,
    ),
    # "в [[ночь на 5 марта]]": the night before the day, one TIME ("в" stays out); "в [[ночь
    # с 2 на 3 марта]]" is the same night, the one that begins on the first day
    _rule(
        "night_on",
        rf"{_B}ночь\s+(?:с\s+[0-3]?\d\s+)?на\s+{DAY}\s+{MONTH}(?:\s+{YEAR}|{_YREL})",
        "TIME",
        n.night_on,
    ),
    # "в [[ночь со вторника на среду]]": one TIME, the night that begins on the first weekday,
    # as "в ночь с 2 на 3 марта" is
    _rule(
        "night_weekdays",
        r"(?<![\w-])ночь\s+со?\s+(?P<wd>понедельника|вторника|среды|четверга|пятницы|субботы|"
        r"воскресенья)\s+на\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
        r"воскресенье)(?![\w-])",
        "TIME",
        d.night_weekdays,
    ),
    # "в [[ночь на пятницу]]": the night that ends on the weekday, as "в ночь на 5 марта" is
    _rule(
        "night_on_weekday",
        r"(?<![\w-])ночь\s+на\s+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|"
        r"воскресенье)(?![\w-])",
        "TIME",
        d.night_on_weekday,
    ),
    # "[[утро пятницы]]", "на [[вечер субботы]]", "[[утром понедельника]]": a part of a weekday
    _rule(
        "part_of_weekday",
        r"(?<![\w-])(?P<part>утро|утром|вечер|вечером)\s+(?P<wd>понедельника|вторника|среды|"
        r"четверга|пятницы|субботы|воскресенья)(?![\w-])",
        "TIME",
        d.part_of_weekday,
    ),
    # "от [[пяти]] до [[десяти лет]]": the first bound of a range of durations takes the unit
    # of the last, as "с [[1]] по [[10 апреля]]" takes its month (round 22)
    _rule(
        "duration_range_first",
        rf"(?<=(?<![\w-])от\s){NUM}(?=\s+до\s+{APPROX}{NUM2}\s+{UNIT})",
        "DURATION",
        ranges.russian_first_bound,
    ),
    # "во второй половине дня": the afternoon (the morning for "первой") of the anchor day
    _rule(
        "half_of_day",
        rf"{_B}(?P<ord>перв|втор)(?:ой|ую|ая)\s+половин[аеуы]\s+дня{_E}",
        "TIME",
        n.half_of_day,
    ),
    _rule("month_year", rf"{_RANGE_B}{MOD}{MONTH}\s+{YEAR}", "DATE", n.month_year),
    _rule("month", rf"{_RANGE_B}{MOD}{_RANGE_MONTH}{_YREL}", "DATE", n.month_only),
    _rule(
        "decade",
        # the position word is in: "в [[середине 1990-х]]", not the year "середине 1990"
        rf"(?<![\w-]){MOD}(?:\d{{2}}(?:[-–]\d{{2}})?\s*[-–]\s*)?(?P<dec>1[5-9]\d0|20\d0|[2-9]0)-?(?:х|е)(?:\s+(?:годах|годов|годы|гг\.))?"
        # "в 20-х числах марта" are days of a month; "в 2010-х число мигрантов" (the noun
        # "number", singular) is the decade (round 24)
        r"(?!\s+(?:числ(?:ах|ам|ами|а)|чисел)(?![\w-]))",
        "DATE",
        n.decade,
    ),
    # "девяностые годы", "в восьмидесятых" ("нулевые" only before "годы": "нулевые ставки")
    _rule(
        "spelled_decade",
        rf"{_B}{MOD}(?:(?P<dw>{alternation(s for s in RU_DECADE_STEMS if s not in _NOUN_DECADES)})"
        r"(?:ые|ых|ыми)(?:\s+(?:годы|годах|годов|годами))?"
        # "нулевые", "десятые" need their noun: "десятые доли процента" are tenths
        rf"|(?P<dw0>нулев|десят)(?:ые|ых|ыми)\s+(?:годы|годах|годов|годами)"
        # the first of two sharing the last's noun: "в нулевые и десятые годы" (round 22)
        r"|(?P<dw1>нулев|десят)(?:ые|ых|ыми)(?=\s+и\s+[а-яё]+(?:ые|ых|ыми)\s+(?:годы|годах|годов|годами)"
        rf"(?![\w-]))){_E}",
        "DATE",
        n.spelled_decade,
    ),
    _rule(
        "century",
        rf"{_B}{MOD}(?P<ord>XIX|XX|XXI|XVIII|\d{{2}})\s+(?:век[аеу]?|столети[яеи])(?![\w-])",
        "DATE",
        n.century,
    ),
    # (after "2011-" too: the last year of "2011-2012 годах", as of "2011–2012 годах")
    _rule("year", rf"(?:{_B}|(?<=\d\d\d\d-)){MOD}(?<!\d[.,]){YEAR}(?![\w%])", "DATE", n.year),
    # "в 2023/24 учебном году": a school year named by its years is one DATE, its first year, as
    # "зимой 2022/23 года" is
    _rule(
        "school_year",
        rf"{_B}(?P<year>1[6-9]\d\d|20\d\d)\s*[/\u2013-]\s*(?:\d\d){{1,2}}\s+"
        r"(?:учебн|академическ)\w+\s+год\w*",
        "DATE",
        n.school_year,
    ),
    _rule(
        "season",
        # "зимой 2022/23 года" is one winter, the first year's
        rf"{_B}(?:{REL}\s+)?(?P<season>{alternation(RU_SEASONS)}){_E}"
        rf"(?:\s+{_SPLIT_YEAR}|{_YREL})",
        "DATE",
        n.season,
    ),
    _rule(
        "quarter",
        # a position word is in the span, as in "the end of the first quarter": "до конца
        # первого квартала"
        rf"{_B}(?:(?:начал[аеоу]|кон(?:ец|ц[аеу])|середин[аеуы])\s+)?"
        # digits take a case ending, as company reports write them: "в 1-м квартале", "4-го"
        rf"(?P<ord>перв\w*|втор\w*|трет\w*|четв[её]рт\w*|последн\w*|{_DIGIT_ORD.format('1-4')}|"
        r"I{1,3}|IV)\s+"
        rf"квартал\w*(?:\s+{YEAR}|{_YREL})",
        "DATE",
        n.quarter,
    ),
    _rule(
        "half",
        # "во втором полугодии", and in Roman numerals as company reports write it: "за I полугодие"
        rf"{_B}(?P<ord>(?:перв|втор)(?:ой|ом|ую|ая|ое|ого|ому|ым)|II?(?=\s+полугод)|"
        rf"{_DIGIT_ORD.format('12')}(?=\s+полугод))\s+"
        r"(?P<part>половин(?:ой|[аеуы])|полугоди(?:ем|[еияю]))"
        rf"(?:\s+{YEAR}|{_YREL})",
        "DATE",
        n.half,
    ),
    # "за минувшие сутки", "за последние сутки": the past 24 hours, a stretch (before
    # "relative_unit", which would read "минувшие сутки" as yesterday)
    _rule(
        "past_day",
        # "в ближайшие сутки": the next 24 hours, a stretch too
        rf"{_B}(?P<num>)(?:минувши[ехм]|последни[ехм]|прошедши[ехм]|ближайши[ехм])\s+"
        rf"(?P<unit>сутки|суток){_E}",
        "DURATION",
        n.duration,
    ),
    # "за [[последний год]]", "в течение [[ближайшего месяца]]", "в [[ближайшую неделю]]": one unit
    # up to now or from now, a stretch (P1Y), as round 17's line reads "за последний год"
    _rule(
        "last_unit",
        r"(?:(?<=\bза\s)|(?<=\bтечение\s)|(?<=\bпротяжении\s)|(?<=\bв\s)(?=ближайш)"
        # "в последнее десятилетие", one decade up to now, as "the past decade" (round 24)
        r"|(?<=\bв\s)(?=последнее\s+десятилетие))(?P<num>)"
        r"(?:последн|ближайш)(?:ий|его|ему|им|ем|юю|ую|ей|ее)\s+"
        r"(?P<unit>год|года|месяц|месяца|неделю|недели|день|дня|десятилетие|десятилетия)(?![\w-])",
        "DURATION",
        n.duration,
    ),
    # (an accounting year's adjective between: "в прошлом финансовом году", round 24)
    _rule(
        "relative_unit",
        rf"{_B}{REL}\s+(?:(?:финансов|отч[её]тн|календарн|бюджетн)[а-яё]+\s+)?{UNIT}",
        "DATE",
        n.relative_unit,
    ),
    # "в прошлом полугодии", "в следующем полугодии": the anchor's half-year moved (round 24)
    _rule(
        "relative_half",
        rf"{_B}{REL}\s+полугоди(?:е|и|я|ю|ем)(?![\w-])",
        "DATE",
        n.relative_half,
    ),
    # "в прошлом квартале", "в текущем квартале", "в следующем квартале": the quarter before,
    # of or after the anchor's, as English "last quarter" (round 23)
    _rule(
        "relative_quarter",
        rf"{_B}{REL}\s+квартал(?:е|а|у|ом)?(?![\w-])(?!\s+\d)",
        "DATE",
        n.relative_quarter,
    ),
    # "на следующее утро": the morning of the day after the one told, one TIME
    _rule(
        "next_part",
        rf"(?<=на\s){_B}следующ(?:ее|ий|ую)\s+(?P<part>утро|вечер|ночь){_E}",
        "TIME",
        d.next_part,
    ),
    # "в новом году" (not "к Новому году", "после Нового года": the holiday)
    _rule("new_year", rf"(?<=в\s){_B}новом\s+году{_E}", "DATE", n.new_year),
    # holidays: "в День Победы", "к Новому году", "после Старого Нового года" (capitalised:
    # "в новом году" is the year, rule "new_year"). Holiday periods ("на майских праздниках",
    # "новогодние каникулы") are left unmarked, as russian_gold and russian_dev5 leave them
    _rule(
        "holiday",
        # its eve, the day before: "в канун Нового года" (31 December), "в канун Дня Победы"
        r"(?P<eve>(?<![\w-])канун(?:а|е|у|ом)?\s+)?"
        r"(?-i:(?P<old>Стар(?:ый|ого|ому|ым|ом)\s+)?(?<![\w-])(?<!в\s)(?<!во\s)"
        r"(?P<ny>Нов(?:ый|ого|ому|ым|ом)\s+год(?:а|у|ом)?)|(?P<victory>Д(?:ень|ня|ню|нём|нем)"
        r"\s+Победы))(?![\w-])"
        # the New Year's night: "в новогоднюю ночь"
        r"|(?<![\w-])(?P<nye>новогодн(?:юю|яя|ей)\s+ноч(?:ь|ью|и))(?![\w-])",
        "DATE",
        d.holiday,
    ),
    # rule P1: "в тот же день", "в том же месяце", "той же ночью" is not a unit
    # "в тот вечер", "в ту ночь", "в тот день" (not "в тот же день", read by "same_unit");
    # "в ту же ночь", "в тот же вечер", "той же ночью" (round 22)
    _rule(
        "that_part",
        r"(?:(?<=\bв\s)|(?<=\bВ\s))(?P<x>(?:тот|ту|то)\s+(?:же\s+(?=вечер|ночь|утро))?"
        r"(?P<part>день|вечер|ночь|утро))(?![\w-])"
        # "той же ночью", "тем же вечером", "тем же утром": the part of the day told
        r"|(?<![\w-])(?P<x2>(?:той|тем)\s+же\s+(?P<part2>ночью|вечером|утром))(?![\w-])"
        # "в том году", "в тот год", "в том месяце": the year or month told (round 23)
        r"|(?:(?<=\bв\s)|(?<=\bВ\s))(?P<x3>(?:тот\s+(?P<unit3>год|месяц)|том\s+(?P<unit4>году|месяце)))"
        r"(?![\w-])",
        "DATE",
        n.that_part,
    ),
    _rule("same_unit", rf"{_B}(?:тот|тогo|том|той|ту)\s+же\s+{UNIT}", "DATE", n.same_unit),
    _rule(
        "ago",
        rf"{_B}{APPROX}(?:(?P<half>полгода)|(?:{NUM}\s+)?{UNIT})\s+назад{_E}",
        "DATE",
        n.ago,
    ),
    # "два с половиной года (назад)": a count and a half
    _rule(
        "and_a_half",
        rf"{_B}{APPROX}{NUM}\s+с\s+половиной\s+{UNIT}(?P<ago>\s+назад)?{_E}",
        "DURATION",
        n.and_a_half,
    ),
    # "в 22 часа", "в 10 часов": a clock hour, not a stretch ("работали 22 часа"); so is the hour
    # a span starts from or, after a first hour, ends at ("с 22 часов 13 ноября", "с 8 до 22
    # часов")
    _rule(
        "v_hours",
        r"(?:(?<=(?<![\w-])в\s)|(?<=(?<![\w-])с\s)|(?<=(?<![\w-])со\s)|(?<=\d\sдо\s))"
        rf"(?P<h>[01]?\d|2[0-4])\s+час(?:а|ов)?{_E}"
        r"(?!\s+(?:ночи|утра|дня|вечера|назад|подряд)(?![\w-]))",
        "TIME",
        d.v_hours,
    ),
    # "на неделю раньше обычного": the amount of a comparison is a stretch
    _rule(
        "duration_na",
        rf"(?<=(?<![\w-])на\s)(?P<num>)(?P<unit>неделю|сутки|месяц|год|день|час|минуту){_E}"
        r"(?=\s+(?:раньше|позже|позднее|дольше|быстрее|медленнее)(?![\w-]))",
        "DURATION",
        n.duration,
    ),
    _rule(
        "duration",
        rf"{_B}(?:(?:последние|последних|ближайшие|ближайших|первые|первых)\s+)?{APPROX}{NUM}\s+{UNIT}",
        "DURATION",
        n.duration,
    ),
    # "к трём годам и шести месяцам", "два часа и десять минут": one stretch, two units
    _rule(
        "duration_pair",
        # "к 9 годам 6 месяцам колонии": a court's term is often written without "и"
        rf"{_B}{APPROX}{NUM}\s+{UNIT}\s+(?:и\s+)?{NUM2}\s+{UNIT2}"
        # (not a count that a date takes: "получил 2 года 10 дней назад")
        r"(?!\s+(?:назад|спустя|ранее|раньше|позже|позднее)(?![\w-]))",
        "DURATION",
        n.duration_pair,
    ),
    _rule(
        "duration_one",
        # (and "на протяжении года", as "в течение года")
        r"(?:(?<=в\sтечение\s)|(?<=на\sпротяжении\s))"
        rf"(?P<num>)(?P<unit>года|месяца|недели|дня|суток|часа|десятилетия){_E}",
        "DURATION",
        n.duration,
    ),
    # "за неделю", "за сутки": a stretch of one unit ("уровень воды за сутки поднялся")
    _rule(
        "duration_za",
        rf"(?<=\bза\s)(?P<num>)(?P<unit>неделю|сутки|месяц|год|день|час|минуту){_E}",
        "DURATION",
        n.duration,
    ),
    # "каникулы продлятся неделю", "учения длились сутки": one unit after a verb of lasting is a
    # stretch, as "за неделю" is
    _rule(
        "duration_lasting",
        r"(?i:(?<![\w-])(?:(?:про)?дл(?:ит|ят|ил|ял|и|ен)\w*|продолжа\w+)\s+)"
        rf"(?P<x>(?P<num>)(?P<unit>неделю|сутки|месяц|год|день|час|минуту)){_E}",
        "DURATION",
        n.duration,
    ),
    _rule("half_year", rf"{_B}{APPROX}(?:полгода|полугода){_E}", "DURATION", n.half_year),
    _rule(
        "years_plural",
        rf"{_B}(?P<num>)(?P<unit>годами|месяцами|неделями|десятилетиями){_E}",
        "DURATION",
        n.vague,
    ),
    _rule(
        "day_word",
        rf"{_B}(?P<dw>сегодня|вчера|завтра|позавчера|послезавтра)(?:\s+(?P<part>утром|днём|днем|вечером|ночью))?{_E}",
        "DATE",
        n.day_word,
    ),
    # "накануне" alone is the day before ("Суд накануне отправил под арест", "накануне
    # вечером"); before a noun it is a preposition ("накануне выборов": on the eve of)
    _rule(
        "eve",
        # with a part of the day it is always the day before ("Накануне вечером его
        # задержали"); alone, not before a noun ("накануне выборов")
        rf"{_B}(?P<dw>накануне)(?:\s+(?P<part>утром|днём|днем|вечером|ночью){_E}|"
        rf"(?=\s*[,.;:!?—–)]|\s+[а-яё]+(?:л|ла|ли|ло|лся|лась|лись|лось){_E}|\s*$))",
        "DATE",
        n.day_word,
    ),
    # before a word that cannot be a genitive it is the adverb too: "Накануне Мещанский суд
    # приговорил", "Накануне полиция задержала" (not "накануне выборов", "Накануне Нового года")
    _rule(
        "eve_word",
        rf"{_B}(?P<dw>накануне)(?=\s+(?P<next>[а-яё]+){_E})",
        "DATE",
        n.eve_before_word,
    ),
    _rule(
        "weekday",
        rf"(?:(?<=\bв\s)|(?<=\bво\s)|(?<=\bдо\s)|(?<=\bс\s)|(?<=\bсо\s)|(?<=\bк\s)|(?<=\bко\s)"
        # the second of two weekdays under one preposition: "в пятницу и субботу"
        rf"|(?<=\bна\s)|(?<=\bпо\s)|(?<=\sи\s)"
        # "не позднее пятницы", "не раньше среды", "после понедельника"
        rf"|(?<=\bпозднее\s)|(?<=\bпозже\s)|(?<=\bраньше\s)|(?<=\bпосле\s))"
        rf"(?:{REL}\s+)?(?P<wd>{alternation(RU_WEEKDAYS)}){_E}"
        rf"(?:\s+(?P<part>утром|днём|днем|вечером|ночью))?",
        "DATE",
        d.weekday,
    ),
    # "вечером в пятницу", "утром 12 марта": a part of the day before its day is one TIME,
    # as "в пятницу вечером" is
    _rule(
        "part_then_weekday",
        rf"{_B}{_EARLY_LATE}(?P<part>утром|днём|днем|вечером|ночью)\s+(?:в|во)\s+(?:{REL}\s+)?"
        rf"(?P<wd>{alternation(RU_WEEKDAYS)}){_E}",
        "TIME",
        d.weekday,
    ),
    _rule(
        "part_then_date",
        rf"{_B}{_EARLY_LATE}(?P<part>утром|днём|днем|вечером|ночью)\s+{DAY}\s+{MONTH}"
        rf"(?:\s+{YEAR}|{_YREL})",
        "TIME",
        n.part_then_date,
    ),
    # "22 сентября утром": the part of the day after its date is one TIME, as "утром 12 марта"
    # is ("днём" stays out: "объявил 24 марта днём траура"; round 22)
    _rule(
        "date_then_part",
        rf"{_B}{DAY}\s+{MONTH}(?:\s+{YEAR}|{_YREL})\s+(?P<part>утром|вечером|ночью){_E}",
        "TIME",
        n.part_then_date,
    ),
    # "Вечером того же дня": that part of the day the passage talks about, as "в тот вечер"
    _rule(
        "part_same_day",
        rf"{_B}{_EARLY_LATE}(?P<part>утром|днём|днем|вечером|ночью)\s+того\s+же\s+дня{_E}",
        "TIME",
        n.part_same_day,
    ),
    # "к вечеру понедельника", "до утра пятницы": a part of a named weekday
    _rule(
        "part_weekday",
        r"(?:(?<=\bк\s)|(?<=\bко\s)|(?<=\bдо\s))(?P<part>утру|утра|вечеру|вечера|ночи)\s+"
        r"(?P<wd>понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)(?![\w-])",
        "TIME",
        d.part_weekday,
    ),
    _rule(
        "clock",
        # "около 23:00" keeps its approximation, as "около трёх часов ночи" does
        r"(?:(?<![\w-])(?:около|примерно|ровно)\s+)?"
        r"(?<![\d:])(?P<h>[0-2]?\d):(?P<min>[0-5]\d)(?![\d:])(?:\s+по\s+\w+\s+времени|\s+мск\b)?"
        # a weekday in the genitive right after it is in the span: "с 23:00 воскресенья", as
        # "midnight Friday" is one TIME
        r"(?:\s+(?P<wdg>понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)(?![\w-]))?",
        "TIME",
        d.clock,
    ),
    # a dotted clock time, as Russian copy writes it ("в 14.00", "с 9.00 до 18.00"), only after
    # its preposition (d.dotted_clock checks: a literal start scans fast); not an amount ("в 1.5
    # раза", "92.50 рубля")
    _rule(
        "dotted_clock",
        r"(?<![\w.,])(?P<h>[01]?\d|2[0-3])\.(?P<min>[0-5]\d)(?!\d|[.,]\d)"
        r"(?!\s*(?:%|раз|руб|долл|евро|млн|млрд|тыс|процент|балл|пункт|трлн))",
        "TIME",
        d.dotted_clock,
    ),
    _rule(
        "spelled_clock",
        rf"{_B}(?:(?:около|примерно|ровно)\s+)?{NUM}\s+час(?:а|ов|ам|у)?\s+"
        rf"(?P<part>ночи|утра|дня|вечера){_E}",
        "TIME",
        d.spelled_clock,
    ),
    # "в полночь", "около полуночи" (the approximation kept, as in "около трёх часов ночи"):
    # 24:00 of the day the passage talks about, as "midnight" is
    _rule(
        "midnight",
        rf"{_B}(?:(?:около|примерно|ровно)\s+(?=полуноч|полудн))?(?:полночь|полуночи|полуночью|"
        # "в полдень", "к полудню", "после полудня" (not "полдня", half a day)
        rf"(?:(?<=в\s)|(?<=к\s)|(?<=до\s)|(?<=после\s)|(?<=около\s))(?:полдень|полудня|полудню)){_E}",
        "TIME",
        d.midnight,
    ),
    # "в 7 утра", "к восьми вечера", "около 3 ночи": a clock hour named with its part of the
    # day and no "часов" ("около" kept, as in "около трёх часов ночи")
    _rule(
        "hour_part",
        r"(?:(?<=(?<![\w-])в\s)|(?<=(?<![\w-])к\s)|(?<=(?<![\w-])до\s)|(?<=(?<![\w-])с\s)|"
        r"(?<=(?<![\w-])после\s)|(?<![\w-])(?=около\s))(?:около\s+)?"
        rf"(?P<num>1[0-2]|[1-9]|{alternation(n.NUMBERS)})\s+(?P<part>утра|вечера|ночи){_E}",
        "TIME",
        d.spelled_clock,
    ),
    # "каждые две недели": a recurrence, as "раз в две недели" is
    _rule(
        "every_count",
        rf"{_B}кажд(?:ые|ых)\s+{NUM}\s+{UNIT}",
        "SET",
        n.every_n,
    ),
    # "каждые полгода": a SET, as "каждые две недели" is (round 22)
    _rule("every_half_year", rf"{_B}кажд(?:ые|ых)\s+полгода{_E}", "SET", d.every_half_year),
    # "24-го числа каждого месяца": that day of every month, one SET
    _rule(
        "day_of_every_month",
        r"(?<![\w-])(?P<day>[1-3]?\d)(?:-?го)?\s+числа\s+(?:каждого|ежемесячно|всякого)\s+"
        r"месяца(?![\w-])",
        "SET",
        n.day_of_every_month,
    ),
    _rule(
        "set_adverb",
        r"(?<![\w-])(?P<sw>(?:ежедневн|еженедельн|ежемесячн|ежегодн|ежечасн|ежеквартальн)\w*)",
        "SET",
        n.set_adverb,
    ),
    _rule(
        "set_every",
        # "каждый понедельник", "по понедельникам" ("по понедельник" is a span's end)
        rf"{_B}(?:кажд(?:ый|ую|ое|ые)\s+(?P<sw>день|неделю|месяц|год|утро|вечер|выходные|"
        # "каждую весну", "каждое лето" (round 18)
        r"весну|лето|осень|зиму|"
        # "каждый январь", "каждый май"
        r"январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
        rf"{alternation(RU_WEEKDAYS)})"
        rf"|по\s+(?P<sp>{alternation(n.PLURAL_SETS)})){_E}",
        "SET",
        n.set_every,
    ),
    _rule(
        "every_n",
        rf"{_B}(?:(?:\d+|{alternation(n.NUMBERS)})\s+)?раза?\s+в\s+{NUM}\s+{UNIT}",
        "SET",
        n.every_n,
    ),
    _rule(
        "rate",
        rf"{_B}(?P<times>(?:{NUM}\s+)?раза?\s+|(?:дважды|трижды|четырежды)\s+)?в\s+(?P<sw>день|сутки|неделю|месяц|год|час|квартал|полгода){_E}",
        "SET",
        n.rate,
    ),
    _rule(
        "part_of",
        rf"{_B}(?:начал[оаеу]?|кон(?:ец|ц[аеу])|середин[аеуы])\s+(?:{REL}\s+)?"
        r"(?P<unit>года|месяца|недели|века|десятилетия)(?!\s+\d)",
        "DATE",
        n.part_of,
    ),
    _rule(
        "approx_one",
        rf"{_B}(?:около|более|менее|почти|свыше|больше|меньше|не\s+менее|не\s+более)\s+(?P<num>)"
        # "почти месяц", "почти год": the accusative after "почти" too
        rf"(?P<unit>года|месяца|недели|суток|сутки|часа|дня|десятилетия|"
        rf"(?<=почти\s)(?:месяц|год|неделю|час|день)){_E}",
        "DURATION",
        n.duration,
    ),
    _rule(
        "vague_plural",
        rf"{_B}(?:последние|последних|ближайшие|ближайших)\s+(?P<num>)"
        rf"(?P<unit>дни|дней|годы|лет|месяцы|месяцев|недели|недель|часы|часов|десятилетия|"
        rf"десятилетий){_E}",
        "DURATION",
        n.vague,
    ),
    _rule(
        "weekend",
        # "в выходные", "к выходным", "до выходных", "не раньше выходных", "после выходных"
        rf"(?:(?<=\bв\s)|(?<=\bна\s)|(?<=\bк\s)|(?<=\bдо\s)|(?<=\bпосле\s)|(?<=\bраньше\s)"
        rf"|(?<=\bс\s)|(?<=\bсо\s)|(?<=\bперед\s))(?:{REL}\s+|(?P<near>ближайш(?:ие|их|им))\s+"
        # "в эти выходные": the weekend of the anchor's week ("эти" is no REL form: "прошли"
        # would read a verb as one)
        rf"|(?P<this>эти|этих|этим)\s+)?"
        rf"(?:выходные|выходных|выходным|выходными){_E}",
        "DATE",
        n.weekend,
    ),
    # rule P1: "годом ранее", "двумя годами позже", "три года спустя"
    _rule(
        "counted",
        rf"{_B}(?:{NUM}\s+)?(?P<unit>годом|годами|месяцем|месяцами|неделей|неделями|днём|днем|"
        rf"днями)\s+(?P<dir>ранее|раньше|позже|позднее){_E}",
        "DATE",
        n.counted,
    ),
    _rule("counted_after", rf"{_B}(?:{NUM}\s+)?{UNIT}\s+(?P<dir>спустя){_E}", "DATE", n.counted),
    # "спустя два месяца", "Спустя год": the same, the word first
    _rule("counted_before", rf"{_B}(?P<dir>спустя)\s+(?:{NUM}\s+)?{UNIT}{_E}", "DATE", n.counted),
    # "спустя год после наводнения": the time after an event, a duration, as "через неделю после
    # выборов" is ("спустя" out, as "через" is; n.counted leaves it to this rule)
    _rule(
        "counted_before_event",
        rf"(?<=(?<![\w-])спустя\s)(?:{NUM}\s+)?{UNIT}(?=\s+после(?![\w-]))",
        "DURATION",
        n.duration,
    ),
    # rule P2: the same period a year back
    _rule(
        "same_period",
        rf"{_B}(?:аналогичн\w+|(?:тот|того|тому|тем|том)\s+же)\s+(?P<unit>период\w*|квартал\w*)"
        r"\s+(?:(?:прошлого|предыдущего)\s+года|(?P<year>(?:19|20)\d\d)\s+(?:года|г\.))(?![\w-])",
        "DATE",
        n.same_period,
    ),
    # "на третий день мобилизации": counted from the day the story dated the event by (not "в
    # первый день месяца", a calendar's day)
    _rule(
        "ordinal_day",
        rf"(?<![\w-])(?:на|в|во)\s+(?P<x>(?P<ord>{alternation(RU_DAY_ORDINALS)})\s+день)"
        r"(?=\s+(?!(?:месяца|года|недели|квартала|нового)\b)[а-яё]+(?:ии|ия|ки|ов|ы|а)\b)",
        "DATE",
        n.ordinal_day,
    ),
    # "на рассвете", "перед рассветом", "под утро" (an idiom, whole, as "на днях"): a morning,
    # the one that ends a night told before it
    _rule(
        "morning_word",
        r"(?<![\w-])(?:(?:на|перед|до|после|с)\s+(?P<x>рассвет(?:е|ом|а))|под\s+утро|"
        # "к утру пожар потушили", "до утра" (not "до утра пятницы", read whole elsewhere)
        r"(?:к|до)\s+(?P<x2>утр[уа])(?!\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|"
        r"воскресень|\d)))(?![\w-])",
        "TIME",
        n.morning_word,
    ),
    # "к вечеру его потушили", "ближе к вечеру": the evening of the day the passage talks about,
    # as "к утру" is its morning (not "к вечеру понедельника", read whole elsewhere)
    _rule(
        "evening_word",
        r"(?<![\w-])к\s+(?P<x>вечеру)(?!\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|"
        r"воскресень|\d))(?![\w-])",
        "TIME",
        n.evening_word,
    ),
    # "минувшей ночью", "этой ночью", "вчерашним вечером": a part of the day named by its day
    _rule(
        "rel_part",
        r"(?<![\w-])(?P<rel>прошлой|минувшей|этой|сегодняшней|вчерашней|прошлым|этим|вчерашним|"
        r"сегодняшним)\s+(?P<part>ночью|вечером|утром)(?![\w-])",
        "TIME",
        n.rel_part,
    ),
    # "24-го числа", "25 числа": that day of the month told (not "24-го числа каждого месяца",
    # a SET, nor "20-х числах")
    _rule(
        "day_of_month",
        r"(?<![\w-])(?P<day>[1-3]?\d)(?:-?го)?\s+числа(?![\w-])(?!\s+(?:каждого|ежемесячно|"
        r"всякого|месяца))",
        "DATE",
        n.day_of_month,
    ),
    _rule(
        "part_of_day",
        r"(?<![\w-])(?P<part>Утром|Днём|Днем|Вечером|Ночью)(?![\w-])(?!\s+\d)"
        # "днём и ночью": an idiom, all the time
        r"(?!(?<=н[её]м)\s+и\s+ночью)(?<!н[её]м\sи\sночью)"
        # "объявил 24 марта днём траура", "стал днём рождения": "день" in the instrumental
        # before what the day is of, no time of day
        r"(?!(?<=н[её]м)\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\b|траура|памяти|рождения|тишины|"
        r"отдыха|выборов|голосования|открытых|знаний|города))",
        "TIME",
        n.part_of_day,
    ),
    _rule(
        "ref",
        r"(?<![\w-])(?P<x>сейчас|ныне|нынче|теперь|недавно|на\s+днях|как\s+можно\s+скорее|"
        r"на\s+данный\s+момент|на\s+сегодняшний\s+день|"
        # after "в", which stays out of the span: "в [[настоящее время]]", "в [[будущем]]"
        # and after "по": "с 2022 года по [[настоящее время]]"
        r"(?<=по\s)настоящее\s+время|"
        r"(?<=в\s)(?:настоящее\s+время|данный\s+момент|настоящий\s+момент|прошлом|будущем|"
        r"последнее\s+время|ближайшее\s+время|скором\s+времени|"
        r"(?:ближайшем|обозримом|недал[её]ком|отдал[её]нном)\s+будущем))"
        r"(?![\w-])(?!\s+(?:году|месяце|веке|десятилетии|квартале|сезоне|полугодии|периоде"
        # nor before an adjective it agrees with: "в прошлом финансовом году" (round 24)
        r"|[а-яё]+(?:ом|ем|ём)(?![\w-])))",
        "DATE",
        n.ref,
    ),
]
