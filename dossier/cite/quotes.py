"""Quotes with their speaker: “…,” said X / X said: «…» / X, …, stating that “…”.

A quoted span counts as speech when it has at least four words (shorter ones are names
and scare quotes: the “armed forces”, ЧВК «Вагнер») and its sentence carries a speech
cue outside the quotation marks. The speaker is, in order of preference: the subject of
a speech verb right after the quote ("…,” said X / "…,” X said), the source of "according
to X" / "по словам X", the first person or organisation mention before the cue, or the
noun phrase that opens the sentence. A quote with no speaker is not recorded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.cite.attribution import (
    institution,
    past_channel_and_time,
    plain_np,
    recipient,
    source_after,
    valid_subject,
    without_material,
    without_venue,
)
from dossier.cite.lexicon import (
    EN_OUTLET_KINDS,
    OUTLET_KIND_BEFORE,
    QUOTED_OUTLET,
    RU_ON_AIR_KINDS,
    RU_OUTLET_DATIVE,
    RU_OUTLET_KINDS,
    RU_TOLD_BEFORE,
    words,
)
from dossier.cite.open_quotes import inside, open_paragraphs
from dossier.cite.record import Found
from dossier.cite.registry import OutletRegistry
from dossier.cite.text import Layout
from dossier.lang import CiteRules, get_language
from dossier.models import Mention, Span

MIN_PARTIAL_WORDS = 2  # "… "without any leniency".": a closing partial quotation
# words before a quotation that name or label rather than quote ("so-called", "known as")
_NAMING_BEFORE = re.compile(
    r"(?:so-called|known\s+as|called|dubbed|named|titled|entitled|label(?:l)?ed|"
    r"так\s+называем\w+|под\s+названием|под\s+лозунгом)\s*$",
    re.IGNORECASE,
)
MIN_QUOTE_WORDS = 4  # fewer words in quotation marks are a name or a scare quote ...
# ... unless set off as an utterance: ending in its own punctuation ("They lied," he said),
# followed by a dash ("«Нас обманули», — говорит он") or after a colon ("рассказал: «…»")
_UTTERANCE_END = re.compile(r"[,.!?…]$")
_DASH_AFTER = re.compile(r"[,.!?…]?\s*[—–-]\s")
_COLON_BEFORE = re.compile(r":\s*$")
_PERSONISH = frozenset({"PERSON", "PER", "ORG", "NORP"})
_PERSON = frozenset({"PERSON", "PER"})
_PREPOSITIONS = words(
    "in on at after before during since later then earlier в во на после до затем позже"
)
# "Anna Berg, a strategist at a bank," / "X, who asked not to be named," / "X, 29,": the
# name before; a title in lower case after a name ("Gennady Osipov, deputy chairman of …,"),
# not after a description ("the bill's co-author, lawmaker X,": X is the name)
_APPOSITION = re.compile(
    r"^([^,]+?),\s+(?:a|an|the|who|whose|which|\d+)\b.*$"
    r"|^((?:[A-ZА-ЯЁ][\w.'’-]*\s+)*[A-ZА-ЯЁ][\w.'’-]*),\s+[a-zа-яё][\w-]*\b.*$",
    re.DOTALL,
)
# a Russian body where it was said, opening the sentence before its verb ("В ведомстве
# подчеркнули", "В МИД Кубы заявили")
_PLACE_SPEAKER = re.compile(r"(?:В|Во)\s+([^\s,]+(?:\s+[^\s,]+){0,4}?)\s*$")
# the aside set off by commas between a speaker and the verb: "Harjit Singh, 29, told"
_ASIDE = re.compile(r",[^,\"“”«»]{1,100},(?=\s)")
_AFTER_QUOTE = re.compile(r"[,.!?]?\s*(?:[—–-]\s*)?")
_OPENING_NP = re.compile(
    r"[«\"“]?([A-ZА-ЯЁ][\w.'’-]*(?:\s+(?:[A-ZА-ЯЁ][\w.'’-]*|of|for|the|de|von|al))*"
    r"(?:\s+(?:of|из)\s+(?:the\s+)?\w+)?)"  # "One of the men", "Один из мигрантов"
)


# "X was cited as saying", "X was quoted as saying": the speaker is X (round 14)
_CITED_AS = re.compile(r"\s+(?:was|were)\s+(?:cited|quoted)\s+as$", re.IGNORECASE)


# a name set off by commas after a described speaker, before the sentence's end or a comma
_NAME_SET_OFF = re.compile(
    r",\s+(?P<name>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2})\s*(?:,|[.!?]?\s*$)"
)


def _name_of(gap: str) -> str:
    """The name of a speaker phrase, without an apposition or relative clause after it."""
    match = _APPOSITION.match(gap.rstrip(", "))
    return (match.group(1) or match.group(2)).strip() if match is not None else gap.rstrip(", ")


def _subject_of_cue(text: str, start: int, limit: int) -> Span | None:
    """The subject right before a speech cue that opens the sentence, else None."""
    phrase = text[start:limit]
    if not phrase.strip() or any(c in phrase for c in '“”«»"'):
        return None
    relative = re.search(r",\s+(?:who|which|whose|который|которая|которые)\b[^,]*,\s*$", phrase)
    if relative is not None:
        phrase = phrase[: relative.start()]
    phrase = without_venue(phrase.strip(" ,—–-"))  # "X на встрече с журналистами сказал:"
    if "," in phrase or not phrase or phrase.split()[0].casefold() in _PREPOSITIONS:
        return None  # "In Bishkek the lawyer …": a place or time first, not a subject
    if not valid_subject(phrase):
        return None
    return start, start + len(phrase)


def quote_spans(text: str, start: int, end: int, marks: Sequence[tuple[str, str]]) -> list[Span]:
    """Spans of quotations (marks included) between ``start`` and ``end``, in text order;
    a pair of ``marks`` earlier in the list wins where quotations nest."""
    spans: list[Span] = []
    for open_mark, close_mark in marks:
        pos = start
        while True:
            i = text.find(open_mark, pos, end)
            if i < 0:
                break
            j = text.find(close_mark, i + 1, end)
            if j < 0:
                break
            if not any(s <= i < e for s, e in spans):
                spans.append((i, j + 1))
            pos = j + 1
    return sorted(spans)


def find_quotes(
    text: str,
    language: str,
    layout: Layout,
    mentions: Sequence[Mention],
    body_end: int,
    orphans: list[Found] | None = None,
    registry: OutletRegistry | None = None,
) -> list[Found]:
    """Quotes with a speaker in their sentence; a quotation that is a whole sentence of its
    own with no speech cue goes to ``orphans`` (its source empty) for the caller to give
    the speaker of the sentence or paragraph before (:func:`continue_speakers`)."""
    lang = get_language(language)
    cues, rules = lang.quote_cues, lang.cite
    if cues is None or rules is None:
        return []  # no cue words for this language: another language's would be wrong
    found: list[Found] = []
    if rules.dash_dialogue:
        found.extend(_dialogue(text, layout, body_end, cues))
    left_open = open_paragraphs(text, layout, lang.quote_marks, body_end)
    if orphans is not None:
        orphans.extend(left_open)  # round 23: a quotation over two paragraphs
    for para_start, para_end in layout.paragraphs:
        if para_start >= body_end:
            break
        for q_start, q_end in quote_spans(text, para_start, para_end, lang.quote_marks):
            if inside(left_open, (q_start, q_end)):
                continue  # a quotation inside the open one is its words
            inner = (q_start + 1, q_end - 1)
            s_start, _ = layout.sentence_span(q_start)
            _, s_end = layout.sentence_span(q_end - 1)
            words_in = len(text[inner[0] : inner[1]].split())
            short = words_in < MIN_QUOTE_WORDS
            closing = words_in >= MIN_PARTIAL_WORDS and _closes_speech(
                text, (s_start, s_end), q_start, q_end, cues
            )
            if short and not (_utterance(text, q_start, q_end) or closing):
                continue
            given = _words_given(text, (s_start, s_end), (q_start, q_end), registry)
            if given is not None:  # "«…», — приводит слова X издание Y"
                who, by = given
                found.append(
                    Found("quote", text[who[0] : who[1]], q_start, q_end, supports=[inner])
                )
                found.append(Found("reported", text[by[0] : by[1]], *by, supports=[inner]))
                continue
            speaker = _speaker(text, (s_start, s_end), (q_start, q_end), mentions, cues, rules)
            if speaker is None:
                if orphans is not None and _whole_sentence(text, (s_start, s_end), q_start, q_end):
                    orphans.append(Found("quote", "", q_start, q_end, supports=[inner]))
                continue
            found.append(
                Found("quote", text[speaker[0] : speaker[1]], q_start, q_end, supports=[inner])
            )
            told = _TOLD_AFTER.match(text, speaker[1], s_end) if rules.recipients else None
            if told is None and registry is not None:
                # '"…," one of the men told Reuters by phone': an outlet the registry knows
                told = _told_name(text, speaker[1], s_end, registry)
            if told is None and rules.recipients and speaker[0] >= q_end:
                # "«…», — рассказала «Азаттыку» мать погибшего": the outlet between the verb
                # and the speaker after the quotation (round 16, russian_dev10)
                told = _TOLD_BETWEEN.search(text, q_end, speaker[0])
            if told is None and rules.recipients and speaker[1] <= q_start:
                # "X заявил в интервью «Известиям», что закон «…»": the outlet told
                cue = cues.search(text, speaker[1], q_start)
                told = _QUOTED_TOLD.match(text, cue.end(), q_start) if cue is not None else None
            cited = _CITED_PER.match(text, speaker[1], s_end) if rules.recipients else None
            if cited is not None:  # "— сказал X журналистам (цитата по ТАСС)": per TASS
                name = cited.span("outlet")
                found.append(
                    Found("according_to", text[name[0] : name[1]], *name, supports=[inner])
                )
            if told is not None:  # "— сказала она «Азаттыку»": the outlet passed it on
                # the sentence's full stop is not the name's ("he told AFP."; "U.S." keeps it)
                outlet = _FULL_STOP.sub("", told.group(1))
                at = told.start(1)
                found.append(Found("reported", outlet, at, at + len(outlet), supports=[inner]))
    return found


def _speaker(
    text: str,
    sent: Span,
    quote: Span,
    mentions: Sequence[Mention],
    cue_re: re.Pattern[str],
    rules: CiteRules,
) -> Span | None:
    before = text[sent[0] : quote[0]]
    after_start = quote[1]
    cues_after = list(cue_re.finditer(text, after_start, sent[1]))
    cues_before = list(cue_re.finditer(before))
    if not cues_after and not cues_before:
        return None
    if cues_after:
        head = _AFTER_QUOTE.match(text, after_start, sent[1])
        gap_start = head.end() if head else after_start
        cue = cues_after[0]
        if cue.start() == gap_start:  # "…,” said X ("— заявил журналистам глава МИД")
            after = cue.end()
            if rules.recipients:
                after, _ = recipient(text, cue.end(), sent[1], None)
                after = past_channel_and_time(text, after, sent[1])
            src = source_after(text, after, sent[1])
            if src is not None and text[src[0] : src[0] + 1].islower():
                # '…," said his mother, Dilnoza, who asked …': the name set off after the
                # description is the speaker (round 19)
                apposed = _NAME_SET_OFF.match(text, src[1], sent[1])
                src = apposed.span("name") if apposed is not None else src
            cited = _CITED_PER.search(text, src[0], sent[1]) if src is not None else None
            if src is not None and cited is not None and cited.start() < src[1]:  # "X (цитата"
                src = (src[0], cited.start())
            if src is not None and rules.recipients:
                # "— говорится в сообщении министерства": the message's author speaks
                src, _ = without_material(text, src)
                told = _TOLD_TAIL.search(text, src[0], src[1])
                if told is not None and told.start() > src[0]:
                    src = (src[0], told.start())  # "— рассказала Мавлюда Радио «Озоди»"
            return src
        # "…," Safarov was cited as saying: the speaker before the passive
        gap = _CITED_AS.sub("", _name_of(text[gap_start : cue.start()].strip()))
        if gap and cue.start() - gap_start < 120 and valid_subject(gap):  # "…,” X said
            return gap_start, gap_start + len(gap)
    according = rules.according.search(before)
    if according is not None:
        return source_after(text, sent[0] + according.end(), quote[0])
    limit = sent[0] + (cues_before[0].start() if cues_before else len(before))
    subject = _subject_of_cue(text, sent[0], limit)
    if subject is not None:  # "The mother of one defendant, who …, said her son …"
        return subject
    placed = _PLACE_SPEAKER.match(text, sent[0], limit)
    if placed is not None and (institution(placed.group(1)) or placed.group(1)[:1].isupper()):
        return placed.span(1)  # "В ведомстве подчеркнули, что …": the body speaks
    for labels in (_PERSON, _PERSONISH):  # a person before an organisation
        for mention in mentions:
            if sent[0] <= mention.start < limit and mention.label in labels:
                return mention.start, mention.end
    opening = _OPENING_NP.match(text, sent[0], limit)
    if opening is not None and valid_subject(opening.group(1)):
        return opening.start(1), opening.end(1)
    pronoun = re.search(r"\b(he|she|they|он|она|они)\b", text[sent[0] : limit], re.IGNORECASE)
    if pronoun is not None:
        return sent[0] + pronoun.start(1), sent[0] + pronoun.end(1)
    return None


# An outlet giving someone's words: "«…», — приводит слова X издание Y" (after the
# quotation) or "Y приводит слова X: «…»" (before it)
# "передает ТАСС слова X" gives them as "приводит" does (round 19)
_GIVING = r"(?:привод(?:ит|ят|ил|ила|или)|переда(?:ет|ёт|ют|л|ла|ли))"
_GIVES = rf"{_GIVING}\s+(?:слова|цитату|высказывание)\s+"
_GIVEN_AFTER = re.compile(rf"[,.!?…]?\s*[—–]\s*{_GIVES}(?P<rest>[^.!?…]+?)\s*[.!?…]?\s*$")
# "«…», — приводит «Интерфакс» слова X", "— приводит издание Y слова X": the outlet first
_GIVEN_OUTLET_FIRST = re.compile(
    rf"[,.!?…]?\s*[—–]\s*{_GIVING}\s+(?P<outlet>[^.!?…]+?)\s+"
    r"(?:слова|цитату|высказывание)\s+(?P<who>[^.!?…]+?)\s*[.!?…]?\s*$"
)
_GIVEN_BEFORE = re.compile(rf"^\s*(?P<outlet>[^,:;«»]+?)\s+{_GIVES}(?P<who>[^:«»]+?)\s*[:,]?\s*$")
# "«Интерфакс-Казахстан» цитирует вице-министра X: «…»": the outlet opens the sentence
_CITES_BEFORE = re.compile(
    r"\s*(?P<outlet>«[^»]{1,40}»|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){0,2})\s+"
    r"(?:цитиру(?:ет|ют)|процитировал[аио]?)\s+(?P<who>[^:«»]+?)\s*:\s*$"
)
_KIND_FIRST = re.compile(rf"^{RU_OUTLET_KINDS}\s+", re.IGNORECASE)
_KIND_INSIDE = re.compile(rf"\s+{RU_OUTLET_KINDS}\s+(?=\S)", re.IGNORECASE)


# "— сказал X (цитата по ТАСС)": the outlet the quotation is taken from, after its speaker
# (and an audience: "журналистам")
_CITED_PER = re.compile(
    r"(?:\s+(?:журналистам|репортерам|репортёрам))?\s*\(\s*цитата\s+по\s+(?P<outlet>[^()]{1,40}?)\s*\)"
)
# "«…», — цитирует X «Интерфакс»", "— цитирует «Интерфакс» X": an outlet quoting, after the
# quotation, before or after the speaker (round 15, russian_dev9)
_KIND_THEN_QUOTED = re.compile(rf"(?i:{RU_OUTLET_KINDS})\s+{QUOTED_OUTLET.pattern}")
_CITES_AFTER = re.compile(
    r"[,.!?…]?\s*[—–]\s*(?:цитиру(?:ет|ют)|процитировал[аио]?)\s+(?P<rest>[^.!?…]+?)"
    r"\s*[.!?…]?\s*$"
)


def _quoting_after(
    text: str, sent: Span, quote: Span, registry: OutletRegistry | None
) -> tuple[Span, Span] | None:
    """(the speaker, the outlet) of "«…», — цитирует X «Интерфакс»" or "— цитирует
    «Интерфакс» X": the outlet in quotation marks or known to the registry, at either end."""
    m = _CITES_AFTER.match(text, quote[1], sent[1])
    if m is None:
        return None
    rest = m.span("rest")
    words = list(re.finditer(r"\S+", text[rest[0] : rest[1]]))
    for n in range(1, len(words)):
        cut = rest[0] + words[n].start()
        for outlet, who in (((cut, rest[1]), (rest[0], rest[0] + words[n - 1].end())),
                            ((rest[0], rest[0] + words[n - 1].end()), (cut, rest[1]))):  # fmt: skip
            if _an_outlet(text[outlet[0] : outlet[1]], registry):
                if outlet[0] == rest[0]:  # the longest one the registry knows ("РИА Новости",
                    # not "РИА"; round 24, russian_dev18)
                    longer = [k for k in range(n + 1, len(words)) if _an_outlet(
                        text[rest[0] : rest[0] + words[k - 1].end()], registry)]  # fmt: skip
                    if longer:
                        k = longer[-1]
                        outlet = (rest[0], rest[0] + words[k - 1].end())
                        who = (rest[0] + words[k].start(), rest[1])
                return who, outlet
    return None


