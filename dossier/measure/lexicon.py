"""Scales, units, currencies and qualifiers for English and Russian.

Closed-class language data, kept as tables so that adding a form is a one-line change.
Every table maps a surface form (lower case) to its normalised meaning. Each language's
number words live with it, in ``dossier/lang/<code>/words.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

from dossier.models import Approx

_V = TypeVar("_V")

# A rupee whose country the text must tell (India's, Nepal's, Sri Lanka's, Pakistan's).
RUPEE = "rupee"
# A shilling whose country the text must tell (Kenya's, Uganda's, Tanzania's, Somalia's).
SHILLING = "shilling"


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of word forms, longest first; "_" stands for a space."""
    items = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace("_", r"\s+").replace(r"\ ", r"\s+") for f in items)


def _forms(table: Mapping[_V, str]) -> dict[str, _V]:
    """{value: "form form form"} -> {form: value}."""
    return {form: value for value, forms in table.items() for form in forms.split()}


SCALES: dict[str, float] = _forms(
    {
        1e5: "lakh lakhs lac lacs",
        1e7: "crore crores cr",
        1e3: "thousand thousands k тысяча тысячи тысяч тысячу тысячам тысячами тысячах тыс тыс.",
        1e6: "million millions mln m mn млн млн. миллион миллиона миллионов миллионам миллионах",
        1e9: "billion billions bn bln b млрд млрд. миллиард миллиарда миллиардов",
        1e12: "trillion trillions tn trln трлн трлн. триллион триллиона триллионов lakh_crore "
        "lakh_crores",
    }
)
# Words that are numbers only before a unit ("one year"), never alone ("one of them").
WEAK_WORDS = _words("one a an один одна одно одного одной одну одном")
# A round number that is also a vague plural ("сотни мигрантов", "тысячи мигрантов",
# hundreds, thousands): a count only after a qualifier ("около сотни", "более тысячи"), as a
# genitive singular; a phrase it opens is vague too ("сотни тысяч").
VAGUE_ROUND: dict[str, float] = {
    "сотни": 100.0, "сотен": 100.0, "тысячи": 1e3, "миллиона": 1e6, "миллиарда": 1e9,
}  # fmt: skip
# A scale word that is a number alone ("выплатили миллион рублей", "пришла тысяча человек") and
# the halves written as one word ("полмиллиона", "полсотни"); English says "a million".
LONE_NUMBERS: dict[str, float] = {
    "сотня": 100.0, "сотню": 100.0, "тысяча": 1e3, "тысячу": 1e3, "миллион": 1e6,
    "миллиард": 1e9, "полмиллиона": 5e5,
    "полумиллиона": 5e5, "полтысячи": 500.0, "полутысячи": 500.0, "полсотни": 50.0,
    "полусотни": 50.0,
    "полмиллиарда": 5e8, "полумиллиарда": 5e8,
}  # fmt: skip
# "пара десятков", "пару сотен", "пары тысяч": a couple of tens, hundreds or thousands is about
# twice the round word (round 20); "пара" alone is no number.
COUPLE_WORDS: dict[str, float] = {"пара": 2.0, "пару": 2.0, "пары": 2.0, "парой": 2.0}
COUPLED_ROUNDS: dict[str, float] = {"десятков": 10.0, "сотен": 100.0, "тысяч": 1e3}
# Words before "hundred" or "thousand" that make it vague, no number: "a few hundred migrants",
# "several hundred workers" (eval/GUIDELINES.md, round 17), as "несколько сотен" is.
VAGUE_BEFORE = _words("few several many")
# An ordinal before a ten names a rank, no count: "вошла в первую десятку" (a top ten).
RANK_ORDINAL = (
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
    r"(?:ую|ая|ой|ое|ый|ий|ей|ью|ья|ье|ьей|ых|ые)"
)
# "a four-fold jump", "a 10-fold rise": a multiplier, as "three times higher" is.
FOLD_AFTER = r"-?\s?folds?\b"
# A share of ten, a hundred or a thousand in Russian: "3 из 10 опрошенных" (as "three out of
# 10" is); "двое из пятерых задержанных" names a part of a group and counts.
SHARE_WHOLE_WORD = "из"
SHARE_WHOLES = frozenset({10.0, 100.0, 1000.0})
# Scale words after "a" or "half a": "a million people", "half a million".
A_SCALES = ("thousand", "million", "billion")
# Russian thousands written before the rest of the number, as tallies write it: "2 тыс. 719
# человек", "1 тысяча 348 военных" (round 18). The rest follows these scale words, and a month
# after it makes it a day ("40 тыс. 12 марта"), no part of the number.
THOUSANDS_BEFORE_REST = ("тыс.", "тысяча", "тысячи", "тысяч")
RU_MONTH_STEMS = r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"
# A half after a number word: "five and a half years", "три с половиной года".
# "с лишним" between a number and its scale or unit is "more than" ("300 с лишним тысяч", "20 с
# лишним лет"; round 19), as "-plus" is after it.
ODD_AFTER = r"с\s+лишним"
HALF_FORMS = ("and_a_half", "с_половиной")
# A vulgar fraction written after digits: "2½ years".
VULGAR_FRACTIONS: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# A ten that multiplies the number before it ("два десятка рабочих" is 20) or stands alone
# ("около десятка" is about 10), as "dozen" does; the plural "десятки" is vague, no number.
TENS_WORDS: dict[str, float] = {"десяток": 10.0, "десятка": 10.0, "десятку": 10.0}
# The plural of a ten or a hundred in an oblique case after a number word is its scale ("более
# двух десятков мигрантов" is 20, "около полутора десятков" 15, "с полутора сотнями" 150; round 22);
# alone it is vague ("судьбы десятков семей"), as "десятки" is.
ROUNDS_AFTER_NUMBER: dict[str, float] = {
    "десятков": 10.0, "десятками": 10.0, "десяткам": 10.0, "десятках": 10.0,
    "сотнями": 100.0, "сотням": 100.0, "сотнях": 100.0,
}  # fmt: skip
# "and" joins number words into one number only after a hundred or a scale word ("two hundred and
# fifty"); "between five and nine years" is a range (round 22). A regex prefix of lookbehinds.
AND_IN_NUMBER = (
    "(?:" + "|".join(rf"(?<={w}\s)" for w in ("hundred", "thousand", "million", "billion")) + ")"
)
# An amount and the phrase after it before "over" and a duration, its last word none that makes
# "over" a bound: "received 2.5 million tenge in pay over six months" is during (round 22), "held
# for over six months" more than. A regex, read case-insensitively.
OVER_DURING_BEFORE = (
    r"\d[\d,.]*(?:\s+[^\W\d_]+){1,5}(?<!\bfor)(?<!\bof)(?<!\blasted)(?<!\blasts)(?<!\blast)"
    r"(?<!\btook)(?<!\btakes)(?<!\btake)(?<!\bspent)(?<!\bafter)(?<!\bwithin)(?<!\bin)"
    r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)(?<!\bthan)\s+$"
)
# An age noun said to be the number after it: "the median age of the dead foreigners was 34", "The
# minimum age of recruits is 18", "Средний возраст погибших — 34" (round 22). A regex, read
# case-insensitively, ending where the number (or its qualifier) begins.
AGE_NOUN_BEFORE = (
    r"\b(?:age|возраст)(?:\s+(?:limit|of|of\s+the)\b)?(?:\s+[^\W\d_]+){0,4}"
    r"\s+(?:is|was|were|are|stood\s+at|—|–|составляет|составил|составлял)\s+$"
)
# Scale words that a vague word before them leaves without a number: "a few hundred", "several
# thousand", "several dozen" (round 22).
VAGUE_SCALES = ("hundred", "thousand", "dozen")
# Words around a number that make it a multiplier, no quantity: "three times higher", "в два
# раза", "в три с лишним раза" (eval/GUIDELINES.md "## Quantities"); a count of times
# ("viewed 40,000 times", english_dev4) stays a count.
# ("three times what they earned at home", "five times the national average": a comparison too)
MULTIPLIER_AFTER = (
    r"times\s+(?:as|more|less|higher|lower|larger|smaller|bigger|greater|over|what|that\s+of|"
    r"those\s+of|the\s+(?:average|amount|rate|level|number|size|price|sum|figure|pay|salary|wage)"
    r"|(?:their|his|her|its)\s+(?:pay|salary|wages?|income|earnings))\b"
)
MULTIPLIER_AROUND = (r"\bв[оo]?\s+$", r"(?:с\s+лишним\s+)?раза?")
# Between two numbers, a share, no quantity: "one in four migrants", "nine out of ten".
SHARE_WORDS = r"in(?:\s+every)?|out\s+of(?:\s+every)?"  # "1 out of every 5" (round 18)
# Qualifiers of an age: "older than 35", "старше 25 лет" are years.
AGE_QUALIFIERS = frozenset({"older than", "younger than", "старше", "младше", "моложе"})
# A verb of change before "from X to Y", "с X до Y", "до Y": X and Y are two values, the old
# and the new, not a range, and "до" is no ceiling ("выросла с 7,5 до 9,2 тысячи рублей").
CHANGE_VERBS = (
    r"rose|risen|rises|rising|fell|fallen|falls|falling|(?:in|de)creas(?:ed|es|ing)|grew|grown"
    r"|grows|dropped|drops|declined|declines|climbed|climbs|jumped|surged|soared|slipped|slid"
    r"|plunged|plummeted|tumbled|doubled|tripled|went\s+(?:up|down)|gone\s+(?:up|down)"
    r"|(?:raised|cut|reduced|lowered|boosted)|(?:вы|воз)рос\w*|выраст\w*|увелич\w*|сократ\w*"
    r"|сокращ\w*|снизи\w*|сниж\w*|упал\w*|упад\w*|уменьш\w*|подорожа\w*|подешеве\w*|повыс\w*"
    r"|повыш\w*|понизи\w*|поднял\w*|подним\w*|подскочи\w*|рост(?:а|ом|у|е)?"
    r"|shrank|shrunk|shrinks|замедли\w*|замедля\w*|ускори\w*|ускоря\w*"
    # nouns of change and a currency's moves ("ожидает замедления инфляции до 5–6%", "рубль ослаб
    # до 95", "сом укрепился до 87,5"; round 21)
    # (the nouns in the nominative, genitive or accusative only: "с ослаблением контроля штраф
    # составит до 5 тыс." keeps its ceiling)
    r"|(?:замедлени|ускорени|ослаблени|укреплени)[еяю]|ослаб(?:л[аои])?|ослабн[еу]т"
    r"|укрепил(?:ся|ась|ось|ись)|укрепится|укрепятся|девальвирова\w*"
    r"|удво(?:ил|ен|ит|ят|я)\w*|удваива\w*|утро(?:ил|ен|ит|ят)\w*|утраива\w*"  # round 20
)
# Words between a verb of change and "from X to Y", its object with its complements: "raised
# the ex gratia for the families of soldiers killed in action from Rs 50 lakh to Rs 1 crore"
# (round 18), no punctuation nor number among them; before, one word.
CHANGE_OBJECT = r"(?:\s+[^\W\d][\w’'-]*){0,12}"
# Words inside the brackets of a conversion, before the second amount: "4,500 somoni (equivalent
# to $410)", "(the equivalent of ...)", "(или 50 долларов)".
CONVERSION_WORDS = r"equivalent\s+to|the\s+equivalent\s+of|or|эквивалентно|что\s+эквивалентно|или"
# Words after which an origin belongs to the counted noun: "40 выходцев из Непала", "25 natives
# of Kerala" (round 17).
ORIGIN_NOUNS = ("выходц", "уроженц", "native")
# Nouns of people whose "из" and origin belong to what is counted too ("граждан из стран
# ближнего зарубежья", "мигрантов из Узбекистана"; round 23), unless "из" opens the whole they
# are part of ("человек из них", "из числа задержанных", "из 40").
ORIGIN_PEOPLE = ("граждан", "человек", "мигрант", "иностранц", "работник", "рабоч")
NOT_ORIGIN = frozenset({"них", "которых", "числа", "общего", "всех", "всего"})
# Genitive nouns in "-ны" that complement a counted noun ("граждан страны", "участников войны"),
# not short participles ("задержаны") that end the phrase (round 22).
GENITIVE_NY = frozenset({"страны", "стороны", "войны", "казны"})
# A house number after a Russian street and its name: "ул. Ленина, 14", "проспект Победы, 21".
RU_STREET_WORDS = r"ул\.|улиц\w*|проспект\w*|пр-т|переул\w*|пер\.|шоссе|бульвар\w*|набережн\w*"
# A clock time: "at 10 a.m.", "в 7 утра"; a time zone after a wire's time of day ("by 1500 GMT",
# "at 0630 UTC", "1745 local time"; round 20).
CLOCK_AFTER = r"a\.m\.|p\.m\.|am|pm|утра|вечера|GMT|UTC|IST|PKT|MSK|мск|local\s+time"
# Words for a tally before a number set off by commas, which is then no age: "The death toll,
# 41, is the highest" (round 18), where "Thapa, 23," is one.
NOT_AGE_BEFORE = _words(
    "figure number total toll tally count rate share price sum amount score число цифра итог"
)
# Capitalised words after which a number is still an amount, not part of a name ("said
# Tuesday 15 were killed").
NOT_NAMES = _words(
    """monday tuesday wednesday thursday friday saturday sunday понедельник вторник среда
    четверг пятница суббота воскресенье"""
)
# A house number before a street: "at 14 Lenin Street" is an address, no quantity.
STREET_WORDS = r"Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Square|Prospekt"

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "₽": "RUB", "rub": "RUB", "kgs": "KGS", "uzs": "UZS", "tjs": "TJS",
    "kzt": "KZT", "bdt": "BDT", "rs": RUPEE, "rs.": RUPEE, "inr": "INR", "npr": "NPR", "lkr": "LKR",
    "ksh": "KES", "ksh.": "KES", "kes": "KES", "ugx": "UGX", "tzs": "TZS", "₹": "INR",
    "pkr": "PKR", "tk": "BDT", "tk.": "BDT", "sh": SHILLING,
    "nrs": "NPR", "nrs.": "NPR", "hk$": "HKD", "s$": "SGD", "a$": "AUD", "c$": "CAD",
    "nz$": "NZD", "₸": "KZT", "₴": "UAH", "aed": "AED", "sar": "SAR", "cny": "CNY",
    "uah": "UAH", "tmt": "TMT", "afn": "AFN",
}  # fmt: skip
UNITS: dict[str, str] = _forms(
    {
        "USD": "dollar dollars usd долларов доллара доллар долларах долл. $ us_dollars us_dollar "
        "u.s._dollars американских_долларов долларов_сша",
        "EUR": "euro euros eur евро €",
        "GBP": "pound pounds £",
        "RUB": "ruble rubles rouble roubles rub рублей рубля рубль рублях руб. руб р. ₽",
        "KGS": "som soms сомов сома сом",
        "UZS": "sum sums soum soums сумов сума",
        "TJS": "somoni somonis сомони",
        "KZT": "tenge tenges тенге ₸",
        "BDT": "taka так така",
        "CNY": "yuan юаней юаня юань",
        "UAH": "hryvnia hryvnias hryvnas гривен гривны гривна гривень ₴",
        "AED": "dirham dirhams дирхамов дирхама",
        "SAR": "riyal riyals риялов рияла",
        "TRY": "lira liras турецких_лир турецкой_лиры",
        "TMT": "manat manats манатов маната манат",  # round 19: Turkmenistan's
        "AFN": "afghani afghanis афгани",
        RUPEE: "rupee rupees рупий рупии рупия",
        SHILLING: "shilling shillings шиллингов шиллинга шиллинг",
        "percent": "percent per_cent pc pct % процентов процента процент",
        "basis_point": "basis_points basis_point bps bp базисных_пунктов базисных_пункта "
        "базисный_пункт б.п.",
        "percentage_point": "percentage_point percentage_points п.п. процентных_пункта "
        "процентных_пунктов процентный_пункт процентного_пункта",
        "year": "year years yr yrs год года лет году годам летний летнего летнему летним летняя "
        "летней летние летних",
        "month": "month months месяц месяца месяцев месяцам месяцами месяцах",
        "week": "week weeks неделя недели недель неделю неделям неделями неделях",
        "day": "day days день дня дней суток сутки дням днями днях суткам сутками",
        "hour": "hour hours час часа часов ч ч. часам часами",
        "minute": "minute minutes минута минуты минут",
        "km": "km kilometers kilometres kilometer kilometre км километров километра километр "
        "километрах",
        "mile": "mile miles",
        "kg": "kg kilograms kilogram кг килограммов килограмма",
        "ton": "ton tons tonne tonnes тонн тонны тонна т т.",
        "hectare": "hectare hectares га гектаров гектара",
        "acre": "acre acres",
        "m": "metre metres meter meters метр метра метров метрах",
        "m2": "square_metres square_meters square_metre square_meter sq_m квадратных_метров "
        "квадратных_метра квадратный_метр кв._м кв.м square-metre square-meter square-metres",
        "km2": "square_kilometres square_kilometers square_kilometre square_kilometer sq_km "
        "квадратных_километров квадратных_километра квадратный_километр кв._км",
    }
)
# A currency with its country's adjective: "3 lakh Nepali rupees", "кыргызских сомов".
UNITS.update(
    _forms(
        {
            "NPR": "nepali_rupees nepalese_rupees nepali_rupee непальских_рупий",
            "INR": "indian_rupees indian_rupee индийских_рупий",
            "LKR": "sri_lankan_rupees шри-ланкийских_рупий",
            "PKR": "pakistani_rupees pakistani_rupee пакистанских_рупий",
            "KES": "kenyan_shillings кенийских_шиллингов",
            "UGX": "ugandan_shillings угандийских_шиллингов",
            "TZS": "tanzanian_shillings танзанийских_шиллингов",
            "KGS": "kyrgyz_soms kyrgyz_som кыргызских_сомов киргизских_сомов",
            "UZS": "uzbek_soums uzbek_sums узбекских_сумов",
            "TJS": "tajik_somoni таджикских_сомони",
            "KZT": "kazakh_tenge kazakhstani_tenge казахстанских_тенге",
            "BDT": "bangladeshi_taka",
            "RUB": "russian_rubles russian_roubles российских_рублей",
        }
    )
)
CURRENCIES = frozenset(
    {
        "USD",
        "HKD",
        "SGD",
        "AUD",
        "CAD",
        "NZD",
        "CNY",
        "UAH",
        "AED",
        "SAR",
        "TRY",
        "TMT",
        "AFN",
        "EUR",
        "GBP",
        "RUB",
        "KGS",
        "UZS",
        "TJS",
        "KZT",
        "BDT",
        "INR",
        "NPR",
        "LKR",
        "PKR",
        RUPEE,
        "KES",
        "UGX",
        "TZS",
        "SOS",
        SHILLING,
    }
)
# Whose rupee: the country a text speaks of most ("Rs 2 lakh" in a Kathmandu story is Nepal's),
# by its name, its people, its currency's code or sign, or (round 17) a state or city of it
# ("Rs 3.5 lakh" in a Telangana story is India's, "Rs4.5m" in a Lahore one Pakistan's).
RUPEE_COUNTRIES: dict[str, str] = {
    "INR": r"INR|₹|India|Indians?|New\s+Delhi|Индия|Индии|индийск\w*|Kerala|Haryana|Telangana"
    r"|Karnataka|Tamil\s+Nadu|Uttar\s+Pradesh|Gujarat|Maharashtra|Mumbai|Chennai|Kolkata"
    r"|Bengaluru|Thrissur|Delhi",
    "NPR": r"NPR|Nepal|Nepali|Nepalese|Kathmandu|Непал\w*|непальск\w*|Катманду|Pokhara|Butwal",
    "LKR": r"LKR|Sri\s+Lanka|Sri\s+Lankans?|Colombo|Шри-Ланк\w*|шри-ланкийск\w*|Коломбо",
    "PKR": r"PKR|Pakistan|Pakistanis?|Islamabad|Пакистан\w*|пакистанск\w*|Lahore|Karachi"
    r"|Rawalpindi|Peshawar|Multan|Faisalabad|Gujranwala|Sialkot",
}
# Whose shilling, the same way.
SHILLING_COUNTRIES: dict[str, str] = {
    "KES": r"Kenya|Kenyans?|Nairobi|Mombasa|Кени\w*|кенийск\w*|Найроби",
    "UGX": r"Uganda|Ugandans?|Kampala|Уганд\w*|угандийск\w*|Кампал\w*",
    "TZS": r"Tanzania|Tanzanians?|Dar\s+es\s+Salaam|Dodoma|Танзани\w*|танзанийск\w*",
    "SOS": r"Somalia|Somalis?|Mogadishu|Сомали|сомалийск\w*|Могадишо",
}
PERIODS: dict[str, str] = _forms(
    {
        "month": "a_month per_month each_month every_month monthly в_месяц в_мес. ежемесячно",
        "year": "a_year per_year each_year every_year annually yearly per_annum в_год ежегодно",
        "week": "a_week per_week each_week every_week weekly в_неделю еженедельно",
        "day": "a_day per_day each_day every_day daily в_день в_сутки ежедневно",
        "hour": "an_hour per_hour each_hour every_hour hourly в_час ежечасно",
    }
)
# A period after a slash, as ads and tables write it: "$2,800/month", "65 тыс. руб./мес.".
SLASH_PERIODS: dict[str, str] = _forms(
    {
        "month": "month mo мес. мес месяц",
        "year": "year yr год",
        "week": "week wk нед.",
        "day": "day день сутки",
        "hour": "hour hr час",
    }
)
# After a sum of money, "p.m." and "pm" are per mensem, as South Asian papers write a monthly pay
# ("Rs 30,000 p.m."); after a bare number they are a clock time ("10 p.m.").
MONEY_PER_MONTH_AFTER = r"p\.m\.|pm"
# Prepositions after a scale alone that tell whom money is from or for (round 19: "4 million
# rubles from Moscow and 2 million from the region", "1,5 млн от области"): the scale takes the
# currency of the money before it.
MONEY_SOURCE_WORDS = r"from|for|by|each|apiece|от|из|для|на\s+каждого|каждому"
# Units written against their number: "30km", "18kg", "9pc".
GLUED_UNITS = r"km|kg|pc|ha"
# The base of a rate is no quantity, the number before it counts (round 18): "88 cases per
# 100,000 people", "на каждые 1000 новорождённых"; after a bare Russian "на", only before the
# people it is counted over ("38 случаев на 100 тысяч населения"), since "выросло на 100 тысяч"
# is a difference.
RATE_BASE_BEFORE = r"per|for\s+every|на\s+кажд(?:ые|ую|ый|ое|ых)"
# "на 10 тыс. жителей приходится 21 врач": the verb that spreads a count over a base told
# before it (round 19), where "выросло на 100 тыс. человек" is a difference.
RATE_SPREAD_VERBS = r"приход(?:ится|ятся|илось|илась|ился|ились)"
RATE_POPULATION_AFTER = r"населени\w*|жител\w*|человек|чел\.|новорожд\w*|детей|родившихся"
# A Russian compound of a number and a scale ("10-тысячный отряд", "2-миллионный город") counts
# that many (round 18); the stems are looked up after the hyphen.
COMPOUND_SCALES: dict[str, float] = {"тысячн": 1e3, "миллионн": 1e6}
# A Russian fraction in words after its numerator: "две трети", "три четверти", "две пятых".
RU_FRACTION_AFTER = (
    r"\s+(?:трет(?:и|ей|ь|ью|ями)|четверт(?:и|ей|ь|ью|ями)"
    r"|(?:пят|шест|седьм|восьм|девят|десят|сот)(?:ых|ая|ую|ой|ые))(?!\w)"
)
# A fraction in words after a number word: "two-thirds", "one-fifth".
FRACTION_AFTER = r"-(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?\b"
# Words after a period that make it a time, no rate: "from $3.4 million a year earlier".
NOT_A_RATE_AFTER = _words("earlier ago before later back previously")
# After a count's noun, a period is its rate ("about 40 cases a month", "50 автомобилей в час",
# round 18) unless it is a time: "40 people a week earlier", "a day after the raid".
COUNT_NOT_A_RATE_AFTER = NOT_A_RATE_AFTER | _words("after since into")
# Period adjectives before the money: "a monthly salary ($3,100)", "ежемесячная зарплата".
PERIOD_ADJECTIVES: dict[str, str] = {
    "monthly": "month", "annual": "year", "yearly": "year", "weekly": "week", "daily": "day",
    "hourly": "hour", "ежемесячн": "month", "месячн": "month", "ежегодн": "year",
    "годов": "year", "еженедельн": "week", "ежедневн": "day", "дневн": "day",
    # an average's compounds ("среднемесячная зарплата", round 21)
    "среднемесячн": "month", "среднегодов": "year", "среднесуточн": "day", "среднедневн": "day",
}  # fmt: skip
# Nouns of pay that a period adjective makes periodic wherever its amount comes later in the
# sentence: "Средняя месячная зарплата в Кыргызстане во втором квартале составила 41 тыс. сомов"
# (round 20), past PERIOD_LOOKBACK.
WAGE_NOUNS = (
    r"wages?|salar(?:y|ies)|pay|income|earnings|pensions?|allowances?|payments?|stipends?"
    r"|зарплат\w*|заработн\w*|оклад\w*|доход\w*|пенси\w*|выплат\w*|пособи\w*|стипенди\w*"
)
_QUALIFIER_FORMS: dict[Approx, str] = {
    "at_least": "at_least no_fewer_than no_less_than a_minimum_of at_minimum не_менее "
    "не_менее_чем не_меньше не_меньше_чем как_минимум по_меньшей_мере по_крайней_мере минимум",
    "at_most": "up_to at_most no_more_than a_maximum_of as_many_as as_much_as не_более "
    "не_более_чем "
    "не_больше не_больше_чем максимум до",
    "about": "about around approximately roughly some nearly almost close_to "
    "an_estimated estimated approx. около ок. примерно приблизительно порядка почти "
    "почти_до примерно_до приблизительно_до около_до в_районе maybe perhaps possibly",
    "more_than": "more_than over in_excess_of upwards_of just_over a_little_over older_than "
    "above более более_чем больше больше_чем свыше св. старше выше",
    "less_than": "less_than fewer_than under below just_under younger_than менее менее_чем "
    "меньше меньше_чем младше моложе ниже",
}
# A bare comparative before "на" tells a difference, not a bound: "стало меньше на 15
# процентов" (by 15 percent); "более чем на", "не менее чем на" stay bounds.
DIFFERENCE_COMPARATIVES = _words("меньше больше более менее")
QUALIFIERS: dict[str, Approx] = {
    form.replace("_", " "): approx
    for approx, forms in _QUALIFIER_FORMS.items()
    for form in forms.split()
}
# Words after which a number is a label, not a quantity: "Article 359", "№ 5", "ч. 2".
LABEL_WORDS = _words(
    """article art. no. nos. number part paragraph section page p. pp. chapter item clause
    flight route unit bus room case resolution protocol code vol. volume issue top топ
    статья статьи статье статьей статьёй статью ст. ч. часть части частью пункт пункта
    пункту пунктом пункте п. № в/ч номер номера номером глава главы главе раздел разделе
    протокол рейс рейса рейсом маршрут маршрута д. дом доме корпус корп. квартира квартире
    кв. кабинет кабинете каб. офис стр. инн огрн автобус"""
)
# Plural label words, labels only right before their numbers ("Sections 370 and 420", "статьям
# 359 и 208"), not across a comma ("ran 12 articles, 5 of them …").
LABEL_PLURALS = _words(
    """articles sections paragraphs clauses parts chapters статьям статей статьях частям частей
    пунктов пунктам"""
)
# After digits, a Russian ordinal's ending or a label's capitals: "58-я армия", "810-й бригады",
# "115-ФЗ" are no amounts.
ORDINAL_OR_LABEL_SUFFIX = (
    r"-(?:й|я|е|ю|го|му|м|х|ми|ой|ая|ое|ые|ый|ий|ых|ом)(?![\w-])|-[А-ЯЁA-Z]{1,3}(?![\w-])"
)
# A quarter or half of a year counted in digits is its name: "в 3 квартале", "за 1 полугодие".
CALENDAR_PART = r"квартал\w*|полугоди\w*"
# Time adverbs that may close a clause after a number: "… but only 128,000 now."
# ... and a time phrase of the old value (round 18): "from 82,000 a year earlier", "с 78 тыс.
# годом ранее".
CLAUSE_ADVERBS = (
    r"now|today|then|at\s+present|сейчас|теперь|сегодня"
    r"|an?\s+(?:year|month|week)\s+(?:earlier|ago|before)|(?:годом|месяцем|неделей)\s+ранее"
    r"|(?:год|месяц|неделю)\s+назад"
)
# Complements after "of" that belong to the counted noun ("95 prisoners of war", "30 members of
# parliament", round 18); any other "of" ends the phrase ("cases of foreigners", "accused of
# sending"), as the eval texts show it must.
OF_COMPLEMENTS = _words("war parliament state conscience ammunition staff")
# English participles that name people after a number ("12 accused", "30 injured"): counted
# nouns, where another past form right after a number is a verb ("4 survived,", round 18).
PEOPLE_PARTICIPLES = _words(
    "accused suspected injured wounded detained displaced deceased arrested convicted missing"
)
# A number shaped like a year counts when a plural noun follows it (round 19: "задержаны 2000
# человек", "detained 2000 migrants"), unless a word that leads a year stands before it ("в
# 2021", "the 2024 elections", "amid 2022 protests") or the noun is the calendar's ("2023
# финансовый год").
YEAR_LEADS = _words(
    """in on at by of from to for since until till before after during amid through over and
    or the a an his her their its our my your this that these those last next early late mid
    в во с со к до по за от на после перед между и или начиная конца начала середины"""
)
YEAR_NOUNS = r"год|гг?(?![а-яё])|year|fiscal|financial|финансов|календарн|учебн"
PLURAL_PEOPLE = _words("people men women children")
# A Russian noun before its number makes it approximate (round 19: "человек 40", "лет пять"):
# the noun and the unit it gives.
INVERTED_NOUNS: dict[str, str | None] = {
    "человек": None, "лет": "year", "месяцев": "month", "недель": "week", "дней": "day",
    "часов": "hour", "километров": "km",
}  # fmt: skip
# A Russian scale before its number: "тысяч двести человек" is about 200,000 (round 19).
INVERTED_SCALES: dict[str, float] = {"тысяч": 1e3}
# The first word of a clause that leaves out its noun and verb after a comma, before a dash: a
# place or a person the figure is told of (", в Оше — 28 тыс. сомов", ", его брату — 23").
PARALLEL_OPENERS = r"в|во|на|у|для|его|её|ее|их"
# Words that end a counted noun phrase ("93 prisoners | from these countries").
COUNT_STOP = _words(
    """of from in on at to for with by after before since during as than who that which
    and or but were was had have has are is be been will would could can may might
    said says told reported died killed fled left came went who whom whose per each
    got gets gave took made won lost face faces faced
    out up down off into onto over under between among across about around this these
    those their his her its our your my the a an it they he she we you
    now today then there here
    within through throughout amid via until despite against toward towards while when where
    last next ago yesterday tomorrow remain remains still also already reportedly allegedly
    hold live serve earn say want need lack
    из в во на с со к по у о об от до за при после для без через над под между и или но
    что который которые которых были был была было будут будет это этот эта эти их его ее
    сейчас теперь сегодня годом месяцем неделей ранее назад больше меньше более менее
    её не как"""
)

# A verb that is also a noun ends a counted phrase when a preposition or an adverb follows it
# ("7,000 Indians work in Russia", "800,000 work abroad"), where "5 work permits" goes on with
# its noun (round 24; counted.py).
NOUN_OR_VERB = _words(
    "work works stay stays fight fights return returns wait waits travel study studies"
)
AFTER_VERB = _words(
    """in at on for abroad there here as without with illegally legally alongside under
    across near inside outside"""
)
