"""The type of a cluster of mentions, decided from evidence rather than one tag.

The small English model mislabels single words: a surname as a place ("Kabanov"
in "Kabanov-led"), a capital as a person, an outlet's domain as a place, a site's
name as a person ("Steppe Monitor"), a heading word as a person ("Explainer").
Each cluster is typed by the strongest evidence it has, in this order:

1. the outlet registry, or a citation that names it as a source -> OUTLET
2. the pack's aliases -> the entry's type
3. a web domain as the name ("Kloop.kg", "T.me/channel"), the document's publisher
   (its site name), a name after "published by" or an outlet's kind word ("the daily X"),
   or a name of two or more words
   whose last word is a newspaper's ("... Monitor", "... Post", "... TV"), a language
   service or quoted title the name rules found ("RFE/RL's Tajik Service", "издание
   «Фонтанка»", :mod:`.rules`) -> OUTLET; after 4, a name of two or more words, not an
   institution's, that "reported" -> OUTLET
4. a person: a span of two or more words tagged as a person, a patronymic particle
   (uulu, kyzy), a title before a mention ("Mr.", "President"), or an age in
   apposition ("Hemil Mangukiya, 23,") -> PERSON
5. a name of two or more words ending in an institution's word ("Embassy",
   "Ministry", "Court") -> ORG
6. the gazetteer knows one of its names as a place's main name (or the pack's) -> PLACE
7. a nationality the tagger calls NORP, or one capitalised word that shares its stem
   with a country's name (Uzbeks, Kazakh) -> GROUP: GeoNames lists "Kazakh" among
   the alternate names of a city, which must not outweigh the word's sense
8. the gazetteer knows one of its names as an alternate name (Москве, Jizzakh), or a
   region word follows it ("Khatlon region") -> PLACE
9. no entity: a one-word name tagged only as a person (or untyped) at the start of
   every sentence or heading it opens ("Mosques were not spared", "# Explainer:"),
   or a name of labels only that occurs only in title-case headlines and breadcrumbs
   ("Revocable Passports")
10. otherwise the labels' majority, ties in the order PERSON, ORG, PLACE, GROUP;
    a cluster with no typed label (only WORK_OF_ART and the like) is no entity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.models import EntityType
from dossier.resolve.gazetteer import Gazetteer, Place, demonym_stems, exact_key, stem_names
from dossier.resolve.morph import lemma, only_a_persons_noun
from dossier.resolve.spans import PARTICLE_KEYS, NameSpan
from dossier.resolve.translit import has_cyrillic
from dossier.resolve.untagged import given_and_surname

if TYPE_CHECKING:
    from dossier.resolve.document import Cluster

# A web address's two-letter last label is written in one case ("Kun.uz", "24.kg", "74.RU");
# initials with a two-letter second initial ("D.Kh.", "A.Zh.") are capitalised: a person.
_DOMAIN = re.compile(
    r"^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:(?-i:[a-z]{2}|[A-Z]{2})|com|org|net|info|asia|news|media"
    r"|online|tv)(?:/\S*)?$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|President|Premier|Minister|General|"
    r"Colonel|Major|Senator|Judge|Ambassador|lawyer|activist|journalist|spokesman|"
    r"spokeswoman|spokesperson|deputy|director|commander|господин|госпожа|президент|"
    r"министр|генерал|полковник|депутат|адвокат|журналист)\.?\s+"
    # a role in apposition: "its spokesperson, Randhir Jaiswal, said"
    r"|\b(?:lawyer|activist|journalist|spokesman|spokeswoman|spokesperson|director|commander"
    r"|адвокат|журналист|правозащитник|правозащитница),\s+"
    # a relative in apposition: "His mother, Mwila Mulenga, said", "her brother Kwame Osei"
    r"|\b(?:his|her|their|whose|my|our|the\s+(?:victim|man|woman|soldier|student)['’]s)\s+"
    r"(?:(?:elder|younger|late|eldest|youngest|only)\s+)?(?:mother|father|son|daughter|wife"
    r"|husband|brother|sister|uncle|aunt|cousin|nephew|niece|widow|grandmother|grandfather"
    r"|mother-in-law|father-in-law|brother-in-law|sister-in-law|son-in-law|fianc[ée]e?),?\s+)$",
    re.IGNORECASE,
)
# (the number ends the apposition: a comma, a bracket, the sentence's end, "and" or a word of
# years; not a count's noun: "По данным УМВД России по …, 25 человек", round 24)
_AGE_AFTER = re.compile(
    r",\s+(?:aged\s+)?\d{1,3}(?:[,).;]|\s+(?:and|и|years?|лет|года?)\b)"
    r"|,\s+an?\s+\d{1,3}-year-old"
)
_REGION_WORDS = (
    r"(?:region|oblast|krai|province|district|upazila|tehsil|taluka?|sub-county|county|sub-district|область|края|край|района|район"
    r"|governorate|velayat|вилоят|вилоята|велаят|велаята)"
)
_REGION_AFTER = re.compile(rf"\s{_REGION_WORDS}\b", re.IGNORECASE)
# "Gorkha district": a name of a few capitalised words and its unit word is the place,
# whatever another mention of it was tagged ("Gorkha family waits", a headline's person); not
# a body's name running on to one ("Directorate … for the Sverdlovsk Region")
_REGION_NAME = re.compile(rf"(?:[A-Z][\w'’-]*\s){{1,3}}(?i:{_REGION_WORDS})")
# "his mother told Lankadeepa that …": whom a speaker told, named by one word
_TOLD_BEFORE = re.compile(r"\btold\s+$")
_TOLD_AFTER = re.compile(r"\s+that\b|[,.;]")
# "Sahaya Kendra, the state government's agency for migrants": a kind of body in apposition
# (not "X, the head of the agency", nor "X, the agency's chief")
# (the kind word in lower case: a capitalised one is a name's, "Chennai, the Press Trust of
# India reported", round 21)
_BODY_APPOSITION = re.compile(
    r",\s+(?i:the|an?)\s+(?:(?!of\b)[\w’'-]+\s+){0,4}?(?:agency|company|firm|organi[sz]ation"
    r"|charity|foundation|body|authority|corporation|ngo|NGO|society|trust)(?=\s*[,.;]|\s+(?:for"
    r"|of|that|which|in|on|at|to|based)\b)"
)
# "wounded near Zalizne": a settlement by one word after "near"
_NEAR_BEFORE = re.compile(r"\b(?:near|outside)\s+$")
# "an office in Bagbazar", "gathered at Tahachal", "from Gorkha and Syangja": a ward, village
# or district the gazetteer lacks, by one word in title case after a place's preposition (an
# abbreviation after "at" is a body's: "officials at NADRA")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from)\s+(?:[A-Z][a-z][\w-]*\s+and\s+)?$")
_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z][\w-]*")
_IN_BEFORE = re.compile(r"\bin\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# a city's possessive right before a name ("Hyderabad's Malakpet", "Dhaka's Banani")
_CITY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)['’]s\s+$")
# "R. Subramaniam", "K.C. Das": a name opening with initials is a person's (not "U.S.")
_INITIALS_FIRST = re.compile(r"^(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.)(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+")
_REPORTED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?reported\b|\s+сообщил[аио]?\b")
# "…, Daryo wrote.": a site closing a sentence's attribution after a comma (round 23)
_WROTE_CLOSING = re.compile(r"[ \u00a0]+wrote[.;]")
_PUBLISHED_BY = re.compile(
    r"(?:published|republished|reprinted|first appeared|produced)\s+(?:by|in|on)\s+$",
    re.IGNORECASE,
)
# "told the local daily Surma Barta", "the news portal Dhaka Dispatch": an outlet's kind
# word, in lower case, right before the name; a channel or an outlet ("the Telegram channel
# Baza", "the independent outlet SOTA"); a state's medium told something ("told the
# state-owned Rastriya Samachar Samiti (RSS) that", round 24: a speaker tells a state agency
# nothing but an interview)
_OUTLET_KIND_BEFORE = re.compile(
    r"\b(?:daily|weekly|newspaper|tabloid|broadsheet|broadcaster|(?:news|TV|television)\s+"
    r"(?:portal|site|website|agency|channel|outlet)|news\s+wire|channel|outlet"
    r"|\btold\s+the\s+(?:state|government)-(?:owned|run))\s+$"
)
# "рассказала агентству КазТАГ", "сообщило агентство PTI": a Russian news agency by its word
# right before its name, unquoted (not a firm's agency by its adjective: "кадровое агентство")
_RU_AGENCY_BEFORE = re.compile(
    r"(?<![\w-])(?<!ое[ \u00a0])(?<!ого[ \u00a0])(?<!ому[ \u00a0])(?<!ым[ \u00a0])(?<!ом[ \u00a0])"
    r"(?:[Аа]гентств(?:о|а|у|ом|е)|[Ии]нформагентств(?:о|а|у|ом|е))[ \u00a0]+$"
)
_NEWS_AGENCY_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:информационн|новостн)(?:ое|ого|ому|ым|ом)[ \u00a0]+агентств\w*[ \u00a0]+$"
)
# "Another channel, Mash, published": the name in apposition between commas (not a name
# after a phrase's comma: "posted on its Telegram channel, Uzbekistan's embassy said")
_OUTLET_KIND_APPOSED = re.compile(r"\b(?:channel|outlet),\s+$")
# "told the Ada Derana news website", "the Kathmandu Post newspaper": the kind word right
# after the name (not "daily" or "weekly", which are adverbs there: "flights leave daily"),
# and no name after it, whose kind it is ("the Bishkek news site Kaktus Media")
_OUTLET_KIND_AFTER = re.compile(
    r"[ \u00a0]+(?:newspaper|tabloid|broadsheet|magazine|broadcaster|(?:news|TV|television)"
    r"[ \u00a0]+(?:portal|site|website|agency|channel|outlet)|website|web[ \u00a0]+portal)\b"
    r"(?![ \u00a0]+[A-ZА-ЯЁ«\"“])"
)
# "Ее сын Фирдавс", "his brother Rustam": a kin word right before a one-word name
_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:сын|сына|сыну|сыном|дочь|дочери|брат|брата|брату|братом|сестра|сестры|сестре"
    r"|муж|мужа|мужу|жена|жены|жене|отец|отца|мать|матери|son|daughter|brother|sister|husband"
    r"|wife|father|mother|nephew|niece|cousin)[ \u00a0]+$"
)
# "the Dushanbe-based group Huquq va Adolat", "the rights organisation X": a body's kind word
# in lower case right before its name
_BODY_KIND_BEFORE = re.compile(
    r"\b(?:group|organi[sz]ation|NGO|foundation|movement|charity|association|coalition"
    r"|network)[ \u00a0]+$"
)
# "the Tashkent-based Huquqiy Yordam centre": the kind word in lower case right after the name
# (not before another name, whose kind it is: "the Bishkek group Adilet")
_BODY_KIND_AFTER = re.compile(
    r"[ \u00a0]+(?:centre|center|group|organi[sz]ation|foundation|movement|charity|association"
    r"|coalition|network|clinic)\b(?![ \u00a0]+[A-ZА-ЯЁ«\"“])"
)
_MEDIA_HEADS = frozenset(
    """
    monitor times post news herald gazette tribune journal digest daily today media
    press radio tv fm review observer telegraph express chronicle bulletin
    insider weekly magazine newspaper mail mirror courier dispatch television broadcaster
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# "Agency" ends state bodies' names ("Federal Investigation Agency", "National Crime
# Agency"): a news agency says what it is ("Ghana News Agency", "Press Agency")
_NEWS_AGENCY = frozenset(("news", "press", "information", "telegraph", "telegraphic"))
# a paper's "Daily" or "Weekly" inside its name ("Zambia Daily Mail", "Daily Nation")
_PAPER_WORDS = frozenset(("Daily", "Weekly"))
# "Zambia National Broadcasting Corporation": a broadcaster's corporate name
_BROADCASTING = re.compile(
    r"\bBroadcasting\s+(?:Corporation|Company|Service|Network|System|House)$"
)
_RU_MEDIA_HEADS = frozenset(
    ("газета", "журнал", "телеканал", "радиостанция", "информагентство", "радио")
)
_ORG_HEADS = frozenset(
    """
    embassy ministry court committee council office service agency department army
    bureau police party union bank company corporation commission parliament
    government administration prosecutor's procuracy university institute foundation
    directorate guard navy inspectorate
    travels tours overseas consultants consultancy manpower recruiters enterprises holdings
    ltd ltd. limited inc llc pvt
    """.split()  # noqa: SIM905 (a word list reads better as prose; the last two lines are a
    # firm's words, as recruiting firms name themselves: "Everest Crown Travels")
)
# bodies by one word of their kind ("told Parliament", "told Congress")
_BODY_WORDS = frozenset(
    ("parliament", "congress", "senate", "cabinet", "court", "police", "interpol", "kremlin")
)
_STATE_WORDS = frozenset(
    [
        "republic",
        "federation",
        "kingdom",
        "emirates",
        "principality",
        "sultanate",
        "республика",
        "федерация",
    ]
)
_RU_ORG_HEADS = frozenset(
    """
    посольство министерство суд комитет совет служба управление ведомство прокуратура
    департамент агентство бюро администрация коллегия отдел партия банк компания комиссия
    парламент правительство университет институт фонд дирекция гвардия инспекция
    мид мвд фсб ск скр гкнб фсин умвд гувд увд уфсб минобороны минтруд росгвардия
    генпрокуратура палата кенеш мажлис меджлис
    """.split()  # noqa: SIM905
)
_HEADLINE_SMALL = frozenset(
    ("a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "at", "by", "with", "from", "as")
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s*$")
_MARKUP = "#*_>-–—•· \t"
_LAW = re.compile(r"^(?:Law|Act|Code|Decree)\b|\b(?:Law|Act|Code|Decree)$|\bLaw on\b")
# a body named for a field of law after its head word ("Bureau for Human Rights and Rule of
# Law", "Institute of International Law"), not a law's title
_LAW_BODY = re.compile(
    r"^(?!(?:Law|Act|Code|Decree)\b).*\b(?:Bureau|Institute|Centre|Center|School|Faculty|Society"
    r"|Association|Academy|Commission|Council|Committee|Foundation|University|Network|Union"
    r"|Initiative)\b.*\bLaw$"
)
# (not a unit's word: "Lurambi sub-county", "Mumias sub-district")
_COMMON_TAIL = re.compile(r"(?<![\s(]sub)-[^\W\d_A-ZА-ЯЁ][^\W\d_]{2,}$")
_TIE_ORDER: tuple[EntityType, ...] = ("PERSON", "ORG", "PLACE", "GROUP", "OUTLET")
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "s", "i", "ese", "ish")


@dataclass(slots=True)
class Evidence:
    text: str
    gazetteer: Gazetteer
    clusters: list[list[NameSpan]] = field(default_factory=list)
    publisher: str | None = None  # the site's own name (og:site_name), when known

    def titled(self, span: NameSpan) -> bool:
        return _TITLE_BEFORE.search(self.text, max(0, span.start - 40), span.start) is not None

    def aged(self, span: NameSpan) -> bool:
        return _AGE_AFTER.match(self.text, span.end) is not None

    def reported_after(self, span: NameSpan) -> bool:
        return _REPORTED_AFTER.match(self.text, span.end) is not None

    def wrote_closing(self, span: NameSpan) -> bool:
        before = self.text[max(0, span.start - 3) : span.start].rstrip()
        return before.endswith(",") and _WROTE_CLOSING.match(self.text, span.end) is not None

    def told(self, span: NameSpan) -> bool:
        """The one whom a speaker told something ("told Mathrubhumi that …")."""
        before = _TOLD_BEFORE.search(self.text, max(0, span.start - 8), span.start)
        return before is not None and _TOLD_AFTER.match(self.text, span.end) is not None

    def body_in_apposition(self, span: NameSpan) -> bool:
        """A kind of body in apposition after the name ("X, the state's agency for …")."""
        return _BODY_APPOSITION.match(self.text, span.end) is not None

    def near(self, span: NameSpan) -> bool:
        """One word after "near" ("killed near Zalizne"), or one word in title case after
        "in", "at" or "from" ("an office in Bagbazar", "from Gorkha and Syangja")."""
        if len(span.keys) != 1:
            return False
        if _NEAR_BEFORE.search(self.text, max(0, span.start - 8), span.start):
            return True
        return _TITLE_CASE_WORD.fullmatch(span.surface) is not None and bool(
            _PLACE_PREPOSITION_BEFORE.search(self.text, max(0, span.start - 40), span.start)
        )

    def unknown_place_word(self, span: NameSpan) -> bool:
        """One title-case word the tagger got wrong where the words before say a place (round
        22): a "person" right after "in" ("the CID headquarters in Malibagh"; not one with a
        possessive after it), a "nationality" of no country after "in", "at" or "from" ("a
        plumber from Chalakudy"), or a body or untyped word after a known city's possessive
        ("Mohammed Arif of Hyderabad's Malakpet")."""
        if len(span.keys) != 1 or _TITLE_CASE_WORD.fullmatch(span.surface) is None:
            return False
        before = self.text[max(0, span.start - 40) : span.start]
        if span.type == "PERSON":
            return bool(_IN_BEFORE.search(before)) and not _POSSESSIVE_AFTER.match(
                self.text, span.end
            )
        if span.type == "GROUP":
            return bool(_PLACE_PREPOSITION_BEFORE.search(before)) and not demonym(
                span, self.gazetteer
            )
        owner = _CITY_POSSESSIVE_BEFORE.search(before)
        return (
            span.type in ("ORG", None)
            and owner is not None
            and any(p.kind != "country" for p in self.gazetteer.candidates(owner.group(1)))
        )

    def kin_before(self, span: NameSpan) -> bool:
        """One capitalised word right after a kin word ("сын Фирдавс"): a given name (not
        "матери узбекистанцев", the mothers of a people)."""
        return (
            len(span.keys) == 1
            and span.surface[:1].isupper()
            and bool(_KIN_BEFORE.search(self.text, max(0, span.start - 12), span.start))
        )

    def body_kind_before(self, span: NameSpan) -> bool:
        """A name right after a body's kind word ("the group Huquq va Adolat"), or right
        before one ("the Huquqiy Yordam centre")."""
        return (
            _BODY_KIND_BEFORE.search(self.text, max(0, span.start - 16), span.start) is not None
            or _BODY_KIND_AFTER.match(self.text, span.end) is not None
        )

    def region_after(self, span: NameSpan) -> bool:
        return _REGION_AFTER.match(self.text, span.end) is not None

    def places(self, span: NameSpan) -> list[Place]:
        return self.gazetteer.candidates(span.surface) or self.gazetteer.candidates(span.nominative)

    def in_gazetteer(self, span: NameSpan) -> bool:
        return bool(self.places(span))

    def main_place_name(self, span: NameSpan) -> bool:
        """The gazetteer has a place whose own name (not an alternate) this is."""
        names = {exact_key(span.surface), exact_key(span.nominative)}
        return any(p.source == "pack" or exact_key(p.name) in names for p in self.places(span))

    def outlet_named(self, span: NameSpan) -> bool:
        """The publisher's own name, a name after "published by", or a paper's name."""
        if self.publisher and exact_key(span.surface) == exact_key(self.publisher):
            return True
        if _PUBLISHED_BY.search(self.text, max(0, span.start - 30), span.start):
            return True
        if _OUTLET_KIND_BEFORE.search(self.text, max(0, span.start - 30), span.start):
            return True
        if span.type != "PERSON" and (
            _RU_AGENCY_BEFORE.search(self.text, max(0, span.start - 30), span.start)
            or _NEWS_AGENCY_ADJECTIVE.search(self.text, max(0, span.start - 40), span.start)
        ):
            return True  # not a person after the word ("отдела агентства Дилноза Абдуллаева")
        if self.text[span.end : span.end + 1] == "," and _OUTLET_KIND_APPOSED.search(
            self.text, max(0, span.start - 30), span.start
        ):
            return True
        if _OUTLET_KIND_AFTER.match(self.text, span.end):
            return True
        words = span.surface.split()
        if len(words) >= 2 and has_cyrillic(span.surface):
            # a paper named by its head word, in any case ("«Областной газете»")
            return any(lemma(w) in _RU_MEDIA_HEADS for w in words)
        if len(words) < 2 or not words[-1][:1].isupper():
            return False
        if words[-1].lower() in ("agency", "service"):
            # "Press Agency", "Tribune News Service": a news agency or service says what it
            # is; "National Crime Agency", "Federal Security Service" are state bodies
            return words[-2].lower() in _NEWS_AGENCY
        return (
            words[-1].lower() in _MEDIA_HEADS
            or any(w in _PAPER_WORDS for w in words[:-1])
            or _BROADCASTING.search(span.surface) is not None
        )

    def sentence_initial(self, span: NameSpan) -> bool:
        line_start = self.text.rfind("\n", 0, span.start) + 1
        before = self.text[line_start : span.start].strip(_MARKUP)
        return not before or _SENTENCE_END.search(before) is not None

    def in_headline(self, span: NameSpan) -> bool:
        """Inside a title-case line without a full stop: a headline or a breadcrumb."""
        line_start = self.text.rfind("\n", 0, span.start) + 1
        line_end = self.text.find("\n", span.end)
        line = self.text[line_start : line_end if line_end != -1 else len(self.text)].strip()
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) < 3 or line.endswith((".", "”", '"')):
            return False
        content = [w for w in words if w.lower() not in _HEADLINE_SMALL]
        return sum(w[:1].isupper() for w in content) >= 0.8 * len(content)


