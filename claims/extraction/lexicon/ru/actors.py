"""Кто говорит в русском тексте помимо источников реестра (леммы)."""

from ..en.actors import COUNTRY_OF_NATION  # noqa: F401  one table: a nation's country is the same in any language

NATIONS = {
    "американский": "US", "украинский": "Ukrainian", "южнокорейский": "South Korean", "западный": "Western",
    "российский": "Russian", "британский": "British", "северокорейский": "North Korean",
    "японский": "Japanese", "европейский": "European", "китайский": "Chinese", "иранский": "Iranian",
    "израильский": "Israeli", "немецкий": "German", "французский": "French", "польский": "Polish",
    "белорусский": "Belarusian", "турецкий": "Turkish", "индийский": "Indian", "сирийский": "Syrian",
    "грузинский": "Georgian", "молдавский": "Moldovan", "йеменский": "Yemeni", "армянский": "Armenian",
    "азербайджанский": "Azerbaijani", "итальянский": "Italian", "испанский": "Spanish", "канадский": "Canadian",
    "австралийский": "Australian", "венгерский": "Hungarian", "литовский": "Lithuanian", "латвийский": "Latvian",
    "эстонский": "Estonian", "румынский": "Romanian", "финский": "Finnish", "шведский": "Swedish",
    "норвежский": "Norwegian", "чешский": "Czech", "словацкий": "Slovak", "нидерландский": "Dutch",
    "голландский": "Dutch", "казахстанский": "Kazakh", "саудовский": "Saudi", "египетский": "Egyptian",
    "ливанский": "Lebanese", "иракский": "Iraqi", "палестинский": "Palestinian", "сербский": "Serbian",
    "натовский": "NATO",
}  # fmt: skip
GROUP_MODIFIERS = frozenset("высокопоставленный военный официальный анонимный неназванный".split())
# People who speak from where things happen, or of what they lived through, for no body, by the
# English group they are named as ("по словам очевидцев", "полонені розповіли"); rescuers are left
# out: the press names the emergency service so.
_WITNESSES = {
    "медик": "medics", "врач": "doctors", "очевидец": "eyewitnesses", "свидетель": "witnesses",
    "житель": "residents", "активист": "activists", "волонтёр": "volunteers", "волонтер": "volunteers",
    "пленный": "prisoners", "военнопленный": "prisoners", "выживший": "survivors",
}  # fmt: skip
WITNESS_NOUNS = frozenset(_WITNESSES)  # their lemmas
GROUP_NOUNS = {
    **dict.fromkeys("чиновник официальный представитель".split(), "officials"),
    **dict.fromkeys("источник собеседник".split(), "sources"),
    **dict.fromkeys("лицо".split(), "officials"),
    **dict.fromkeys("сми медиа издание журналист пресса".split(), "media"),
    **dict.fromkeys("блогер военкор".split(), "bloggers"),
    **dict.fromkeys("разведка спецслужба".split(), "intelligence"),
    **dict.fromkeys("власть правительство сторона".split(), "government"),  # «российская сторона»
    **dict.fromkeys("депутат парламентарий законодатель".split(), "lawmakers"),
    **dict.fromkeys("командир".split(), "commanders"),
    **dict.fromkeys("эксперт аналитик".split(), "none"),
    **_WITNESSES,
}
TITLES = frozenset(
    """президент премьер министр губернатор генерал полковник пресс-секретарь представитель глава
    руководитель начальник замглавы заместитель официальный господин посол советник спикер представительница
    замминистра вице-премьер премьер-министр вице-президент командующий главнокомандующий генсек секретарь мэр
    директор председатель уполномоченный омбудсмен лидер канцлер майор подполковник генерал-лейтенант
    генерал-майор генерал-полковник адмирал капитан лейтенант пресс-атташе корреспондент
    обозреватель""".split()
)
# Люди, названные по роду занятий, а не по должности ("военкор Александр Коц", "политолог Иван
# Петров"): говорят от себя; стоят перед именем, как титулы.
PROFESSIONS = frozenset(
    """журналист журналистка военкор корреспондент блогер военблогер политолог аналитик эксперт историк
    публицист исследователь профессор востоковед кореевед пропагандист волонтер волонтёр""".split()
)
ROLE_WORDS = frozenset(
    """представитель представительница глава руководитель начальник пресс-секретарь спикер министр
    замминистра""".split()
)
# Предлоги, которыми начинается сфера должности между ведомством и именем ("корреспондент Би-би-си
# по вопросам безопасности Фрэнк Гарднер", "уполномоченный Рады по правам человека Дмитрий Лубинец").
TITLE_COMPLEMENT_PREPOSITIONS = frozenset({"по"})
# Titles of a head of state: after a nation's adjective ("the Ukrainian leader", "российский
# президент") they name the registry's head of state of that country.
HEAD_OF_STATE_TITLES = frozenset({"президент", "лидер"})
ANAPHORS = {
    "он": ("person",), "она": ("person",), "они": (), "ведомство": ("government", "intelligence"),
    "дипломат": ("person",), "глава": ("person",),
    "издание": ("media",), "телеканал": ("media",), "газета": ("media",),
    "министр": ("person", "government"), "премьер": ("person", "head_of_state"),
    "премьер-министр": ("person", "head_of_state"), "президент": ("person", "head_of_state"),
    "пресс-секретарь": ("person",), "спикер": ("person",), "посол": ("person", "government"),
    "генерал": ("military", "person"), "министерство": ("government", "military"),
    # after "по данным", "со ссылкой на": a body's genitive points back to it too
    "ведомства": ("government", "intelligence"), "министерства": ("government", "military"),
    "издания": ("media",), "телеканала": ("media",), "газеты": ("media",),
    # where the words were said: "в ведомстве уточнили", "в министерстве заявили"
    "ведомстве": ("government", "intelligence"), "министерстве": ("government", "military"),
    # the army named again by its kind: the state's, not an armed group's
    "армия": ("state", "military"), "армии": ("state", "military"),
    # a group that is no state's ("движение" after ХАМАС), a mission of an international body
    "движение": ("nonstate",), "группировка": ("nonstate",), "миссия": ("international", "strict"),
    # a document of the latest speaker: "в докладе отмечается", "говорится в сообщении"
    # where the latest speaker said it: "Там также отметили"
    "там": ("voice",),
    # intelligence named bare, after a body of its kind was named: that body ("по данным разведки"
    # after NIS); none named lately: nobody, never a guess
    **dict.fromkeys("разведка разведки разведке разведку разведкой".split(), ("intelligence", "strict")),
    **dict.fromkeys("докладе доклад отчете отчёте сообщении заявлении публикации документе сводке обзоре".split(),
                    ("voice",)),
}  # fmt: skip
ANAPHOR_DETERMINERS: frozenset[str] = frozenset()
# Anaphors that stand for a speaker only when they open the sentence ("Там также отметили"), not
# inside it ("говорил там раньше": a place).
OPENING_ANAPHORS: frozenset[str] = frozenset({"там"})
# The words that tie an unnamed source to the body named right after them ("источник в Минобороны",
# "источник, близкий к Кремлю"): lemmas. The body speaks.
SOURCE_TIES = ("в", "во", "из", "близкий к", "приближенный к")
STATE_NAME_WORDS = frozenset("армия вооруженные вооружённые министерство правительство минобороны".split())
POSSESSIVE_STATEMENTS: frozenset[str] = frozenset()
MEDIA_NAME_WORDS = frozenset("газета агентство канал телеканал издание радио вести новости".split())
ORG_NAME_WORDS = {
    **dict.fromkeys("министерство ведомство управление администрация правительство дума".split(), "government"),
    **dict.fromkeys("армия войско штаб бригада полк батальон силы сила".split(), "military"),
    **dict.fromkeys("институт организация совет центр фонд союз комитет".split(), "international"),
}  # fmt: skip
NOT_NAMES = frozenset(
    """как так это по при что также однако тому где когда вокруг около после перед во время затем
    сегодня вчера ранее кроме позже позднее потом впоследствии
    эксперты аналитики наблюдатели критики""".split()
)
NATION_ACRONYMS: frozenset[str] = frozenset()
# Without a nation: "по данным СМИ" is an unnamed media report (lemmas).
BARE_GROUP_NOUNS = ("сми", "медиа")
BARE_DETERMINERS: frozenset[str] = frozenset()
PLACE_TAIL_PREPOSITIONS: tuple[str, ...] = ()
BODY_PEOPLE_NOUNS: frozenset[str] = frozenset()  # Cyrillic groups read their own way (groups.py)

