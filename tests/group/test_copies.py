"""Copy grouping (dossier.group.copies) on small hand-built extractions: no NLP models."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from dossier.group import copies
from dossier.group.copies import (
    CopyJudgement,
    Fingerprint,
    blocking_keys,
    copy_score,
    fingerprint,
    group_copies,
    is_copy,
)
from dossier.models import Article, Citation, Entity, Extraction, Geo, Quantity, Timex

BISHKEK = Geo(42.87, 74.59, "KG")

STORY = """Kyrgyz top court throws out verdict against man who fought for Russia

BISHKEK (AP) — Kyrgyzstan's Supreme Court on Wednesday overturned the 10-year sentence of \
Askar Kubanychbek-uulu, convicted of fighting as a mercenary for Russia, and ordered a new trial.

He was detained in January 2023 and signed a contract in June 2022, according to court \
documents. The court's press service said the hearing was held on Aug. 30 in Bishkek.

"The verdict has been canceled and the case returned for a new hearing," the press service said.

Kirill Kabanov wrote on Aug. 1 that Russia must use all possible pressure mechanisms. About \
7 million people live in the country, and an estimated 1 million of them work in Russia.

A lawyer said 93 recruits from the region had died and 3,100 dollars a month was promised."""

RUSSIAN = """Верховный суд отменил приговор воевавшему за Россию

Бишкек (AP) — Верховный суд Кыргызстана в среду отменил приговор к 10 годам Аскару Кубанычбек \
уулу, осуждённому за участие в войне на стороне России, и назначил новое рассмотрение дела.

Его задержали в январе 2023 года, а контракт он подписал в июне 2022 года, говорится в \
документах суда. Заседание прошло 30 августа в Бишкеке, сообщила пресс-служба суда.

«Приговор отменён, дело направлено на новое рассмотрение», — заявила пресс-служба суда.

Кирилл Кабанов 1 августа написал, что Россия должна использовать все механизмы давления. В \
стране живут около 7 миллионов человек, около 1 миллиона из них работают в России.

Адвокат сообщил, что погибли 93 завербованных из региона, а обещали 3100 долларов в месяц."""

INDEPENDENT = """Kyrgyz court orders retrial for man who fought for Russia

BISHKEK -- The retrial of Askar Kubanychbek-uulu will be held at a district court, his \
relatives told reporters, after the Supreme Court annulled his 10-year term on Aug. 30.

His family said he worked at a film studio in Moscow and went to Luhansk in 2022 for a \
passport. Prosecutors said he was paid 180,000 rubles a month; the family says 120,000.

