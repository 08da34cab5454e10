"""Russian sources in their base form: the head noun phrase put in the nominative.

A cue fixes the case its source is written in ("по словам" and "по данным" the genitive,
"сообщили в" the prepositional, "со ссылкой на" the accusative, "рассказал изданию" the
dative), so the phrase is read in that case: adjectives before the head noun and the head
agree with it ("в Следственном комитете" → "Следственный комитет"), a person's name in
apposition after the head keeps its own gender ("правозащитницы Анны Смирновой" →
"правозащитница Анна Смирнова"); the first word that does not agree ends the head, and it
and everything after stay as written ("пресс-службе областного суда" → "пресс-служба
областного суда"). Words that only name the kind of material ("материалам", "словам")
belong to the cue, not to the source.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from dossier.resolve.morph import _match_case, _parses

# The case a source takes after the words just before it (casefolded, end of the left text).
_CASE_AFTER = (
    (re.compile(r"(?:^|\s)(?:со\s+ссылкой\s+на|ссылаясь\s+на)\s*$"), "accs"),
    (re.compile(r"(?:^|\s)(?:в|во)\s*$"), "loct"),
    (re.compile(r"(?:^|\s)(?:у|от|из)\s*$"), "gent"),
    (re.compile(r"(?:^|\s)по\s+(?:словам|данным|информации|сведениям|мнению|оценкам|оценке|"
                r"материалам|подсчетам|подсчётам|версии|заявлению|сообщению)\s*$"), "gent"),
    (re.compile(r"(?:^|\s)со\s+слов\s*$"), "gent"),
    (re.compile(r"(?:^|\s)согласно\s+(?:данным|информации|сведениям|материалам)\s*$"), "gent"),
    (re.compile(r"(?:^|\s)согласно\s*$"), "datv"),
    # "приводит слова министра", "приводит «Интерфакс» слова министра": whose words an
    # outlet gives, the outlet named before them or not
    (re.compile(r"(?:^|\s)(?:привод|переда)\w*\s+(?:\S+\s+){0,4}?(?:слова|цитату|высказывание)"
                r"\s*$"),
     "gent"),
    # "— цитирует министра «Интерфакс»", "— цитирует «Интерфакс» министра": whom an outlet
    # quotes, the outlet named before him or not (round 15)
    # ("— цитирует издание «Подъём» руководителя …", its kind word before it: round 18;
    # "— цитирует РИА Новости заместителя …", a name unquoted: round 24)
    (re.compile(r"(?:^|\s)(?:цитиру\w*|процитировал\w*)\s+"
                r"(?:(?:издание|агентство|портал|сайт|газета|телеканал|журнал)\s+)?"
                r"(?:«[^»]{1,40}»\s+|(?:[^\s«»]+\s+){1,3})?$"), "accs"),
    # the owner of a material: "из материалов дела", "в сообщении ФСБ"
    (re.compile(r"(?:^|\s)(?:материал|сообщени|документ|данн|заявлени|публикаци|"
                r"постановлени|ответ|карточк|доклад|отч[её]т)[а-яё]*\s*$"), "gent"),
    # the owner of the site or channel it was put out on: "на сайте ведомства" (round 17)
    (re.compile(r"(?:^|\s)(?:на\s+(?:официальном\s+)?сайте|в\s+(?:телеграм|telegram)-канале)\s*$"),
     "gent"),
    (re.compile(r"(?:^|\s)(?:изданию|агентству|газете|телеканалу|порталу|сайту|радио)\s*$"),
     "datv"),
)  # fmt: skip
_TOKEN = re.compile(r"\S+")
_NAME_TAGS = ("Name", "Surn", "Patr")
_CYRILLIC = re.compile(r"^[А-ЯЁа-яё][а-яё-]*$")


def case_before(left: str) -> str | None:
    """The case a source is in after ``left`` (the text just before it), if a cue says."""
    tail = left[-80:].casefold()  # room for an outlet before "слова"
    for pattern, case in _CASE_AFTER:
        if pattern.search(tail):
            return case
    joined = _AFTER_AND.search(tail)
    if joined is None:
        return None
    # "По данным «Медиазоны» и Русской службы": the cue before the first of two sources
    words = tail[: joined.start()].split()
    for n in range(1, min(JOINED_WORDS, len(words)) + 1):
        if words[-n].endswith(","):
            return None  # "Министерстве труда, миграции и занятости": a list inside one name
        if not (words[-n][:1] == "«" or words[-n][:1].isupper()):
            continue  # the first source opens with a name: "«Медиазоны» и", "РИА Новости и"
        before = " ".join(words[:-n])
        for pattern, case in _CASE_AFTER:
            if pattern.search(before):
                return case
    return None


JOINED_WORDS = 5  # how long the first of two joined sources may be
_AFTER_AND = re.compile(r"\s+и\s*$")


_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


def _reading(word: str, case: str, pos: tuple[str, ...]) -> Any | None:
    if not _CYRILLIC.match(word):
        return None
    parses = _parses(word)
    if parses and parses[0].tag.POS in _FUNCTION_WORDS:
        return None  # "из" is a preposition, not a rare plural of a name ("изы")
    for parse in parses:
        if parse.tag.case == case and parse.tag.POS in pos:
            return parse
    return None


def _name_reading(word: str, case: str) -> Any | None:
    if not _CYRILLIC.match(word) or not word[:1].isupper():
        return None
    for parse in _parses(word):
        if parse.tag.case == case and any(t in parse.tag for t in _NAME_TAGS):
            return parse
    return None


@cache
def _abbreviation_genders() -> dict[str, str]:
    from dossier.lang import read_words

    table = read_words(Path(__file__).parents[1] / "lang" / "ru")["abbreviation_genders"]
    return {word: gender for gender, spaced in table.items() for word in spaced.split()}


_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,}$")


def _before_abbreviation(word: str, case: str, nxt: str) -> str | None:
    """An adjective in ``case`` before an indeclinable abbreviation, in the nominative of
    the abbreviation's gender ("непальского МИД" -> "непальский"); else None."""
    if not _ABBREVIATION.match(nxt):
        return None
    gender = _abbreviation_genders().get(nxt, "masc")
    adjective = _reading(word, case, ("ADJF",))
    if adjective is None:
        return None
    inflected = adjective.inflect({"nomn", "sing", gender})
    return _match_case(word, inflected.word) if inflected else None


