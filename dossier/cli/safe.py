"""One rule for untrusted text on the terminal: shown as it is, never obeyed.

Every string that comes from a document or from the command line (titles, text, evidence,
names, aliases, sources, paths, URLs, failure reasons, exception messages) passes through
:func:`clean` before it is printed: terminal escape sequences (CSI, OSC 8 hyperlinks, ...) are
removed whole, other C0/C1 control characters and bidirectional overrides are dropped, and line
breaks become spaces so that one field cannot forge a second line. The result is wrapped in a
rich :class:`~rich.text.Text` (:func:`text`, :func:`line`), which rich never parses for markup
or emoji codes, so ``[/x]`` or ``[::1]`` in an article is printed literally.
"""

from __future__ import annotations

import re

from rich.style import StyleType
from rich.text import Text

# Whole escape sequences first, so that their parameters do not survive as visible garbage:
# CSI (ESC [ or 0x9B), OSC (ESC ] or 0x9D, ended by BEL or ST), the other string commands
# (DCS, SOS, PM, APC), then any other two-character escape (ESC c resets the terminal).
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# Line and paragraph breaks of every kind become a space: a field stays on its line.
_BREAK = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")
# Remaining controls, and the bidirectional marks, embeddings, overrides and isolates that
# reorder what is displayed (U+202E turns "gpj.exe" into "exe.jpg").
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1b\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def clean(value: object) -> str:
    """``value`` as a string that is safe to print on one terminal line."""
    cleaned = _SEQUENCE.sub("", str(value))
    return _INVISIBLE.sub("", _BREAK.sub(" ", cleaned))


def text(value: object, style: StyleType = "") -> Text:
    """A cleaned string as a rich ``Text``: printed literally, brackets and all."""
    return Text(clean(value), style=style)


def line(*parts: str | tuple[object, StyleType]) -> Text:
    """One line from parts, each a string or ``(value, style)``, every one of them cleaned."""
    out = Text()
    for part in parts:
        value, style = (part, "") if isinstance(part, str) else part
        out.append(clean(value), style=style)
    return out


def error_line(message: object) -> Text:
    """``error: <message>``, the one line every failure is reported with."""
    return line(("error:", "red"), " ", (message, ""))
