"""Sources settled once every finder has run: base forms, descriptions, relays.

1. **Base form.** In an inflected language (one whose :class:`~dossier.lang.Language` has
   a ``morphology``) a source is put in the nominative by the case its cue governs
   (:mod:`dossier.cite.morph` for Russian): "по словам правозащитницы Анны Смирновой" →
   "правозащитница Анна Смирнова"; an outlet of the registry takes the registry's form
   nearest to the written one ("стало известно «Коммерсанту»" → "Коммерсант").
2. **Descriptions.** A source that only describes ("the official", "the ministry", "мэр",
   "собеседник издания", "в ведомстве") takes the name of the nearest compatible antecedent
   before it, in its paragraph or the two before: a person noun the nearest person named (a
   mention of the analyze stage, or an earlier source that is a name), agreeing in gender
   where the noun has one, and first a person given the description's word as a title where
   named ("The ambassador said" takes "ambassador …, Aida Mambetova", not a nearer deputy
   minister); an institution noun the nearest organisation, one whose name ends
   in the same word first. An age is a person noun ("the 47-year-old told the paper"); a
   capital makes a description a name ("citing the Namangan regional court", which a later
   "according to the court" takes). The description is kept as ``role``. With no
   antecedent it stays the source.
3. **Relays.** In one sentence, an outlet of the registry cited beside another source with
   overlapping support ("X told TASS", "X said, according to Reuters", "как сообщает ТАСС
   со ссылкой на X", "Interfax quoted X as saying") is that source's ``relay``; both
   citations are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.analyze.pieces import dateline_end
from dossier.cite.lexicon import (
    DESCRIBES_BODY_KIND,
    DESCRIBES_DOCUMENT,
    DESCRIBES_ORG,
    DESCRIBES_OUTLET,
    DESCRIBES_PERSON,
    EN_OUTLET_KINDS,
    FEMININE_DESCRIPTIONS,
    GENERIC_BODIES,
    MASCULINE_DESCRIPTIONS,
    ORG_NAME_WORDS,
    OUTLET_KIND_BEFORE,
    QUOTED_OUTLET,
    RU_OUTLET_DATIVE,
    RU_OUTLET_KINDS,
    TOLD_OUTLET,
    words,
)
from dossier.cite.record import Found
from dossier.cite.registry import OutletRegistry, outlet_name, split_domain
from dossier.cite.relays import outlet_before_kind
from dossier.cite.speakers import given_name
from dossier.cite.text import Layout
from dossier.cite.titles import COURT_DOCUMENTS, described_court, named_court, titled_names
from dossier.lang import Language, get_language
from dossier.models import Mention
from dossier.resolve.morph import _parses

MAX_DESCRIPTION_WORDS = 4
CUE_WINDOW = 80  # characters before a source read for the case its cue governs
ANTECEDENT_PARAGRAPHS = 3  # the citation's paragraph and the two before it
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# pronouns, which a tagger may take for a name at a sentence's start ("He" tagged ORG)
_NOT_NAMES = frozenset(["he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its"])
_JOINERS = frozenset({"of", "and", "for", "the", "de", "и", "по"})
SPEAKER_AFTER = 300  # how far after a quotation its speaker may be named
# quotation marks, or an apostrophe that is no possessive
_QUOTED = re.compile(r"[«»\"“”]|(?<![^\W\d_])['’]|['’](?![^\W\d_])")
_POSSESSOR = re.compile(r"(\w+)['’]s\b")
_AGED = re.compile(r"^\d{1,3}-year-old$")
_PERSON_LABELS = ("PERSON", "PER")
_ORG_LABELS = ("ORG",)
_ATTRIBUTED = ("reported", "according_to", "quote")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    name: str
    person: bool
    end: int = -1  # where a cited source's words end (a mention inside them is that source)
    gender: str | None = None  # told by the words before the name ("her son Dilshod")
    articled: bool = False  # a mention with its article ("the Supreme Court"): see _antecedent


def settle_sources(
    text: str,
    language: str,
    found: list[Found],
    mentions: Sequence[Mention],
    registry: OutletRegistry,
    layout: Layout,
) -> None:
    """Rules 1 and 2 of the module docstring, in text order; rule 3 is :func:`mark_relays`."""
    lang = get_language(language)
    morph = lang.morphology
    named: list[_Candidate] = []
    datelines = [(p[0], p[0] + dateline_end(text[p[0] : p[1]])) for p in layout.paragraphs]
    outlets: list[_Candidate] = []  # outlets cited so far, for "told the newspaper"
    for cite in sorted(found, key=lambda f: f.start):
        at = _source_at(text, cite)
        emphatic = _EMPHATIC.match(text, at) if at is not None and morph is not None else None
        pronoun = (emphatic.group(1) or emphatic.group(3)) if emphatic is not None else ""
        if at is not None and emphatic is not None and cite.source.startswith(pronoun):
            # "Сам обвиняемый заявил": the emphatic pronoun is no part of the speaker, who
            # may be the word after it alone ("Сам" read as a name opening the sentence)
            after = "next" if emphatic.group("next") else "named"
            rest = cite.source[len(pronoun) :].strip()
            cite.source, at = rest or emphatic.group(after), emphatic.start(after)
        given = given_name(text, at + len(cite.source)) if at is not None else None
        if given is None and at is not None and _description(cite.source, lang) == "person":
            # '"…," said the lawyer, Alexei Bondarev, who …': the name set off right after
            # the description is the speaker's (round 18, english_dev11)
            apposed = _APPOSED_NAME.match(text, at + len(cite.source))
            given = apposed.group("name") if apposed is not None else None
        if given is not None:  # "the man, who asked to be identified only as Yoandri,"
            cite.source, at = given, text.index(given, at)
        # where the source's words end as written: its base form may be shorter ("главы …
        # Бехзода Мусаева" -> "глава … Бехзод Мусаев"), and a mention inside them is it
        written_end = at + len(cite.source) if at is not None else -1
        told = _outlet_in_case(cite.source, registry, lang) if morph is not None else None
        if told is not None:  # an outlet in any case: "стало известно «Коммерсанту»"
            cite.source = told
        elif morph is not None and at is not None:
            cite.source = morph.base_phrase(cite.source, text[max(0, at - CUE_WINDOW) : at])
        if cite.kind in _ATTRIBUTED:
            cite.source = _without_city(cite.source, lang)
            cite.source = _without_origin(cite.source)
            # "Его адвокат Елена Громова": whose lawyer is no part of her name
            cite.source = _POSSESSIVE_BEFORE_TITLE.sub("", cite.source)
            described = _KIND_THEN_NAME.match(cite.source)
            if described is not None:  # "according to the news site Vlast.kz": its name
                cite.source = cite.source[described.end() :]
            quoted = _RU_DESCRIBED_QUOTED.fullmatch(cite.source)
            if quoted is not None:  # "пишет издание «Вёрстка»": the outlet is "Вёрстка"
                cite.source = quoted.group("name")
                if registry.lookup(cite.source) is None:  # one the registry lacks is an
                    # outlet for a later "по данным издания" all the same (round 18)
                    outlets.append(_Candidate(cite.start, cite.source, False))
            kind_word = _RU_KIND_THEN_NAME.match(cite.source)
            channel = cite.source[kind_word.end() :] if kind_word is not None else ""
            unknown_channel = morph is not None and _LATIN_NAME.fullmatch(channel) is not None
            if kind_word is not None and (registry.lookup(channel) or unknown_channel):
                cite.source = channel  # "телеграм-канал Baza": Baza; "… SHOT": SHOT
                if unknown_channel and not registry.lookup(channel):
                    outlets.append(_Candidate(cite.start, channel, False))
            if at is not None:
                cite.source = _without_affiliation(cite.source, at, mentions)
            told_first = _TOLD_FIRST.match(cite.source)
            if told_first is not None:  # "Журналистам Кодиров также сказал": who was told
                cite.source = cite.source[told_first.end() :]
            ours = _OURS.match(cite.source)
            if ours is not None and _description(cite.source[ours.end() :], lang) == "person":
                # "говорит наша собеседница": the publisher's interviewee, named before
                cite.source = cite.source[ours.end() :]
            kind = _description(cite.source, lang)
            written = text[at : at + 13].casefold() if at is not None else ""
            if kind == "org" and _generic_service(cite.source.split(), lang):
                # only as the subject, in the nominative ("сообщает пресс-служба ведомства")
                kind = "org" if written.startswith("пресс-служба ") else None
            if kind == "org" and _told_agency(text, cite, lang):
                kind = "outlet"  # "told the agency", "сказал агентству": the agency cited before
            if kind == "outlet":  # the nearest outlet cited before ("told the newspaper")
                antecedent = _antecedent(layout, cite, outlets, kind, lang)
                if antecedent is not None:
                    cite.role = _role(cite.source, lang)
                    cite.source = antecedent
                continue
            if kind == "document":  # "The statement said": the body cited as issuing it
                issuers = [c for c in named if not c.person]
                # an outlet that passed the body's words on ("Об этом ТАСС сообщили в
                # пресс-службе ведомства") issued none of its documents (round 18)
                bodies = [
                    c
                    for c in _candidates(mentions, named, lang, False, datelines, text)
                    if registry.lookup(c.name) is None
                ]
                antecedent = _antecedent(layout, cite, issuers, "org", lang) or _antecedent(
                    layout, cite, bodies, "org", lang
                )
                word = _ARTICLE.sub("", cite.source.strip()).casefold()
                if antecedent is None and word in COURT_DOCUMENTS:
                    antecedent = described_court(
                        text, _window_start(layout, cite.start), cite.start
                    )
                if antecedent is not None:
                    cite.source = antecedent
                    continue
            elif kind is not None and not (kind == "person" and _POSSESSED_KIN.match(cite.source)):
                pool = _candidates(mentions, named, lang, kind == "person", datelines, text)
                if kind == "org" and _state_body_word(cite.source, lang):
                    # "В ведомстве уточнили" after "на запрос «Азия-Плюс»": the outlet that
                    # asked is no state body (round 21, russian_dev15)
                    pool = [c for c in pool if registry.lookup(c.name) is None]
                antecedent = _antecedent(layout, cite, pool, kind, lang)
                if antecedent is not None:
                    cite.role = _role(cite.source, lang)
                    cite.source = _body_of_service(antecedent, cite.role, kind, lang)
                    continue
        told_outlet = _TOLD_BEFORE.search(text, max(0, cite.start - 8), cite.start) is not None
        if told_outlet and registry.lookup(cite.source) is None:
            # "…, X told Vechernyaya Moskva. She admits …": an outlet the registry lacks,
            # told, is no person a later pronoun stands for (round 19)
            outlets.append(_Candidate(cite.start, cite.source, False))
        elif _is_name(cite.source) and registry.lookup(cite.source) is None:
            begin = at if at is not None else cite.start
            end = max(begin + len(cite.source), written_end)
            named.append(_Candidate(begin, cite.source, _personal_name(cite.source), end))
        elif registry.lookup(cite.source) is not None:
            outlets.append(_Candidate(cite.start, cite.source.strip('«»"“”'), False))


_OBLIQUE = ("datv", "gent", "accs", "ablt", "loct")
# a body's press service, cited before an institution word ("В ведомстве напомнили")
_PRESS_SERVICE = re.compile(r"^пресс-служб\w*\s+(?P<body>\S.*)$", re.IGNORECASE)


def _body_of_service(antecedent: str, role: str, kind: str, lang: Language) -> str:
    """The body an institution word stands for, where the antecedent is its press service
    ("пресс-служба Генеральной прокуратуры Узбекистана" for "В ведомстве напомнили" ->
    "Генеральная прокуратура Узбекистана"): "ведомство" names the body, not its press
    office, as russian_dev5 and russian_dev9 annotate; "пресс-служба" itself keeps it."""
    m = _PRESS_SERVICE.match(antecedent)
    if kind != "org" or m is None or "служб" in role.casefold() or lang.morphology is None:
        return antecedent
    return lang.morphology.base_phrase(m.group("body"), "у ")


def _outlet_in_case(written: str, registry: OutletRegistry, lang: Language) -> str | None:
    """The registry's name of an outlet written in any case: one word by its ending
    ("Интерфаксу"), a name of several by its phrase in the nominative ("«Новой газете
    Европа»" -> "Новая газета Европа"); a kind word before the marks stays as written
    ("телеканал «Дождь»")."""
    told = outlet_name(written, registry)
    if told is not None or " " not in written.strip() or "«" in written:
        return told
    from dossier.cite.morph import nominative_phrase

    inner = written.strip("«»")
    for case in _OBLIQUE:
        nominative = nominative_phrase(inner, case)
        if nominative != inner and (told := outlet_name(nominative, registry)) is not None:
            return told
    return None


def mark_relays(found: list[Found], layout: Layout, registry: OutletRegistry) -> None:
    """Rule 3 of the module docstring."""
    by_sentence: dict[int | None, list[Found]] = {}
    for cite in found:
        # by the sentence a citation ends in: a quotation of two sentences is attributed in
        # its last ("«…. …», — сказала она «Азаттыку»")
        by_sentence.setdefault(layout.sentence_index(max(cite.start, cite.end - 1)), []).append(
            cite
        )
    for group in by_sentence.values():
        outlets = [
            f
            for f in group
            if f.kind in _ATTRIBUTED
            and (
                registry.lookup(f.source) is not None
                # "X said, according to the TASS news agency": the outlet by its name
                or outlet_before_kind(f.source, registry) != f.source
                or _told_name(layout.text, f)
                or split_domain(f.source) is not None  # a site by its domain ("Ura.ru")
                or f.role in DESCRIBES_OUTLET  # "рассказал каналу": the channel cited before
                or _citing_after(layout.text, f)  # "Shot со ссылкой на источник сообщает"
            )
        ]
        for cite in group:
            if cite in outlets or cite.kind not in _ATTRIBUTED or cite.relay:
                continue
            relay = next((o for o in outlets if _share_support(o, cite)), None)
            if relay is not None:
                cite.relay = outlet_before_kind(relay.source, registry).strip('«»"“”')


# a possessive pronoun before a title and a name
_POSSESSIVE_BEFORE_TITLE = re.compile(
    r"^(?:Его|Её|Ее|Их|His|Her|Their)\s+(?=[a-zа-яё][\w-]*\s+[A-ZА-ЯЁ])"
)
# a description of an outlet's kind before its capitalised name
# ("the news site Vlast.kz"; in lower case: "Daily Mirror" is a name)
_KIND_THEN_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){{0,2}}{EN_OUTLET_KINDS}\s+(?=[A-Z])"
)


# a Russian kind word before an outlet's name written without quotation marks, which the
# registry knows ("пишет телеграм-канал Baza"); a quoted one keeps it ("телеканал «Дождь»")
_RU_KIND_THEN_NAME = re.compile(
    # an adjective may stand before the kind word ("польская радиостанция RMF FM", round 19)
    rf"(?-i:[а-яё]+(?:ая|ое|ий|ый|ой)\s+)?"
    rf"(?:телеграм-канал|telegram-канал|канал|{RU_OUTLET_KINDS})\s+(?=[A-ZА-ЯЁ])",
    re.IGNORECASE,
)
# a kind word that is no part of an outlet's name before the name in quotation marks
# ("издание «Вёрстка»", "агентство «Фергана»"), as russian_dev3 writes them; "телеканал
# «Дождь»", "Радио «Озоди»" keep theirs (round 15, russian_dev9)
_RU_DESCRIBED_QUOTED = re.compile(
    # an adjective may stand before the kind word ("информационное агентство «X»", round 22)
    r"(?:[а-яё]+(?:ое|ая|ый|ий|ой)\s+)?(?:издание|агентство|портал|сайт)\s+«(?P<name>[^»]{1,40})»"
)
# a name in Latin letters after a Russian kind word: a channel's or a site's, which Russian
# copy writes as the outlet spells it ("телеграм-канал SHOT", "Телеграм-канал ASTRA")
_LATIN_NAME = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}")


# a cue naming the source an outlet cites, right after the outlet's name
_CITING_CUE = re.compile(r"\s+(?:со\s+ссылкой\s+на|ссылаясь\s+на|,?\s+citing)\s")
# the same after the outlet's closing quotation mark and a second outlet joined by "и"
_CITING_JOINED = re.compile(
    r"[»\"”]?(?:\s+и\s+(?:«[^»]{1,40}»|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){0,2}))?"
    + _CITING_CUE.pattern
)
_JOINED_REACH = 80  # characters after an outlet's name read for a second one and the cue


def _citing_after(text: str, cite: Found) -> bool:
    """Whether a reported citation's subject cites a source right after its name ("Shot со
    ссылкой на источник в экстренных службах сообщает"): only an outlet passes another's
    words on so, the registry knowing it or not (round 19)."""
    if cite.kind != "reported":
        return False
    at = text.find(cite.source, cite.start, cite.end)
    if at < 0:
        return False
    # the first of two outlets joined by "и" cites the source as well ("Об этом сообщают
    # «Фонтанка» и «Бумага» со ссылкой на …", round 22)
    after = at + len(cite.source)
    return _CITING_JOINED.match(text, after, min(len(text), after + _JOINED_REACH)) is not None


def _told_name(text: str, cite: Found) -> bool:
    """Whether a citation's words are only a name in quotation marks, as an outlet a
    speaker told is written ("рассказал «Вслух.ру», что …"), or a name after an outlet's
    kind word, the registry knowing it or not: its source is that outlet."""
    if cite.kind == "quote":
        return False
    # "told the state broadcaster Canal Austral", "according to the news site Vlast.kz": a
    # name after an outlet's kind word
    at = text.find(cite.source, cite.start, cite.end)
    at = at if at >= 0 else cite.start
    if at > 0 and text[at - 1] in '«"“':  # "издание «Подъём»": the kind before the marks
        at -= 1
    # a name, not a speaker in lower case told the outlet ("рассказал каналу один из …")
    named = cite.source.lstrip('«"“')[:1].isupper()
    after_kind = named and OUTLET_KIND_BEFORE.search(text, max(0, at - 40), at) is not None
    # "…, X told Vechernyaya Moskva on Wednesday.": a name cited as told is the outlet
    # (round 19: the attribution finder gives one only at the end of its attribution)
    told = named and _TOLD_BEFORE.search(text, max(0, at - 8), at) is not None
    # "Как сообщили Sputnik Таджикистан в …": a name in Latin letters told after a Russian
    # verb, cited by its name alone (round 19)
    told = told or (
        text[cite.start : cite.end] == cite.source
        and _LATIN_TOLD.fullmatch(cite.source) is not None
        and _RU_WORD_BEFORE.search(text, max(0, at - 20), at) is not None
    )
    return after_kind or told or QUOTED_OUTLET.fullmatch(text[cite.start : cite.end]) is not None


# a name opening with a word in Latin letters, and a Russian word in lower case before it
_LATIN_TOLD = re.compile(r"[A-Z][A-Za-z]+(?:\s+[A-ZА-ЯЁ][\w.-]*){0,2}")
_RU_WORD_BEFORE = re.compile(r"[а-яё]+\s+$")


# a speech verb's recipient before an English outlet description ("told the agency")
_TOLD_BEFORE = re.compile(r"\btold\s+$")


def _told_agency(text: str, cite: Found, lang: Language) -> bool:
    """Whether an agency description is the one told ("Volkova told the agency", "Как
    сказал агентству один из них"), which is the outlet cited before, not a body."""
    words = _ARTICLE.sub("", cite.source.strip()).split()
    if not words or _head(words, lang) not in TOLD_OUTLET:
        return False
    written = text[cite.start : cite.end]
    if re.fullmatch(RU_OUTLET_DATIVE, written.strip()):
        return True
    return _TOLD_BEFORE.search(text, max(0, cite.start - 12), cite.start) is not None


def _source_at(text: str, cite: Found) -> int | None:
    """Where the source's words stand: inside the citation, or for a quotation the speaker
    named after it ("«…», — говорится в сообщении министерства") or before it."""
    end = max(cite.end, cite.start + len(cite.source))
    if cite.kind == "quote":
        end += SPEAKER_AFTER
    at = text.find(cite.source, cite.start, end)
    if at < 0 and cite.kind == "quote":  # "В ведомстве подчеркнули, что … «…»"
        at = text.rfind(cite.source, max(0, cite.start - SPEAKER_AFTER), cite.start)
    return at if at >= 0 else None


def _description(source: str, lang: Language) -> str | None:
    """ "person", "org", "outlet" or "document" (a lone document word: "the statement")
    when ``source`` only describes, else None."""
    words = _ARTICLE.sub("", source.strip()).split()
    if not words or len(words) > MAX_DESCRIPTION_WORDS:
        return None
    # a capital names one ("the Namangan regional court"); a language whose descriptions
    # come without an article may open a sentence with one ("Ведомство уточнило")
    named = words[1:] if lang.head_first else words
    if _QUOTED.search(source):
        return None
    if any(w[:1].isupper() for w in named):
        # a person noun with a body's abbreviation ("глава ГКНБ", "глава МИД") describes the
        # person named before; any other capital names one (round 24, russian_dev18)
        abbreviated = lang.head_first and len(words) == 2 and _abbreviation(words[1])
        person = abbreviated and _head(words, lang) in DESCRIBES_PERSON
        return "person" if person else None
    # an office named after its holder is one ("the prosecutor's office", "the mayor's
    # office"); a body's part is not that body ("the ministry's press service")
    if any(p.casefold() not in DESCRIBES_PERSON for p in _POSSESSOR.findall(source)):
        return None
    if lang.head_first:
        if len(words) > 2:
            return None  # the head and one word after it: "собеседник издания"
    elif not re.match(r"(?:the|this)\s", source.strip(), re.IGNORECASE):
        return None  # "a lawyer said" brings in someone new; "Kabanov said" is a name
    if lang.head_first and _plural(words[0]):
        return None  # "Правозащитники заявляют": a group in general, not one named before
    if _generic_service(words, lang):
        return "org"  # "Об этом сообщает пресс-служба ведомства": the body named before
    head = _head(words, lang)
    if _AGED.match(head):  # "the 47-year-old told the paper"
        return "person"
    if head in DESCRIBES_OUTLET:
        return "outlet"
    if head in DESCRIBES_PERSON or (head == _PERSON_NOUN and len(words) == 2):
        return "person"  # "человек" only after an adjective: "молодой человек" (round 23)
    if head in DESCRIBES_ORG or head in DESCRIBES_BODY_KIND or head in GENERIC_BODIES:
        return "org"
    if head in DESCRIBES_DOCUMENT and len(words) == 1:
        return "document"
    return None


# "The Tajik embassy in Moscow", "посольство Узбекистана в Москве": a place after "in"
_IN_PLACE = re.compile(
    r"^(?P<body>.*\S)\s+(?:in|в|во)\s+(?P<place>[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?)$"
)


def _without_city(source: str, lang: Language) -> str:
    """An institution already named ("Tajik embassy", "посольство Узбекистана") is written
    without the place it sits in, as the guidelines write "the Nepali Embassy in Moscow" as
    "Nepali Embassy"; "a source in law enforcement", "the prosecutor's office in Khujand"
    (no name before the place) keep it."""
    m = _IN_PLACE.match(source.strip())
    if m is None:
        return source
    body = m.group("body")
    words = _ARTICLE.sub("", body).split()
    if not words or len(words) > MAX_DESCRIPTION_WORDS or _head(words, lang) not in DESCRIBES_ORG:
        return source
    if not any(w[:1].isupper() for w in (words[1:] if lang.head_first else words)):
        return source  # "the prosecutor's office in Khujand": the place is what names it
    place = m.group("place")
    morph = lang.morphology
    if not a_place(place) and not (morph is not None and a_place(morph.base_name(place, "LOC"))):
        return source
    return body


# a name of two or three capitalised words set off after a description, then a comma or
# the sentence's end: "the lawyer, Alexei Bondarev, who"
_APPOSED_NAME = re.compile(
    r",\s+(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){1,2})(?=\s*(?:,|[.!?]|$))"
)
# the publisher's own before a description of a person it spoke to ("наша собеседница",
# round 18); the description then takes the person named before, as any does
# a Russian recipient opening the sentence before the speaker (round 21, russian_dev15)
_TOLD_FIRST = re.compile(
    r"(?:Журналистам|Репортерам|Репортёрам|Корреспонденту|Корреспондентам)\s+(?=[А-ЯЁ])"
)
_OURS = re.compile(r"(?:наш|наша|наше|наши|our)\s+(?=\S)", re.IGNORECASE)
# a Russian person's name and the place he comes from: "38-летний Фаррух из Худжанда"
_FROM_PLACE = re.compile(
    r"^(?P<who>.*\b[А-ЯЁ][а-яё]+)\s+из\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?$"
)


def _without_origin(source: str) -> str:
    """A person named with the place he comes from is the person ("Фаррух из Худжанда" ->
    "Фаррух", round 18): the place says who he is, as an age does, and is no one a later
    "его" stands for; a body's words ("представитель посольства из Москвы") keep it."""
    m = _FROM_PLACE.match(source.strip())
    if m is None or _org_lemma(m.group("who").split()[-1]):
        return source
    return m.group("who")


# what follows a person's name to say whom he serves: "Colonel X of the regional police"
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+\S")


def _without_affiliation(source: str, at: int, mentions: Sequence[Mention]) -> str:
    """A source that is a person's name with the body he serves after it ("Major General X
    of Russia's Investigative Committee") is that person, his title kept."""
    for m in mentions:
        end = m.end - at
        inside = m.label in _PERSON_LABELS and at <= m.start and 0 < end < len(source)
        if inside and _AFFILIATION.match(source, end):
            return source[:end]
    # the tagger missed the name ("Natalia" and "Vorontsova" read as places): a person's
    # name by its own shape, a given name or a surname ending that tells a gender
    shaped = _NAME_THEN_BODY.match(source)
    if shaped is not None and not any(
        m.start <= at < m.end for m in mentions if m.label in _PERSON_LABELS
    ):
        name = shaped.group("name")
        if _personal_name(name) and name_gender(name) is not None:
            return name
    return source


# an emphatic pronoun before a Russian subject: "Сам обвиняемый", "Сами задержанные", and
# before a surname named earlier; "Сами" before a capital is as often a given name
_EMPHATIC = re.compile(
    r"(Сам|Сама|Само|Сами)\s+(?P<next>[а-яё][\w-]*)|(Сам|Сама)\s+(?=[А-ЯЁ])(?P<named>[\w-]+)"
)
# two or three capitalised words, then the body: "Natalia Vorontsova of the Civic …"
_NAME_THEN_BODY = re.compile(
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+(?:of|at|from)\s+(?:the\s+)?\S"
)


# State bodies' kind words, which never stand for an outlet ("В ведомстве уточнили" after
# "на запрос «Азия-Плюс»", "the court said" after "told AFP"); "агентство", "служба",
# "agency", "service" may. Russian "прокуратура", "суд", "министерство" were tried too and
# lowered russian_heldout2's roles (round 21), so only the generic bodies are kept
_STATE_BODY_WORDS = GENERIC_BODIES | words(
    "ministry court embassy consulate police prosecutor's government"
)


def _state_body_word(source: str, lang: Language) -> bool:
    words_ = _ARTICLE.sub("", source.strip()).split()
    return bool(words_) and (
        _head(words_, lang) in _STATE_BODY_WORDS or _generic_service(words_, lang)
    )


def _generic_service(words_: Sequence[str], lang: Language) -> bool:
    """A press service of a body described by a word that names no body of its own, as the
    subject of its verb ("Об этом сообщает пресс-служба ведомства", "Пресс-служба ведомства
    сообщила"): the body named before, as the guidelines' round 15 line reads it (round 22).
    Where it was said ("сообщили в пресс-службе ведомства") it stays as written: made the
    body there too, it lowered russian_heldout (0.913 -> 0.870), as in round 21."""
    if len(words_) != 2 or lang.morphology is None or not lang.head_first:
        return False
    return lang.morphology.lemma(words_[0]) == "пресс-служба" and (
        lang.morphology.lemma(words_[1]) in GENERIC_BODIES
    )


def _plural(word: str) -> bool:
    """A word every nominative reading of which is plural ("Правозащитники")."""
    nominative = [p for p in _parses(word) if p.tag.case == "nomn"]
    return bool(nominative) and all(p.tag.number == "plur" for p in nominative)


_PERSON_NOUN = "человек"


def _head(words: Sequence[str], lang: Language) -> str:
    """The head word of a noun phrase: its first word's lemma where heads come first
    ("Министерство иностранных дел"), else its last word ("the foreign ministry")."""
    if not lang.head_first:
        # "Directorate of Criminal Investigations": the word before "of" is the head
        lowered = [w.casefold() for w in words]
        return lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
    morph = lang.morphology
    if morph is None:
        return words[0].casefold()
    first = morph.lemma(words[0])
    if len(words) == 2:
        second = morph.lemma(words[1])
        if second in GENERIC_BODIES and _adjective(words[0]):  # "надзорное ведомство"
            return second
        person = second in DESCRIBES_PERSON or second == _PERSON_NOUN
        if person and first not in DESCRIBES_PERSON and _adjective(words[0]):
            return second  # "молодой человек", "бывший посол" (round 23)
    return first


def _adjective(word: str) -> bool:
    parses = _parses(word.casefold())
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")


def _role(source: str, lang: Language) -> str:
    """The description kept as the role; in its base form, an inflected language's
    description is a dictionary word, written in lower case ("собеседник издания")."""
    if lang.morphology is not None and not source[:2].isupper():
        return source[:1].lower() + source[1:]
    return source


def _candidates(
    mentions: Sequence[Mention],
    named: list[_Candidate],
    lang: Language,
    person: bool,
    datelines: Sequence[tuple[int, int]],
    text: str = "",
) -> list[_Candidate]:
    """Names a description may stand for: none in a wire dateline, whose agency filed the
    story and is no body the text describes ("(Reuters) - …, the foreign ministry said")."""
    labels = _PERSON_LABELS if person else _ORG_LABELS
    # an organisation mentioned inside the words of a cited source ("МВД" in "ГУ МВД по
    # Свердловской области") is that source, which the pool holds whole (a person's name
    # inside "Deputy Superintendent Ramesh Adhikari" is the name the source is)
    cited = [(c.start, c.end) for c in named if c.end > c.start and not person and not c.person]
    pool = [
        _Candidate(
            m.start,
            _settled_name(m, named, lang, person, text),
            person,
            m.end,
            gender=kin_gender(text, m.start) if person else None,
            articled=m.text[:1].islower(),
        )
        for m in mentions
        if (m.label in labels or (not person and _body_tagged_place(m, lang)))
        and not any(s <= m.start < e for s, e in cited)
        # the tagger's mention may keep its article ("the Supreme Court", round 21)
        and (m.text[:1].isupper() or _ARTICLE.sub("", m.text.strip())[:1].isupper())
        and m.text.strip().casefold() not in _NOT_NAMES
        and (person or not a_place(m.text))  # "Thiruvananthapuram", tagged ORG
        and not any(s <= m.start < e for s, e in datelines)
    ]
    pool.extend(c for c in named if c.person == person)
    return sorted(pool, key=lambda c: c.start)


def _body_tagged_place(mention: Mention, lang: Language) -> bool:
    """A body the tagger took for a place by its town's adjective ("Ошский городской суд",
    tagged LOC): its head is an institution noun (round 17, russian_dev11)."""
    words = mention.text.split()
    if mention.label not in _PLACE_LABELS or len(words) < 2:
        return False
    return _head_of_name(mention.text, lang) in DESCRIBES_ORG


_PLACE_LABELS = ("LOC", "GPE")


def a_place(name: str) -> bool:
    """A name the gazetteer knows as a place: no organisation, however it was tagged."""
    from dossier.resolve.gazetteer import get_gazetteer

    return bool(get_gazetteer().candidates(name.strip()))


def _settled_name(
    mention: Mention, named: list[_Candidate], lang: Language, person: bool, text: str = ""
) -> str:
    """A person mention inside the words of a cited source is that source's name, already
    in its base form ("Глава ведомства Прадип Карки заявил": "Карки" is no genitive), the
    title before it left out; any other in its own base form."""
    words = mention.text.split()
    for c in named:
        if person and c.person and c.start <= mention.start and mention.end <= c.end:
            return " ".join(c.name.split()[-len(words) :])
    return _mention_name(mention, lang, person, text)


# a verb in the feminine past right after a name: its subject, a woman's name in the
# nominative ("Гулбара Маматова похоронила", not "Гулбар Маматов" in the genitive; round 23)
_FEMININE_VERB_AFTER = re.compile(r"\s+(?:не\s+)?[а-яё]{3,}ла(?:сь)?\b")


def _mention_name(mention: Mention, lang: Language, person: bool, text: str = "") -> str:
    name = mention.text.strip()
    morph = lang.morphology
    if morph is None:
        return name
    if person and text and _FEMININE_VERB_AFTER.match(text, mention.end):
        # unless a given name the dictionary knows in the genitive ("Мать Рустама Маматова
        # сказала": his mother spoke)
        first = name.split()[0].casefold()
        if not any(p.is_known and "Name" in p.tag and p.tag.case == "gent" for p in _parses(first)):
            return name
    base = morph.base_name(name, "PERSON" if person else "ORG")
    if person and base == name:  # "поговорил с Нуваном Перерой": a name the dictionary lacks
        from dossier.cite.morph import instrumental_name

        return instrumental_name(name) or name
    return base


def _antecedent(
    layout: Layout, cite: Found, pool: list[_Candidate], kind: str, lang: Language
) -> str | None:
    lowest = _window_start(layout, cite.start)
    before = [
        c
        for c in pool
        if lowest <= c.start < cite.start
        and (not _described(c.name, lang) or (kind != "person" and _complemented(c.name, lang)))
    ]
    if kind == "person":
        gender = _gender_of_description(cite.source, lang)
        before = [
            c
            for c in before
            if (gender is None or (c.gender or name_gender(c.name)) in (gender, None))
            # no person's name opens with an article: "The father of a Nepali man killed
            # near Pokrovsk" is a description, whatever capitals it holds (round 23)
            and not (c.person and _ARTICLE.match(c.name))
        ]
        words = _ARTICLE.sub("", cite.source.strip()).split()
        head = _head(words, lang) if words else ""
        titled = [c for c in before if _titled(layout.text, c, head, lang, before)]
        # a name given the description's word as its title, which the tagger missed
        # ("Prosecutor Nurbek Alymkulov" for "the prosecutor", round 22)
        titled += [
            _Candidate(at, name, True)
            for at, name in titled_names(layout.text, lowest, cite.start, head, lang)
            if not any(c.start <= at < max(c.end, c.start + len(c.name)) for c in before)
        ]
        titled.sort(key=lambda c: c.start)
        chosen = titled or before
        return chosen[-1].name if chosen else None
    words = _ARTICLE.sub("", cite.source.strip()).split()
    word = _head(words, lang) if words else ""
    stem = _BODY_OF_KIND.get(word)
    if stem is not None:  # "следствие" is an investigative body, or stays itself
        kin = [c for c in before if stem in c.name.casefold()]
        # a court by its head before a court's press service ("В суде уточнили"; round 23)
        heads = [c for c in kin if _head_of_name(_ARTICLE.sub("", c.name), lang) == word]
        chosen = heads or kin
        if not heads and word == "суд":  # a court the tagger missed, named before
            court = named_court(layout.text, lowest, cite.start, lang)
            if court is not None:
                return court
        owner = _OWNER_OF_SERVICE.fullmatch(chosen[-1].name.strip()) if chosen else None
        if not heads and owner is not None:  # "the Supreme Court's press service": the court
            return owner.group("owner")
        return chosen[-1].name if chosen else None
    same = [c for c in before if _head_of_name(_ARTICLE.sub("", c.name), lang) == word]
    # a mention the tagger gave with its article ("the Supreme Court") stands only for a
    # description of its own kind ("The court said"), not as any nearest body (round 21)
    chosen = same or [c for c in before if not c.articled]
    return _spelled_out(chosen[-1].name, before) if chosen else None


TITLE_WINDOW = 60  # characters before a name read for the title it was given


def _titled(
    text: str, candidate: _Candidate, head: str, lang: Language, others: Sequence[_Candidate] = ()
) -> bool:
    """Whether the person was given the description's word as a title where named ("Kyrgyz
    ambassador to Russia, Aida Mambetova," for "The ambassador said"; "Адвокат Сергей
    Климов" for "Адвокат добавил"): such a description takes that person before a nearer
    one with another title, as a reader does (round 14, english_dev7). A title before
    another name is that name's ("Colonel Ranjith Perera, said 37 Sri Lankan …": "Sri
    Lankan" is no colonel; round 24, english_dev17)."""
    if not head:
        return False
    start = max(0, candidate.start - TITLE_WINDOW)
    for other in others:
        end = other.end if other.end > 0 else other.start + len(other.name)
        # a name set off by a comma after another takes the title before both ("Отец
        # 23-летнего Нурбека Асанбекова, Жолдош Асанбеков": the father is Жолдош)
        if start < end <= candidate.start and text[end : candidate.start].strip(" ,"):
            start = end
    left = text[start : candidate.start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
    title = left[cut + 1 :] + " " + candidate.name
    morph = lang.morphology
    for word in re.findall(r"[\w-]+", title):
        lemma = morph.lemma(word) if morph is not None else word.casefold()
        if lemma == head:
            return True
    return False


# A description that names a kind of body takes only a body of that kind, else stays its
# own source: "следствие" (the investigation) an investigative one ("Следственный комитет",
# "военный следственный отдел"), never the court or press service named before it
# ("Суд установил" after "контракт с Минобороны": the court, not the ministry, round 21)
# the body whose press service it is ("the Supreme Court's press service", round 23)
_OWNER_OF_SERVICE = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+press\s+service"
)
# "Суд установил" likewise only a court, or itself (round 23)
_BODY_OF_KIND = {"следствие": "следствен", "court": "court", "суд": "суд"}


def _spelled_out(name: str, before: list[_Candidate]) -> str:
    """The name an abbreviation stands for, as first written in full before it ("the CBI"
    after "India's Central Bureau of Investigation"); else the name itself."""
    letters = _ARTICLE.sub("", name.strip())
    if not _abbreviation(letters) or not letters.isalpha():
        return name
    for c in before:
        initials = "".join(w[0] for w in c.name.split() if w[:1].isupper())
        if c.name != name and letters.upper() in initials.upper():
            return c.name
    return name


def _described(name: str, lang: Language) -> bool:
    return _description(name, lang) is not None


def _complemented(name: str, lang: Language) -> bool:
    """A capitalised kind word with its complement ("Министерство труда", "Министерство
    обороны"), as the tagger gives a body's name: a name, though its words would also
    describe one (round 22, russian_dev16's "в сообщении ведомства")."""
    words_ = name.split()
    return lang.head_first and len(words_) == 2 and name[:1].isupper()


def _window_start(layout: Layout, offset: int) -> int:
    starts = [p[0] for p in layout.paragraphs if p[0] <= offset]
    if not starts:
        return 0
    return starts[max(0, len(starts) - ANTECEDENT_PARAGRAPHS)]


def _gender_of_description(source: str, lang: Language) -> str | None:
    words = _ARTICLE.sub("", source.strip()).split()
    if not words:
        return None
    word = _head(words, lang)
    if word in FEMININE_DESCRIPTIONS:
        return "femn"
    if word in MASCULINE_DESCRIPTIONS:
        return "masc"
    return None


def name_gender(name: str) -> str | None:
    """A Russian name's gender from its first word pymorphy3 knows as a name (a word it
    does not know, whose readings are guesses, only when no word is known); else a
    transliterated Slavic or Central Asian surname's ending ("Korolyova", "Sadykov"); else
    None."""
    # words the dictionary knows first: a guess for one it lacks ("Гулбарчын" read as a
    # man's) gives way to a known surname ("Асанова"), and counts only with none known
    surname = _CYRILLIC_SURNAME.search(name) if len(name.split()) >= 2 else None
    if surname is not None:
        # a surname's ending closing a name in its base form before the given name, which
        # the dictionary may know as the other gender's ("Бактыгуль Сатыбалдиева", a
        # Kyrgyz woman's name; round 23, russian_dev17)
        return "femn" if surname.group(1) else "masc"
    for known in (True, False):
        for word in name.split():
            for parse in _parses(word):
                if parse.is_known != known:
                    continue
                if parse.tag.case == "nomn" and ("Name" in parse.tag or "Surn" in parse.tag):
                    return str(parse.tag.gender) if parse.tag.gender else None
    words_ = name.split()
    if len(words_) >= 2 and re.fullmatch(r"[A-Z][a-z]+", words_[-1]):
        if _LATIN_FEMININE_SURNAME.search(words_[-1]):
            return "femn"
        if _LATIN_MASCULINE_SURNAME.search(words_[-1]):
            return "masc"
    return None


# someone's relative ("The man's brother", "her husband") is no one named before: his own source
_POSSESSED_KIN = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[^\W\d_]+['’]s|his|her|their)\s+(?:\w+\s+)?"
    r"(?:brother|sister|mother|father|son|daughter|wife|husband|relative|cousin|uncle|aunt|"
    r"nephew|niece|brother-in-law|sister-in-law)\b",
    re.IGNORECASE,
)
# a Russian or Central Asian surname in Cyrillic closing a name, feminine or masculine
_CYRILLIC_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:(ова|ева|ёва)|(?:ов|ев|ёв))$")
# transliterated surnames of Russian and Central Asian shape, for a name of two or more words
_LATIN_FEMININE_SURNAME = re.compile(r"(?:ova|eva|yova|yeva|ina|skaya)$")
_LATIN_MASCULINE_SURNAME = re.compile(r"(?:ov|ev|yov|yev|sky|skiy)$")
# a kin noun or a courtesy title just before a name tells its gender ("her son Dilshod")
_MASCULINE_KIN = words(
    "son sons brother husband father nephew grandson uncle boyfriend mr mr. сын брат муж отец"
)
_FEMININE_KIN = words(
    "daughter sister wife mother niece granddaughter aunt girlfriend ms ms. mrs mrs. "
    "дочь сестра жена мать"
)
_RU_KIN = words("сын брат муж отец дочь сестра жена мать")


_NAME_RUN = re.compile(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}")


def _oblique_name(text: str, start: int) -> bool:
    """Whether the Russian name at ``start`` is in an oblique case: its last word has no
    nominative reading ("Курбоновой"), so a kin noun before it is whose relative it is."""
    run = _NAME_RUN.match(text, start)
    if run is None:
        return False
    last = run.group().split()[-1]
    parses = _parses(last.casefold())
    return bool(parses) and not any(p.tag.case == "nomn" for p in parses)


def kin_gender(text: str, start: int) -> str | None:
    """The gender a kin noun or a title right before a name gives it ("her son Dilshod",
    "his wife, Aizada"), else None."""
    before = text[max(0, start - 24) : start].split()
    if not before:
        return None
    word = before[-1].casefold().rstrip(",")
    if _oblique_name(text, start):
        return None  # "муж Фарангис Курбоновой": her husband, a genitive name is his wife's
    # a Russian kin noun in any case ("сына Сардора", "брата Бахрома"): a name the
    # dictionary lacks may read as a woman's by its oblique "-а" (round 21, russian_dev15)
    lemma = _kin_lemma(word)
    if word in _MASCULINE_KIN or lemma in _MASCULINE_KIN:
        return "masc"
    if word in _FEMININE_KIN or lemma in _FEMININE_KIN:
        return "femn"
    return None


def _kin_lemma(word: str) -> str | None:
    """A Russian kin noun's lemma ("сына" -> "сын"), else None."""
    if not re.fullmatch(r"[а-яё]+", word):
        return None
    for parse in _parses(word):
        if parse.tag.POS == "NOUN" and parse.normal_form in _RU_KIN:
            return str(parse.normal_form)
    return None


def _head_of_name(name: str, lang: Language) -> str:
    """A name's head noun: in a language whose heads come first, past the adjectives that
    agree with it ("Ташкентский городской суд по уголовным делам" is a "суд"). A
    description's own head stays its first word: an adjective there makes a body of its
    own ("столичная прокуратура"), not one named before."""
    words = name.split()
    if lang.head_first and lang.morphology is not None:
        while len(words) > 1 and _adjective(words[0]):
            words = words[1:]
    return _head(words, lang) if words else ""


def _is_name(source: str) -> bool:
    """A name, or a description that a name makes one ("the Namangan regional court")."""
    words = _ARTICLE.sub("", source.strip()).split()
    return (
        bool(words)
        and (
            words[-1][:1].isupper()
            or any(w[:1].isupper() for w in words[1:])
            or (source.strip()[:1].islower() and words[0][:1].isupper())
            # "The Tajik embassy" opening a sentence: a capital after the article names it
            or (_ARTICLE.match(source.strip()) is not None and words[0][:1].isupper())
            or (words[0][:1].isupper() and words[0].endswith(("'s", "’s")))  # "Nepal's ministry"
        )
    )


def _personal_name(source: str) -> bool:
    """Two or more capitalised words at the end with no institution word: "Ramesh Adhikari",
    also after a title in lower case ("Agency spokesperson Meenakshi Rawal": the agency
    is the title's, the name is a person's)."""
    words = source.split()
    if not words or not words[-1][:1].isupper() or _abbreviation(words[-1]):
        return False  # "ГУ МВД по Свердловской области" ends in a common noun, "… ФСБ" in letters
    # a title in lower case ends before the name; "of", "and" join one name's words
    lower = [n for n, w in enumerate(words) if not w[:1].isupper() and w.casefold() not in _JOINERS]
    if lower and lower[-1] < len(words) - 2:
        words = words[lower[-1] + 1 :]
    if any(w.casefold() in DESCRIBES_ORG or _org_lemma(w) for w in words):
        return False  # "the Directorate of Criminal Investigations", "пресс-служба …"
    if any(w.casefold() in ORG_NAME_WORDS for w in words):
        return False  # "Human Rights Watch", "Amnesty International"

    tail = [w for w in words if w[:1].isupper() and not _abbreviation(w)]
    return len(tail) >= 2


def _org_lemma(word: str) -> bool:
    """A Russian institution word in any case ("прокуратуры", "пресс-службы": a compound's
    last part is its head)."""
    if not re.search(r"[а-яё]", word, re.IGNORECASE):
        return False
    parses = _parses(word.casefold())
    return bool(parses) and parses[0].normal_form.split("-")[-1] in DESCRIBES_ORG


def _abbreviation(word: str) -> bool:
    """ "МВД", "ФСБ"; not initials ("S.B.")."""
    letters = [c for c in word if c.isalpha()]
    return "." not in word and len(letters) > 1 and all(c.isupper() for c in letters)


def _share_support(a: Found, b: Found) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a.supports for y in b.supports)