def _an_outlet(name: str, registry: OutletRegistry | None) -> bool:
    """An outlet's name: in quotation marks, known to the registry, or after its kind word
    ("— цитирует издание «Подъём» X", round 18)."""
    known = registry is not None and registry.lookup(name.strip("«»")) is not None
    return (
        QUOTED_OUTLET.fullmatch(name) is not None
        or known
        or (_KIND_THEN_QUOTED.fullmatch(name) is not None)
    )


def _words_given(
    text: str, sent: Span, quote: Span, registry: OutletRegistry | None
) -> tuple[Span, Span] | None:
    """(the speaker, the outlet) when an outlet gives the quotation as someone's words; the
    outlet is named after its kind word or known to the registry."""
    quoting = _quoting_after(text, sent, quote, registry)
    if quoting is not None:
        return quoting
    after = _GIVEN_AFTER.match(text, quote[1], sent[1])
    if after is not None:
        rest = after.span("rest")
        kinds = list(_KIND_INSIDE.finditer(text, *rest))
        if kinds:  # "… министра X издание The Kathmandu Post"
            return (rest[0], kinds[-1].start()), (kinds[-1].end(), rest[1])
        words = list(re.finditer(r"\S+", text[rest[0] : rest[1]]))
        for n in range(1, len(words)):  # "… министра X ТАСС": a known outlet last
            at = rest[0] + words[n].start()
            if registry is not None and registry.lookup(text[at : rest[1]]) is not None:
                return (rest[0], rest[0] + words[n - 1].end()), (at, rest[1])
        return None
    pronoun = _GIVEN_HIS_WORDS.match(text, quote[1], sent[1])
    if pronoun is not None:  # "«…», — приводит его слова агентство X": the pronoun speaks
        outlet = _given_outlet(text, pronoun.span("outlet"), registry)
        return (pronoun.span("who"), outlet) if outlet is not None else None
    quoted = _quoted_by(text, sent[0], quote[0], registry)
    if quoted is not None:
        return quoted
    first = _GIVEN_OUTLET_FIRST.match(text, quote[1], sent[1])
    if first is not None:
        outlet = _given_outlet(text, first.span("outlet"), registry)
        return (first.span("who"), outlet) if outlet is not None else None
    before = _GIVEN_BEFORE.match(text, sent[0], quote[0])
    if before is None:  # "«Интерфакс-Казахстан» цитирует X: «…»" (round 24)
        cites = _CITES_BEFORE.match(text, sent[0], quote[0])
        if cites is None or not _an_outlet(cites.group("outlet"), registry):
            return None
        return cites.span("who"), cites.span("outlet")
    outlet = before.span("outlet")
    kind = _KIND_FIRST.match(text, *outlet)
    name = text[kind.end() if kind else outlet[0] : outlet[1]]
    if kind is None and (registry is None or registry.lookup(name) is None):
        return None
    return before.span("who"), (outlet[1] - len(name), outlet[1])