BODY_WORDS: frozenset[str] = frozenset()
GROUP_LABELS: dict[str, str] = {}
# Words that may stand between a speaker and its verb; "у пресслужбі X": its press service speaks.
# A relative clause between a speaker and its verb may be long ("The military, which has been trading
# fire with the group since the war began in October, declined to comment").
RELATIVE_PRONOUNS = frozenset("который которая которое которые".split())
# A participle opening an aside between a speaker and its verb ("Песков, отвечая на вопрос о войсках, сказал").
RESTRICTIVE_RELATIVES: frozenset[str] = frozenset()  # a relative clause always has its comma
ASIDE_OPENERS = frozenset("отвечая комментируя выступая говоря касаясь обращаясь".split())
GAP_WORDS = frozenset(
    "также ранее уже тоже в на у свою очередь своем telegram-канале канале своей"
    " официально публично открыто прямо впервые вновь снова сегодня вчера накануне наконец неоднократно"
    " пресс служба службы службе службу службой пресслужба пресслужбы пресслужбе пресслужбу пресслужбой"
    " который которая которое которые"
    " пока еще ещё"
    " и вовсе даже же"  # "В «Росатоме» и вовсе заявили", "В Кремле же опровергли"
    " категорически решительно однозначно резко жестко жёстко твердо твёрдо уверенно лично отдельно"
    " дополнительно подробно кратко коротко вскоре позже позднее затем"
    # where and when it was said: "во время брифинга", "в ходе пресс-конференции", "в интервью X"
    " во время ходе интервью беседе эфире брифинге брифинга пресс-конференции пресс-конференции"
    " выступлении заседании встрече встречи агентству изданию телеканалу журналу радиостанции".split()
)
# Adverbs of a verb that may stand between "В Минобороны" and its verb ("пока не могут подтвердить").
VERB_ADVERBS = frozenset(
    "пока ещё еще уже также тоже официально публично впервые вновь снова наконец неоднократно сегодня вчера"
    " накануне ранее категорически однозначно и вовсе даже никак же".split()
)
NAME_PREFIX_WORDS: frozenset[str] = frozenset()
NAME_TAIL_WORDS: frozenset[str] = frozenset()
# Слова, соединяющие говорящих при одном глаголе: "Москва и Пхеньян признали".
COORDINATORS = ("и", "или", "а также")
# Партнёры без своего имени рядом с говорящим ("Украина и её союзники заявляют"): говорит названный.
ALLY_NOUNS = frozenset("союзники союзниками союзников партнёры партнеры партнёрами партнерами".split())
ALLY_POSSESSIVES = frozenset("её ее его их свои".split())
# Чей это орган, когда страна не названа ("в разведке"): по-русски пишут об органах разных стран,
# страна остаётся неизвестной.
UNSTATED_NATION: str | None = None
# Должности при президенте без названной страны: по-русски пишут о президентах разных стран.
UNSTATED_OFFICES: tuple[str, ...] = ()
# Группы, названные несколькими словами ("член парламента Ли Сон Гвон").
GROUP_PHRASES = {"член парламента": "lawmakers"}
# Before a medium, words that make it the one spoken to ("в интервью Reuters", "изданию Politico"):
# word forms, as written.
INTERVIEW_WORDS = frozenset("интервью беседе эфире изданию агентству телеканалу журналу радиостанции".split())
# A medium's own unnamed sources ("собеседники газеты", "источники The Washington Post").
MEDIUM_SOURCE_NOUNS = frozenset("источник собеседник".split())
MEDIUM_NOUNS = frozenset("газета издание телеканал журнал агентство".split())

