"""Names the words around a mention decide, where the tagger cut or typed it wrong (round 23,
families_dev21).

- A person's name before "alias" ("Shibu Paulose alias Kunjumon"), which the tagger may cut
  to its given name and call a place.
- A person's name before ", the wife of" and its kin ("a complaint from Reshma Davis, the
  wife of …"), which the tagger may cut to the surname.
- The home after a person's age ("Anish K.R., 38, of Irinjalakuda"), a place whatever the
  tagger called it.
- A body run into the city after its "in" ("the Center for the Temporary Detention of
  Foreign Citizens in Perm"): the city is a place of its own (eval/GUIDELINES.md "## Names").
- A region's initials in brackets after it ("the Gorno-Badakhshan Autonomous Region (GBAO)"),
  which the tagger leaves untagged: a mention of the same place.
- A body's name the tagger cut at its "and" or "of" ("the Refugee | and | Migratory Movements
  Research Unit (RMMRU)"): the initials in brackets after it say where it begins.
- A Russian name of a given name and a South Asian surname of the data's list that the
  tagger called a place ("Бишал Шрестха из Покхары"): a person.
- Names listed with a known outlet as the subject of a reporting verb ("Orda.kz and
  Tengrinews wrote", "Vot Tak, The Insider and iStories published"): outlets too.
- A body before its officer's post and name ("Norka Roots CEO Hari Nair"), which the tagger
  may call a person: a body.
- The site a Russian "собеседник" spoke to, in its quotes ("собеседника «Нашего Ростова»"):
  an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from dossier.models import Mention
from dossier.resolve.name_data import name_rules
from dossier.resolve.translit import token_key

EXTRACTOR = "dossier.resolve.contexts/1"

# the words that open a sentence or stand before a name without being one
# (with name_rules.yaml's not_given_names: role and kin words before a surname)
_NOT_NAME_WORDS = frozenset(
    ("The", "A", "An", "Accused", "Arrested", "Suspect", "Agent", "Complainant", "Victim",
     "His", "Her", "Their", "Its", "Inspector", "Constable", "Superintendent", "Sub-Inspector")
)  # fmt: skip
_ALIAS_WORD = re.compile(r",?[ \u00a0]+(?:alias|aka|a\.k\.a\.)[ \u00a0]+[A-Z]")
_KIN_AFTER = re.compile(
    r",[ \u00a0]+the[ \u00a0]+(?:wife|husband|widow|mother|father|son|daughter|brother|sister"
    r"|cousin|nephew|niece|uncle|aunt)[ \u00a0]+of\b"
)
# "Manoj Kumar, 35, of Vypin,": the home after the age, one or two capitalised words, then the
# clause going on
_AGE_HOME = re.compile(
    r",[ \u00a0]+(?:aged[ \u00a0]+)?\d{1,2},[ \u00a0]+(?:of|from)[ \u00a0]+"
    r"(?P<place>[A-Z][a-z]+(?:[ \u00a0-][A-Z][a-z]+)?)"
    r"(?=[,.;)]|[ \u00a0]+(?:and|in|district|village|town|city|who|was|were|is)\b)"
)
# a body's head word, then "in" and its city at the mention's end
_BODY_IN_CITY = re.compile(
    r"(?P<body>.*?\b(?:Centre|Center|Embassy|Consulate|Office|Department|Directorate|Court"
    r"|Bureau|Agency|Commission|Committee|Ministry|Colony|Prison|Facility)\b.*?)"
    r"[ \u00a0]+in[ \u00a0]+(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
)
_POST_AFTER = re.compile(
    r"[ \u00a0]+(?:CEO|CMD|MD|[Cc]hairman|[Cc]hairperson|[Cc]hief[ \u00a0]+[Ee]xecutive"
    r"(?:[ \u00a0]+[Oo]fficer)?|[Mm]anaging[ \u00a0]+[Dd]irector)[ \u00a0]+(?=[A-Z])"
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "PLACE"})
_BRACKETED_INITIALS = re.compile(r"[ \u00a0]*\((?P<initials>[A-Z]{2,5})\)")
_INTERLOCUTOR_QUOTED = re.compile(
    r"[Сс]обеседни(?:к|ца)[а-яё]{0,3}[ \u00a0]+«(?P<name>[^«»\n]{2,40})»"
)


_WORDS_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][a-z]+[ \u00a0]){0,3}[A-Z][a-z]+$")


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """The span of one to four capitalised words ending at ``end``, without a word that
    stands before a name without being one; None where there is none."""
    offset = max(0, end - 80)
    found = _WORDS_BEFORE.search(text, offset, end)
    if found is None:
        return None
    start = found.start()
    data: Any = name_rules()
    not_given = _NOT_NAME_WORDS | {str(w) for w in data["not_given_names"]["en"]}
    for word in found.group().split():
        if word not in not_given:
            break
        start = text.index(word, start) + len(word) + 1
    return (start, end) if start < end else None


def _replaced(
    text: str, mentions: list[Mention], found: Iterable[tuple[int, int, str]]
) -> list[Mention]:
    """``mentions`` with each found span as a mention with its label, in place of the
    mentions inside it; not where a mention runs past it."""
    out = list(mentions)
    for start, end, label in found:
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, text[start:end], label, EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))


def person_context_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person's name before "alias" or before ", the wife of" taken whole
    as a person, and a home after a person's age as a place."""
    found: list[tuple[int, int, str]] = []
    for cue in (*_ALIAS_WORD.finditer(text), *_KIN_AFTER.finditer(text)):
        span = _name_before(text, cue.start())
        if span is not None and " " in text[span[0] : span[1]]:
            found.append((*span, "PERSON"))
    for home in _AGE_HOME.finditer(text):
        found.append((*home.span("place"), "GPE"))
    return _replaced(text, mentions, found)


