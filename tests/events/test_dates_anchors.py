"""Happened dates from anchors, through the real pipeline (spaCy / Natasha): invented sentences.

Each sentence is a short article published on Friday 8 March 2024 (unless it says otherwise);
the event of the named type must carry the date the text gives, resolved against that day.
"""

from __future__ import annotations

import pytest

FRIDAY = "2024-03-08"

# (language, published, text, event type, expected happened date)
Case = tuple[str, str, str, str, str | None]

# A clause or phrase that modifies a noun of the event's own clause and names the act itself:
# the decision, ruling or verdict is the sentencing, so its date is the sentencing's.
ACT: list[Case] = [
    ("en", FRIDAY, "A court in Osh sentenced a former volunteer fighter to eight years in "
     "prison in a decision announced late Tuesday.", "prosecution", "2024-03-05"),
    ("en", FRIDAY, "The recruiter was jailed for six years in a ruling issued on Monday.",
     "prosecution", "2024-03-04"),
    ("en", FRIDAY, "The verdict, delivered on Thursday, found the man guilty of mercenarism.",
     "prosecution", "2024-03-07"),
    ("ru", FRIDAY, "Суд приговорил уроженца Джалал-Абада к семи годам колонии в решении, "
     "оглашённом во вторник.", "prosecution", "2024-03-05"),
    ("ru", FRIDAY, "Приговор, вынесенный в понедельник, удивил правозащитников.",
     "prosecution", "2024-03-04"),
    # Not the act: the detention's date is not the sentencing's, and the verdict a ruling
    # overturns is older than the ruling.
    ("en", FRIDAY, "The man, who was detained in January, was sentenced to ten years.",
     "prosecution", None),
    ("ru", FRIDAY, "Мужчину, задержанного в январе, приговорили к десяти годам колонии.",
     "prosecution", None),
    ("en", FRIDAY, "The Supreme Court overturned the verdict, delivered in May, and sent the "
     "case for retrial.", "court_ruling", None),
]  # fmt: skip

# Dateline wire stories: a weekday resolved against the publication date.
WIRE: list[Case] = [
    ("en", "2024-03-05", "BISHKEK, March 5 (Reuters) - A court in Kyrgyzstan on Tuesday "
     "sentenced a man who fought for the Wagner Group to ten years in prison.",
     "prosecution", "2024-03-05"),
    ("en", "2024-03-07", "OSH (AP) - A Kyrgyz man who fought alongside Russian forces was "
     "sentenced to 10 years in prison on Tuesday, his lawyer said.", "prosecution",
     "2024-03-05"),
    ("ru", "2024-03-05", "БИШКЕК, 5 мар — Первомайский районный суд Бишкека во вторник "
     "приговорил бывшего бойца «Вагнера» к десяти годам колонии.", "prosecution",
     "2024-03-05"),
    ("ru", "2024-03-07", "ДУШАНБЕ, 7 марта. Суд в Душанбе в понедельник приговорил двух "
     "вернувшихся из России мигрантов к 12 годам заключения, сообщил их адвокат.",
     "prosecution", "2024-03-04"),
    # the dateline says when the story was filed; nothing in the lead dates the arrest
    ("en", FRIDAY, "KANDY, March 8 (Island Wire) - Sri Lankan police have arrested a retired "
     "navy captain and a travel agent who sent former sailors to a foreign army.", "detention",
     None),
]  # fmt: skip

