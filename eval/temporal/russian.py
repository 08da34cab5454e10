"""Score the temporal stage on our Russian gold set (``russian_gold.txt``, written by us).

Two files: ``russian_gold.txt`` (the development set) and ``russian_heldout.txt``
(written after the rules, never used to tune them). Each holds news-style documents,
each opened by ``@ <document date>``, with every
timex marked ``[[quoted text|TYPE|value]]``. The document date is the anchor; scoring
is TempEval-3 style (see ``scoring.py``).

    .venv/bin/python eval/temporal/russian.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scoring import Score, evaluate_marked, report

GOLD = Path(__file__).with_name("russian_gold.txt")
# written after the rules and never used to tune them: the honest figure on unseen text
HELDOUT = Path(__file__).with_name("russian_heldout.txt")


def evaluate(path: Path = GOLD) -> tuple[dict[str, float], Score]:
    return evaluate_marked(path, "ru")


def main() -> None:
    for title, path in (("Russian gold set", GOLD), ("Russian held-out set", HELDOUT)):
        figures, score = evaluate(path)
        print(report(title, figures, score))
        if "--errors" in sys.argv:
            print("\n".join(score.errors))
        print()


if __name__ == "__main__":
    main()
