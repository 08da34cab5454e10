"""From extractions to reports: what the linker is told of a report's place."""

from __future__ import annotations

from dossier.group.happenings import Report, link_score
from dossier.group.reports import map_point


def test_a_country_has_no_point_that_keeps_its_places_apart() -> None:
    # "killed in eastern Ukraine" and "погиб в Луганской области": a country holds the place
    assert map_point("Ukraine", 49.08, 32.28) is None
    assert map_point("Кыргызстан", 41.35, 72.9) is None
    assert map_point("Luhansk Oblast", 48.9, 39.3) == (48.9, 39.3)
    assert map_point("Tambov", None, None) is None
    one = Report(
        "a/v1",
        "a",
        "casualty",
        date="2024-12",
        place="luhansk",
        where=map_point("Luhansk Oblast", 48.9, 39.3),
        persons=frozenset({"p"}),
    )
    other = Report(
        "b/v1",
        "b",
        "casualty",
        date="2024-12",
        place="ukraine",
        where=map_point("Ukraine", 49.08, 32.28),
        persons=frozenset({"p"}),
    )
    assert link_score(one, other) > 0
    # two cities far apart still keep two happenings apart
    kursk = Report(
        "b/v1",
        "b",
        "casualty",
        date="2024-12",
        place="kursk",
        where=(51.73, 36.19),
        persons=frozenset({"p"}),
    )
    assert link_score(one, kursk) == 0
