"""Who says so: every citation, attribution and quote of one text, linked to its claim.

What a parenthetical or footnote supports (the rule, tested in
``tests/cite/test_supports.py``):

1. It supports the sentence it closes: from the sentence start (or from the end of an
   earlier citation in the same sentence) up to the opening bracket. Inside a sentence,
   not at its end, it supports the whole sentence.
2. In analysis style, a citation that closes its sentence also supports the sentences
   before it in the same paragraph, walking back one sentence at a time and stopping at
   the first sentence that carries a citation of its own (parenthetical, footnote,
   attribution or quote) or at the paragraph start.

``supports[0]`` is always the sentence the citation sits in; earlier sentences follow in
text order. An attribution ("according to X", "X said") or a quote supports the reported
content only, never the attribution words.

A citation's ``date`` is the TIMEX3 value of the timex (from the temporal stage) that lies
inside the citation's date part. Ids are "c1", "c2", ... in text order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.cite.attribution import find_attributions
from dossier.cite.bodies import named_bodies
from dossier.cite.footnotes import find_markers, reference_list
from dossier.cite.headlines import headline_attributions
from dossier.cite.interviews import answer_speakers, interview_answers
from dossier.cite.lexicon import OUTLET_KIND_BEFORE, words
from dossier.cite.open_quotes import closing_speakers
from dossier.cite.outlet_sources import split_outlet_sources
from dossier.cite.parenthetical import find_parentheticals
from dossier.cite.quotes import continue_speakers, find_quotes
from dossier.cite.record import Found
from dossier.cite.registry import OutletRegistry
from dossier.cite.relays import outlet_before_kind, split_query, split_quoted_by
from dossier.cite.sources import a_place, kin_gender, mark_relays, name_gender, settle_sources
from dossier.cite.speakers import added_claims, impersonal_claims, spell_out_initials
from dossier.cite.text import Layout, trim
from dossier.cite.transcripts import inside_turns, transcript_turns
from dossier.cite.wire import find_wire
from dossier.lang import get_language
from dossier.models import Citation, CitationKind, Mention, Sentence, Span, Timex

# 2: base forms, roles and relays of issue 10; 3: Russian recipients ("рассказала
# «Азаттыку»"), impersonal plural verbs, material cues ("следует из материалов дела");
# 4: sources as real copy gives them (english_dev, russian_dev2); 5: an institution's name
# with "and" in it is one source ("Ministry of Foreign and Employment Affairs"), "said the
# men were missing" is speech, "X, citing Y, said" has X as its subject, "Как отмечают X",
# "X со ссылкой на Y сообщает", a short quotation set off as an utterance is a quote,
# ", per X" after a comma; 6 (round 9): a quotation continuing the sentence before takes its
# speaker, not the outlet he told; more descriptions ("the group", "the deputy",
# "диппредставительство"); a named institution without its city ("The Tajik embassy in
# Moscow"); a pronoun takes a name mention in its base form; a Russian plural description
# ("Правозащитники заявляют") stays its own source; "Об этом сообщает X со ссылкой на Y"
# relays Y through X; a comma inside an institution's listed name ("Ministry of Labour,
# Migration and Employment"); a title before a name the dictionary lacks ("адвоката
# Фарзоны Каримовой" -> "адвокат Фарзона Каримова"); an outlet told in quotation marks is
# a relay, known or not ("рассказал «Вслух.ру», что"), and no part of a quote's speaker
# ("— рассказала Мавлюда Радио «Озоди»"); "заявил в интервью «Известиям»" relays; an
# aside before the verb is no part of the subject ("Family members …, from Amritsar, said");
# two Russian sources joined by "и в" are two ("в ГУ МВД … и в столичной прокуратуре"); a
# long title after the verb is left out of the name ("сообщил ТАСС начальник управления … X");
# imperfective past speech verbs ("Ранее Bloomberg сообщал"); a material word after any
# Russian cue is dropped ("Согласно материалам дела" -> "дело"); a place before a described
# speaker is no part of him ("В суде осужденный заявил"), and a Russian institution word in
# any case keeps a source from being a person's name ("пресс-служба … прокуратуры …"); a
# name between commas after its description may have told an outlet, within its sentence
# ("the head of …, Colonel X, told TASS."); a weekday without "on" ("police said Wednesday");
# 7 (round 10: english_dev3, russian_dev4): an office named after its holder ("the
# prosecutor's office"; "the ministry's press service" stays), "the diplomatic mission", a
# military rank ("the general"); a dateline's agency is no antecedent of "the ministry"; a
# Russian name's head noun comes after its adjectives ("По данным суда" takes "Ташкентский
# городской суд по …"); an aside or a title between a speaker and "told Reuters" ("X, 29,
# told"), an outlet named after its kind word ("told the state broadcaster X", "according to
# the news site X", "газета X"), a person's body after "of" ("General X of the Investigative
# Committee said"); a headline body before a colon ("Tajik embassy: …"); a description takes
# an abbreviation's full name ("The agency" after "India's Central Bureau of Investigation"
# and "the CBI"); papers an outlet saw ("Court documents reviewed by AFP show"); a foreign
# name the dictionary lacks after a long title, in the accusative or genitive ("Рахула
# Шарму" -> "Рахул Шарма"), which a pronoun then takes; a known outlet of several words in
# an oblique case ("«Новой газете Европа»"); a body where it was said after a time ("Ранее в
# Кремле заявляли") and speaking a quotation ("В ведомстве подчеркнули, что … «…»"); an
# adjective before an abbreviation ("непальского МИД" -> "непальский МИД"); an interview
# before the verb ("X в интервью РИА Новости сказал"); "приводит слова X издание Y" (Y relays
# X's quote); "«…», X said, according to Interfax" (the outlet relays the quote); a dash line
# spoken by a description ("— …, — сказал военком."); a speech verb joined to an earlier
# verb takes the name opening the sentence ("Нурбек уехал …, а весной позвонил и сообщил");
# a headline in quotation marks is its speaker's quote ("'They took our passports,' says X");
# a description takes a name cited before as settled ("Прадип Карки", no genitive of "Карка");
# "dismissed reports that" is no speech, "…, saying that" is the subject's; "a man killed
# while serving" is one subject; material gathered by someone ("according to interviews
# conducted by the BBC" -> "BBC"); where it was said is no part of the speaker ("заявил на
# брифинге X", "сказал подсудимый в последнем слове"), nor whose he is ("Его адвокат X"); a
# short quotation in lower case closing reported speech is a quote ('… "through channels".');
# papers in an outlet's hands ("из документов, которые есть в распоряжении «Фонтанки»"); an
# outlet told by its kind word in the dative relays ("рассказал порталу E1.RU"); a quotation
# continues the speaker of a quote that ends in the sentence before, wherever it began; a
# pronoun with no one named before takes the unnamed speaker ("По его словам" after
# "рассказал … сотрудник одного из центров"); a name the dictionary lacks, met in the
# instrumental, which a description takes ("поговорил с Нуваном Перерой" -> "Нуван Перера");
# a report to an authority is no speech ("сообщил о случившемся в посольство"); a time
# between an English subject and its verb is no part of it ("X on Friday said"); 8 (round
# 11: english_dev4, russian_dev5): an outlet with a slash or a possessive told after a
# quotation ('…," she told RFE/RL.'), an adverb between a name set off by commas and its
# verb ("…, X, later told Vlast.kz"); an outlet named before the words it gives ("—
# приводит «Интерфакс» слова X"); an unknown surname the dictionary only guesses as
# indeclinable takes the ending table's nominative ("Шрестхи" -> "Шрестха"); "заявил в
# интервью РИА Новости X" relays X through the outlet, and a bare "в интервью" is no part
# of the speaker; a known outlet before its kind word relays a quotation ("…, X said,
# according to the RIA Novosti news agency"); an unnamed person after "according to" or
# "citing" keeps the named body he is in ("a source in the Migration Service under …"); a
# lone document word is the body that issued it ("The statement said", "According to the
# report", where "report" is no verb); a headline's short source after the claim's colon
# ("…: Minister", "…: Police"), a capital and a person noun before it ("Kyrgyz ombudsman:
# …"), "the ombudswoman" as a description; a word of a slashed name ("RL" of "RFE/RL") is
# no speaker; a document takes the body cited before as issuing it, not a platform named;
# an adverb before "told" an outlet after a quotation's speaker ("X, later told Vlast.kz");
# a Russian kind word before a known outlet unquoted ("телеграм-канал Baza" -> "Baza"), and
# "канал" describes an outlet; 9: speakers introduced by more than a name (dossier/cite/
# speakers.py): a name before a bare title with "of" ("X, deputy head of the …, said"), a
# restrictive relative clause in the subject ("A relative who asked not to be named"), a
# share of a group ("About 40 percent of the 2,000 migrants …" -> the group), a name given by
# a relative clause ("who asked to be identified only as X"), a Russian description then a
# name after a comma ("один из авторов инициативы, депутат X"), "парламентарий", and
# "…, adding that …" as a second claim of the same speaker; a country in the genitive
# closing a long Russian title is no part of the name ("… Узбекистана Бахтиёр Рахимов");
# 10 (round 12: english_dev5, russian_dev6): an English pronoun or description of one gender
# skips a speaker of the other, told by a kin noun before the name ("her son Dilshod") or a
# transliterated surname ("Korolyova", "Sadykov"); a conversation with an outlet between a
# Russian subject and its verb ("X в беседе с «Фонтанкой» рассказала", "в беседе с изданием")
# relays X through the outlet, named or described; an outlet quoting someone before his
# quotation ("X was quoted by Interfax as saying … «…»", "TASS quoted X as saying: …") or
# after it with a pronoun ("— приводит его слова агентство PTI") relays the quote; a name
# set off after the description a cue introduces ("citing the regional governor, X."); a
# name with an organisation's word is no person's ("Human Rights Watch", "Amnesty
# International"), so "the group" and "the report" take it; someone's relative ("The man's
# brother told …") is his own source, no one named before; a site told by its domain before
# the speaker ("Как рассказал Ura.ru источник …") relays him; "Как установило следствие";
# "следствие" takes only an investigative body named before, else stays itself; 11 (round
# 13: english_dev6, russian_dev7): a transcript's turn ("Name: …" opening a paragraph) is
# its guest's claim, and what he says inside it no citation of its own; "одного из них"
# is "один из них", and a function word is never read as a noun ("из" as "изы"); a
# subject never runs across a short line a model's sentence opens with ("10:05 IST\n…");
# a broadcaster a Russian speaker talked to relays him ("в интервью телеканалу «X»", "в
# эфире радио «X»", "рассказала Радио «Озоди»"); a Latin name after a Russian channel word
# is an outlet, known or not ("телеграм-канал SHOT"), and a speaker who told an outlet
# described in the dative ("Как рассказал каналу/изданию один из …") is relayed by it; a
# name the tagger missed before its body ("X of the Civic Assistance Committee said"); an
# emphatic pronoun is no part of a Russian subject ("Сам обвиняемый заявил"); an English
# subject opened by a determiner keeps its non-restrictive clause or "both from …" aside
# out and stays pre-posed however long ("A representative of …, who attended …, said");
# 12 (round 14: english_dev7, russian_dev8): a time between a Russian impersonal verb and
# its body ("сообщили в среду в пресс-службе суда"); a description takes first the person
# it titled ("The ambassador said"); an agency told is the outlet cited before and relays
# ("told the agency", "сказал агентству"), and a known outlet before its kind word relays
# any attribution ("…, according to the TASS news agency"); more descriptions ("the
# researcher", "градоначальник", "вице-министр"); "вспоминает", "говорил"; two names joined
# by "и" are two sources, and a noun cue has no recipient ("По данным «Медиазоны» и …",
# "сообщают «Интерфакс» и РИА Новости", "По подсчетам"); "…, adding that" after a quotation;
# a venue between a Russian speaker and his verb ("X на встрече с журналистами сказал:");
# "Сам Алимов"; the publisher's own correspondent gives no citation; an unknown name's
# plural reading is none ("Нихала" -> "Нихал"); "had earlier said"; "Asked about reports
# that" is no speech; "X quoted by an outlet said" relays X; "X was cited as saying";
# 13 (round 15: english_dev8, russian_dev9): a date or a recipient around a Russian verb is
# no part of the source ("сообщили «Интерфаксу» в среду источники", "сообщил журналистам в
# среду, 14 мая, X", "Об этом «Фонтанке» 12 декабря сообщила", "Об этом Ura.ru сообщили");
# the speaker after a Russian quotation: a message alone is the body cited before ("—
# говорится в сообщении"), a channel and a time before him are no part of him ("— написала
# в своем телеграм-канале в четверг X"), an outlet quoting after it relays it ("— цитирует
# X «Интерфакс»", "(цитата по ТАСС)"); an institution word whose antecedent is a press
# service takes its body ("В ведомстве напомнили"); an English speaker after a long
# lower-case title ("…, press secretary of the diplomatic mission X told Kaktus Media"),
# "commented", "reminded"; a kind word before a quoted outlet ("издание «Вёрстка»"); a
# Russian name's gender from the words the dictionary knows first; "Как сообщала X",
# "Как ранее сообщало агентство"; "военкомат"; an outlet described in the dative after the
# verb ("пояснил изданию, что"), "выяснило издание"; an outlet between a body "в …" and the
# verb ("В пресс-службе МВД Tengrinews.kz сообщили"); "a statement sent to AFP by X"; a
# quoted outlet after a headline's dash ("…, — «Азаттык»"); "Как он также сообщил"; a kin
# noun before a name in an oblique case tells no gender ("муж Фарангис Курбоновой"); a dash
# inside a dash line's words
# 14 (round 16: english_dev9, russian_dev10): the answers of an interview printed as dash
# lines after questions are the guest's (dossier.cite.interviews); an outlet spoken with
# between "Об этом" and the verb ("в беседе с 24.kg", "в комментарии «Газете.uz»", "в
# интервью «Азия-Плюс»") relays the speaker, a Cyrillic outlet with a Latin domain ending in
# any case ("«Газете.uz»"); a venue with its complement after a Russian speaker ("на
# заседании парламента"); "said in an interview with X", "in a reply to a query from X"
# relay; a reply to an outlet's query ("в ответе X на запрос «Y»", "Согласно ответу X на
# запрос Y"; "ответ", "карточка" material words); "Такие данные привел X"; "X же";
# an outlet between the verb after a Russian quotation and its speaker; an English
# indefinite apposition after a described subject; "…, Interfax quoted X as saying."
# 15 (round 17: english_dev10, russian_dev11): a denial with what it denies ("denied that",
# "опроверг", "назвали фейком"); a statement on a body's website; headlines opening with a
# quotation; verdicts and case files; unnamed sources with what makes them know; outlets
# spoken to in a lead clause; speech nested in a reported clause (tests/cite/test_round17.py)
# 17 (round 19: english_dev12, russian_dev13): an outlet the registry lacks, told in quotation
# marks in an oblique case, named in the nominative; verbs of complaint, explanation,
# admission, assurance, counting and supposition; an English outlet told at the end of an
# attribution, the registry's or not, relays the speaker and is no antecedent of a later
# "she"; an outlet citing a source before its verb relays it; a Latin name told in Russian
# copy is an outlet's; "— передает ТАСС слова X" as "— приводит ТАСС слова X"; "Как пишет
# радиостанция" is the station named before; '…," said his mother, Dilnoza, who …' is
# Dilnoza's; a topic opening a Russian sentence ("О задержании … сообщил X") is no subject
# (tests/cite/test_round19.py)
# 20 (round 22: english_dev15, russian_dev16): the speaker's own channel between him and the
# verb is where he said it; an outlet spoken with after the verb ("в разговоре с «X»", "в
# беседе с корреспондентом «X»") or on whose air he spoke relays him; kin nouns, "blogger",
# "defendant" describe a person named before; a description takes a titled name the tagger
# missed; two quoted outlets joined by "и" are two, the first relaying what they cite; an
# adjective before an outlet's kind word; an age after an outlet told; a capitalised kind word
# with its complement is an antecedent; "пресс-служба ведомства" as a subject is the body
# named before; a headline's quotation, its speaker and "о" a topic; "Источник «X» в Y" is
# "источник в Y" relayed by X (tests/cite/test_round22.py)
# 21 (round 23: english_dev16, russian_dev17): a quotation over two paragraphs, the first left
# open before the next opens with the mark again, is the speaker's of the paragraph before
# (dossier.cite.open_quotes; tests/cite/test_round23.py)
# 22 (round 24: english_dev17, russian_dev18): a verb of going on closes a quotation ('"…," he
# continued', "— продолжил он"); a paragraph left open with no one cited before is the words of
# the speaker who closes the quotation in the next one; a description takes a name cited in an
# oblique case as settled; "— цитирует РИА Новости X" and "«X» цитирует Y: «…»" relay; a title
# is the next name's; a conversation with an outlet's correspondent or its air relays; nested
# speech gives no subject; a time after "as saying" is no claim; a witness, a resident or a
# migrant describes a person; "глава ГКНБ" describes the
# person named before (tests/cite/test_round24.py)
EXTRACTOR = "dossier.cite/22"
_QUOTE_MARKS = '«»"“”„'


def find_citations(
    text: str,
    language: str,
    timexes: Sequence[Timex],
    sentences: Sequence[Sentence],
    registry: OutletRegistry,
    mentions: Sequence[Mention] | None = None,
    paragraphs: Sequence[Span] = (),
) -> list[Citation]:
    """Citations, attributions and quotes in ``text``, in text order; none in a language
    the registry has no rules for (no other language's rules apply to it).

    ``sentences`` and ``paragraphs`` are the analyze stage's; empty, they come by rule.
    """
    if get_language(language).cite is None:
        return []
    layout = Layout(text, sentences, paragraphs)
    mentions = plausible_people(text, mentions or [])
    mentions = sorted([*mentions, *named_bodies(text, mentions, language)], key=lambda m: m.start)
    found = _bracketed(text, layout, registry)
    body_end, _ = reference_list(text)
    taken = [(f.start, f.end) for f in found]
    orphans: list[Found] = []
    quotes = find_quotes(text, language, layout, mentions or [], body_end, orphans, registry)
    found.extend(quotes)
    taken.extend((q.start, q.end) for q in quotes)
    quote_spans = [(q.start, q.end) for q in quotes]
    answers = interview_answers(text, layout, body_end, quote_spans)
    unspoken = [*orphans, *(a.found for a in answers)]  # quotations with no speaker yet
    attributions = _outermost(
        text, list(find_attributions(text, language, layout, body_end, registry))
    )
    for attr in (*attributions, *find_wire(text, language, layout, body_end)):
        if any(_overlaps((attr.start, attr.end), span) for span in taken):
            continue
        if any(o.start <= attr.start and attr.end <= o.end for o in unspoken):
            continue  # "With a contract, she told me, …" inside a quotation is its words
        introduces = any(_overlaps(sup, q) for sup in attr.supports for q in quote_spans)
        if introduces:  # "X said, according to the RIA Novosti news agency"
            attr.source = outlet_before_kind(attr.source, registry)
        if introduces and not _relayed_quote(attr, quotes, registry):
            continue  # the verb that introduces a quote: the quote already says who
        found.extend(
            f
            for part in split_quoted_by(text, attr, registry)
            for f in split_query(text, part, registry)
        )
    heads = list(headline_attributions(text, layout, mentions or [], registry))
    for head in heads:
        line = [
            f
            for f in found
            if layout.paragraph_of(f.start) == layout.paragraph_of(head.start) and f not in heads
        ]
        if head.kind == "quote" and all(f.source.strip() == head.source for f in line):
            # "'They took our passports,' says returnee": his words, not a report of them
            found = [f for f in found if f not in line]
            line = []
        if not line:
            found.append(head)
    turns = list(transcript_turns(text, layout, mentions or []))
    if turns:  # what a guest says inside his turn is his account, no citation of its own
        spoken = inside_turns(turns)
        found = [f for f in found if not any(s <= f.start < e for s, e in spoken)]
        found.extend(turns)
    # the publisher's own staff ("передает наш корреспондент", "our correspondent reports")
    # are its narration, as a byline is, not a source (round 14, eval/GUIDELINES.md)
    found = [f for f in found if _OWN_STAFF.fullmatch(f.source.strip()) is None]
    # "Источник «Коммерсанта» в полиции рассказал": the outlet relays, cited itself (round 22)
    found.extend(split_outlet_sources(text, found))
    settle_sources(text, language, found, mentions or [], registry, layout)
    _resolve_pronouns(found, registry, mentions or [], language, text)
    spell_out_initials(text, found)
    mark_relays(found, layout, registry)
    found.extend(added_claims(text, layout, found))
    found.extend(impersonal_claims(text, layout, found))
    found.extend(continue_speakers(layout, found, orphans))
    found.extend(closing_speakers(layout, found, orphans))
    found.extend(answer_speakers(layout, found, answers, registry))
    _extend_supports(text, layout, found)
    found.sort(key=lambda f: (f.start, f.end))
    return [
        Citation(
            id=f"c{i}",
            source=_clean_source(f.source),
            kind=f.kind,
            start=f.start,
            end=f.end,
            source_entity=_outlet_id(registry, f.source),
            date=_date(f.date_span, timexes),
            supports=f.supports,
            extractor=EXTRACTOR,
            role=f.role,
            relay=f.relay,
        )
        for i, f in enumerate(found, start=1)
    ]


_OWN_STAFF = re.compile(
    r"(?:наш|наша|наши|our)\s+(?:собственный\s+|own\s+)?(?:корреспондент\w*|репортер\w*"
    r"|репортёр\w*|correspondents?|reporters?)",
    re.IGNORECASE,
)


# the word that opens a reported clause, right before a nested speaker
_THAT_BEFORE = re.compile(r"(?:\bthat|\bчто)\s+$", re.IGNORECASE)


def _outermost(text: str, attributions: list[Found]) -> list[Found]:
    """Without speech nested in another's reported clause ("X told Y that the recruiter had
    said …"): a speaker opening the clause after "that" inside what another attribution
    supports says only what X says he said (eval/GUIDELINES.md, round 17). A report after
    the claim (", Interfax reported") is no nested speech: no "that" opens it."""
    return [
        attr
        for attr in attributions
        if not (
            _THAT_BEFORE.search(text, max(0, attr.start - 8), attr.start)
            and any(
                other is not attr and other.start < attr.start and s <= attr.start < e
                for other in attributions
                for s, e in other.supports
            )
        )
    ]


def _relayed_quote(attr: Found, quotes: list[Found], registry: OutletRegistry) -> bool:
    """ "«…», X said, according to Interfax": an outlet's "according to" in a quotation's
    sentence passes on someone else's words, a citation of its own (the quote's speaker
    is another)."""
    if registry.lookup(attr.source) is None:
        return False
    if attr.kind == "reported" and not _told_outlet_hit(attr):
        return False
    return any(
        q.source != attr.source and any(_overlaps(sup, (q.start, q.end)) for sup in attr.supports)
        for q in quotes
    )


def _told_outlet_hit(attr: Found) -> bool:
    """An outlet told or answered inside the attribution ("said in a written response to
    questions from RFE/RL that … «…»", round 18): its words begin after the citation's own
    start, where a speaker's verb stands; an outlet that speaks itself opens its citation."""
    return attr.end - attr.start == len(attr.source) and attr.start > 0


def _bracketed(text: str, layout: Layout, registry: OutletRegistry) -> list[Found]:
    """Parenthetical and footnote citations, with the sentence each one supports."""
    found: list[Found] = []
    previous_end: dict[int, int] = {}  # sentence index -> end of its last citation so far
    items = find_parentheticals(text, registry)
    body_end, refs = reference_list(text)
    bracketed: list[tuple[int, int, int, int, Found]] = []
    for item in items:
        kind: CitationKind = "see_also" if item.see_also else "parenthetical"
        date: Span | None = None
        if item.date_start is not None and item.date_end is not None:
            date = (item.date_start, item.date_end)
        cite = Found(kind, item.source, item.start, item.end, date)
        bracketed.append((item.paren_start, item.paren_end, item.start, item.end, cite))
    for marker in find_markers(text, body_end, refs):
        ref = refs[marker.number]
        cite = Found("parenthetical", ref.source, marker.start, marker.end, (ref.start, ref.end))
        bracketed.append((marker.start, marker.end, marker.start, marker.end, cite))
    bracketed.sort(key=lambda b: b[0])
    last: tuple[int, Found] | None = None
    for open_at, close_at, _, _, cite in bracketed:
        if last is not None and last[0] == open_at:  # another item of the same parenthesis
            cite.supports, cite.closes = list(last[1].supports), last[1].closes
            found.append(cite)
            continue
        last = (open_at, cite)
        i = layout.sentence_index(open_at)
        if i is None:
            continue
        sent = layout.sentences[i]
        if sent.start >= open_at and i > 0:  # a splitter put the bracket first: use the one before
            sent = layout.sentences[i - 1]
            i -= 1
        begin = max(sent.start, previous_end.get(i, sent.start))
        at_end = not text[close_at : max(close_at, sent.end)].strip(' \t.;:!?"”»’')
        stop = open_at if at_end else sent.end
        cite.supports = [_trim(text, begin, stop)] if stop > begin else []
        cite.closes = at_end
        previous_end[i] = close_at
        found.append(cite)
    return found


def _extend_supports(text: str, layout: Layout, found: list[Found]) -> None:
    """Rule 2 of the module docstring: earlier uncited sentences of the paragraph."""
    cited = {layout.sentence_index(f.start) for f in found}
    for cite in found:
        if not cite.closes or not cite.supports:
            continue
        i = layout.sentence_index(cite.supports[0][0])
        if i is None:
            continue
        para_start, _ = layout.paragraph_of(cite.supports[0][0])
        earlier: list[Span] = []
        j = i - 1
        while j >= 0 and layout.sentences[j].start >= para_start and j not in cited:
            earlier.insert(0, (layout.sentences[j].start, layout.sentences[j].end))
            j -= 1
        cite.supports.extend(_trim(text, s, e) for s, e in earlier)


# a name of two or three capitalised words with a possessive, and a kin noun after it
_POSSESSOR_OF_KIN = re.compile(r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})['’]s")
_KIN_AFTER = re.compile(
    r"\s+(?:late\s+|eldest\s+|youngest\s+|younger\s+|elder\s+)?(?:husband|wife|son|daughter|"
    r"brother|sister|mother|father|nephew|niece|cousin|uncle|aunt)s?\b"
)


def plausible_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, less person mentions that name no speaker: a word of a hyphenated place
    ("Rostov-on-Don" read as the persons "Rostov" and "Don") or of a slashed name ("RL" of
    "RFE/RL"), one word the gazetteer knows
    as a place ("negotiating with Kyiv", tagged a person) or a nationality ("smuggling
    Nepalis to Russia"). Else "He said" after "… negotiating with Kyiv" would be Kyiv's
    words, and "The mother said" the Don's."""
    from dossier.resolve.evidence import demonym_words
    from dossier.resolve.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()  # a demonym is read off the country names
    kept: list[Mention] = []
    for m in mentions:
        kin = _POSSESSOR_OF_KIN.fullmatch(m.text)
        if m.label not in ("PERSON", "PER") and kin and _KIN_AFTER.match(text, m.end):
            # "Gulnora Saidova's husband": a person, whatever the tagger called her (round 23)
            name = kin.group("name")
            m = Mention(m.start, m.start + len(name), name, "PERSON", m.extractor)
        if m.label in ("PERSON", "PER"):
            # a word of a hyphenated or slashed name ("Rostov-on-Don", "RFE/RL")
            hyphenated = text[max(0, m.start - 1) : m.start] in ("-", "/") or text[
                m.end : m.end + 1
            ] in ("-", "/")
            word = m.text.strip()
            place = " " not in word and (a_place(word) or demonym_words(word, 1, gazetteer))
            if hyphenated or place:
                continue
        kept.append(m)
    return kept


def _resolve_pronouns(
    found: list[Found],
    registry: OutletRegistry,
    mentions: Sequence[Mention],
    language: str,
    text: str = "",
) -> None:
    """A pronoun speaker ("he said") takes the name of the nearest speaker before it.

    "he"/"she" take only a person-like speaker (a capitalised name that is no outlet, or a
    phrase ending in a person noun: "the official"), so "…, the official told Reuters. He
    added" stays with the official; a person mention of the analyze stage also counts, so
    "Bastrykin, head of the Committee, … In June, he said" finds Bastrykin.

    A person pronoun takes the name in its base form: "Она добавила" after "по словам
    правозащитницы Гульнары Исмоиловой" is Гульнара Исмоилова's.
    """
    morph = get_language(language).morphology
    # an outlet the tagger took for a person ("рассказал Азаттыку") is no one's antecedent
    # and so is one cited as an outlet by its kind word or as told ("told Vechernyaya Moskva")
    by_kind = {c.start for c in found if c.source[:1].isupper() and _named_by_kind(text, c)}
    people = [
        (m.start, m.end, m.text)
        for m in mentions
        if m.label in ("PERSON", "PER")
        and registry.lookup(m.text) is None
        and m.start not in by_kind
    ]
    # a kin noun before a name tells its gender ("her son Dilshod": no "she")
    told = {m.start: kin_gender(text, m.start) for m in mentions if m.label in ("PERSON", "PER")}
    last_any: str | None = None
    last_person: tuple[int, str, int] | None = None  # start, settled source, end
    unnamed: str | None = None  # the last speaker named by a noun for a living being only
    previous: Found | None = None
    for cite in sorted(found, key=lambda f: f.start):
        key = cite.source.casefold()
        if key in _PRONOUNS:
            gender = _PRONOUN_GENDER.get(key)
            person = _nearest_person(last_person, people, cite.start, gender, told)
            if _adds(text, cite) and last_person is not None and key in _PERSON_PRONOUNS:
                # "— добавил он", "he added": the speaker goes on, though his words named
                # another man after him (round 21, russian_dev15)
                # (his name without the title before it, as a mention inside his words gives)
                within = [p for p in people if last_person[0] <= p[0] and p[1] <= last_person[2]]
                speaker = _nearest_person(last_person, within, cite.start, gender, told)
                person = speaker or person
            name = person if key in _PERSON_PRONOUNS else last_any
            if name is not None and key in _PERSON_PRONOUNS:
                from_mention = last_person is None or not last_person[1].endswith(name)
                # a settled source is in its base form; a mention that may be nominative
                # ("Иванова", "Ладыгина") is left as written
                if morph is not None and from_mention and not _maybe_nominative(name):
                    name = morph.base_name(name, "PERSON")
            if name is None and key in _PERSON_PRONOUNS and unnamed is not None:
                name = unnamed  # no one named before: the unnamed speaker's noun phrase
            if name is not None:
                cite.source = name
        elif cite.kind in ("quote", "reported", "according_to"):
            if not _told_right_after(cite, previous, registry):
                last_any = cite.source
            previous = cite
            if _personlike(cite.source, registry) and not _named_by_kind(text, cite):
                last_person = (cite.start, cite.source, cite.end)
            elif _living(cite.source):  # "сотрудник одного из центров, попросивший …"
                unnamed = cite.source


# a verb that goes on with the speaker before: "— добавил он", "he added", "she also said"
_ADDS = re.compile(
    r"\b(?:добавил|добавила|дополнил|дополнила|added|adds|also\s+said)\b", re.IGNORECASE
)
_ADDS_AFTER = 30  # characters after a quotation read for the verb that closes it


def _adds(text: str, cite: Found) -> bool:
    """Whether the citation's verb goes on with the speaker before (``_ADDS``): inside an
    attribution, or right after a quotation ("«…», — добавил он")."""
    if cite.kind == "quote":
        return _ADDS.search(text, cite.end, min(len(text), cite.end + _ADDS_AFTER)) is not None
    return _ADDS.search(text, cite.start, cite.end) is not None


def _told_right_after(cite: Found, previous: Found | None, registry: OutletRegistry) -> bool:
    """An outlet the speaker before told ("Родственники рассказали «Азаттыку»", "Relatives
    told RFE/RL"), cited right after his verb: it passed his words on, so "их", "they"
    after it still stand for the speaker (round 17, russian_dev11)."""
    if previous is None or registry.lookup(cite.source.strip(_QUOTE_MARKS)) is None:
        return False
    return previous.start < cite.start <= previous.end + _TOLD_GAP


_TOLD_GAP = 3  # a space or a comma between the verb and the outlet told


def _named_by_kind(text: str, cite: Found) -> bool:
    """An outlet named after its kind word ("the state news agency UzA reported"), which the
    registry need not know: no person a "he" stands for (round 17, english_dev10)."""
    at = text.find(cite.source, cite.start, max(cite.end, cite.start + len(cite.source)))
    if at > 0 and _TOLD_JUST_BEFORE.search(text, max(0, at - 8), at) is not None:
        return True  # "…, X told Vechernyaya Moskva. She admits": the outlet told (round 19)
    return at > 0 and OUTLET_KIND_BEFORE.search(text, max(0, at - 40), at) is not None


_TOLD_JUST_BEFORE = re.compile(r"\btold\s+$")


def _living(source: str) -> bool:
    """A Russian source that opens with a noun for one living being ("сотрудник одного из
    миграционных центров", "охранник общежития")."""
    from dossier.resolve.morph import _parses

    words_ = source.split()
    first = _parses(words_[0].casefold()) if words_ else ()
    return (
        bool(first)
        and first[0].tag.POS == "NOUN"
        and "anim" in first[0].tag
        and (first[0].tag.number == "sing")
    )


def _maybe_nominative(name: str) -> bool:
    """Whether a name's last word may be a singular nominative as written."""
    from dossier.resolve.morph import _parses

    last = name.split()[-1] if name.split() else ""
    return any(p.tag.case == "nomn" and p.tag.number != "plur" for p in _parses(last))


def _nearest_person(
    last: tuple[int, str, int] | None,
    people: list[tuple[int, int, str]],
    before: int,
    gender: str | None = None,
    told: dict[int, str | None] | None = None,
) -> str | None:
    """The person named last before ``before`` (a mention, or the last person-like
    speaker), of ``gender`` where the pronoun has one and the name tells. A mention inside
    the words of that speaker is his name, taken from the settled source in its base form
    without the title before it ("со ссылкой на официального представителя МИД Индии
    Рахула Шарму. По его словам" is Рахул Шарма's)."""

    def fits(name: str, start: int = -1) -> bool:
        known = (told or {}).get(start) or name_gender(name)
        return gender is None or known in (gender, None)

    mention = max(
        (p for p in people if p[1] <= before and fits(p[2], p[0])),
        default=None,
        key=lambda p: p[0],
    )
    if last is not None and not fits(last[1]):
        last = None
    inside = [p for p in people if last is not None and last[0] <= p[0] and p[1] <= last[2]]
    if last is not None and inside and (mention is None or mention[0] <= inside[-1][0]):
        # the written mention's case may mislead its gender ("Сахиба"): the settled one tells
        return " ".join(last[1].split()[-len(inside[-1][2].split()) :])
    if mention is not None and (last is None or mention[0] > last[0]):
        return mention[2]
    return last[1] if last is not None else None


def _personlike(source: str, registry: OutletRegistry) -> bool:
    words_ = source.split()
    if not words_ or registry.lookup(source) is not None:
        return False
    if words_[-1][:1].isupper():
        return True
    # a person noun anywhere, any case ending: "one of the men", "Один из мигрантов"
    return any(w.casefold().startswith(n) for w in words_ for n in _PERSON_NOUNS)


_PERSON_PRONOUNS = words("he she him her он она её ее")
# The gender a Russian person pronoun asks of its antecedent ("по её словам": a woman).
_PRONOUN_GENDER = {
    "она": "femn", "её": "femn", "ее": "femn", "он": "masc",
    "she": "femn", "her": "femn", "he": "masc", "him": "masc",
}  # fmt: skip
_PERSON_NOUNS = words(
    "men one один official spokesman spokeswoman spokesperson lawyer attorney brother sister "
    "mother father wife husband son daughter woman man minister president director chief "
    "executive head commander officer detainee worker migrant activist resident witness "
    "source analyst "
    "strategist ambassador envoy judge prosecutor investigator economist expert leader "
    "deputy governor mayor imam relative friend recruiter soldier veteran defendant "
    "представитель адвокат юрист министр глава руководитель директор источник эксперт "
    "правозащитник правозащитница мать отец брат сестра жена муж сын дочь мигрант "
    "уроженец уроженка житель жительница пресс-секретарь прокурор судья депутат"
)
# "Там уточнили" after "В пресс-службе X сообщили": the body spoken of before (round 17)
_PRONOUNS = words("he she him her they them it он она они оно его её ее их там")


def _clean_source(source: str) -> str:
    """Drop quote marks around a source, keep those of a name inside it: Газета «Ведомости»."""
    inner = source.strip(_QUOTE_MARKS)
    if "«" in inner and not inner.endswith("»") and source.endswith("»"):
        return inner + "»"
    if "“" in inner and not inner.endswith("”") and source.endswith("”"):
        return inner + "”"
    return inner


def _date(span: Span | None, timexes: Sequence[Timex]) -> str | None:
    if span is None:
        return None
    inside = [t for t in timexes if span[0] <= t.start < span[1] and t.type == "DATE"]
    if not inside:
        return None
    return max(inside, key=lambda t: t.end - t.start).value


def _outlet_id(registry: OutletRegistry, source: str) -> str | None:
    outlet = registry.lookup(source)
    return outlet.id if outlet is not None else None


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _trim(text: str, start: int, end: int) -> Span:
    return trim(text, start, end, " \t\n,;")
