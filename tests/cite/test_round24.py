"""Round 24's sources families (issue 10 on russian_dev18 and english_dev17: quotations
closed by a verb that goes on, over two paragraphs with no speaker before, descriptions after
a name in an oblique case, agencies relaying officials), each test written from the family's
description before its fix, in sentences of our own.

Mentions are given by hand, as the analyze stage would give them, so these tests do not
depend on a model.
"""

from __future__ import annotations

import pytest

from dossier.cite import OutletRegistry

from .test_families import _cites

# -- a quotation closed by a verb of going on ('"…," he continued', "— продолжил он") is the
# speaker's quote, as one closed by "he added" is, and what it says ("I said no") is no
# attribution of its own


@pytest.mark.parametrize(
    ("text", "language", "name", "words", "inner"),
    [
        ('Farrukh Nabiev said recruiters came to the hostel twice. "They promised a passport '
         'in six months," Nabiev said. "I said no and left the city," he continued.', "en",
         "Farrukh Nabiev", "left the city", "I"),
        ("Фаррух Набиев рассказал, что вербовщики дважды приходили в общежитие. «Обещали "
         "паспорт через полгода», — сказал Набиев. «Я сказал нет и уехал из города», — "
         "продолжил он.", "ru", "Фаррух Набиев", "уехал из города", "Я"),
    ],
)  # fmt: skip
def test_quotation_closed_by_a_verb_of_going_on(
    registry: OutletRegistry, text: str, language: str, name: str, words: str, inner: str
) -> None:
    cites = _cites(text, registry, language, [(name, "PER")])
    quotes = [c for c in cites if c.kind == "quote" and words in text[c.start : c.end]]
    assert quotes and quotes[0].source.endswith(name.split()[-1]), cites
    assert not [c for c in cites if c.source == inner], cites


# -- a quotation over two paragraphs, the first left open, after a paragraph that names its
# speaker but cites nothing: the open paragraph is the words of the speaker who closes the
# quotation in the next one ("Адвокат X защищает … «… «…», — добавила X.")


@pytest.mark.parametrize(
    ("text", "language", "name", "words"),
    [
        ("Адвокат Ольга Серова защищает двоих граждан Таджикистана, задержанных на стройке.\n\n"
         "«Им предложили подписать контракт прямо в отделе. Никто не объяснил, что это.\n\n"
         "«Переводчика не было», — добавила Серова.", "ru", "Ольга Серова",
         "предложили подписать контракт"),
        ("Zarina Khamidova, whose son was killed near Pokrovsk, has written to three ministries."
         '\n\n"Every office sends me somewhere else. Nobody answers.\n\n'
         '"I only want his body back," the mother told Radio Ozodi.', "en", "Zarina Khamidova",
         "Every office sends me"),
    ],
)  # fmt: skip
def test_open_paragraph_is_the_words_of_the_speaker_who_closes_the_quotation(
    registry: OutletRegistry, text: str, language: str, name: str, words: str
) -> None:
    cites = _cites(text, registry, language, [(name, "PER")])
    quotes = [c for c in cites if c.kind == "quote" and words in text[c.start : c.end]]
    assert quotes and quotes[0].source.endswith(name.split()[-1]), cites


# -- a description after a speaker named in an oblique case ("По словам главы … Бехзода
# Мусаева, …", "— цитирует … заместителя министра Алмаза Исаева"): the description takes the
# name as the earlier citation settled it, in the nominative, not the tagger's genitive


@pytest.mark.parametrize(
    ("text", "tagged", "name", "role"),
    [
        ("По словам главы Агентства внешней трудовой миграции Бехзода Мусаева, число уехавших "
         "сократилось на четверть. «Люди стали осторожнее», — отметил глава агентства.",
         "Бехзода Мусаева", "Бехзод Мусаев", "глава агентства"),
        ("По словам заместителя министра труда Таджикистана Фаррухджона Олимова, домой "
         "вернулись 300 человек. По словам чиновника, всем им помогают найти работу.",
         "Фаррухджона Олимова", "Фаррухджон Олимов", "чиновник"),
    ],
)  # fmt: skip
def test_description_takes_a_name_cited_in_an_oblique_case_as_settled(
    registry: OutletRegistry, text: str, tagged: str, name: str, role: str
) -> None:
    cites = _cites(text, registry, "ru", [(tagged, "PER")])
    later = [c for c in cites if c.role == role]
    assert later and later[0].source.endswith(name), cites


# -- "«…», — цитирует РИА Новости X": the outlet quoting is the longest name the registry
# knows at the start ("РИА Новости", "Sputnik Таджикистан", "Кактус Медиа"), not its first
# word, which the registry also knows ("РИА", "Sputnik", "Кактус")


