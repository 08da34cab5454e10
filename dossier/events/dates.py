"""When an event happened: the clause's own date, else the time the narrative has set, else none.

The narrative sets a time with a sentence-initial date ("In June 2022, he signed ...",
"By June 2023, reports ..."). That frame holds for the rest of its sentence and for the
following undated sentences of the same paragraph, until a sentence opens with a word that
moves the story ("After the verdict, ...", "Later, ..."). A day also holds for the opening
undated sentences of the next paragraph, as news copy gives a sentence or two a paragraph
("В среду полиция провела облаву у мечети. // По словам очевидцев, около 60 человек
доставили в отдел полиции."); a month or a year, which frames background as often as the
news, does not cross a paragraph, and nothing crosses two. The lead's first sentence sets the
news day as a sentence-initial date would when its main clause is dated to a day ("Police
officers raided a mosque ... after Friday prayers on July 21"). Relative clauses ("who was
sentenced ...") and clauses placed relative to another ("after being recruited") describe
other times and take no frame. Dates inside a citation ("(Kloop.kg, August 30)", "the
ministry said on Tuesday") are the report's date, not the event's, and are never used here
(a quotation's own words are no attribution: their dates are what the speaker tells),
except by the statement that the attribution itself is ("the prosecutor's office on
Wednesday warned citizens that ..."): the day it was said is when that happened. A date
told before a trailing attribution ("... во вторник провели рейд ..., сообщили в
пресс-службе") is its own clause's, even where the parser hangs it on the attribution's verb
(round 19). Nor is the
date of a wire dateline ("COLOMBO, April 19 (Lanka Wire) - ..."): it says when the story
was filed.

A clause's own date is a date in it, or in a clause that modifies one of its nouns and makes
the act itself public: "sentenced him ... in a decision announced late Tuesday", "the
verdict, delivered on Friday, found ...", "в решении, оглашённом во вторник". The noun is the
clause's subject, or the vehicle of the act ("in", "by", "в", "по"); the modifying verb is
one of the language's ``act_verbs`` (words.yaml). An object is not: what a clause acts on is
often an earlier act ("overturned the verdict, delivered in May"). A modifier of another
kind ("the man, who was detained in January, was sentenced") tells the noun's own story and
dates nothing else. A "when" clause is told at the time of what it hangs on: a date ("in
August 2024, when Putin signed amendments", even a report's: "the CBI said in March, when it
opened the case"), or a clause with a date of its own. Relative expressions ("last week",
"вчера") arrive from the temporal stage already resolved against the document date and tense.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from dossier.events.lexicon import norm
from dossier.events.modality import cue_words, is_present
from dossier.events.night import nights_to_days
from dossier.events.syntax import Tree
from dossier.models import Citation, Span, Timex
from dossier.timex import extent, not_after, precision

_DATED = re.compile(r"^\d{4}")
_WEEKEND = re.compile(r"^\d{4}-W\d{2}-WE$")
# A wire dateline: a place in capitals and a comma before the date; the wire's name in
# parentheses and a dash (or a full stop) after it.
_DATELINE_PLACE = re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ'’. -]{1,40},\s*$")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?[-—–.]")
# A bound of a period, its start ("have been sentenced since 2022") or its end ("remanded
# until May 30", "отправил под арест до 30 мая", "до 2022 года работал"): not when anything
# happened.
_BOUND = re.compile(
    r"(?<!\w)(?:since|ever since|until|till|through|до)\s+(?:the\s+)?$", re.IGNORECASE
)
# A period that runs from a date ("с начала года выдворили ...", "С 2024 года действует
# закон"): the date of its own clause, but no time the narrative is set at. "Начиная с
# осени 2022 года", like "Starting from the fall of 2022", does set it.
_RUNS_FROM = re.compile(r"(?<!начиная )(?<!\w)(?:с|со)\s+$", re.IGNORECASE)
# A sentence-initial date has at most this many words before it ("Starting from the fall of
# 2022", "In the summer of 2022"): enough for a preposition phrase, not for a subject.
_INITIAL_WORDS = 3
# A clause modifying a noun ("a decision announced ...", "в решении, оглашённом ..."); the
# noun is the act itself as the clause's subject, or its vehicle as an oblique.
_MODIFIER_DEPS = frozenset({"acl", "acl:relcl"})
_ACT_ROLES = frozenset({"nsubj", "nsubj:pass"})
_VEHICLE_DEPS = frozenset({"obl", "nmod"})
# A date before its noun ("the May verdict", "the 2022 sentence", "Tuesday's ruling"), and
# the roles of what an act is done to.
_PREMODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "poss", "nmod:poss"})
_PATIENT_DEPS = frozenset({"obj", "nsubj:pass"})
# A subordinate clause giving an act's means or circumstances ("by shelling", "while
# fighting"), and the subjects that would make it a clause of someone else's act.
_CIRCUMSTANCE_DEPS = frozenset({"advcl", "pcomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})


@dataclass(slots=True)
class DatedTimex:
    timex: Timex
    clause: int  # head of the clause the date modifies
    sentence: int
    initial: bool
    describes: int | None = None  # the patient noun whose date it is ("the May verdict")


@dataclass(slots=True)
class Timeline:
    """The dates of one document, arranged for :meth:`happened` look-ups."""

    tree: Tree
    language: str
    by_clause: dict[int, list[DatedTimex]] = field(default_factory=dict)
    # clause head -> dates of the act it names, given in a clause modifying one of its nouns
    acts: dict[int, list[DatedTimex]] = field(default_factory=dict)
    frame: dict[int, str] = field(default_factory=dict)  # sentence -> initial date value
    dated: set[int] = field(default_factory=set)  # sentences holding any usable date
    breaks: set[int] = field(default_factory=set)  # sentences that open with a frame breaker
    paragraph: dict[int, int] = field(default_factory=dict)  # sentence -> paragraph number
    # clause head -> dates inside an attribution ("the office on Wednesday warned that ...")
    said: dict[int, list[DatedTimex]] = field(default_factory=dict)
    # sentence -> the values of those dates: when what the sentence reports was reported
    reported_in: dict[int, list[str]] = field(default_factory=dict)
    timexes: list[Timex] = field(default_factory=list)  # every date the text gives

    def happened(self, head: int, trigger: int, frame_ok: bool) -> str | None:
        own = (
            self._participle(trigger)
            or self._own(head, trigger)
            or self._same_time(head)
            or self._when(head)
            or self._at_the_time_of(head)
        )
        if own is not None or not frame_ok:
            return own
        if self.no_frame(head) or self._relative(head):
            return None
        sentence = self.tree.tokens[head].sentence
        if sentence in self.frame:
            return self.frame[sentence]
        return self._carried(sentence)

    def in_clause(self, head: int, trigger: int) -> str | None:
        """The date the clause ``head`` gives itself, with none borrowed from a governor."""
        found = self._dates_of(head, trigger)
        return self._nearest(found, trigger) if found else None

    def _own(self, head: int, trigger: int) -> str | None:
        node = head
        for _ in range(3):
            found = self.in_clause(node, trigger)
            if found is not None:
                return found
            # Conjoined, controlled and reported clauses share their governor's time ("was
            # found guilty in May and sentenced to ten years", "announced in February that
            # Wagner had stopped ..."); other clauses have their own.
            if self.tree.deps[node] not in {"conj", "xcomp"}:
                return None
            governor = self.tree.tokens[node].head
            if self.tree.deps[node] == "conj" and self._set_off(governor, node):
                # "freed 21 men on Wednesday night, hours before they were due to fly, and
                # arrested a man": the parser hangs the second act on the time clause set
                # off by commas; it is the main clause's conjunct
                governor = self.tree.tokens[governor].head
            if self.tree.deps[node] == "conj":
                # Every conjunct hangs from the first, so the nearest conjunct before this
                # one that is dated sets its time: "задержан в январе, а в мае признан
                # виновным и приговорен к десяти годам" (sentenced in May, not January).
                for sibling in reversed(self.tree.children[governor]):
                    if sibling < node and self.tree.deps[sibling] == "conj":
                        dated = self.in_clause(sibling, trigger)
                        if dated is not None:
                            return dated
            node = self.tree.clause[governor]
        return None

    def of_noun(self, trigger: int) -> str | None:
        """The date of a trigger noun itself, not of its clause: its participle's ("the
        decree signed in July") or a date that premodifies it ("the May verdict")."""
        own = [
            d for d in self.by_clause.get(self.tree.clause[trigger], ()) if d.describes == trigger
        ]  # fmt: skip
        return self._participle(trigger) or (self._nearest(own, trigger) if own else None)

    def _participle(self, trigger: int) -> str | None:
        """The date of a participle that modifies the trigger noun itself ("a decree signed in
        early July", "указ, подписанный в начале июня", "a verdict handed down in March"):
        the noun's happening took place then, whatever the time of the clause the noun is in
        ("The raid followed a decree ...") or the paragraph's."""
        tree = self.tree
        if tree.tokens[trigger].pos not in {"NOUN", "PROPN"}:
            return None
        dated = [
            d
            for c in tree.children[trigger]
            if tree.deps[c] == "acl" and not tree.child_deps(c, _SUBJECT_DEPS)
            for d in self.by_clause.get(c, ())
            if d.describes is None
        ]
        return self._nearest(dated, trigger) if dated else None

    def _set_off(self, governor: int, node: int) -> bool:
        """True for a conjunct ``node`` hung on a subordinate clause ``governor`` that a
        comma closes before the conjunction: "…, hours before they were due to fly, and
        arrested"."""
        tree = self.tree
        if tree.deps[governor] != "advcl" or not tree.child_deps(governor, frozenset({"mark"})):
            return False
        between = [i for i in range(governor + 1, node) if tree.tokens[i].text == ","]
        return bool(between) and tree.tokens[tree.tokens[governor].head].sentence == (
            tree.tokens[node].sentence
        )

    def _same_time(self, head: int) -> str | None:
        """The date told last before it, for a clause that says it happened then ("... в
        июле. Тогда российский президент пообещал", "in July, and ... promised then that"):
        one of the language's ``same_time`` adverbs modifies it or the clause it is a conjunct
        of (in English not opening its sentence: "Then, ..." is a sequence); the date is its
        sentence's last before the adverb, else the last of the sentence before, in the same
        paragraph."""
        words = cue_words(self.language, "same_time")
        tree = self.tree
        sentence = tree.tokens[head].sentence
        first = tree.sentence_tokens[sentence][0]
        adverbs: list[int] = []
        # a conjunct shares its first conjunct's "then" ("тогда полицейские проверили
        # документы ... и доставили в отделы более 200 человек")
        for node in self._conjunct_chain(head, 2):
            adverbs = [
                c for c in tree.children[node]
                if tree.deps[c] == "advmod" and norm(tree.tokens[c].lemma) in words
            ]  # fmt: skip
            if adverbs:
                break
        if not adverbs or (self.language == "en" and first in adverbs):
            return None
        at = tree.tokens[adverbs[0]].start
        told = [d for ds in self.by_clause.values() for d in ds]
        before = [d for d in told if d.sentence == sentence and d.timex.end <= at]
        if not before and self.paragraph.get(sentence - 1, -1) == self.paragraph.get(sentence):
            before = [d for d in told if d.sentence == sentence - 1]
        return max(before, key=lambda d: d.timex.start).timex.value if before else None

    def _when(self, head: int) -> str | None:
        """The time of what a "when" clause hangs on: a date ("written into law in August
        2024, when Putin signed amendments", "the CBI said in March, when it opened the
        case", even a report's date), or a clause with a date of its own ("приняли в августе,
        когда Путин подписал поправки")."""
        tree = self.tree
        if not self._opens_with_when(head):
            return None
        governor = tree.tokens[head].head
        if tree.deps[head] == "acl:relcl":
            at = tree.tokens[governor].start
            dates = [t for t in self.timexes if t.start <= at < t.end]
            return dates[0].value if dates else None
        if tree.deps[head] == "advcl" and governor != head:
            dated = self.by_clause.get(tree.clause[governor], [])
            return self._nearest(dated, head) if dated else None
        return None

    def _at_the_time_of(self, head: int) -> str | None:
        """The date of the clause's own "when" clause: the two happened at one time ("31
        migrants were detained when police swept through the market in mid-August",
        "задержали, когда полиция в августе проводила рейд")."""
        for child in self.tree.child_deps(head, frozenset({"advcl"})):
            dated = self.by_clause.get(child, []) if self._opens_with_when(child) else []
            if dated:
                return self._nearest(dated, child)
        return None

    def _opens_with_when(self, clause: int) -> bool:
        """Whether a clause is opened by one of the language's "when" words ("when",
        "когда")."""
        tree = self.tree
        words = cue_words(self.language, "when")
        markers = tree.child_deps(clause, frozenset({"advmod", "mark"}))
        return any(norm(tree.tokens[m].lemma) in words for m in markers)

    def _dates_of(self, node: int, trigger: int) -> list[DatedTimex]:
        """The dates of the clause ``node`` itself (a date of what the act is done to, "the
        May verdict", is that thing's, unless the thing is the trigger itself)."""
        own = [d for d in self.by_clause.get(node, ()) if d.describes in (None, trigger)]
        return own or self.acts.get(node, []) or self._circumstance(node)

    def _circumstance(self, node: int) -> list[DatedTimex]:
        """The dates of a clause without a subject of its own that gives the means or the
        circumstances of the act ``node`` ("wounded by shelling in February 2024", "died
        while fighting near Bakhmut in March"): the act happened then. Its marker is one of
        the language's ``simultaneous`` words; "after returning in January" is not."""
        words = cue_words(self.language, "simultaneous")
        tree = self.tree
        found: list[DatedTimex] = []
        for clause, dated in self.by_clause.items():
            dep = tree.deps[clause]
            if clause == node or dep not in _CIRCUMSTANCE_DEPS:
                continue
            governor = tree.tokens[clause].head
            if tree.clause[governor] != node and governor != node:
                continue
            markers = tree.child_deps(clause, frozenset({"mark", "case"}))
            if tree.tokens[governor].pos == "ADP":  # ClearNLP: verb -> "by" -> gerund
                markers.append(governor)
            if not any(norm(tree.tokens[m].lemma) in words for m in markers):
                continue
            if any(tree.deps[c] in _SUBJECT_DEPS for c in tree.children[clause]):
                continue
            found += [d for d in dated if d.describes is None]
        return found

    def _nearest(self, dated: list[DatedTimex], trigger: int) -> str:
        start = self.tree.tokens[trigger].start
        return min(dated, key=lambda d: abs(d.timex.start - start)).timex.value

    def _relative(self, head: int) -> bool:
        """True for a clause introduced by "after", "before" ... ("after being recruited")."""
        words = cue_words(self.language, "relative_time")
        markers = self.tree.child_deps(head, frozenset({"mark"}))
        if self.tree.deps[head] == "pcomp":
            markers.append(self.tokens_head(head))
        return any(norm(self.tree.tokens[c].lemma) in words for c in markers)

    def tokens_head(self, i: int) -> int:
        return self.tree.tokens[i].head

    def _conjunct_chain(self, head: int, steps: int) -> list[int]:
        """``head``, then the clause it is a conjunct of, and so on up to ``steps`` times: the
        clauses that share what the first conjunct says of them."""
        chain = [head]
        for _ in range(steps):
            node = chain[-1]
            if self.tree.deps[node] != "conj" or self.tree.tokens[node].head == node:
                break
            chain.append(self.tree.clause[self.tree.tokens[node].head])
        return chain

    def no_frame(self, head: int) -> bool:
        """Relative clauses and subjectless participles ("citizens found fighting") take no
        frame: they describe their noun, at a time of their own. So do their conjuncts
        ("buried on Saturday a man who was recruited in a colony and killed in Ukraine": the
        killing is not on Saturday)."""
        head = self._conjunct_chain(head, 4)[-1]
        dep = self.tree.deps[head]
        if dep == "acl:relcl":
            return True
        if dep == "acl":
            subjects = {"nsubj", "nsubj:pass"}
            return not any(self.tree.deps[c] in subjects for c in self.tree.children[head])
        return False

    def last_frame(self, sentence: int) -> str | None:
        """The nearest sentence-initial date before ``sentence``, in any paragraph."""
        earlier = [s for s in self.frame if s < sentence]
        return self.frame[max(earlier)] if earlier else None

    def _carried(self, sentence: int) -> str | None:
        if sentence in self.breaks:
            return None
        para = self.paragraph.get(sentence, -1)
        crossed = False
        for earlier in range(sentence - 1, -1, -1):
            if self.paragraph.get(earlier, -2) != para:
                if crossed:
                    return None
                crossed = True
                para = self.paragraph.get(earlier, -2)
            if earlier in self.frame:
                value = self.frame[earlier]
                if crossed and precision(value) != "day":
                    return None
                # what was reported before the frame's time happened before it too ("the
                # ministry said in December" under a January lead)
                reports = self.reported_in.get(sentence, [])
                return None if any(not not_after(value, r) for r in reports) else value
            if earlier in self.dated or earlier in self.breaks:
                return None
        return None

    def break_at(self, sentence: int) -> bool:
        return sentence in self.breaks

    def said_on(self, head: int) -> str | None:
        """The date inside an attribution in the clause ``head``: when the words were said
        ("the prosecutor's office on Wednesday warned citizens that ..."). It dates the
        statement whose verb the attribution is, and nothing else the clause tells."""
        found = self.said.get(head)
        return found[0].timex.value if found else None


