"""Words the cite stage's rules share across English and Russian, compiled once at import.

These are closed-class language data, not topic data, so they live here rather than in a
domain pack. Each language's own speech verbs, quote cues and marks and cue phrases live
with it (``dossier/lang/<code>/``).
"""

from __future__ import annotations

import re


def words(spaced: str) -> frozenset[str]:
    """A word set written as one space-separated string (easier to read and edit)."""
    return frozenset(spaced.split())


# A subject phrase starts after the last of these inside its sentence.
BOUNDARY = re.compile(
    # "while" before a participle is inside a noun phrase: "a man killed while serving"
    r"(?:,\s+|;\s+|:\s+|\s[—–-]\s|\bthat\s+|\bwhile\s+(?!\w+ing\b)|\bwhereas\s+|\bbut\s+|\band\s+"
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
    # round 17 (russian_dev11): a group opened by a quantifier ("несколько мужчин в форме")
    "несколько некоторые двое трое "
)

# Descriptions that stand for a source named earlier ("the official", "мэр", "ведомство"):
# person nouns take the nearest named person, institution nouns the nearest organisation
# (one whose name ends in the same word first). Russian words are lemmas (pymorphy3).
DESCRIBES_PERSON = words(
    "official officials minister spokesman spokeswoman spokesperson lawyer attorney diplomat "
    "ambassador envoy president governor mayor officer commander prosecutor judge chief "
    "director head investigator superintendent inspector activist man woman mother father "
    "brother sister recruiter source ombudsman ombudswoman ombudsperson chairman chairwoman "
    "commissioner deputy lawmaker parliamentarian "
    # a military rank, as wire copy calls the officer it named ("the general said")
    "general colonel генерал полковник "
    "мэр министр замминистра глава губернатор посол дипломат адвокат защитник защитница "
    "правозащитник правозащитница собеседник собеседница мужчина женщина чиновник "
    "представитель представительница пресс-секретарь прокурор судья следователь начальник "
    "руководитель директор депутат парламентарий мать отец брат сестра военком омбудсмен "
    "уполномоченный "
    "председатель "
    # round 14 (english_dev7, russian_dev8): an expert named before, a mayor's other title,
    # a deputy's compound title ("По словам вице-министра")
    "researcher analyst expert economist scholar эксперт аналитик исследователь "
    "градоначальник вице-министр вице-премьер вице-губернатор замглавы "
    # a participle used as a noun has its verb as lemma: "осужденный", "обвиняемый"
    "осудить обвинять подсудимый "
    # round 22 (english_dev15, russian_dev16): kin nouns and a blogger, as reporters call a
    # relative or a channel's author they named ('"…," the widow told X', "— пишет блогер")
    "widow widower wife husband son daughter blogger defendant "
    "вдова жена муж сын дочь блогер "
    # round 24 (russian_dev13, english_dev17): a witness, a resident, a migrant named before
    # ("— пишет очевидец", "— поясняет москвичка", '"…," the migrant said')
    "witness eyewitness resident migrant очевидец свидетель житель жительница мигрант "
    "москвич москвичка"
)
# A document standing for the body that issued it ("The statement said", "According to the
# report", "«…», — говорится в сообщении"): the source is that body, named before, with no
# role; a court's verdict is the court's (round 17: "The verdict says", "В приговоре говорится")
DESCRIBES_DOCUMENT = words(
    "statement report document сообщение заявление verdict приговор "
    # round 18 (english_dev11): "The ruling states" is the court's, as "The verdict says"
    "ruling"
)
DESCRIBES_ORG = words(
    "ministry agency committee court bureau office department embassy service police "
    "government administration commission council prosecutor's directorate group organisation "
    "organization mission consulate "
    "ведомство министерство агентство комитет суд служба посольство управление мэрия "
    "администрация прокуратура следствие диппредставительство консульство "
    # round 15 (russian_dev9): "по данным военкомата" after its press service
    "военкомат"
)
# Round 18 (english_dev11, russian_dev12): a regulator, a security service or a state committee
# by its kind ("the watchdog alleges", "отметили в спецслужбе", "в госкомитете"), read by the
# cite stage's descriptions only (the events stage reads DESCRIBES_ORG as it was)
DESCRIBES_BODY_KIND = words("watchdog regulator спецслужба госкомитет")
# Nouns that never name a body of their own, so that an adjective before them only says
# what kind of body the one named before is ("в надзорном ведомстве", "внешнеполитическое
# ведомство", "надзорный орган"); before another noun an adjective makes a body of its own
# ("столичная прокуратура")
GENERIC_BODIES = words("ведомство орган спецслужба структура учреждение")
# Words that make a name of capitalised words an organisation's, not a person's ("Human Rights
# Watch", "Amnesty International", "Open Society Foundation")
ORG_NAME_WORDS = words(
    "international watch rights foundation foundations institute center centre council union "
    "association network coalition society fund forum alliance initiative federation "
    "amnesty memorial"
)
# Descriptions of an outlet ("told the newspaper", "по данным издания"): the nearest outlet
# cited before. Russian words are lemmas.
DESCRIBES_OUTLET = words(
    "newspaper paper broadcaster outlet magazine website channel "
    "издание газета телеканал портал сайт журнал канал телеграм-канал"
    # "Как пишет радиостанция" after "радиостанцию RMF FM" (round 19)
    " радиостанция"
)
# Told something, an agency is the outlet cited before ("told the agency", "сказал агентству");
# as a subject ("The agency said") it stays the body named before (DESCRIBES_ORG)
TOLD_OUTLET = DESCRIBES_OUTLET | words("agency агентство")
# An outlet's kind word before its name, which makes the name an outlet the registry need
# not know ("told the state broadcaster Canal Austral", "газета Daily Mirror")
EN_OUTLET_KINDS = (
    r"(?:newspaper|paper|broadcaster|magazine|website|channel|daily|weekly|news\s+agency"
    r"|news\s+site|television|radio|outlet|portal)"
)
RU_OUTLET_KINDS = r"(?:издание|газета|агентство|телеканал|портал|сайт|журнал|радиостанция)"
# The kind words of an outlet told something, in the dative ("изданию", "агентству").
RU_OUTLET_DATIVE = (
    r"(?i:изданию|агентству|газете|телеканалу|порталу|сайту|радио|журналу|телеграм-каналу|каналу)"
)
# A broadcaster's kind word after "в эфире" ("в эфире радио «X»", "в эфире телеканала «X»").
RU_ON_AIR_KINDS = r"(?i:радио|телеканала|радиостанции|канала|программы)"
OUTLET_KIND_BEFORE = re.compile(
    rf"\b(?:{EN_OUTLET_KINDS}|{RU_OUTLET_KINDS}|{RU_OUTLET_DATIVE}|(?:телеграм|telegram)-канал)\s+$",
    re.IGNORECASE,
)
# Feminine and masculine person nouns whose antecedent must share the gender.
FEMININE_DESCRIPTIONS = words(
    "woman mother sister spokeswoman защитница правозащитница собеседница женщина мать сестра "
    "представительница widow wife daughter вдова жена дочь"
)
MASCULINE_DESCRIPTIONS = words(
    "man father brother spokesman мужчина отец брат собеседник защитник правозащитник "
    "widower husband son муж сын"
)
# An outlet's name in quotation marks, of up to three words ("«Вслух.ру»", "«Новая газета»"),
# as a speaker's told outlet is written
QUOTED_OUTLET = re.compile(r"«[^»\s]+(?:\s[^»\s]+){0,2}»")
# What may stand between a Russian speech verb and the outlet told: "в интервью" and a kind
# word in the dative ("заявил в интервью «Известиям»", "рассказал изданию «Фонтанка»")
# Another outlet's correspondent told, before the outlet in the genitive ("рассказала
# корреспонденту «Азаттыка»", round 18): the outlet relays the speaker, as one told does
RU_CORRESPONDENT_TOLD = r"(?i:корреспонденту|корреспондентам|журналисту|журналистам)"
RU_TOLD_BEFORE = (
    rf"\s+(?:в\s+интервью\s+|в\s+эфире\s+(?:{RU_ON_AIR_KINDS}\s+)?"
    # an outlet spoken with after the verb, as before it (round 22): "сообщил в разговоре с
    # «Азаттыком»", "заявил в беседе с корреспондентом «Ферганы»"
    rf"|в\s+(?:беседе|разговоре)\s+со?\s+(?:(?:корреспондентом|журналистом)\s+(?=«))?)?"
    rf"(?:(?:{RU_OUTLET_DATIVE}|{RU_CORRESPONDENT_TOLD}(?=\s+«))\s+)?"
)
# A Russian outlet named after a speech verb, with its kind word in the dative:
# "рассказал изданию «Фонтанка»", "сообщил агентству «Фергана»", "сказал РИА Новости".
# "заявил в интервью «Известиям»": the outlet that interviewed the speaker, told as well
RU_TOLD_OUTLET = re.compile(
    rf"{RU_TOLD_BEFORE}(«[^»]{{1,40}}»|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){{0,2}})"
)
# An impersonal passive opening a sentence with no source of its own ("Уточняется, что …",
# "It was also reported that …"): it goes on with the source cited before it (round 18,
# eval/GUIDELINES.md); "Ранее сообщалось", "It was previously reported" recap earlier reports
# and do not match
IMPERSONAL_OPENING = re.compile(
    r"(?:Уточняется|Отмечается|Сообщается|Подчеркивается|Подчёркивается|Утверждается"
    r"|Указывается|Добавляется)\s*,\s*что\s+"
    r"|It\s+(?:was|is|has\s+been)\s+(?:also\s+)?(?:reported|noted|alleged|added|stated)\s+"
    r"that\s+"
)
