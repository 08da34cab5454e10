"""How outlets name detentions and coercion, through the real pipeline (spaCy / Natasha):
invented sentences, one per way of saying it: people taken or brought to a police station
("доставили в отдел полиции"), pressure to sign, and a headline's participle ("Uzbek
volunteer arrested on return home"), and a two-word trigger whose second word is the first's
object behind a long modifier ("gave a 22-year-old student a five-year suspended sentence"),
a statement reported on an attribution's word ("X agreed ..., the ministry said"), a
Russian phrase with its verb last ("в военкомат доставили"), and the phrasings of the round-4
development set: sentences reduced or softened, people picked up, service entered, a choice
given. A verb-object trigger in the passive ("the case was filed on Wednesday") matches where
the object is the passive verb's subject (round 8).

Russian repeated happenings are told in the imperfective ("их отправляли на передовую",
"заставляли подписывать"): the pack lists each trigger verb's partner (round 6; see
``dossier.lang.ru.aspect``). Round 4 had tried the coercion verbs alone, and the held-out
happenings set fell under its floors; with every type's partners it keeps its figures.

Tried and left out: headline rulings ("throws out verdict"), "upheld", suspended sentences.
"получил условный срок" (a sentence received) is a trigger since round 8.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"

# (language, text, event type)
CASES: list[tuple[str, str, str]] = [
    ("en", "About 40 worshippers were taken to a police station after Friday prayers.",
     "detention"),
    ("ru", "Около 40 мигрантов доставили в отдел полиции после проверки документов.",
     "detention"),
    ("en", "At the station officers pressed him to sign a contract with the army.", "coercion"),
    # headlinese: a participle on the headline's noun is its predicate
    ("en", "Uzbek volunteer arrested on return home\n\nHe had spent a year at the front.",
     "detention"),
    # a two-word trigger whose object sits past the gap, behind a long modifier
    ("en", "A regional court gave a 29-year-old former security guard a four-year suspended "
     "sentence for mercenarism.", "prosecution"),
    ("en", "The judge handed the 41-year-old father of three from Osh a ten-year prison "
     "sentence.", "prosecution"),
    # a statement told on a plain attribution's word is the sentence's own assertion
    ("en", "The foreign minister agreed on Monday that no more citizens would be recruited, "
     "the ministry said.", "statement"),
    ("en", "Moscow agrees to stop recruiting foreigners, Colombo says", "statement"),
    # Russian puts the object before the verb as often as after it
    ("ru", "После проверки на рынке в военкомат доставили 13 мигрантов.", "coercion"),
    ("ru", "Контракт с Минобороны он подписал в феврале.", "recruitment"),
    # an appeal that lessens a sentence; people picked up; service entered; a choice given
    ("en", "The regional court on Tuesday reduced the punishment of a 38-year-old man.",
     "court_ruling"),
    ("ru", "Областной суд смягчил приговор бывшему бойцу.", "court_ruling"),
    ("en", "The suspects were picked up in three neighbourhoods of the capital.", "detention"),
    ("en", "He signed with Russia's defence ministry on February 22.", "recruitment"),
    ("ru", "Он поступил на службу в российскую армию 22 февраля.", "recruitment"),
    ("en", "He was given the choice of an army contract or jail.", "coercion"),
    # terms handed down, laws voted and signed, assurances and bills backed, threats of jail
    ("en", "A district court handed a 27-year-old man three years in prison for fighting.",
     "prosecution"),
    ("en", "Police have filed a case of human smuggling against the agency.", "prosecution"),
    ("en", "In August Putin signed amendments requiring naturalised men to register.",
     "legislation"),
    ("ru", "За законопроект проголосовали 411 депутатов.", "legislation"),
    ("ru", "Сергей Лавров заверил министра, что вербовка прекратится.", "statement"),
    ("en", "The Russian government backs a bill on stripping citizenship.", "statement"),
    ("en", "Officers threatened to jail him unless he signed.", "coercion"),
    ("ru", "В России молодых людей записывали в армию.", "recruitment"),
    # a repeated happening told in the imperfective ("they used to send them to the front")
    ("ru", "После двух недель подготовки новобранцев отправляли на передовую.", "deployment"),
    ("ru", "В лагере мужчин заставляли подписывать бумаги на русском языке.", "coercion"),
    ("ru", "По прибытии у студентов отбирали паспорта.", "coercion"),
    ("ru", "Вербовщики заманивали рабочих обещаниями высоких зарплат.", "coercion"),
    ("ru", "Летом полиция задерживала мигрантов у станций метро.", "detention"),
    ("ru", "Погибших хоронили на сельском кладбище.", "casualty"),
    # a court remands, a body is flown home, a case is registered, men join the military
    ("en", "A magistrate remanded the three suspects until June 4.", "detention"),
    ("en", "His body was flown to Tashkent on Friday.", "casualty"),
    ("en", "Police registered a case of cheating against the agent.", "prosecution"),
    ("en", "Dozens of Ghanaians have joined the Russian military since 2023.", "recruitment"),
    # a verb-object trigger in the passive: the object is now the verb's subject
    ("en", "The case was filed on Wednesday, the agency said.", "prosecution"),
    ("en", "A case of human trafficking against 19 people was registered in March.",
     "prosecution"),
    ("en", "Charges of mercenarism were brought against the two recruiters.", "prosecution"),
    # a sentence received: "получил условный срок"
    ("ru", "Второй фигурант дела получил условный срок.", "prosecution"),
    # a government's ban or suspension of travel or work abroad is a regulation (round 10)
    ("en", "Nepal has suspended work permits for its citizens travelling to Russia.",
     "legislation"),
    ("en", "The labour ministry halted the issuing of permits for jobs in Russia.",
     "legislation"),
    ("en", "Kathmandu banned its citizens from taking jobs in Russia.", "legislation"),
    ("en", "The government imposed a ban on travel to Russia for work.", "legislation"),
    ("ru", "Власти Непала приостановили выдачу разрешений на работу в России.",
     "legislation"),
    ("ru", "Правительство запретило гражданам выезжать на заработки в Россию.",
     "legislation"),
    ("ru", "Минтруда ввело запрет на трудоустройство в России.", "legislation"),
    # a non-custodial sentence received (round 10)
    ("en", "His co-defendant received four years of restricted freedom.", "prosecution"),
    ("ru", "Его подельник получил 4 года ограничения свободы.", "prosecution"),
    # round 10: a two-word trigger whose words are far apart but one governs the other
    # ("тело ..., 22-летнего уроженца ..., доставили")
    ("ru", "В среду тело одного из них, 24-летнего уроженца Джалал-Абадской области, "
     "доставили в родное село.", "casualty"),
    # a body received, a coffin brought, a cremation
    ("ru", "Семья из Пенджаба получила тело сына.", "casualty"),
    ("ru", "Гроб с телом солдата доставили в аэропорт Бишкека.", "casualty"),
    ("ru", "Вечером мужчину кремировали на берегу реки.", "casualty"),
    ("en", "He was cremated in his village on Friday.", "casualty"),
    # appeals and letters to the authorities, a denial by disowning
    ("en", "Punjab family begs government to bring son home", "statement"),
    ("en", "The family appealed to the Union government on Monday.", "statement"),
    ("en", "The local MP wrote to the foreign minister this week.", "statement"),
    ("ru", "Университет открестился от вербовки студентов.", "statement"),
    # a suspended term in Russian ("три года условно"), a case opened colloquially
    ("ru", "Два года условно получил его сообщник.", "prosecution"),
    ("ru", "Против агента завели дело о мошенничестве.", "prosecution"),
    # an appeal court grants the prosecutor's motion, cancels a suspended term
    ("ru", "Суд удовлетворил представление прокуратуры.", "court_ruling"),
    ("ru", "Суд отменил условный срок второй обвиняемой.", "court_ruling"),
    # a ban on travel by its word, a registration stopped, a restriction introduced
    ("en", "Colombo bars retired soldiers from travelling to Russia.", "legislation"),
    ("en", "Sri Lanka stops registering workers for jobs in Russia", "legislation"),
    ("ru", "Министерство ввело ограничение на поездки в Россию.", "legislation"),
]  # fmt: skip


@pytest.fixture(scope="module")
def types() -> list[set[str]]:
    from events_pipeline import run_many

    results = run_many([(text, language, PUBLISHED) for language, text, _ in CASES])
    return [{e.type for e in r.events} for r in results]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("n", "case"), list(enumerate(CASES)), ids=[f"{c[2]}-{c[0]}-{n}" for n, c in enumerate(CASES)]
)
def test_the_way_outlets_say_it_is_an_event(
    types: list[set[str]], n: int, case: tuple[str, str, str]
) -> None:
    assert case[2] in types[n], types[n]