def build_timeline(
    tree: Tree,
    text: str,
    paragraphs: Sequence[Span],
    timexes: list[Timex],
    citations: list[Citation],
    language: str,
    published: str | None = None,
) -> Timeline:
    """The dates of ``text`` placed on its clauses; a frame holds within one of the document's
    ``paragraphs`` (:attr:`~dossier.models.Analysis.paragraphs`)."""
    timeline = Timeline(tree, language)
    starts = [start for start, _ in paragraphs]
    breakers = cue_words(language, "frame_breakers")
    for s_index, span in tree.sentence_tokens.items():
        start = tree.tokens[span[0]].start
        timeline.paragraph[s_index] = max(bisect_right(starts, start) - 1, 0)
        opening = [tree.tokens[i] for i in _opening(tree, s_index)]
        # the word as written too: "Позднее" is read as the adjective "поздний"
        if any(norm(t.lemma) in breakers or norm(t.text) in breakers for t in opening):
            timeline.breaks.add(s_index)
    timexes = nights_to_days(timexes)  # "в ночь на 14 октября": the 14th
    timexes = [_weekend_week(t) for t in timexes]
    timeline.timexes = [t for t in timexes if _DATED.match(t.value) and not _in_dateline(text, t)]
    # A quotation's span is the words quoted, not the attribution: a date inside it is the
    # time of what the speaker tells («В марте его забрали в полицию», — сказал брат).
    told = [c for c in citations if c.kind != "quote"]
    for timex in timexes:
        dated = _place(tree, text, timex, told, published, citations)
        if dated is None:
            said = _place(tree, text, timex, [], published, citations) if told else None
            if said is not None and _inside(timex, told):
                timeline.said.setdefault(said.clause, []).append(said)
                timeline.reported_in.setdefault(said.sentence, []).append(timex.value)
            continue
        timeline.by_clause.setdefault(dated.clause, []).append(dated)
        act = _act_of(tree, dated.clause, language)
        if act is not None:
            timeline.acts.setdefault(act, []).append(dated)
        timeline.dated.add(dated.sentence)
        if dated.initial and dated.sentence not in timeline.frame:
            timeline.frame[dated.sentence] = timex.value
    _news_day(timeline, len(paragraphs))
    return timeline


