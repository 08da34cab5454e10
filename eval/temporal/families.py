"""Score the temporal stage on the issue-10 family sets (English and Russian, ours).

Four files, written and annotated by hand before the system was run on them (conventions: the "##
Time" section of ``eval/GUIDELINES.md``): ``english_families.txt`` and ``russian_families.txt`` are
the development parts, the rules were tuned on them; ``english_families_heldout.txt`` and
``russian_families_heldout.txt`` are held out, never used to tune a rule, and reported apart.
``english_heldout2.txt`` and ``russian_heldout2.txt`` (round 8) are a second held-out pair, written
and annotated by a second annotator who saw only the guidelines (wire copy, business news, Central
Asian and Russian regional styles), never used to tune a rule. ``english_dev3.txt`` (round 10) is a
development set written the same way in the style of the TimeBank/AQUAINT corpora (WSJ business
news, AP/NYT world news): its errors are read and rules made on them. ``english_dev4.txt``
(TimeBank style and current wire copy) and ``russian_dev.txt`` (Russian regional news and court
reports) are round 11's development sets, written the same way. ``english_dev5.txt`` (45 passages:
business and financial wire copy, politics, courts, weather, 1991-2025) and ``russian_dev2.txt``
(25 passages of Russian regional news, court reports and regional economic news) are round 12's,
written and annotated by a helper session from the guidelines before any system ran on them.
``english_dev6.txt`` (45 passages, 333 timexes: 35 in the genres and eras of TimeBank 1.2 and
AQUAINT, 1989-90 business news, 1998 broadcast transcripts and 1996-2000 wire copy, and 10 of
current wire copy) and ``russian_dev3.txt`` (20 passages of Russian regional and court news, 120
timexes) are round 13's, written and annotated the same way. ``english_dev7.txt`` (14 passages, 99
timexes: wire, business and court copy, a broadcast transcript, 1989-2019, document dates on both
sides of a year boundary) and ``russian_dev4.txt`` (11 passages of Russian regional, court and
company news, 58 timexes) are round 14's, written and annotated the same way. ``english_dev8.txt``
(16 passages, 107 timexes: broadcast transcripts, wire, business, market and political copy,
1990-2019, document dates on both sides of a year boundary) and ``russian_dev5.txt`` (10 passages
of Russian regional, court, city and company news, 51 timexes) are round 15's, written and
annotated the same way. ``english_dev9.txt`` (15 passages, 118 timexes: night attacks, a broadcast
transcript, 1990s wire and business copy, abbreviated periods, court, political and market copy,
holidays as anchors, 1991-2025, document dates on both sides of a year boundary) and
``russian_dev6.txt`` (8 passages of Russian regional, emergency, court and city news, 47 timexes)
are round 16's, written and annotated the same way. ``english_heldout3.txt`` (14 documents, 76
timexes: wire, South and Central Asian, court, business and analysis copy, 1996-2025) and
``russian_heldout3.txt`` (12 documents of Russian regional, court and Central Asian news, 54
timexes) are round 17's third held-out pair, written and annotated from the guidelines and real
reporting by a helper session that read no rule, error report or test, before any system ran on
them; blind: scored and reported, never inspected with ``--errors``, never used to tune a rule.
``english_dev10.txt`` (14 passages, 115 timexes: datelines, update stamps, clock times with zones
and converted times, day and year ranges, a day of the month alone, possessive days in market copy,
sets; wire, broadcast, business, political, court and conflict copy, 1989-2026, document dates on
both sides of a year boundary) and ``russian_dev7.txt`` (8 passages of Russian wire, regional,
court, economic and emergency news, 61 timexes) are round 17's, written and annotated the same way.
``english_heldout4.txt`` (13 documents, 90 timexes: wire, South and Central Asian, court, business,
remittance and analysis copy, 2016-2025, document dates on both sides of a year boundary) and
``russian_heldout4.txt`` (11 documents of Russian regional, court, economic and Central Asian news,
55 timexes) are round 18's fourth held-out pair, written and annotated as the third was (from the
guidelines and real reporting, by a helper session that read no rule, error report or test, before
any system ran on them); blind: scored and reported, never inspected with ``--errors``, never used
to tune a rule.
``english_dev11.txt`` (14 passages, 100 timexes: durations beside points in court and war copy,
"since"-phrases, an ordinal day of a dated event, fuzzy times such as "around midnight" and "at
dawn", a dotted dateline, past-perfect analysis prose; 1990-2025, document dates on both sides of a
year boundary) and ``russian_dev8.txt`` (8 passages of Central Asian, court, economic, emergency and
conflict news, 48 timexes) are round 18's, written and annotated the same way.
``english_heldout5.txt`` (12 documents, 86 timexes: wire, South and Central Asian, court,
remittance and analysis copy, a bracketed day after a weekday, 2022-2026, document dates on both
sides of a year boundary) and ``russian_heldout5.txt`` (9 documents of Russian regional, court,
embassy, economic and Central Asian news, 52 timexes) are round 19's fifth held-out pair, written
and annotated as the fourth was; blind: scored and reported, never inspected with ``--errors``,
never used to tune a rule.
``english_dev12.txt`` (14 passages, 113 timexes: a weekday with its date in brackets, dotted "pm"
clock times, "the 12 months to September", "a quarter of a century", "so far this year", "a
fortnight ago", year-end holidays, a converted quake time, past-perfect analysis prose; 1990-2025,
document dates on both sides of a year boundary) and ``russian_dev9.txt`` (9 passages of regional,
court, economic, city, Central Asian, election and conflict news, 54 timexes: a night named by two
weekdays, spelled ordinal dates, a two-digit dotted dateline, "в позапрошлом году", "прошлой
зимой") are round 19's, written and annotated the same way.
``english_heldout6.txt`` (13 documents, 91 timexes: wire, South and Central Asian, court, raid,
remittance, results and analysis copy, a night named by its weekday, an evening start ending in the
morning, a dotted dateline, 2023-2025, document dates on both sides of a year boundary) and
``russian_heldout6.txt`` (9 documents of Russian city, court, economic and Central Asian news, 48
timexes) are round 20's sixth held-out pair, written and annotated as the fifth was; blind: scored
and reported, never inspected with ``--errors``, never used to tune a rule.
``english_dev13.txt`` (13 passages, 99 timexes: "as of" stamps, deadlines and time limits, a
legal reference that holds a date, sports and school years, an anniversary, a relative time quoted
from an earlier interview, a headline and a photo caption, "year to date", "this time last year";
2019-2025, document dates on both sides of a year boundary) and ``russian_dev10.txt`` (9 passages
of regional, court, economic, city, Central Asian, education and conflict news, 54 timexes: legal
references, "по состоянию на", "в течение трёх месяцев", Roman and ordinal quarters and halves, a
call-up season, "в 2023/24 учебном году") are round 20's, written and annotated the same way.
``english_heldout7.txt`` (12 documents, 105 timexes: wire, South and Central Asian, court, raid,
remittance, results and analysis copy, a weekday in a headline, a bracketed day after a weekday,
decades, "the following day", "Last autumn", 2022-2025, document dates on both sides of a year
boundary) and ``russian_heldout7.txt`` (9 documents of Russian city, court, economic, analysis
and Central Asian news, 55 timexes: "ночь на среду", "позавчера", "прошлом десятилетии", "годом
ранее" after a month) are round 21's seventh held-out pair, written and annotated as the sixth
was; blind: scored and reported, never inspected with ``--errors``, never used to tune a rule.
``english_dev14.txt`` (10 passages, 103 timexes: the round 21 families of issue 10, weekdays where
the tense is not clear from the nearest verb, "ago" dates, business periods, reference values,
weeks, yearless days across a year boundary, decades and centuries, "this month"; wire, business,
South and Central Asian and analysis copy, 2019-2025) is round 21's, written and annotated the
same way. ``english_heldout8.txt`` (12 documents, 121 timexes: wire, Pakistani, Nepali, Indian, Sri
Lankan and Central Asian copy, a results story, an analysis piece; datelines, weekdays past, future
and possessive, "two months later", "three days later", "the night of May 3" and a small-hours
clock time, "the early hours of Monday", "last weekend", decades and "this century", 2023-2025) and
``russian_heldout8.txt`` (13 documents, 103 timexes: datelines and a stamp, "в ночь на
понедельник", "позавчера", "годом ранее" after a quarter and a month, "с 27 по 31 мая", "с ноября
по январь", "в новом году" and "уходящего года" in December, "в первой декаде августа") are round
22's eighth held-out pair, written and annotated as the seventh was; blind: scored and reported,
never inspected with ``--errors``, never used to tune a rule.
``english_dev15.txt`` (12 passages, 111 timexes: dateline days, results periods and halves,
"ago" dates, reference values, decades, yearless days across a year boundary, clock times
and holidays; 2013-2025) and ``russian_dev11.txt`` (9 passages, 54 timexes: a part of the day
before its date, month ranges, a night across a year, weekends and weeks, "Прошлой зимой" in
December) are round 22's, written and annotated the same way.
``english_heldout9.txt`` (12 documents, 96 timexes: wire, Indian, Nepali, Sri Lankan and Central
Asian copy, a results story, an analysis piece; datelines, weekdays past, future, deadline and
possessive, "late Thursday", "overnight", "eight months later" and "a month later", a yearless
month in a sentence naming "Last year", "September of that year", "Jan. 9 this year", a small-hours
end after an evening start, decades and "this decade", 2023-2025) and ``russian_heldout9.txt`` (14
documents, 95 timexes: datelines and a stamp, "в ночь на вторник", "в ночь с 30 на 31 августа",
"вечером в субботу" and "под утро", "прошлым летом", "прошлой зимой", "годом ранее" after a month
and a year, "с октября по декабрь" in January, a custody term across the new year, "в новом году"
and "уходящего года" in December, "в начале 2010-х") are round 23's ninth held-out pair, written and
annotated as the eighth was; blind: scored and reported, never inspected with ``--errors``, never
used to tune a rule.
``english_dev16.txt`` (10 passages, 99 timexes: headline and after-the-quote weekdays, "ago"
dates, results periods, reference values, weeks, yearless days across a year boundary, decades
and centuries, "the first of next month"; 2019-2026) and ``russian_dev12.txt`` (12 passages, 99
timexes: a past date and a future deadline joined by "и", "в канун Нового года", "Годом ранее, в
2022 году", quarters against "аналогичный период прошлого года", decades, nights, January's "на
прошлой неделе") are round 23's, written and annotated the same way.
``english_dev17.txt`` (11 passages, 108 timexes: headline weekdays in the news present and in a
headline infinitive, after-the-quote weekdays, "ago" dates, "a year earlier" after a half, results
periods, reference values, weeks, yearless days across a year boundary, decades and centuries, "this
month", "in the new year"; 2023-2026) and ``russian_dev13.txt`` (14 passages, 104 timexes: weekdays
after "сообщили в", "Годом ранее" after a half-year and after a year, quarters against
"аналогичный период прошлого года", decades, "в этом веке", "На днях", an arrest term and a closure
across a year boundary, "Прошлой зимой" in December) are round 24's, written and annotated the same
way.
``english_heldout10.txt`` (13 documents, 105 timexes: wire, Indian, Nepali, Sri Lankan and
Central Asian copy, a results story, an analysis piece; datelines, weekdays past and future,
"Friday's hearing", "Friday last", a weekday with its day in brackets, "overnight" with an
11 p.m. start and a 5:30 a.m. end, "early Sunday", "the night of Jan. 11" and "the following
morning", "dawn" before its date, "the intervening night of Sept. 14 and 15", "the following
Monday" after "Nov. 3 last year", "the winter of 2022-23", yearless dates across a year boundary,
"New Year's Eve", "the week of Jan. 19", "a fortnight ago", business periods, decades, 2023-2026)
and ``russian_heldout10.txt`` (15 documents, 99 timexes: datelines and a stamp, "в ночь на
воскресенье", "в ночь на 27 сентября" and "К утру", "в ночь с 9 на 10 июля", "в новогоднюю ночь",
"вчера вечером" with a small-hours end, "утром 15 августа", "вечером, 16 августа", "в тот же
день", "во второй половине дня", "в четверг, 11 апреля", "прошлой весной" in April, "прошлой
осенью" in July, a custody term across the new year, "в наступающем году" and "уходящего года"
in December, "в канун Нового года", a decree dated "от 4 января", "январь-ноябрь") are round
24's tenth held-out pair, written and annotated as the ninth was; blind: scored and reported,
never inspected with ``--errors``, never used to tune a rule.

    .venv/bin/python eval/temporal/families.py [--errors] [SET ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scoring import Score, evaluate_marked, report

HERE = Path(__file__).parent
SETS = {
    "english_families": (HERE / "english_families.txt", "en"),
    "english_families_heldout": (HERE / "english_families_heldout.txt", "en"),
    "russian_families": (HERE / "russian_families.txt", "ru"),
    "russian_families_heldout": (HERE / "russian_families_heldout.txt", "ru"),
    "english_heldout2": (HERE / "english_heldout2.txt", "en"),
    "russian_heldout2": (HERE / "russian_heldout2.txt", "ru"),
    "english_dev3": (HERE / "english_dev3.txt", "en"),
    "english_dev4": (HERE / "english_dev4.txt", "en"),
    "russian_dev": (HERE / "russian_dev.txt", "ru"),
    "english_dev5": (HERE / "english_dev5.txt", "en"),
    "russian_dev2": (HERE / "russian_dev2.txt", "ru"),
    "english_dev6": (HERE / "english_dev6.txt", "en"),
    "russian_dev3": (HERE / "russian_dev3.txt", "ru"),
    "english_dev7": (HERE / "english_dev7.txt", "en"),
    "russian_dev4": (HERE / "russian_dev4.txt", "ru"),
    "english_dev8": (HERE / "english_dev8.txt", "en"),
    "russian_dev5": (HERE / "russian_dev5.txt", "ru"),
    "english_dev9": (HERE / "english_dev9.txt", "en"),
    "russian_dev6": (HERE / "russian_dev6.txt", "ru"),
    "english_heldout3": (HERE / "english_heldout3.txt", "en"),
    "russian_heldout3": (HERE / "russian_heldout3.txt", "ru"),
    "english_dev10": (HERE / "english_dev10.txt", "en"),
    "russian_dev7": (HERE / "russian_dev7.txt", "ru"),
    "english_heldout4": (HERE / "english_heldout4.txt", "en"),
    "russian_heldout4": (HERE / "russian_heldout4.txt", "ru"),
    "english_dev11": (HERE / "english_dev11.txt", "en"),
    "russian_dev8": (HERE / "russian_dev8.txt", "ru"),
    "english_heldout5": (HERE / "english_heldout5.txt", "en"),
    "russian_heldout5": (HERE / "russian_heldout5.txt", "ru"),
    "english_dev12": (HERE / "english_dev12.txt", "en"),
    "russian_dev9": (HERE / "russian_dev9.txt", "ru"),
    "english_heldout6": (HERE / "english_heldout6.txt", "en"),
    "russian_heldout6": (HERE / "russian_heldout6.txt", "ru"),
    "english_dev13": (HERE / "english_dev13.txt", "en"),
    "russian_dev10": (HERE / "russian_dev10.txt", "ru"),
    "english_heldout7": (HERE / "english_heldout7.txt", "en"),
    "russian_heldout7": (HERE / "russian_heldout7.txt", "ru"),
    "english_dev14": (HERE / "english_dev14.txt", "en"),
    "english_heldout8": (HERE / "english_heldout8.txt", "en"),
    "russian_heldout8": (HERE / "russian_heldout8.txt", "ru"),
    "english_dev15": (HERE / "english_dev15.txt", "en"),
    "russian_dev11": (HERE / "russian_dev11.txt", "ru"),
    "english_heldout9": (HERE / "english_heldout9.txt", "en"),
    "russian_heldout9": (HERE / "russian_heldout9.txt", "ru"),
    "english_dev16": (HERE / "english_dev16.txt", "en"),
    "russian_dev12": (HERE / "russian_dev12.txt", "ru"),
    "english_dev17": (HERE / "english_dev17.txt", "en"),
    "russian_dev13": (HERE / "russian_dev13.txt", "ru"),
    "english_heldout10": (HERE / "english_heldout10.txt", "en"),
    "russian_heldout10": (HERE / "russian_heldout10.txt", "ru"),
}


def evaluate(name: str) -> tuple[dict[str, float], Score]:
    path, language = SETS[name]
    return evaluate_marked(path, language)


def main() -> None:
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or list(SETS)
    for name in names:
        figures, score = evaluate(name)
        print(report(name, figures, score))
        if "--errors" in sys.argv:
            print("\n".join(score.errors))
        print()


if __name__ == "__main__":
    main()