# Relative expressions in the event's clause: the publication date moved.
RELATIVE: list[Case] = [
    ("en", FRIDAY, "A Tajik migrant was detained last week at a building site outside Moscow.",
     "detention", "2024-W09"),
    ("en", FRIDAY, "Police detained three Uzbek workers earlier this month, the embassy said.",
     "detention", "2024-03"),
    ("en", FRIDAY, "Border guards detained two men yesterday near the crossing.", "detention",
     "2024-03-07"),
    ("en", FRIDAY, "The recruiter was arrested last Tuesday in Yekaterinburg.", "detention",
     "2024-03-05"),
    ("ru", FRIDAY, "Вчера в Москве задержали гражданина Таджикистана.", "detention",
     "2024-03-07"),
    ("ru", FRIDAY, "На прошлой неделе полиция задержала трёх мигрантов на стройке.",
     "detention", "2024-W09"),
    ("ru", FRIDAY, "Ранее в этом месяце в Оше задержали двух вербовщиков.", "detention",
     "2024-03"),
    ("ru", FRIDAY, "В прошлый вторник полиция задержала вербовщика в Екатеринбурге.",
     "detention", "2024-03-05"),
]  # fmt: skip

# A date of what the act is done to is that thing's date, not the act's.
PATIENT: list[Case] = [
    ("en", FRIDAY, "The Supreme Court upheld the 2022 sentence.", "court_ruling", None),
    ("en", FRIDAY, "The court canceled the verdict of March 1 on Thursday.", "court_ruling",
     "2024-03-07"),
    ("ru", FRIDAY, "Суд отменил решение от 12 января.", "court_ruling", None),
]  # fmt: skip

# A statement whose verb is also the attribution of what follows: the day it was said is
# when the statement happened; for any other event that day is only the report's.
SAID: list[Case] = [
    ("en", FRIDAY, "The interior ministry on Tuesday warned migrants that fighting abroad is a "
     "crime punishable by prison.", "statement", "2024-03-05"),
    ("en", FRIDAY, "The prosecutor general on Monday warned that anyone who joins a foreign "
     "army faces prison.", "statement", "2024-03-04"),
    ("en", FRIDAY, "Police detained two recruiters in Osh, the ministry said on Tuesday.",
     "detention", None),
    # a statement conjoined with the attribution verb was made when that was said
    ("en", FRIDAY, "Last week the government said six citizens had been killed in the war, "
     "and asked Moscow not to recruit its nationals.", "statement", "2024-W09"),
    # and so is one the speaker goes on with in the next sentence; the deaths it reports
    # are not dated by the report
    ("en", FRIDAY, "Earlier this week, the foreign ministry said that six citizens had been "
     "killed. It urged Moscow not to recruit its nationals.", "statement", "2024-W10"),
    ("en", FRIDAY, "Earlier this week, the foreign ministry said that six citizens had been "
     "killed. It urged Moscow not to recruit its nationals.", "casualty", None),
]  # fmt: skip

# A conjunct without a date of its own takes the nearest dated conjunct before it (every
# conjunct hangs from the first), not the first one's date.
CONJUNCT: list[Case] = [
    ("ru", FRIDAY, "Уроженец Оша был задержан в январе 2023 года, а в мае признан виновным "
     "в наемничестве и приговорен к восьми годам колонии.", "prosecution", "2023-05"),
    ("en", FRIDAY, "The migrant was detained in January 2023, charged in March 2023 and jailed "
     "for six years.", "prosecution", "2023-03"),
    # a time clause set off by commas between the dated act and its conjunct
    ("en", FRIDAY, "Police freed 21 men from apartments near the airport on Wednesday night, "
     "hours before some of them were due to fly to Russia, and arrested a man believed to "
     "have organised their travel.", "detention", "2024-03-06"),
]  # fmt: skip

# A clause without a subject giving the act's means or circumstances is dated with the act;
# one placed before or after it is not.
CIRCUMSTANCE: list[Case] = [
    ("en", FRIDAY, "A volunteer from Osh was wounded by shelling near Avdiivka in November 2023.",
     "casualty", "2023-11"),
    ("en", FRIDAY, "Two of the recruits died while fighting near Bakhmut in May 2023, the "
     "families said.", "casualty", "2023-05"),
    ("en", FRIDAY, "He was detained after returning from Russia in January 2023.", "detention",
     None),
]  # fmt: skip