def body_city_mentions(
    text: str, mentions: list[Mention], known_place: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with a body the tagger ran into the city after its "in" cut there, the
    city a place where ``known_place`` knows it."""
    out: list[Mention] = []
    for m in mentions:
        found = _BODY_IN_CITY.fullmatch(m.text) if m.label in ("ORG", "FAC") else None
        if found is None or not known_place(found.group("city")):
            out.append(m)
            continue
        body_end = m.start + found.end("body")
        city = (m.start + found.start("city"), m.start + found.end("city"))
        out.append(Mention(m.start, body_end, text[m.start : body_end], m.label, EXTRACTOR))
        out.append(Mention(*city, text[city[0] : city[1]], "GPE", EXTRACTOR))
    return out


def region_initials_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a region's initials in brackets right after its name of two words or
    more, opening with the name's first letter, as a mention of a place ("Gorno-Badakhshan
    Autonomous Region (GBAO)"); not an agency's credit after one city ("Moscow (AP)")."""
    found: list[tuple[int, int, str]] = []
    for m in mentions:
        initials = _BRACKETED_INITIALS.match(text, m.end) if m.label in _PLACE_LABELS else None
        name = re.sub(r"^(?:the|The)[ \u00a0]+", "", m.text)
        if initials is None or len(name.split()) < 2 or name[:1] != initials.group(1)[:1]:
            continue
        found.append((*initials.span("initials"), "GPE"))
    taken = [(a, b, label) for a, b, label in found
             if not any(o.start < b and a < o.end for o in mentions)]  # fmt: skip
    return _replaced(text, mentions, taken)


def interlocutor_outlet_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the quoted name after "собеседник" as an outlet, in place of what the
    tagger made of it."""
    found = [(*q.span("name"), "OUTLET") for q in _INTERLOCUTOR_QUOTED.finditer(text)]
    return _replaced(text, mentions, found)


def body_before_post_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name right before an officer's post and the officer's name ("Norka
    Roots | CEO | Hari Nair") a body, whatever the tagger called it."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        post = _POST_AFTER.match(text, m.end) if m.label in ("PER", "PERSON", "ORG") else None
        if post is not None and any(o.start in (m.end + 1, post.end()) for o in mentions[i + 1 :]):
            out[i] = Mention(m.start, m.end, m.text, "ORG", EXTRACTOR)
    return out


_INITIALS_AFTER = re.compile(r"[ \u00a0]*\((?P<initials>[A-Z]{3,8})\)")
# the words a body's initials skip ("Ministry of Labour and Social Protection" is MLSP)
_SKIPPED = frozenset({"and", "of", "for", "the", "on", "in", "&"})
_WORD_BEFORE = re.compile(r"(?:^|[ \u00a0])([A-Za-z&][\w'’&-]*)[ \u00a0]$")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _SKIPPED and w[:1].isupper())


def initials_start_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a body's mention taken back over the words before it that its
    initials in brackets need ("Refugee and | Migratory Movements Research Unit (RMMRU)"),
    in place of the tagger's mentions there; up to four words, each capitalised or one the
    initials skip, the first capitalised."""
    found: list[tuple[int, int, str]] = []
    for m in mentions:
        after = _INITIALS_AFTER.match(text, m.end) if m.label == "ORG" else None
        if after is None or _initials(m.text.split()) == after.group("initials"):
            continue
        start, words = m.start, m.text.split()
        for _ in range(4):
            word = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if word is None or not (word.group(1)[:1].isupper() or word.group(1) in _SKIPPED):
                break
            start, words = word.start(1), [word.group(1), *words]
            if words[0][:1].isupper() and _initials(words) == after.group("initials"):
                found.append((start, m.end, "ORG"))
                break
    return _replaced(text, mentions, found)


@lru_cache(maxsize=1)
def _south_asian_surname_keys() -> frozenset[str]:
    data: Any = name_rules()
    return frozenset(token_key(str(word)) for word in data["south_asian_surnames"])


_TWO_RUSSIAN_NAMES = re.compile(r"[А-ЯЁ][а-яё]+(?:[ \u00a0][А-ЯЁ][а-яё]+){1,2}")


def surname_place_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a Russian place of two or three capitalised words whose last is a
    South Asian surname of the data's list in the nominative a person ("Бишал Шрестха"): no
    place is named so."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.label in ("LOC", "GPE")
            and _TWO_RUSSIAN_NAMES.fullmatch(m.text)
            and token_key(m.text.split()[-1]) in _south_asian_surname_keys()
        ):
            m = Mention(m.start, m.end, m.text, "PER", EXTRACTOR)
        out.append(m)
    return out


