"""Russian case forms of names to the nominative (pymorphy3).

"Кубанычбека уулу" -> "Кубанычбек уулу", "Кирилла Кабанова" -> "Кирилл Кабанов",
"в Бишкеке" -> "Бишкек". A person's words agree in gender and case, so the case and
gender are read from the first word pymorphy3 knows as a name and the other words
are put in the nominative of that gender. For organisations only the first word
inflects ("Министерства обороны" -> "Министерство обороны").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dossier.resolve.name_data import name_rules
from dossier.resolve.translit import has_cyrillic, token_key

_WORD = re.compile(r"[\u0400-\u04ff]+")
# A place's name keeps its hyphenated words whole: the dictionary knows "Шри-Ланка",
# "Ханты-Мансийск", and declines them as one word ("в Шри-Ланке")
_PLACE_WORD = re.compile(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")
# Central Asian patronymic particles and the gender each gives: "Бакыту Асанбек уулу" is
# Bakyt, son of Asanbek; "Айзаде Жолдошбек кызы" is Aizada, his daughter.
_PARTICLE_GENDER = {
    "уулу": "masc", "улы": "masc", "оглы": "masc", "угли": "masc",
    "кызы": "femn", "гызы": "femn", "кизи": "femn",
}  # fmt: skip
_PARTICLES = frozenset(_PARTICLE_GENDER)
# The stem of a Russian-style surname (-ов, -ев, -ин names), and a woman's such surname in an
# oblique case ("Мамытовой", "Ильиной"): its nominative ends in -а
_SURNAME_STEM = r"(?:ов|ев|ёв|ин|ын)"
_FEMININE_OBLIQUE = re.compile(rf"^[А-ЯЁ][а-яё-]*{_SURNAME_STEM}ой$")
# A woman's given name in an oblique case, when the dictionary does not know it ("Гулнозе"):
# the first declension's endings, longest first
_FEMININE_ENDINGS = (("ией", "ия"), ("ии", "ия"), ("ой", "а"), ("ей", "я"), ("е", "а"),
                     ("ы", "а"), ("у", "а"), ("ю", "я"))  # fmt: skip
# names headed by their first noun ("Министерством обороны", "изданию «Бумага»"): only the
# head is put in the nominative
_HEADED = frozenset(("ORG", "OUTLET"))


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3  # imported here: 0.3 s, and only Russian text needs it

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple[Any, ...]:
    return tuple(_analyzer().parse(word))


def lemma(word: str) -> str:
    """The dictionary form of a Russian word the dictionary knows ("суда" -> "суд",
    "Кыргызстана" -> "кыргызстан"); an unknown word as it is, since a guessed lemma of a
    foreign name ("Озоди") would change the name."""
    lowered = word.lower()
    if not _analyzer().word_is_known(lowered):
        return lowered
    parses = _parses(lowered)
    return str(parses[0].normal_form) if parses else lowered


def _nominative(word: str, gender: str | None, case: str | None, adjectives: bool = False) -> str:
    # adjectives only in place names ("Луганской области"); a person's "Рахмонова" is
    # also parsed as a short adjective, which must not win
    pos = ("NOUN", "ADJF") if adjectives else ("NOUN",)
    parses = [p for p in _parses(word) if p.tag.POS in pos or "Surn" in p.tag]
    chosen = next(
        (p for p in parses if (gender is None or p.tag.gender == gender) and p.tag.case == case),
        None,
    )
    if chosen is None and not adjectives:
        return _surname_nominative(word, gender, case)
    if chosen is None or chosen.tag.case == "nomn" or chosen.tag.number == "plur":
        return word
    inflected = chosen.inflect({"nomn"})
    return _match_case(word, inflected.word) if inflected else word


# A Russian surname's endings by (gender, case), as the paradigm of -ов/-ев/-ин names has them,
# for a surname the dictionary does not know ("Андрея Лыкова" -> "Андрей Лыков").
_SURNAME_ENDINGS = {
    ("masc", "gent"): ("а", ""), ("masc", "accs"): ("а", ""), ("masc", "datv"): ("у", ""),
    ("masc", "ablt"): ("ым", ""), ("masc", "loct"): ("е", ""),
    ("femn", "gent"): ("ой", "а"), ("femn", "datv"): ("ой", "а"), ("femn", "ablt"): ("ой", "а"),
    ("femn", "loct"): ("ой", "а"), ("femn", "accs"): ("у", "а"),
}  # fmt: skip


# A place named by its kind word first ("Республике Татарстан", "Республике Саха"): the kind
# word is the head, and the name after it does not decline.
_PLACE_KINDS = frozenset(
    # вилоят: Uzbek; штат, провинция, дистрикт, уезд: the units of South Asian countries
    (
        *("республика", "область", "край", "район", "округ", "город", "вилоят"),
        *("штат", "провинция", "дистрикт", "уезд"),
    )
)


def _kind_word(words: list[str]) -> bool:
    return len(words) > 1 and any(
        p.normal_form in _PLACE_KINDS for p in _parses(words[0].lower())[:2]
    )


def _surname_nominative(word: str, gender: str | None, case: str | None) -> str:
    ending = _SURNAME_ENDINGS.get((str(gender), str(case)))
    if ending is None or not re.search(_SURNAME_STEM + re.escape(ending[0]) + "$", word):
        return word
    return word[: len(word) - len(ending[0])] + ending[1]


def _head_nominative(word: str) -> str:
    """The first noun of an organisation's name in the nominative ("Министерством" ->
    "Министерство", "Вагнером" -> "Вагнер"), when its most likely reading is a singular
    noun; an adjective ("Первомайском районном суде") stays as it is."""
    parses = _parses(word)
    if not parses:
        return word
    best = parses[0]
    noun = best.tag.POS == "NOUN" or "Surn" in best.tag
    if not noun or best.tag.number == "plur" or best.tag.case == "nomn":
        return word
    inflected = best.inflect({"nomn"})
    return _match_case(word, inflected.word) if inflected else word


def _swap(name: str, word: str, form: str) -> str:
    """``name`` with every whole-word ``word`` in it replaced by ``form``."""
    return re.sub(rf"\b{re.escape(word)}\b", form, name)


def _match_case(original: str, word: str) -> str:
    if "ё" not in original.lower():  # the dictionary writes "Умёд"; the text wrote "Умеду"
        word = word.replace("ё", "е").replace("Ё", "Е")
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        parts = word.split("-")
        capitals = [part[:1].isupper() for part in original.split("-")]
        if len(capitals) == len(parts):  # "Шри-Ланке" -> "Шри-Ланка", "Ханты-Мансийск"
            pairs = zip(parts, capitals, strict=True)
            return "-".join(p[:1].upper() + p[1:] if up else p for p, up in pairs)
        return word[:1].upper() + word[1:]
    return word


def _combos(words: list[str], adjectives: bool = False) -> list[tuple[str | None, str | None]]:
    """The singular (gender, case) readings most words of the name share, in parse order;
    of a place's name its adjectives count too ("Ростовскую область": the adjective is only
    accusative, the noun also nominative)."""
    pos = ("NOUN", "ADJF") if adjectives else ("NOUN",)
    counts: dict[tuple[str | None, str | None], int] = {}
    for word in words:
        combos = dict.fromkeys(
            (p.tag.gender, p.tag.case)
            for p in _parses(word)
            if p.tag.POS in pos and p.tag.number != "plur"
        )
        for combo in combos:
            counts[combo] = counts.get(combo, 0) + 1
    best = max(counts.values(), default=0)
    return [combo for combo, count in counts.items() if count == best]


def _inflect(name: str, words: list[str], combo: tuple[str | None, str | None], kind: str) -> str:
    gender, case = combo
    if case in (None, "nomn"):
        return name
    out = name
    for word in dict.fromkeys(words):
        if len(word) > 1 and word.lower() not in _PARTICLES:
            nominative = _nominative(word, gender, case, adjectives=kind == "PLACE")
            out = _swap(out, word, nominative)
    return out


# a region's word as regional sites shorten it ("в Свердловской обл."), or in the plural that
# two regions share ("из Ошской и Баткенской областей"): written out in the singular, in the
# case of the adjective before it, so that the name declines as a whole
_REGION_WORD = re.compile(
    r"(?<=[а-яё])(?P<case>ой|ая|ую|ою|ом|ого|ому|ий|ым|им)[ \u00a0]+"
    r"(?P<word>обл\.?|област(?:ей|ях|ям|ями|и)|кра(?:ев|ях|ям|ями|я)|район(?:ов|ах|ам|ами|ы))$"
)
_SINGULAR_UNITS = {
    "о": {"ой": "области", "ая": "область", "ую": "область", "ою": "областью"},
    "к": {"ом": "крае", "ого": "края", "ому": "краю", "ий": "край", "ым": "краем", "им": "краем"},
    "р": {"ом": "районе", "ого": "района", "ому": "району", "ий": "район", "ый": "район",
          "ым": "районом", "им": "районом"},
}  # fmt: skip


def _written_out(name: str, kind: str) -> str:
    """``name`` with a region's shortened or plural word written out in the singular
    ("Свердловской обл." -> "Свердловской области", "Баткенской областей" -> "Баткенской
    области"); other names as they are."""
    found = _REGION_WORD.search(name) if kind == "PLACE" else None
    if found is None:
        return name
    singular = _SINGULAR_UNITS[found.group("word")[0]].get(found.group("case"))
    return name if singular is None else name[: found.end("case")] + " " + singular


def shared_region_name(adjective: str, after: str) -> str | None:
    """The region a lone adjective names when it shares the unit word of the next one
    ("Ошской" in "Ошской и Баткенской областей": "Ошская область"); None otherwise."""
    found = _SHARED_AFTER.match(after)
    if found is None:
        return None
    return nominative_name(f"{adjective} {found.group('word')}", "PLACE")


_SHARED_AFTER = re.compile(
    r"[ \u00a0]+и[ \u00a0]+[А-ЯЁ][а-яё-]+[ \u00a0]+"
    r"(?P<word>област(?:ей|ях|ям|ями|и)|кра(?:ев|ях|ям|ями|я)|район(?:ов|ах|ам|ами|ы))(?![\w-])"
)


def nominative_forms(name: str, kind: str) -> tuple[str, ...]:
    """Every reading of a Russian name as a nominative, the name itself first.

    "Садыра Жапарова" may be a woman named in the nominative or a man in the
    genitive; both readings are returned and the caller compares each.
    """
    if not has_cyrillic(name):
        return (name,)
    name = _written_out(name, kind)
    words = (_PLACE_WORD if kind == "PLACE" else _WORD).findall(name)
    if kind in _HEADED and words:
        return tuple(dict.fromkeys((name, name.replace(words[0], _head_nominative(words[0]), 1))))
    combos = _combos(words, adjectives=kind == "PLACE")
    forms = [name, *(_inflect(name, words, combo, kind) for combo in combos)]
    return tuple(dict.fromkeys(forms))


# a Kyrgyz rural municipality's word, which does not decline ("Кулундуского айыл окмоту"):
# the adjective before it declines as before a masculine unit's word
_AIYL_OKMOTU = re.compile(
    r"(?<=[а-яё])(?P<case>ом|ого|ому|ий|ый|ым|им)[ \u00a0]+айыл[ \u00a0]+окмоту$"
)


def _aiyl_okmotu(name: str) -> str | None:
    """ "Кулундуского айыл окмоту" -> "Кулундуский айыл окмоту", read as "Кулундуского
    района" is; None for other names."""
    found = _AIYL_OKMOTU.search(name)
    unit = _SINGULAR_UNITS["р"].get(found.group("case")) if found else None
    if found is None or unit is None:
        return None
    head = nominative_name(f"{name[: found.end('case')]} {unit}", "PLACE")
    return head.rsplit(" ", 1)[0] + name[found.end("case") :]


def nominative_name(name: str, kind: str) -> str:
    """The most likely nominative form of a Russian name; other names are returned as is.

    When readings tie, the nominative one wins: "Соколова Елена" stays as it is
    rather than becoming the genitive of "Соколов".
    """
    if not has_cyrillic(name):
        return name
    if kind == "PLACE" and (unit := _aiyl_okmotu(name)) is not None:
        return unit
    name = _written_out(name, kind)
    words = (_PLACE_WORD if kind == "PLACE" else _WORD).findall(name)
    if not words:
        return name
    if kind in _HEADED and (ordinal := _ORDINAL.match(name)):
        return _ordinal_nominative(ordinal.group(1), name[ordinal.end() :])
    if kind in _HEADED or (kind == "PLACE" and _kind_word(words)):
        return _headed_nominative(name, words)
    if kind == "PERSON" and (person := _person_nominative(name, words)) is not None:
        return person
    if kind == "PERSON" and len(words) == 1 and (alone := _lone_name(words[0])) is not None:
        return _swap(name, words[0], alone)
    if kind == "PLACE" and len(words) == 1 and (alone := _lone_place(words[0])) is not None:
        return _swap(name, words[0], alone)
    combos = _combos(words, adjectives=kind == "PLACE")
    if not combos:
        return _plural_place(name, words) if kind == "PLACE" else name
    combo = next((c for c in combos if c[1] == "nomn"), combos[0])
    return _inflect(name, words, combo, kind)


def _lone_place(word: str) -> str | None:
    """A place named by one word, in the nominative, when the readings that make a
    place's name say so; None to read it as any name.

    - An adjective alone names no place: "под Покровском" is the town Покровск, not the
      adjective "Покровский" that the dictionary ranks first.
    - A word the dictionary does not know ("в Хатлоне", "в Мирнограде", "в Токмоке") is
      read as a masculine noun of the consonant stem when that is one of its guessed
      readings: new and Central Asian toponyms are mostly such nouns (-он, -град, -кент,
      -абад), while the guesser also offers a neuter "Хатлоно", a woman's name "Хатлона"
      and an indeclinable "Таразе", whichever it met first.
    """
    lowered = word.lower()
    parses = _singular_nouns(lowered)
    if not parses:
        return None
    if not _analyzer().word_is_known(lowered):
        masculine = [p for p in parses if p.tag.gender == "masc" and "Fixd" not in p.tag]
        parses = masculine or parses
    chosen = parses[0]
    if chosen.tag.case == "nomn" or "Fixd" in chosen.tag:
        return word
    inflected = chosen.inflect({"nomn"})
    return _match_case(word, inflected.word) if inflected else None


def _singular_nouns(lowered: str) -> list[Any]:
    """The readings of a word as a noun in the singular, in the analyzer's order."""
    return [p for p in _parses(lowered) if p.tag.POS == "NOUN" and p.tag.number != "plur"]


def place_readings(word: str) -> list[str]:
    """Every nominative a one-word place name in an oblique case may have, in the order of
    its readings: "в Курунегале" is Курунегал or Курунегала, and only the gazetteer knows
    which. A ё the guesser put in a word written with е is written е again."""
    if " " in word.strip() or not has_cyrillic(word):
        return []
    out: list[str] = []
    for parse in _singular_nouns(word.lower()):
        inflected = parse.inflect({"nomn"})
        if inflected is None:
            continue
        form = inflected.word if "ё" in word.lower() else inflected.word.replace("ё", "е")
        reading = _match_case(word, form)
        if reading not in out:
            out.append(reading)
    return out


def _plural_place(name: str, words: list[str]) -> str:
    """A town named in the plural ("в Котельниках" → "Котельники", "Мытищах" →
    "Мытищи"), when every reading of its noun is plural."""
    out = name
    for word in words:
        parses = [p for p in _parses(word) if p.tag.POS == "NOUN" and p.tag.number == "plur"]
        if not parses or parses[0].tag.case == "nomn":
            continue
        inflected = parses[0].inflect({"nomn", "plur"})
        if inflected:
            out = _swap(out, word, _match_case(word, inflected.word))
    return out


def _person_nominative(name: str, words: list[str]) -> str | None:
    """A person's name whose gender and case one word gives away, in the nominative; None
    when none does (the readings shared by most words then decide).

    - A patronymic particle: only the given name inflects, in the particle's gender
      ("Бакыту Асанбек уулу" -> "Бакыт Асанбек уулу", "Севарой Баходир кизи" -> "Севара
      Баходир кизи"); the father's name before the particle stays as it is.
    - A woman's surname in an oblique case ("Жылдыз Мамытовой" -> "Жылдыз Мамытова"):
      the surname ends in -а and a given name inflects as a woman's, one ending in a
      consonant not at all ("Жылдыз", "Бермет"); unless the surname may be a man's in the
      nominative ("Андрей Луговой").
    """
    if (a_stem := _south_asian_a_stem(name)) is not None:
        return a_stem
    if (south_asian := _south_asian_mans(name, words)) is not None:
        return south_asian
    if (
        len(words) == 2
        and _MANS_AI_GENITIVE.fullmatch(words[0])
        and _A_GENITIVE.fullmatch(words[1])
    ):
        # "Винея Гауды", "Санджая Гупты": a man's given name in -ей/-ай and a surname in -а,
        # both in the genitive (round 21)
        return f"{words[0][:-1]}й {words[1][:-1]}а"
    if len(words) >= 2 and _given_before_fixed_surname(words):
        return name  # "Сита Кумари Гурунг": a man's surname would have declined with it
    if len(words) >= 3 and words[-1].lower() in _PARTICLE_GENDER:
        gender = _PARTICLE_GENDER[words[-1].lower()]
        given = words[:-2]
        out = name
        for word in given:
            out = _swap(out, word, _given_nominative(word, gender))
        father = _fathers_nominative(given[-1], _given_nominative(given[-1], gender), words[-2])
        return _swap(out, words[-2], father) if gender == "masc" else out
    if len(words) == 2 and _womans_fixed_surname(words):
        # a woman's surname in a consonant does not decline ("Елене Ковалевич"); her
        # given name tells the case
        first = _unknown_womans_nominative(words[0]) or _given_nominative(words[0], "femn")
        return _swap(name, words[0], first)
    if len(words) == 2 and _indeclinable_surname(words[1]):
        # a Tajik surname in -зода does not decline ("Фарруха Саидзода", "Зарине Саидзода"):
        # the given name alone tells the case and the gender ("Манижи": a woman's genitive)
        alone = _unknown_womans_nominative(words[0]) or _lone_name(words[0])
        return _swap(name, words[0], alone) if alone is not None else name
    if len(words) == 2 and _womans_unknown_given(words):
        return name  # "Дилором Хасанова": a woman's name in the nominative
    if len(words) == 2 and _womans_known_given(words):
        return name  # "Марина Азимова": a woman's name in the nominative, no man's genitive
    if len(words) == 2 and womans_given_name(words[0]) and words[0][-1:] not in ("ы", "и"):
        # "Бибисоро Сафарова": a woman's given name that does not decline or is in the
        # nominative, so her surname is too, not a man's genitive ("Бибисоро Сафаров")
        return name
    fused = _fused_particle(words[-1]) if len(words) >= 2 else None
    if fused is not None:
        # a Kazakh surname with the particle written in ("Ерлана Маратулы", "Айгерим
        # Сериккызы") does not decline; the given names do, in the particle's gender
        out = name
        for word in words[:-1]:
            out = _swap(out, word, _given_nominative(word, fused))
        return out
    if len(words) == 2 and _womans_accusative(words):
        # "Марину Ложкину": a woman's name in the accusative, not a man's dative
        return _swap(_swap(name, words[0], _given_nominative(words[0], "femn")), words[1],
                     words[1][:-1] + "а")  # fmt: skip
    surnames = [w for w in words if _FEMININE_OBLIQUE.match(w)]
    if len(words) < 2 or len(surnames) != 1:
        return None
    if any(
        p.tag.case == "nomn" and p.tag.gender == "masc" and p.is_known for p in _parses(surnames[0])
    ):
        # "Андрей Луговой", "Лев Толстой": a man's surname in the nominative (a guess of an
        # adjective is none: "Мирзаевой" is no "Мирзаевый")
        return None
    out = name
    for word in dict.fromkeys(words):
        if word == surnames[0]:
            nominative = _surname_nominative(word, "femn", "gent")
        else:  # "Гульчехры Мирзаевой": an unknown given name declines with her surname
            nominative = _unknown_womans_nominative(word) or _given_nominative(word, "femn")
        out = _swap(out, word, nominative)
    return out


# the case endings a father's name takes with the given name and never ends in as written
_FATHERS_ENDINGS = ("ом", "у", "е")


def _fathers_nominative(given: str, nominative: str, father: str) -> str:
    """The father's name before "уулу" in the nominative: declined with the given name, it
    took the same case ending ("Чынгызом Анарбеком уулу" -> "Анарбек"); as written, it did
    not ("Бакыту Асанбек уулу"). Not the genitive's -а, which a father's name may end in
    ("Элмурода Абдулла угли")."""
    ending = given[len(nominative) :] if given.startswith(nominative) else ""
    if ending not in _FATHERS_ENDINGS or not father.endswith(ending):
        return father
    stem = father[: -len(ending)]
    return stem if stem[-1:].lower() in _CONSONANTS else father


_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# a man's given name in -ей/-ай in the genitive ("Винея", "Санджая", "Андрея"), and a surname in
# -а in the genitive ("Гауды", "Гупты", "Шуклы"; -и only after a velar or a hushing consonant,
# as "Тивари" is a nominative)
_MANS_AI_GENITIVE = re.compile(r"[А-ЯЁ][а-яё]+[еа]я")
_A_GENITIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:[бвдзлмнпрстфц]ы|[гкхжшчщ]и)")
# A masculine noun of a consonant stem in the cases that add an ending ("Бахадуру",
# "Сингхом", "Прасада", "Тамангe"), longest first
_MASCULINE_ENDINGS = ("ом", "у", "а", "е")
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


