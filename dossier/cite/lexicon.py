"""Cue words for attributions and quotes, English and Russian, compiled once at import.

These are closed-class language data (speech verbs and cue phrases), not topic data, so
they live here rather than in a domain pack.
"""

from __future__ import annotations

import re


def words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


_EN_SPEECH_VERBS = (
    "said says say told tells claimed announced announces stated added adds noted wrote writes "
    "confirmed confirms declared insisted insists alleged alleges warned warns explained "
    "explains reported stressed emphasized emphasised acknowledged admitted argued argues "
    "estimated revealed"
)
# Forms that are often nouns ("reports suggest", "his claims") count only before "that".
_EN_SPEECH_THAT = "report reports claim claims note notes state states estimate estimates"

EN_SPEECH_NOUNISH = frozenset(_EN_SPEECH_THAT.split())
# Verbs that as often take a plain object as a report: "Russia announced a mobilization",
# "Amendments added failure to register", "признал его виновным". Before their object
# they count only with "that"/"что" or a colon; after it ("…, X added.") they always do.
NEEDS_THAT = words(
    "announced announces added adds warned warns revealed признал признала признали "
    "объявил объявила объявили"
)
EN_SPEECH = re.compile(
    rf"\b(?:{'|'.join(_EN_SPEECH_VERBS.split())})\b"
    rf"|\b(?:{'|'.join(_EN_SPEECH_THAT.split())})(?=,?\s+that\b|[.,]?\s*$|\.)",
)
EN_ACCORDING = re.compile(
    r"\b(?:according\s+to|citing|quoting|as\s+reported\s+by|as\s+cited\s+by|"
    r"in\s+the\s+words\s+of)\s+",
    re.IGNORECASE,
)

_RU_SPEECH_STEMS = (
    "сообщил|сообщила|сообщили|сообщило|сообщает|сообщают|заявил|заявила|заявили|заявило|"
    "заявляет|заявляют|сказал|сказала|сказали|рассказал|рассказала|рассказали|рассказывает|"
    "отметил|отметила|отметили|отмечает|отмечают|добавил|добавила|добавили|пишет|пишут|"
    "написал|написала|написали|передает|передаёт|передают|подтвердил|подтвердила|подтвердили|"
    "объявил|объявила|объявили|утверждает|утверждают|утверждал|утверждала|считает|"
    "напомнил|напомнила|напомнили|уточнил|уточнила|уточнили|пояснил|пояснила|пояснили|признал|признала|признали|"
    "говорит|говорится|сообщали|писали|писал|писала|заверил|заверила|подчеркнул|подчеркнула|подчеркнули"
)
RU_SPEECH = re.compile(rf"(?<![\w-])(?:{_RU_SPEECH_STEMS})(?![\w-])", re.IGNORECASE)
RU_ACCORDING = re.compile(
    r"(?<![\w-])(?:по\s+(?P<pron>его|её|ее|их)\s+(?:словам|данным|информации|мнению)|"
    r"по\s+данным|по\s+словам|по\s+информации|по\s+сведениям|по\s+мнению|по\s+материалам|"
    r"по\s+оценкам|по\s+оценке|согласно\s+данным|согласно|со\s+ссылкой\s+на|ссылаясь\s+на|"
    r"как\s+(?:сообщает|сообщают|сообщил|сообщила|сообщили|пишет|пишут|писал|писала|"
    r"передает|передаёт|передают|заявил|заявила|заявили|рассказал|рассказала|рассказали|"
    r"отметил|отметила|отметили|отмечает|выяснил|выяснила|выяснили|стало\s+известно))(?:\s+|(?=,))",
    re.IGNORECASE,
)
RU_AS_REPORTS = re.compile(r"как\s", re.IGNORECASE)
RU_THIS_REPORTED = re.compile(r"^\s*(?:об\s+этом|это)\b", re.IGNORECASE)

# A subject phrase starts after the last of these inside its sentence.
BOUNDARY = re.compile(
    r"(?:,\s+|;\s+|:\s+|\s[—–-]\s|\bthat\s+|\bwhile\s+|\bwhereas\s+|\bbut\s+|\band\s+"
    r"|\bчто\s+|\bно\s+|\bи\s+|\bа\s+)",
    re.IGNORECASE,
)
# Before a speech verb these make it passive or adjectival: "was reported", "the reported".
PASSIVE_BEFORE = words(
    "was were is are be been being the a an its his her their widely previously было был была были "
)
# A subject may open with these lower-case words: "officials said", "local media reported".
SUBJECT_OK_LOWER = words(
    "he she they we i it one officials police authorities sources witnesses residents "
    "relatives activists lawyers experts analysts prosecutors investigators media "
    "journalists local many some several most other others both all the a an his her "
    "their its our state human rights two three four five он она они мы я источник "
    "источники власти полиция очевидцы родственники эксперты активисты правозащитники "
    "местные журналисты СМИ "
)

QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ('"', '"'))
# A quote needs one of these in its sentence to be speech rather than a scare quote.
EN_QUOTE_CUE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|stated|stating|states|added|adding|wrote|writes|"
    r"writing|declared|declaring|according\s+to|noted|noting|claimed|claiming|announced|"
    r"warned|warning|explained|insisted|asked|asking|argued|arguing|promised|called|"
    r"described|quoted|remarked|replied|responded|posted|tweeted)\b",
    re.IGNORECASE,
)
RU_QUOTE_CUE = re.compile(
    rf"(?<![\w-])(?:{_RU_SPEECH_STEMS}|заявив|отметив|добавив|сказав|подчеркнув|по\s+словам|"
    r"написав|пообещал|пообещала|спросил|спросила|ответил|ответила|призвал|призвала)(?![\w-])",
    re.IGNORECASE,
)

# Descriptions that stand for a source named earlier ("the official", "мэр", "ведомство"):
# person nouns take the nearest named person, institution nouns the nearest organisation
# (one whose name ends in the same word first). Russian words are lemmas (pymorphy3).
DESCRIBES_PERSON = words(
    "official officials minister spokesman spokeswoman spokesperson lawyer attorney diplomat "
    "ambassador envoy president governor mayor officer commander prosecutor judge chief "
    "director head investigator superintendent inspector activist man woman mother father "
    "brother sister recruiter source "
    "мэр министр замминистра глава губернатор посол дипломат адвокат защитник защитница "
    "правозащитник правозащитница собеседник собеседница мужчина женщина чиновник "
    "представитель представительница пресс-секретарь прокурор судья следователь начальник "
    "руководитель директор депутат мать отец брат сестра"
)
DESCRIBES_ORG = words(
    "ministry agency committee court bureau office department embassy service police "
    "government administration commission council prosecutor's "
    "ведомство министерство агентство комитет суд служба посольство управление мэрия "
    "администрация прокуратура"
)
# Feminine and masculine person nouns whose antecedent must share the gender.
FEMININE_DESCRIPTIONS = words(
    "woman mother sister spokeswoman защитница правозащитница собеседница женщина мать сестра "
    "представительница"
)
MASCULINE_DESCRIPTIONS = words(
    "man father brother spokesman мужчина отец брат собеседник защитник правозащитник"
)
# A Russian outlet named after a speech verb, with its kind word in the dative:
# "рассказал изданию «Фонтанка»", "сообщил агентству «Фергана»", "сказал РИА Новости".
RU_TOLD_OUTLET = re.compile(
    r"\s+(?:(?:изданию|агентству|газете|телеканалу|порталу|сайту|радио|журналу)\s+)?"
    r"(«[^»]{1,40}»|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){0,2})"
)
