"""What a bare number counts: the noun phrase after it ("at least 93 Central Asian prisoners
from ..." -> "Central Asian prisoners"; "34 уголовных дела"; "40 выходцев из Непала")."""

from __future__ import annotations

import re

from dossier.measure.lexicon import (
    AFTER_VERB,
    COUNT_STOP,
    GENITIVE_NY,
    NOT_ORIGIN,
    NOUN_OR_VERB,
    OF_COMPLEMENTS,
    ORIGIN_NOUNS,
    ORIGIN_PEOPLE,
    PEOPLE_PARTICIPLES,
)

MAX_COUNTED_WORDS = 4
# Past-tense and passive endings that end a counted phrase after its first word
# ("93 prisoners died", "93 заключенных погибли", "200 мигрантов задержаны").
_VERB_ENDING = re.compile(r"(?:[a-z]ed|ли|ла|ло|ся|сь|ны)$")

# A Russian plural past verb ("ответили", "погибли") ends a counted phrase even after an
# adjective or participle, whose noun after a number is never in the nominative plural.
# A capitalised Russian word is a name in the genitive, no verb, whatever its ending ("граждан
# Непала", "граждан Украины", "граждан Мали"; round 19).
# A line that gives a label and its figure ("Population: 10.2 million") or a list's item ("-
# выдворено 1 200"): its number counts nothing on the next line (round 19), where a sentence
# wrapped after its number goes on there ("turned back 2,300⏎foreign nationals").
_ITEM_LINE = re.compile(r"\s*(?:[-•*—–]|[^\n:]{1,40}:\s)")
_RU_NAME = re.compile(r"[А-ЯЁ][а-яё]")
_RU_PLURAL_PAST = re.compile(r"[а-яё]{3,}ли$")
# A reflexive verb ("находятся", "остались") right after the number: no noun ends so.
# A reflexive participle ("15 вернувшихся узбекистанцев") is an adjective, no verb.
_RU_REFLEXIVE = re.compile(r"[а-яё]{3,}(?<!их)(?<!ых)(?<!ие)(?<!ые)(?<!ий)(?<!ый)(?<!ая)(?:ся|сь)$")
# A Russian present-tense verb right after the number ("300 тыс. выделяет муниципалитет", "40
# работают"; round 20): a noun after a number is in the genitive and never ends so.
_RU_PRESENT = re.compile(r"[а-яё]{3,}(?:ает|яет|ует|еет|ают|яют|уют|еют)$")
# A Russian short passive participle right after the number ("еще 14 ранены", "9 задержаны";
# round 20) is the clause's verb.
_RU_SHORT_PARTICIPLE = re.compile(r"[а-яё]{2,}(?:ованы|ены|ёны|иты|яты|уты|ыты|ержаны|ваны)$")
# A Russian adjective's endings: the word after it is its noun, whatever its ending.
_RU_ADJECTIVE = re.compile(
    r"[а-яё]{2,}(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ими|ыми)$"
)
_PARTITIVE = re.compile(r"\s+of\s+(?:its|the|their|his|her|our|these|those)\s+", re.IGNORECASE)


def _origin(words: list[re.Match[str]], token: str) -> bool:
    """Whether ``token`` is the "из"/"of" of an origin noun just before it ("выходцев из",
    "natives of"), or the "из" of a noun of people ("граждан из", round 23)."""
    if len(words) != 1:
        return False
    noun = words[0].group(0).casefold()
    return (token.casefold() in ("из", "of") and noun.startswith(ORIGIN_NOUNS)) or (
        token.casefold() == "из" and noun.startswith(ORIGIN_PEOPLE)
    )


def _bare_complement(tokens: list[re.Match[str]], k: int) -> bool:
    """Whether ``tokens[k]`` is an "of" before a complement that belongs to the counted noun
    ("prisoners of war", "members of parliament"; round 18) or before the place it is of
    ("citizens of Tajikistan", "residents of Khimki"; round 20), where "of the plant", "of
    whom", "of Russia's regions" or "accused of sending" ends the phrase."""
    if tokens[k].group(0) != "of" or k + 1 >= len(tokens):
        return False
    raw = tokens[k + 1].group(0)
    complement = raw.rstrip(',.;:!?)"”»')
    if complement in OF_COMPLEMENTS:
        return True
    if _PLACE.fullmatch(complement) is None:
        return False
    if complement != raw or k + 2 >= len(tokens):
        return True  # "citizens of Tajikistan." ends there
    after = tokens[k + 2].group(0).strip(',.;:!?()"“”«»')
    # "of Tajikistan were", "of Tajikistan entered": the place ends the phrase; "of Tajik
    # migrants", "of Central Asian countries": an adjective whose noun comes later
    return after.casefold() in COUNT_STOP or re.fullmatch(r"[a-z]+ed", after) is not None