# "«…», — приводит его слова агентство X": a pronoun for the speaker named before
_GIVEN_HIS_WORDS = re.compile(
    r"[,.!?…]?\s*[—–]\s*привод(?:ит|ят|ил|ила|или)\s+(?P<who>его|её|ее|их)\s+"
    r"(?:слова|цитату|высказывание)\s+(?P<outlet>[^.!?…]+?)\s*[.!?…]?\s*$",
    re.IGNORECASE,
)
# An English outlet quoting someone before the quotation: "X was quoted by Interfax as
# saying that … «…»", "TASS quoted X as saying: «…»"
_EN_QUOTED_BY = re.compile(
    r"(?P<who>[^.!?:;]+?),?\s+(?:was|were)\s+quoted\s+by\s+(?P<outlet>[^,.;:]+?)\s+as\s+saying\b"
)
_EN_OUTLET_QUOTED = re.compile(
    r"(?P<outlet>[^,.;:]+?)\s+quoted\s+(?P<who>[^,.;:]+?)\s+as\s+saying\b"
)


def _quoted_by(
    text: str, start: int, end: int, registry: OutletRegistry | None
) -> tuple[Span, Span] | None:
    """(the speaker, the outlet) of "X was quoted by Interfax as saying …" or "TASS quoted X
    as saying …" before a quotation, the outlet one the registry knows; a speaker described
    before his name keeps the name ("The agency's director, X, was quoted …")."""
    if registry is None:
        return None
    for pattern in (_EN_QUOTED_BY, _EN_OUTLET_QUOTED):
        hit = pattern.match(text, start, end)
        if hit is None:
            continue
        outlet = hit.span("outlet")
        name = _ARTICLE_START.sub("", text[outlet[0] : outlet[1]])
        if registry.lookup(name) is None:
            continue
        who = hit.span("who")
        parts = [m for m in re.finditer(r"[^,]+", text[who[0] : who[1]]) if m.group().strip()]
        last = parts[-1] if parts else None
        if last is not None and len(parts) > 1 and last.group().strip()[:1].isupper():
            lead = len(last.group()) - len(last.group().lstrip())
            who = (who[0] + last.start() + lead, who[0] + last.end())
        return who, (outlet[1] - len(name), outlet[1])
    return None