@lru_cache(maxsize=1)
def _name_data() -> dict[str, frozenset[str]]:
    """The word lists of name_rules.yaml that this module reads."""
    data: Any = name_rules()
    return {
        key: frozenset(str(word) for word in data[key])
        for key in (
            "south_asian_mens_words",
            "turkic_modifiers",
            "womens_given_names",
            "womens_name_prefixes",
            "womens_name_endings",
        )
    }


def womans_given_name(word: str) -> bool:
    """One of the data file's Central Asian women's given names, or a name made a woman's by
    its first or last element ("Бибисоро", "Зебунисо")."""
    data = _name_data()
    if word in data["womens_given_names"]:
        return True
    lowered = word.lower()
    made = len(word) >= 6 and (
        any(word.startswith(p) and word[len(p) : len(p) + 1].islower()
            for p in data["womens_name_prefixes"])
        or any(lowered.endswith(e) for e in data["womens_name_endings"])
    )  # fmt: skip
    # not a form of a man's name the dictionary knows
    return made and not any(
        "Name" in p.tag and p.tag.gender == "masc" and p.is_known for p in _parses(word)
    )


def _mens_words() -> frozenset[str]:
    return _name_data()["south_asian_mens_words"]


def south_asian_mans_word(word: str) -> bool:
    """One of the South Asian men's name words, as written or in a case form ("Бахадура")."""
    lowered = word.lower()
    return lowered in _mens_words() or any(
        lowered.endswith(e) and lowered[: -len(e)] in _mens_words() for e in _MASCULINE_ENDINGS
    )