# Read by the English group grammar only (stages/groups.py's English patterns); Russian's
# collective speakers are read by its own group phrases above. Defined so that every lexicon
# holds the same concepts.

HEAD_OF_STATE_MODIFIERS: frozenset[str] = frozenset()
AUTHORITY_NOUNS: frozenset[str] = frozenset()
LOCAL_MODIFIERS: frozenset[str] = frozenset()
# A registry source named for a local body and a place governs it (see the English lexicon).
LOCAL_BODY_WORDS = frozenset("администрация власти совет мэрия губернатор".split())
REGIONAL_BODY_WORDS = frozenset("областной область губернатор".split())
AUTHORITY_LABELS: dict[bool, str] = {}
OWN_COUNTRY_PHRASES: tuple[str, ...] = ()
BODY_TITLES: dict[str, str] = {}  # none listed yet for Russian

# A state body named by its kind and then its country in the genitive ("Минобороны Великобритании",
# "МИД Франции"): the body's kind and the English names it goes by, to look the body up in the
# registry under the country's English names ("British Ministry of Defence").
COUNTRY_BODIES: dict[str, tuple[str, tuple[str, ...]]] = {
    **dict.fromkeys(("министерство обороны", "минобороны", "оборонное ведомство"),
                    ("government", ("Ministry of Defence", "Defence Ministry", "Department of Defense",
                                    "Defense Department", "Ministry of National Defense"))),
    **dict.fromkeys(("министерство иностранных дел", "мид", "внешнеполитическое ведомство"),
                    ("government", ("Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Office",
                                    "State Department", "Department of State"))),
    "госдепартамент": ("government", ("State Department", "Department of State")),
    **dict.fromkeys(("правительство", "власти"), ("government", ("government",))),
    **dict.fromkeys(("разведка", "военная разведка", "спецслужбы"), ("intelligence", ("intelligence",))),
    **dict.fromkeys(("генштаб", "генеральный штаб"), ("military", ("General Staff",))),
    **dict.fromkeys(("армия", "вооруженные силы", "вооружённые силы"), ("military", ("military", "army", "Armed Forces"))),
}  # fmt: skip
# Countries as they follow a body, in the genitive, with their English names (nation adjective first).
COUNTRY_GENITIVES: dict[str, tuple[str, ...]] = {
    "великобритания": ("British", "UK", "United Kingdom", "Britain"), "британия": ("British", "UK", "Britain"),
    "сша": ("US", "U.S.", "United States"), "соединенные штаты": ("US", "United States"),
    "франция": ("French", "France"), "германия": ("German", "Germany"), "польша": ("Polish", "Poland"),
    "южная корея": ("South Korean", "South Korea"), "республика корея": ("South Korean", "South Korea"),
    "северная корея": ("North Korean", "North Korea"), "кндр": ("North Korean", "North Korea"),
    "украина": ("Ukrainian", "Ukraine"), "россия": ("Russian", "Russia"), "рф": ("Russian", "Russia"),
    "израиль": ("Israeli", "Israel"), "иран": ("Iranian", "Iran"), "китай": ("Chinese", "China"),
    "кнр": ("Chinese", "China"), "япония": ("Japanese", "Japan"), "турция": ("Turkish", "Turkey"),
    "беларусь": ("Belarusian", "Belarus"), "белоруссия": ("Belarusian", "Belarus"),
    "ливан": ("Lebanese", "Lebanon"), "судан": ("Sudanese", "Sudan"), "сирия": ("Syrian", "Syria"),
    "йемен": ("Yemeni", "Yemen"), "канада": ("Canadian", "Canada"), "италия": ("Italian", "Italy"),
    "литва": ("Lithuanian", "Lithuania"), "латвия": ("Latvian", "Latvia"), "эстония": ("Estonian", "Estonia"),
    "финляндия": ("Finnish", "Finland"), "швеция": ("Swedish", "Sweden"), "норвегия": ("Norwegian", "Norway"),
    "румыния": ("Romanian", "Romania"), "молдавия": ("Moldovan", "Moldova"), "молдова": ("Moldovan", "Moldova"),
    "грузия": ("Georgian", "Georgia"), "азербайджан": ("Azerbaijani", "Azerbaijan"),
    "армения": ("Armenian", "Armenia"), "индия": ("Indian", "India"), "венгрия": ("Hungarian", "Hungary"),
    "эфиопия": ("Ethiopian", "Ethiopia"), "эритрея": ("Eritrean", "Eritrea"), "мали": ("Malian", "Mali"),
    "нигер": ("Nigerien", "Niger"), "чад": ("Chadian", "Chad"), "мьянма": ("Myanmar", "Myanmar"),
    "ирак": ("Iraqi", "Iraq"), "египет": ("Egyptian", "Egypt"), "иордания": ("Jordanian", "Jordan"),
    "катар": ("Qatari", "Qatar"), "ливия": ("Libyan", "Libya"), "сомали": ("Somali", "Somalia"),
}  # fmt: skip
# Branches of armed forces a nation's body falls back to (read for English text only: Russian and
# Ukrainian reports name their bodies through the registry's declined aliases).
MILITARY_BRANCHES: tuple[str, ...] = ()
MILITARY_BODY = ""
