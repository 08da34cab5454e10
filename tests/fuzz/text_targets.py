"""Seeds and inputs shared by the text targets (citations, temporal, quantities)."""

from __future__ import annotations

from hypothesis import strategies as st

from .harness import any_text, big_texts, example_texts

texts = any_text(example_texts())
seed_names = sorted(big_texts())


def seed_texts() -> dict[str, str]:
    """The checked-in text seeds and the generated big ones, by name."""
    named = {f"example-{n}": text for n, text in enumerate(example_texts())}
    return {**named, **big_texts()}


news = st.one_of(texts, st.sampled_from(example_texts()))