_ARTICLE_START = re.compile(r"^(?:the|The)\s+")


def _given_outlet(text: str, span: Span, registry: OutletRegistry | None) -> Span | None:
    """The outlet's name in ``span``, past its kind word ("издание The Himalayan Times"):
    one named after its kind word, in quotation marks, or known to the registry."""
    kind = _KIND_FIRST.match(text[span[0] : span[1]])
    start = span[0] + kind.end() if kind is not None else span[0]
    name = text[start : span[1]]
    known = registry is not None and registry.lookup(name.strip("«»")) is not None
    if kind is None and not known and not QUOTED_OUTLET.fullmatch(name):
        return None
    return start, span[1]


def _told_name(text: str, at: int, end: int, registry: OutletRegistry) -> re.Match[str] | None:
    """ "told Reuters" right after a speaker, or after an aside set off by commas ("X, 29,
    told Reuters"): an outlet the registry knows, or one named after its kind word ("told
    the state broadcaster Canal Austral")."""
    aside = _ASIDE.match(text, at, end)
    told = _TOLD_NAME.match(text, aside.end() if aside else at, end)
    if told is None:
        return None
    if registry.lookup(_FULL_STOP.sub("", told.group(1))) is None and not OUTLET_KIND_BEFORE.search(
        text, told.start(), told.start(1)
    ):
        return None
    return told