def _news_day(timeline: Timeline, paragraphs: int) -> None:
    """The lead's first sentence dates its own main clause to a day ("Police officers raided
    a mosque ... after Friday prayers on July 21"): that is the news day, and it sets the
    narrative's time as a sentence-initial date would, for what the lead and the opening of
    the next paragraph go on to tell ("About 60 men were taken to a police station")."""
    if paragraphs < 3:
        return  # no headline and lead apart from the body
    tree = timeline.tree
    first = min((s for s, p in timeline.paragraph.items() if p == 1), default=None)
    if first is None or first in timeline.frame:
        return
    root = next((i for i in tree.sentence_tokens[first] if tree.tokens[i].head == i), None)
    days = [
        d for d in timeline.by_clause.get(root, []) if precision(d.timex.value) == "day"
    ] if root is not None else []  # fmt: skip
    if len({d.timex.value for d in days}) == 1:
        timeline.frame[first] = days[0].timex.value


def _opening(tree: Tree, sentence: int) -> list[int]:
    """The words before the first comma, if that comes within four words ("Two weeks
    later, ...", "After the verdict, ..."), else the first word alone."""
    words = [i for i in tree.sentence_tokens[sentence] if tree.tokens[i].text not in "«\"“'("]
    for n, i in enumerate(words[:5]):
        if tree.tokens[i].text == ",":
            return words[:n]
    return words[:1]


