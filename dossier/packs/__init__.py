"""Domain packs: a topic's event types, trigger words, outlets and places, as data.

A pack is a folder of YAML files (``dossier/packs/<name>/``, or any folder given by
path). Each stage reads the file it owns through :meth:`Pack.load`:

- ``pack.yaml``      name, version, description
- ``events.yaml``    event types, definitions, trigger words per language (events stage)
- ``outlets.yaml``   outlet names, aliases and web domains (cite stage)
- ``gazetteer.yaml`` places the bundled gazetteer lacks (resolve stage)
- ``aliases.yaml``   organisations known by several names (resolve stage)
- ``acled.yaml``     the pack's event types as ACLED event and sub-event types (export)

Adding a topic is adding a folder; no code changes. Each file is checked against its JSON
Schema (``dossier/packs/schema/<file>.schema.json``) when it is loaded, so a misspelt key or
a wrong value stops the run with a :class:`PackError` naming the file and where in it the
problem is, instead of being silently ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import PackError

PACKS_DIR = Path(__file__).parent
SCHEMA_DIR = PACKS_DIR / "schema"


# eq=False: packs compare and hash by identity, so stages can cache per pack
# (get_pack returns one object per name).
@dataclass(slots=True, eq=False)
class Pack:
    name: str
    path: Path
    version: str = "0"
    description: str = ""
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def load(self, filename: str, default: Any = None) -> Any:
        """Parsed content of one YAML file of the pack, or ``default`` when absent."""
        if filename in self._cache:
            return self._cache[filename]
        path = self.path / filename
        if not path.exists():
            if default is not None:
                return default
            raise PackError(f"pack {self.name!r} has no {filename}")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise PackError(f"{path}: not valid YAML: {exc}") from exc
        if data is not None:  # an empty file is an empty section; its reader decides
            validate(data, filename, path)
        self._cache[filename] = data
        return data


@lru_cache(maxsize=8)
def get_pack(name_or_path: str = "recruitment") -> Pack:
    """The pack of that name (bundled) or at that path."""
    path = Path(name_or_path)
    if not path.is_dir():
        path = PACKS_DIR / name_or_path
    if not (path / "pack.yaml").exists():
        raise PackError(f"no domain pack {name_or_path!r} (looked for {path / 'pack.yaml'})")
    try:
        meta = yaml.safe_load((path / "pack.yaml").read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise PackError(f"{path / 'pack.yaml'}: not valid YAML: {exc}") from exc
    validate(meta, "pack.yaml", path / "pack.yaml")
    return Pack(
        name=str(meta.get("name", path.name)),
        path=path,
        version=str(meta.get("version", "0")),
        description=str(meta.get("description", "")),
    )


def validate(data: Any, filename: str, source: str | Path) -> None:
    """Raise :class:`PackError` when ``data``, the parsed pack file ``filename``, breaks its
    schema. The message names ``source`` and the path to the problem inside the file
    ("types/coercion"); a file with no schema passes."""
    validator = _validator(filename)
    if validator is None:
        return
    from jsonschema.exceptions import best_match

    error = best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise PackError(f"{source}: at {where}: {error.message}")


@lru_cache(maxsize=16)
def _validator(filename: str) -> Any:
    """The JSON Schema validator of one pack file name, or None when it has no schema."""
    path = SCHEMA_DIR / f"{Path(filename).stem}.schema.json"
    if not path.exists():
        return None
    from jsonschema import Draft202012Validator  # imported on first use, as in contract.py

    return Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))