def _south_asian_mans(name: str, words: list[str]) -> str | None:
    """A South Asian man's name in a case form, in the nominative; None when no word of it is
    one of the men's name words in a case form. Such a name declines in every word of a
    consonant stem ("Раму Бахадуру Тамангу" -> "Рам Бахадур Таманг"), which the dictionary
    does not know and reads as a woman's accusative ("Рама Бахадура Таманга")."""
    if len(words) < 2:
        return None
    ending = next(
        (
            e
            for w in words
            for e in _MASCULINE_ENDINGS
            if w.lower().endswith(e) and w.lower()[: -len(e)] in _mens_words()
        ),
        None,
    )
    if ending is None:
        return None
    out = name
    for word in dict.fromkeys(words):
        stem = word[: -len(ending)]
        if word.lower().endswith(ending) and len(stem) >= 2 and stem[-1].lower() in _CONSONANTS:
            out = _swap(out, word, stem)
    return out


# Initials or given names, then one surname ("Б.К. Шрестху", "Чаминду Переру")
_BEFORE_SURNAME = re.compile(
    r"^((?:[А-ЯЁ][а-яё]?\.\s?){1,3}|(?:[А-ЯЁ][а-яё-]+\s){1,2})([А-ЯЁ][а-яё-]+)$"
)
_INITIAL = re.compile(r"(?:[А-ЯЁ][а-яё]?\.)+")
# The endings of a noun in -а in the oblique cases, longest first ("Шрестхой", "Шрестху")
_A_STEM_ENDINGS = ("ою", "ой", "у", "ы", "е")