def _closes_speech(text: str, sent: Span, q_start: int, q_end: int, cues: re.Pattern[str]) -> bool:
    """A quotation that ends the sentence of a speech cue before it: the speaker's own
    words closing what he is reported to say ('X said Moscow was ready to talk "through
    diplomatic channels".'), not a name or a scare quote inside the sentence."""
    if text[q_end : sent[1]].strip(" .!?…") or not cues.search(text, sent[0], q_start):
        return False
    if not text[q_start + 1 : q_start + 2].islower():
        return False  # a name in quotation marks ("после теракта в «Крокус Сити Холле»")
    return not _NAMING_BEFORE.search(text, max(sent[0], q_start - 30), q_start)


def _whole_sentence(text: str, sent: Span, q_start: int, q_end: int) -> bool:
    return not text[sent[0] : q_start].strip() and not text[q_end : sent[1]].strip(" .!?…")


def continue_speakers(layout: Layout, found: list[Found], orphans: list[Found]) -> list[Found]:
    """Each orphan quote takes the speaker of the last attribution or quote in the sentence
    before it in its paragraph, or, when it opens its paragraph, in the paragraph before,
    with its role and relay (``found`` is settled). An outlet that relayed someone's words
    is not their speaker ("…," one of the men told the BBC. "They took our passports.": the
    men's words)."""
    out: list[Found] = []
    relays = {f.relay for f in found if f.relay}
    attributed = sorted(
        (
            f
            for f in found
            if f.kind in ("quote", "reported", "according_to")
            and f.source
            and f.source not in relays
        ),
        key=lambda f: f.start,
    )
    for orphan in orphans:
        para_start, _ = layout.paragraph_of(orphan.start)
        i = layout.sentence_index(orphan.start)
        if i is None:
            continue
        if layout.sentences[i].start > para_start:
            lowest = layout.sentences[i - 1].start if i > 0 else para_start
        else:
            lowest = layout.paragraph_of(max(0, para_start - 1))[0]
        # one that ends there counts: a tagger may split a quotation ('"… . …," X said.')
        before = [f for f in attributed if f.start < orphan.start and f.end > lowest]
        if before:
            speaker = before[-1]
            orphan.source, orphan.role, orphan.relay = speaker.source, speaker.role, speaker.relay
            out.append(orphan)
    return out


