"""``tag``: run one language's rules over a text with its anchor."""

from __future__ import annotations

from dossier.lang import get_language
from dossier.models import Timex
from dossier.temporal.apposition import apposed
from dossier.temporal.calendar import Anchor
from dossier.temporal.engine import Context, run

# 2: issue 10's time families; 3: Russian counts every number word of its Language (13-19,
# the tens, the hundreds, collective numerals: "двое суток", "девяносто дней"); 4:
# "накануне" alone, "спустя два месяца"; 5: counts from the narrative's last date ("the same
# day", "в тот же день"), "накануне вечером", "позапрошлый"; 6: a past "в середине месяца"
# in the month the passage tells; 7: a span's last weekday after its first ("в ночь с
# четверга на пятницу"), "по пятницу" a deadline, "по понедельникам" a set, half-years
# without a year ("the second half", "во втором полугодии"); 8: "Накануне" before a word
# that cannot be a genitive is the day before ("Накануне Мещанский суд приговорил"); 9
# (round 10, TimeBank-style news): "due", a scheduled present ("begins Oct. 1", "schools
# reopen Monday", "arrives Friday", "is expected Friday", "payable Dec. 15") and
# "starting"/"effective" look ahead, a subordinate clause ("unless", "when") parts clauses,
# a full stop before a lower-case word or after a title ends no sentence, a day at most two
# weeks after the anchor in a past clause is a deadline (Y1a), clock times, noon and
# midnight take their stated day (C1), halves follow the tense, "every quarter", "soon",
# "for the spring", "after months of", "for the week", "the year ended Sept. 30", a year
# closing a headline, "a [[three-week]] break", "over [[three years]]", "this past weekend",
# "$8 million a year" a SET, "half a century ago"; 10 (round 11): decades ago, "straight
# years", the century, Russian decades with a position word, clock times on the paragraph's
# day, "at the time"; 11 (round 12, english_dev5 and russian_dev2): a date something is put
# off or extended to lies ahead ("postponed until January", "продлил арест до 10 марта"); a tense
# cue before a subordinating word ("что", "before") is the main clause's; the verb right before
# the span's preposition is its own ("a bank that failed in November will close"), and a
# Russian past participle is a past cue ("введённый 5 апреля"); "the fiscal year ending June
# 30" ends ahead; a month naming a figure's period ("October retail sales") is one begun; "that
# August", "that spring" are of the year the passage tells; Russian soft-stem "текущего года",
# "следующего месяца", the dative month ("к декабрю"), "до выходных", "не раньше выходных";
# "Накануне" before a preposition; "за сутки", "за неделю"; "100 тысяч человек в год";
# "should", "may" and a headline's capitalised modal look ahead ("Government Could Shut
# Down Sunday"); a verb governs its span through one more prepositional phrase; what was
# agreed, asked or ordered to be done lies ahead ("asked customers to ... until Jan. 3");
# "expected to have fallen" looks back; "two days a week", "24 hours a day" are SETs; "к
# вечеру понедельника" a part of that weekday; "с" before a date is "since" unless the
# clause is a future ("работы идут с весны"); a deadline ("by mid-December", "have until
# Thursday to") in a clause with no tense lies ahead; "days away"; "for October delivery"; "в ночь
# на 5 марта" the night before the day (TIME, TNI); 12 (round 13, english_dev6 and russian_dev3,
# TimeBank/AQUAINT-style news): a month after the figure it measures ("the trade deficit for
# August"); Labor Day, Thanksgiving and the other weekday holidays; "the whole year", "year-end",
# a report's "for the year"; a deadline granted ("gave them until Sept. 30"), a date set for
# something, "must" and a headline's "Due" look ahead; a trip in the present ("Congress returns
# Monday"); "the October-December quarter"; "в 22 часа" a clock hour;
# "январём прошлого года", "первым полугодием 2023 года"; "на неделю раньше"; a possessive
# weekday ("Monday's holiday") the latest; "and" before a verb parts predicates; months set out
# after a dash take the year named before it; "that evening", "that week"; "the first Wednesday
# in January"; 13 (round 14, english_dev7 and russian_dev4): "the near/foreseeable future";
# a market's "the previous session" (a trading day) and "the prior quarter"; a clock time passes
# over a day named only for comparison and keeps its zone ("4 p.m. EST"); a present "expects",
# "forecasts" and a proposed or recommended infinitive look ahead, and Russian "рекомендовал
# выплатить до конца года" too; "в новом году"; "в начале XIX века"; a Russian sentence opening
# with its perfective verb ("Потеплеет ... в среду"); "the end of this year"; "a year-earlier
# $1.8 billion" a date; "early today", "late yesterday"; a speed ("120 miles an hour", "90
# километров в час") is no time; "вечером в пятницу", "утром 12 марта" one TIME; a month
# opening a range takes the year after its last ("January to March of last year"); "a year and
# a half ago", "полтора года назад" at a month's precision, "two and a half years" P2.5Y; rule
# Y1a across the year's end ("said they were ready for Jan. 1" on Dec. 30); "the night of
# March 3" one TIME; "8 p.m. local time Tuesday"; "the June quarter", "the quarter ending
# Dec. 31"; "в четверг, 28 марта", "в эту пятницу", "с 1 по 10 апреля"; "hope to", "aims to",
# "expected Thursday" look ahead; "8 p.m. Eastern time"; "the nineties", "девяностые годы";
# "в середине прошлого века", "через полтора года"
# /14 (round 15, english_dev8 and russian_dev5): a plural subject's scheduled event in the
# present looks ahead ("Polls open Tuesday", "most stores close Monday"); a past clause's
# clock time passes over a day ahead named in an earlier sentence; "since a fire on Oct. 30"
# is past; "the past two trading days", "10 business days" are days; "уходящий год" is the
# anchor's year, "прошедшие/прошлые выходные" the weekend before; a soft-stem year tail joins
# its period ("во втором полугодии будущего года", "в IV квартале текущего года"); "за I
# полугодие" in Roman numerals; "the week ended March 9" the ISO week holding its end;
# "earlier today", "late tonight", "earlier this evening" keep their place word; "7 o'clock";
# Russian pasts of consonant stems ("цены выросли", "срок истёк", "достигла") are past;
# "январь-сентябрь" with a plain hyphen is a month range; "the same month last year" one date;
# rule E1 for weeks and months ("prices fell at the end of the week", on a Monday); "в
# пятницу и субботу" two dates; Russian verbs spelled with "ё" ("начнётся") are present forms;
# an aside of attribution ("В понедельник, как сообщили в мэрии, начнётся") binds far;
# "the same day" after a day and a background month is the day ("погибших в декабре. В тот же
# день"); "the following year", "the previous year" a calendar year (2025, not 2025-12)
# /15 (round 16, english_dev9 and russian_dev6): holidays as anchors, Easter and the days
# counted from it, Black Friday, Victory Day, "День Победы", "к Новому году", "Старый Новый
# год"; results copy's "FY2025", "Q3", "H2", "H1 2012"; nights and parts of days:
# "overnight", "the early hours of Sunday", "the night of March 12 to 13", "в ночь с 2 на 3
# марта", "во второй половине дня"; "в первой половине 2025 года" a half; "почти месяц";
# "the second week of March"; a term's end lies ahead ("арестовал на два месяца, до 12 апреля");
# "полгода назад"; reported speech keeps its future ("said they hoped to pass it before the
# August recess", "did not expect a recovery until the spring"); a bare season after "before",
# "after"; "the holiday weekend"; a passive with an adverb ("be fully repaired") is no past;
# "in the new year", "the winter of 2011-12", "FY13", "3Q", "4Q12", "the weekend before last",
# "the past fortnight", "в полночь", "за минувшие сутки", "в новогоднюю ночь"; a preposition
# right before the span ("before the August recess") opens no clause; "a decade earlier" at a
# decade's precision; "the fiscal third quarter" keeps its article; a weekday in a week named
# before it ("last week, on Wednesday", "на прошлой неделе, в среду"); "в 7 утра", "каждые две
# недели", "в этот четверг", "в 2019-м году", "зимой 2022/23 года"; a clock time on a holiday
# ("4:30 a.m. on New Year's Day"); "the spring of last year"; extents: "the year-earlier month",
# "this past fall", "в 2021–2022 годах"; "up to", "only", "just" out of a span, "about 11 p.m.",
# "the start of the 1980s", "the end of the first quarter", "почти полгода" in; "earlier in the
# week"; a Russian deadline ("до", "к") in a clause with no tense lies ahead
# 16: wire copy's clock times, a zone named by its place ("1:30 p.m. Moscow time", "12:00 Astana
# time"), a 24-hour time without a colon ("1030 GMT", "0400 local time"), a converted time in
# brackets before its day ("10 a.m. (1400 GMT) on Thursday"); a range's bare last day ("May
# 3-6"), "on the 14th", "a week from Tuesday"; stamps ("Updated: 30.09.2024 14:05") as one
# TIME, dotted dates day first; rule Y3, the year a sentence names ("In 2009, ... in March")
# and the year a results paragraph reports for a quarter or half; "the same period of 2021",
# "аналогичного периода 2021 года"; "на конец января", "the new year" after "opened", "face
# weeks"; tense: a plural "expect", an urging over a long object, "set a trial date of", a
# date after a possessive ("the Fed's Dec. 17 meeting") with no tense, "which hit", "since
# hitting", present states ("faces"), participles opening a sentence ("Arrested Monday",
# "Задержанный в понедельник") or with an agent ("принятый Госдумой в январе"), "-атся"
# futures; "January-February"; Russian ages unmarked, "через неделю после X" a duration;
# "the following morning", "на следующее утро", "earlier in the day"; "за январь" a figure's
# month; "каждые выходные", "ближайшие выходные"; a Russian clock time's day after it;
# "since at least 2008"; "is due" a future; "ahead of Friday's report"; "from 1-10 April";
# "the week to March 15"
# /17 (round 18, english_dev11 and russian_dev8): a clock time before "on <weekday>" is two
# expressions ("at 11:59 p.m. on Thursday"), "noon Eastern", "around midnight"; dawn, the early
# hours, "на рассвете", "под утро" a morning, the one that ends a night told; an ordinal day of a
# dated event ("on the third day of the call-up", "на третий день мобилизации"); "the following
# spring", "the previous evening"; "a year earlier" passes over a period after "since"; a weekday
# declared a day of mourning lies ahead; "днём траура" no time of day; "through the night" in a
# past clause; "the 15th of every month", "24-го числа каждого месяца" a SET; "минувшей ночью",
# "в 20-х числах марта", "24-го числа"; "Jan. 1 next year", "0600 Moscow time", "the early hours
# of Tuesday morning"; "в 14.00", "в полдень", "8-9 марта", "по настоящее время"; a weekday in
# a name ("the Sunday Times", "Black Monday") is no date; "к 8,5 года" (a decimal comma), "в
# 2011-2012 годах" with a plain hyphen; "к 9 годам 6 месяцам" one duration; "later that day",
# "the following Monday", "That Friday", "at dusk", "the past year and a half"; "к утру", "в тот
# вечер"; "днём и ночью" an idiom; "at 20:00" with no zone; "on the 99th day" (XXXX-XX-XX);
# "every spring", "каждую весну", "every weekend" sets
# /18 (round 19, english_dev12 and russian_dev9): "won" after an amount is no past verb; "at about
# 3.40pm", "5.33am." (the stop the sentence's); "three years and four months" one duration; "a
# quarter of a century"; "8% more than a year earlier" a comparison, and "a year earlier" passes
# over the period "up from 9.9% in August" compares with; "the day before" in a past clause is
# not counted from a day still ahead; "between noon and 4 p.m. today"; a case "listed for hearing
# on Jan. 8" lies ahead, as "назначена на первое ноября" does; "в ночь со вторника на среду" one
# night; "первое ноября", "к пятнадцатому мая"; "БИШКЕК, 14.11.23"; "раз в квартал"; and,
# probing phrasing the sets lack, "at 1715hrs", "0600 hours" (no longer 600 hours), "ближе к
# вечеру", "около полудня", "the previous Monday" (one DATE, the last before the day told), "the
# Friday before last", "every other week", "в истекшем году"; weekdays ahead after "is forecast
# to", a present copula ("Funeral services are Saturday", "The deadline is Monday") and "runs
# through Sunday"; "closed Mondays" a SET; "десятые годы" the 2010s (with its noun, as "нулевые");
# South Asian copy: "the intervening night of June 5 and 6", "the night of Friday to Saturday" one
# TIME, "on Friday last", "8 am IST" (Asian zones by their letters; "a.m." before a zone's
# letters ends no sentence, "am" after a figure is no present); "kicks off Friday", "apply from
# Monday" ahead; "не позднее пятницы", "после понедельника"; "в эти выходные"; "Boxing Day"; "рано
# утром во вторник", "поздно вечером 12 марта", "вечером того же дня"; "in the early morning", "by
# mid-afternoon"; "Dec. 30 of the same year", "May of that year", "30 декабря того же года";
# days counted from a week told ("earlier this week ... the next day") stay in that week
# /19 (round 20): "-ed" after "stay"/"remain" no past; "в 1-м полугодии", "4-го квартала"; a rate
# after a counted noun ("411,000 barrels a day"); "the Fourth of July"; "the early hours of 3
# September 2021"; "year to date"; "the 2023/24 season", "в 2023/24 учебном году"; a fixture or a
# release in the present ahead ("host Newcastle on Saturday", "reports results on Thursday"), and a
# Russian scheduled present ("истекает в пятницу"); "продлятся неделю"; "23:00 воскресенья"; a range
# from a late hour into the morning; "agreed to raise output in May" the nearest May; a past
# relative clause's span ("Storms that left ... over the weekend are expected"); a relative time
# quoted from a speaker dated earlier; "в первой декаде апреля"; a range's yearless first date
# takes the last's year; "с 22 часов 13 ноября"; "на протяжении года", "в ближайшие сутки", "спустя
# год после"; a participle over one prepositional phrase; "every January", "каждый январь"; "apply
# until"; "2011 more than"; a clock range's weekday; a present passive; "originally set for"; an
# initial's full stop ends no sentence ("Б. Т. направили", the lead); "the same day" of a day told
# two paragraphs further back (the lead)
# /20 (round 21): a participle used as an adjective ("of banned agencies", "the revised law") is no
# past verb; a hearing, debate, vote or ruling in the present looks ahead ("the court hears the
# appeal on Monday", "lawmakers vote on the bill Thursday"), as does "are closed Friday"; "the
# last century" (19 in 2013, not a century numbered "last"), "this quarter", "last quarter", "the
# past quarter" (P3M); "the 1990s and 2000s" quotes "2000s"; "in future", "the not too distant
# future", "the immediate future" FUTURE_REF; "the decade" alone the text's decade, "the '80s" after
# "and"; the fiscal year by an end told in an aside or by its month ("the
# fiscal year, which ended Sept. 30", "the fiscal year ending next June"); a denied expectation
# looks ahead ("is not expected before Thursday"); "a decade and a half ago" a year; a month and
# day before a colon or a comma and a count ("Dec. 1: deadline", "Jan. 2, 300 migrants"); "the
# weekend of Jan. 24" that week's weekend
# /21 (round 22, english_dev15 and russian_dev11): "в ночь на пятницу" the night that ends on the
# weekday; "утро пятницы", "на вечер субботы", "утром понедельника" a part of the weekday; the first
# bound of a range of durations in the last's unit ("от [[пяти]] до [[десяти лет]]", "[[five]] to
# [[10 years]]", "between [[three]] and [[seven years]]"; dossier/temporal/ranges.py); "since the
# start of the year" is the year to date that "a year earlier" counts back from; "Jan. 2, 1,300
# migrants" a date before a thousands count; "year-on-year" no duration; "a [[three month]]
# training" an adjective with its article out; "вечером, 2 января" the evening of the date after
# it, "22 сентября утром" one TIME, "20 и 21 сентября", "каждые полгода" a SET; "за последний год",
# "в течение ближайшего месяца", "в ближайшую неделю" one unit's stretch (P1Y, P1M, P1W); "the
# second week of his trial" the ISO week of the event's eighth day, dated before it or after it;
# a countdown looks ahead ("with two months to go before Jan. 1"); "the week before" in a future
# clause counts back from the day ahead told before it; "the latter half of last year" H2; "в
# нулевые и десятые годы" two decades; "In May he signed" the month after a preposition, not the
# modal verb; "the same night", "в ту же ночь", "той же ночью" that part of the day told
# temporal/22: Russian "и" before a verb parts predicates ("вступил в силу 1 марта и будет
# действовать"); "в канун Нового года", "в канун Дня Победы" the holiday's eve;
# "the preceding week" as "the previous week"; "the first of next month", "the 20th of this
# month", "the first of March" a day of the month named; "the three months through September"
# the quarter a results story reports, from which "the same period a year earlier" counts back;
# "Two years earlier, in 2021," takes its apposed year (apposition.py); "will last three days"
# leaves the verb out; a "when" clause after a dated year or month is of that year ("December
# 2019, when he was detained on Dec. 12", "в 2019 году, когда 12 марта"); "last quarter" without
# "the" the one before the anchor's, "в прошлом/текущем/следующем квартале" likewise; "that
# year", "later that year" the year told; "In 2023, in February," that year's month; "the early
# 20th century", "the middle of the 20th century" keep their modifier; "в последние
# десятилетия", "Десятилетиями" PXDE; "в том году", "в тот год", "в том месяце" the year or
# month told; "Весной следующего года", "в январе следующего года" one DATE where the clause
# looks ahead; a past "Через неделю его отправили" with no time told an unknown week;
# "two-and-a-half years", "a seven-and-a-half-year sentence" a count and a half; "25/03/2024"
# day first, "14/11/2024 09:15" a stamp; "mid-month", "midweek", "by year's end" the unit;
# "would" in speech reported on a day told ("reported on March 15 that ... would") no tense;
# "A few weeks later" a DATE; "Several months later, in May," May; "around 0500 GMT" keeps its
# approximation; "the week ahead" P1W, "the days ahead" PXD; "the 2023-24 fiscal year",
# "FY2024-25" one DATE, the first year
# temporal/23: a Russian decade in "-х" before the noun "число" ("в середине 2010-х число
# мигрантов") is the decade, where only "числах"/"чисел" are days of a month; "подаст",
# "передаст" (the perfective future of "дать" and its kin) look ahead; a month whose level a
# figure is compared with is the latest such month begun ("return to March levels", "на уровне
# мая"), as "January figures" is; a count of weeks back ("The week before") passes over the
# day a report was made after a week told ("last week, the city said on Monday";
# report_days.py); a Russian short passive participle is a past verb ("Закон подписан 3 декабря и
# вступит в силу 10 января"), not after "будет" nor before "до", "к", "по", "на"; "намечен на
# октябрь" a date set ahead, as "назначен на" is; "в прошлом финансовом году" the year before
# (no PAST_REF "прошлом" before a word it agrees with), "в прошлом полугодии" the half-year
# before the anchor's; "в обозримом будущем", "в недалёком будущем" FUTURE_REF; an arrest's
# term ends ahead ("арестовали на два месяца — до 12 января", "заключил под стражу до"); a
# weekday right before a named week is that week's ("on Tuesday last week", "во вторник на
# прошлой неделе"); "всего" ("only") before a count is out of the span, as "only" is; "за
# последнее десятилетие", "в последнее десятилетие" P10Y; "forecasts" after "beat", "topped",
# "analysts'" is a noun, no future cue ("H1 results beat forecasts"); "the previous fiscal
# year", "the last financial year", "the financial year ended March 31"; an agency's dateline
# with its month shortened ("МОСКВА, 14 ноя — РИА Новости"); "Десятки лет назад" PAST_REF;
# "Weeks later", "Months earlier" DATEs, as "A few weeks later" is; a short passive participle
# after its date is the clause's verb too ("В январе–октябре выдворено"; TenseCues.is_predicate);
# a month range's first month with no tense takes the last month's year (month_range.py); a
# headline's capitalised rate adverb after its amount ("Paid $2,000 Monthly") a SET
EXTRACTOR = "dossier.temporal/23"


def tag(text: str, language: str, anchor: str | None) -> list[Timex]:
    """Temporal expressions in ``text``, normalised and anchored to ``anchor`` (a TIMEX3 value)."""
    rules = get_language(language).temporal()
    if rules is None:
        return []
    ctx = Context(text, Anchor.parse(anchor), rules.TENSE)
    return apposed(run(rules.RULES, text, ctx), text)
