"""Compare names across documents, scripts and romanisations.

Every name is read into parts (:func:`analyze`): its words as comparison keys
(:func:`dossier.resolve.translit.token_key`, Russian case forms put in the
nominative first), its initials, and its patronymic particles — uulu, uly, ogly,
o‘g‘li ("son of") and kyzy, qizi, gyzy ("daughter of") — which are kept as a marker,
not a word, so "Kubanychbek uulu" and "Kubanychbek-uulu" are the same two parts.

Scoring (:func:`match_score`, 0..1; :data:`THRESHOLD` = 0.85 links two names)
------------------------------------------------------------------------------
Words are compared by key: equal keys score 1.0; keys equal but for Uzbek Latin
x where others write kh score 0.9 (Raximov; an English x reads ks: Maxim); keys
of five letters or more that differ by one dropped vowel score 0.9 (Aleksandr /
Aleksander), except a final "a" (Rakhimov / Rakhimova: a man and a woman).
Everything else scores 0: a swapped vowel (Abdullaev / Abdulloev, Rakhmanov /
Rakhmonov) or consonant (Sharipov / Sharifov, Sadyr / Sadyk) is a different name.

PERSON: names whose words written together are equal score 1.0 (Abdul-Aziz =
Abdulaziz). Otherwise words align in any order (Russian puts the surname first). Each word of
the shorter name must find a partner in the longer: a word scores as above, an
initial matches a word it starts (0.9). A "son of" against a "daughter of" marker
is 0. The score is the weakest aligned word; an unaligned extra word in the longer
name costs 0.05 unless it is a patronymic (-ovich, -ovna). A bare surname against a
full name scores 0.6 — two people may share it, so it never links by itself (the
analyst may merge). If a word of the shorter name has no partner the score is at
most 0.3.

ORG, OUTLET, GROUP: designators (group, company, LLC, PMC, ООО, ЧВК) and a web
domain's ending are dropped (Kloop.kg = Kloop; but two different endings, Gazeta.uz
and Gazeta.ru, score 0); the score is the Dice overlap of the remaining word keys
(fuzzy words as above), 1.0 when the words written together are equal (Asia-Plus =
Asiaplus); one name made of the other's initials scores 0.9.

PLACE: equal keys score 1.0; names the gazetteer knows score 1.0 when one place
has both names (Moscow = Москва, Kiev = Kyiv), else 0; otherwise the ORG rule.

The threshold was set on ``eval/names/gold.tsv``: 0.85 sits between the vowel-swap
and surname-only negatives (<= 0.6) and one-edit positives (0.9), so precision
does not depend on fine tuning.

Blocking (:func:`blocking_keys`)
--------------------------------
Two names can only match if they share a word key and a second word's initial,
so each name yields "first four letters of one word | first letter of another" for
every ordered pair of its words (initials only as the second part); a one-word
name yields "first four letters |". Candidate pairs are the pairs within a key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from dossier.models import EntityType
from dossier.resolve.morph import lemma, nominative_forms, nominative_name
from dossier.resolve.spans import PARTICLES, STOPWORDS, name_words
from dossier.resolve.translit import has_cyrillic, is_vowel, token_key

if TYPE_CHECKING:
    from dossier.resolve.gazetteer import Gazetteer

THRESHOLD = 0.85
SURNAME_ONLY = 0.6

_SON = frozenset(
    token_key(p) for p in ("uulu", "uly", "ulu", "ogly", "ogli", "oglu", "ugli", "o'g'li", "уулу")
)
_DAUGHTER = frozenset(token_key(p) for p in PARTICLES) - _SON
_PREFIXES = frozenset(
    token_key(p)
    for p in ("mr", "mrs", "ms", "dr", "prof", "sir", "gen", "col", "господин", "госпожа")
)
_DESIGNATORS = frozenset(
    token_key(d)
    for d in (
        "group", "company", "co", "llc", "ltd", "inc", "corp", "pmc", "ooo", "oao", "zao",
        "pao", "jsc", "ojsc", "ооо", "оао", "зао", "пао", "чвк", "группа", "компания",
    )
)  # fmt: skip
_TLD = re.compile(r"\.(?:[a-z]{2}|com|org|net|info|asia)(?:/\S*)?$", re.IGNORECASE)
_PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|inichna)$")
# a name of initials alone, spaced or not ("Sh. N.", "Ш.Н."): one word of initials either way
_SPACED_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.\s*){2,3}$")


@dataclass(frozen=True, slots=True)
class NameParts:
    words: tuple[str, ...]  # keys of the full words, in order
    initials: tuple[str, ...]  # one-letter words
    marker: str | None  # "son" / "daughter" for a patronymic particle


@lru_cache(maxsize=300_000)
def readings(name: str, kind: str = "PERSON") -> tuple[NameParts, ...]:
    """The parts of each reading of a name: a Russian name in a case form has several."""
    return tuple(dict.fromkeys(_parts(form, kind) for form in nominative_forms(name, kind)))


def analyze(name: str, kind: str = "PERSON") -> NameParts:
    """The parts of the most likely nominative reading of a name."""
    return _parts(nominative_name(name, kind), kind)


@lru_cache(maxsize=300_000)
def _parts(text: str, kind: str) -> NameParts:
    words: list[str] = []
    initials: list[str] = []
    marker: str | None = None
    if kind == "PERSON" and _SPACED_INITIALS.match(text):
        text = re.sub(r"\.\s+", ".", text)
    if kind != "PERSON":
        # an outlet's domain is its name: Kaktus.media = Kaktus Media, Kloop.kg = Kloop
        text = _TLD.sub("", text).replace(".", " ")
    if kind == "ORG":
        text = institution_words(text)
    for word in name_words(text):
        key = token_key(word)
        if not key or word.lower() in STOPWORDS:
            continue
        if kind == "PERSON" and key in _SON:
            marker = "son"
        elif kind == "PERSON" and key in _DAUGHTER:
            marker = "daughter"
        elif (kind == "PERSON" and key in _PREFIXES) or (kind != "PERSON" and key in _DESIGNATORS):
            continue
        elif len(key) == 1 and kind == "PERSON":
            initials.append(key)
        else:
            words.append(key)
    return NameParts(tuple(words), tuple(initials), marker)


@lru_cache(maxsize=1)
def _org_words() -> dict[str, dict[str, str]]:
    path = Path(__file__).with_name("org_words.yaml")
    loaded: dict[str, dict[str, str]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def institution_words(text: str) -> str:
    """An institution's name with its common words in one English form ("Верховный суд
    Кыргызстана" -> "supreme court кыргызстан"), names proper left to transliteration."""
    words = _org_words()
    out = []
    for word in text.split():
        bare = word.strip(".,;:()«»\"'").lower()
        if has_cyrillic(bare):  # a word not listed goes to its dictionary form ("Кыргызстана")
            out.append(words["ru"].get(base := lemma(bare), base))
        else:
            out.append(words["en"].get(bare, word))
    return " ".join(out)