def _act_of(tree: Tree, clause: int, language: str) -> int | None:
    """The clause whose act the noun-modifying ``clause`` makes public, or None: in
    "sentenced him in a decision announced late Tuesday", the clause of "sentenced"."""
    if tree.deps[clause] not in _MODIFIER_DEPS:
        return None
    if norm(tree.tokens[clause].lemma) not in cue_words(language, "act_verbs"):
        return None
    noun = tree.tokens[clause].head
    if tree.tokens[noun].pos not in {"NOUN", "PROPN"}:
        return None
    dep = tree.deps[noun]
    if dep in _VEHICLE_DEPS:
        if not _prepositions(tree, noun) & cue_words(language, "act_preps"):
            return None  # "during the mobilisation announced in September": a period
    elif dep not in _ACT_ROLES:
        return None
    governor = tree.governor(noun)
    # Only a noun of the clause itself, not one deeper down ("years in a prison opened ...").
    return governor if tree.clause[noun] == governor else None


def _prepositions(tree: Tree, noun: int) -> set[str]:
    """Lemmas of the prepositions of a noun: its head (ClearNLP) or its case markers (UD)."""
    head = tree.tokens[noun].head
    marks = [head] if tree.tokens[head].pos == "ADP" else []
    marks += tree.child_deps(noun, frozenset({"case"}))
    return {norm(tree.tokens[i].lemma) for i in marks}