# A sentence that opens with an attribution and then a date sets the narrative's time for the
# next undated sentence of its paragraph; a period running from a date does not.
ATTRIBUTED_FRAME: list[Case] = [
    ("ru", FRIDAY, "По данным правозащитников, в октябре 2023 года уроженца Оша задержали в "
     "Москве. В отделе полиции ему пригрозили уголовным делом.", "coercion", "2023-10"),
    ("en", FRIDAY, "According to his lawyer, in October 2023 the man was detained in Moscow. At "
     "the police station officers threatened him with prosecution.", "coercion", "2023-10"),
    ("ru", FRIDAY, "По данным МВД, с начала года из России выдворили более 20 тысяч "
     "иностранцев. Полицейские пригрозили задержанным уголовным делом.", "coercion", None),
    ("ru", FRIDAY, "Начиная с осени 2022 года мигрантов задерживали у мечетей. Полицейские "
     "угрожали им депортацией.", "coercion", "2022-FA"),
    ("en", FRIDAY, "Starting from the fall of 2022, migrants were detained outside mosques. "
     "Officers threatened them with deportation.", "coercion", "2022-FA"),
]  # fmt: skip
# A decree or contract signed on a date: signing completes the act.
SIGNED: list[Case] = [
    ("ru", FRIDAY, "Указ, подписанный президентом 4 января, упрощает получение гражданства "
     "для иностранных добровольцев.", "legislation", "2024-01-04"),
    ("en", FRIDAY, "The decree, signed by the president on January 4, eases citizenship for "
     "foreign volunteers.", "legislation", "2024-01-04"),
]  # fmt: skip

# A time of day is not a happening's grain: the day is ("в пятницу утром", "on Friday night").
TIME_OF_DAY: list[Case] = [
    ("ru", "2024-08-24", "Рейд на рынке\n\nВ пятницу утром силовики провели рейд на рынке.",
     "coercion", "2024-08-23"),
    ("en", FRIDAY, "Police raided a market in Moscow on Wednesday night.", "coercion",
     "2024-03-06"),
]  # fmt: skip

# "Then" / "тогда": at the time told just before; "Then, ..." opening a sentence is a sequence.
SAME_TIME: list[Case] = [
    ("ru", FRIDAY, "Министр посетил Ташкент в январе. Тогда он пообещал помочь семьям "
     "погибших.", "statement", "2024-01"),
    ("en", FRIDAY, "The minister visited Moscow in January, and officials say he promised then "
     "that the men would be freed.", "statement", "2024-01"),
    ("en", FRIDAY, "Police raided the market in January. Then officers detained 40 migrants.",
     "detention", None),
    # a conjunct shares its first conjunct's "then"
    ("ru", FRIDAY, "Похожая облава прошла в феврале в Казани: тогда полиция проверила "
     "документы у тысячи человек и задержала 80 мигрантов.", "detention", "2024-02"),
]  # fmt: skip

# "накануне" alone is the day before (before a noun, "on the eve of"); a period's end point
# ("until March 30", "до 30 марта") is not when the act happened.
EVE_AND_UNTIL: list[Case] = [
    ("ru", FRIDAY, "Суд накануне отправил под арест до 30 марта пятерых подозреваемых.",
     "detention", "2024-03-07"),
    ("en", FRIDAY, "A court on Tuesday remanded the five in custody until March 30.",
     "detention", "2024-03-05"),
    ("ru", FRIDAY, "Накануне выборов полиция задержала 40 мигрантов.", "detention", None),
]  # fmt: skip

# An approximate count ("About five weeks later", "около двух недель назад") gives a month;
# a count told from another happening follows the narrative ("the following day").
APPROXIMATE: list[Case] = [
    ("en", FRIDAY, "He was sent to the front on January 9. About five weeks later he was killed "
     "near Avdiivka.", "casualty", "2024-02"),
    ("ru", FRIDAY, "Около двух недель назад полиция задержала 40 мигрантов.", "detention",
     "2024-02"),
    ("en", FRIDAY, "The coordinator was detained in January. A Russian national was arrested "
     "in Nairobi the following day.", "detention", "2024-01"),
]  # fmt: skip