# An outlet in quotation marks right after a speaker: "— сказала она «Азаттыку».", with a
# capitalised kind word that is part of its name ("Радио «Озоди»")
# ("— заявил депутат в эфире телеканала «Сафина».", "— сказал он в интервью «Известиям».": on
# whose air or in whose interview he spoke, round 24)
_TOLD_AFTER = re.compile(
    rf"\s+(?:в\s+(?:эфире|интервью)\s+(?:{RU_ON_AIR_KINDS}\s+)?)?"
    rf"((?:(?i:{RU_OUTLET_DATIVE})\s+)?«[^»]{{1,40}}»)\s*[.,!?…]"
)
# an outlet in quotation marks told between the verb after a quotation and its speaker
_TOLD_BETWEEN = re.compile(rf"\s((?:(?i:{RU_OUTLET_DATIVE})\s+)?«[^»]{{1,40}}»)\s+$")
# an outlet in quotation marks right after the speech verb, before the quotation
_QUOTED_TOLD = re.compile(rf"{RU_TOLD_BEFORE}({QUOTED_OUTLET.pattern})\s*[,:]")
# the same outlet closing a speaker phrase: not part of the speaker's name
_TOLD_TAIL = re.compile(rf"\s+(?:(?i:{RU_OUTLET_DATIVE})\s+)?«[^»]{{1,40}}»$")
_FULL_STOP = re.compile(r"(?<=[^\W\d_]{2})\.$")
# "told Reuters", "told the Kathmandu Post", "told the state broadcaster Canal Austral" (an
# outlet named after its kind word is one, the registry knowing it or not)
_TOLD_NAME = re.compile(
    rf",?\s+(?:(?:also|later|earlier|previously)\s+)?told\s+(?:the\s+(?:[a-z][\w-]*\s+){{0,2}}{EN_OUTLET_KINDS}\s+)?"
    # an outlet's name may hold a slash or a possessive ("RFE/RL", "RFE/RL's Tajik Service")
    r"((?:the\s+)?[A-Z][\w./’'-]*(?:\s+[A-Z][\w./’'-]*){0,2})"
)
_DIALOGUE = re.compile(r"[—–]\s*(?P<speech>[^—–]+?)[,.!?…]?\s+[—–]\s+")