Rights defenders count 40 Kyrgyz citizens killed since February 2022. "This is politics," a \
lawyer said. Officials say 22 families have asked the ministry for help, and 5 cases are open."""


def _span(text: str, piece: str) -> tuple[int, int]:
    at = text.index(piece)
    return at, at + len(piece)


def _extraction(doc_id: str, text: str, language: str, published: str | None) -> Extraction:
    """Records as the pipeline would give them, found by simple patterns (enough for tests)."""
    article = Article(id=doc_id, text=text, language=language, published=published)
    quantities = [
        Quantity(m.start(), m.end(), m.group(), float(m.group().replace(",", "")), None)
        for m in re.finditer(r"\d[\d,]*(?!\d)", text)
        if not re.match(r"(?:19|20)\d\d$", m.group())  # years are dates, not quantities
    ]
    timexes = [
        Timex(m.start(), m.end(), m.group(), "DATE", value, anchored=True)
        for pattern, value in (
            (r"Aug\. 30|30 августа", "2023-08-30"),
            (r"Aug\. 1\b|1 августа", "2023-08-01"),
            (r"January 2023|январе 2023 года", "2023-01"),
            (r"Wednesday|в среду", "2023-08-30"),
        )
        for m in re.finditer(pattern, text)
    ]
    quantities = [q for q in quantities if not any(t.start <= q.start < t.end for t in timexes)]
    people = (
        "Askar Kubanychbek-uulu",
        "Аскару Кубанычбек уулу",
        "Kirill Kabanov",
        "Кирилл Кабанов",
    )
    entities = [
        Entity(f"{doc_id}-p{i}", "PERSON", name, mentions=[_span(text, name)])
        for i, name in enumerate(people)
        if name in text
    ]
    entities += [
        Entity(f"{doc_id}-g{i}", "PLACE", "Bishkek", mentions=[(m.start(), m.end())], geo=BISHKEK)
        for i, m in enumerate(re.finditer(r"BISHKEK|Бишкек", text))
    ]
    citations = [
        Citation(f"{doc_id}-q{i}", "press service", "quote", m.start(), m.end())
        for i, m in enumerate(re.finditer(r"[\"«][^\"»]+[\"»]", text))
    ]
    return Extraction(article, entities, timexes, quantities, citations)


def _fp(doc_id: str, text: str, language: str = "en", published: str | None = None) -> Fingerprint:
    return fingerprint(_extraction(doc_id, text, language, published))


REPOST = (
    "Verdict against Kyrgyz man thrown out | World Desk\n\nBy AP staff\n\n"
    + STORY.split("\n\n", 1)[1]
    + "\n\nThis story was provided by The Associated Press.\n\nRelated: Central Asia and the war"
)
SPUN = (
    STORY.replace("overturned", "annulled")
    .replace("ordered a new trial", "sent the case for a fresh trial")
    .replace("convicted of", "found guilty of")
    .replace("according to court documents", "court papers show")
    .replace("must use", "should employ")
    .replace("live in the country", "reside in the republic")
    .replace("work in Russia", "are employed in Russia")
    .replace("was promised", "had been offered")
)


def test_fingerprint_round_trips_through_json() -> None:
    fp = _fp("a", STORY, published="2023-08-30")
    data = json.loads(json.dumps(fp.to_json()))
    assert Fingerprint.from_json(data) == fp


def test_facts_survive_script_and_drop_relative_days() -> None:
    english, russian = _fp("en", STORY), _fp("ru", RUSSIAN, "ru")
    assert "p:kubanichbek" in english.facts and "p:kubanichbek" in russian.facts
    assert "d:08-30" in english.facts and "d:08-30" in russian.facts  # the year is dropped
    assert "g:42.9,74.6" in english.facts and "g:42.9,74.6" in russian.facts
    assert "n:3100" in english.facts and "n:3100" in russian.facts
    # "Wednesday" comes from the document date alone: each copy would read it differently
    assert english.facts.count("d:08-30") == 1
    assert english.quotes and russian.quotes


def test_a_repost_with_its_own_furniture_is_a_copy() -> None:
    a, b = _fp("a", STORY), _fp("b", REPOST)
    assert copies.compare(a, b).containment > 0.8
    assert is_copy(a, b)
    assert blocking_keys(a) & blocking_keys(b)


def test_a_spun_rewrite_is_a_copy() -> None:
    a, b = _fp("a", STORY), _fp("b", SPUN)
    assert copies.compare(a, b).containment < 0.8
    assert is_copy(a, b)


def test_a_translation_is_a_copy_and_shares_a_blocking_key() -> None:
    a, b = _fp("a", STORY), _fp("b", RUSSIAN, "ru")
    assert copies.compare(a, b).containment == 0.0
    assert copy_score(a, b) >= copies.THRESHOLD
    assert {k for k in blocking_keys(a) & blocking_keys(b) if k.startswith("f:")}


def test_an_independent_report_of_the_same_event_is_not_a_copy() -> None:
    independent = _fp("c", INDEPENDENT)
    assert not is_copy(_fp("a", STORY), independent)
    assert not is_copy(_fp("b", RUSSIAN, "ru"), independent)


def test_too_few_facts_cannot_make_a_translation() -> None:
    a = _fp("a", "Officials met in the capital on Wednesday to discuss the situation. " * 5)
    b = _fp("b", "Чиновники встретились в столице в среду, чтобы обсудить ситуацию. " * 5, "ru")
    assert not copies.compare(a, b).enough_facts
    assert copy_score(a, b) == 0.0


def test_groups_pick_the_earliest_then_longest_original() -> None:
    fps = [
        _fp("b-repost", REPOST, published="2023-08-31"),
        _fp("a-wire", STORY, published="2023-08-30"),
        _fp("c-ru", RUSSIAN, "ru", published="2023-08-30"),
        _fp("d-spun", SPUN, published=None),  # undated: cannot show it came first
        _fp("e-other", INDEPENDENT, published="2023-08-29"),
    ]
    (group,) = group_copies(fps)
    assert group.original == "a-wire"  # tied with c-ru on the day, and longer
    assert group.id == "copies:a-wire"
    assert group.documents == ("a-wire", "b-repost", "c-ru", "d-spun")


def test_an_undated_group_takes_the_longest() -> None:
    fps = [_fp("x", STORY), _fp("y", REPOST)]
    (group,) = group_copies(fps)
    assert group.original == max(fps, key=lambda fp: fp.words).document_id


def test_merge_and_split_judgements_apply_every_time() -> None:
    fps = [_fp("a", STORY), _fp("b", REPOST), _fp("c", SPUN), _fp("d", INDEPENDENT)]
    assert [set(g.documents) for g in group_copies(fps)] == [{"a", "b", "c"}]
    merged = group_copies(fps, [CopyJudgement("merge", "d", "a")])
    assert [set(g.documents) for g in merged] == [{"a", "b", "c", "d"}]
    # a split wins even though b links a and c through the chain a-b-c
    split = group_copies(fps, [CopyJudgement("split", "a", "c")])
    assert all(not {"a", "c"} <= set(g.documents) for g in split)
    assert sorted(len(g.documents) for g in split) == [2]
    both = group_copies(fps, [CopyJudgement("merge", "a", "d"), CopyJudgement("split", "a", "d")])
    assert all(not {"a", "d"} <= set(g.documents) for g in both)


def test_judgements_on_unknown_documents_are_ignored() -> None:
    fps = [_fp("a", STORY), _fp("b", REPOST)]
    groups = group_copies(fps, [CopyJudgement("merge", "a", "zzz")])
    assert [set(g.documents) for g in groups] == [{"a", "b"}]


def test_singletons_are_not_groups() -> None:
    assert group_copies([_fp("a", STORY), _fp("d", INDEPENDENT)]) == []
    assert group_copies([]) == []


def test_oversized_blocks_make_no_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copies, "MAX_BLOCK", 1)
    assert copies.candidate_pairs([_fp("a", STORY), _fp("b", REPOST)]) == set()


def test_signature_of_nothing_is_similar_to_nothing() -> None:
    empty = replace(_fp("a", STORY), minhash=copies.minhash.EMPTY, shingles=0)
    assert copies.compare(empty, _fp("b", STORY)).containment == 0.0