def name_key(name: str, type: EntityType | str = "PERSON") -> str:
    """A normal form for exact grouping: equal keys are the same name for sure."""
    parts = analyze(name, _kind(type))
    words = sorted(parts.words) if _kind(type) == "PERSON" else list(parts.words)
    tail = [parts.marker] if parts.marker else []
    return " ".join([*words, *parts.initials, *tail])


def blocking_keys(name: str, type: EntityType | str = "PERSON") -> set[str]:
    """Keys such that two names that may match share at least one (see module docstring)."""
    keys: set[str] = set()
    for parts in readings(name, _kind(type)):
        words = parts.words
        if len(words) == 1 and not parts.initials:
            keys.add(f"{words[0][:4]}|")
        keys.update(
            f"{a[:4]}|{b[0]}" for i, a in enumerate(words) for j, b in enumerate(words) if i != j
        )
        keys.update(f"{a[:4]}|{i}" for a in words for i in parts.initials)
    return keys


def word_score(a: str, b: str) -> float:
    """1.0 for equal keys, 0.9 for one dropped vowel, else 0 (see module docstring)."""
    if a == b:
        return 1.0
    if abs(len(a) - len(b)) > 2:
        return 0.0
    if "ks" in a + b and a.replace("ks", "h") == b.replace("ks", "h"):
        return 0.9  # Uzbek Latin x between vowels: Raximov = Rakhimov (yet Maxim = Maksim)
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) != 1:
        return 0.0
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if long.endswith("a") and long[:-1] == short:
        return 0.0  # Rakhimov / Rakhimova
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return 0.9 if is_vowel(long[i]) and short[i:] == long[i + 1 :] else 0.0


@lru_cache(maxsize=1_000_000)  # a pair meets again in each block the two names share
def match_score(a: str, b: str, type: EntityType | str = "PERSON") -> float:
    """How likely two names name the same entity of that type, 0..1; link at THRESHOLD."""
    kind = _kind(type)
    if kind == "PERSON":
        return max(_person_score(x, y) for x in readings(a, kind) for y in readings(b, kind))
    tld_a, tld_b = _TLD.search(a), _TLD.search(b)
    if tld_a and tld_b and tld_a.group().lower() != tld_b.group().lower():
        return 0.0  # Gazeta.uz is not Gazeta.ru
    pa, pb = analyze(a, kind), analyze(b, kind)
    if kind == "PLACE":
        if pa.words == pb.words and pa.words:
            return 1.0
        same = _same_place(a, b)
        if same is not None:
            return 1.0 if same else 0.0
    return _org_score(pa.words, pb.words)


