"""Attributions that wire copy words its own way, in languages whose rules ask for them
(:attr:`~dossier.lang.CiteRules.quoted_as_saying`): "Interfax quoted X as saying …",
"Court documents reviewed by AFP show that …", "The Kremlin … dismissed reports …, saying
that …". Each gives its citations supporting what was said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.cite.attribution import MAX_TITLED_WORDS, Hit, _nounish, _trim, valid_subject
from dossier.cite.lexicon import BOUNDARY, DESCRIBES_ORG
from dossier.cite.record import Found
from dossier.cite.text import Layout
from dossier.lang import Language, get_language
from dossier.models import Span


def find_wire(text: str, language: str, layout: Layout, body_end: int) -> Iterator[Found]:
    """Every such attribution in the body of ``text`` (before any reference list)."""
    lang = get_language(language)
    if lang.cite is None or not lang.cite.quoted_as_saying:
        return
    for sent in layout.sentences:
        if sent.start >= body_end:
            break
        s, e = sent.start, sent.end
        said = list(quoted_as_saying(text, s, e))
        for i, hit in enumerate(said):
            # the outlet that quotes, given right after its speaker, relays him whether the
            # registry knows it or not (round 23)
            by = said[i + 1] if i + 1 < len(said) and said[i + 1][4] == hit[4] else None
            relay = _ARTICLE.sub("", by[1]) if by is not None and by[1] != hit[1] else None
            yield Found(hit[0], hit[1], hit[2], hit[3], supports=hit[4], relay=relay)
        for hit in (*papers_seen(text, s, e), *saying(text, s, e, lang)):
            yield Found(hit[0], hit[1], hit[2], hit[3], supports=hit[4])


_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


_NP = r"[A-Z][\w.’'/-]*(?:\s+(?:[A-Z][\w.’'/-]*|news\s+agency|agency|of|the))*"
# an outlet's kind before its name: "quoted by the state news agency UzA" (round 18)
_KIND_FIRST = (
    r"(?:the\s+)?(?:(?:state(?:-run|-owned)?|official|independent|local)\s+)?"
    r"(?:news\s+agency|news\s+site|agency|newspaper|broadcaster|website|outlet|daily)\s+"
)
_QUOTED_AS = re.compile(
    rf"(?:(?P<outlet>(?:the\s+)?{_NP})\s+(?:quoted|cited)\s+(?P<who>[^.;]{{2,120}}?)"
    rf"|(?P<who2>[^.;]{{2,120}}?)\s+was\s+(?:quoted|cited)"
    rf"(?:\s+by\s+(?:{_KIND_FIRST})?(?P<outlet2>(?:the\s+)?{_NP}))?)"
    r"\s+as\s+saying(?:\s+that)?\b",
)


# a time alone after "as saying" (round 24, english_dev17): "on Wednesday", "late on Tuesday",
# "last week", "earlier this month": the date of the report
_WHEN_SAID = re.compile(
    r"(?i:(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend))[\s.]*"
)


def quoted_as_saying(text: str, s: int, e: int) -> Iterator[Hit]:
    """ "Interfax quoted X as saying (that) …", "X was quoted by Y as saying …", or the same
    after what was said: the speaker and, when named, the outlet that quotes, both
    supporting what was said."""
    for m in _QUOTED_AS.finditer(text, s, e):
        content = _trim(text, m.end(), e)
        if _WHEN_SAID.fullmatch(text, *content):  # "… as saying on Wednesday.": when, not what
            content = (content[0], content[0])
        before = text[s : m.start()].rstrip()
        if content[1] <= content[0] and before.endswith(","):
            # "…, Interfax quoted X as saying.": what was said comes first (round 16)
            content = _trim(text, s, s + len(before) - 1)
        who, outlet = ("who", "outlet") if m.group("who") else ("who2", "outlet2")
        who_start = m.start(who)
        comma = text.rfind(", ", who_start, m.end(who))
        if content[1] <= content[0] and who == "who2" and comma > who_start:
            # "…, X was quoted by Y as saying.": what was said is the clause before the
            # speaker's comma (round 23, english_dev16)
            content, who_start = _trim(text, s, comma), comma + 2
        if content[1] <= content[0]:
            continue
        name = _name_of_apposition(text, who_start, m.end(who))
        if name is not None and valid_subject(text[name[0] : name[1]]):
            yield "reported", text[name[0] : name[1]], name[0], m.end(), [content]
        if m.group(outlet) and valid_subject(m.group(outlet)):
            source = m.group(outlet)
            yield "reported", source, m.start(outlet), m.end(outlet), [content]


# "Court documents reviewed by AFP show that …", "Interior Ministry records seen by Reuters
# indicate …": the papers' owner (a name, or one institution noun) and the outlet that saw them
_PAPERS_SEEN = re.compile(
    # an article opens no owner's name ("A copy of the verdict")
    r"(?:(?P<owner>(?:(?!(?:A|An|The)\s)[A-Z][\w'’-]*\s+){1,4}))?"
    r"(?i:documents|records|papers|files|filings|letters|emails|minutes"
    # "A copy of the verdict seen by Eurasianet shows that …" (round 18): no owner named
    r"|(?:a\s+)?cop(?:y|ies)\s+of\s+the\s+(?:verdict|ruling|indictment|judgment|charge\s+sheet))\s+"
    r"(?:reviewed|seen|obtained|examined)\s+by\s+"
    rf"(?P<outlet>(?:the\s+)?{_NP})\s+"
    r"(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed|say|says"
    r"|said|suggest|suggests|suggested)(?:\s+that)?\s"
)


def papers_seen(text: str, s: int, e: int) -> Iterator[Hit]:
    """The owner of papers an outlet saw and the outlet, both supporting what they show;
    an owner named by one institution noun ("Court documents") is a description ("the
    court") that takes the body named before."""
    for m in _PAPERS_SEEN.finditer(text, s, e):
        if m.start() != s and not BOUNDARY.search(text[s : m.start()][-3:]):
            continue  # the papers open their clause
        content = _trim(text, m.end(), e)
        if content[1] <= content[0]:
            continue
        owner = (m.group("owner") or "").strip()
        if owner and not owner.casefold().startswith(("the ", "a ")):
            one_noun = " " not in owner and owner.casefold() in DESCRIBES_ORG
            source = f"the {owner.casefold()}" if one_noun else owner
            yield "reported", source, m.start("owner"), m.end("owner"), [content]
        yield "reported", m.group("outlet"), m.start("outlet"), m.end("outlet"), [content]


# the subject opening a sentence whose verb is no speech verb, before "…, saying (that) …"
_SAYING_SUBJECT = re.compile(r"(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?=\s+[a-z])")
_SAYING = re.compile(r",\s+saying(?:\s+that)?\s+")


def saying(text: str, s: int, e: int, lang: Language) -> Iterator[Hit]:
    """ "The Kremlin on Wednesday dismissed reports …, saying that all of them served
    voluntarily": the sentence's subject says what follows "saying"; a speech verb of its
    own ("X told reporters …, saying") already cites it."""
    said = _SAYING.search(text, s, e)
    subject = _SAYING_SUBJECT.match(text, s, e)
    if said is None or subject is None or lang.speech_verbs is None:
        return
    verbs = lang.speech_verbs.finditer(text, subject.end(), said.start())
    if any(not _nounish(text, v, e, lang) for v in verbs):
        return
    content = _trim(text, said.end(), e)
    if content[1] > content[0] and valid_subject(subject.group(0)):
        yield "reported", subject.group(0), subject.start(), subject.end(), [content]


def _name_of_apposition(text: str, start: int, end: int) -> Span | None:
    """ "a senior prosecutor, Nurbek Osmonov," -> the name; else the whole phrase."""
    phrase = text[start:end].rstrip(" ,")
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if not parts:
        return None
    for part in reversed(parts):
        words = part.split()
        if words and all(w[:1].isupper() for w in words) and len(words) <= MAX_TITLED_WORDS:
            at = text.rfind(part, start, end)
            return at, at + len(part)
    at = text.find(parts[0], start, end)
    return at, at + len(parts[0])