# A news day set at the start of a paragraph holds for the next paragraph's opening undated
# sentences (wire copy gives each sentence a paragraph); a month or year does not, nor a day
# beyond the next paragraph.
NEXT_PARAGRAPH: list[Case] = [
    ("ru", FRIDAY, "Облава у мечети\n\nВ среду полиция провела облаву у мечети в Котельниках."
     "\n\nПо словам очевидцев, около 60 человек доставили в отдел полиции.", "detention",
     "2024-03-06"),
    ("en", FRIDAY, "Raid at mosque\n\nOn Wednesday police raided a mosque in Kotelniki."
     "\n\nAbout 60 men were taken to a police station, witnesses said.", "detention",
     "2024-03-06"),
    ("en", FRIDAY, "Raid at mosque\n\nIn January police raided a mosque in Kotelniki."
     "\n\nAbout 60 men were taken to a police station, witnesses said.", "detention", None),
    ("en", FRIDAY, "Raid at mosque\n\nOn Wednesday police raided a mosque in Kotelniki."
     "\n\nThe mosque is the largest in the district.\n\nAbout 60 men were taken to a police "
     "station, witnesses said.", "detention", None),
]  # fmt: skip

# An act told in the course of a happening ("during the same raid", "в ходе того же рейда")
# happened when that happening did (rule 8 of the cluster stage).
DURING: list[Case] = [
    ("en", FRIDAY, "Police raided a hostel in Moscow on Wednesday.\n\nDuring the same raid, "
     "officers detained 40 migrants for breaking residence rules.", "detention", "2024-03-06"),
    ("ru", FRIDAY, "Полиция провела рейд в хостеле в Москве в среду.\n\nВ ходе того же рейда "
     "задержали 40 мигрантов.", "detention", "2024-03-06"),
]  # fmt: skip

# A "when" clause is told at the time of what it hangs on: a date, even a report's, or a
# clause with a date of its own.
WHEN: list[Case] = [
    ("en", FRIDAY, "The rules were written into law in August 2023, when Putin signed "
     "amendments requiring naturalised men to register.", "legislation", "2023-08"),
    ("en", FRIDAY, "About 35 men were deceived, the agency said in January, when it opened the "
     "case.", "prosecution", "2024-01"),
    ("ru", FRIDAY, "Нормы появились в августе 2023 года, когда Путин подписал поправки.",
     "legislation", "2023-08"),
    ("en", FRIDAY, "He was detained in February, when he returned to Moscow from Osh.",
     "detention", "2024-02"),
]  # fmt: skip

# The lead's first sentence dating its main clause to a day gives the news day: it holds for
# the opening undated sentences of the next paragraph, as a sentence-initial day does.
NEWS_DAY: list[Case] = [
    ("en", FRIDAY, "Police raid hostel in Kazan\n\nPolice raided a hostel in Kazan after a "
     "tip-off on Wednesday, checking the papers of 300 guests.\n\nAbout 40 men were taken to "
     "a police station, witnesses said.\n\nThe hostel is popular with builders from Osh.",
     "detention", "2024-03-06"),
    ("ru", FRIDAY, "Облава в хостеле в Казани\n\nПолицейские провели облаву в хостеле в Казани "
     "в среду, проверив документы у 300 постояльцев.\n\nОколо 40 мужчин доставили в отдел "
     "полиции, рассказали очевидцы.\n\nВ хостеле живут строители из Оша.",
     "detention", "2024-03-06"),
]  # fmt: skip