def _place(
    tree: Tree,
    text: str,
    timex: Timex,
    citations: list[Citation],
    now: str | None,
    attributions: Sequence[Citation] = (),
) -> DatedTimex | None:
    if timex.type not in {"DATE", "TIME"}:
        return None
    if timex.value == "PRESENT_REF":
        return _present(tree, timex, now)
    if not _DATED.match(timex.value or ""):
        return None
    inside = [t.i for t in tree.tokens if t.start < timex.end and timex.start < t.end]
    if not inside:
        return None
    span = set(inside)
    anchor = next((i for i in inside if tree.tokens[i].head not in span), inside[0])
    # A date inside an attribution is when the words were said ("the ministry said on
    # Tuesday"), unless a relative clause of the source holds it ("the family of a man, who
    # was killed in November, told investigators"): that clause's own time.
    in_source_clause = tree.deps[tree.clause[anchor]] == "acl:relcl"
    if not in_source_clause and any(
        c.start <= timex.start and timex.end <= c.end for c in citations
    ):
        return None
    if _in_source_parenthesis(text, timex) or _in_dateline(text, timex):
        return None
    if _BOUND.search(text, max(0, timex.start - 20), timex.start):
        return None
    s_index = tree.tokens[anchor].sentence
    first = tree.sentence_tokens[s_index][0]
    opening = _after_attribution(text, tree.tokens[first].start, timex.start, attributions)
    before = text[opening : timex.start]
    first = next(
        (i for i in tree.sentence_tokens[s_index] if tree.tokens[i].start >= opening), first
    )
    # "The ministry said earlier this week ..." is not a frame: a finite verb comes first
    # ("Starting from the fall of 2022, ..." is: its verb has no subject of its own).
    verbs = any(_finite(tree, i) for i in range(first, inside[0]))
    initial = not verbs and "," not in before and len(before.split()) <= _INITIAL_WORDS
    initial = initial and not _RUNS_FROM.search(text, max(0, timex.start - 20), timex.start)
    describes = _patient_noun(tree, anchor)
    clause = _before_attribution(tree, text, timex, tree.clause[anchor], attributions)
    return DatedTimex(_approximate(timex, tree.language), clause, s_index, initial, describes)


