from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import PackError
from dossier.packs import get_pack
from dossier.resolve.gazetteer import Gazetteer, geonames_file_places, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return get_gazetteer(get_pack("recruitment"))


def test_cities_in_both_scripts_and_pack_places(gazetteer) -> None:  # type: ignore[no-untyped-def]
    bishkek = gazetteer.lookup("Bishkek")
    assert bishkek is not None and bishkek.country == "KG"
    assert gazetteer.lookup("Бишкек") == bishkek
    molkino = gazetteer.lookup("Molkino")
    assert molkino is not None and molkino.country == "RU" and molkino.source == "pack"
    assert gazetteer.lookup("Krasnodar region").name == "Krasnodar Krai"
    assert gazetteer.lookup("Kabanov") is None


def test_airport_codes_name_no_city(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # GeoNames lists airport codes among a city's names; in news such capitals are
    # institutions (the MVD, the GRU, RIA Novosti, the CID)
    for code in ("MVD", "GRU", "RIA", "CID", "DXB"):
        assert gazetteer.lookup(code) is None, code
    assert gazetteer.lookup("Montevideo") is not None


def test_countries_by_their_russian_names(gazetteer) -> None:  # type: ignore[no-untyped-def]
    for russian, english in (("Шри-Ланка", "Sri Lanka"), ("Кения", "Kenya"), ("Непал", "Nepal")):
        place = gazetteer.lookup(russian)
        assert place is not None and place.name == english and place.kind == "country"


def test_ambiguous_names_follow_the_document_countries(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.lookup("Moscow").country == "RU"
    assert gazetteer.lookup("Moscow", ["US"]).country == "US"


def test_fuzzy_lookup_folds_romanisation(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.lookup("Bishkék") is None
    assert gazetteer.lookup("Bishkék", fuzzy=True).country == "KG"


def test_a_geonames_file_adds_villages(tmp_path: Path) -> None:
    row = [
        "9999001", "Kara-Suu Village", "Kara-Suu Village", "Карасуу-Айыл", "40.7", "72.8",
        "P", "PPL", "KG", "", "", "", "", "", "120", "", "", "Asia/Bishkek", "2023-01-01",
    ]  # fmt: skip
    path = tmp_path / "KG.txt"
    path.write_text("\t".join(row) + "\n", encoding="utf-8")
    gazetteer = Gazetteer()
    for place, names in geonames_file_places(path):
        gazetteer.add(place, names)
    found = gazetteer.lookup("Карасуу-Айыл")
    assert found is not None and found.id == "geonames:9999001" and found.country == "KG"
    with pytest.raises(PackError):
        get_gazetteer(None, geonames_path=str(tmp_path / "missing.txt"))


def test_regions_of_the_war_and_of_recruitment_in_both_languages(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # "killed in the Kharkiv region" and "погиб в Харьковской области" are one place on the map
    for english, russian in (
        ("Kharkiv region", "Харьковская область"),
        ("Rostov region", "Ростовская область"),
        ("Moscow region", "Подмосковье"),
        ("Issyk-Kul region", "Иссык-Кульская область"),
        ("Fergana region", "Ферганская область"),
        ("Kerala", "Керала"),
    ):
        place = gazetteer.lookup(english)
        assert place is not None and place.kind == "region", english
        assert gazetteer.lookup(russian) == place, russian
