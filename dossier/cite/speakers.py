"""Speakers introduced by more than a name: a relative clause or an apposition after a
description, a restrictive relative clause in the subject, a share of a group.

- "the man, who asked to be identified only as Yoandri, said": the relative clause gives
  the speaker's name, as an apposition would (:func:`given_name`);
- "сообщил один из авторов инициативы, депутат Николай Гусев.": a description, then a name
  set off by a comma closing the sentence, is the named speaker (:func:`named_apposition`);
- "A relative who asked not to be named said": a restrictive relative clause (no comma) is
  part of the subject noun phrase (:func:`restrictive_head`);
- "About 40 percent of the 2,000 migrants surveyed … said": the group, not its share
  (:func:`without_share`);
- "…, X told Parliament, adding that …": a second claim of the same speaker
  (:func:`added_claims`);
- "Уточняется, что …", "It was also reported that …": a sentence with no source of its own
  goes on with the one cited before it (:func:`impersonal_claims`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.cite.lexicon import IMPERSONAL_OPENING
from dossier.cite.record import Found
from dossier.cite.text import Layout, trim

Span = tuple[int, int]

_NAME = r"[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2}"
# ", who asked to be identified only as X,", ", who gave his name only as X,", ", who
# identified himself as X,", "представившийся X", "попросивший называть его X"
_GIVEN = re.compile(
    r",\s+(?:who\s+(?:asked\s+to\s+be\s+|agreed\s+to\s+be\s+|would\s+only\s+be\s+|"
    r"wished\s+to\s+be\s+)?(?:identified|named)\s+(?:himself\s+|herself\s+)?(?:only\s+)?"
    r"(?:by\s+(?:his|her)\s+first\s+name\s*,?\s+)?as\s+"
    r"|who\s+gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
    r"|(?:представивш\w+|назвавш\w+\s+себя|попросивш\w+\s+называть\s+(?:его|ее|её))"
    r"(?:\s+только)?\s+)"
    rf"(?P<name>{_NAME})\s*,"
)
# ", депутат Николай Гусев." / ", lawyer Anna Berg.": up to three lower-case title words,
# then a name of two or three capitalised words, and the sentence ends
_APPOSED_NAME = re.compile(
    r",\s+(?P<name>(?:[a-zа-яё][\w-]*\s+){0,3}"
    r"[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){1,2})\s*[.!?]?\s*$"
)
# "who asked not to be named", "that spoke on condition of anonymity": a relative pronoun
# right after the head noun, no comma before it
_RESTRICTIVE = re.compile(r"^(?P<head>[^,]+?)\s+(?:who|that)\s+\w+[^,]*$")
# "About 40 percent of", "Half of", "Most of", "Две трети": a share before "of the" group
_SHARE = re.compile(
    r"^(?:(?:about|around|nearly|almost|some|over|more\s+than|roughly)\s+)?"
    r"(?:[\d.,]+\s*(?:%|percent|per\s+cent)|half|most|many|some|a\s+third|a\s+quarter|"
    r"two\s+thirds|the\s+majority)\s+of\s+(?=the\s)",
    re.IGNORECASE,
)


def given_name(text: str, end: int) -> str | None:
    """The name a relative clause right after a speaker phrase (ending at ``end``) gives:
    "the man, who asked to be identified only as Yoandri, said" -> "Yoandri"."""
    match = _GIVEN.match(text, end)
    return match.group("name") if match is not None else None


def named_apposition(text: str, end: int, e: int) -> Span | None:
    """The name set off by a comma after a description that ends at ``end``, when it closes
    the sentence (which ends at ``e``): "один из авторов инициативы, депутат Николай Гусев."
    -> "депутат Николай Гусев"."""
    match = _APPOSED_NAME.match(text[:e], end)
    return match.span("name") if match is not None else None


def restrictive_head(phrase: str) -> str | None:
    """The head noun phrase before a restrictive relative clause, else None."""
    match = _RESTRICTIVE.match(phrase)
    return match.group("head") if match is not None else None


def without_share(phrase: str) -> int:
    """How many characters of ``phrase`` a leading share takes ("About 40 percent of the
    2,000 migrants" -> the offset of "the 2,000 migrants"); 0 where none."""
    match = _SHARE.match(phrase)
    return match.end() if match is not None else 0


# "…, X told Parliament, adding that at least 16 had been killed": a second claim of the same
# speaker in the same sentence
_ADDING = re.compile(r",\s+(?P<verb>adding|добавив),?\s+(?:that|что)\s+", re.IGNORECASE)


def added_claims(text: str, layout: Layout, found: Sequence[Found]) -> list[Found]:
    """A second ``reported`` citation of the same speaker for each "…, adding that …" after
    a reported citation or a quotation in its sentence ('"…," Kozlov said, adding that …',
    "«…», — сказал он, добавив, что …"), with no other citation between them."""
    added: list[Found] = []
    starts = sorted(f.start for f in found)
    for cite in found:
        i = layout.sentence_index(cite.start)
        if cite.kind not in ("reported", "quote") or i is None:
            continue
        sentence_end = layout.sentences[i].end
        match = _ADDING.search(text, cite.end, sentence_end)
        if match is None or any(cite.end <= s < match.start() for s in starts):
            continue
        claim = trim(text, match.end(), sentence_end, " ", " .!?")
        if claim[1] <= claim[0]:
            continue
        added.append(
            Found(
                "reported",
                cite.source,
                match.start("verb"),
                match.end(),
                supports=[claim],
                role=cite.role,
                relay=cite.relay,
            )
        )
    return added


_CONTINUED = ("reported", "according_to", "quote")


def impersonal_claims(text: str, layout: Layout, found: Sequence[Found]) -> list[Found]:
    """A ``reported`` citation for each sentence that opens with an impersonal passive and
    cites nothing itself, of the source of the latest sentence before it in its paragraph
    that cites one: its speaker or body, not an outlet relaying it, and no relay (round 18,
    eval/GUIDELINES.md); none where nothing before it is cited."""
    added: list[Found] = []
    for i, sentence in enumerate(layout.sentences):
        opening = IMPERSONAL_OPENING.match(text, _first_word(text, sentence.start, sentence.end))
        if opening is None or any(sentence.start <= f.start < sentence.end for f in found):
            continue
        source = _source_before(text, layout, found, i)
        claim = trim(text, opening.end(), sentence.end, " ", " .!?")
        if source is None or claim[1] <= claim[0]:
            continue
        added.append(Found("reported", source, opening.start(), opening.end(), supports=[claim]))
    return added


def _first_word(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _source_before(text: str, layout: Layout, found: Sequence[Found], i: int) -> str | None:
    """The speaker or body cited in the latest sentence before sentence ``i`` of its
    paragraph that cites one; an outlet that relays another source there gives way to it."""
    paragraph = layout.paragraph_of(layout.sentences[i].start)
    for j in range(i - 1, -1, -1):
        before = layout.sentences[j]
        if layout.paragraph_of(before.start) != paragraph:
            return None
        cited = [f for f in found if before.start <= f.start < before.end and f.kind in _CONTINUED]
        if cited:
            relays = {f.relay for f in cited if f.relay}
            speakers = [f for f in cited if f.source not in relays]
            return max(speakers or cited, key=lambda f: f.start).source
    return None


# a speaker by his first name's initial and his surname: "Б. Асанов", "B. Asanov"
_INITIALLED = re.compile(r"(?P<initial>[A-ZА-ЯЁ])\.\s*(?P<surname>[A-ZА-ЯЁ][\w'’-]+)")


def spell_out_initials(text: str, found: Sequence[Found]) -> None:
    """A speaker written with his first name's initial ("— сказал Б. Асанов") is the person
    named in full before him ("замминистра Бакыт Асанов"): the guidelines write a source as
    first written in full. Only the surname as written and a first name with that initial
    count; with no such name before, the initial stays (round 20, russian_dev14)."""
    for cite in found:
        m = _INITIALLED.fullmatch(cite.source.strip())
        if m is None:
            continue
        full = re.compile(
            rf"(?<![\w-]){m.group('initial')}[a-zа-яё'’-]+\s+{re.escape(m.group('surname'))}"
            r"(?![\w-])"
        )
        named = [n.group(0) for n in full.finditer(text, 0, cite.start)]
        if named:
            cite.source = named[-1]
