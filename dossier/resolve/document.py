"""Resolve one document's mentions into entities.

1. Mentions become clean name spans (:mod:`dossier.resolve.spans`); two spans the
   tagger cut at a hyphenated connector are one name again ("Rostov" + "-on-" +
   "Don"); citations add their sources.
2. Spans group into clusters: by the pack's aliases (GKNB = ГКНБ = State Committee
   for National Security), by the outlet registry (a name the gazetteer also knows,
   such as Fergana, is an outlet only where a citation names it), by equal word keys
   (so case forms and romanisations meet), persons whose names match
   (:func:`dossier.resolve.names.match_score`: "Аскару Кубанычбек уулу" = "Аскар
   Кубанычбек уулу"), and then a short name joins the one longer name of the
   document that ends with it ("Kubanychbek-uulu" -> "Askar Kubanychbek-uulu", a
   surname) or starts with it ("Wagner" -> "Wagner Group"), or whose initials it is;
   a nationality does not join ("Kyrgyz" is not the "Kyrgyz Embassy").
3. Each cluster gets a type from evidence (:mod:`dossier.resolve.evidence`, which
   also reads the document's publisher) and a canonical name; places get
   coordinates from the gazetteer, decided by the countries the document is about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dossier.models import Citation, Entity, EntityType, Geo, Mention, Span
from dossier.packs import Pack
from dossier.resolve.compounds import join_ministry_compounds
from dossier.resolve.contexts import (
    body_before_post_mentions,
    body_city_mentions,
    initials_start_mentions,
    interlocutor_outlet_mentions,
    outlet_list_mentions,
    person_context_mentions,
    region_initials_mentions,
    surname_place_mentions,
)
from dossier.resolve.datelines import dateline_form_mentions
from dossier.resolve.evidence import Evidence, decide_type, demonym, demonym_words
from dossier.resolve.facilities import join_short_forms
from dossier.resolve.gazetteer import Gazetteer, Place, exact_key, get_gazetteer
from dossier.resolve.known import known_outlet_mentions
from dossier.resolve.labels import AliasEntry, alias_table, owned_alias
from dossier.resolve.locatives import locative_mentions, settlement_word_mentions
from dossier.resolve.morph import nominative_forms, nominative_name, only_a_name, place_readings
from dossier.resolve.names import THRESHOLD, match_score
from dossier.resolve.officers import district_officer_mentions
from dossier.resolve.owners import body_owner_mentions
from dossier.resolve.rules import (
    abbreviation_mentions,
    acronym_mentions,
    adjacent_person_mentions,
    and_joined_body_mentions,
    body_before_name_mentions,
    body_into_person_mentions,
    bracketed_abbreviation,
    bracketed_name_mentions,
    bracketed_second_name,
    bracketed_spelling,
    complement_mentions,
    country_mentions,
    dateline_mentions,
    district_word_mentions,
    english_complement_mentions,
    initials_before_person_mentions,
    mission_city_mentions,
    nationality_mentions,
    outlet_tail_mentions,
    owner_place_mentions,
    particle_name_mentions,
    patronymic_mentions,
    plural_nationality_mentions,
    rule_mentions,
    shared_unit_mentions,
    site_mentions,
    without_ranks,
    without_titles,
)
from dossier.resolve.spans import (
    PARTICLE_KEYS,
    STOPWORDS,
    NameSpan,
    clean_span,
    find_span,
    name_words,
    word_keys,
)
from dossier.resolve.translit import has_cyrillic, token_key
from dossier.resolve.untagged import (
    alias_mentions,
    association_mentions,
    credit_mentions,
    given_name_mentions,
    initialled_name_mentions,
    kin_genitive_mentions,
    kin_name_mentions,
    place_pair_mentions,
    told_word_mentions,
    untagged_name_mentions,
    womans_surname_mentions,
)

OutletLookup = Callable[[str], "tuple[str, str] | None"]
_OUTLET_KINDS = ("parenthetical", "see_also")
# "Rostov-on-Don", "Frankfurt-am-Main", "Rostov-na-Donu": a tagger may cut at the hyphens
_CONNECTOR = re.compile(r"-(?:on|upon|am|an|na|sur|le|la|de|del|en)-")
# the second half the tagger left out ("Rostov" tagged, "-on-Don" not)
_CONNECTED_TAIL = re.compile(_CONNECTOR.pattern + r"[A-ZА-ЯЁ][^\W\d_]+")
# "Joseph Mathai alias Babu": the second name of the person before it
# an outlet by its kind word and its quoted name ("издание «Вёрстка»", "телеканала «Дождь»")
_KIND_QUOTED = re.compile(
    r"^(?:[Ии]здани|[Аа]гентств|[Ии]нформагентств|[Тт]елеканал|[Гг]азет|[Рр]адио|[Пп]ортал"
    r"|[Сс]айт|[Жж]урнал|[Тт]елеграм-канал|[Рр]адиостанци)[а-яё]{0,3}\s+«([^«»]+)»$"
)
_ALIAS_AFTER = re.compile(r",?\s+(?:alias|aka|a\.k\.a\.?|also\s+known\s+as|он\s+же|она\s+же)\s+")


@dataclass(slots=True)
class Cluster:
    spans: list[NameSpan] = field(default_factory=list)
    alias: AliasEntry | None = None
    outlet: tuple[str, str] | None = None  # (id, canonical name)
    cited: bool = False  # a citation names it as a source
    place: Place | None = None
    type: EntityType | None = None

    @property
    def first(self) -> int:
        return min(span.start for span in self.spans)

    @property
    def longest(self) -> tuple[str, ...]:
        return max((span.keys for span in self.spans), key=len)


def resolve_document(
    text: str,
    language: str,
    mentions: list[Mention],
    citations: list[Citation],
    pack: Pack,
    outlet_lookup: OutletLookup | None = None,
    *,
    publisher: str | None = None,
    paragraphs: Sequence[Span] = (),
) -> list[Entity]:
    """Entities of one document, each with its canonical name, aliases and spans.

    ``publisher`` is the site's own name from the page's metadata, when known: a
    name equal to it is an outlet, whatever the tagger said. ``paragraphs`` are the analyze
    stage's (:attr:`~dossier.models.Analysis.paragraphs`); empty, they come by rule.
    """
    gazetteer = get_gazetteer(pack)
    known_place = lambda name: bool(gazetteer.candidates(name.title()))  # noqa: E731
    mentions = body_into_person_mentions(text, district_officer_mentions(text, mentions))
    mentions = adjacent_person_mentions(text, sorted(mentions, key=lambda m: (m.start, m.end)))
    mentions = body_city_mentions(text, person_context_mentions(text, mentions), known_place)
    mentions = interlocutor_outlet_mentions(text, body_before_post_mentions(text, mentions))
    mentions = surname_place_mentions(text, initials_start_mentions(text, mentions))
    mentions = locative_mentions(text, alias_mentions(text, mentions))
    mentions = place_pair_mentions(
        text, credit_mentions(text, mentions), lambda word: _not_a_given_name(word, gazetteer)
    )
    mentions = initialled_name_mentions(text, kin_genitive_mentions(text, mentions))
    mentions = given_name_mentions(text, mentions, lambda word: _not_a_given_name(word, gazetteer))
    mentions = untagged_name_mentions(
        text, mentions, lambda word: _not_a_given_name(word, gazetteer)
    )
    mentions = association_mentions(text, told_word_mentions(text, mentions))
    mentions = kin_name_mentions(text, mentions, lambda word: _not_a_given_name(word, gazetteer))
    mentions = womans_surname_mentions(text, mentions)
    mentions = rule_mentions(text, bracketed_name_mentions(text, mentions))
    mentions = complement_mentions(text, patronymic_mentions(text, mentions))
    mentions = english_complement_mentions(text, and_joined_body_mentions(text, mentions))
    mentions = settlement_word_mentions(text, mentions)
    mentions = shared_unit_mentions(text, district_word_mentions(text, mentions))
    if outlet_lookup is not None:
        mentions = outlet_tail_mentions(text, mentions, _outlet_word(outlet_lookup))
        mentions = outlet_list_mentions(text, mentions, _outlet_word(outlet_lookup))
        mentions = known_outlet_mentions(text, mentions, _outlet_word(outlet_lookup))
    mentions = without_ranks(owner_place_mentions(text, mentions, gazetteer.country_names()))
    mentions = body_owner_mentions(text, mentions)
    mentions = country_mentions(text, mentions, gazetteer.country_names())
    mentions = nationality_mentions(text, mentions, gazetteer.country_aliases())
    mentions = plural_nationality_mentions(
        text, mentions, lambda word: demonym_words(word, 1, gazetteer)
    )
    mentions = dateline_mentions(text, site_mentions(text, mentions), paragraphs, known_place)
    mentions = dateline_form_mentions(text, mentions, paragraphs, known_place)
    mentions = particle_name_mentions(text, mentions)
    mentions = without_titles(text, body_before_name_mentions(text, mentions))
    mentions = initials_before_person_mentions(text, mentions)
    mentions = abbreviation_mentions(text, mentions)
    mentions = mission_city_mentions(text, acronym_mentions(text, mentions))
    mentions = region_initials_mentions(text, mentions)
    spans = [span for m in mentions if (span := clean_span(text, m)) is not None]
    spans = _given_names_alone(text, _join_connected(text, spans))
    clusters = _group(spans, pack, outlet_lookup, gazetteer)
    _add_citation_sources(text, citations, clusters, outlet_lookup)
    clusters = _join_aliases(text, _join_bracketed(text, clusters))
    clusters = _merge_persons(clusters)
    clusters = join_short_forms(_attach_short_names(clusters, gazetteer))
    clusters = join_ministry_compounds(clusters)
    evidence = Evidence(text, gazetteer, [c.spans for c in clusters], publisher)
    for cluster in clusters:
        cluster.type = decide_type(cluster, evidence)
    typed = [c for c in clusters if c.type is not None]
    _place_clusters(typed, gazetteer)
    return _entities(_one_per_place(typed), gazetteer.country_names())


def _not_a_given_name(word: str, gazetteer: Gazetteer) -> bool:
    """A nationality or a place by its own name ("the Tajik Rahimov", "Moscow"), not one of
    the alternate names a given name may share ("Firdavs" is one of Ferdows')."""
    if demonym_words(word, 1, gazetteer):
        return True
    return any(exact_key(p.name) == exact_key(word) for p in gazetteer.candidates(word))


def _outlet_word(outlet_lookup: OutletLookup) -> Callable[[str], bool]:
    """Whether a word is an outlet's name, as written or in the nominative ("Азаттыку")."""

    def is_outlet(word: str) -> bool:
        word = word.strip(".,;:!?»«\"'")
        if len(word) < 3 or not word[:1].isupper():
            return False
        return bool(outlet_lookup(word) or outlet_lookup(nominative_name(word, "OUTLET")))

    return is_outlet


def _join_connected(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """Spans the tagger split at "-on-" and the like become one name span again, and a span
    the tagger ended before "-on-" and a capitalised word takes them in ("Rostov-on-Don")."""
    out: list[NameSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and _CONNECTOR.fullmatch(text, last.end, span.start):
            surface = text[last.start : span.end]
            keys = word_keys(surface)  # a town's name, whatever the halves were tagged
            out[-1] = NameSpan(last.start, span.end, surface, "GPE", "PLACE", surface, keys)
            continue
        out.append(span)
    starts = {span.start for span in out}
    for n, span in enumerate(out):
        tail = _CONNECTED_TAIL.match(text, span.end)
        if tail is None or any(span.end < s <= tail.end() for s in starts):
            continue
        surface = text[span.start : tail.end()]
        keys = word_keys(surface)
        out[n] = NameSpan(span.start, tail.end(), surface, "GPE", "PLACE", surface, keys)
    return out


def _given_names_alone(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """A Russian person named in full and later by the given name alone, where the tagger
    missed it ("мужа Сухроба Давлатзода … Сухроб отбывал срок"): each whole-word use of the
    given name in the nominative that no span covers is a mention of a person, which joins
    the full name (:func:`_attach_short_names`). Not a name that is also a common word
    ("Вера", "Лев"), nor the father's name that opens a name said without the given name
    ("Кубанычбек уулу")."""
    given = {
        first
        for span in spans
        if span.type == "PERSON" and has_cyrillic(span.nominative)
        and len([k for k in span.keys if k not in PARTICLE_KEYS]) >= 2  # not "Асанбек уулу"
        and len(first := span.nominative.split()[0]) >= 4 and first[:1].isupper()
        and only_a_name(first)
    }  # fmt: skip
    out = list(spans)
    for word in sorted(given):
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            if any(s.start < found.end() and found.start() < s.end for s in out):
                continue
            start, end = found.span()
            out.append(NameSpan(start, end, word, "PER", "PERSON", word, word_keys(word)))
    return sorted(out, key=lambda s: s.start)


def _group(
    spans: list[NameSpan], pack: Pack, outlet_lookup: OutletLookup | None, gazetteer: Gazetteer
) -> list[Cluster]:
    aliases = alias_table(pack)
    countries = _countries(spans, gazetteer)
    by_key: dict[object, Cluster] = {}
    for span in sorted(spans, key=lambda s: (len(s.keys[-1]), s.start)):
        entry = (
            aliases.get(exact_key(span.surface))
            or aliases.get(exact_key(span.nominative))
            or owned_alias(aliases, span.nominative, _country_of(gazetteer))
        )
        outlet = outlet_lookup(span.surface) if outlet_lookup else None
        if outlet is None and outlet_lookup and span.nominative != span.surface:
            outlet = outlet_lookup(span.nominative)  # "«Новой газете Европа»", declined
        if outlet is None and outlet_lookup and (quoted := _KIND_QUOTED.match(span.surface)):
            # "издание «Вёрстка»": the outlet its quoted name is, which a later "«Вёрстке»"
            # names alone
            title = quoted.group(1)
            outlet = outlet_lookup(title) or outlet_lookup(nominative_name(title, "OUTLET"))
        if outlet and any(p.country in countries for p in gazetteer.candidates(span.surface)):
            # Fergana in a story about Uzbekistan is the region; a citation of it
            # (_add_citation_sources) still makes it Fergana the outlet
            outlet = None
        key: object = (
            ("outlet", outlet[0]) if outlet else ("alias", entry.name) if entry else span.keys
        )
        singular = (*span.keys[:-1], span.keys[-1][:-1])
        if key == span.keys and span.keys[-1].endswith("s") and singular in by_key:
            key = singular  # "Uzbeks" joins "Uzbek", "Central Asians" joins "Central Asian"
        cluster = by_key.setdefault(key, Cluster(alias=entry, outlet=outlet))
        cluster.spans.append(span)
    return list(by_key.values())


def _add_citation_sources(
    text: str,
    citations: list[Citation],
    clusters: list[Cluster],
    outlet_lookup: OutletLookup | None,
) -> None:
    """Citation sources join the cluster of the same name or outlet, or start one at their span."""
    for citation in citations:
        outlet = outlet_lookup(citation.source) if outlet_lookup else None
        if outlet is None and citation.source_entity:
            outlet = (citation.source_entity, citation.source)
        if outlet is None and citation.kind not in _OUTLET_KINDS:
            continue  # "the ministry said": the speaker is a mention, not an outlet
        # a footnote marker ("[1]") names its source in the reference list below it
        where = find_span(text, citation.source, citation.start, citation.end) or find_span(
            text, citation.source, citation.end, len(text)
        )
        keys = word_keys(citation.source)
        if not keys:
            continue
        cluster = _cluster_for_source(clusters, keys, outlet, where)
        if cluster is None:
            continue  # a source the text never spells out has no span to be an entity by
        cluster.cited = True
        cluster.outlet = cluster.outlet or outlet
        if where and not any(s.start == where[0] and s.end == where[1] for s in cluster.spans):
            surface = text[where[0] : where[1]]
            cluster.spans.append(
                NameSpan(where[0], where[1], surface, "SOURCE", "OUTLET", surface, keys)
            )


def _cluster_for_source(
    clusters: list[Cluster],
    keys: tuple[str, ...],
    outlet: tuple[str, str] | None,
    where: tuple[int, int] | None,
) -> Cluster | None:
    """The cluster the source joins; a new one only where the source has a span."""
    for cluster in clusters:
        if outlet and cluster.outlet and cluster.outlet[0] == outlet[0]:
            return cluster
        if any(s.keys == keys for s in cluster.spans):
            return cluster
        if where and any(s.start < where[1] and where[0] < s.end for s in cluster.spans):
            return cluster
    if where is None:
        return None  # a cluster without spans has no name, no type and no place in the text
    cluster = Cluster(outlet=outlet)
    clusters.append(cluster)
    return cluster


def _join_bracketed(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """An abbreviation in brackets right after a body's name joins that body ("the
    Prosecutor-General's Office of Uzbekistan (GPO)"), and its later uses with it; the body
    keeps its own alias and outlet. So does a person's name spelt in the other script in
    brackets after it ("Бишала Гурунга (Bishal Gurung)"), and an outlet's second name
    ("Таджикской редакции РСЕ/РС (Радио Озоди)")."""
    at = {(s.start, s.end): c for c in clusters for s in c.spans}
    absorbed: set[int] = set()
    for cluster in clusters:
        if id(cluster) in absorbed:
            continue
        for span in list(cluster.spans):
            body = span.type in ("ORG", "OUTLET")
            where = bracketed_abbreviation(text, span.end) if body else None
            if span.type == "OUTLET" and where is None:
                where = bracketed_second_name(text, span.end)
            if span.type == "PERSON":
                where = bracketed_spelling(text, span.end)
            if span.type == "PLACE" and " " in span.surface:
                # "the Gorno-Badakhshan Autonomous Region (GBAO)": a region's initials, a
                # place too (round 23), not an agency's credit ("Moscow (RIA)")
                where = bracketed_abbreviation(text, span.end)
            other = at.get(where) if where else None
            if other is None or other is cluster or id(other) in absorbed:
                continue
            if span.type == "PLACE" and any(s.type != "PLACE" for s in other.spans):
                continue
            cluster.spans.extend(other.spans)
            cluster.cited = cluster.cited or other.cited
            absorbed.add(id(other))
            at.update({(s.start, s.end): cluster for s in other.spans})
    return [c for c in clusters if id(c) not in absorbed]


def _join_aliases(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """The name after "alias" ("also known as", "a.k.a.") is another name of the person
    before it ("Joseph Mathai alias Babu"), and its later uses with it."""
    at = {s.start: c for c in clusters for s in c.spans}
    absorbed: set[int] = set()
    for cluster in clusters:
        if id(cluster) in absorbed or not any(s.type == "PERSON" for s in cluster.spans):
            continue
        for span in list(cluster.spans):
            found = _ALIAS_AFTER.match(text, span.end)
            other = at.get(found.end()) if found else None
            if other is None or other is cluster or id(other) in absorbed:
                continue
            cluster.spans.extend(other.spans)
            absorbed.add(id(other))
            at.update({s.start: cluster for s in other.spans})
    return [c for c in clusters if id(c) not in absorbed]


def _country_of(gazetteer: Gazetteer) -> Callable[[str], str | None]:
    """A country's English name for its name in any case ("Кыргызстана" -> "Kyrgyzstan")."""

    def country(words: str) -> str | None:
        places = gazetteer.candidates(nominative_name(words, "PLACE"))
        places = places or gazetteer.candidates(words)
        return next((p.name for p in places if p.kind == "country"), None)

    return country


def _countries(spans: list[NameSpan], gazetteer: Gazetteer) -> set[str]:
    """The countries a document names outright (Uzbekistan, Россия)."""
    return {
        place.country
        for span in spans
        for place in gazetteer.candidates(span.nominative) or gazetteer.candidates(span.surface)
        if place.kind == "country" and place.country
    }


def _merge_persons(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters of person names that match (case forms, spellings) within a document."""
    people = [c for c in clusters if _personal(c)]
    absorbed: set[int] = set()
    for i, first in enumerate(people):
        if id(first) in absorbed:
            continue
        name = max((s.surface for s in first.spans), key=lambda n: len(word_keys(n)))
        for other in people[i + 1 :]:
            if id(other) in absorbed:
                continue
            other_name = max((s.surface for s in other.spans), key=lambda n: len(word_keys(n)))
            if match_score(name, other_name, "PERSON") >= THRESHOLD:
                first.spans.extend(other.spans)
                absorbed.add(id(other))
    return [c for c in clusters if id(c) not in absorbed]


def _personal(cluster: Cluster) -> bool:
    return (
        cluster.alias is None
        and cluster.outlet is None
        and any(s.type == "PERSON" and len(s.keys) >= 2 for s in cluster.spans)
    )


def _attach_short_names(clusters: list[Cluster], gazetteer: Gazetteer) -> list[Cluster]:
    """Join each short name to the one longer name it is the end, start or initials of.

    A known place does not join a longer name: Moscow is not the Moscow region (unless the
    tagger calls it a person wherever it stands, and the longer name is a person's: a town
    abroad may bear a given name, "Сагар" of "Сагара Тапы"). Nor does a
    place a rule found by its shape ("in the capital's Uttara"): the gazetteer may not know
    a city's quarter, and "Uttara West Police Station" is named after it, not it.
    """
    order = sorted(clusters, key=lambda c: len(c.longest))
    absorbed: set[int] = set()
    for i, short in enumerate(order):
        if short.alias or short.outlet:
            continue
        tagged_person = all(s.type == "PERSON" for s in short.spans)
        if _candidates(short, gazetteer) and not tagged_person:
            continue
        if all(s.label == "PLACE" for s in short.spans):
            continue
        if any(s.type == "GROUP" or demonym(s, gazetteer) for s in short.spans):
            continue  # "Kyrgyz" is a nationality, not the "Kyrgyz Embassy"
        # the name as written first: "Рахимова" joins "Зарина Рахимова" rather than being
        # read as the genitive of her son "Фаррух Рахимов"; other readings when it joins none
        body = all(s.type == "ORG" for s in short.spans)
        for readings in ([short.longest], [short.longest, *_other_readings(short)]):
            targets = [
                long
                for long in order[i + 1 :]
                if id(long) not in absorbed
                and any(
                    len(long.longest) > len(k)
                    and (
                        _extends(long, k)
                        or (
                            body and (_shortened(long.longest, k) or _by_adjective(long.longest, k))
                        )
                    )
                    for k in readings
                )
            ]
            if targets:
                break
        if _candidates(short, gazetteer):
            # a name the gazetteer knows (a town abroad is "Сагар"), tagged as a person
            # throughout, joins only a person's name
            targets = [t for t in targets if _personal(t)]
        maximal = {id(t): t for t in targets if not any(_contains(o, t) for o in targets)}
        if len(maximal) == 1:
            target = next(iter(maximal.values()))
            target.spans.extend(short.spans)
            absorbed.add(id(short))
    return [c for c in clusters if id(c) not in absorbed]


# a Russian-style surname or a given name in -а after a consonant, alone ("Шарифова",
# "Фируза"): a woman's, or a man's genitive
_GENITIVE_IN_A = re.compile(r"[А-ЯЁ][а-яё-]*[бвгджзклмнпрстфхцчшщ]а")


def _other_readings(short: Cluster) -> list[tuple[str, ...]]:
    """The keys of the other nominatives a one-word Russian name may have: "Лукьянова" is a
    woman's name or the genitive of "Лукьянов", and joins "Артем Сергеевич Лукьянов"; a
    firm's name of one hyphened word declines at its end ("«Стальпром-Юга»" of "ООО
    «Стальпром-Юг»")."""
    out: list[tuple[str, ...]] = []
    for span in short.spans:
        if not has_cyrillic(span.surface):
            continue
        firm = span.type == "ORG" and len(span.surface.split()) == 1
        if not firm and (len(span.keys) != 1 or span.type not in ("PERSON", None)):
            continue
        out += [k for f in nominative_forms(span.surface, "PERSON") if (k := word_keys(f))]
        if not firm and _GENITIVE_IN_A.fullmatch(span.surface):
            # "По словам Шарифова", "Мать Фируза …": a surname or a given name the
            # dictionary does not know is a man's genitive as readily as a woman's nominative
            out.append(word_keys(span.surface[:-1]))
    return [k for k in dict.fromkeys(out) if k and k != short.longest]


def _shortened(full: tuple[str, ...], keys: tuple[str, ...]) -> bool:
    """A body's name of two words or more that the longer one opens with and holds in order,
    with words left out between ("Бабушкинский суд" of "Бабушкинский районный суд Москвы",
    as a headline shortens a court)."""
    if len(keys) < 2 or keys[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(key in rest for key in keys[1:])


def _by_adjective(full: tuple[str, ...], keys: tuple[str, ...]) -> bool:
    """A ministry named by its country's adjective and its first field ("Tajik Labour
    Ministry") of the one named in full with that field and the country after it ("Ministry of
    Labour, Migration and Employment of Tajikistan"), as English papers shorten it."""
    return (
        len(keys) == 3
        and len(full) > 3
        and keys[2] == full[0] == "ministri"
        and keys[1] == full[1]
        and any(len(keys[0]) >= 4 and word[:4] == keys[0][:4] for word in full[2:])
    )


def _extends(long: Cluster, keys: tuple[str, ...]) -> bool:
    full = long.longest
    if full[-len(keys) :] == keys or full[: len(keys)] == keys:
        return True
    if len(full) > 2 and full[-1] in PARTICLE_KEYS and full[-2:-1] == keys:
        return True  # "Asanbekov" of "Nurlan Asanbekov uulu"
    # an acronym of the content words: EDM = Eurasia Daily Monitor; or of three or more words
    # that open the name, before its complement: CIB = Central Investigation Bureau (of
    # Nepal Police)
    if len(keys) != 1 or len(full) < 2:
        return False
    return any(
        keys[0] == initials or (len(keys[0]) >= 3 and initials.startswith(keys[0]))
        for initials in ("".join(k[0] for k in full), _script_initials(long))
    )


def _script_initials(cluster: Cluster) -> str:
    """The key of the initials of a cluster's longest name in its own script: a Cyrillic
    acronym's "Ц" is keyed "ts" ("ЦВСИГ" -> "tsvsig"), which the Latin keys' first letters
    ("tsentr …" -> "t") cannot spell."""
    span = max(cluster.spans, key=lambda s: len(s.keys))
    words = [w for w in name_words(span.nominative) if w.lower() not in STOPWORDS]
    return token_key("".join(w[0] for w in words)) if len(words) >= 2 else ""


def _contains(outer: Cluster, inner: Cluster) -> bool:
    return (
        outer is not inner
        and len(outer.longest) > len(inner.longest)
        and _extends(outer, inner.longest)
    )


def _place_clusters(clusters: list[Cluster], gazetteer: Gazetteer) -> None:
    """Coordinates for places, ambiguous names decided by the document's countries."""
    places = [c for c in clusters if c.type == "PLACE"]
    votes: Counter[str] = Counter()
    for cluster in places:
        found = _candidates(cluster, gazetteer)
        countries = {p.country for p in found if p.country}
        if len(countries) == 1 or any(p.kind == "country" for p in found):
            best = min(found, key=lambda p: (p.kind != "country", -p.population))
            if best.country:
                votes[best.country] += len(cluster.spans)
    hint = [country for country, _ in votes.most_common()]
    for cluster in places:
        for name in _place_names(cluster):
            cluster.place = gazetteer.lookup(name, hint)
            if cluster.place:
                break


def _one_per_place(clusters: list[Cluster]) -> list[Cluster]:
    """Places that the gazetteer resolved to one place are one entity: "в Хатлоне" and
    "Хатлонской области" (Khatlon Region), "Россию" and "РФ". Two of them kept apart would be
    two places to every later stage: a headline's "В Хатлоне похоронили" and its lead's
    burial "в одном из кишлаков Хатлонской области" would be two burials."""
    first: dict[tuple[str, float, float], Cluster] = {}
    kept: list[Cluster] = []
    for cluster in sorted(clusters, key=lambda c: c.first):
        place = cluster.place if cluster.type == "PLACE" else None
        if place is None:
            kept.append(cluster)
            continue
        key = (place.name, place.lat, place.lon)
        if key in first:
            first[key].spans.extend(cluster.spans)
            continue
        first[key] = cluster
        kept.append(cluster)
    return kept


def _candidates(cluster: Cluster, gazetteer: Gazetteer) -> list[Place]:
    for name in _place_names(cluster):
        found = gazetteer.candidates(name)
        if found:
            return found
    return []


def _place_names(cluster: Cluster) -> list[str]:
    """The names to look a place up by: its spans' nominatives and surfaces, longest first,
    then the other nominatives a one-word Russian name may have ("в Курунегале":
    Курунегал, the reading chosen, else Курунегала, the one the gazetteer knows)."""
    names = _names_by_length(cluster)
    for span in cluster.spans:
        names += [n for n in place_readings(span.surface) if n not in names]
    return names


def _names_by_length(cluster: Cluster) -> list[str]:
    names = {s.nominative for s in cluster.spans} | {s.surface for s in cluster.spans}
    return sorted(names, key=lambda n: (-len(n), n))


# A possessive owner before a body's name: "Nepal's Ministry of Foreign Affairs"
_OWNER = re.compile(r"^([A-Z][\w .-]*?)['’]s\s+(?=[A-Z])")


def _canonical(cluster: Cluster, countries: frozenset[str]) -> str:
    if cluster.outlet:
        return cluster.outlet[1]
    if cluster.alias:
        return cluster.alias.name
    if cluster.place and cluster.type == "PLACE":
        return cluster.place.name
    counts = Counter(s.nominative for s in cluster.spans)
    name = max(counts, key=lambda n: (len(word_keys(n)), counts[n], len(n)))
    owner = _OWNER.match(name) if cluster.type == "ORG" else None
    if owner is not None and owner.group(1).casefold() in countries:
        # the country owns the body and is a place of its own; the body's name is the rest,
        # though the tagger's mention took the owner in
        return name[owner.end() :]
    return name


def _entities(clusters: list[Cluster], countries: frozenset[str]) -> list[Entity]:
    entities: list[Entity] = []
    for n, cluster in enumerate(sorted(clusters, key=lambda c: c.first), start=1):
        name = _canonical(cluster, countries)
        names = dict.fromkeys(s.surface for s in sorted(cluster.spans, key=lambda s: s.start))
        names.update(dict.fromkeys(s.nominative for s in cluster.spans))
        place = cluster.place
        entities.append(
            Entity(
                id=cluster.outlet[0] if cluster.outlet else f"e{n}",
                type=cluster.type or "ORG",
                name=name,
                aliases=[alias for alias in names if alias != name],
                mentions=sorted({(s.start, s.end) for s in cluster.spans}),
                geo=Geo(place.lat, place.lon, place.country) if place else None,
            )
        )
    return entities
