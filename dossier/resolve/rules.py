"""Mentions from name shapes the taggers miss or cut short (``name_rules.yaml``).

The small English model cuts "the Ministry of Foreign and Expatriate Affairs" at "and",
types "S.B. Rao" as an organisation and misses "Lumbini region"; Natasha misses "ВС РФ"
and "ЧВК «Вагнер»". Each pattern of the data file gives a mention of its type; it replaces
the tagger's mentions it overlaps, unless one of them already covers it and is longer
("Kyrgyzstan's Ministry of Internal Affairs" keeps its owner).

The small model also leaves out country names it knows elsewhere: a headline's first word
("Nepal tightens checks ...") and an owner before an institution ("Nepal's Ministry of ...").
A country name of the gazetteer that no mention overlaps is a place of its own
(:func:`country_mentions`), except the few that also name people or things (the data file's
``countries: except``).

Natasha also takes the body in a title into the name after it ("депутата Мажилиса Жаркынбека
Амантайулы" as one person): the first word of a Russian person of three words or more that
the dictionary knows only as a thing's noun is the body, an organisation of its own
(:func:`body_before_name_mentions`).

Natasha ends a Russian institution's name before its complements, which are names of their
own: "Дзержинским районным судом | Оренбурга", "Управления | ФСБ России | по Оренбургской
области", "Министерством обороны | РФ". An organisation followed by a name in the genitive,
or by "по" and a place, is one name with them (:func:`complement_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from dossier.analyze.pieces import DATELINE_CITY, DATELINE_PARAGRAPHS
from dossier.cite.lexicon import words
from dossier.errors import PackError
from dossier.models import Mention, Span
from dossier.resolve.morph import (
    case_readings,
    known_given_name,
    only_a_thing,
    singular_genitive,
    south_asian_mans_word,
)
from dossier.resolve.name_data import name_rules
from dossier.resolve.spans import PARTICLES, join_side_by_side
from dossier.resolve.translit import has_cyrillic

EXTRACTOR = "dossier.resolve.rules/1"


# the data file's groups that are word lists read where they are used, not name patterns
_DATA_GROUPS = frozenset(
    (
        "countries",
        "person_titles",
        "not_given_names",
        "nationalities",
        "south_asian_mens_words",
        "short_names",
        "turkic_modifiers",
        "dateline_flags",
        "south_asian_surnames",
        "womens_given_names",
        "womens_name_prefixes",
        "womens_name_endings",
        "facility_kinds",
        "settlement_words",
        "district_police_ranks",
        "not_districts",
        "association_heads",
    )
)


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data: Any = name_rules()
    rules: list[tuple[str, re.Pattern[str]]] = []
    for group, entry in data.items():
        if group in _DATA_GROUPS:
            continue
        try:
            rules.extend((str(entry["type"]), re.compile(p)) for p in entry["patterns"])
        except (KeyError, TypeError, re.error) as exc:
            raise PackError(f"name_rules.yaml: bad entry {group!r}: {exc}") from exc
    return tuple(rules)


@lru_cache(maxsize=1)
def _not_countries() -> frozenset[str]:
    data: Any = name_rules()
    return frozenset(str(name).casefold() for name in data["countries"]["except"])


@lru_cache(maxsize=4)
def _country_pattern(countries: frozenset[str]) -> re.Pattern[str]:
    names = sorted(countries - _not_countries(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _added(
    text: str,
    mentions: list[Mention],
    spans: Iterable[tuple[int, int]],
    label: str,
    replace: bool = False,
) -> list[Mention]:
    """``mentions`` with each of ``spans`` added as a mention labelled ``label``: where no
    mention overlaps it, or with ``replace`` in place of the mentions inside it (a span
    inside a longer mention is left alone)."""
    out = list(mentions)
    for start, end in spans:
        inside = [m for m in out if m.start < end and start < m.end]
        if (inside and not replace) or any(m.start < start or m.end > end for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, text[start:end], label, EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))


def country_mentions(
    text: str, mentions: list[Mention], countries: frozenset[str]
) -> list[Mention]:
    """``mentions`` with the capitalised country names (lower case in ``countries``) that no
    mention overlaps added as places."""
    spans = (m.span() for m in _country_pattern(countries).finditer(text))
    return _added(text, mentions, ((a, b) for a, b in spans if text[a].isupper()), "GPE")


_PLACE_LABELS = frozenset({"GPE", "LOC", "PLACE", "FAC"})
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
# A military or police rank alone is no organisation ("retired Major General W.A. Perera").
_RANKS = words(
    "general major colonel lieutenant sergeant captain brigadier admiral marshal corporal "
    "private superintendent inspector commander retired deputy senior junior chief "
    "генерал майор полковник подполковник лейтенант сержант капитан адмирал маршал"
)


# South Asia's sub-districts too: "upazila" (Bangladesh), "tehsil", "taluk"
_ADMINISTRATIVE_UNIT = re.compile(
    r"\s(?:district|region|province|state|county|sub-county|oblast|upazila|tehsil|taluka?)$", re.I
)


def owner_place_mentions(
    text: str, mentions: list[Mention], countries: frozenset[str]
) -> list[Mention]:
    """A place named with its country as owner ("Nepal's Rolpa district") is two places:
    the country and the place itself; so is a district or region with any place as owner
    ("Kerala's Thrissur district")."""
    out: list[Mention] = []
    for m in mentions:
        owner = re.match(r"([A-Z][\w .-]*?)['’]s\s+(?=[A-Z])", m.text)
        unit = owner is not None and _ADMINISTRATIVE_UNIT.search(m.text) is not None
        if m.label in _PLACE_LABELS and owner and (owner.group(1).casefold() in countries or unit):
            rest = m.start + owner.end()
            out.append(Mention(m.start, m.start + owner.end(1), owner.group(1), m.label, EXTRACTOR))
            out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
            continue
        out.append(m)
    return out


def without_ranks(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a rank the tagger took for an organisation ("Major General")."""
    out = []
    for m in mentions:
        tokens = re.findall(r"[^\W\d_]+", m.text.casefold())
        if not (m.label == "ORG" and tokens and all(t in _RANKS for t in tokens)):
            out.append(m)
    return out


# A Russian nationality word made from a country in "-стан": the country's name with the
# suffix of its people ("кыргызстанцам", "узбекистанцев", "казахстанка"), or the people's
# own name ("узбеки", "таджиков", "кыргызы"), in any case. Written in lower case, so the
# tagger never gives them.
_RESIDENT_ENDINGS = "ец|ца|цу|цем|це|цы|цев|цам|цами|цах|ка|ки|ке|ку|кой|кою|кам|ками|ках|ок"
_PEOPLE_ENDINGS = "и|ы|ов|ам|ами|ах|а|у|ом|е|ка|ки|ке|ку|кой|чка|чки|чке|чку|чкой"


