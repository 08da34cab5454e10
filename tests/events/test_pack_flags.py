"""A type's behaviour comes from its flags in events.yaml: a type defined only in a pack
folder of our own gets a rule with no code change (hand-built parses, no NLP model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier.events import find_events
from dossier.models import Analysis, Article, Entity, Event
from dossier.packs import get_pack

from .test_find import Row, parse

# "Guards beat Ali after they robbed Bek ." : two clauses of one new type in one sentence.
BEAT_AFTER_ROBBED: list[Row] = [
    ("Guards", "guard", "NOUN", "nsubj", 1),
    ("beat", "beat", "VERB", "root", 1),
    ("Ali", "Ali", "PROPN", "dobj", 1),
    ("after", "after", "SCONJ", "mark", 5),
    ("they", "they", "PRON", "nsubj", 5),
    ("robbed", "rob", "VERB", "advcl", 1),
    ("Bek", "Bek", "PROPN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]
# "Police held 30 men during a sweep ." : a noun of the new type in a during-phrase.
HELD_DURING_SWEEP: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("held", "hold", "VERB", "root", 1),
    ("30", "30", "NUM", "nummod", 3),
    ("men", "man", "NOUN", "dobj", 1),
    ("during", "during", "ADP", "prep", 1),
    ("a", "a", "DET", "det", 6),
    ("sweep", "sweep", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
# "Activists criticised men who urged others to enlist ." : the new speech type in a
# relative clause, not the sentence's own assertion.
MEN_WHO_URGED: list[Row] = [
    ("Activists", "activist", "NOUN", "nsubj", 1),
    ("criticised", "criticise", "VERB", "root", 1),
    ("men", "man", "NOUN", "dobj", 1),
    ("who", "who", "PRON", "nsubj", 4),
    ("urged", "urge", "VERB", "relcl", 2),
    ("others", "other", "NOUN", "dobj", 4),
    ("to", "to", "PART", "aux", 7),
    ("enlist", "enlist", "VERB", "xcomp", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def events_with(tmp_path: Path, flags: dict[str, object], rows: list[Row]) -> list[Event]:
    """The events of one hand-parsed sentence under a pack whose only types are ours."""
    types = {
        "abuse": {"definition": "Guards beat or rob.", "triggers": {"en": ["beat", "rob"]}},
        "sweep": {"definition": "A police sweep.", "triggers": {"en": ["sweep/NOUN"]}},
        "appeal": {"definition": "Someone urges others.", "triggers": {"en": ["urge"]}},
    }
    for name, spec in types.items():
        spec.update(flags.get(name, {}))  # type: ignore[call-overload]
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text("name: flags\n", encoding="utf-8")
    (folder / "events.yaml").write_text(yaml.safe_dump({"types": types}), encoding="utf-8")
    text, analysis = parse([rows])
    return find_events(_article(text), analysis, [], [], [], _people(text, analysis),
                       get_pack(str(folder)))  # fmt: skip


def _article(text: str) -> Article:
    return Article(id="t", text=text, language="en", published="2024-03-01")


def _people(text: str, analysis: Analysis) -> list[Entity]:
    names = [t for t in analysis.tokens if t.pos == "PROPN"]
    return [
        Entity(f"e{n}", "PERSON", t.text, mentions=[(t.start, t.end)]) for n, t in enumerate(names)
    ]


@pytest.mark.parametrize(("flag", "expected"), [(False, 2), (True, 1)])
def test_one_per_sentence_comes_from_the_pack(tmp_path: Path, flag: bool, expected: int) -> None:
    events = events_with(tmp_path, {"abuse": {"one_per_sentence": flag}}, BEAT_AFTER_ROBBED)
    assert [e.type for e in events] == ["abuse"] * expected


@pytest.mark.parametrize(("flag", "expected"), [(False, []), (True, ["sweep"])])
def test_during_phrase_comes_from_the_pack(tmp_path: Path, flag: bool, expected: list[str]) -> None:
    events = events_with(tmp_path, {"sweep": {"during_phrase": flag}}, HELD_DURING_SWEEP)
    assert [e.type for e in events] == expected


@pytest.mark.parametrize(("flag", "expected"), [(False, ["appeal"]), (True, [])])
def test_main_clause_only_comes_from_the_pack(
    tmp_path: Path, flag: bool, expected: list[str]
) -> None:
    events = events_with(tmp_path, {"appeal": {"main_clause_only": flag}}, MEN_WHO_URGED)
    assert [e.type for e in events] == expected


# "Guards told Ali he would be beaten unless he paid ." : a threat told on a condition.
TOLD_UNLESS_PAID: list[Row] = [
    ("Guards", "guard", "NOUN", "nsubj", 1),
    ("told", "tell", "VERB", "root", 1),
    ("Ali", "Ali", "PROPN", "dobj", 1),
    ("he", "he", "PRON", "nsubjpass", 6),
    ("would", "would", "AUX", "aux", 6),
    ("be", "be", "AUX", "auxpass", 6),
    ("beaten", "beat", "VERB", "ccomp", 1),
    ("unless", "unless", "SCONJ", "mark", 9),
    ("he", "he", "PRON", "nsubj", 9),
    ("paid", "pay", "VERB", "advcl", 6),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(("then", "expected"), [(["enlist"], ["abuse"]), (["pay"], ["sweep"])])
def test_bargains_come_from_the_pack(tmp_path: Path, then: list[str], expected: list[str]) -> None:
    """A type's ``bargains``: the telling of a threat on the pack's condition is an event of
    that type, and what would follow (the beating) no event of its own."""
    bargain = {"en": {"told": ["tell"], "if": ["unless"], "then": then}}
    events = events_with(tmp_path, {"sweep": {"bargains": bargain}}, TOLD_UNLESS_PAID)
    assert [e.type for e in events] == expected