def _one_of(word: str, case: str) -> Any | None:
    """The reading of "одного" / "одной" in ``case`` before "из": a man's before a
    neuter's, as a speaker's "один из них" is."""
    readings = [p for p in _parses(word) if p.tag.case == case and p.tag.POS in ("ADJF", "NUMR")]
    for gender in ("masc", "femn", "neut"):
        for parse in readings:
            if parse.tag.gender == gender:
                return parse
    return readings[0] if readings else None


def _to_nominative(word: str, parse: Any, gender: str | None, number: str | None) -> str:
    grammemes = {"nomn"}
    if parse.tag.POS in ("ADJF", "PRTF"):
        grammemes.add("plur" if number == "plur" else (gender or "masc"))
    inflected = parse.inflect(grammemes)
    return _match_case(word, inflected.word) if inflected else word


def _person_after(phrase: str, rest: list[re.Match[str]], head: Any) -> str | None:
    """The nominative of a person's name after a person noun ("адвоката Фарзоны
    Каримовой" -> "Фарзона Каримова"), when the rest of the phrase is two or three
    capitalised words that the name readings did not all know; else None."""
    if "anim" not in head.tag or not 2 <= len(rest) <= 3:
        return None
    if not all(t.group(0)[:1].isupper() and _CYRILLIC.match(t.group(0)) for t in rest):
        return None
    from dossier.resolve.morph import nominative_name

    written = phrase[rest[0].start() : rest[-1].end()]
    nominative = nominative_name(written, "PERSON")
    return nominative if nominative != written else None