@lru_cache(maxsize=4)
def _nationality_pattern(countries: frozenset[str]) -> re.Pattern[str] | None:
    lands = sorted((c for c in countries if re.fullmatch(r"[а-яё]+стан", c)), key=len, reverse=True)
    peoples = sorted(
        {stem for c in lands if len(stem := re.sub(r"и?стан$", "", c)) >= 5},
        key=len,
        reverse=True,
    )
    alternatives = [f"(?:{'|'.join(lands)})(?:{_RESIDENT_ENDINGS})"] if lands else []
    if peoples:
        alternatives.append(f"(?:{'|'.join(peoples)})(?:{_PEOPLE_ENDINGS})?")
    alternatives.extend(_listed_nationalities())
    if not alternatives:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


# An English nationality in the plural ("six Nepalis", "half a million Uzbeks"), which the
# small model often leaves out
_CAPITALISED_PLURAL = re.compile(r"(?<![\w.'’-])[A-Z][a-z]{3,}s(?![\w'’-])")


def plural_nationality_mentions(
    text: str, mentions: list[Mention], is_nationality: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with each capitalised plural that no mention overlaps added as a group of
    people, where it and its singular are nationality words (``is_nationality``: "Nepalis"
    and "Nepali", "Uzbeks" and "Uzbek")."""
    spans = [
        found.span()
        for found in _CAPITALISED_PLURAL.finditer(text)
        if is_nationality(found.group()) and is_nationality(found.group()[:-1])
    ]
    return _added(text, mentions, spans, "NORP")


# the cases of a nationality noun in "-ец" after the stem of its plural "-цы"
_LISTED_ENDINGS = "цы|цев|цам|цами|цах|ца|цу|цем|це"


@lru_cache(maxsize=1)
def _listed_nationalities() -> tuple[str, ...]:
    """Alternatives of the data file's Russian nationality nouns (``nationalities: ru``)."""
    data: Any = name_rules()
    out = []
    for entry in data["nationalities"]["ru"]:
        singular, plural = str(entry).split()
        stem = plural.removesuffix("цы")
        out.append(f"{re.escape(singular)}|{re.escape(stem)}(?:{_LISTED_ENDINGS})")
    return tuple(out)


@lru_cache(maxsize=1)
def _listed_nationality_word() -> re.Pattern[str]:
    """One of the data file's Russian nationality nouns, in any case."""
    return re.compile("|".join(_listed_nationalities()), re.IGNORECASE)


def nationality_mentions(
    text: str, mentions: list[Mention], countries: frozenset[str]
) -> list[Mention]:
    """``mentions`` with the Russian nationality words of the ``-стан`` countries (lower case
    in ``countries``) and the data file's ("индийцев", "непальцы") that no mention overlaps
    added as groups of people."""
    pattern = _nationality_pattern(countries)
    if pattern is None:
        return mentions
    return _added(text, mentions, (m.span() for m in pattern.finditer(text)), "NORP")


# A Russian full name with the father's name, in any case and either order: "Дмитрию
# Олеговичу Соколову", "Соколова Дмитрия Олеговича" (officials, judges and lawyers are named
# so, and the tagger often leaves the three words out or cuts them).
_PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:ович|евич|овн|евн|ичн)[а-яё]{0,3}"
_CAPITALISED = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_FULL_NAME = re.compile(
    rf"(?<![\w-])(?:{_CAPITALISED}[ \u00a0]{_PATRONYMIC}[ \u00a0]{_CAPITALISED}"
    rf"|{_CAPITALISED}[ \u00a0]{_CAPITALISED}[ \u00a0]{_PATRONYMIC})(?![\w-])"
)


def patronymic_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each Russian full name with a father's name as one person, in place
    of the mentions it covers; one that a longer mention covers is left alone."""
    spans = (m.span() for m in _FULL_NAME.finditer(text))
    return _added(text, mentions, spans, "PER", replace=True)


# An abbreviation in brackets right after a body's name: "the Prosecutor-General's Office of
# Uzbekistan (GPO)", "State Committee for National Security (GKNB)". Outlets define their
# abbreviations so, in whatever language the letters come from, so they need not be the
# initials of the name before them.
_BRACKETED_ABBREVIATION = re.compile(r"[ \u00a0]?\(([A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё/&-]{1,11})\)")
_BODY_LABELS = frozenset({"ORG", "OUTLET"})


def bracketed_abbreviation(text: str, end: int) -> tuple[int, int] | None:
    """Where the abbreviation in brackets right after a name ending at ``end`` is, if any:
    a word of two capitals or more ("GPO", "МИД", "MoFA")."""
    found = _BRACKETED_ABBREVIATION.match(text, end)
    if found is None or sum(c.isupper() for c in found.group(1)) < 2:
        return None
    if re.match(r"[^\S\n]*[-—–]", text[found.end() : found.end() + 4]):
        return None  # a wire dateline's credit: "BISHKEK, Kyrgyzstan (AP) —"
    return found.span(1)


_BRACKETED_SECOND_NAME = re.compile(
    r"[ \u00a0]?\(([A-ZА-ЯЁ][\w.-]*(?:[ \u00a0][A-ZА-ЯЁ][\w.-]*){0,3}"
    r"|@[A-Za-z][A-Za-z0-9_]{2,31})\)"
)


def bracketed_second_name(text: str, end: int) -> tuple[int, int] | None:
    """Where an outlet's second name in brackets right after its name ending at ``end`` is,
    if any: capitalised words ("Таджикской редакции РСЕ/РС (Радио Озоди)"), or a channel's
    handle ("телеграм-канал «Мигрант ТЧ» (@tajmigrant)")."""
    matched = _BRACKETED_SECOND_NAME.match(text, end)
    return matched.span(1) if matched else None


def abbreviation_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each abbreviation in brackets right after an organisation's or
    outlet's name added as a mention of the same kind, where the tagger left it out, and a
    channel's handle in brackets after an outlet's name as an outlet."""
    spans = [
        (where, m.label)
        for m in mentions
        if m.label in _BODY_LABELS and (where := bracketed_abbreviation(text, m.end))
    ] + [  # a channel's handle after its name, which no tagger gives
        (where, "OUTLET")
        for m in mentions
        if m.label == "OUTLET"
        and (where := bracketed_second_name(text, m.end))
        and text[where[0]] == "@"
    ]
    out = mentions
    for where, label in spans:
        out = _added(text, out, [where], label)
    return out


_ACRONYM = re.compile(r"(?<![\w./-])[A-Z]{3,6}(?![\w./-])")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


