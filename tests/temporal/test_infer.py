"""``infer_published``: the document date from the document's own dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.temporal import infer_published, tag

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_27fdb9fe6705f161.txt"


def test_yearless_cited_dates_follow_the_latest_year() -> None:
    text = (
        "In January 2023 he was detained. In June 2023 reports came out (Asiaplus, June 15). "
        "The court ruled (Kloop.kg, August 30). Elections will be held in 2024."
    )
    assert infer_published(text, "en") == "2023-08"


def test_future_dates_are_no_evidence() -> None:
    text = "The bill passed (RBC, September 20, 2022). A vote will take place on May 1, 2025."
    assert infer_published(text, "en") == "2022-09"


def test_year_turned_since_the_latest_explicit_date() -> None:
    text = "Talks began in November 2023 (Reuters, November 20, 2023). They failed (AP, January 5)."
    assert infer_published(text, "en") == "2024-01"


def test_past_bare_year_only() -> None:
    assert infer_published("In 2021 the plant was closed.", "en") == "2021"


def test_no_evidence() -> None:
    assert infer_published("The court ruled against him.", "en") is None


def test_russian() -> None:
    text = "В январе 2023 года его задержали. 30 августа суд отменил приговор (Клооп, 30 августа)."
    assert infer_published(text, "ru") == "2023-08"


@pytest.mark.skipif(not SEED.exists(), reason="seed article not in ../shared")
def test_seed_is_september_2023_and_anchors_august_30() -> None:
    text = SEED.read_text(encoding="utf-8")
    published = infer_published(text, "en")
    assert published == "2023-09"
    values = {t.text: t.value for t in tag(text, "en", published)}
    assert values["August 30"] == "2023-08-30"
    assert values["May"] == "2023-05"
    assert values["the fall of 2022"] == "2022-FA"


def test_a_timestamp_line_near_the_top_is_the_publication_day() -> None:
    from dossier.temporal import dateline

    ru = "Суд отменил приговор\n\n30 августа 2023, 18:12\n\nВ мае суд признал его виновным.\n"
    assert dateline(ru, "ru") == "2023-08-30"
    city = "Заголовок\n\nДушанбе, 15 июня 2023 года\n\nТекст.\n"
    assert dateline(city, "ru") == "2023-06-15"
    assert dateline("Title\n\nUpdated: March 4, 2024\n\nBody.\n", "en") == "2024-03-04"


def test_a_date_inside_a_sentence_is_not_a_timestamp() -> None:
    from dossier.temporal import dateline

    text = "Title\n\nPolice said on May 3, 2023 that ten men were detained.\n"
    assert dateline(text, "en") is None
    far = "Title\n\n" + "A line.\n\n" * 8 + "March 4, 2024\n"
    assert dateline(far, "en") is None