def _before_attribution(
    tree: Tree, text: str, timex: Timex, clause: int, attributions: Sequence[Citation]
) -> int:
    """The clause of a date told before a trailing attribution that the parser hangs on the
    attribution's verb after the comma ("Сотрудники ... во вторник провели рейд в
    общежитии ..., сообщили агентству в пресс-службе УМВД"): the finite verb between the
    date and that comma, whose clause it is; else ``clause``."""
    head = tree.tokens[clause]
    if head.start < timex.end:
        return clause
    said = any(
        c.kind != "quote" and c.start <= head.start < c.end and not c.start <= timex.start < c.end
        for c in attributions
    )
    comma = text.find(",", timex.end, head.start)
    if not said or comma < 0:
        return clause
    between = (
        i
        for i in tree.sentence_tokens[head.sentence]
        if timex.end <= tree.tokens[i].start and tree.tokens[i].end <= comma and _finite(tree, i)
    )
    first = next(between, None)
    return clause if first is None else tree.clause[first]


def _weekend_week(timex: Timex) -> Timex:
    """A weekend ("over the weekend", "в минувшие выходные", 2026-W46-WE) dates a happening to
    its week: a happened date has no weekend grain (the happenings guidelines)."""
    if not _WEEKEND.match(timex.value):
        return timex
    return replace(timex, value=timex.value[: -len("-WE")])


