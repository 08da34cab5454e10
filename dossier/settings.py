"""Typed settings, each read from a ``DOSSIER_*`` environment variable with a default.

Read them through :func:`get_settings` so that tests can change the environment and
call :func:`get_settings.cache_clear`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    pack: str
    max_bytes: int  # largest input we read, file or HTTP body
    http_timeout: float
    max_redirects: int
    batch_size: int  # documents per NLP batch
    user_agent: str
    geonames: Path | None  # a GeoNames dump (file or folder) for full place coverage
    read_access: str  # web workbench: "open" (anyone may read) or "signed-in"
    signin_attempts: int  # failed web sign-ins allowed per address and per name in 5 minutes
    session_hours: int  # how long a web sign-in lasts


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        db=Path(os.environ.get("DOSSIER_DB", "dossier.db")),
        pack=os.environ.get("DOSSIER_PACK", "recruitment"),
        # 10 MiB: far above any news article (the seed is 12 KB), low enough that a
        # hostile 50 MB file or endless HTTP body is refused before parsing.
        max_bytes=_int("DOSSIER_MAX_BYTES", 10 * 1024 * 1024),
        http_timeout=float(os.environ.get("DOSSIER_HTTP_TIMEOUT", "20")),
        max_redirects=_int("DOSSIER_MAX_REDIRECTS", 5),
        batch_size=_int("DOSSIER_BATCH_SIZE", 32),
        user_agent=os.environ.get("DOSSIER_USER_AGENT", "Dossier/0.1 (+offline evidence base)"),
        geonames=Path(os.environ["DOSSIER_GEONAMES"])
        if os.environ.get("DOSSIER_GEONAMES")
        else None,
        read_access=_choice("DOSSIER_READ", "open", ("open", "signed-in")),
        # Five tries in five minutes lets a person mistype; a guesser gets one per minute.
        signin_attempts=_int("DOSSIER_SIGNIN_ATTEMPTS", 5),
        session_hours=_int("DOSSIER_SESSION_HOURS", 12),
    )


def _choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = os.environ.get(name) or default
    if raw not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, got {raw!r}")
    return raw