def _dialogue(text: str, layout: Layout, body_end: int, quote_cues: re.Pattern[str]) -> list[Found]:
    """Russian direct speech opened by a dash: "— Нас обманули, — сказал он. — Потом …"."""
    found: list[Found] = []
    for para_start, para_end in layout.paragraphs:
        if para_start >= body_end:
            break
        turn = _dialogue_turn(text, para_start, para_end, quote_cues)
        if turn is None:
            continue
        speech, cue = turn
        after, _ = recipient(text, cue.end(), para_end, None)  # dash dialogue: Russian
        speaker = source_after(text, after, para_end)
        # the verb first is evidence enough of a subject: "— …, — сказал военком."
        said_by = text[speaker[0] : speaker[1]] if speaker is not None else ""
        if speaker is None or not (valid_subject(said_by) or plain_np(said_by)):
            continue
        supports: list[Span] = [speech]
        rest = re.search(r"[.!?…]\s+[—–]\s*(?P<more>.+)$", text[speaker[1] : para_end])
        if rest is not None:
            supports.append((speaker[1] + rest.start("more"), speaker[1] + rest.end("more")))
        source = text[speaker[0] : speaker[1]]
        found.append(Found("quote", source, para_start, para_end, supports=supports))
    return found


# a dash between the words of a dash line and its speech verb ("…, — говорит она")
_TURN_DASH = re.compile(r"[,.!?…]?\s+[—–]\s+")