def decide_type(cluster: Cluster, evidence: Evidence) -> EntityType | None:
    spans = cluster.spans
    if cluster.outlet:
        return "OUTLET"
    if cluster.alias:
        return cluster.alias.type
    if any(s.label == "OUTLET" for s in spans):  # a service or quoted title (rules.py)
        return "OUTLET"
    if any(s.label == "BODY" and not evidence.in_gazetteer(s) for s in spans):
        # the body in a title, not the person (rules.py); a town the gazetteer knows is no
        # body ("уроженец Таласа Нурсултан …")
        return "ORG"
    # "Президент России Владимир Путин": a country after a title is the title's country
    countries = evidence.gazetteer.country_aliases()
    titled = any(
        evidence.titled(s)
        and not {s.surface.casefold(), s.nominative.casefold()} & countries
        and not _institution(s)  # "Депутат Законодательной палаты …": the deputy's body
        for s in spans
    )
    if not titled and any(_DOMAIN.match(s.surface) or evidence.outlet_named(s) for s in spans):
        return "OUTLET"
    if not titled and any(
        (evidence.body_in_apposition(s) or evidence.body_kind_before(s))
        and s.type in ("PERSON", "ORG", None)
        for s in spans
    ):
        # "Sahaya Kendra, the state's agency for migrants", "the group Huquq va Adolat": what
        # the name is
        return "ORG"
    person = titled or _person_evidence(spans, evidence)
    # a state body that reports is still one ("МИД Непала сообщил", "Interior Ministry said")
    if cluster.cited and not person and not any(_institution(s) for s in spans):
        return "OUTLET"
    if not person and any(
        evidence.reported_after(s) and not _institution(s) and len(s.keys) >= 2 for s in spans
    ):
        return "OUTLET"  # "Kaktus Media reported": a name of two words or more that reports
    if person:
        return "PERSON"
    placed = [s for s in spans if not _initials_of_another(s, spans)]
    if any(
        evidence.main_place_name(s) or evidence.region_after(s) or _state(s) or _region_named(s)
        for s in placed
    ):
        return "PLACE"
    if all(_one_unknown_word(s) for s in spans) and any(
        evidence.told(s) or evidence.reported_after(s) or evidence.wrote_closing(s) for s in spans
    ):
        # a person is introduced by a full name, so a one-word name that a speaker told
        # something, or that reported, never named in full, is the paper or site ("told
        # Lankadeepa that", "Thozhilali reported", "…, Daryo wrote.")
        return "OUTLET"
    if all(len(s.keys) == 1 and s.type in ("ORG", "PLACE", None) for s in spans) and any(
        evidence.near(s) for s in spans
    ):
        return "PLACE"  # "killed near Zalizne": a settlement the gazetteer lacks
    if all(evidence.unknown_place_word(s) for s in spans):
        return "PLACE"  # "headquarters in Malibagh", "from Chalakudy", "Hyderabad's Malakpet"
    if _no_entity(spans, evidence):
        return None
    if any(_institution(s) for s in spans):
        return "ORG"
    votes = Counter(s.type for s in spans if s.type is not None)
    if votes["GROUP"] * 2 >= sum(votes.values()) > 0 or any(
        demonym(s, evidence.gazetteer) for s in spans
    ):
        return "GROUP"
    if any(evidence.in_gazetteer(s) for s in placed):
        return "PLACE"
    if not votes:
        return None
    return max(_TIE_ORDER, key=lambda kind: (votes[kind], -_TIE_ORDER.index(kind)))