@lru_cache(maxsize=1)
def _a_stem_surnames() -> frozenset[str]:
    """Keys of the South Asian surnames in -a of ``name_rules.yaml`` ("shrestha", "perera")."""
    data: Any = name_rules()
    return frozenset(
        token_key(str(w)) for w in data["south_asian_surnames"] if str(w).endswith("a")
    )


def _south_asian_a_stem(name: str) -> str | None:
    """A name whose surname is one in -а of the South Asian list, in the nominative: such a
    surname declines as "папа" does for a man ("Б.К. Шрестху" -> "Б.К. Шрестха", "Р. Тхапой" ->
    "Р. Тхапа"), and so does a given name in -а before it ("Чаминду Переру" -> "Чаминда
    Перера"), where the dictionary reads a consonant stem ("Шрестх") or a genitive ("Чаминд
    Перер"); a man's given name of a consonant stem takes its own ending of the same case
    ("Гопала Шрестху" -> "Гопал Шрестха", "Бикашу Шрестхе" -> "Бикаш Шрестха")."""
    found = _BEFORE_SURNAME.match(name)
    if found is None:
        return None
    surname, given = found.group(2), found.group(1).split()
    words = [w for w in given if not _INITIAL.fullmatch(w)]
    if token_key(surname) in _a_stem_surnames():
        nominative = all(w.endswith("а") or w[-1:] in _CONSONANTS for w in words)
        return name if nominative else None
    for ending in _A_STEM_ENDINGS:
        stem = surname[: -len(ending)]
        if not surname.endswith(ending) or token_key(stem + "а") not in _a_stem_surnames():
            continue
        out = _swap(name, surname, stem + "а")
        for word in dict.fromkeys(words):
            given_nominative = _given_beside_a_stem(word, ending)
            if given_nominative is None:
                return None
            out = _swap(out, word, given_nominative)
        return out
    return None