def acronym_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each unbracketed acronym of a body the document names in full added
    as a mention of it ("CIB spokesperson …" after "the Central Investigation Bureau of Nepal
    Police"): the initials of the name's capitalised words, or of three or more that open it,
    which the tagger does not know."""
    initials = {
        "".join(w[0] for w in _NAME_WORD.findall(m.text) if w not in ("The", "A", "An"))
        for m in mentions
        if m.label == "ORG" and not has_cyrillic(m.text)
    }
    spans = [
        found.span()
        for found in _ACRONYM.finditer(text)
        if any(full == found.group() or (len(full) > 3 and full.startswith(found.group()))
               for full in initials)
    ]  # fmt: skip
    return _added(text, mentions, spans, "ORG")


# A mission's city after "in" ("the Uzbek Embassy in Kyiv"), which the small model leaves out
_MISSION_CITY = re.compile(r"[ \u00a0]+in[ \u00a0]+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![\w’'-])")
_MISSION_END = re.compile(r"(?:Embassy|Consulate|Consulate General|High Commission|Mission)$")


def mission_city_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the city after a mission's "in" added as a place where no mention
    covers it ("the Uzbek Embassy in Kyiv")."""
    spans = [
        found.span(1)
        for m in mentions
        if m.label == "ORG" and _MISSION_END.search(m.text)
        and (found := _MISSION_CITY.match(text, m.end))
    ]  # fmt: skip
    return _added(text, mentions, spans, "GPE")


# A person's name in one script with its spelling in the other in brackets after it ("Рама
# Таманга (Ram Tamang)"), which the tagger runs into one name
_BRACKETED_NAME = re.compile(r"(?P<name>[^()]+?)[ \u00a0]*\((?P<other>[^\W\d_][\w.’' -]*)\)?$")
_PERSON_LABELS = frozenset({"PER", "PERSON"})
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def adjacent_person_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with two Russian persons of one word each that the tagger gave side by
    side, with one space between them, joined into one: "Ее сын Фаррух | Рахимов" is Фаррух
    Рахимов (Natasha splits an unknown given name from the surname). A longer name after
    another is a second person in apposition ("Жене Адилета | Гульмире Сыдыковой").
    In English, a capitalised word the small model gave as a person of its own right before
    a person's name ("Sardar | Abdul Qayyum Niazi") is the first word of that name: English
    sets two persons apart with a comma or "and"."""

    def joined(last: Mention, m: Mention) -> str | None:
        one_word = " " not in last.text.strip()
        second = " " not in m.text.strip() if has_cyrillic(m.text) else last.text[:1].isupper()
        persons = last.label in _PERSON_LABELS and m.label in _PERSON_LABELS
        return m.label if persons and one_word and second else None

    return join_side_by_side(text, mentions, joined, EXTRACTOR)


# an English article inside a body's mention after a capitalised word ("told Saidmurod the
# Tajik Embassy would …"): the body's name opens at the article
_ARTICLE_INSIDE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]* (?=the [A-Z])")


def body_into_person_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a body's mention cut where the tagger ran it into the words around:
    a Russian body's last word a given name, right before a one-word person ("Консул
    посольства Таджикистана Давлат | Раджабов"), is that person's first word; an English
    body's mention that takes in a name before its article ("Saidmurod the Tajik Embassy")
    opens at the article, which _trim then drops."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    for i, m in enumerate(ordered):
        if m.label in _PERSON_LABELS or m.label in _NUMERIC_LABELS:
            out.append(m)
            continue
        words = m.text.split()
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        if (
            has_cyrillic(m.text)
            and len(words) >= 3
            and after is not None
            and after.label in _PERSON_LABELS
            and " " not in after.text.strip()
            and re.fullmatch(r"[ \u00a0]", text[m.end : after.start])
            and words[-1][:1].isupper()
            and known_given_name(words[-1])
        ):
            cut = m.end - len(words[-1])
            body = text[m.start : cut].rstrip()
            out.append(Mention(m.start, m.start + len(body), body, m.label, EXTRACTOR))
            ordered[i + 1] = Mention(cut, after.end, text[cut : after.end], after.label, EXTRACTOR)
            continue
        found = None if has_cyrillic(m.text) else _ARTICLE_INSIDE.search(m.text)
        if found is not None:
            start = m.start + found.end()
            out.append(Mention(start, m.end, text[start : m.end], m.label, EXTRACTOR))
            continue
        out.append(m)
    return out


def bracketed_spelling(text: str, end: int) -> tuple[int, int] | None:
    """Where the name in brackets right after a name ending at ``end`` is, if any: the
    name's spelling in the other script ("Бишала Гурунга (Bishal Gurung)")."""
    found = re.compile(r"[ \u00a0]?\(([^\W\d_][\w.’' -]{1,60})\)").match(text, end)
    if found is None or has_cyrillic(found.group(1)) == has_cyrillic(text[max(0, end - 1) : end]):
        return None
    return found.span(1)


def bracketed_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person's mention that runs into a name in brackets after it cut
    in two: the name, and the bracketed spelling as a mention of its own (which joins the
    name, document.py), when the two are written in different scripts. A body's, an
    outlet's or a place's mention that runs into a bracketed abbreviation or second name
    ("Индии (CBI)", "РСЕ/РС (Радио Озоди)") is cut the same way, whatever the scripts."""
    out: list[Mention] = []
    for m in mentions:
        found = _BRACKETED_NAME.match(m.text) if m.label not in _NUMERIC_LABELS else None
        person = m.label in _PERSON_LABELS
        if found is None or (
            person and has_cyrillic(found["name"]) == has_cyrillic(found["other"])
        ):
            out.append(m)
            continue
        for group in ("name", "other"):
            start, end = m.start + found.start(group), m.start + found.end(group)
            out.append(Mention(start, end, text[start:end], m.label, EXTRACTOR))
    return out


# An outlet named by its site ("24.kg", "Kun.uz", "Fergana.news"): a word, a dot and a
# top-level domain, not inside an address or an e-mail.
_SITE = re.compile(
    r"(?<![\w./@-])(?:[A-Za-z0-9][A-Za-z0-9-]*\.(?:kg|uz|tj|kz|tm|ru|ua|by|am|az|ge|md|io|news|"
    r"media|info|asia|org|com|net)"
    # a Russian site by its domain in Cyrillic ("Урал56.Ру", "Фонтанка.ру", "Вести-Урал.рф")
    r"|[А-ЯЁ][А-Яа-яЁё0-9-]*\.(?:ру|Ру|РУ|рф|РФ))(?![\w/-]|\.\w)"
)


# A title of two words joined by a dot, as RFE/RL names its regional projects ("Сибирь.Реалии",
# "Idel.Реалии", "Кавказ.Реалии"); the second word Russian (two Latin words are a site, or a
# full stop with its space left out)
_DOTTED_TITLE = re.compile(
    r"(?<![\w./@-])(?P<first>[A-ZА-ЯЁ][^\W\d_]{2,})\.(?P<second>[А-ЯЁ][а-яё]{2,})(?![\w.-])"
)


def _dotted_title(found: re.Match[str]) -> bool:
    """Both words can name something in the nominative: a full stop whose space was lost
    ("в Москве.Вчера") joins a word in an oblique case, or one that is no noun."""
    first, second = found.group("first"), found.group("second")
    return "nomn" in case_readings(second) and (
        not has_cyrillic(first) or "nomn" in case_readings(first)
    )


def site_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each outlet named by its site, or by a title of two words joined by
    a dot, as an outlet, in place of the pieces of it the tagger gave ("kg"); one inside a
    longer mention is left alone."""
    spans = [m.span() for m in _SITE.finditer(text)]
    spans += [m.span() for m in _DOTTED_TITLE.finditer(text) if _dotted_title(m)]
    return _added(text, mentions, spans, "OUTLET", replace=True)


# The credit in a wire dateline's brackets: "KATHMANDU, Dec 6 (Kathmandu Wire) - ...",
# "COLOMBO (Reuters) — ..."
_DATELINE_CREDIT = re.compile(r"\(([^()\n]{2,60})\)[^\S\n]*[-—–]+[^\S\n]*$")


def dateline_mentions(
    text: str,
    mentions: list[Mention],
    paragraphs: Sequence[Span] = (),
    known_place: Callable[[str], bool] = lambda name: False,
) -> list[Mention]:
    """``mentions`` with the credit of each wire dateline as an outlet, in place of what the
    tagger made of it ("(South Asia Wire)" was a place, "(Delhi Briefing)" a person): a
    dateline names the agency or paper that filed the story. ``paragraphs`` are the analyze
    stage's; empty, they come by rule. The dateline's city in capitals is a place: before a
    dash, before its country or its credit ("BISHKEK, Kyrgyzstan —", "ASTANA (Kazinform) —"),
    or, as South Asian papers write it, before a colon ("HYDERABAD: …") where ``known_place``
    knows it (a body's acronym opens a headline so too: "NATO: …")."""
    from dossier.analyze.pieces import dateline_end
    from dossier.analyze.pieces import paragraphs as split_paragraphs

    spans, places = [], []
    for number, (start, end) in enumerate(paragraphs or split_paragraphs(text)):
        opening = dateline_end(text[start:end])
        credit = _DATELINE_CREDIT.search(text, start, start + opening) if opening else None
        if credit is not None and credit.group(1)[:1].isupper():
            spans.append(credit.span(1))
        place = _dateline_place(text, start, end, opening) if number < DATELINE_PARAGRAPHS else None
        if place is not None and place.group(1).lower() in _flag_words():
            place = None
        colon = (
            None
            if place or number >= DATELINE_PARAGRAPHS
            else _DATELINE_COLON.match(text, start, end)
        )
        if colon is not None and known_place(colon.group(1)):
            place = colon
        if place is not None and place.group(1).lower() not in _flag_words():
            places.append(place.span(1))
    return _added(text, _added(text, mentions, spans, "OUTLET", replace=True), places, "GPE")


# A wire dateline by its city alone in capitals, opening one of the first paragraphs before a
# dash ("GORKHA — For eight months …", "BISHKEK — …"): the tagger rarely knows a name in
# capitals. Only near the top (DATELINE_PARAGRAPHS, shared with the analyze stage, which reads
# such a dateline apart from the lead), where a dateline stands: "NATO — военный блок" further
# down opens no story.


@lru_cache(maxsize=1)
def _flag_words() -> frozenset[str]:
    """Words a paper sets in capitals before a dash that name no place ("UPDATE —")."""
    data: Any = name_rules()
    return frozenset(str(word).lower() for word in data["dateline_flags"])


# a dateline's city in capitals (DATELINE_CITY, "BISHKEK", "NEW DELHI") before a dash
_DATELINE_PLACE = re.compile(rf"({DATELINE_CITY})(?=[^\S\n]*[—–]|[^\S\n]+--?[^\S\n])")
# the city before its country or its credit, inside a dateline the analyze stage found
_DATELINE_BEFORE_CREDIT = re.compile(rf"({DATELINE_CITY})(?=,|[^\S\n]*\()")
_DATELINE_COLON = re.compile(rf"({DATELINE_CITY}):[^\S\n]+(?=[A-ZА-ЯЁ])")


def _dateline_place(text: str, start: int, end: int, opening: int) -> re.Match[str] | None:
    """The city in capitals opening a paragraph before a dash, or before its country or
    credit in a dateline of ``opening`` characters."""
    place = _DATELINE_PLACE.match(text, start, end)
    if place is None and opening:
        place = _DATELINE_BEFORE_CREDIT.match(text, start, start + opening)
    return place


# A name with a patronymic particle has one given name and the father's name before the
# particle ("Нурбек Асылбек уулу"); the particle may stand after the tagger's mention.
_PARTICLES = frozenset(p.lower() for p in PARTICLES)
_PARTICLE_NEXT = re.compile(r"[ \u00a0](?:" + "|".join(map(re.escape, sorted(_PARTICLES))) + r")\b")


def _cut_after_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Russian persons' mentions cut after a particle inside them, the capitalised words after
    it a person's mention of their own."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        cut = next((k for k, w in enumerate(words[:-1]) if w.lower() in _PARTICLES), None)
        person = m.label in ("PER", "PERSON") and has_cyrillic(m.text)
        if not person or cut is None or not all(w[:1].isupper() for w in words[cut + 1 :]):
            out.append(m)
            continue
        particle = re.search(rf"(?<![\w-]){re.escape(words[cut])}(?![\w-])", m.text)
        if particle is None:  # a particle inside a hyphenated word ("Асан-уулу")
            out.append(m)
            continue
        end = m.start + particle.end()
        rest = m.start + m.text.index(words[cut + 1], particle.end())
        out.append(Mention(m.start, end, text[m.start : end], m.label, EXTRACTOR))
        out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
    return out


def particle_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a Russian name with a particle that has more than one word before the
    father's name cut in two: the words before are another person, the tagger having run a
    possessor's name into the next ("брату Нурбека Эрмеку Асылбек уулу": Nurbek's brother
    Ermek), or a title opening the sentence ("Адвокат Эрмек Асылбек уулу"), left out. The
    particle ends the name: a name after it is another's ("Эрмеку Токтогул уулу Павлов
    продал": the recipient, then the seller)."""
    from dossier.resolve.morph import lemma

    out: list[Mention] = []
    for m in _cut_after_particles(text, mentions):
        words = m.text.split()
        inside = bool(words) and words[-1].lower() in _PARTICLES
        named = 3 if inside else 2  # the given name, the father's, the particle if inside
        after = inside or _PARTICLE_NEXT.match(text, m.end) is not None
        if m.label not in ("PER", "PERSON") or not has_cyrillic(m.text) or not after:
            out.append(m)
            continue
        if len(words) <= named or not all(w[:1].isupper() for w in words[: -named or None]):
            out.append(m)
            continue
        rest = m.start + m.text.index(words[-named], len(" ".join(words[:-named])))
        head_end = m.start + len(m.text[: rest - m.start].rstrip())
        head = words[:-named]
        if all(lemma(w) in _RU_TITLES for w in head):
            pass
        elif only_a_thing(head[0]) and "gent" in case_readings(head[0]):  # "Мажилиса"
            out.append(Mention(m.start, head_end, text[m.start : head_end], "BODY", EXTRACTOR))
        else:
            out.append(Mention(m.start, head_end, text[m.start : head_end], m.label, EXTRACTOR))
        out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
    return out


