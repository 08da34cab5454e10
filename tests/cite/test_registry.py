from __future__ import annotations

from pathlib import Path

import pytest

from dossier.cite import OutletRegistry
from dossier.errors import PackError
from dossier.packs import get_pack


@pytest.mark.parametrize(
    ("name", "outlet_id"),
    [
        ("Kloop.kg", "outlet:kloop"),
        ("Kloop", "outlet:kloop"),
        ("https://www.kloop.kg/blog/2023/08/30/story", "outlet:kloop"),
        ("Asiaplus.tj", "outlet:asiaplus"),
        ("Азия-Плюс", "outlet:asiaplus"),
        ("Current Time TV", "outlet:currenttime"),
        ("Настоящее время", "outlet:currenttime"),
        ("«Коммерсантъ»", "outlet:kommersant"),
        ("Коммерсанта", "outlet:kommersant"),  # genitive: "по данным «Коммерсанта»"
        ("Ведомостей", "outlet:vedomosti"),
        ("the BBC", "outlet:bbc"),
        ("Reuters'", "outlet:reuters"),
        ("EDM", "outlet:edm"),
        ("rus.azattyq.org", "outlet:azattyq"),
        ("Radio Azattyk", "outlet:azattyk"),
        ("RFE/RL's Tajik Service", "outlet:ozodi"),
        ("Газета.uz", "outlet:gazetauz"),
    ],
)
def test_lookup_resolves_names_aliases_and_domains(
    registry: OutletRegistry, name: str, outlet_id: str
) -> None:
    outlet = registry.lookup(name)
    assert outlet is not None, name
    assert outlet.id == outlet_id


def test_platform_hosts_are_not_outlets(registry: OutletRegistry) -> None:
    assert registry.lookup("T.me/fargonalilar") is None
    assert registry.lookup("Some Unknown Weekly") is None


def test_services_know_their_parent(registry: OutletRegistry) -> None:
    ozodi = registry.get("outlet:ozodi")
    assert ozodi is not None and ozodi.parent == "outlet:rferl"
    assert ozodi.country == "TJ" and ozodi.language == "tg"


def test_extra_file_adds_and_replaces(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "outlets:\n"
        "  - {id: 'outlet:local', name: Local Herald, aliases: [Herald], domains: [herald.kg]}\n"
        "  - {id: 'outlet:kloop', name: Kloop, aliases: [Клооп Медиа], domains: [kloop.kg]}\n",
        encoding="utf-8",
    )
    registry = OutletRegistry.from_pack(get_pack(), extra=[extra])
    assert registry.lookup("herald.kg").id == "outlet:local"  # type: ignore[union-attr]
    assert registry.lookup("Клооп Медиа").id == "outlet:kloop"  # type: ignore[union-attr]
    assert registry.lookup("Kloop Media") is None  # the user's entry replaced the pack's


def test_conflicting_alias_is_an_error() -> None:
    data = {
        "outlets": [
            {"id": "outlet:a", "name": "Alpha", "aliases": ["Shared"]},
            {"id": "outlet:b", "name": "Beta", "aliases": ["Shared"]},
        ]
    }
    with pytest.raises(PackError, match="Shared"):
        OutletRegistry.from_data(data)


def test_malformed_file_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("outlets:\n  - {name: No Id}\n", encoding="utf-8")
    with pytest.raises(PackError, match="needs an 'id'"):
        OutletRegistry.from_pack(get_pack(), extra=[bad])