# A consonant stem's endings in the case of each ending of a noun in -а ("Шрестху", an
# accusative, beside "Гопала"; "Тхапы", a genitive, beside "Рама Бахадура"; "Шрестхой" beside
# "Бикашем"); the dative's and the prepositional's -е share one form
_CONSONANT_STEM_CASE = {
    "ою": ("ом", "ем"),
    "ой": ("ом", "ем"),
    "у": ("а",),
    "ы": ("а",),
    "е": ("у", "е"),
}


def _given_beside_a_stem(word: str, ending: str) -> str | None:
    """A given name's nominative beside a surname in -а with ``ending``: a name in -а with the
    same ending ("Чаминду Переру"), or a man's of a consonant stem in the same case ("Гопала
    Шрестху", "Рама Бахадура Тхапы"); None when its ending fits neither."""
    if word.endswith(ending):
        return word[: -len(ending)] + "а"
    for case_ending in _CONSONANT_STEM_CASE[ending]:
        stem = word[: -len(case_ending)]
        if word.endswith(case_ending) and len(stem) >= 2 and stem[-1].lower() in _CONSONANTS:
            return stem
    return None


def _given_before_fixed_surname(words: list[str]) -> bool:
    """A given name in -а or -я before a surname in a hard consonant ("Сита Кумари Гурунг",
    "Никита Ковалевич"): a man's surname declines with his given name in an oblique case
    ("Бикаша Гурунга"), and a woman's given name in -а takes another ending in one ("Суниты
    Таманг"), so the name is in the nominative, which the guesser would read as a man's
    genitive ("Сит"). Not a Russian surname in -ых/-их, which declines for no one
    ("Олега Черемных", "Константина Викторовича Белых")."""
    given, surname = words[0], words[-1]
    return (
        given[:1].isupper()
        and given[-1:].lower() in ("а", "я")
        and surname[-1:].lower() in _CONSONANTS
        and not surname.lower().endswith(("ых", "их"))
    )


def _womans_accusative(words: list[str]) -> bool:
    """A given name in -у/-ю whose woman's accusative reading is at least as likely as any
    man's reading, before a surname in -ову/-еву/-ину/-ыну ("Марину Ложкину": Марина, not a
    man Марин in the dative); a man's dative given name has no such reading ("Ивану")."""
    given, surname = words
    if not re.search(r"(?:ов|ев|ёв|ин|ын)у$", surname) or given[-1:] not in ("у", "ю"):
        return False
    named = [p for p in _parses(given) if "Name" in p.tag and p.tag.number != "plur"]
    womans = max((p.score for p in named if p.tag.gender == "femn" and p.tag.case == "accs"),
                 default=0.0)  # fmt: skip
    mans = max((p.score for p in named if p.tag.gender == "masc"), default=0.0)
    return womans > 0 and womans >= mans


def _womans_fixed_surname(words: list[str]) -> bool:
    """A woman's given name in an oblique case before a surname ending in a consonant, which
    a man's would decline with it ("Елене Ковалевич", not "Андрею Ковалевичу"). Not an
    ending a man's nominative may have ("Раму", "Дордже")."""
    given, surname = words
    if not surname[-1:].isalpha() or surname[-1].lower() in "аяеиоуыэюйь":
        return False
    parses = [p for p in _parses(given) if "Name" in p.tag and p.tag.number != "plur"]
    if not parses:
        # a given name the dictionary does not know, in an ending only a woman's name in -а
        # takes ("Суниты Таманг"): a man's surname would have declined
        return given[:1].isupper() and _unknown_womans_nominative(given) is not None
    return all(p.tag.gender == "femn" and p.tag.case not in ("nomn", None) for p in parses[:2])


# the genitive of a woman's name in -а: -ы, or -и after a hushing or velar consonant
# ("Суниты", "Манижи", "Хадичи"); a man's nominative ends so only in names the dictionary knows
_WOMANS_GENITIVE = re.compile(r"(?:[бвдзлмнпрстфц]ы|[жшчщкгх]и)$")


def _unknown_womans_nominative(word: str) -> str | None:
    """A given name the dictionary does not know as a name, in the genitive of a woman's in
    -а, in the nominative ("Суниты" -> "Сунита", "Манижи" -> "Манижа"); else None."""
    if len(word) < 5 or any("Name" in p.tag for p in _parses(word.lower())):
        return None
    return word[:-1] + "а" if _WOMANS_GENITIVE.search(word.lower()) else None


def _womans_unknown_given(words: list[str]) -> bool:
    """A given name in a consonant the dictionary does not know as a name, before a surname
    in -ова/-ева/-ина/-ына: a man's would have declined with his surname in the genitive
    ("Дилорома Хасанова"), so this is a woman's, in the nominative ("Дилором Хасанова")."""
    given, surname = words
    if not re.search(r"(?:ов|ев|ёв|ин|ын)а$", surname) or not given[:1].isupper():
        return False
    if not given[-1:].isalpha() or given[-1].lower() in "аяеиоуыэюйьё":
        return False
    # a guess of another name's plural or vocative ("Дилором" as "Дилорома") is no knowledge
    return not any(
        "Name" in p.tag and p.tag.number != "plur" and p.tag.case != "voct" for p in _parses(given)
    )


def _womans_known_given(words: list[str]) -> bool:
    """A given name whose first reading is a woman's in the nominative, before a surname in
    -ова/-ева/-ина/-ына: "Марина Азимова" is a woman in the nominative, not the genitive of
    a man "Марин Азимов" that the name's second reading allows (round 22)."""
    given, surname = words
    if not re.search(r"(?:ов|ев|ёв|ин|ын)а$", surname):
        return False
    parses = _parses(given)
    if not parses:
        return False
    tag = parses[0].tag
    return "Name" in tag and tag.gender == "femn" and tag.case == "nomn" and tag.number == "sing"


def _indeclinable_surname(word: str) -> bool:
    """A Tajik surname in -зода or -заде, the same in every case and for either sex."""
    return word.lower().endswith(("зода", "заде")) and len(word) > 6


def _fused_particle(word: str) -> str | None:
    """The gender of a surname that ends in a patronymic particle written as one word with
    the father's name ("Маратулы", "Сериккызы"), else None."""
    lowered = word.lower()
    for particle in ("улы", "ұлы", "кызы", "қызы"):
        if lowered.endswith(particle) and len(lowered) > len(particle) + 2:
            return "femn" if "ызы" in particle else "masc"
    return None


