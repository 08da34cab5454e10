"""Attributions in headlines, where the grammar of the body does not hold.

A headline is a line that is a paragraph of its own, has no full stop at its end and at
most :data:`MAX_HEADLINE_WORDS` words. It carries its source in one of five shapes:
"…, says ministry" / "…, foreign ministry tells Moscow" (a bare noun phrase is enough in a
headline), "Песков: …" / "MFA: …" (a name and a colon: the name must be a person or
organisation mention, end like one named elsewhere in the text, be an outlet, an
abbreviation or a body named by a capital and an institution noun: "Tajik embassy: …"), and
"…, — МИД", and "…: Minister" / "…: Police" (a person or institution noun of up to three
words after the claim's colon, closing the line). A colon's source before the claim may
also be a capital and a person noun ("Kyrgyz ombudsman: …").
Each gives one ``reported`` citation supporting the rest of the line, or a ``quote`` when
the rest is in quotation marks ("'They took our passports,' says Nepali returnee"). A
quotation opening the line with its speaker and a verb of telling after the colon gives his
``quote`` and a ``reported`` of what the verb tells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dossier.cite.lexicon import DESCRIBES_ORG, DESCRIBES_PERSON
from dossier.cite.record import Found
from dossier.cite.registry import OutletRegistry
from dossier.cite.text import Layout, trim
from dossier.models import Mention

MAX_HEADLINE_WORDS = 20
MAX_SOURCE_WORDS = 5
_VERBS = r"(?:says|say|tells|tell|warns|warn|claims|claim|insists|insist|говорит|заявляет|сообщает)"
_SOURCE = r"[^,:;—–]{2,60}?"
_SHAPES = (
    re.compile(rf",['’\"”»]?\s+{_VERBS}\s+(?P<src>{_SOURCE})\s*$"),
    re.compile(rf",['’\"”»]?\s+(?P<src>{_SOURCE})\s+{_VERBS}(?:\s+[\w’'-]+)?\s*$"),
    re.compile(rf",\s+[—–]\s+(?P<src>{_SOURCE})\s*$"),  # "…, — МИД"; "Ташкент — столица" is none
)
# a headline's words in quotation marks, single ones as headlines write them
_QUOTED_LINE = re.compile(r"['‘\"“«](?P<words>[^'‘’\"“”«»]+?)[,.!?]?['’\"”»],?")
_CLOSE = re.compile(r",?['’\"”»]?")
_COLON = re.compile(r"^(?P<src>[^:,;]{2,50}?):\s+\S")
# "…: Minister", "…: Police": a short source after the claim's colon, closing the line, in
# lower case as well ("…: lawyer", round 16, english_dev9)
_COLON_TAIL = re.compile(r"\S:\s+(?P<src>[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){0,2})\s*$")
_MENTION_LABELS = frozenset({"PERSON", "PER", "ORG"})
# "«Подписал, не читая»: житель Оша рассказал, как …", "'They sent us …': Nepali returnees
# describe …": a quotation opening the line, its speaker and a verb of telling after the
# colon (round 17, english_dev10, russian_dev11)
_OPENING_QUOTE = re.compile(
    r"['‘\"“«](?P<words>[^'‘’\"“”«»]+?)[,.!?]?['’\"”»]:\s+(?P<src>[^,:;—–]{2,60}?)\s+"
    r"(?:says|say|tells|tell|describes|describe|recalls|recall|explains|explain|рассказал\w*"
    r"|рассказыва\w+|вспомина\w+|говорит|говорят|объяснил\w*"
    # "«…»: адвокат о деле …", "«…»: мать погибшего про …": the topic, no claim (round 22)
    r"|(?P<about>о|об|про))\b,?\s*(?P<rest>.*)$"
)


def headline_attributions(
    text: str, layout: Layout, mentions: Sequence[Mention], registry: OutletRegistry
) -> Iterator[Found]:
    for start, end in layout.paragraphs:
        line = text[start:end]
        if "\n" in line or line.rstrip()[-1:] in ".!?…" or len(line.split()) > MAX_HEADLINE_WORDS:
            continue
        opening = _opening_quote(text, start, end)
        if opening:
            yield from opening
            continue
        found = (
            _tail_source(text, start, end)
            or _colon_source(text, start, end, mentions, registry)
            or _colon_tail(text, start, end)
        )
        if found is not None:
            yield found


def _opening_quote(text: str, start: int, end: int) -> list[Found]:
    """The quotation's speaker named after its colon: his ``quote``, and his ``reported``
    for what the verb after him tells, when it says something (three words or more)."""
    m = _OPENING_QUOTE.fullmatch(text, start, end)
    if m is None:
        return _quote_then_speaker(text, start, end)
    if len(m.group("src").split()) > MAX_SOURCE_WORDS:
        return []
    source = m.group("src").strip()
    found = [Found("quote", source, start, m.end("src"), supports=[m.span("words")])]
    rest = trim(text, m.start("rest"), end, " ,")
    if m.group("about") is None and len(text[rest[0] : rest[1]].split()) >= 3:
        found.append(Found("reported", source, *m.span("src"), supports=[rest]))
    return found


# "«…»: мать погибшего мигранта из Оша": the speaker alone after the colon, closing the line
_QUOTE_THEN_SPEAKER = re.compile(
    r"['‘\"“«](?P<words>[^'‘’\"“”«»]+?)[,.!?]?['’\"”»]:\s+(?P<src>[^,:;—–]{2,60}?)\s*$"
)


def _quote_then_speaker(text: str, start: int, end: int) -> list[Found]:
    """The quotation's ``quote`` by a person described after its colon, a person noun
    opening or closing the description (round 23; eval/GUIDELINES.md round 19)."""
    m = _QUOTE_THEN_SPEAKER.fullmatch(text, start, end)
    if m is None or len(m.group("words").split()) < 3:
        return []
    words = m.group("src").split()
    if len(words) > MAX_SOURCE_WORDS:
        return []
    if not any(w.casefold() in DESCRIBES_PERSON for w in (words[0], words[-1])):
        return []
    return [Found("quote", m.group("src"), start, m.end("src"), supports=[m.span("words")])]


def _tail_source(text: str, start: int, end: int) -> Found | None:
    for shape in _SHAPES:
        m = shape.search(text, start, end)
        if m is None or len(m.group("src").split()) > MAX_SOURCE_WORDS:
            continue
        if not m.group("src").lstrip("«")[:1].isalpha():
            continue  # a quoted outlet's name may close the line: "…, — «Азаттык»"
        content = trim(text, start, m.start(), " ,—–")
        if len(text[content[0] : content[1]].split()) < 3:
            continue
        closing = _CLOSE.match(m.group(0))  # the comma and a closing mark after it
        closed = m.start() + (closing.end() if closing else 0)
        quoted = _QUOTED_LINE.fullmatch(text, content[0], closed)
        if quoted is not None:  # "'They took our passports,' says returnee": his words
            inner = quoted.span("words")
            return Found("quote", m.group("src"), *quoted.span(), supports=[inner])
        return Found("reported", m.group("src"), m.start("src"), m.end("src"), supports=[content])
    return None


def _colon_source(
    text: str, start: int, end: int, mentions: Sequence[Mention], registry: OutletRegistry
) -> Found | None:
    m = _COLON.match(text, start, end)
    if m is None or len(m.group("src").split()) > MAX_SOURCE_WORDS:
        return None
    src_start, src_end = m.span("src")
    source = m.group("src").strip()
    # the tagger often misses a bare surname in a headline; the body names it in full
    last = source.split()[-1].casefold()
    named = any(
        mention.label in _MENTION_LABELS
        and (
            (mention.start < src_end and src_start < mention.end)
            or last in mention.text.casefold().split()
        )
        for mention in mentions
    )
    abbreviation = source.split()[0].isupper() and len(source.split()[0]) >= 2
    # a capital and a person noun describe one ("Kyrgyz ombudsman: …"); the noun opens a
    # language's phrase whose heads come first ("Омбудсмен Таджикистана: …", round 23)
    words = source.split()
    described = source[:1].isupper() and any(
        w.casefold() in DESCRIBES_PERSON for w in (words[0], words[-1])
    )
    # a capital and an institution noun name a body ("Tajik embassy: …", "Посольство …")
    institution = source[:1].isupper() and any(
        w.casefold() in DESCRIBES_ORG for w in (words[0], words[-1])
    )
    if not (named or abbreviation or institution or described or registry.lookup(source)):
        return None
    content = trim(text, m.end("src") + 1, end, " ")
    if len(text[content[0] : content[1]].split()) < 3:
        return None
    quoted = _QUOTED_LINE.fullmatch(text, *content)
    if quoted is not None:  # "МИД: «Граждан не принуждают …»": its words (round 17)
        return Found("quote", source, src_start, src_end, supports=[quoted.span("words")])
    return Found("reported", source, src_start, src_end, supports=[content])


def _colon_tail(text: str, start: int, end: int) -> Found | None:
    """ "Govt will seek compensation …: Minister": a person or institution noun after the
    claim's colon, closing the headline."""
    m = _COLON_TAIL.search(text, start, end)
    if m is None:
        return None
    last = m.group("src").split()[-1].casefold()
    if last not in DESCRIBES_PERSON and last not in DESCRIBES_ORG:
        return None
    content = trim(text, start, m.start("src") - 1, " :")
    if len(text[content[0] : content[1]].split()) < 3:
        return None
    return Found("reported", m.group("src"), *m.span("src"), supports=[content])