@pytest.mark.parametrize(
    ("outlet", "who", "tagged", "name"),
    [
        ("РИА Новости", "заместителя министра иностранных дел Кыргызстана Алмаза Исаева",
         "Алмаза Исаева", "Алмаз Исаев"),
        ("Sputnik Таджикистан", "главу миграционной службы Сафарали Мирзоева",
         "Сафарали Мирзоева", "Сафарали Мирзоев"),
        ("Кактус Медиа", "депутата Жогорку Кенеша Бакыта Тороева", "Бакыта Тороева",
         "Бакыт Тороев"),
    ],
)  # fmt: skip
def test_outlet_quoting_is_the_longest_known_name(
    registry: OutletRegistry, outlet: str, who: str, tagged: str, name: str
) -> None:
    text = f"«Мы не получали никаких официальных списков», — цитирует {outlet} {who}."
    cites = _cites(text, registry, "ru", [(tagged, "PER")])
    quotes = [c for c in cites if c.kind == "quote"]
    assert quotes and quotes[0].source.endswith(name) and quotes[0].relay == outlet, cites
    assert [c for c in cites if c.kind == "reported" and c.source == outlet], cites


# -- a title belongs to the name right after it: "the colonel" takes "Colonel Ranjith Perera",
# not a later name whose sixty characters before happen to hold the word ("… Colonel Ranjith
# Perera, said 37 Sri Lankan veterans …"; "Адвокат Сергей Климов заявил, что Иван Петров …")


@pytest.mark.parametrize(
    ("text", "language", "tagged", "name"),
    [
        ("Sri Lanka's Defence Ministry spokesman, Colonel Ranjith Perera, said 37 Sri Lankan "
         'veterans had been lured to Russia. "They were told they would guard buildings," the '
         "colonel said.", "en", [("Ranjith Perera", "PERSON"), ("Sri Lankan", "PERSON")],
         "Ranjith Perera"),
        ("Адвокат Сергей Климов заявил, что Иван Петров не знал о контракте. «Его обманули», — "
         "добавил адвокат.", "ru", [("Сергей Климов", "PER"), ("Иван Петров", "PER")],
         "Сергей Климов"),
        # a name set off by a comma after another takes the title before both
        ("Мать 30-летнего Алишера Каримова, Мавлюда Каримова, рассказала, что сын уехал в "
         "Казань. «Он звонил каждый день», — сказала мать.", "ru",
         [("Алишера Каримова", "PER"), ("Мавлюда Каримова", "PER")], "Мавлюда Каримова"),
    ],
)  # fmt: skip
def test_title_belongs_to_the_name_right_after_it(
    registry: OutletRegistry, text: str, language: str, tagged: list[tuple[str, str]], name: str
) -> None:
    cites = _cites(text, registry, language, tagged)
    quotes = [c for c in cites if c.kind == "quote"]
    assert quotes and quotes[0].source.endswith(name), cites


# -- a conversation with an outlet's correspondent, opening the sentence or between the
# subject and the verb ("В беседе с корреспондентом Радио Озоди мать … рассказала", "X в
# беседе с журналистом «Фонтанки» рассказала"): the outlet relays the speaker and is cited


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("В беседе с корреспондентом Радио Озоди мать погибшего Зарина Юсупова рассказала, "
         "что узнала о смерти сына из видео.", "Радио Озоди"),
        ("В разговоре с «Фонтанкой» Зарина Юсупова рассказала, что узнала о смерти сына из "
         "видео.", "Фонтанка"),
        ("Мать погибшего Зарина Юсупова в беседе с корреспондентом Радио Озоди рассказала, "
         "что узнала о смерти сына из видео.", "Радио Озоди"),
    ],
)  # fmt: skip
def test_conversation_with_an_outlet_relays_the_speaker(
    registry: OutletRegistry, text: str, outlet: str
) -> None:
    cites = _cites(text, registry, "ru", [("Зарина Юсупова", "PER")])
    speaker = [c for c in cites if c.source.endswith("Зарина Юсупова")]
    assert speaker and speaker[0].relay == outlet, cites
    assert [c for c in cites if c.kind == "reported" and c.source == outlet], cites


# -- a quotation's speaker who spoke on an outlet's air or in its interview after the verb
# ("— заявил депутат в эфире телеканала «Сафина»", "— сказал он в интервью «Известиям»"):
# the outlet relays the quotation and is cited, as one told after the speaker is


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        ("заявил депутат в эфире телеканала «Сафина».", "Сафина"),
        ("сказал депутат в интервью «Известиям».", "Известия"),
        ("отметил депутат в эфире радио «Азаттык».", "Азаттык"),
    ],
)
def test_quotation_spoken_on_an_outlets_air_is_relayed(
    registry: OutletRegistry, tail: str, outlet: str
) -> None:
    text = (
        "Депутат Шухрат Ганиев предложил ужесточить наказание для вербовщиков. «Сегодня за "
        f"это дают условный срок», — {tail}"
    )
    cites = _cites(text, registry, "ru", [("Шухрат Ганиев", "PER")])
    quotes = [c for c in cites if c.kind == "quote"]
    assert quotes and quotes[0].relay == outlet, cites
    assert [c for c in cites if c.kind == "reported" and c.source == outlet], cites


# -- speech nested in reported speech ("The 34-year-old said officers told him …"): only the
# outer speaker is marked (round 17); a subject holding a speech verb is the outer speaker's
# words, no speaker of its own