def _lone_name(word: str) -> str | None:
    """A name said by one word in an oblique case ("с Шерзодом", "Бобуром"), in the
    nominative; None when a nominative reading may be meant ("Иванова"). Its readings as a
    given name, surname or patronymic decide, also guessed ones ("Шерзодом" as "Шерзод",
    though the guess of a nominative "шерзодом" comes first); without one, the readings of
    a word the dictionary knows, else the likeliest guess alone."""
    parses = [
        p for p in _parses(word)
        if p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case != "voct"
    ]  # fmt: skip
    named = [p for p in parses if _PERSON_TAGS & p.tag.grammemes]
    known = [p for p in parses if p.is_known]
    readings = named or known or parses[:1]
    if not readings or any(p.tag.case == "nomn" for p in readings):
        return None
    if not named:  # a guessed paradigm inflects oddly ("Бобуром" -> "бобурома")
        return _match_case(word, readings[0].normal_form)
    inflected = readings[0].inflect({"nomn"})  # a surname keeps its gender ("Смирновой")
    return _match_case(word, inflected.word) if inflected else None


def _given_nominative(word: str, gender: str) -> str:
    """A given name in the nominative of a gender: by the dictionary's reading of that gender
    in an oblique case, else (a woman's name it does not know) by the first declension's
    endings; a woman's name ending in a consonant does not decline."""
    if len(word) < 3:
        return word
    parses = [p for p in _parses(word) if p.tag.POS == "NOUN" and p.tag.gender == gender]
    # "Анне": read first as an indeclinable foreign name (Anne), but beside an oblique
    # surname the declinable reading (Анна's dative) is the one that fits
    parses = [p for p in parses if "Fixd" not in p.tag] or parses
    if any(p.tag.case == "nomn" and p.tag.number != "plur" for p in parses[:1]):
        return word
    chosen = next((p for p in parses if p.tag.number != "plur"), None)
    if chosen is not None:
        inflected = chosen.inflect({"nomn"})
        if inflected:
            return _match_case(word, inflected.word)
    if gender == "femn":
        lowered = word.lower()
        for ending, nominative in _FEMININE_ENDINGS:
            if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
                return word[: -len(ending)] + nominative
    return word


# a formation by its ordinal, written in figures with the ending ("810-ю бригаду …")
_ORDINAL = re.compile(r"(\d{1,4})-[а-яё]{1,3}\s+")
# the ordinal's nominative ending by its head's gender ("810-я бригада", "3-й корпус")
_ORDINAL_ENDINGS = {"femn": "я", "masc": "й", "neut": "е"}


def _ordinal_nominative(number: str, rest: str) -> str:
    """A formation named by its ordinal, in the nominative: the words after the ordinal as
    any body's ("бригаду морской пехоты" -> "бригада морской пехоты"), the ordinal's
    ending by the head's gender ("810-ю" -> "810-я")."""
    words = _WORD.findall(rest)
    if not words:
        return f"{number}-{rest}"
    nominative = _headed_nominative(rest, words)
    heads = [w for w in _WORD.findall(nominative) if any(
        p.tag.POS == "NOUN" for p in _parses(w)[:1])]  # fmt: skip
    gender = next((p.tag.gender for p in _parses(heads[0])[:1]), None) if heads else None
    return f"{number}-{_ORDINAL_ENDINGS.get(str(gender), 'й')} {nominative}"


def _headed_nominative(name: str, words: list[str]) -> str:
    """An organisation's name with its head in the nominative: the first noun, and the
    adjectives before it that agree with it ("Оренбургского областного суда" ->
    "Оренбургский областной суд", "Генеральном консульстве Узбекистана" -> "Генеральное
    консульство Узбекистана"); what follows the head (its complements) stays as it is."""
    if len(words) >= 2 and words[0] in _name_data()["turkic_modifiers"]:
        return name.replace(words[1], _head_nominative(words[1]), 1)  # "Жогорку Кенеша"
    adjectives: list[str] = []
    for word in words[:4]:
        parses = _parses(word)
        # "Главного" is read first as a noun ("главное"), then as the adjective it also is
        if any(p.tag.POS == "ADJF" for p in parses[:4]) and len(word) > 2:
            adjectives.append(word)
            continue
        break
    if not adjectives or len(adjectives) >= len(words):
        return name.replace(words[0], _head_nominative(words[0]), 1)
    head = words[len(adjectives)]
    # the head's reading that the first adjective agrees with (masculine and neuter
    # adjectives share their oblique forms)
    agree = {(p.tag.gender, p.tag.case) for p in _parses(adjectives[0]) if p.tag.POS == "ADJF"}
    cases = {case for _, case in agree}
    # a singular head first; a plural one when nothing singular agrees ("Вооруженными
    # силами России" -> "Вооруженные силы России")
    nouns = sorted(
        (p for p in _parses(head) if p.tag.POS == "NOUN"), key=lambda p: p.tag.number == "plur"
    )
    noun = next((p for p in nouns if p.tag.case in cases and p.tag.case != "nomn"), None)
    if noun is None:
        return name
    plural = noun.tag.number == "plur"
    inflected = noun.inflect({"nomn", "plur"} if plural else {"nomn"})
    if not inflected:
        return name
    out = [_match_case(head, inflected.word)]
    for word in adjectives:
        agreeing = [
            p for p in _parses(word) if p.tag.POS == "ADJF" and p.tag.case == noun.tag.case
            and (p.tag.number == "plur") == plural
            and (plural or p.tag.gender in (noun.tag.gender, None))
        ]  # fmt: skip
        # of two dictionary forms ("окружной", "окружный"), the one in -ой is the living one
        chosen = next((p for p in agreeing if p.normal_form.endswith("ой")), None) or next(
            iter(agreeing), None
        )
        wanted = {"nomn", "plur"} if plural else {"nomn", noun.tag.gender or "masc", "sing"}
        form = chosen.inflect(wanted) if chosen else None
        if not form:
            return name
        out.append(_match_case(word, form.word))
    phrase = " ".join([*out[1:], out[0]])
    original = re.match(r"\s*" + r"\s+".join(map(re.escape, [*adjectives, head])), name)
    return phrase + name[original.end() :] if original else name


def only_a_thing(word: str) -> bool:
    """True for a Russian word the dictionary knows, and knows only as a noun for a thing
    (inanimate, never a name, surname or patronymic): "Мажилиса", "Сената", "Госдумы"."""
    parses = [p for p in _parses(word.lower()) if p.is_known]
    return bool(parses) and all(
        p.tag.POS == "NOUN" and p.tag.animacy == "inan" and not _PERSON_TAGS & p.tag.grammemes
        for p in parses
    )


