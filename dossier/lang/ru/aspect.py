"""Imperfective partners of Russian perfective verbs, for pack authors and the pack's tests.

Reports tell a single happening with a perfective verb ("их отправили на фронт") and a
repeated or drawn-out one with its imperfective partner ("их отправляли на фронт",
"заставляли подписывать", "заманивали обещаниями"). A trigger list that has only the
perfective misses every iterative narration. :func:`imperfectives` derives the candidates
by the regular suffixes of secondary imperfectives (-ить -> -ять/-ать with the consonant
alternation of the stem, -ать -> -ивать/-ывать, -овать -> -овывать, -нуть -> -ать) and keeps
those the dictionary knows as imperfective infinitives. The derivation is a check on the
pack, not a runtime rule: a few partners change meaning ("осудить" convict, "осуждать"
condemn), so the pack lists each partner it wants, and ``python -m dossier.lang.ru.aspect``
prints the ones it does not list.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

# The consonant alternations of -ить verbs before -ять/-ать ("отправить" -> "отправлять",
# "вынудить" -> "вынуждать", "пустить" -> "пускать" is irregular and not derived).
_ALTERNATIONS = {
    "б": ("бл",),
    "п": ("пл",),
    "в": ("вл",),
    "ф": ("фл",),
    "м": ("мл",),
    "д": ("жд", "ж"),
    "т": ("щ", "ч"),
    "ст": ("щ",),
    "з": ("ж",),
    "с": ("ш",),
}


def _candidates(verb: str) -> set[str]:
    out: set[str] = set()
    if verb.endswith("овать"):
        out.add(verb[:-5] + "овывать")
    elif verb.endswith("ить"):
        stem = verb[:-3]
        out |= {stem + "ять", stem + "ать", stem + "ивать"}
        for tail, changed in _ALTERNATIONS.items():
            if stem.endswith(tail):
                for new in changed:
                    base = stem[: -len(tail)] + new
                    out |= {base + "ять", base + "ать"}
    elif verb.endswith(("ать", "ять")):
        stem = verb[:-3]
        out |= {stem + "ивать", stem + "ывать"}
        # the root's o becomes a before -ывать/-ивать ("заработать" -> "зарабатывать")
        at = stem.rfind("о")
        if at > 0:
            out |= {
                stem[:at] + "а" + stem[at + 1 :] + "ивать",
                stem[:at] + "а" + stem[at + 1 :] + "ывать",
            }
    elif verb.endswith("нуть"):
        out.add(verb[:-4] + "ать")
    return out - {verb}


def imperfectives(verb: str) -> tuple[str, ...]:
    """The dictionary's imperfective infinitives among the regular partners of ``verb`` (a
    perfective infinitive); empty for any other word."""
    from dossier.resolve.morph import _parses

    if not any(
        p.tag.POS == "INFN" and "perf" in p.tag and p.normal_form == verb for p in _parses(verb)
    ):
        return ()
    found = []
    for candidate in sorted(_candidates(verb)):
        if any(
            p.tag.POS == "INFN" and "impf" in p.tag and p.normal_form == candidate and p.is_known
            for p in _parses(candidate)
        ):
            found.append(candidate)
    return tuple(found)


def missing_partners(triggers: Iterable[str], listed: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each trigger whose first word is a perfective verb, with the partners of that verb that
    no trigger of ``listed`` starts with (the same words after it)."""
    known = set(listed)
    out: dict[str, tuple[str, ...]] = {}
    for trigger in triggers:
        first, *rest = trigger.split()
        gaps = tuple(p for p in imperfectives(first) if " ".join([p, *rest]) not in known)
        if gaps:
            out[trigger] = gaps
    return out


def main() -> None:
    """Print the Russian triggers of the recruitment pack whose imperfective is not listed."""
    from dossier.packs import get_pack

    data = get_pack(sys.argv[1] if len(sys.argv) > 1 else "recruitment").load("events.yaml")
    for name, trigger, partners in unlisted(data):
        print(f"{name}: {trigger} -> {', '.join(partners)}")


def unlisted(data: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(type, trigger, partners) for each Russian trigger of a parsed ``events.yaml`` whose
    regular imperfectives the pack neither lists nor names in ``not_partners``."""
    left_out = set((data.get("not_partners") or {}).get("ru") or ())
    found = []
    for name, spec in data["types"].items():
        triggers = [str(t) for t in (spec.get("triggers") or {}).get("ru") or []]
        for trigger, partners in missing_partners(triggers, triggers).items():
            kept = tuple(p for p in partners if p not in left_out)
            if kept:
                found.append((str(name), trigger, kept))
    return found


if __name__ == "__main__":
    main()