def body_before_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each Russian person of three words or more whose first word the
    dictionary knows only as a thing's noun, in the genitive that a title's body takes
    ("депутата Мажилиса", "председателя Сената"), cut in two: that word an organisation, the
    rest the person. A given name the dictionary also knows as a thing in another case
    ("Раму Бахадуру": "раму", a frame) stays, and so does the given name of a name with a
    patronymic particle ("Алмаз Асылбек уулу": the particle needs a given name before the
    father's), and of a South Asian man's name ("Рама Бахадура Тхапы": "рама", a frame's
    genitive, before "Бахадура")."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        if m.label not in ("PER", "PERSON") or len(words) < 3 or not has_cyrillic(m.text):
            out.append(m)
            continue
        first = words[0]
        particle = words[-1].lower() in _PARTICLES or _PARTICLE_NEXT.match(text, m.end)
        if (
            not first[:1].isupper()
            or not only_a_thing(first)
            or "gent" not in case_readings(first)
            or not singular_genitive(first)  # "Рам Пратап Ядав": "рам", frames, is no body
            or (particle and len(words) < 3 + (words[-1].lower() in _PARTICLES))
            or any(south_asian_mans_word(w) for w in words[1:])  # "Рама Бахадура Тхапы"
        ):
            out.append(m)
            continue
        rest = m.start + m.text.index(words[1], len(first))
        out.append(Mention(m.start, m.start + len(first), first, "BODY", EXTRACTOR))
        out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
    return out


# Person nouns that open a sentence before a name the tagger takes in with them ("Адвокату
# Елене Ковалевич"): lemmas.
_RU_TITLES = frozenset(
    """
    адвокат судья следователь прокурор депутат министр журналист правозащитник
    правозащитница председатель глава представитель защитник военком омбудсмен
    """.split()  # noqa: SIM905
)


# Occupations written before a name, capitalised where they open a sentence ("Lawyer Aizhan
# Bekmukhanbetova said …"): never a word of the name
_EN_OCCUPATIONS = frozenset(
    """
    Lawyer Advocate Attorney Activist Journalist Reporter Analyst Researcher Economist
    Lecturer Professor Spokesperson Spokesman Spokeswoman Migrant Farmer Driver Student
    """.split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _rank_before_name() -> re.Pattern[str]:
    # a rank written out ("Additional Superintendent of Police SM Nazmul Haque", "retired Major
    # W.M.K.B. Dissanayake", round 24) as well as by its abbreviation; the longest first, so
    # that "Additional …" is taken whole ("General" alone opens bodies' names: not it)
    data: Any = name_rules()
    words = {str(w) for w in data["person_titles"]["en"]} | {
        str(w) for w in data["district_police_ranks"] if " " in str(w)
    }
    words |= {"Major", "Major General", "Colonel", "Lieutenant Colonel", "Brigadier", "Captain"}
    words |= {"Lieutenant", "Sergeant", "Corporal", "Inspector", "Sub-Inspector", "Constable"}
    ranks = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:(?:{ranks})\.?\s+)+(?=[A-Z])")


def without_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a title the tagger took into a person's name left out of it:
    "Адвокату Елене Ковалевич" is the lawyer Елена Ковалевич, "Lt Col S.M. Shamim Reza" the
    officer S.M. Shamim Reza."""
    from dossier.resolve.morph import lemma

    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        person = m.label in ("PER", "PERSON") and len(words) >= 3 and has_cyrillic(m.text)
        rank = _rank_before_name().match(m.text) if m.label in ("PER", "PERSON") else None
        if person and _listed_nationality_word().fullmatch(words[0]):
            # "Нигериец Эммануэль Чиди Эзе рассказал": a nationality noun opening the
            # sentence is a group of its own, not a word of the name after it
            rest = m.start + m.text.index(words[1], len(words[0]))
            out.append(Mention(m.start, m.start + len(words[0]), words[0], "NORP", EXTRACTOR))
            out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
            continue
        if person and lemma(words[0]) in _RU_TITLES:
            rest = m.start + m.text.index(words[1], len(words[0]))
            out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
            continue
        if (
            m.label in ("PER", "PERSON", "ORG")
            and len(words) >= 3
            and words[0] in _EN_OCCUPATIONS
            and all(w[:1].isupper() for w in words[1:])
        ):
            # "Lawyer Aizhan Bekmukhanbetova said": an occupation opening the sentence; the
            # small model may call the whole a body ("Lawyer Dilshod Ergashev", round 23), but
            # an occupation names a person
            rest = m.start + m.text.index(words[1], len(words[0]))
            out.append(Mention(rest, m.end, text[rest : m.end], "PERSON", EXTRACTOR))
            continue
        if rank is not None and rank.end() < len(m.text):
            rest = m.start + rank.end()
            out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
            continue
        out.append(m)
    return out


# Run-together initials before a name ("SM Kamrul Hasan", "AKM Shahidul Islam"), as
# Bangladeshi papers write them, "Md" (Mohammad), and one initial without its full stop, as
# Indian papers write it ("K Srinivas Rao", which the tagger cuts where it opens a sentence)
_INITIALS_BEFORE = re.compile(r"(?<![\w./-])(?:[A-Z]{1,3}|Md|Mohd)[ \u00a0]$")
# English words of one capital letter, which are no initial ("A Rao family member")
_NOT_INITIALS = frozenset(("A", "I"))


def initials_before_person_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person's name taken with the run-together initials right before
    it that the small model left out ("SM | Kamrul Hasan"): not a rank ("SP Hari Thapa",
    the data file's ``person_titles``) and not a word the text uses elsewhere, which is a
    body's abbreviation ("SMP Rafiq Uddin" after "The SMP said"); one letter is no body's,
    and other names may share it ("K Srinivas Rao" and his son "K Ravi Kumar")."""
    data: Any = name_rules()
    ranks = {str(word) for word in data["person_titles"]["en"]}
    out: list[Mention] = []
    for m in mentions:
        found = _INITIALS_BEFORE.search(text, max(0, m.start - 6), m.start)
        word = found.group().strip() if found else ""
        if (
            found is not None
            and m.label in _PERSON_LABELS
            and not has_cyrillic(m.text)
            and word not in ranks
            and word not in _NOT_INITIALS
            and (
                len(word) == 1
                or len(re.findall(rf"(?<![\w./-]){re.escape(word)}(?![\w/-])", text)) == 1
            )
        ):
            m = Mention(found.start(), m.end, text[found.start() : m.end], m.label, EXTRACTOR)
        out.append(m)
    return out


def rule_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the data file's names added, the ones they replace left out."""
    out = list(mentions)
    for kind, pattern in _rules():
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if any(
                m.start <= start
                and end <= m.end
                and m.end - _bare_start(m) > end - start
                and _APPOSED_PERSON.fullmatch(text, end, m.end) is None
                for m in out
            ):
                continue
            out = [r for m in out for r in _outside(text, m, start, end)]
            out.append(Mention(start, end, text[start:end], kind, EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))


def _bare_start(m: Mention) -> int:
    """Where a mention's name starts, past an article or a rank the tagger took in ("the
    Embassy of India", "SP K.B. Dhakal"): a rule's name that is all the rest of it replaces
    it, label and all."""
    article = _ARTICLE.match(m.text)
    start = article.end() if article else 0
    rank = _rank_before_name().match(m.text, start)
    return m.start + (rank.end() if rank else start)


# a person's name of two or three words in apposition after a body's name, which the small
# model runs on over the comma ("the State Committee for National Security, Aibek Sadyrbaev")
# (not a body's or a place's words: "…, Bishkek City Court")
_APPOSED_PERSON = re.compile(
    r",[ \u00a0]+(?P<person>(?![^,]*\b(?:Court|City|Ministry|Office|Department|Police|Province|"
    r"Region|District|Committee|Council|Service|Agency|Bureau|Embassy|University|Group|Bank|"
    r"Company|Ltd|Division|Unit|Branch|Directorate|Commission)\b)"
    r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){1,2})"
)