# The nominative of a name the dictionary lacks, by its ending in the case its cue governs:
# in the accusative an a-stem's "-у"/"-ю" ("Шарму" -> "Шарма") and a masculine consonant
# stem's "-а" ("Рахула" -> "Рахул"); in the genitive an a-stem's "-ы", or "-и" after a
# letter "-ы" never follows ("Переры" -> "Перера"), and a consonant stem's "-а" ("Нараяна"
# -> "Нараян"). A word in "-а" there is no woman's name: hers would end otherwise. Other
# words ("Адхикари", "Чоудхури": indeclinable) are left as written.
_NAME_ENDINGS = {
    "accs": (("у", "а"), ("ю", "я"), ("а", "")),
    "gent": (("ьи", "ья"), ("ы", "а"), ("ки", "ка"), ("ги", "га"), ("хи", "ха"), ("жи", "жа"),
             ("ши", "ша"), ("чи", "ча"), ("щи", "ща"), ("а", "")),
}  # fmt: skip
# An unknown name's instrumental endings ("с Нуваном Перерой"): a masculine consonant
# stem's "-ом", an a-stem's "-ой"/"-ей" (read by instrumental_name only, not after a title)
_INSTRUMENTAL_ENDINGS = (("ом", ""), ("ой", "а"), ("ей", "я"))
MAX_NAME_WORDS = 3


def _name_tail(tokens: list[re.Match[str]], case: str) -> list[tuple[int, int, str]]:
    """The nominative of a person's name closing a phrase after a long title
    ("официального представителя МИД Индии Рахула Шарму", "министра иностранных дел
    Непала Нараяна Прасада Адхикари"): the last two or three capitalised words, a place
    ("Индии") before the surname ending the name."""
    endings = _NAME_ENDINGS.get(case)
    if endings is None:
        return []
    run: list[re.Match[str]] = []
    for token in reversed(tokens[1:]):
        word = token.group(0)
        if len(run) == MAX_NAME_WORDS or not (_CYRILLIC.match(word) and word[:1].isupper()):
            break
        first = _parses(word.casefold())[:1]
        # a place only guessed is no place ("Прадипа" read as one; round 23)
        place = any(("Geox" in p.tag or "Orgn" in p.tag) and p.is_known for p in first)
        if place and run:  # a surname may read as a place too ("Тапу"); the title's may not
            break
        run.insert(0, token)
    if len(run) < 2 or any(_plain_nominative(t.group(0)) for t in run):
        return []  # "Радио Свобода", "Новая Газета": a name of common words, as written
    out = []
    for token in run:
        nominative = _name_nominative(token.group(0), case, endings)
        if nominative is not None:
            out.append((*token.span(), nominative))
    return out


