from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry
from dossier.packs import get_pack


@pytest.fixture(scope="session")
def registry() -> OutletRegistry:
    return OutletRegistry.from_pack(get_pack())