def _outside(text: str, m: Mention, start: int, end: int) -> list[Mention]:
    """What of the tagger's mention ``m`` stays beside a rule's name at ``start:end``: all of
    it when they do not overlap; the person's name that a mention running on past the rule's
    name ends with ("Мажлиса | Дильноза Ахмедова": the body, then the deputy), or a body's
    mention ends with after a comma ("…, Aibek Sadyrbaev"); else nothing."""
    if m.end <= start or end <= m.start:
        return [m]
    rest = text[end : m.end]
    if m.start <= start and (apposed := _APPOSED_PERSON.fullmatch(text, end, m.end)):
        begin = apposed.start("person")
        return [Mention(begin, m.end, text[begin : m.end], "PERSON", EXTRACTOR)]
    if m.start < start or m.label not in ("PER", "PERSON") or not rest.strip()[:1].isupper():
        return []
    begin = end + len(rest) - len(rest.lstrip())
    return [Mention(begin, m.end, text[begin : m.end], m.label, EXTRACTOR)]


# What may follow a Russian institution's name as its complement: a name (a place, another
# body) in the genitive ("судом Оренбурга", "Управления ФСБ"), the country's abbreviation, or
# "по" and a place ("по Оренбургской области", "по Москве").
# " по ", or " по городу " / " по району " / " по городскому округу " before a place's name in
# any case ("по городу Люберцы", "по городскому округу Химки"), or " и " after a "по"
# complement ("по Москве и Московской области"), or the city's word before its name in the
# genitive, as regional sites write a court's seat ("районный суд г. Перми", "суд города Уфы"),
# also after "по" ("ГУ МВД по г. Москве")
_COMPLEMENT_GAP = re.compile(
    r"[ \u00a0](?:по[ \u00a0](?:(?P<unit>городу|г\.|району"
    r"|(?:(?:городскому|муниципальному)[ \u00a0])?округу|области|краю|республике)[ \u00a0])?"
    r"|(?P<also>и)[ \u00a0]|(?:г\.[ \u00a0]?|города[ \u00a0])"
    r"|(?P<owner>полиции|армии|правительства|администрации)[ \u00a0])?"
)
_QUOTED_AFTER = re.compile(r"[ \u00a0]«[^«»\n]{1,40}»")
_COUNTRY_ABBREVIATION = re.compile(r"[ \u00a0](?:РФ|РК|КР|РТ|РУз)(?![\w-])")