def _dialogue_turn(
    text: str, start: int, end: int, quote_cues: re.Pattern[str]
) -> tuple[Span, re.Match[str]] | None:
    """(the dash line's words, the cue after them): the first dash that a speech verb
    follows closes the words, so a dash inside them ("— Мне сказали: подпишешь — получишь
    паспорт, — говорит один из них") is part of what was said (round 15)."""
    m = _DIALOGUE.match(text, start, end)
    if m is None:
        return None
    for dash in _TURN_DASH.finditer(text, m.start("speech"), end):
        cue = quote_cues.match(text, dash.end(), end)
        if cue is None:
            continue
        speech = (m.start("speech"), dash.start())
        if len(text[speech[0] : speech[1]].split()) < MIN_QUOTE_WORDS - 1:
            return None
        return speech, cue
    return None


def _utterance(text: str, q_start: int, q_end: int) -> bool:
    """True for a short quotation that is someone's whole utterance, not a name or a scare
    quote: it ends in its own punctuation, a dash follows it, or a colon comes before it."""
    inner = text[q_start + 1 : q_end - 1].strip()
    return bool(
        _UTTERANCE_END.search(inner)
        or _DASH_AFTER.match(text, q_end)
        or _COLON_BEFORE.search(text, max(0, q_start - 3), q_start)
    )