# a capitalised word of a name, and a further one ("of" may stand before it: "The Times of
# Central Asia", round 24)
CAPITAL_WORD = r"[A-Z][\w.'’-]*"
NEXT_CAPITAL_WORD = rf"[ \u00a0](?:of[ \u00a0])?{CAPITAL_WORD}"
# one name of a list: capitalised words (or a brand's lower-case "i" before a capital), "The"
# before them left out of the name
_LISTED = rf"(?:The[ \u00a0]+)?(?:i?{CAPITAL_WORD})(?:{NEXT_CAPITAL_WORD}){{0,3}}"
_OUTLET_LIST = re.compile(
    rf"(?<![\w.'’-])(?P<list>{_LISTED}(?:,[ \u00a0]+{_LISTED}){{0,3}},?[ \u00a0]+and[ \u00a0]+"
    rf"{_LISTED})[ \u00a0]+(?:have[ \u00a0]+|had[ \u00a0]+|also[ \u00a0]+)?"
    r"(?:reported|wrote|covered|published|cited|quoted)\b"
)
# words that open a clause before a list, no outlet's ("In Uzbekistan, UzDaily and …")
_CLAUSE_OPENERS = frozenset(
    ("In", "On", "At", "For", "By", "After", "Before", "Earlier", "Later", "Meanwhile", "Also",
     "But", "And", "Then", "Since", "When", "While", "According", "Last", "This", "That",
     "Both", "Even", "Only", "Like")
)  # fmt: skip
# a place or a nationality the tagger found in a list is none of its outlets
_NOT_OUTLET_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_LIST_ITEM = re.compile(
    rf"(?:The[ \u00a0]+)?(?P<name>i?{CAPITAL_WORD}(?:{NEXT_CAPITAL_WORD}){{0,3}})"
)


# the same in Russian: quoted names, listed, right after or before a verb of telling
# ("писали «Сибирь.Реалии» и «Люди Байкала»", "«Важные истории» и «Новая газета Европа»
# опубликовали")
_QUOTED = r"«[^«»\n]{2,40}»"
_TELLING = r"(?:писал|сообщил|сообщал|опубликовал|подтвердил|рассказал|выяснил)[аи]?"
_QUOTED_NAMES = rf"{_QUOTED}(?:,[ \u00a0]+{_QUOTED}){{0,3}}[ \u00a0]+и[ \u00a0]+{_QUOTED}"
_QUOTED_LIST = re.compile(
    rf"\b{_TELLING}[ \u00a0]+(?P<after>{_QUOTED_NAMES})"
    rf"|(?P<before>{_QUOTED_NAMES})(?=[ \u00a0]+{_TELLING}\b)"
)


def outlet_list_mentions(
    text: str, mentions: list[Mention], is_outlet: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with each name of a list that names a known outlet (``is_outlet``) as the
    subject of a reporting verb an outlet, in place of what the tagger made of the list; not
    where a mention runs past the list, and not a place or a nationality the tagger found."""
    out = list(mentions)
    for quoted in _QUOTED_LIST.finditer(text):
        start, end = quoted.span("after") if quoted.group("after") else quoted.span("before")
        names = [(q.start() + 1, q.end() - 1) for q in re.finditer(_QUOTED, text[start:end])]
        names = [(start + a, start + b) for a, b in names]
        if any(is_outlet(text[a:b]) for a, b in names):
            out = [m for m in out if not any(m.start < b and a < m.end for a, b in names)]
            out += [Mention(a, b, text[a:b], "OUTLET", EXTRACTOR) for a, b in names]
    for listed in _OUTLET_LIST.finditer(text):
        items = [
            item.span("name")
            for item in _LIST_ITEM.finditer(text, *listed.span("list"))
            if item.group("name").split()[0] not in _CLAUSE_OPENERS
        ]
        places = [(m.start, m.end) for m in mentions if m.label in _NOT_OUTLET_LABELS]
        items = [(a, b) for a, b in items if not any(p < b and a < q for p, q in places)]
        start, end = listed.span("list")
        inside = [m for m in out if m.start < end and start < m.end]
        if (
            len(items) < 2
            or not any(is_outlet(text[a:b]) for a, b in items)
            or any(m.start < start or m.end > end for m in inside)
        ):
            continue
        # the tagger's mentions over the list go ("Orda.kz and Tengrinews" as one body)
        out = [m for m in out if m not in inside or m.label in _NOT_OUTLET_LABELS]
        out += [Mention(a, b, text[a:b], "OUTLET", EXTRACTOR) for a, b in items]
    return sorted(out, key=lambda m: (m.start, m.end))
