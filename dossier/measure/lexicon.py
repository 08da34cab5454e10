"""Number words, scales, units, currencies and qualifiers for English and Russian.

Closed-class language data, kept as tables so that adding a form is a one-line change.
Every table maps a surface form (lower case) to its normalised meaning.
"""

from __future__ import annotations

from dossier.models import Approx


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


def _forms(table: dict[float, str]) -> dict[str, float]:
    """{value: "form form form"} -> {form: value}."""
    return {form: value for value, forms in table.items() for form in forms.split()}


EN_NUMBER_WORDS: dict[str, float] = _forms(
    {
        1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
        8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve dozen", 13: "thirteen",
        14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
        19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
        70: "seventy", 80: "eighty", 90: "ninety", 100: "hundred",
    }
)  # fmt: skip
RU_NUMBER_WORDS: dict[str, float] = _forms(
    {
        1: "один одна одно одного одной одному одним одну одном",
        1.5: "полтора полторы полутора",
        # with the collective numerals that count people: "двое мужчин", "трое задержанных"
        2: "два две двух двум двумя двое двоих", 3: "три трех трёх трем трём тремя трое троих",
        4: "четыре четырех четырёх четырем четырём четырьмя четверо четверых",
        5: "пять пяти пятью пятеро пятерых", 6: "шесть шести шестью шестеро шестерых",
        7: "семь семи семью семеро семерых",
        8: "восемь восьми восемью восьмью", 9: "девять девяти девятью",
        10: "десять десяти десятью", 11: "одиннадцать одиннадцати",
        12: "двенадцать двенадцати", 13: "тринадцать тринадцати",
        14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати",
        16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати",
        18: "восемнадцать восемнадцати", 19: "девятнадцать девятнадцати",
        20: "двадцать двадцати двадцатью", 30: "тридцать тридцати тридцатью",
        40: "сорок сорока", 50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти",
        70: "семьдесят семидесяти", 80: "восемьдесят восьмидесяти", 90: "девяносто девяноста",
        100: "сто ста", 200: "двести двухсот", 300: "триста трехсот трёхсот",
        400: "четыреста четырехсот четырёхсот", 500: "пятьсот пятисот",
        600: "шестьсот шестисот", 700: "семьсот семисот", 800: "восемьсот восьмисот",
        900: "девятьсот девятисот",
    }
)  # fmt: skip
SCALES: dict[str, float] = _forms(
    {
        1e3: "thousand thousands k тысяча тысячи тысяч тысячу тысячам тысячами тысячах тыс тыс.",
        1e6: "million millions mln m mn млн млн. миллион миллиона миллионов миллионам миллионах",
        1e9: "billion billions bn b млрд млрд. миллиард миллиарда миллиардов",
        1e12: "trillion trillions трлн трлн. триллион триллиона триллионов",
    }
)
# Words that are numbers only before a unit ("one year"), never alone ("one of them").
WEAK_WORDS = _words("one a an один одна одно одного одной одну одном")

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "₽": "RUB", "rub": "RUB", "kgs": "KGS", "uzs": "UZS", "tjs": "TJS",
    "kzt": "KZT",
}  # fmt: skip
UNITS: dict[str, str] = {
    form: unit
    for unit, forms in {
        "USD": "dollar dollars usd долларов доллара доллар долларах долл. $",
        "EUR": "euro euros eur евро €",
        "GBP": "pound pounds £",
        "RUB": "ruble rubles rouble roubles rub рублей рубля рубль рублях руб. руб ₽",
        "KGS": "som soms сомов сома сом",
        "UZS": "sum sums сумов сума",
        "TJS": "somoni сомони",
        "KZT": "tenge тенге",
        "percent": "percent per_cent % процентов процента процент",
        "percentage_point": "percentage_point percentage_points п.п. процентных_пункта "
        "процентных_пунктов процентный_пункт",
        "year": "year years год года лет году годам летний летнего летнему летним летняя "
        "летней летние летних",
        "month": "month months месяц месяца месяцев",
        "week": "week weeks неделя недели недель неделю",
        "day": "day days день дня дней суток сутки",
        "hour": "hour hours час часа часов",
        "minute": "minute minutes минута минуты минут",
        "km": "km kilometers kilometres kilometer kilometre км километров километра километр",
        "mile": "mile miles",
        "kg": "kg kilograms kilogram кг килограммов килограмма",
        "ton": "ton tons tonne tonnes тонн тонны тонна",
        "hectare": "hectare hectares га гектаров гектара",
    }.items()
    for form in forms.split()
}
CURRENCIES = frozenset({"USD", "EUR", "GBP", "RUB", "KGS", "UZS", "TJS", "KZT"})
PERIODS: dict[str, str] = {
    form: period
    for period, forms in {
        "month": "a_month per_month each_month every_month monthly в_месяц ежемесячно",
        "year": "a_year per_year each_year every_year annually yearly per_annum в_год ежегодно",
        "week": "a_week per_week each_week every_week weekly в_неделю еженедельно",
        "day": "a_day per_day each_day every_day daily в_день в_сутки ежедневно",
        "hour": "an_hour per_hour each_hour every_hour hourly в_час ежечасно",
    }.items()
    for form in forms.split()
}
# Period adjectives before the money: "a monthly salary ($3,100)", "ежемесячная зарплата".
PERIOD_ADJECTIVES: dict[str, str] = {
    "monthly": "month", "annual": "year", "yearly": "year", "weekly": "week", "daily": "day",
    "hourly": "hour", "ежемесячн": "month", "месячн": "month", "ежегодн": "year",
    "годов": "year", "еженедельн": "week", "ежедневн": "day", "дневн": "day",
}  # fmt: skip
_QUALIFIER_FORMS: dict[Approx, str] = {
    "at_least": "at_least no_fewer_than no_less_than a_minimum_of at_minimum не_менее "
    "не_меньше как_минимум по_меньшей_мере по_крайней_мере минимум",
    "at_most": "up_to at_most no_more_than a_maximum_of as_many_as не_более не_больше максимум до",
    "about": "about around approximately roughly some nearly almost close_to "
    "an_estimated estimated approx. около примерно приблизительно порядка почти "
    "почти_до",
    "more_than": "more_than over in_excess_of upwards_of just_over более более_чем "
    "больше больше_чем свыше",
    "less_than": "less_than fewer_than under below just_under менее менее_чем меньше меньше_чем",
}
QUALIFIERS: dict[str, Approx] = {
    form.replace("_", " "): approx
    for approx, forms in _QUALIFIER_FORMS.items()
    for form in forms.split()
}
# Words after which a number is a label, not a quantity: "Article 359", "№ 5", "ч. 2".
LABEL_WORDS = _words(
    """article art. no. nos. number part paragraph section page p. pp. chapter item clause
    flight route unit bus room case resolution protocol code vol. volume issue
    статья статьи статье статьей статьёй ст. ч. часть части пункт п. №
    номер глава главы раздел протокол рейс маршрут"""
)
# Words that end a counted noun phrase ("93 prisoners | from these countries").
COUNT_STOP = _words(
    """of from in on at to for with by after before since during as than who that which
    and or but were was had have has are is be been will would could can may might
    said says told reported died killed fled left came went who whom whose per each
    out up down off into onto over under between among across about around this these
    those their his her its our your my the a an it they he she we you
    из в во на с со к по у о об от до за при после для без через над под между и или но
    что который которые которых были был была было будут будет это этот эта эти их его ее
    её не как"""
)
