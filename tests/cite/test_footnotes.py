from __future__ import annotations

from dossier.cite import OutletRegistry, find_citations

from .helpers import span_text, timex

TEXT = (
    "Transfers reached $2.7 billion in 2022.[1] A decline of 15 percent is expected.²\n\n"
    "References\n"
    "[1] Asia-Plus, “Remittances hit record”, January 25, 2023.\n"
    "² https://www.kommersant.ru/doc/5000000\n"
)


def test_markers_point_to_reference_entries(registry: OutletRegistry) -> None:
    timexes = [timex(TEXT, "January 25, 2023", "2023-01-25")]
    first, second = find_citations(TEXT, "en", timexes, [], registry)
    assert (first.source, first.source_entity, first.date) == (
        "Asia-Plus",
        "outlet:asiaplus",
        "2023-01-25",
    )
    assert span_text(TEXT, (first.start, first.end)) == "[1]"
    assert span_text(TEXT, first.supports[0]) == "Transfers reached $2.7 billion in 2022."
    assert (second.source, second.source_entity, second.date) == (
        "kommersant.ru",
        "outlet:kommersant",
        None,
    )


def test_undefined_markers_and_lone_numbered_lines_are_ignored(registry: OutletRegistry) -> None:
    text = "A claim.[3] Another claim.\n\n1. A numbered point at the end."
    assert find_citations(text, "en", [], [], registry) == []
