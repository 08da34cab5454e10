"""Time cross-document linking on a synthetic collection of entity records.

    .venv/bin/python benchmarks/resolve_bench.py [--records 100000] [--seed 7]

Builds people (Central Asian and Russian given names and surnames, some with a
patronymic particle), organisations and places, then writes each entity several
times the way different articles would: Latin or Cyrillic script, another
romanisation, surname first, an initial, a Russian case form. Prints the time of
:func:`dossier.resolve.link`, the peak memory of the process, and how many
entities it found against how many were generated.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dossier.resolve import EntityRecord, link

GIVEN = [
    "Askar",
    "Nurlan",
    "Bakyt",
    "Aibek",
    "Azamat",
    "Timur",
    "Rustam",
    "Farrukh",
    "Jamshid",
    "Bakhtiyor",
    "Zafar",
    "Dilshod",
    "Sherzod",
    "Alisher",
    "Ulugbek",
    "Khurshid",
    "Iqbol",
    "Ghayrat",
    "Bolot",
    "Kamchybek",
    "Sadyr",
    "Almazbek",
    "Ermek",
    "Kirill",
    "Dmitry",
    "Sergei",
    "Alexei",
    "Yevgeny",
    "Vladimir",
    "Ivan",
    "Mikhail",
    "Andrei",
    "Nikolai",
    "Oleg",
    "Pavel",
    "Aigul",
    "Dilnoza",
    "Gulnara",
    "Makhabat",
    "Zarina",
    "Nodira",
    "Madina",
    "Yelena",
    "Olga",
    "Tatiana",
    "Anna",
]
ROOTS = [
    "Abdull",
    "Rakhim",
    "Rakhmon",
    "Karim",
    "Yusup",
    "Nurmat",
    "Sultan",
    "Ismoil",
    "Tashi",
    "Atamba",
    "Tokay",
    "Japar",
    "Kadyr",
    "Sharip",
    "Saidi",
    "Yuldash",
    "Ergash",
    "Asanbek",
    "Temir",
    "Kamil",
    "Nazar",
    "Salim",
    "Kabanov",
    "Peskov",
    "Sokolov",
    "Orlov",
    "Ivanov",
    "Petrov",
    "Mirzo",
    "Khodj",
    "Usmon",
    "Akhmed",
    "Begali",
    "Toktogul",
    "Mamat",
    "Osmon",
    "Zhusup",
    "Bekmurat",
    "Tursun",
    "Jurab",
    "Mukhtar",
    "Shukur",
    "Rashid",
    "Khamid",
    "Latip",
    "Baiz",
    "Ormon",
    "Sydyk",
]
ENDINGS = ("ov", "ev", "ova", "eva", "bekov", "zoda", "")
CYRILLIC = (
    ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
    ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("a", "а"), ("b", "б"),
    ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("j", "дж"), ("q", "к"), ("x", "кс"),
)  # fmt: skip
ORGS = (
    "Ministry of Labor", "Migration Service", "Wagner Group", "Border Guard Service",
    "Supreme Court", "District Court", "Human Rights Center", "Migrant Workers Union",
)  # fmt: skip
PLACES = ("Bishkek", "Osh", "Tashkent", "Dushanbe", "Moscow", "Mariupol", "Sochi", "Khujand")


def to_cyrillic(name: str) -> str:
    out, i, lower = [], 0, name.lower()
    while i < len(lower):
        for latin, cyr in CYRILLIC:
            if lower.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(lower[i])
            i += 1
    return " ".join(w.capitalize() for w in "".join(out).split(" "))


def variants(given: str, surname: str, particle: str, rng: random.Random) -> list[str]:
    full = f"{given} {surname}{particle}"
    forms = [
        full,
        to_cyrillic(full),
        f"{surname}{particle} {given}",
        f"{given[0]}. {surname}{particle}",
        full.replace("kh", "h").replace("y", "i"),
    ]
    rng.shuffle(forms)
    return forms[: rng.randint(2, 5)]


def synthesize(count: int, seed: int) -> tuple[list[EntityRecord], int]:
    rng = random.Random(seed)
    records: list[EntityRecord] = []
    entities = 0
    while len(records) < count:
        entities += 1
        kind = rng.random()
        if kind < 0.85:
            surname = rng.choice(ROOTS) + rng.choice(ENDINGS)
            particle = " uulu" if rng.random() < 0.1 else ""
            names = variants(rng.choice(GIVEN), surname, particle, rng)
            records += [EntityRecord(f"d{len(records)}/e1", "PERSON", n) for n in names]
        elif kind < 0.95:
            name = f"{rng.choice(ORGS)} of {rng.choice(PLACES)} {rng.randint(1, 400)}"
            records.append(EntityRecord(f"d{len(records)}/e2", "ORG", name))
        else:
            name = rng.choice(PLACES)
            records.append(EntityRecord(f"d{len(records)}/e3", "PLACE", name))
    return records[:count], entities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    records, generated = synthesize(args.records, args.seed)
    started = time.perf_counter()
    ids = link(records, [])
    elapsed = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"records {len(records)}  generated entities {generated}  linked {len(set(ids.values()))}"
    )
    rate = len(records) / elapsed
    print(f"link {elapsed:.1f} s  ({rate:.0f} records/s)  peak RSS {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