def complement_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each Russian organisation joined to the complements that follow it
    (see the module docstring), and after its field ("по …") to its parent's name ("ГУ по
    вопросам миграции | МВД России")."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    joined: list[Mention] = []
    i = 0
    while i < len(out):
        m = out[i]
        i += 1
        if m.label != "ORG" or not has_cyrillic(m.text):
            joined.append(m)
            continue
        m, i = _complemented(text, m, out, i)
        fielded = _with_field(text, m)
        if fielded.end > m.end:
            while i < len(out) and out[i].end <= fielded.end:
                joined.append(out[i])  # the field's own words stay as the tagger gave them
                i += 1
            m, i = _complemented(text, fielded, out, i)
            fielded = m
        joined.append(_closed(text, fielded))
    return joined


def _complemented(text: str, m: Mention, out: list[Mention], i: int) -> tuple[Mention, int]:
    """``m`` joined to the complements that follow it among ``out[i:]``, and the index of the
    first mention left."""
    after_po = False
    while True:
        if abbreviation := _COUNTRY_ABBREVIATION.match(text, m.end):
            m = Mention(m.start, abbreviation.end(), text[m.start : abbreviation.end()],
                        "ORG", EXTRACTOR)  # fmt: skip
            while i < len(out) and out[i].end <= m.end:
                i += 1  # the tagger's "КР" is the body's, no place of its own
            continue
        gap = _COMPLEMENT_GAP.match(text, m.end)
        nxt = out[i] if i < len(out) else None
        if (
            gap is None
            or nxt is None
            or nxt.start != gap.end()
            or nxt.label not in ("ORG", "LOC", "GPE", "PLACE")
            or (gap.group("also") and (not after_po or nxt.label == "ORG"))
        ):
            return m, i
        first = nxt.text.split()[0]
        po = "по" in gap.group().split()
        wanted = "datv" if po or gap.group("also") else "gent"
        named = gap.group("unit") is not None  # "по городу Люберцы": the town's own name
        if (
            not named
            and not (first.isupper() and len(first) > 1)
            and wanted not in case_readings(first)
        ):
            return m, i
        m = Mention(m.start, nxt.end, text[m.start : nxt.end], "ORG", EXTRACTOR)
        after_po = after_po or po
        i += 1


