"""Page furniture: lines that belong to the website, not to the article.

Articles copied from a web page as plain text carry the page's breadcrumb ("Home > Section >
Title"), navigation ("Post navigation", "Next post"), comment prompts ("Leave a Comment",
"Leave a Reply") and share buttons. A line is furniture only when the whole line matches, so
a sentence that mentions "share" or "comments" is never touched.
"""

from __future__ import annotations

import re

# Breadcrumbs: two or more "›", ">", "»", "/" or "|" separators between short crumbs.
_BREADCRUMB = re.compile(r"\s*(?:[^\n>›»|/]{1,60}\s*[>›»|/]\s*){2,}[^\n>›»|/]{0,200}")
_LINE_PATTERNS = [
    r"post navigation|posts? navigation|next post|previous post|next article|previous article",
    r"leave a (?:comment|reply)|\d*\s*comments?|no comments(?: yet)?|add (?:a )?comment|"
    r"comments are closed\.?|show comments|view comments",
    r"share(?: this(?: article| story)?)?:?|share on (?:facebook|twitter|x|telegram|whatsapp|"
    r"linkedin|vk|reddit)|tweet|email|print|whatsapp|telegram|facebook|linkedin|copy link",
    r"like this:|related(?: posts| articles| stories)?:?|read more:?|subscribe(?: now)?|"
    r"advertisement|sign up for our newsletter",
    r"поделиться:?|комментарии|оставить комментарий|читайте также:?|подписывайтесь.*|реклама",
]
_FURNITURE = re.compile(r"\s*(?:" + "|".join(_LINE_PATTERNS) + r")\s*", re.IGNORECASE)
# A breadcrumb line must be short; a long line with slashes or ">" is prose or a URL list.
_MAX_FURNITURE_LINE = 200


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_LINE:
        return False
    if _FURNITURE.fullmatch(stripped):
        return True
    if _BREADCRUMB.fullmatch(stripped) is None:
        return False
    # A sentence with slashes or ">" ("1/2 of recruits / fled.") is not a breadcrumb: crumbs
    # are title-like runs without sentence punctuation inside or at the end.
    return not re.search(r"[.!?]\s+\w|[.!?]$", stripped)


def strip_furniture(text: str) -> str:
    """The text with whole furniture lines removed (line and its newline); nothing else changes."""
    kept = [line for line in text.splitlines(keepends=True) if not is_furniture(line)]
    return "".join(kept)
