"""Page furniture: lines that belong to the website, not to the article.

Articles copied from a web page as plain text carry the page's breadcrumb ("Home > Section >
Title"), navigation ("Post navigation", "Next post"), comment prompts ("Leave a Comment",
"Leave a Reply") and share buttons. A line is furniture only when the whole line matches, so
a sentence that mentions "share" or "comments" is never touched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.lang import languages

# Breadcrumbs: two or more "›", ">", "»", "/" or "|" separators between short crumbs.
_BREADCRUMB = re.compile(r"\s*(?:[^\n>›»|/]{1,60}\s*[>›»|/]\s*){2,}[^\n>›»|/]{0,200}")
# A name in Russian quotation marks, whose "»" separates no crumbs
_QUOTED = re.compile(r"«([^«»\n]*)»")
# A breadcrumb line must be short; a long line with slashes or ">" is prose or a URL list.
_MAX_FURNITURE_LINE = 200


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    """Each language's lines live with it (``dossier/lang/<code>/words.yaml``); parse runs
    before the language is known, so it drops the lines of every language."""
    lines = [line for lang in languages().values() for line in lang.furniture_lines]
    return re.compile(r"\s*(?:" + "|".join(lines) + r")\s*", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_LINE:
        return False
    if _furniture().fullmatch(stripped):
        return True
    # a closing "»" of a quoted name ("Фото: «Азия-Плюс» / Нигина Рахимова") is a quote
    # mark, not a crumb's separator
    if _BREADCRUMB.fullmatch(_QUOTED.sub(r"\1", stripped)) is None:
        return False
    # A sentence with slashes or ">" ("1/2 of recruits / fled.") is not a breadcrumb: crumbs
    # are title-like runs without sentence punctuation inside or at the end.
    return not re.search(r"[.!?]\s+\w|[.!?]$", stripped)


def strip_furniture(text: str) -> str:
    """The text with whole furniture lines removed (line and its newline); nothing else changes."""
    kept = [line for line in text.splitlines(keepends=True) if not is_furniture(line)]
    return "".join(kept)