def _initials_of_another(span: NameSpan, spans: list[NameSpan]) -> bool:
    """``span`` is the initials of a longer name of its cluster ("PRI" of "Penal Reform
    International"): that the gazetteer knows it (Puerto Rico's code) is chance, no place."""
    if len(span.keys) != 1 or not span.surface.isupper() or len(span.surface) < 2:
        return False
    return any(
        len(other.keys) >= 2 and "".join(k[0] for k in other.keys) == span.keys[0]
        for other in spans
    )


def _one_unknown_word(span: NameSpan) -> bool:
    """One word tagged a person or nothing, or tagged an organisation in title case and no
    body's word ("Onlinekhabar", not "Parliament" or "FIA"): what a one-word outlet is."""
    if len(span.keys) != 1:
        return False
    if span.type in ("PERSON", None):
        return True
    return (
        span.type == "ORG"
        and _TITLE_CASE_WORD.fullmatch(span.surface) is not None
        and span.surface.lower() not in _ORG_HEADS | _BODY_WORDS
    )


def _person_evidence(spans: list[NameSpan], evidence: Evidence) -> bool:
    countries = evidence.gazetteer.country_names()
    for span in spans:
        if span.surface.casefold() in countries or demonym(span, evidence.gazetteer):
            continue  # "Sri Lanka", "Sri Lankan": two words the tagger took for a person's
        if evidence.kin_before(span):
            return True  # "Ее сын Фирдавс": a given name, whatever town the gazetteer knows
        if span.type == "PERSON" and (_institution(span) or _state(span)):
            continue  # "the Sri Lankan Embassy": an institution's word ends no person's name
        if span.type == "PERSON" and len(span.keys) >= 2 and evidence.main_place_name(span):
            continue  # "Uttar Pradesh": a known place's own name, not a person's
        if span.type == "PERSON" and len(span.keys) >= 2:
            return True
        if _INITIALS_FIRST.match(span.surface) and not _institution(span):
            return True  # "R. Subramaniam", whatever the tagger calls it
        # a name with a patronymic particle is a person's, even typed ORG by the tagger
        # when it has the given name and the father's ("Jasur Rustam ugli")
        if (
            span.keys[-1:]
            and span.keys[-1] in PARTICLE_KEYS
            and (len(span.keys) >= 3 or (len(span.keys) == 2 and span.type != "ORG"))
        ):
            return True
        if len(span.keys) >= 2 and span.type in ("PERSON", "ORG", None) and evidence.aged(span):
            return True
        if (
            span.type in ("ORG", "PLACE", None)
            and given_and_surname(span.surface)
            and not _institution(span)
            and not evidence.main_place_name(span)
        ):
            return True  # "Umed Kholov" typed a body, "Bimala Shrestha" a building
    return False