def _gazetteer() -> Gazetteer:
    """The configured pack's gazetteer: the one documents were resolved with, built once
    (imported here: only places and institutions' countries need it)."""
    from dossier.packs import get_pack
    from dossier.resolve.gazetteer import get_gazetteer
    from dossier.settings import get_settings

    return get_gazetteer(get_pack(get_settings().pack))


def _same_place(a: str, b: str) -> bool | None:
    """Whether the gazetteer puts both names on one place (Moscow = Москва); None: unknown."""
    gazetteer = _gazetteer()
    # the best place of each name, not any: GeoNames lists "Osh" among Oshkosh's names
    found_a, found_b = gazetteer.lookup(a, fuzzy=True), gazetteer.lookup(b, fuzzy=True)
    if found_a is None or found_b is None:
        return None
    return found_a.id == found_b.id


# An institution's country is the first country its name names, in any case form or by its
# demonym ("МИД Непала", "Nepal's foreign ministry", "the Indian Embassy in Moscow",
# "Посольство России в Непале": Russia's).
_COUNTRY_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s")


@lru_cache(maxsize=100_000)
def owner_country(name: str) -> str | None:
    """The country (ISO code) an institution is named after: the first its name names, or
    None for a name of no country ("the Ministry of Foreign Affairs")."""
    gazetteer = _gazetteer()
    words = _COUNTRY_WORDS.findall(re.sub(r"['’]s\b", "", name))
    for i in range(len(words)):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            if len(words) < i + n or not phrase[:1].isupper():
                continue
            forms = [phrase, nominative_name(phrase, "PLACE")] if has_cyrillic(phrase) else [phrase]
            for form in forms:
                for place in gazetteer.candidates(form):
                    if place.kind == "country" and place.country:
                        return place.country
            if (
                not has_cyrillic(phrase)
                and (found := _demonym_country(phrase, gazetteer)) is not None
            ):
                return found
    return None


def _demonym_country(phrase: str, gazetteer: Gazetteer) -> str | None:
    """The country a capitalised demonym names ("Indian", "Nepali", "Kyrgyz", "Sri Lankan"),
    the country name it shares most of its start with
    ("Austrian": Austria, not Australia)."""
    from dossier.resolve.gazetteer import demonym_stems, stem_names

    lower = phrase.lower()
    stems = demonym_stems(lower, _DEMONYM_ENDINGS)
    best: tuple[int, str] | None = None
    for country in gazetteer.country_names():
        if len(country.split()) != len(lower.split()) or lower == country:
            continue
        if any(stem_names(stem, country) for stem in stems):
            place = next((p for p in gazetteer.candidates(country) if p.kind == "country"), None)
            pairs = zip(lower, country, strict=False)
            fit = next(
                (k for k, (x, y) in enumerate(pairs) if x != y), min(len(lower), len(country))
            )
            if place is not None and place.country and (best is None or fit > best[0]):
                best = (fit, place.country)
    return best[1] if best else None


def _person_score(a: NameParts, b: NameParts) -> float:
    if a.marker and b.marker and a.marker != b.marker:
        return 0.0
    if not a.words or not b.words:
        return 0.0
    if len(a.words) != len(b.words) and "".join(a.words) == "".join(b.words):
        return 1.0  # Abdul-Aziz = Abdulaziz
    # the shorter name has fewer full words; on a tie, the one with initials
    short, long = (
        (a, b) if (len(a.words), -len(a.initials)) <= (len(b.words), -len(b.initials)) else (b, a)
    )
    free = list(long.words)
    scores: list[float] = []
    for word in short.words:
        best = max(free, key=lambda other: word_score(word, other), default=None)
        if best is None or word_score(word, best) == 0.0:
            return 0.3 * len(scores) / max(len(short.words), 1)
        scores.append(word_score(word, best))
        free.remove(best)
    for initial in short.initials:
        partner = next((w for w in free if w.startswith(initial)), None)
        if partner is None and initial not in long.initials:
            return 0.3
        scores.append(0.9)
        if partner is not None:
            free.remove(partner)
    if len(short.words) == 1 and not short.initials and (free or long.initials):
        return SURNAME_ONLY
    penalty = 0.05 * sum(1 for w in free if not _PATRONYMIC.search(w))
    return max(0.0, min(scores) - penalty)


def _org_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    if a == b or sorted(a) == sorted(b) or "".join(a) == "".join(b):
        return 1.0
    if len(a) == 1 and len(b) >= 2 and a[0] == "".join(w[0] for w in b):
        return 0.9
    if len(b) == 1 and len(a) >= 2 and b[0] == "".join(w[0] for w in a):
        return 0.9
    free = list(b)
    total = 0.0
    for word in a:
        best = max(free, key=lambda other: word_score(word, other), default=None)
        if best is not None and (score := word_score(word, best)) > 0:
            total += score
            free.remove(best)
    return 2 * total / (len(a) + len(b))


def _kind(type: EntityType | str) -> str:
    return "PERSON" if type == "PERSON" else "PLACE" if type == "PLACE" else "ORG"