# Places that share one plural unit word after them: "from Sindhupalchok and Kavrepalanchok
# districts", "the Osh, Jalal-Abad and Batken regions" (each name one word, maybe hyphened, or
# two: "the Jaloliddin Balkhi and Vose districts", round 22; not a word opening a sentence
# or an owner's possessive: "In Osh and …", "Kyrgyzstan's Osh and …")
_LIST_ITEM = (
    r"(?!(?:In|At|From|To|For|On|By|Of|The|And|But|Near|Both|Across|Throughout)[ \u00a0])"
    r"[A-Z][\w’'-]+(?<![’']s)(?:[ \u00a0][A-Z][\w’'-]+(?<![’']s))?"
)
_SHARED_UNIT = re.compile(
    rf"(?<![\w’'-])(?P<list>{_LIST_ITEM}(?:,[ \u00a0]+{_LIST_ITEM})*,?[ \u00a0]+and[ \u00a0]+"
    rf"{_LIST_ITEM})[ \u00a0]+(?:regions|districts|provinces|oblasts|counties|governorates|"
    r"upazilas|tehsils|mandals|velayats|viloyats)\b"
)
_LIST_NAME = re.compile(_LIST_ITEM)


def shared_unit_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name of a list before a plural unit word as a place, in place
    of the tagger's mentions over the list (a nationality, a body of two names)."""
    out = list(mentions)
    for found in _SHARED_UNIT.finditer(text):
        start, end = found.span("list")
        out = [m for m in out if m.end <= start or found.end() <= m.start]
        for name in _LIST_NAME.finditer(text, start, end):
            out.append(Mention(name.start(), name.end(), name.group(), "GPE", EXTRACTOR))
    return sorted(out, key=lambda m: (m.start, m.end))


# A district's word right before a place the tagger found: "района Джаббор Расулов", a Tajik
# district named after a person (the name does not decline; only the word does).
_DISTRICT_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:район|округ|джамоат|штат|провинци|дистрикт|уезд)(?:а|е|у|ом|и|ю|я|ей)?"
    r"[ \u00a0]$"
)
# the units Russian names only by the name after the word: an adjective before them is the
# country's or an epithet ("индийского штата Телангана", "в соседнем штате Карнатака")
_FOREIGN_UNIT_WORD = re.compile(r"(?:штат|провинци|дистрикт|уезд)")
# the word before the district's word is an adjective: the district is Russian and named by it
# ("Ленинского района Екатеринбурга": the city after it is a place of its own)
_ADJECTIVE_BEFORE = re.compile(
    r"[а-яё](?:ого|его|ому|ему|ом|ем|ой|ей|ий|ый|ая|яя|ую|ым|им)[ \u00a0]$"
)


def district_word_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a Russian place of two capitalised words or more (a person's name,
    as the tagger's place) right after a district's word taken with the word: "района
    Джаббор Расулов" is one place. A person there ("глава района Иван Петров") stays.
    So is a foreign place of one word after a unit's word that no adjective opens ("из
    района Рупандехи", "штата Уттар-Прадеш", "провинции Коши"): Russian writes South Asian
    units with the word before the name."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        word = _DISTRICT_WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        foreign = (
            word is not None
            and not word.group().startswith("джамоат")  # "из джамоата Тугарак" (round 20, 23)
            and (
                _FOREIGN_UNIT_WORD.match(word.group()) is not None
                or _ADJECTIVE_BEFORE.search(text, max(0, word.start() - 12), word.start()) is None
            )
        )
        if foreign and word is not None and _place_run_into_person(m, words):
            # "района Горкха Сита Кумари Гурунг": the district, then the person
            cut = m.start + len(words[0])
            rest = m.start + m.text.index(words[1], len(words[0]))
            out.append(Mention(word.start(), cut, text[word.start() : cut], "GPE", EXTRACTOR))
            out.append(Mention(rest, m.end, text[rest : m.end], m.label, EXTRACTOR))
            continue
        if (
            word is not None
            and m.label in ("LOC", "GPE", "PLACE")
            and has_cyrillic(m.text)
            and (len(words) >= 2 or foreign)
            and all(w[:1].isupper() for w in words)
        ):
            m = Mention(word.start(), m.end, text[word.start() : m.end], m.label, EXTRACTOR)
        out.append(m)
    return out


def _place_run_into_person(mention: Mention, words: list[str]) -> bool:
    """A Russian person's mention of three words or more whose first the dictionary does not
    know as a given name, right after a foreign unit's word ("района Горкха Сита Кумари
    Гурунг"): the unit's name, run into the person's; not a person named after the word
    ("Глава района Иван Сергеевич Петров")."""
    return (
        mention.label in ("PER", "PERSON")
        and len(words) >= 3
        and has_cyrillic(mention.text)
        and all(w[:1].isupper() for w in words)
        and not known_given_name(words[0])
    )


# A body's field after "по": a lowercase noun of the kind that names one ("штаб по вопросам
# обращения с военнопленными", "комиссия по делам несовершеннолетних", "уполномоченный по
# правам человека"), not a circumstance ("управление по подозрению в …" is no field).
_FIELD_AFTER = re.compile(
    r"[ \u00a0]по[ \u00a0](?:вопросам|делам|защите|правам|надзору|контролю|борьбе|связям"
    r"|развитию|чрезвычайным|труду|обмену|розыску|поиску|урегулированию|содействию|оказанию"
    r"|обращению|обеспечению|взаимодействию|предупреждению|профилактике|координации"
    r"|репатриации"
    # a parliament's or a ministry's committee by its fields ("Комитет Госдумы по безопасности
    # и противодействию коррупции", "Комитет по миграции", round 21)
    r"|безопасности|обороне|миграции|противодействию|образованию|здравоохранению|экологии"
    r"|транспорту|финансам|налогам|культуре|науке|информации|законодательству|бюджету)"
    r"(?![\w-])"
)
_FIELD_WORD = re.compile(r"[ \u00a0]([а-яё][а-яё-]*)(?![\w-])")
_FIELD_LINKS = frozenset(("с", "со", "в", "во", "за", "на", "и", "о", "об", "без", "от", "из"))


def _with_field(text: str, m: Mention) -> Mention:
    """A Russian body with its field after "по" (see ``_FIELD_AFTER``): the lowercase words
    in a case, and the prepositions between them, up to punctuation or a verb."""
    field = _FIELD_AFTER.match(text, m.end)
    if field is None:
        return m
    end, words = field.end(), 0
    while words < 6 and (word := _FIELD_WORD.match(text, end)):
        if word.group(1) not in _FIELD_LINKS and not case_readings(word.group(1)):
            break
        end, words = word.end(), words + 1
    while text[m.start : end].split()[-1] in _FIELD_LINKS:  # no preposition ends it
        end = m.start + text[m.start : end].rstrip().rindex(" ")
    return Mention(m.start, end, text[m.start : end], m.label, EXTRACTOR)


# An English institution's complement: "of" or "under" and another body ("Migration Service of
# the Ministry of Labour", "Agency for … under the Ministry of Employment"); the body after it
# opens with an institution's word. The tagger may have taken the "of" into the first name.
_EN_COMPLEMENT_GAP = re.compile(r"\s+(?:of|under)\s+(?:the\s+)?")
_EN_TRAILING_LINK = re.compile(r"\s+(?:of|under)$")
_EN_BODY_HEAD = re.compile(
    r"(?:Ministry|Committee|Bureau|Council|Department|Office|Directorate|Commission|Agency"
    r"|Service|Government|Cabinet)\b"
)


