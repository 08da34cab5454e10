"""Temporal stage: find DATE, TIME, DURATION and SET expressions and normalise them.

``tag(text, language, anchor)`` returns :class:`~dossier.models.Timex` records whose
values are TimeML TIMEX3 strings at the precision the words give: ``2023-08-30``,
``2023-05``, ``2022-SU``, ``2022-Q3``, ``2022-H1``, ``2023-W36``, ``2023``, ``199``
(a decade), ``19`` (a century), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, durations
``P10Y``/``PXM``/``PT3H``, sets ``P1D``/``P1M``/``XXXX-WXX-1``. A day or a month is
never invented. ``infer_published(text, language)`` dates a document that does not
say when it was published.

The document-date inference and its rules live in :mod:`dossier.temporal.infer`.
The stage is rule-based (compiled regexes, no model): English and Russian; other
languages give ``[]``.

Anchoring rules (the anchor is the document creation time, a TIMEX3 value of day,
month or year precision; without one, or with one too coarse for the question, a
relative expression keeps only what its words give: "August 30" -> ``XXXX-08-30``,
"last month" with a year anchor -> ``XXXX-XX``, "Friday" -> ``XXXX-WXX-5``; and
``anchored`` stays False):

- **T0 cited reports**: a date inside a citation parenthesis, "(Kloop.kg, August 30)",
  "(see EDM, November 8)", is read in the past tense: the report came out before the
  text citing it.
- **T1 tense** is read from the sentence around the expression: the nearest tense cue
  wins (past verb forms, "ago", "said" / "will", "next", "plans to", "is set to",
  "could"; in Russian past forms in -л/-ла/-ли against "будет", "планирует", "обещал");
  a cue after the expression beyond a comma or dash belongs to another clause (the
  attribution in "will resume Monday, the ministry said") and counts only when nothing
  nearer does; a present-tense verb between blocks a farther cue and leaves the tense
  open, except a Russian perfective, which is a future ("откроются", read by pymorphy3);
  on a tie the future wins, except for a past form of a promise after the span ("On
  August 1, he promised to help", "в понедельник МИД пообещал"): the span dates the
  promising, which is past. "-ed" after "be/has/have/been" is a passive or perfect, not
  a past; "was due to", "were expected to" is a future seen from the past and names no
  tense; "since" before a date, or before an event it dates ("since a fire on Oct.
  30"), makes it past; "starting", "effective" before it make it a future, or in a past
  clause no tense ("voted to add classes starting in September"). A scheduled event in
  the present ("the fiscal year begins Oct. 1", "when the committee meets on Feb. 2",
  "Polls open Tuesday") and "due" ("a report due Friday") are future cues; a word
  opening a subordinate clause after the span ("unless", "when", "after") parts clauses
  as a comma does, and a full stop before a lower-case word or after a title
  ("a.m. on", "Inc. said", "Mr. Lee") ends no sentence. In a headline (a short line without
  closing punctuation) the headline is the clause and "to" + verb is a future ("Union
  to Strike Friday"). A hard-wrapped text (newswire archives) is read with its single
  newlines as spaces and its blank lines as paragraph breaks.
- **Y1 yearless dates** ("August 30", "In May", "30 августа", "в мае"): the anchor's
  year, except that in a past-tense sentence a date after the anchor is the year
  before, and in a future-tense sentence a date before the anchor is the year after.
  A day at most two weeks after the anchor in a past clause keeps the anchor's year (a
  deadline set then: "said it extended the offer to Oct. 27", written Oct. 17).
  A month-precision anchor compares months only.
- **Y3 the year a sentence names** ("In 2009, sales peaked in March", "В прошлом году
  морозы пришлись на конец января"): a yearless month or day is in the year named before it
  in its sentence, after "in"/"during"/"в" or as a relative year, when that year opens the
  sentence or stands in the date's own clause (no comma, no conjunction before a new
  predicate, no contrast: "а", "but"); not a noun's year ("the 2009 law") nor a figure's
  ("Отчётность за 2025 год"). A quarter or half without a year in a past clause is in the
  latest year its paragraph names as a year, when that is the anchor's year or the one before
  (a results story: "По итогам 2022 года ... В первом полугодии"). See
  :mod:`dossier.temporal.clause_year`.
- **Y2 no tense cue**: a yearless date takes the year that puts it nearest the anchor
  ("8 января" in a late-December text is next January; "October" in March is last
  October); within six months either side that is the anchor's year.
- **M1 "last/next/this May"**: the nearest May strictly before / after the anchor
  month; "this May" is the anchor's year. "в мае прошлого года" and "in March last
  year" are the year before, "in June this year" the anchor's.
- **S1 seasons** ("last summer", "this fall", "for the spring", "летом"): "last" is the
  latest such season that is over by the anchor month, "next" the first that starts after it; a
  bare season in a past-tense sentence is the latest one begun by the anchor month, in
  a future one the first not yet over, with no tense the one nearest the anchor. With a
  year ("the fall of 2022", "летом 2022 года") it needs no anchor: ``2022-FA``,
  ``2022-SU``. ``2022-WI`` is the winter that begins in December 2022.
- **Q1 quarters** ("the third quarter", "third-quarter profit", "в третьем квартале"):
  in a past clause the latest such quarter begun by the anchor; in a future one the
  quarter just ended or a later one (results come out after a quarter ends); with no
  tense the nearest. "last year's third quarter" is that year's. A half without a year
  ("closed plants in the second half") is in a past clause the latest such half begun by
  the anchor, in a future one the first not yet over, with no tense the anchor's year.
- **W1 weekdays** ("on Friday", "в пятницу"): the nearest such day on or before the
  anchor, or on or after it in a future-tense sentence or after "до"/"к"/"на" or, unless
  the clause is past, "until"/"by"/"for" (a deadline or an appointment);
  "last/next Friday" are strictly before/after. "the weekend" in a past-tense sentence
  written on a weekday is the weekend before.
- **R1 relative units** ("last week", "next month", "this year", "earlier this month",
  "two years ago", "в прошлом году", "на прошлой неделе", "три года назад", "через
  полгода", "до конца года"): the anchor moved by whole units, written at the unit's
  precision (ISO week for weeks). "the past year", "the coming months", "последние два
  года" are durations, not dates.
- **D1 day words** ("today", "yesterday", "вчера"): the anchor day moved; with a part
  of the day ("yesterday evening", "вчера вечером") a TIME such as ``2013-03-21TEV``.
- **Days by number alone**: the bare last day of a range takes the first day's month and
  year ("between April 6 and 9", "May 3-6"); "on the 14th" is that day of the month the
  paragraph talks about, else the anchor's month (the month before for a later day in a past
  clause). "a week from Tuesday" is the coming Tuesday a week on.
- **Stamps**: a date with its clock time after it ("Updated: 30.09.2024 14:05", "Опубликовано
  5 марта 2024, 09:12") is one TIME.
- **C1 clock times** ("5 p.m.", "11:42 a.m.", "noon", "midnight Monday", "7 o'clock", "1030
  GMT", "1:30 p.m. Moscow time", a converted time in brackets before its day): on the day
  stated with them ("at 5 p.m. on Oct. 27", "10 a.m. Monday"), else on the day their
  sentence names before them ("Yesterday, trading was halted at 11:42 a.m."), else on the
  latest day its paragraph names (in a past clause not one still ahead), else on the
  anchor's day.
- **P1 counted from the time talked about** ("a year earlier", "two weeks later", "the
  week before", "the previous year", "годом ранее", "три года спустя"): the latest period
  (year, half, quarter, season, month) named before it in the paragraph, else the latest
  date there, else the anchor, moved by the count. Whole years keep a period's precision
  ("profit in the third quarter rose from a year earlier" -> ``2018-Q3``); otherwise the
  unit's precision. "earlier than usual" is a comparison, a duration.
- **P2 business periods**: "the quarter", "the latest quarter" are the quarter the story
  reports (the last one it named, else the last one ended before the anchor); "the
  year-earlier quarter", "the year-ago period", "the same period last year",
  "аналогичный период прошлого года" are that quarter or period a year back.
- **P3 years of account**: "the fiscal year", "the year ended Sept. 30" are the year their
  stated end falls in ("ended June 30"), else the anchor's; "the full year", "full-year"
  the anchor's, or in a past clause written January to March (annual results) the year
  before.
- **References**: "now", "currently", "сейчас", "в настоящее время" ``PRESENT_REF``;
  "recently", "lately", "the past", "недавно", "на днях", "в последнее время"
  ``PAST_REF``; "the future", "as soon as possible", "soon" (not in a past clause, nor
  "soon after"), "как можно скорее", "в ближайшее время" ``FUTURE_REF``.
- **Decades** ("the 1990s", "the '90s", "в 90-е годы") are ``199``; "the last decade" is
  the anchor's own (TimeML annotators' reading), "last decade" and "прошлое десятилетие"
  the one before; "the past decade" is a duration. "the week of March 6" and "the week
  ended March 6" are the ISO week holding that day; "for the week" in a market report
  ("down 1.2% for the week") the week of the latest day before the anchor named in the
  paragraph, else the anchor's.

Durations ("ten years" -> ``P10Y``, "several months", "after months of turmoil" ->
``PXM``) and sets ("daily" ->
``P1D``, "$3,100 a month" -> ``P1M``, "every Monday" -> ``XXXX-WXX-1``, "every quarter"
-> ``P3M``) need no anchor.
"""

from __future__ import annotations

from dossier.temporal.infer import dateline, infer_published
from dossier.temporal.tagger import EXTRACTOR, tag

__all__ = ["EXTRACTOR", "dateline", "infer_published", "tag"]