def test_nested_speech_gives_no_subject_holding_the_outer_verb(registry: OutletRegistry) -> None:
    text = (
        "Akmal Rakhimov, 34, said he was offered a contract at the Sakharovo center. The "
        "34-year-old said officers told him he would otherwise be deported."
    )
    cites = _cites(text, registry, "en", [("Akmal Rakhimov", "PERSON")])
    assert not [c for c in cites if " said" in c.source], cites
    assert [c for c in cites if (c.role or "").casefold() == "the 34-year-old"], cites


# -- "…, Interfax quoted X as saying on Wednesday.": a time after "as saying" is when it was
# said, not what; what was said is the clause before, as with nothing after "as saying"


@pytest.mark.parametrize(
    "tail",
    [
        "Interfax quoted presidential spokesman Dmitry Ivanov as saying on Wednesday.",
        "presidential spokesman Dmitry Ivanov was quoted by Interfax as saying late on Tuesday.",
    ],
)
def test_time_after_as_saying_is_no_claim(registry: OutletRegistry, tail: str) -> None:
    text = f"The Kremlin does not see a problem in the recruitment of foreigners, {tail}"
    cites = _cites(text, registry, "en", [("Dmitry Ivanov", "PERSON")])
    claim = text.index("does not see a problem")
    cited = [c for c in cites if any(s <= claim < e for s, e in c.supports)]
    assert {c.source.split()[-1] for c in cited} >= {"Ivanov", "Interfax"}, cites


# -- "«Интерфакс-Казахстан» цитирует вице-министра X: «…»": an outlet quoting someone before
# the quotation relays it, as "Y приводит слова X: «…»" does (round 14's "Y цитирует X")


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("«Интерфакс-Казахстан» цитирует", "Интерфакс-Казахстан"),
        ("РИА Новости цитирует", "РИА Новости"),
    ],
)
def test_outlet_quoting_before_the_quotation_relays_it(
    registry: OutletRegistry, opening: str, outlet: str
) -> None:
    text = (
        "В Казахстане возбуждены дела о наемничестве. "
        f"{opening} вице-министра внутренних дел Ержана Сарсенова: «Ни один гражданин не может "
        "участвовать в войне за рубежом без последствий»."
    )
    cites = _cites(text, registry, "ru", [("Ержана Сарсенова", "PER")])
    quotes = [c for c in cites if c.kind == "quote"]
    assert quotes and quotes[0].source.endswith("Ержан Сарсенов"), cites
    assert quotes[0].relay == outlet, cites
    assert [c for c in cites if c.kind == "reported" and c.source == outlet], cites


# -- a witness, a resident or a migrant named before ("— пишет очевидец", "— поясняет
# москвичка", '"…," the migrant said') is a person description: the quotation is the named
# person's, with the description as its role


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        ("Читатель Артем Лосев сообщил о рейде на стройке. «Забирали всех подряд», — пишет "
         "очевидец.", "ru", "Артем Лосев", "очевидец"),
        ("Местная жительница Ольга Сафронова рассказала о квартире, где живут 60 человек. "
         "«Каждую неделю приезжают новые люди», — поясняет москвичка.", "ru", "Ольга Сафронова",
         "москвичка"),
        ("Bakhrom Yusupov, a bricklayer, said police took his passport. \"I had no choice,\" "
         "the migrant said.", "en", "Bakhrom Yusupov", "the migrant"),
    ],
)  # fmt: skip
def test_witness_resident_or_migrant_describes_the_person_named_before(
    registry: OutletRegistry, text: str, language: str, name: str, role: str
) -> None:
    label = "PER" if language == "ru" else "PERSON"
    cites = _cites(text, registry, language, [(name, label)])
    quotes = [c for c in cites if c.kind == "quote"]
    assert quotes and quotes[0].source.endswith(name), cites
    assert (quotes[0].role or "").casefold() == role, cites


# -- a person noun with a body's abbreviation ("— сказал глава ГКНБ", "— подчеркнул глава МИД")
# describes the person named before, whatever title he was given there; the capitals of the
# abbreviation make no name of it


@pytest.mark.parametrize(
    ("first", "name", "closing"),
    [
        ("Председатель Госкомитета национальной безопасности Кыргызстана Камчыбек Ташиев "
         "заявил, что вербовщики будут наказаны. ", "Камчыбек Ташиев", "сказал глава ГКНБ"),
        ("Министр иностранных дел Таджикистана Сироджиддин Мухриддин заявил, что Душанбе "
         "направил ноту. ", "Сироджиддин Мухриддин", "подчеркнул глава МИД"),
    ],
)  # fmt: skip
def test_person_noun_with_a_bodys_abbreviation_describes_the_person_named_before(
    registry: OutletRegistry, first: str, name: str, closing: str
) -> None:
    text = first + f"«Мы найдем каждого, кто на этом зарабатывает», — {closing}."
    cites = _cites(text, registry, "ru", [(name, "PER")])
    quotes = [c for c in cites if c.kind == "quote"]
    assert quotes and quotes[0].source.endswith(name), cites
    assert quotes[0].role == closing.split(maxsplit=1)[1], cites
