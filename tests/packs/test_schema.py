"""Pack files are checked against their JSON Schemas when loaded (``dossier/packs/schema``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from dossier.errors import PackError
from dossier.events import compile_lexicon, load_lexicon
from dossier.packs import PACKS_DIR, SCHEMA_DIR, get_pack

FILES = ["pack.yaml", "events.yaml", "outlets.yaml", "gazetteer.yaml", "aliases.yaml", "acled.yaml"]
EVENTS = {
    "types": {
        "abuse": {
            "definition": "Guards beat or rob detainees.",
            "one_per_sentence": True,
            "triggers": {"en": ["beat", "rob/VERB"]},
        }
    }
}


def make_pack(folder: Path, **files: object) -> Path:
    """A pack folder with a pack.yaml and the given files (name with '_' for '.')."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text("name: test\nversion: '1'\n", encoding="utf-8")
    for name, data in files.items():
        text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", FILES)
def test_every_schema_is_a_valid_json_schema(name: str) -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((SCHEMA_DIR / f"{Path(name).stem}.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", FILES)
def test_the_bundled_pack_passes_its_schemas(name: str) -> None:
    pack = get_pack(str(PACKS_DIR / "recruitment"))
    assert pack.load(name)


def test_a_valid_pack_of_our_own_passes(tmp_path: Path) -> None:
    pack = get_pack(str(make_pack(tmp_path, events_yaml=EVENTS)))
    lexicon = load_lexicon(pack)
    assert lexicon.types["abuse"].one_per_sentence
    assert not lexicon.types["abuse"].main_clause_only


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        ({"one_per_sentance": True}, "types/abuse", "'one_per_sentance' was unexpected"),
        ({"one_per_sentence": "yes"}, "types/abuse/one_per_sentence", "not of type 'boolean'"),
        ({"triggers": {"en": ["beat/VERBB"]}}, "types/abuse/triggers/en/0", "does not match"),
        ({"triggers": {"english": ["beat"]}}, "types/abuse/triggers", "does not match"),
        ({"definition": ""}, "types/abuse/definition", "should be non-empty"),
    ],
)
def test_a_malformed_events_file_names_the_file_and_the_place(
    tmp_path: Path, change: dict[str, object], where: str, words: str
) -> None:
    spec = {**EVENTS["types"]["abuse"], **change}
    pack = get_pack(str(make_pack(tmp_path, events_yaml={"types": {"abuse": spec}})))
    with pytest.raises(PackError) as caught:
        load_lexicon(pack)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'events.yaml'}: at {where}: "), message
    assert words in message


def test_a_type_without_a_definition_is_refused() -> None:
    with pytest.raises(PackError, match=r"at types/x: 'definition' is a required property"):
        compile_lexicon({"types": {"x": {"triggers": {"en": ["beat"]}}}})


def test_demanded_by_must_name_a_type_of_the_pack() -> None:
    data = {"types": {"x": {"definition": "X.", "demanded_by": ["nothing"]}}}
    with pytest.raises(PackError, match=r"at types/x/demanded_by: no such type: nothing"):
        compile_lexicon(data)


def test_a_malformed_gazetteer_is_refused_when_loaded(tmp_path: Path) -> None:
    places = {"places": [{"name": "Molkino", "lat": "north", "lon": 38.87}]}
    pack = get_pack(str(make_pack(tmp_path, gazetteer_yaml=places)))
    with pytest.raises(PackError, match=r"gazetteer\.yaml: at places/0/lat: 'north' is not"):
        pack.load("gazetteer.yaml")


def test_a_malformed_pack_yaml_is_refused(tmp_path: Path) -> None:
    make_pack(tmp_path)
    (tmp_path / "pack.yaml").write_text("name: test\nverison: '1'\n", encoding="utf-8")
    with pytest.raises(
        PackError, match=r"pack\.yaml: at \(top level\): .*'verison' was unexpected"
    ):
        get_pack(str(tmp_path))


def test_an_empty_file_is_left_to_its_reader(tmp_path: Path) -> None:
    pack = get_pack(str(make_pack(tmp_path, aliases_yaml="# nothing yet\n")))
    assert pack.load("aliases.yaml") is None
