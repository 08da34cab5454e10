"""Strip the gold annotations from the issue-10 family files, leaving only the texts.

Writes plain texts under eval/agreement/plain/ for a second annotator (see README.md):

- temporal: every `[[text|TYPE|value]]` becomes `text`; comment lines (`#`) are dropped;
  the `@ <date>` lines (the document dates) stay; documents are numbered `## doc N`.
- cite: per passage only id, language, anchor (document date) and text.
- entity_types: per document only the file name and the file's text.
- names: the pairs of names/gold.yaml (positive and negative) in a fixed shuffled order,
  without their label.
- happenings: per story file of eval/happenings/dev8/ a YAML file with the story id and its
  documents (id, language, published, outlet, title, text) only. The mentions and ignore
  lists are never copied and never printed: only the `story` and `documents` keys are read
  out of each loaded file, so the second annotator can write the mentions in the gold's own
  format around the same documents.

Run: .venv/bin/python eval/agreement/strip.py
"""

import itertools
import random
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "plain"
TIMEX = re.compile(r"\[\[([^|\]]*)\|[^\]]*\]\]")
HAPPENINGS = ["dev8"]  # eval/happenings/<set>/, development sets only (never a held-out one)
DOC_KEYS = ("id", "language", "published", "outlet", "title", "text")
TEMPORAL = [
    "english_families",
    "english_families_heldout",
    "russian_families",
    "russian_families_heldout",
]


def strip_timex(text: str) -> str:
    out = TIMEX.sub(lambda m: m.group(1), text)
    assert "[[" not in out and "]]" not in out, "unstripped markup"
    return out


def temporal(name: str) -> str:
    lines, n = [], 0
    for line in (ROOT / "eval/temporal" / f"{name}.txt").read_text().splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("@"):
            n += 1
            lines.append(f"## doc {n}")
        lines.append(strip_timex(line))
    return "\n".join(lines).strip() + "\n"


def cite(name: str) -> str:
    data = yaml.safe_load((ROOT / "eval/cite" / f"{name}.yaml").read_text())
    blocks = []
    for p in data["passages"]:
        blocks.append(f"## {p['id']} [{p['language']}] @ {p['anchor']}\n{p['text'].strip()}\n")
    return "\n".join(blocks)


def entities(name: str) -> str:
    data = yaml.safe_load((ROOT / "eval/entity_types" / f"{name}.yaml").read_text())
    blocks = []
    for d in data["documents"]:
        blocks.append(f"## {d['file']}\n{(ROOT / d['file']).read_text().strip()}\n")
    return "\n".join(blocks)


def name_pairs() -> str:
    data = yaml.safe_load((ROOT / "eval/names/gold.yaml").read_text())
    pairs = []
    for label in ("same", "different"):
        for etype, groups in data[label].items():
            for group in groups:
                for a, b in itertools.combinations(group, 2):
                    pairs.append((etype, a, b))
    random.Random(10).shuffle(pairs)
    return "".join(f"{i}\t{t}\t{a}\t{b}\n" for i, (t, a, b) in enumerate(pairs))


class _Literal(str):
    """A text written as a YAML block (``|``), so the plain file reads like the article."""


def _literal(dumper: yaml.SafeDumper, data: _Literal) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")


yaml.add_representer(_Literal, _literal, Dumper=yaml.SafeDumper)


def happenings(path: Path) -> str:
    """One story file of a happenings set, reduced to its story id and documents.

    Only the ``story`` and ``documents`` keys are read out of the file, so nothing of the
    gold's ``mentions`` or ``ignore`` lists can reach the output; the round trip is checked,
    so that every ``evidence`` the second annotator copies from it is in the gold's text too.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    docs = [{k: str(d[k]) for k in DOC_KEYS} for d in raw["documents"]]
    shown = [{**d, "text": _Literal(d["text"])} for d in docs]
    out = yaml.safe_dump(
        {"story": str(raw["story"]), "documents": shown},
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    back = yaml.safe_load(out)
    assert back["documents"] == docs, f"{path.name}: the texts did not survive the round trip"
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name in TEMPORAL:
        (OUT / f"temporal_{name}.txt").write_text(temporal(name))
    for name in ("families", "families_heldout"):
        (OUT / f"cite_{name}.txt").write_text(cite(name))
        (OUT / f"entities_{name}.txt").write_text(entities(name))
    (OUT / "names_pairs.tsv").write_text(name_pairs())
    for name in HAPPENINGS:
        folder = OUT / f"happenings_{name}"
        folder.mkdir(exist_ok=True)
        for path in sorted((ROOT / "eval/happenings" / name).glob("*.yaml")):
            (folder / path.name).write_text(happenings(path), encoding="utf-8")


if __name__ == "__main__":
    main()
