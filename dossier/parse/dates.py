"""Publication dates from metadata or the user, normalised to TIMEX3 day/month/year values.

Only dates that state themselves fully are accepted here (ISO 8601, RFC 2822 as feeds write
them); anything relative or partial in running text is the temporal stage's job.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime

from dossier.errors import InputError

_ISO = re.compile(
    r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*"
)


def normalize_published(value: str | None, origin: str = "date") -> str | None:
    """``2023-09-05``, ``2023-09`` or ``2023`` for a metadata date; ``None`` when absent.

    Raises :class:`InputError` for a value that is present but not a real date.
    """
    if value is None or not value.strip():
        return None
    match = _ISO.fullmatch(value)
    if match:
        year, month, day = match.groups()
        return _checked(int(year), month, day, value, origin)
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError) as exc:
        raise InputError(f"{origin}: not a date: {value!r} (use YYYY-MM-DD)") from exc
    return parsed.date().isoformat()


def _checked(year: int, month: str | None, day: str | None, raw: str, origin: str) -> str:
    try:
        if day is not None and month is not None:
            return date(year, int(month), int(day)).isoformat()
        if month is not None:
            if not 1 <= int(month) <= 12:
                raise ValueError("month out of range")
            return f"{year:04d}-{month}"
    except ValueError as exc:
        raise InputError(f"{origin}: not a real date: {raw!r} ({exc})") from exc
    return f"{year:04d}"