def _approximate(timex: Timex, language: str) -> Timex:
    """A day or week counted approximately ("About five weeks later", "около двух недель
    назад") dates a happening to its month only: the text gives no finer precision."""
    words = timex.text.split(maxsplit=1)
    if not words or norm(words[0]) not in cue_words(language, "approximate"):
        return timex
    if precision(timex.value) not in {"day", "week"}:
        return timex
    span = extent(timex.value)
    if span is None:
        return timex
    middle = span[0] + (span[1] - span[0]) / 2
    month = f"{middle.year:04d}-{middle.month:02d}"
    return Timex(timex.start, timex.end, timex.text, timex.type, month, timex.extractor, True)


def _after_attribution(text: str, start: int, at: int, attributions: Sequence[Citation]) -> int:
    """Where a sentence opening at ``start`` begins once an attribution it opens with is
    set aside ("По данным источника, в марте 2023 года ...", "According to the court, in
    March ..."): the date after it opens the narrative all the same."""
    for c in attributions:
        if c.start <= start < c.end:
            comma = text.find(",", c.end, at)
            if comma >= 0 and not text[c.end : comma].strip():
                return comma + 1
    return start


def _patient_noun(tree: Tree, anchor: int) -> int | None:
    """The noun a date belongs to when it premodifies the clause's patient, or gives its
    date ("upheld the 2022 sentence", "the verdict of March 5", "отменил приговор от 5
    марта"): what the act is done to is older than the act, so the date is not the act's."""
    head, dep = tree.tokens[anchor].head, tree.deps[anchor]
    if dep in _VEHICLE_DEPS:
        if not _prepositions(tree, anchor) & cue_words(tree.language, "date_of"):
            return None
        head = tree.governor(anchor)  # ClearNLP: noun -> "of" -> date
    elif dep not in _PREMODIFIER_DEPS:
        return None
    if tree.tokens[head].pos not in {"NOUN", "PROPN"} or tree.deps[head] not in _PATIENT_DEPS:
        return None
    return head


def _present(tree: Tree, timex: Timex, now: str | None) -> DatedTimex | None:
    """ "Currently", "now" in a present-tense clause: the month the document was written.

    In a past-tense clause ("were now dying") "now" is the narrative's time, not the
    writer's, and says nothing a frame does not.
    """
    if now is None or not _DATED.match(now):
        return None
    inside = [t.i for t in tree.tokens if t.start < timex.end and timex.start < t.end]
    if not inside:
        return None
    clause = tree.clause[inside[0]]
    if not is_present(tree, clause, tree.language):
        return None
    s_index = tree.tokens[inside[0]].sentence
    initial = inside[0] - tree.sentence_tokens[s_index][0] <= _INITIAL_WORDS
    month = Timex(timex.start, timex.end, timex.text, timex.type, now[:7], timex.extractor, True)
    return DatedTimex(month, clause, s_index, initial)


def _finite(tree: Tree, i: int) -> bool:
    if tree.tokens[i].pos not in {"VERB", "AUX"}:
        return False
    if tree.deps[i] == "root":
        return True
    return any(tree.deps[c] in {"nsubj", "nsubj:pass"} for c in tree.children[i])


def _in_dateline(text: str, timex: Timex) -> bool:
    """True for the date of a wire dateline ("COLOMBO, April 19 (Lanka Wire) - ...",
    "МОСКВА, 7 мар — ..."): when the story was filed, not when anything in it happened."""
    line = text.rfind("\n", 0, timex.start) + 1
    return bool(
        _DATELINE_PLACE.match(text[line : timex.start]) and _DATELINE_END.match(text, timex.end)
    )


def _inside(timex: Timex, citations: list[Citation]) -> bool:
    return any(c.start <= timex.start and timex.end <= c.end for c in citations)


def _in_source_parenthesis(text: str, timex: Timex) -> bool:
    """True for "(Outlet, August 30)": a date after a comma inside parentheses."""
    open_at = text.rfind("(", 0, timex.start)
    if open_at < 0 or text.rfind(")", open_at, timex.start) >= 0:
        return False
    return "," in text[open_at : timex.start] or ";" in text[open_at : timex.start]