def _name_nominative(word: str, case: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """One word of a person's name in ``case`` put in the nominative: by the dictionary's
    name reading, else by the first of ``endings`` (written, nominative) it ends in; None
    when neither knows it."""
    known = _name_reading(word, case)
    # a plural reading is a guess of the dictionary's ("Нихала" as "нихалаа"): a source's
    # name is one person's (round 14)
    plural = known is not None and known.tag.number == "plur"
    if known is not None and not plural and not _guessed_indeclinable(word, known):
        return _to_nominative(word, known, None, None)
    for ending, nominative in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return None


def _guessed_indeclinable(word: str, parse: Any) -> bool:
    """A reading the dictionary only guessed, as a name that never declines ("Шрестхи"
    guessed from "-тхи"): the ending table reads such a word better ("Шрестха")."""
    from dossier.resolve.morph import _analyzer

    return "Fixd" in parse.tag and not _analyzer().word_is_known(word.casefold())


def _plain_nominative(word: str) -> bool:
    """A word the dictionary knows as a common noun in the nominative singular ("Свобода");
    a plural one ("Шармы", "Динары") is a genitive name as often (round 23)."""
    from dossier.resolve.morph import _analyzer

    lowered = word.casefold()
    return _analyzer().word_is_known(lowered) and any(
        p.tag.case == "nomn"
        and p.tag.POS == "NOUN"
        and p.tag.number != "plur"
        and not any(t in p.tag for t in _NAME_TAGS)
        for p in _parses(lowered)
    )


def nominative_phrase(phrase: str, case: str | None) -> str:
    """``phrase`` with its head noun phrase in the nominative (module docstring)."""
    if case is None or case == "nomn":
        return phrase
    tokens = list(_TOKEN.finditer(phrase))
    out: list[tuple[int, int, str]] = []
    adjectives: list[tuple[int, Any]] = []
    head: Any | None = None
    for i, token in enumerate(tokens):
        word = token.group(0)
        if head is None:
            noun = _reading(word, case, ("NOUN",))
            adjective = _reading(word, case, ("ADJF", "PRTF"))
            nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            agreed = _before_abbreviation(word, case, nxt)
            if agreed is not None:  # "непальского МИД": the abbreviation ends the phrase
                for j, _ in adjectives:  # "нового киргизского МИД"
                    earlier = _before_abbreviation(tokens[j].group(0), case, nxt)
                    out.append((*tokens[j].span(), earlier or tokens[j].group(0)))
                out.append((*token.span(), agreed))
                break
            following = _reading(nxt, case, ("NOUN", "ADJF", "PRTF"))
            agreeing = _agreeing(word, case, following) if adjective is not None else None
            if agreeing is not None:
                adjectives.append((i, agreeing))
                continue
            if noun is None and adjective is not None and nxt.casefold() == "из":
                # "одного из них", "одной из участниц": one of a group, its own head
                one = _one_of(word, case) or adjective
                out.append((*token.span(), _to_nominative(word, one, one.tag.gender, "sing")))
                break
            if noun is None and adjective is not None and word[:1].islower():
                # an adjective used as a noun heads the phrase: "со ссылкой на родных
                # погибшего" -> "родные погибшего", "уполномоченного" (round 21)
                head = adjective
                gender, number = adjective.tag.gender, adjective.tag.number
                out.append((*token.span(), _to_nominative(word, adjective, gender, number)))
                continue
            if noun is None:  # not a noun phrase in the cue's case: only a name closing it
                break  # ("уполномоченного по правам человека … Динары Оморовой", round 21)
            head = noun
            gender, number = noun.tag.gender, noun.tag.number
            for j, parse in adjectives:
                word_j = tokens[j].group(0)
                out.append((*tokens[j].span(), _to_nominative(word_j, parse, gender, number)))
            out.append((*token.span(), _to_nominative(word, noun, gender, number)))
            continue
        name = _name_reading(word, case)
        if name is None:
            run = _person_after(phrase, tokens[i:], head)
            if run is not None:  # "адвоката Фарзоны Каримовой": a name the dictionary lacks
                out.append((tokens[i].start(), tokens[-1].end(), run))
            break  # the first word that does not agree ends the head
        out.append((*token.span(), _to_nominative(word, name, None, None)))
    if not any(e == tokens[-1].end() for _, e, _ in out):
        out.extend(_name_tail(tokens, case))
    result = phrase
    for start, end, word in reversed(out):
        result = result[:start] + word + result[end:]
    return result


def _agreeing(word: str, case: str, following: Any | None) -> Any | None:
    """A reading of ``word`` as an adjective in ``case`` that may modify the word after it
    by number: "родных погибшего" (a plural before a singular) are two phrases, the
    relatives of the dead man (round 21); "его родственников" agrees."""
    if following is None or not _CYRILLIC.match(word):
        return None
    for parse in _parses(word):
        if parse.tag.case != case or parse.tag.POS not in ("ADJF", "PRTF"):
            continue
        a, b = parse.tag.number, following.tag.number
        if a is None or b is None or a == b:
            return parse
    return None


def instrumental_name(name: str) -> str | None:
    """The nominative of a person's name of two or three words in the instrumental that
    the dictionary does not wholly know ("Нуваном Перерой" -> "Нуван Перера"); None when
    a word has no instrumental reading or ending."""
    words = name.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    out = []
    for word in words:
        if not (_CYRILLIC.match(word) and word[:1].isupper()):
            return None
        nominative = _name_nominative(word, "ablt", _INSTRUMENTAL_ENDINGS)
        if nominative is None:
            return None
        out.append(nominative)
    return " ".join(out)