def singular_genitive(word: str) -> bool:
    """True when one of the word's readings is a noun in the genitive singular ("Мажилиса";
    not "Рам", a frame's genitive plural only)."""
    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in _parses(word.lower()))


def only_a_name(word: str) -> bool:
    """True for a word the dictionary knows only as a name ("Нурбек"), or does not know
    ("Сухроб"); False for one that is also a common word ("Вера", "Роза", "Лев")."""
    return all(_PERSON_TAGS & p.tag.grammemes for p in _parses(word.lower()) if p.is_known)


def known_given_name(word: str) -> bool:
    """The dictionary knows ``word`` as a given name in some reading ("Иван", "Сита" is not)."""
    return any("Name" in p.tag and p.is_known for p in _parses(word.lower()))


def only_a_persons_noun(word: str) -> bool:
    """True for a Russian word the dictionary knows, and knows only as a common noun for a
    person in the singular ("Выходцу", "Уроженца", "Адвокат"): never a name, surname or
    place. Towns are named by such nouns in the plural ("в Котельниках", "Текстильщики")."""
    parses = [p for p in _parses(word.lower()) if p.is_known]
    return bool(parses) and all(
        p.tag.POS == "NOUN"
        and p.tag.animacy == "anim"
        and p.tag.number == "sing"
        and not (_PERSON_TAGS | {"Geox", "Orgn"}) & p.tag.grammemes
        for p in parses
    )


def case_readings(word: str) -> set[str]:
    """The cases a Russian word may be in, by its likeliest readings."""
    return {str(p.tag.case) for p in _parses(word)[:4] if p.tag.case}


# A man's given name and Russian-style surname in the genitive or accusative read like a
# woman's in the nominative ("Сухроба Шарипова", "Фаридуна Назарова"): the given name ends
# in -а after a consonant, the surname in -ова/-ева/-ина.
# So does a Tajik surname in -зода, which does not decline ("мужа Сухроба Давлатзода"), and
# a surname after initials, as court releases name a defendant ("38-летнего Р.Т. Исмоилова"),
# or before them, as court rulings do ("граждан России Умарова С.Б.").
_INITIALS = r"[А-ЯЁ][а-яё]?\.(?:\s?[А-ЯЁ][а-яё]?\.){0,2}"
_MASCULINE_GENITIVE = re.compile(
    rf"^(?:(?:(?P<given>[А-ЯЁ][а-яё]*[бвгджзклмнпрстфхцчшщ])а|(?P<soft>[А-ЯЁ][а-яё]*[лнр])я"
    rf"|(?P<yot>[А-ЯЁ][а-яё]*[ае])я|(?P<initials>{_INITIALS})) "
    rf"(?:(?P<surname>[А-ЯЁ][а-яё-]*{_SURNAME_STEM})а|(?P<fixed>[А-ЯЁ][а-яё-]+(?:зода|заде)))"
    rf"|(?P<first>[А-ЯЁ][а-яё-]*{_SURNAME_STEM})а (?P<last_initials>{_INITIALS}))$"
)
# Words before a name that put it in an oblique case: "со слов", "по словам" (its words).
_OBLIQUE_GOVERNORS = frozenset({"слово"})


def _only_a_womans_name(word: str) -> bool:
    """The dictionary knows ``word`` as a woman's given name and not as a man's in any form
    ("Светлана", "Зарина"; not "Марина", also Марин's genitive), or a Central Asian woman's
    name of the data file's list that it does not know ("Дилноза")."""
    if womans_given_name(word):
        return True
    names = [p for p in _parses(word) if "Name" in p.tag and p.is_known]
    return any(p.tag.gender == "femn" for p in names) and not any(
        p.tag.gender == "masc" for p in names
    )


def _role_through_complement(words: list[str]) -> bool:
    """Two lowercase words before a name: a person's noun in the genitive singular and a
    thing's noun in the genitive after it ("председателя комитета", "руководителя
    отдела"), which governs nothing that could be in the nominative."""
    if len(words) != 2 or not all(w.islower() for w in words):
        return False
    role, complement = (_parses(w)[:1] for w in words)
    return bool(role and complement) and (
        role[0].tag.POS == "NOUN"
        and role[0].tag.animacy == "anim"
        and role[0].tag.case == "gent"
        and role[0].tag.number == "sing"
        and complement[0].tag.POS == "NOUN"
        and complement[0].tag.animacy == "inan"
        and complement[0].tag.case == "gent"
    )


def _a_mans_oblique(parse: Any) -> bool:
    """A reading in the masculine singular genitive or accusative."""
    tag = parse.tag
    return tag.case in ("gent", "accs") and tag.gender == "masc" and tag.number == "sing"


# the unit words of a place named in the genitive after a man's noun ("уроженца Хатлонской
# области", "жителя Ленинского района")
_PLACE_UNIT_GENITIVES = frozenset(
    ("области", "края", "района", "республики", "города", "села", "поселка", "посёлка")
)


def _mans_noun_before_place(words: list[str]) -> bool:
    """``words`` (those before a name) end with a man's noun in the genitive or accusative
    and then the place he is from ("уроженца Хатлонской области", "жителя Батайска")."""
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or words[i - 1] in _PLACE_UNIT_GENITIVES):
        i -= 1
    if i == len(words) or i == 0 or not words[i - 1].islower():
        return False
    nouns = [p for p in _parses(words[i - 1])[:2] if p.tag.POS == "NOUN" and p.is_known]
    return bool(nouns) and all(_mans_or_mens_oblique(p) and p.tag.animacy == "anim" for p in nouns)


def _mans_or_mens_oblique(parse: Any) -> bool:
    """A man's oblique reading, or the masculine plural's, which names men and may head a list
    of them ("граждан России Умарова С.Б. и Турсунова А.А.")."""
    tag = parse.tag
    return tag.case in ("gent", "accs") and tag.gender == "masc"


def _a_womans_noun(word: str) -> bool:
    """Every known noun reading is a woman's, animate, in the nominative singular
    ("жительница", "правозащитница", "вдова")."""
    nouns = [p for p in _parses(word.lower())[:3] if p.tag.POS == "NOUN" and p.is_known]
    return bool(nouns) and all(
        p.tag.gender == "femn" and p.tag.case == "nomn" and p.tag.number == "sing"
        and p.tag.animacy == "anim"
        for p in nouns
    )  # fmt: skip


def _womans_verb_after(after: str) -> bool:
    """The word right after a name is a verb in the feminine past ("… призвала", "…
    сообщила"): the name is its subject, in the nominative, and a woman's."""
    found = _VERB_AFTER.match(after)
    if found is None:
        return False
    readings = _parses(found.group(1))[:2]
    return bool(readings) and all(
        p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.gender == "femn" for p in readings
    )


