"""The data file of the names rules (``name_rules.yaml``), read and parsed once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def name_rules() -> Any:
    """The parsed ``name_rules.yaml`` (read only: every caller shares it)."""
    raw = resources.files("dossier.resolve").joinpath("name_rules.yaml").read_text("utf-8")
    return yaml.safe_load(raw)