# A day carried from the lead stops at a sentence whose report came out before that day:
# what was reported "in December" happened by then, not on the lead's Friday. And a
# frame breaker stops it whatever its lemma ("Позднее" read as the adjective "поздний").
REPORTED_BEFORE: list[Case] = [
    ("ru", FRIDAY, "Власти запретили выезд\n\nВласти Непала в среду приостановили выдачу "
     "разрешений на работу в России.\n\nЕще в феврале МИД Непала сообщил о гибели шестерых "
     "непальцев.\n\nНепал оценивает число своих граждан в армии в 200 человек.",
     "casualty", None),
    ("en", FRIDAY, "Nepal halts permits\n\nNepal on Wednesday stopped issuing work permits "
     "for Russia.\n\nIn February the foreign ministry said six Nepalis had been killed in "
     "the war.\n\nNepal puts the number of its citizens in the army at 200.",
     "casualty", None),
    ("ru", FRIDAY, "Власти запретили выезд\n\nВласти Непала в среду приостановили выдачу "
     "разрешений на работу в России.\n\nПозднее полиция Катманду задержала 12 человек."
     "\n\nНепал оценивает число своих граждан в армии в 200 человек.",
     "detention", None),
]  # fmt: skip

FAMILIES = (
    ("act", ACT), ("wire", WIRE), ("relative", RELATIVE), ("patient", PATIENT), ("said", SAID),
    ("conjunct", CONJUNCT), ("circumstance", CIRCUMSTANCE), ("attributed", ATTRIBUTED_FRAME),
    ("signed", SIGNED), ("time_of_day", TIME_OF_DAY), ("same_time", SAME_TIME),
    ("eve_and_until", EVE_AND_UNTIL), ("approximate", APPROXIMATE),
    ("next_paragraph", NEXT_PARAGRAPH), ("during", DURING), ("when", WHEN),
    ("news_day", NEWS_DAY), ("reported_before", REPORTED_BEFORE),
)  # fmt: skip
CASES = [case for _, cases in FAMILIES for case in cases]
IDS = [f"{family}-{c[0]}-{n}" for family, cases in FAMILIES for n, c in enumerate(cases)]


@pytest.fixture(scope="module")
def dates() -> list[list[tuple[str, str | None]]]:
    from events_pipeline import run_many

    results = run_many([(text, language, published) for language, published, text, *_ in CASES])
    return [[(e.type, e.date) for e in r.events] for r in results]


@pytest.mark.slow
@pytest.mark.parametrize(("n", "case"), list(enumerate(CASES)), ids=IDS)
def test_happened_date_from_the_text(
    dates: list[list[tuple[str, str | None]]], n: int, case: Case
) -> None:
    _, _, _, type_, expected = case
    got = [date for t, date in dates[n] if t == type_]
    assert got == [expected], dates[n]


@pytest.mark.slow
def test_conjoined_acts_with_their_own_dates_are_two_events() -> None:
    from events_pipeline import run_many

    text = (
        "In September 2022 the parliament passed a law on citizenship for volunteers, and in "
        "November 2022 the president signed a decree on their service."
    )
    (result,) = run_many([(text, "en", FRIDAY)])
    dates = sorted(e.date or "" for e in result.events if e.type == "legislation")
    assert dates == ["2022-09", "2022-11"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a conjunct names the first one's object again by a pronoun ("approved it"), and each
        # clause is dated apart, though March 1 lies in the week before
        ("en", "The lower house passed the bill last week, and the senate approved it on "
         "March 1.", ["2024-03-01", "2024-W09"]),
        ("ru", "Госдума приняла законопроект 20 февраля, а Совет Федерации одобрил его 1 марта.",
         ["2024-02-20", "2024-03-01"]),
    ],
)  # fmt: skip
def test_a_pronoun_object_names_the_act_again(
    language: str, text: str, expected: list[str]
) -> None:
    from events_pipeline import run_many

    (result,) = run_many([(text, language, FRIDAY)])
    dates = sorted(e.date or "" for e in result.events if e.type == "legislation")
    assert dates == expected
