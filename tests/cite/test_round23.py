"""Round 23's sources families (issue 10 on russian_dev17 and english_dev16: quotations over
two paragraphs, speakers named before, descriptions, relays), each test written from the
family's description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- a quotation over two paragraphs: the first paragraph opens with the mark and is left
# open, the next opens with the mark again (the typographic convention of both languages);
# the open paragraph is a quotation, spoken by the speaker of the paragraph before, and
# what it says ("Потом сказал, что …") is no attribution of its own


@pytest.mark.parametrize(
    ("text", "language", "name", "words"),
    [
        ("Мать погибшего Гульнара Исмаилова рассказала, что сын уехал в Казань.\n\n"
         "«Он писал каждый день. Потом сказал, что им выдали форму.\n\n"
         "«Больше он не писал», — говорит Гульнара.", "ru", "Гульнара Исмаилова",
         "писал каждый день"),
        ("Rustam Aliev, a welder from Osh, said police took him from a hostel in Tver.\n\n"
         '"They told me I would be home in a week.\n\n'
         '"I never saw my family again until March," he said.', "en", "Rustam Aliev",
         "home in a week"),
    ],
)  # fmt: skip
def test_quotation_left_open_before_the_next_paragraph_is_the_speakers(
    registry: OutletRegistry, text: str, language: str, name: str, words: str
) -> None:
    cites = _cites(text, registry, language, [(name, "PER")])
    quotes = [c for c in cites if c.kind == "quote" and words in text[c.start : c.end]]
    assert quotes and quotes[0].source.endswith(name), cites
    assert not [c for c in cites if c.source in ("Потом", "They")], cites
