from __future__ import annotations

from dossier.cite import OutletRegistry, find_citations
from dossier.models import Mention

from .helpers import span_text


def test_speaker_opens_the_sentence(registry: OutletRegistry) -> None:
    text = (
        "Kirill Kabanov, a council member, promised help, stating that Russia “is obliged "
        "to use all possible pressure mechanisms” (Kaktus Media, August 1)."
    )
    quote, paren = find_citations(text, "en", [], [], registry)
    assert (quote.kind, quote.source) == ("quote", "Kirill Kabanov")
    assert span_text(text, quote.supports[0]).startswith("is obliged to use")
    assert paren.source == "Kaktus Media"


def test_said_after_the_quote_and_pronoun(registry: OutletRegistry) -> None:
    text = "“Nobody told us the job was at the front,” said Rustam, a migrant. He said he was paid."
    quote, reported = find_citations(text, "en", [], [], registry)
    assert (quote.kind, quote.source) == ("quote", "Rustam")
    assert (reported.kind, reported.source) == ("reported", "Rustam")


def test_russian_dash_attribution(registry: OutletRegistry) -> None:
    text = "«Мы не будем призывать граждан Казахстана», — заявил Айбек Смадияров."
    [quote] = find_citations(text, "ru", [], [], registry)
    assert (quote.kind, quote.source) == ("quote", "Айбек Смадияров")


def test_scare_quotes_and_unattributed_quotes_are_not_quotes(registry: OutletRegistry) -> None:
    text = (
        "He joined the “armed forces” of the so-called “people’s republic”. "
        "“The old order is gone for good now” was painted on a wall."
    )
    assert find_citations(text, "en", [], [], registry) == []


def test_mentions_name_the_speaker(registry: OutletRegistry) -> None:
    text = (
        "In Bishkek the lawyer of Askar Uulu, asked about it, "
        "said “we will appeal the verdict soon”."
    )
    start = text.index("Askar Uulu")
    mentions = [Mention(start, start + 10, "Askar Uulu", "PERSON", "test")]
    [quote] = find_citations(text, "en", [], [], registry, mentions)
    assert quote.source == "Askar Uulu"
