"""Types decided from evidence: the publisher, headings, institutions, hyphenated towns."""

from __future__ import annotations

from dossier.models import Citation, Entity, Mention
from dossier.packs import get_pack
from dossier.resolve import resolve_document


def _resolve(
    text: str,
    tagged: list[tuple[str, str]],
    citations: list[Citation] | None = None,
    publisher: str | None = None,
) -> list[Entity]:
    mentions, cursor = [], 0
    for surface, label in tagged:
        start = text.index(surface, cursor)
        mentions.append(Mention(start, start + len(surface), surface, label, "test"))
        cursor = start + len(surface)  # the next mention after this one, not inside it

    def outlets(name: str) -> tuple[str, str] | None:
        return ("fergana-news", "Fergana") if name == "Fergana" else None

    pack = get_pack("recruitment")
    return resolve_document(
        text, "en", mentions, citations or [], pack, outlets, publisher=publisher
    )


def _type(entities: list[Entity], surface: str, text: str) -> str | None:
    for entity in entities:
        if any(text[a:b] == surface for a, b in entity.mentions):
            return entity.type
    return None


def test_site_names_headings_and_institutions() -> None:
    text = (
        "# Explainer: courts at home\n\n"
        "Records reviewed by Steppe Monitor show it. Hemil Mangukiya, 23, died near "
        "Donetsk. The Kyrgyz Embassy in Moscow warned Kyrgyz citizens. "
        "Mosques were raided in the Khatlon region."
    )
    tagged = [
        ("Explainer", "PERSON"),
        ("Steppe Monitor", "PERSON"),
        ("Hemil Mangukiya", "ORG"),
        ("Donetsk", "GPE"),
        ("Kyrgyz Embassy", "ORG"),
        ("Moscow", "GPE"),
        ("Kyrgyz", "NORP"),
        ("Mosques", "PERSON"),
        ("Khatlon", "ORG"),
    ]
    entities = _resolve(text, tagged)
    assert _type(entities, "Explainer", text) is None
    assert _type(entities, "Mosques", text) is None
    assert _type(entities, "Steppe Monitor", text) == "OUTLET"
    assert _type(entities, "Hemil Mangukiya", text) == "PERSON"
    assert _type(entities, "Kyrgyz Embassy", text) == "ORG"
    assert _type(entities, "Kyrgyz", text) == "GROUP"  # a nationality joins no longer name
    assert _type(entities, "Khatlon region", text) == "PLACE"  # issue 10: with its word


def test_publisher_and_outlet_names_that_are_places() -> None:
    text = (
        "Courts in the Tashkent and Fergana regions of Uzbekistan ruled. "
        "Migrants complained (Fergana, May 2). Eurasia Team wrote it."
    )
    tagged = [("Tashkent", "GPE"), ("Fergana", "GPE"), ("Uzbekistan", "GPE")]
    tagged += [("Eurasia Team", "PERSON")]
    entities = _resolve(text, tagged, publisher="Eurasia Team")
    assert _type(entities, "Fergana", text) == "PLACE"  # no citation names this one
    assert _type(entities, "Eurasia Team", text) == "OUTLET"
    start = text.index("(Fergana")
    cited = [Citation("c1", "Fergana", "parenthetical", start, text.index(")", start) + 1)]
    entities = _resolve(text, tagged[1:2] + tagged[2:3], cited)
    assert "OUTLET" in {e.type for e in entities if e.name == "Fergana"}


def test_hyphenated_town_laws_and_headlines() -> None:
    text = (
        "Revocable Passports and Raids Across Russia\n\n"
        "He left for Rostov-on-Don. The Federal Law on Citizenship took effect in Russia."
    )
    tagged = [
        ("Revocable Passports", "ORG"),
        ("Russia", "GPE"),
        ("Rostov", "PERSON"),
        ("Don", "PERSON"),
        ("Federal Law on Citizenship", "ORG"),
        ("Russia", "GPE"),
    ]
    entities = _resolve(text, tagged)
    assert _type(entities, "Rostov-on-Don", text) == "PLACE"
    assert _type(entities, "Don", text) is None
    assert _type(entities, "Revocable Passports", text) is None
    assert _type(entities, "Federal Law on Citizenship", text) is None


def test_russian_case_forms_and_surname_join_one_person() -> None:
    text = (
        "Суд отменил приговор Аскару Кубанычбек уулу. Аскар Кубанычбек уулу был задержан. "
        "Кубанычбек уулу подписал контракт с «Вагнером»."
    )
    tagged = [
        ("Аскару Кубанычбек уулу", "PER"),
        ("Аскар Кубанычбек уулу", "PER"),
        ("Кубанычбек уулу", "PER"),
        ("Вагнером", "ORG"),
    ]
    entities = _resolve(text, tagged)
    people = [e for e in entities if e.type == "PERSON"]
    assert len(people) == 1 and len(people[0].mentions) == 3
    assert _type(entities, "Вагнером", text) == "ORG"


def test_a_wire_datelines_credit_is_an_outlet() -> None:
    text = (
        "Police arrest recruiters\n\n"
        "COLOMBO, May 9 (South Asia Wire) - Police arrested two recruiters on Wednesday.\n\n"
        "NEW DELHI (Delhi Briefing) — The ministry said more men were missing."
    )
    tagged = [("COLOMBO", "GPE"), ("South Asia", "LOC"), ("Delhi Briefing", "PERSON")]
    entities = _resolve(text, tagged)
    assert _type(entities, "South Asia Wire", text) == "OUTLET"
    assert _type(entities, "Delhi Briefing", text) == "OUTLET"
    assert _type(entities, "COLOMBO", text) == "PLACE"
