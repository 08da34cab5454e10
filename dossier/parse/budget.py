"""The analysis budget: what an article's text may be before the NLP stages see it.

Analysis costs grow with the text, and some stages worse than linearly, so one document
within the byte limit (10 MiB) could still take minutes: a 2 MB article took 187 s. Three
checks keep every document within budget, each refusing with one line that says why:

- the text is prose: most of it is in words, not in runs without a space longer than any
  word or URL (a 5 MB "word" is not an article, and no tokenizer should be fed one);
- the text is at most ``settings.max_chars`` characters (``DOSSIER_MAX_CHARS``), which
  bounds the stages that scan characters;
- it has at most ``settings.max_tokens`` tokens (``DOSSIER_MAX_TOKENS``), counted roughly
  (words and single symbols), which bounds the NLP models: their cost follows tokens, and
  ``"& & & "`` packs three times as many into a character budget as prose does.

Refusing is preferred to analysing a prefix: a stored document that silently stops halfway
would pass for the whole article.
"""

from __future__ import annotations

import re

from dossier.errors import ParseError

# No word of English or Russian comes near 100 letters, and URLs stay under 2,000
# characters (the longest most browsers and servers accept), so a longer run without a
# space is data, not language.
MAX_WORD_CHARS = 2000
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
# Roughly what a tokenizer makes: words and single symbols (prose has 5-6 characters a token).
_TOKEN = re.compile(r"\w+|[^\w\s]")

# Share of the text (spaces aside) that over-long runs may take. An article quoting one
# long blob stays an article; a text that is mostly blob is not.
MAX_BLOB_SHARE = 0.5


def check_budget(text: str, origin: str, max_chars: int, max_tokens: int) -> None:
    """Raise :class:`ParseError` when ``text`` is not prose or is over either budget."""
    blob = sum(run.end() - run.start() for run in _LONG_RUN.finditer(text))
    if blob and blob > MAX_BLOB_SHARE * len("".join(text.split())):
        raise ParseError(
            f"{origin}: refused: not prose ({blob:,} of {len(text):,} characters are in runs "
            f"of over {MAX_WORD_CHARS:,} characters without a space)"
        )
    if len(text) > max_chars:
        raise ParseError(
            f"{origin}: refused: article text is {len(text):,} characters, over the "
            f"{max_chars:,} that are analysed (DOSSIER_MAX_CHARS)"
        )
    tokens = sum(1 for _ in _TOKEN.finditer(text))
    if tokens > max_tokens:
        raise ParseError(
            f"{origin}: refused: article text has about {tokens:,} tokens, over the "
            f"{max_tokens:,} that are analysed (DOSSIER_MAX_TOKENS)"
        )