# A body's head word ending an English name ("… Scholarships Board", "… Tours Ltd")
_EN_NAME_HEAD = re.compile(
    r"(?:Board|Commission|Authority|Council|Agency|Bureau|Committee|Centre|Center|Company"
    r"|Corporation|Department|Directorate|Foundation|Institute|Ministry|Office|Trust|Society"
    r"|Association|Union|Network|Forum|Service|Services|Ltd|Limited|Inc|LLC|LLP|Consultants"
    r"|Promoters|Agencies|Fund|Programme|Program|Court|Police|Embassy|Party)\.?$"
)
_AND_GAP = re.compile(r"[ \u00a0]+and[ \u00a0]+")


def and_joined_body_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with an English body's name that has "and" inside joined where the tagger
    cut it at the "and": "the Higher Education Loans | and | Scholarships Board", "Goldpath
    Travels | and | Tours Ltd." are one body each. The part before "and" must not end with a
    body's head word ("the Foreign Ministry and the Interior Ministry" stay two), and the
    part after it must."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    joined: list[Mention] = []
    i = 0
    while i < len(out):
        m = out[i]
        i += 1
        if m.label != "ORG" or has_cyrillic(m.text) or i >= len(out):
            joined.append(m)
            continue
        nxt = out[i]
        gap = _AND_GAP.fullmatch(text, m.end, nxt.start)
        if (
            gap is not None
            and nxt.label == "ORG"
            and nxt.text[:1].isupper()
            and _EN_NAME_HEAD.search(nxt.text)
            and not _EN_NAME_HEAD.search(m.text)
            and all(w[:1].isupper() for w in m.text.split() if w.lower() not in ("the", "of"))
        ):
            joined.append(Mention(m.start, nxt.end, text[m.start : nxt.end], "ORG", EXTRACTOR))
            i += 1
            continue
        joined.append(m)
    return joined


def english_complement_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each English organisation joined to an organisation after "of" or
    "under" that opens with an institution's word, or to a place after "of": "the Migration
    Service of the Ministry of Labour", "the Spiritual Administration of Muslims | of |
    Kyrgyzstan" are one body each, as a Russian institution keeps its genitive complement."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    joined: list[Mention] = []
    i = 0
    while i < len(out):
        m = out[i]
        i += 1
        while m.label == "ORG" and not has_cyrillic(m.text) and i < len(out):
            link = _EN_TRAILING_LINK.search(m.text)
            end = m.start + link.start() if link else m.end
            gap = _EN_COMPLEMENT_GAP.match(text, end)
            nxt = out[i]
            head = re.sub(r"^the\s+", "", nxt.text)  # the tagger's "the Ministry of …"
            country = nxt.label in ("GPE", "LOC") and gap is not None and "of" in gap.group()
            if (
                gap is None
                or nxt.start not in (gap.end(), gap.end() - len(nxt.text) + len(head))
                or not (country or (nxt.label == "ORG" and _EN_BODY_HEAD.match(head)))
                or "\n" in text[m.start : nxt.end]
            ):
                break
            m = Mention(m.start, nxt.end, text[m.start : nxt.end], "ORG", EXTRACTOR)
            i += 1
        joined.append(m)
    return joined


def _closed(text: str, m: Mention) -> Mention:
    """A name whose « the tagger left open ("МУ МВД России «Люберецкое") up to its », and a
    body's own quoted name right after it ("МУ МВД России «Люберецкое»")."""
    if m.text.count("«") <= m.text.count("»"):
        quoted = _QUOTED_AFTER.match(text, m.end)
        if quoted is None:
            return m
        return Mention(m.start, quoted.end(), text[m.start : quoted.end()], m.label, m.extractor)
    close = text.find("»", m.end, m.end + 40)
    if close < 0 or "\n" in text[m.end : close]:
        return m
    return Mention(m.start, close + 1, text[m.start : close + 1], m.label, m.extractor)


def outlet_tail_mentions(
    text: str, mentions: list[Mention], is_outlet: Callable[[str], bool]
) -> list[Mention]:
    """``mentions`` with an outlet the tagger ran into a person's name cut off as an outlet of
    its own: "рассказала Шахзода | Озодлику", "Мамытова | Азаттыку" (a speaker, then the
    outlet she spoke to, in the dative). ``is_outlet`` tells whether a word, in any case
    form, is an outlet's name."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        if m.label == "ORG" and (tail := _outlet_tail(words, is_outlet)):
            # "Министерстве … Республики Таджикистан | Радио Озоди": a body, then the outlet
            # it answered, two capitalised names run together (not "службы Би-би-си")
            cut = m.start + m.text.rindex(tail)
            body_end = m.start + len(m.text[: cut - m.start].rstrip())
            out.append(Mention(m.start, body_end, text[m.start : body_end], m.label,
                               m.extractor))  # fmt: skip
            start, end = cut + tail.startswith("«"), m.end - tail.endswith("»")
            out.append(Mention(start, end, text[start:end], "OUTLET", EXTRACTOR))
            continue
        if m.label in ("PER", "PERSON") and len(words) >= 2 and is_outlet(words[-1]):
            cut = m.start + m.text.rindex(words[-1])
            person_end = m.start + len(m.text[: cut - m.start].rstrip())
            out.append(Mention(m.start, person_end, text[m.start : person_end], m.label,
                               m.extractor))  # fmt: skip
            out.append(Mention(cut, m.end, text[cut : m.end], "OUTLET", EXTRACTOR))
            continue
        out.append(m)
    return out


def _outlet_tail(words: list[str], is_outlet: Callable[[str], bool]) -> str | None:
    """The last one or two words of a body's name of three words or more when they are an
    outlet's name and the words before them, two or more, are capitalised (a name of its own),
    else None.
    Not a station's own name after "Радио" ("Казахской службе Радио | Азаттык" is one
    service). The name may be quoted ("… Республики Таджикистан «Азия-Плюс»"): a body's own
    quoted name is no outlet's ("МУ МВД России «Люберецкое»")."""
    for size in (2, 1):
        if len(words) < size + 2:
            continue
        tail = " ".join(words[-size:])
        bare = tail.removeprefix("«").removesuffix("»")
        before = words[-size - 1]
        if before.casefold() in ("радио", "radio"):
            continue
        if len([w for w in words[:-size] if w.casefold() != "the"]) < 2:
            continue  # "The New | Indian Express": one word and a paper's name, a paper's name
        if before[:1].isupper() and all(w[:1].isupper() for w in bare.split()) and is_outlet(bare):
            return tail
    return None