def _feminine_noun_right_before(before: str) -> bool:
    """The word right before a name may be a feminine noun in the nominative ("Семья", "мать")."""
    words = _WORD.findall(before)[-1:]
    if not words or not before.endswith((" ", "\u00a0")):
        return False
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.gender == "femn"
        for p in _parses(words[0].lower())[:3]
    )


# Possessive pronouns before a kin word: "Его мать", "Ее сестра", "их дочь"
_POSSESSIVES = frozenset(("его", "ее", "её", "их"))


def _possessed_womans_noun(before: str) -> bool:
    """``before`` ends with a possessive and a feminine noun ("Его мать "): the possessive
    already says whose mother she is, so the name after the noun is in apposition to it and
    is the woman herself ("Его мать Мунира Холова"), never the man whose mother she is."""
    words = _WORD.findall(before)[-2:]
    return (
        len(words) == 2
        and words[0].lower() in _POSSESSIVES
        and before.rstrip().endswith(words[1])
        and _feminine_noun_right_before(before)
    )


_VERB_AFTER = re.compile(r"[ \u00a0]+([а-яё]+)(?![\w-])")


def womans_nominative(name: str, before: str, after: str = "") -> bool:
    """A name that reads as a woman's nominative or a man's genitive ("Дилноза Каримова") is
    the woman's when a woman's noun in the nominative stands right before it or before the
    place she is from ("Жительница Ташкента Дилноза Каримова", "Правозащитница Зарина
    Собирова"), as a man's noun there makes it his genitive (:func:`oblique_masculine`), or
    when a verb in the feminine past follows it ("Дилноза Абдуллаева призвала"); and always
    when its given name is one of the data file's women's names ("Жена осужденного Дилноза
    Холматова": no man is "Дилноз")."""
    found = _MASCULINE_GENITIVE.match(name)
    if found is None:
        return False
    if found.group("given") and womans_given_name(name.split()[0]):
        return True  # "Дилноза Холматова": no man is "Дилноз"
    if _womans_verb_after(after) and not _feminine_noun_right_before(before):
        # unless the verb may be another's: a feminine noun's right before ("Семья Сухроба
        # Шарипова узнала") or the woman's named before a man's genitive ("Мать погибшего
        # Бахрома Турсунова рассказала")
        return oblique_masculine(name, before, "") is None
    if not before.endswith((" ", "\u00a0")):
        return False
    if _possessed_womans_noun(before):
        return True
    for word in reversed(_WORD.findall(before)[-4:]):
        if _a_womans_noun(word):
            return True
        if not (word[:1].isupper() or word in _PLACE_UNIT_GENITIVES):
            return False
    return False


def oblique_masculine(name: str, before: str, after: str) -> str | None:
    """The nominative of a man's name written in the genitive or accusative, when the words
    around it say it is oblique and a man's: a preposition, "со слов" or a man's noun in the
    same case ("мужа") before it, or after
    a comma an apposition in a man's oblique case ("Сухроба Шарипова, уроженца Хатлона",
    "одного из задержанных, Фаридуна Назарова, ..."). None when nothing says so: read
    alone, "Садыра Жапарова" is as likely a woman in the nominative."""
    found = _MASCULINE_GENITIVE.match(name)
    if found is None or _only_a_womans_name(name.split()[0]):
        return None  # "Светлана Лапшина": no man is "Светлан"
    prev = _WORD.findall(before)[-1:]
    nxt = _WORD.findall(after.lstrip(" ,")[:40])[:1] if after.lstrip().startswith(",") else []
    cue = False
    if prev:
        governor = _parses(prev[0].lower())[:1]
        cue = any(p.tag.POS == "PREP" or p.normal_form in _OBLIQUE_GOVERNORS for p in governor)
    if not cue and prev and prev[0].islower() and before.endswith(" "):
        # a man's noun in apposition right before it: "мужа Сухроба Давлатзода", "сына …"
        nouns = [p for p in _parses(prev[0])[:2] if p.tag.POS == "NOUN" and p.is_known]
        cue = bool(nouns) and all(_a_mans_oblique(p) and p.tag.animacy == "anim" for p in nouns)
    if not cue and before.endswith(" "):
        # a man's noun before the place he is from: "уроженца Хатлонской области Шерзода …"
        cue = _mans_noun_before_place(_WORD.findall(before)[-5:])
    if not cue and before.endswith(" "):
        # a role noun in the genitive through its own complement: "председателя комитета
        # Ерлана Жаксылыкова" (the name is in apposition to it, in its case)
        cue = _role_through_complement(_WORD.findall(before)[-2:])
    if not cue and prev and prev[0].islower() and before.endswith(" "):
        # a man's adjective or participle right before it: "тело 31-летнего Мекана Чарыева",
        # "погибшего Бахрома Турсунова" (every reading a masculine or neuter oblique form)
        modifiers = [p for p in _parses(prev[0]) if p.tag.POS in ("ADJF", "PRTF")]
        cue = bool(modifiers) and all(
            p.tag.case in ("gent", "accs") and p.tag.gender in ("masc", "neut")
            and p.tag.number == "sing"
            for p in modifiers[:4]
        )  # fmt: skip
    if not cue and nxt:
        words = [p for p in _parses(nxt[0].lower()) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
        cue = bool(words) and all(_a_mans_oblique(p) for p in words[:2])
    if not cue and before.rstrip().endswith(","):
        # an apposition to a man named before in an oblique case ("одного из задержанных,")
        last = _WORD.findall(before)[-3:]
        cue = any(_a_mans_oblique(p) for w in last for p in _parses(w.lower())[:3])
    if not cue:
        cue = _after_a_mans_oblique_and(before)
    if not cue:
        return None
    if found.group("first"):
        return f"{found.group('first')} {found.group('last_initials')}"
    given = found.group("given") or found.group("initials")
    if found.group("soft"):
        given = found.group("soft") + "ь"  # "Акмаля" -> "Акмаль", "Игоря" -> "Игорь"
    elif found.group("yot"):
        given = found.group("yot") + "й"  # "Сергея" -> "Сергей", "Алексея" -> "Алексей"
    return f"{given} {found.group('surname') or found.group('fixed')}"


def _after_a_mans_oblique_and(before: str) -> bool:
    """``before`` ends with a man's name in an oblique case and "и": a name joined to it
    shares its case ("граждан России Умарова С.Б. и Турсунова А.А.")."""
    if not before.endswith(" и "):
        return False
    tokens = before[:-3].split(" ")
    for count in (2, 3):
        if len(tokens) <= count:
            break
        name = " ".join(tokens[-count:])
        if _MASCULINE_GENITIVE.match(name):
            rest = " ".join(tokens[:-count]) + " "
            return oblique_masculine(name, rest, "") is not None
    return False
