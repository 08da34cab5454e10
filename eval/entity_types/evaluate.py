"""Entity-type accuracy of the whole pipeline on the seed article and the examples.

    .venv/bin/python eval/entity_types/evaluate.py [--errors] [NAME|PATH ...]

Runs :func:`dossier.extract` on every document of ``gold.yaml`` (the seed is read
from ``../shared/seeds/``, skipped with a message when absent; feed and JSON-lines
items are taken in the order the acquire stage yields them) and prints:

- ``type_accuracy``: of the gold entities found, the share whose entity has an
  acceptable type. A gold surface form is found when an entity's mention covers one
  of its occurrences (whole words); the tightest covering mention decides.
- ``recall``: gold entities found / gold entities.
- ``spurious``: must-not surface forms (furniture, headings, common words) that are
  the exact text of some entity's mention.
- ``split``: name-variant groups of one document that did not end up in one entity.
- ``names``: of the ``names:`` entries (a surface form -> the canonical name its entity
  must carry; issue 10's families files), the share whose covering entity has that name.

``families.yaml``, ``families_dev2.yaml``, ``families_dev3.yaml`` and ``families_dev4.yaml``
(development; dev4 written in round 4 and scored first with round 3's rules),
``families_heldout.yaml`` (held out in the first round, then tuned on) and
``families_heldout2.yaml`` (never tuned on) are issue 10's names families, with the later
development sets ``families_dev5.yaml`` to ``families_dev22.yaml`` (dev22 written in round 24)
(eval/GUIDELINES.md "## Names"); without arguments only ``gold.yaml`` is scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dossier.acquire.inputs import iter_inputs  # noqa: E402
from dossier.models import Entity, Extraction, RawDocument  # noqa: E402
from dossier.verbs import extract  # noqa: E402

GOLD = Path(__file__).with_name("gold.yaml")
GOLD_FILES = {
    "gold": GOLD,
    "families": GOLD.with_name("families.yaml"),
    "families_heldout": GOLD.with_name("families_heldout.yaml"),
    "families_dev2": GOLD.with_name("families_dev2.yaml"),
    "families_dev3": GOLD.with_name("families_dev3.yaml"),
    "families_dev4": GOLD.with_name("families_dev4.yaml"),
    "families_dev5": GOLD.with_name("families_dev5.yaml"),
    "families_dev6": GOLD.with_name("families_dev6.yaml"),
    "families_dev7": GOLD.with_name("families_dev7.yaml"),
    "families_dev8": GOLD.with_name("families_dev8.yaml"),
    "families_dev9": GOLD.with_name("families_dev9.yaml"),
    "families_dev10": GOLD.with_name("families_dev10.yaml"),
    "families_dev11": GOLD.with_name("families_dev11.yaml"),
    "families_dev12": GOLD.with_name("families_dev12.yaml"),
    "families_dev13": GOLD.with_name("families_dev13.yaml"),
    "families_dev14": GOLD.with_name("families_dev14.yaml"),
    "families_dev15": GOLD.with_name("families_dev15.yaml"),
    "families_dev16": GOLD.with_name("families_dev16.yaml"),
    "families_dev17": GOLD.with_name("families_dev17.yaml"),
    "families_dev18": GOLD.with_name("families_dev18.yaml"),
    "families_dev19": GOLD.with_name("families_dev19.yaml"),
    "families_dev20": GOLD.with_name("families_dev20.yaml"),
    "families_dev21": GOLD.with_name("families_dev21.yaml"),
    "families_dev22": GOLD.with_name("families_dev22.yaml"),
    "families_heldout2": GOLD.with_name("families_heldout2.yaml"),
}


@dataclass(slots=True)
class Result:
    gold: int = 0
    found: int = 0
    correct: int = 0
    spurious: int = 0
    groups: int = 0
    split: int = 0
    documents: int = 0
    names: int = 0
    names_ok: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {
            "type_accuracy": round(self.correct / max(self.found, 1), 4),
            "recall": round(self.found / max(self.gold, 1), 4),
            "spurious": float(self.spurious),
            "split": float(self.split),
            "gold": float(self.gold),
            "documents": float(self.documents),
            "names": round(self.names_ok / max(self.names, 1), 4),
        }


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["documents"])


def _extractions(spec: dict[str, Any]) -> Extraction | str:
    """The extraction of one gold document, or why it was skipped."""
    path = (ROOT / spec["file"]).resolve()
    if not path.exists():
        return f"{spec['file']}: absent, skipped"
    if "item" not in spec:
        return extract(str(path))
    raws = [r for r in iter_inputs([str(path)]) if isinstance(r, RawDocument)]
    return extract(raws[int(spec["item"]) - 1])


def _occurrences(text: str, surface: str) -> Iterator[tuple[int, int]]:
    pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
    for match in pattern.finditer(text):
        yield match.start(), match.end()


def covering(extraction: Extraction, surface: str) -> Entity | None:
    """The entity whose mention covers an occurrence of ``surface`` most tightly."""
    best: tuple[int, Entity] | None = None
    for start, end in _occurrences(extraction.document.text, surface):
        for entity in extraction.entities:
            for m_start, m_end in entity.mentions:
                if m_start <= start and end <= m_end:
                    width = m_end - m_start
                    if best is None or width < best[0]:
                        best = (width, entity)
    return best[1] if best else None


def _named(entity: Entity, want: str) -> bool:
    """The entity carries ``want`` as its name, or a gazetteer's or registry's Latin name
    with ``want`` among its aliases (eval/GUIDELINES.md "## Names")."""
    if entity.name == want:
        return True
    return not re.search(r"[А-Яа-яЁё]", entity.name) and want in entity.aliases


def score_document(spec: dict[str, Any], extraction: Extraction, result: Result) -> None:
    name = spec["file"] + (f"#{spec['item']}" if "item" in spec else "")
    text = extraction.document.text
    for surface, kinds in (spec.get("entities") or {}).items():
        accepted = [kinds] if isinstance(kinds, str) else list(kinds)
        result.gold += 1
        entity = covering(extraction, str(surface))
        if entity is None:
            result.errors.append(f"{name}: missed {surface!r} ({'/'.join(accepted)})")
            continue
        result.found += 1
        if entity.type in accepted:
            result.correct += 1
        else:
            result.errors.append(
                f"{name}: {surface!r} typed {entity.type}, expected {'/'.join(accepted)}"
            )
    for surface in spec.get("not_entities") or []:
        for entity in extraction.entities:
            texts = {text[s:e].strip().casefold() for s, e in entity.mentions}
            if str(surface).casefold() in texts:
                result.spurious += 1
                result.errors.append(f"{name}: spurious {surface!r} ({entity.type})")
                break
    for surface, want in (spec.get("names") or {}).items():
        result.names += 1
        entity = covering(extraction, str(surface))
        if entity is not None and _named(entity, str(want)):
            result.names_ok += 1
        else:
            got = entity.name if entity is not None else None
            result.errors.append(f"{name}: {surface!r} named {got!r}, expected {want!r}")
    for group in spec.get("same") or []:
        result.groups += 1
        ids = {id(e) if e else None for e in (covering(extraction, str(s)) for s in group)}
        if len(ids) != 1 or None in ids:
            result.split += 1
            result.errors.append(f"{name}: not one entity: {group}")


def evaluate(gold: Path = GOLD) -> Result:
    result = Result()
    for spec in load_gold(gold):
        extraction = _extractions(spec)
        if isinstance(extraction, str):
            result.skipped.append(extraction)
            continue
        result.documents += 1
        score_document(spec, extraction, result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every mistake")
    parser.add_argument("files", nargs="*", default=["gold"], help="names of GOLD_FILES or paths")
    args = parser.parse_args()
    for file in args.files:
        result = evaluate(GOLD_FILES.get(file) or Path(file))
        print(f"== {file}")
        for message in result.skipped:
            print(f"skipped: {message}")
        if args.errors:
            for error in result.errors:
                print(error)
        print(json.dumps(result.figures(), indent=2))


if __name__ == "__main__":
    main()