def _region_named(span: NameSpan) -> bool:
    """A name written with its unit word in English ("Gorkha district", "Osh region")."""
    return _REGION_NAME.fullmatch(span.surface) is not None


def _state(span: NameSpan) -> bool:
    """A state by its head word: the last in English ("Luhansk People's Republic", "Russian
    Federation"), the first in Russian ("Луганская Народная Республика"; in "Посольство
    Кыргызской Республики" the state is only the complement)."""
    words = span.surface.split()
    if len(words) < 2:
        return False
    if has_cyrillic(span.surface):
        return lemma(words[0]) in _STATE_WORDS
    lowered = [w.casefold().rstrip(".,") for w in words]
    # "Ministry of Internal Affairs of the Kyrgyz Republic": the head comes before "of"
    head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
    return head in _STATE_WORDS


def _institution(span: NameSpan) -> bool:
    """A name of two or more words ending in an institution's word ("Foreign Ministry"); in
    Russian, whose heads come first, one with an institution's word in it ("Министерстве
    иностранных дел Кыргызской Республики", "Свердловского районного суда")."""
    words = span.surface.split()
    if len(words) < 2:
        return False
    if has_cyrillic(span.surface):
        # also its nominative's words, for a head the dictionary does not decline ("Жогорку
        # Кенеша" -> "Жогорку Кенеш", round 22)
        return any(lemma(w) in _RU_ORG_HEADS for w in (*words, *span.nominative.split()))
    return words[-1].lower() in _ORG_HEADS


