"""Fast tests of the events stage over hand-built parses (no NLP model is loaded)."""

from __future__ import annotations

import pytest

from dossier.analyze.pieces import paragraphs
from dossier.errors import PackError
from dossier.events import compile_lexicon, find_events
from dossier.events.lexicon import match_sentence
from dossier.models import Analysis, Article, Citation, Entity, Sentence, Timex, Token
from dossier.packs import get_pack

# word, lemma, pos, dep, head (index within the sentence; the root points to itself)
Row = tuple[str, str, str, str, int]


def parse(sentences: list[list[Row]], sep: str = " ") -> tuple[str, Analysis]:
    """Text and Analysis from rows per sentence; words are joined by spaces."""
    text = ""
    tokens: list[Token] = []
    spans: list[Sentence] = []
    for rows in sentences:
        base, start = len(tokens), len(text)
        for n, (word, lemma, pos, dep, head) in enumerate(rows):
            if n:
                text += " "
            tokens.append(
                Token(base + n, len(text), len(text) + len(word), word, lemma, pos, dep,
                      base + head, len(spans))
            )  # fmt: skip
            text += word
        spans.append(Sentence(start, len(text)))
        text += sep
    return text, Analysis("en", spans, tokens, [], "test", paragraphs(text))


DETAINED_IN_MAY: list[Row] = [
    ("In", "in", "ADP", "prep", 4),
    ("May", "May", "PROPN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 4),
    ("he", "he", "PRON", "nsubjpass", 4),
    ("was", "be", "AUX", "auxpass", 4),
    ("detained", "detain", "VERB", "root", 4),
    (".", ".", "PUNCT", "punct", 4),
]
NOT_SIGN: list[Row] = [
    ("He", "he", "PRON", "nsubj", 3),
    ("did", "do", "AUX", "aux", 3),
    ("not", "not", "PART", "neg", 3),
    ("sign", "sign", "VERB", "root", 3),
    ("a", "a", "DET", "det", 5),
    ("contract", "contract", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
COULD_BE_SENT: list[Row] = [
    ("They", "they", "PRON", "nsubjpass", 3),
    ("could", "could", "AUX", "aux", 3),
    ("be", "be", "AUX", "auxpass", 3),
    ("sent", "send", "VERB", "root", 3),
    ("to", "to", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 6),
    ("front", "front", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]


def run(text: str, analysis: Analysis, **kw: object) -> list:  # type: ignore[type-arg]
    article = Article(id="t", text=text, language="en", published="2023-09")
    return find_events(
        article, analysis, kw.get("timexes", []), [], kw.get("citations", []),  # type: ignore[arg-type]
        kw.get("entities", []), get_pack(),  # type: ignore[arg-type]
    )  # fmt: skip


def may(text: str) -> Timex:
    at = text.index("May")
    return Timex(at, at + 3, "May", "DATE", "2023-05")


def test_detention_with_its_own_date_and_target() -> None:
    text, analysis = parse([DETAINED_IN_MAY])
    he = text.index("he ")
    person = Entity("e1", "PERSON", "Ali", mentions=[(he, he + 2)])
    [event] = run(text, analysis, timexes=[may(text)], entities=[person])
    assert (event.id, event.type, event.date, event.modality) == (
        "v1",
        "detention",
        "2023-05",
        "asserted",
    )
    assert event.targets == ["e1"] and event.actors == []
    assert text[event.evidence[0] : event.evidence[1]] == text.strip()
    assert "detained" in (event.summary or "")


def test_sentence_initial_date_carries_to_the_next_sentence_of_the_paragraph() -> None:
    text, analysis = parse([DETAINED_IN_MAY, NOT_SIGN])
    events = run(text, analysis, timexes=[may(text)])
    assert [(e.type, e.date, e.modality) for e in events] == [
        ("detention", "2023-05", "asserted"),
        ("recruitment", "2023-05", "negated"),
    ]


def test_date_does_not_carry_across_a_paragraph_break() -> None:
    text, analysis = parse([DETAINED_IN_MAY, NOT_SIGN], sep="\n\n")
    assert [e.date for e in run(text, analysis, timexes=[may(text)])] == ["2023-05", None]


def test_in_a_text_without_blank_lines_each_line_is_a_paragraph() -> None:
    text, analysis = parse([DETAINED_IN_MAY, NOT_SIGN], sep="\n")
    assert [e.date for e in run(text, analysis, timexes=[may(text)])] == ["2023-05", None]


def test_hypothetical_deployment_and_reported_date_from_citation() -> None:
    text, analysis = parse([COULD_BE_SENT])
    cite = Citation("c1", "Kloop.kg", "parenthetical", 0, 0, date="2023-08-30",
                    supports=[(0, len(text))])  # fmt: skip
    [event] = run(text, analysis, citations=[cite])
    assert (event.type, event.modality, event.date) == ("deployment", "hypothetical", None)
    assert event.reported == "2023-08-30" and event.citations == ["c1"]
    assert event.confidence < 0.6


def test_phrase_triggers_allow_a_gap_and_keep_order() -> None:
    spec = {"definition": "Contracts.", "triggers": {"en": ["sign contract"]}}
    lexicon = compile_lexicon({"types": {"recruitment": spec}})
    _, analysis = parse([NOT_SIGN])
    [found] = match_sentence(lexicon, "en", analysis.tokens)
    assert found.is_phrase and [analysis.tokens[i].text for i in found.tokens] == [
        "sign",
        "contract",
    ]
    _, analysis = parse(
        [[("contract", "contract", "NOUN", "root", 0), ("sign", "sign", "VERB", "dep", 0)]]
    )
    assert match_sentence(lexicon, "en", analysis.tokens) == []


def test_pos_restricted_trigger() -> None:
    spec = {"definition": "Sentences.", "triggers": {"en": ["sentence/VERB"]}}
    lexicon = compile_lexicon({"types": {"x": spec}})
    noun = Token(0, 0, 8, "sentence", "sentence", "NOUN", "root", 0, 0)
    verb = Token(0, 0, 9, "sentenced", "sentence", "VERB", "root", 0, 0)
    assert match_sentence(lexicon, "en", [noun]) == []
    assert len(match_sentence(lexicon, "en", [verb])) == 1


def test_malformed_pack_file_raises_pack_error() -> None:
    with pytest.raises(PackError, match="types"):
        compile_lexicon({"kinds": []})


def test_every_pack_type_has_a_definition() -> None:
    from dossier.events import load_lexicon

    lexicon = load_lexicon(get_pack())
    assert {"recruitment", "coercion", "court_ruling", "statement", "other"} <= set(lexicon.types)
    assert all(kind.definition for kind in lexicon.types.values())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "🔹 **Deputies plan to introduce a bill** today",
            "Deputies plan to introduce a bill today",
        ),
        ("▪️ Минобороны не подтвердило данные", "Минобороны не подтвердило данные"),
        ("- The authorities should stop raids.", "The authorities should stop raids"),
        ("that six men had been killed ()", "six men had been killed"),
        ("see [our report](http://example.org/a) on it", "see our report on it"),
        ("«Кто-то» сказал", "«Кто-то» сказал"),
    ],
)
def test_summary_reads_as_a_clause(raw: str, expected: str) -> None:
    from dossier.events.find import clean_summary

    assert clean_summary(raw) == expected


# Coercion phrasings (issue 5): rows of hand-built parses, as above.
DETAINED_DURING: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("detained", "detain", "VERB", "root", 1),
    ("migrants", "migrant", "NOUN", "dobj", 1),
    ("during", "during", "ADP", "prep", 1),
    ("a", "a", "DET", "det", 5),
    ("raid", "raid", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_raid_in_a_during_phrase_is_an_event_of_its_own() -> None:
    text, analysis = parse([DETAINED_DURING])
    events = run(text, analysis)
    assert [(e.type, e.modality) for e in events] == [
        ("detention", "asserted"),
        ("coercion", "asserted"),
    ]
    assert events[1].summary == "a raid"


def test_a_period_in_a_during_phrase_is_not_an_event() -> None:
    during_mobilization = ("mobilization", "mobilization", "NOUN", "pobj", 3)
    rows = [*DETAINED_DURING[:5], during_mobilization, DETAINED_DURING[6]]
    text, analysis = parse([rows])
    assert [e.type for e in run(text, analysis)] == ["detention"]


LOSE_AND_THREATENED: list[Row] = [
    ("Migrants", "migrant", "NOUN", "nsubj", 2),
    ("may", "may", "AUX", "aux", 2),
    ("lose", "lose", "VERB", "root", 2),
    ("permits", "permit", "NOUN", "dobj", 2),
    (",", ",", "PUNCT", "punct", 2),
    ("and", "and", "CCONJ", "cc", 2),
    ("some", "some", "PRON", "nsubjpass", 9),
    ("have", "have", "AUX", "aux", 9),
    ("been", "be", "AUX", "auxpass", 9),
    ("threatened", "threaten", "VERB", "conj", 2),
    ("with", "with", "ADP", "prep", 9),
    ("prison", "prison", "NOUN", "pobj", 10),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_conjoined_fact_beside_a_possibility_is_a_second_event() -> None:
    text, analysis = parse([LOSE_AND_THREATENED])
    assert [(e.type, e.modality) for e in run(text, analysis)] == [
        ("coercion", "hypothetical"),
        ("coercion", "asserted"),
    ]


def test_a_conjoined_clause_without_its_own_subject_repeats_the_event() -> None:
    # "Migrants may lose permits , and have been threatened with prison ."
    no_subject = [*LOSE_AND_THREATENED[:6], *LOSE_AND_THREATENED[7:]]
    rows = [(w, lemma, pos, dep, h - (h > 6)) for w, lemma, pos, dep, h in no_subject]
    text, analysis = parse([rows])
    assert [(e.type, e.modality) for e in run(text, analysis)] == [("coercion", "hypothetical")]


def test_the_signature_a_threat_demands_is_part_of_the_coercion() -> None:
    rows: list[Row] = [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("wanted", "want", "VERB", "root", 1),
        ("him", "he", "PRON", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("sign", "sign", "VERB", "xcomp", 1),
        ("a", "a", "DET", "det", 6),
        ("contract", "contract", "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 4),
        ("threatening", "threaten", "VERB", "advcl", 4),
        ("him", "he", "PRON", "dobj", 8),
        ("with", "with", "ADP", "prep", 8),
        ("deportation", "deportation", "NOUN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 1),
    ]
    text, analysis = parse([rows])
    [event] = run(text, analysis)
    assert (event.type, event.modality) == ("coercion", "asserted")
    assert "sign a contract" in (event.summary or "")


def test_a_cue_inside_a_phrase_word_relative_clause_is_not_the_events() -> None:
    rows: list[Row] = [
        ("Workers", "worker", "NOUN", "nsubj", 1),
        ("signed", "sign", "VERB", "root", 1),
        ("documents", "document", "NOUN", "dobj", 1),
        ("they", "they", "PRON", "nsubj", 6),
        ("could", "could", "AUX", "aux", 6),
        ("not", "not", "PART", "neg", 6),
        ("read", "read", "VERB", "relcl", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    text, analysis = parse([rows])
    [event] = run(text, analysis)
    assert (event.type, event.modality) == ("coercion", "asserted")


@pytest.mark.parametrize(
    ("language", "lemmas"),
    [
        ("en", "they be take directly to an enlistment office"),
        ("en", "he be bring to the military registration office"),
        ("en", "he sign the contract under duress"),
        ("en", "employer withhold their passport"),
        ("en", "police carry out a raid"),
        ("en", "a choice between deportation and a contract"),
        ("ru", "мигрант доставить в военкомат"),
        ("ru", "в сентябрь провести облава"),
        ("ru", "он пригрозить депортация"),
        ("ru", "подписать контракт под давление"),
        ("ru", "выбор : депортация или контракт"),
        ("ru", "чтобы избежать депортация"),
    ],
)
def test_coercion_phrasings_match(language: str, lemmas: str) -> None:
    from dossier.events import load_lexicon

    rows: list[Row] = [(w, w, "X", "dep", 0) for w in lemmas.split()]
    _, analysis = parse([rows])
    found = match_sentence(load_lexicon(get_pack()), language, analysis.tokens)
    assert any(m.spec.type == "coercion" and m.is_phrase for m in found)


ARRESTED_A_MAJOR: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("arrested", "arrest", "VERB", "root", 1),
    ("a", "a", "DET", "det", 3),
    ("major", "major", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
OFFICIALS_MET: list[Row] = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("met", "meet", "VERB", "root", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def detained_on_wednesday(subject: list[Row]) -> list[Row]:
    """``subject`` + "were detained on Wednesday ." (the subject's last word its head)."""
    n = len(subject)
    head = n - 1
    rows: list[Row] = [(w, lemma, pos, dep, head if i != head else n + 1)
                       for i, (w, lemma, pos, dep, _) in enumerate(subject)]  # fmt: skip
    return [
        *rows,
        ("were", "be", "AUX", "auxpass", n + 1),
        ("detained", "detain", "VERB", "root", n + 1),
        ("on", "on", "ADP", "prep", n + 1),
        ("Wednesday", "Wednesday", "PROPN", "pobj", n + 2),
        (".", ".", "PUNCT", "punct", n + 1),
    ]


@pytest.mark.parametrize(
    ("subject", "events"),
    [
        # "The two were detained ...": the two the lead told of; one arrest, dated here
        ([("The", "the", "DET", "det", 0), ("two", "two", "NUM", "nsubjpass", 0)], 1),
        ([("Both", "both", "DET", "det", 0), ("men", "man", "NOUN", "nsubjpass", 0)], 1),
        # "Two men were detained ...": others, not said to be the major
        ([("Two", "two", "NUM", "nummod", 0), ("men", "man", "NOUN", "nsubjpass", 0)], 2),
    ],
)
def test_a_subject_that_refers_back_goes_on_with_the_happening_told_before(
    subject: list[Row], events: int
) -> None:
    text, analysis = parse(
        [ARRESTED_A_MAJOR, OFFICIALS_MET, detained_on_wednesday(subject)], sep="\n\n"
    )
    at = text.index("Wednesday")
    wednesday = Timex(at, at + 9, "Wednesday", "DATE", "2023-09-06")
    found = run(text, analysis, timexes=[wednesday])
    assert len(found) == events
    assert found[0].date == ("2023-09-06" if events == 1 else None)


def detained_a_man(place_prep: str | None) -> list[Row]:
    """Police detained a man from Osh [<place_prep> Bishkek] ."""
    rows: list[Row] = [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("detained", "detain", "VERB", "root", 1),
        ("a", "a", "DET", "det", 3),
        ("man", "man", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 3),
        ("Osh", "Osh", "PROPN", "pobj", 4),
    ]
    if place_prep:
        rows += [
            (place_prep, place_prep, "ADP", "prep", 1),
            ("Bishkek", "Bishkek", "PROPN", "pobj", 6),
        ]
    return [*rows, (".", ".", "PUNCT", "punct", 1)]


def places(text: str, *names: str) -> list[Entity]:
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    return [Entity(f"l{n}", "PLACE", name, mentions=[spans[n]]) for n, name in enumerate(names)]


def test_a_place_that_tells_where_a_participant_is_from_is_not_the_events() -> None:
    text, analysis = parse([detained_a_man(None)])
    (event,) = run(text, analysis, entities=places(text, "Osh"))
    assert event.place is None
    text, analysis = parse([detained_a_man("in")])
    (event,) = run(text, analysis, entities=places(text, "Osh", "Bishkek"))
    assert event.place == "l1"


def test_a_place_on_the_raided_object_is_the_events() -> None:
    # "Police raided a mosque in Osh ."
    rows: list[Row] = [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("raided", "raid", "VERB", "root", 1),
        ("a", "a", "DET", "det", 3),
        ("mosque", "mosque", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("Osh", "Osh", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    text, analysis = parse([rows])
    (event,) = run(text, analysis, entities=places(text, "Osh"))
    assert event.place == "l0"


def warned_that_mercenaries(aux: str) -> list[Row]:
    """The office warned that mercenaries <aux> prosecuted ."""
    return [
        ("The", "the", "DET", "det", 1),
        ("office", "office", "NOUN", "nsubj", 2),
        ("warned", "warn", "VERB", "root", 2),
        ("that", "that", "SCONJ", "mark", 6),
        ("mercenaries", "mercenary", "NOUN", "nsubjpass", 6),
        (aux, "be", "AUX", "auxpass", 6),
        ("prosecuted", "prosecute", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_warning_that_states_a_rule_stays_a_statement() -> None:
    text, analysis = parse([warned_that_mercenaries("are")])
    assert [(e.type, e.modality) for e in run(text, analysis)] == [
        ("statement", "asserted"),
        ("prosecution", "generic"),
    ]
    # what happened is the news, not the saying of it
    text, analysis = parse([warned_that_mercenaries("were")])
    assert [e.type for e in run(text, analysis)] == ["prosecution"]


COURT_IN_OSH: list[Row] = [
    ("A", "a", "DET", "det", 1),
    ("court", "court", "NOUN", "nsubj", 4),
    ("in", "in", "ADP", "prep", 1),
    ("Osh", "Osh", "PROPN", "pobj", 2),
    ("sentenced", "sentence", "VERB", "ROOT", 4),
    ("Ali", "Ali", "PROPN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_a_place_in_the_subject_phrase_is_where_not_who() -> None:
    # "A court in Osh sentenced Ali": Osh is the place of the sentencing, not its actor.
    text, analysis = parse([COURT_IN_OSH])
    osh, ali = text.index("Osh"), text.index("Ali")
    entities = [
        Entity("e1", "PLACE", "Osh", mentions=[(osh, osh + 3)]),
        Entity("e2", "PERSON", "Ali", mentions=[(ali, ali + 3)]),
    ]
    [event] = run(text, analysis, entities=entities)
    assert (event.type, event.actors, event.targets, event.place) == (
        "prosecution", [], ["e2"], "e1",
    )  # fmt: skip


# UD's passive agent, as Natasha parses "Али был задержан ГКНБ" (no preposition, "obl:agent")
DETAINED_BY_AGENCY: list[Row] = [
    ("Ali", "Ali", "PROPN", "nsubj:pass", 2),
    ("was", "be", "AUX", "aux:pass", 2),
    ("detained", "detain", "VERB", "ROOT", 2),
    ("GKNB", "GKNB", "PROPN", "obl:agent", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_the_agent_of_a_passive_in_ud_labels_is_the_actor() -> None:
    text, analysis = parse([DETAINED_BY_AGENCY])
    ali, gknb = text.index("Ali"), text.index("GKNB")
    entities = [
        Entity("e1", "PERSON", "Ali", mentions=[(ali, ali + 3)]),
        Entity("e2", "ORG", "GKNB", mentions=[(gknb, gknb + 4)]),
    ]
    [event] = run(text, analysis, entities=entities)
    assert (event.type, event.actors, event.targets) == ("detention", ["e2"], ["e1"])


# "He was convicted of recruiting men for the army ." (the gerund is the charge's content)
CONVICTED_OF_RECRUITING: list[Row] = [
    ("He", "he", "PRON", "nsubjpass", 2),
    ("was", "be", "AUX", "auxpass", 2),
    ("convicted", "convict", "VERB", "root", 2),
    ("of", "of", "ADP", "prep", 2),
    ("recruiting", "recruit", "VERB", "pcomp", 3),
    ("men", "man", "NOUN", "dobj", 4),
    ("for", "for", "ADP", "prep", 4),
    ("the", "the", "DET", "det", 8),
    ("army", "army", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 2),
]


def test_the_content_of_a_charge_is_not_an_event() -> None:
    # the happenings guidelines: "the content of a charge, suspicion, accusation" is no
    # mention ("convicted of recruiting", "accused of sending men", "on suspicion of ...")
    text, analysis = parse([CONVICTED_OF_RECRUITING])
    assert [e.type for e in run(text, analysis)] == ["prosecution"]
    accused = [("accused", "accuse", "VERB", "root", 2) if r[0] == "convicted" else r
               for r in CONVICTED_OF_RECRUITING]  # fmt: skip
    text, analysis = parse([accused])
    assert [e.type for e in run(text, analysis)] == []


# "<subject> is the second man to be arrested ." (a recap: the trigger hangs on the
# predicate noun of a copula)
def second_to_be_arrested(subject: list[Row]) -> list[Row]:
    n = len(subject)
    rows: list[Row] = [(w, lemma, pos, dep, n if i == n - 1 else n - 1)
                       for i, (w, lemma, pos, dep, _) in enumerate(subject)]  # fmt: skip
    return [
        *rows,
        ("is", "be", "AUX", "root", n),
        ("the", "the", "DET", "det", n + 3),
        ("second", "second", "ADJ", "amod", n + 3),
        ("man", "man", "NOUN", "attr", n),
        ("to", "to", "PART", "aux", n + 7),
        ("be", "be", "AUX", "auxpass", n + 7),
        ("arrested", "arrest", "VERB", "relcl", n + 3),
        (".", ".", "PUNCT", "punct", n),
    ]


@pytest.mark.parametrize(
    ("subject", "events"),
    [
        ([("He", "he", "PRON", "nsubj", 0)], 1),
        ([("The", "the", "DET", "det", 0), ("major", "major", "NOUN", "nsubj", 0)], 1),
        ([("A", "a", "DET", "det", 0), ("farmer", "farmer", "NOUN", "nsubj", 0)], 2),
    ],
)
def test_he_is_the_second_man_to_be_arrested_recaps_the_happening_told_before(
    subject: list[Row], events: int
) -> None:
    text, analysis = parse(
        [ARRESTED_A_MAJOR, OFFICIALS_MET, second_to_be_arrested(subject)], sep="\n\n"
    )
    assert len(run(text, analysis)) == events


# "The ministry detained two men ." after a paragraph naming the Interior Ministry
MINISTRY_NAMED: list[Row] = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("met", "meet", "VERB", "root", 1),
    ("the", "the", "DET", "det", 4),
    ("Interior", "Interior", "PROPN", "compound", 4),
    ("Ministry", "Ministry", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
THE_MINISTRY_DETAINED: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("ministry", "ministry", "NOUN", "nsubj", 2),
    ("detained", "detain", "VERB", "root", 2),
    ("two", "two", "NUM", "nummod", 4),
    ("men", "man", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_the_ministry_is_the_ministry_named_before() -> None:
    # "the ministry" as a clause's subject stands for the organisation named before whose
    # name has that word: the act's actor, as the name would be
    text, analysis = parse([MINISTRY_NAMED, THE_MINISTRY_DETAINED], sep="\n\n")
    at = text.index("Interior Ministry")
    ministry = Entity("o1", "ORG", "Interior Ministry", mentions=[(at, at + 17)])
    (event,) = run(text, analysis, entities=[ministry])
    assert event.actors == ["o1"]
    court = Entity("o1", "ORG", "Supreme Court", mentions=[(at, at + 17)])
    (event,) = run(text, analysis, entities=[court])
    assert event.actors == []  # no organisation of that word: no antecedent
    a_ministry = [("A", "a", "DET", "det", 1), *THE_MINISTRY_DETAINED[1:]]
    text, analysis = parse([MINISTRY_NAMED, a_ministry], sep="\n\n")
    (event,) = run(text, analysis, entities=[ministry])
    assert event.actors == []  # "a ministry" is another one
