"""The seed article through `dossier extract`: what the pipeline must get right on it.

Later issues tighten this file toward the acceptance table in the design brief; the stage
test folders check their own parts of the seed in more detail.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dossier.contract import validate

pytestmark = pytest.mark.slow

Cli = Callable[..., subprocess.CompletedProcess[str]]
SEED = Path(__file__).resolve().parent.parent.parent / "shared/seeds/000_27fdb9fe6705f161.txt"


@pytest.fixture(scope="module")
def seed(cli: Cli) -> dict[str, Any]:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (it lives in the shared folder)")
    result = cli("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_output_validates_against_the_schema(seed: dict[str, Any]) -> None:
    validate(seed)
    assert seed["schema"] == "dossier.extraction/2"


def test_page_furniture_is_gone_and_nothing_else_changed(seed: dict[str, Any]) -> None:
    text = seed["document"]["text"]
    for furniture in ("Home > Internal Security >", "Post navigation", "Leave a Comment",
                      "Leave a Reply"):  # fmt: skip
        assert furniture not in text
    original = SEED.read_text(encoding="utf-8")
    # Plain text keeps its characters: every kept line is in the file, in order.
    assert original.find(text.strip()[:500]) >= 0
    assert (
        seed["document"]["title"]
        == "Russia Uses All Means to Recruit Central Asians for War in Ukraine"
    )
    assert seed["document"]["language"] == "en"


def test_the_year_is_inferred(seed: dict[str, Any]) -> None:
    document = seed["document"]
    assert document["published_basis"] == "inferred"
    assert document["published"].startswith("2023-09")


def test_entities_have_correct_offsets(seed: dict[str, Any]) -> None:
    text = seed["document"]["text"]
    names: dict[str, dict[str, Any]] = {}
    for entity in seed["entities"]:
        surfaces = {text[s:e] for s, e in entity["mentions"]}
        assert surfaces, entity
        for surface in surfaces:
            assert surface.strip() == surface and surface
        names[entity["name"]] = entity

    def find(surface: str) -> dict[str, Any]:
        for entity in seed["entities"]:
            if surface in {text[s:e] for s, e in entity["mentions"]}:
                return entity
        raise AssertionError(f"no entity mentioned as {surface!r}")

    for place in ("Bishkek", "Moscow", "Mariupol", "Molkino", "Sochi"):
        entity = find(place)
        assert entity["type"] == "PLACE", entity
        assert entity["geo"] is not None, entity
    assert find("Kirill Kabanov")["type"] == "PERSON"
    assert find("Kloop.kg")["type"] == "OUTLET"
    person = find("Askar Kubanychbek-uulu")
    assert person["type"] == "PERSON"
    surfaces = {text[s:e] for s, e in person["mentions"]}
    assert {"Kubanychbek-uulu", "Kubanychbek uulu"} <= surfaces


def test_dates_keep_their_precision(seed: dict[str, Any]) -> None:
    values = {t["text"]: t["value"] for t in seed["timexes"]}
    assert values["August 30"] == "2023-08-30"
    assert values["January 2023"] == "2023-01"
    assert values["June 2022"] == "2022-06"
    assert any(v == "2022-FA" for v in values.values())