def _no_entity(spans: list[NameSpan], evidence: Evidence) -> bool:
    """A capitalised common word opening sentences, a phrase of headlines only, a law's
    title ("Federal Law on Citizenship", "Criminal Code": no type of ours), or a word
    with a common noun after its hyphen ("Telegram-каналах")."""
    if any(
        (_LAW.search(s.surface) and not _LAW_BODY.search(s.surface))
        or (_COMMON_TAIL.search(s.surface) and not s.surface.islower())
        for s in spans
    ):  # a nationality noun in lower case ("шри-ланкийцы") is all one word
        return True
    if all(
        len(s.keys) == 1 and s.type in ("PERSON", None) and evidence.sentence_initial(s)
        for s in spans
    ):
        return True
    if all(
        len(s.keys) == 1 and s.type != "GROUP" and only_a_persons_noun(s.surface) for s in spans
    ):
        return True  # "Выходцу из Непала": a noun for a person the tagger took for a name
    return all(len(s.keys) >= 2 and evidence.in_headline(s) for s in spans)


def demonym(span: NameSpan, gazetteer: Gazetteer) -> bool:
    """A capitalised word that shares its stem with a country's name (Uzbeks, Russian), or
    words that do with a country's name of as many words ("Sri Lankan")."""
    if len(span.keys) > 3:
        return False
    return demonym_words(span.surface, len(span.keys), gazetteer)


def demonym_words(word: str, count: int, gazetteer: Gazetteer) -> bool:
    """:func:`demonym` of a surface of ``count`` words ("Nepalis", "Sri Lankan")."""
    if not word[:1].isupper() or not word.replace(" ", "").isalpha():
        return False
    stems = demonym_stems(word.lower(), _DEMONYM_ENDINGS)
    return any(
        stem != country and stem_names(stem, country)
        for country in gazetteer.country_names()
        if len(country.split()) == count
        for stem in stems
    )
