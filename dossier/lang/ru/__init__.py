"""Russian: its words (``words.yaml`` here) and rules, as one :class:`~dossier.lang.Language`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from dossier.lang import (
    CiteRules,
    Language,
    Morphology,
    alternation,
    read_words,
    word_fields,
)
from dossier.models import Analysis


def analyze(texts: Sequence[str], batch_size: int = 32) -> list[Analysis]:
    """Natasha, which batches on its own: the adapter with the registry's signature."""
    from dossier.analyze.russian import analyze_russian

    return analyze_russian(texts)


# A word of a closed list, not inside a longer or hyphenated word.
_WORD = r"(?<![\w-])(?:{})(?![\w-])"

CITE = CiteRules(
    according=re.compile(
        # "Со слов X", "С его слов" are "по словам X" (round 20, russian_dev14)
        r"(?<![\w-])(?:по\s+(?P<pron>его|её|ее|их)\s+(?:словам|данным|информации|мнению)|"
        r"с\s+(?P<spron>его|её|ее|их)\s+слов|со\s+слов|"
        r"по\s+данным|по\s+словам|по\s+информации|по\s+сведениям|по\s+мнению|по\s+материалам|"
        r"по\s+оценкам|по\s+оценке|по\s+подсч[её]там|по\s+версии|согласно\s+данным|согласно|со\s+ссылкой\s+на|ссылаясь\s+на|"
        # "Как сообщала Би-би-си", "Как ранее сообщало агентство": an adverb of time before
        # the verb, and the imperfective past of a report told before (round 15)
        # "Как он также сообщил": the speaker's pronoun inside the cue (round 15)
        r"как\s+(?:(?P<aspron>он|она|они)\s+)?(?:(?:ранее|уже|прежде|ещё|еще|также|тоже)\s+)?"
        r"(?:сообщало|сообщал|сообщала|"
        r"рассказывал|рассказывала|рассказывало|рассказывали|заявлял|заявляла|заявляли|"
        r"отмечала|отмечало|"
        r"сообщает|сообщают|сообщил|сообщила|сообщили|сообщило|пишет|пишут|писал|писала|"
        r"передает|передаёт|передают|заявил|заявила|заявили|рассказал|рассказала|рассказали|"
        r"отметил|отметила|отметили|отмечает|выяснил|выяснила|выяснили|стало\s+известно|"
        r"пояснил|пояснила|пояснили|уточнил|уточнила|уточнили|подтвердил|подтвердила|"
        r"подтвердили|сказал|сказала|сказали|написал|написала|написали|отмечают|отмечали|"
        r"утверждает|утверждают|утверждал|утверждала|считает|считают|полагают|напомнил|"
        r"напомнила|напомнили|добавил|добавила|добавили|подчеркнул|подчеркнула|подчеркнули|"
        r"сообщали|писали|говорит|говорят|признал|признала|признали|заявляют|объяснил|"
        r"объяснила|объяснили|установил|установила|установило|установили|"
        # "Как отмечается в сообщении агентства" (round 20): an impersonal verb with the
        # material it stands in and whose it is, as "говорится в"; "Как отмечается в
        # докладе," names no one (russian_dev6)
        r"говорится\s+в|(?:отмечается|сообщается|указывается)\s+в(?=\s+\w+\s+[^\s,.])|"
        r"следует\s+из|"
        r"указано\s+в)|следует\s+из)"
        r"(?:\s+|(?=,))",
        re.IGNORECASE,
    ),
    reported_cue=re.compile(r"как\s", re.IGNORECASE),
    # "Эту информацию подтвердил X", "Позднее информацию о гибели рабочих подтвердили в X":
    # a confirmation whose object points back (round 20, russian_dev14)
    this_reported=re.compile(
        r"^\s*(?:(?:позднее|позже|впоследствии|затем)\s+)?(?:об\s+этом|это\b|"
        r"(?:эту|эти|данную|данные|такую|такие)\s+(?:информацию|сведения|данные)\b|"
        r"(?P<confirmed>(?:информацию|сведения)\s+об?\s+[^\s,.]+(?:\s+[^\s,.]+){0,3}?\s*$))",
        re.IGNORECASE,
    ),
    # "Такие данные привел член СПЧ X", "Эти цифры озвучила X" (round 16, russian_dev10):
    # who gave the figures, not a verb of speech anywhere else ("привели в отдел")
    figures_given=re.compile(
        r"^\s*(?:такие|эти|подобные)\s+(?:данные|цифры|сведения)\s+(?P<verb>привел|привела|"
        r"привело|привели|приводит|приводят|озвучил|озвучила|озвучило|озвучили|озвучивает|"
        r"озвучивают)\b",
        re.IGNORECASE,
    ),
    inside_cue=re.compile(r"\bкак\s*$", re.IGNORECASE),
    dash_dialogue=True,
    recipients=True,
    # "сообщила о его пропаже в милицию", "сообщил о случившемся в посольство": a report
    # to the police or another authority, not speech
    not_speech=re.compile(
        r"\s+о\s+(?:\w+\s+){0,2}(?:пропаже|исчезновении)\b"
        r"|\s+о\s+(?:\w+\s+){0,2}\w+\s+в\s+(?:полицию|милицию|посольство|консульство|"
        r"прокуратуру|военкомат|МВД|ФСБ|СК)\b",
        re.IGNORECASE,
    ),
)


def lemma(word: str) -> str:
    """The dictionary form pymorphy3 gives first, else the word in lower case."""
    from dossier.resolve.morph import _parses

    parses = _parses(word.casefold())
    return str(parses[0].normal_form) if parses else word.casefold()


def base_phrase(phrase: str, before: str) -> str:
    """ "правозащитницы Анны Смирновой" after "по словам" -> "правозащитница Анна Смирнова"."""
    from dossier.cite.morph import case_before, nominative_phrase

    return nominative_phrase(phrase, case_before(before))


def base_name(name: str, label: str) -> str:
    from dossier.resolve.morph import nominative_name

    return nominative_name(name, label)


# A denial by calling a report false ("назвали фейком сообщения о …", "назвал эту
# информацию ложью"): the verb of naming counts as speech only before a word of falsehood
# within a few words, never alone ("назвали погибшего героем"; round 17, russian_dev11)
_CALLED_FALSE = (
    r"(?:назвал|назвала|назвало|назвали|называет|называют|называл|называла|называли)"
    r"(?=\s+(?:[^\s.,;:]+\s+){0,3}?(?:фейком|ложью|неправдой|вбросом|дезинформацией|фальшивкой)"
    r"(?![\w-]))"
)


def language() -> Language:
    words = read_words(Path(__file__).parent)
    speech = alternation(words["speech_verbs"])
    return Language(
        code="ru",
        name="Russian",
        temporal_rules="dossier.temporal.russian",
        analyzer="dossier.lang.ru:analyze",
        tense="dossier.events.tense:russian",
        cite=CITE,
        **word_fields(words),
        morphology=Morphology(lemma=lemma, base_phrase=base_phrase, base_name=base_name),
        head_first=True,
        verb_last=True,
        # "200 000" and "3,35 млн"; a plain number may take either decimal mark
        digits=r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?",
        decimal_comma=True,
        speech_verbs=re.compile(_WORD.format(f"{speech}|{_CALLED_FALSE}"), re.IGNORECASE),
        quote_cues=re.compile(
            _WORD.format(f"{speech}|{alternation(words['quote_cues'])}"), re.IGNORECASE
        ),
    )
