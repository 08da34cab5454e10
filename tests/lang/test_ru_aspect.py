"""Imperfective partners of the pack's Russian trigger verbs (``dossier.lang.ru.aspect``)."""

from __future__ import annotations

import pytest

from dossier.lang.ru.aspect import imperfectives, missing_partners, unlisted
from dossier.packs import get_pack


@pytest.mark.parametrize(
    ("verb", "partner"),
    [
        ("отправить", "отправлять"),  # -ить -> -лять after a labial
        ("вынудить", "вынуждать"),  # д -> жд
        ("заманить", "заманивать"),
        ("задержать", "задерживать"),  # -ать -> -ивать
        ("арестовать", "арестовывать"),  # -овать -> -овывать
        ("погибнуть", "погибать"),
    ],
)
def test_a_perfective_verb_has_its_regular_imperfective(verb: str, partner: str) -> None:
    assert partner in imperfectives(verb)


def test_only_perfective_infinitives_have_partners() -> None:
    assert imperfectives("вербовать") == ()  # already imperfective
    assert imperfectives("рейд") == ()  # a noun
    assert imperfectives("задержали") == ()  # a form, not the infinitive


def test_a_phrase_is_missing_its_partner_until_listed() -> None:
    assert missing_partners(["отправить на фронт"], ["отправить на фронт"]) == {
        "отправить на фронт": ("отправлять",)
    }
    listed = ["отправить на фронт", "отправлять на фронт"]
    assert missing_partners(listed, listed) == {}


def test_the_pack_lists_every_partner_or_says_why_not() -> None:
    """A Russian trigger verb without its imperfective misses every repeated happening; a
    partner of another sense belongs in the pack's ``not_partners``."""
    assert unlisted(get_pack().load("events.yaml")) == []
