"""The time error families of round 20 found by the lead (dev13 of the happenings gold), one
test or a few per family, English and Russian.

Written from the families' descriptions before the rules that fix them; the sentences are
new, not the development sets'. Anchor: Wed 2013-11-20, where a month with no tense is the
nearer one: April 2014, not April 2013.
"""

from __future__ import annotations

import pytest

from .conftest import en, ru

ANCHOR = "2013-11-20"

# --- an initial's full stop does not end the sentence ---------------------------------------
# Court releases name the accused by initials ("Б. Т.", "J. R."); the stop after the first
# initial is followed by a capital, so it read as a sentence end, and the month before it lost
# its clause's past verb.


@pytest.mark.parametrize(
    ("language", "text", "quoted", "value"),
    [
        ("ru", "В апреле Б. Т. направили в зону боевых действий.", "апреле", "2013-04"),
        ("ru", "В конце апреля, после подготовки, А. К. Рахимов подписал контракт.",
         "конце апреля", "2013-04"),
        ("en", "In April, B. T. was sent to the front line.", "April", "2013-04"),
        ("en", "In May J. R. Karimov signed a contract.", "May", "2013-05"),
    ],
)  # fmt: skip
def test_an_initial_does_not_end_the_sentence(
    tagged, language: str, text: str, quoted: str, value: str
) -> None:
    found = (en if language == "en" else ru)(tagged, text, ANCHOR)
    assert (quoted, "DATE", value) in found, found


def test_a_sentence_that_ends_in_a_word_still_ends() -> None:
    """The initial is a lone capital: "... in October. B. T. ..." still splits after the
    month's sentence, so the next sentence's verb does not date it."""
    from dossier.temporal import tag

    found = tag("He will go in April. B. T. was sent there in May.", "en", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("April", "2014-04"), ("May", "2013-05")]


# --- "the same day" of a day told two paragraphs back -----------------------------------
# A wire tells the raid "в четверг", then a paragraph of counts with no date, then "Трое ... в
# тот же день заключили контракт": the same day is Thursday, not the dateline's day. The day
# is looked for up to two paragraphs further back when the paragraph and the one before
# name none.


@pytest.mark.parametrize(
    ("language", "text", "quoted", "value"),
    [
        ("ru", "Полиция в четверг провела рейд в общежитии.\n\nВ отдел доставлены 34 человека."
         "\n\nТрое рабочих в тот же день заключили контракт.", "тот же день", "2013-11-14"),
        ("en", "Police raided a hostel on Thursday.\n\nThirty-four people were taken to a "
         "station.\n\nThree workers signed contracts the same day.", "the same day",
         "2013-11-14"),
    ],
)  # fmt: skip
def test_the_same_day_of_a_day_told_further_back(
    tagged, language: str, text: str, quoted: str, value: str
) -> None:
    found = (en if language == "en" else ru)(tagged, text, ANCHOR)
    assert (quoted, "DATE", value) in found, found


def test_the_same_day_with_no_day_told_is_the_anchor() -> None:
    from dossier.temporal import tag

    text = "Police raided a hostel.\n\nThree workers signed contracts the same day."
    assert [(t.text, t.value) for t in tag(text, "en", ANCHOR)] == [("the same day", ANCHOR)]