# A capitalised word alone, no possessive: the name of a place or body a counted noun is of.
_PLACE = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")


def _en_past_verb(tokens: list[re.Match[str]], k: int, token: str, clean: str) -> bool:
    """Whether the word right after a number is an English past verb or participle that ends
    its clause or goes on with a function word ("4 survived,", "9,000 estimated by"), where
    "300 naturalised citizens" goes on with its noun."""
    if not re.fullmatch(r"[a-z]{3,}ed", clean) or clean in PEOPLE_PARTICIPLES:
        return False
    if clean != token.rstrip("’'"):  # punctuation right after it
        return True
    after = tokens[k + 1].group(0).strip(',.;:!?()"“”«»').casefold() if k + 1 < len(tokens) else ""
    return not after or after in COUNT_STOP


def counted_phrase(text: str, end: int) -> str | None:
    """The noun phrase a bare number counts: up to four words, stopping at function words."""
    tail = text[end : end + 80]
    if "\n" in tail and _ITEM_LINE.match(text, text.rfind("\n", 0, end) + 1, end):
        tail = tail[: tail.index("\n")]  # "Population: 10.2 million⏎Migrants abroad: …"
    partitive = _PARTITIVE.match(tail)  # "at least 10 of its citizens"
    if partitive is not None:
        tail = " " * partitive.end() + tail[partitive.end() :]
    words: list[re.Match[str]] = []
    tokens = list(re.finditer(r"\S+", tail))
    for k, word in enumerate(tokens):
        token = word.group(0)
        clean = token.strip(',.;:!?()"“”«»|•')  # "|" and "•" part table cells and list lines
        if _origin(words, clean):
            following = tokens[k + 1].group(0).strip(',.;:!?()"“”«»') if k + 1 < len(tokens) else ""
            if following.casefold() in NOT_ORIGIN:
                break  # "пять человек из них", "из числа задержанных": a part, no origin
            words.append(word)  # "40 выходцев из Непала", "25 natives of Kerala"
            continue
        if words and len(words) < MAX_COUNTED_WORDS - 1 and _bare_complement(tokens, k):
            words.extend(tokens[k : k + 2])  # "95 prisoners of war", "30 members of parliament"
            break
        if not clean or clean.casefold() in COUNT_STOP or any(c.isdigit() for c in clean):
            break
        if not clean.strip("—–-"):
            break  # "из них 14 — жители Оша": a dash opens what the number is, no noun
        if _RU_PLURAL_PAST.search(clean.casefold()) or (
            not words
            and any(
                verb.search(clean.casefold())
                for verb in (_RU_REFLEXIVE, _RU_PRESENT, _RU_SHORT_PARTICIPLE)
            )
        ):
            break  # "600 опрошенных ответили", "400 тыс. находятся": a verb, no noun
        if not words and _en_past_verb(tokens, k, token, clean):
            break  # "4 survived,", "the 9,000 estimated by activists": a verb, no noun
        if clean.casefold() in NOUN_OR_VERB and k + 1 < len(tokens):
            following = tokens[k + 1].group(0).strip(',.;:!?()"“”«»').casefold()
            if following in AFTER_VERB:
                break  # "7,000 Indians work in Russia": the clause's verb
        after_adjective = bool(words) and _RU_ADJECTIVE.search(
            words[-1].group(0).strip('"“”«»').casefold()
        )
        after_origin = len(words) == 2 and _origin(words[:1], words[1].group(0))
        if (
            words
            and _VERB_ENDING.search(clean.casefold())
            and not (after_adjective or after_origin or _RU_NAME.match(clean))
            and clean.casefold() not in GENITIVE_NY  # "граждан страны" (round 22)
        ):
            break  # "93 prisoners died"; but "34 уголовных дела": an adjective's noun
        # an origin may take a word more: "граждан из стран ближнего зарубежья"
        has_origin = len(words) > 1 and _origin(words[:1], words[1].group(0))
        if len(words) == MAX_COUNTED_WORDS + int(has_origin):
            break
        words.append(word)
        if clean != token.lstrip('"“«(').rstrip("’'"):  # punctuation after it ends the phrase
            break
    if len(words) == 2 and _origin(words[:1], words[1].group(0)):
        words.pop()  # "natives of the region": the origin is no name
    if not words:
        return None
    phrase = tail[words[0].start() : words[-1].end()].strip(',.;:!?()"“”«» ')
    return phrase or None
