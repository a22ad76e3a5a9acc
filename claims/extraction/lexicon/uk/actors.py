"""Хто говорить в українському тексті, крім джерел реєстру (леми)."""

from ..en.actors import COUNTRY_OF_NATION  # noqa: F401  one table: a nation's country is the same in any language

NATIONS = {
    "американський": "US", "український": "Ukrainian", "південнокорейський": "South Korean",
    "західний": "Western", "російський": "Russian", "британський": "British",
    "північнокорейський": "North Korean", "японський": "Japanese", "європейський": "European",
    "китайський": "Chinese", "іранський": "Iranian", "ізраїльський": "Israeli", "німецький": "German",
    "французький": "French", "польський": "Polish", "білоруський": "Belarusian", "турецький": "Turkish",
    "індійський": "Indian", "сирійський": "Syrian", "грузинський": "Georgian", "молдовський": "Moldovan",
    "молдавський": "Moldovan", "єменський": "Yemeni", "вірменський": "Armenian",
    "азербайджанський": "Azerbaijani", "італійський": "Italian", "іспанський": "Spanish",
    "канадський": "Canadian", "австралійський": "Australian", "угорський": "Hungarian",
    "литовський": "Lithuanian", "латвійський": "Latvian", "естонський": "Estonian", "румунський": "Romanian",
    "фінський": "Finnish", "шведський": "Swedish", "норвезький": "Norwegian", "чеський": "Czech",
    "словацький": "Slovak", "нідерландський": "Dutch", "казахстанський": "Kazakh", "саудівський": "Saudi",
    "єгипетський": "Egyptian", "ліванський": "Lebanese", "іракський": "Iraqi", "палестинський": "Palestinian",
    "сербський": "Serbian",
}  # fmt: skip
GROUP_MODIFIERS = frozenset("високопоставлений військовий офіційний анонімний неназваний".split())
# People who speak from where things happen, or of what they lived through, for no body, by the
# English group they are named as ("по словам очевидцев", "полонені розповіли"); rescuers are left
# out: the press names the emergency service so.
_WITNESSES = {
    "медик": "medics", "лікар": "doctors", "очевидець": "eyewitnesses", "свідок": "witnesses",
    "мешканець": "residents", "житель": "residents", "активіст": "activists", "волонтер": "volunteers",
    "полонений": "prisoners", "військовополонений": "prisoners", "вцілілий": "survivors",
}  # fmt: skip
WITNESS_NOUNS = frozenset(_WITNESSES)  # their lemmas
GROUP_NOUNS = {
    **dict.fromkeys("посадовець чиновник офіційний представник".split(), "officials"),
    **dict.fromkeys("джерело співрозмовник".split(), "sources"),
    **dict.fromkeys("особа".split(), "officials"),
    **dict.fromkeys("змі медіа видання журналіст преса".split(), "media"),
    **dict.fromkeys("блогер воєнкор".split(), "bloggers"),
    **dict.fromkeys("розвідка спецслужба".split(), "intelligence"),
    **dict.fromkeys("влада уряд сторона".split(), "government"),  # «українська сторона»
    **dict.fromkeys("депутат нардеп парламентар законодавець".split(), "lawmakers"),
    **dict.fromkeys("командир".split(), "commanders"),
    **dict.fromkeys("експерт аналітик".split(), "none"),
    **_WITNESSES,
}
TITLES = frozenset(
    """президент прем'єр міністр губернатор генерал полковник речник представник голова керівник
    начальник заступник офіційний пан посол радник спікер очільник речниця представниця очільниця керівниця
    командувач головнокомандувач генсек секретар мер директор уповноважений омбудсман лідер канцлер
    віцепрем'єр віце-прем'єр прем'єр-міністр віце-президент майор підполковник генерал-лейтенант генерал-майор
    адмірал капітан лейтенант кореспондент оглядач""".split()
)
# Люди, названі за родом занять, а не за посадою ("воєнкор Олександр Коц", "політолог Іван
# Петров"): говорять від себе; стоять перед ім'ям, як титули.
PROFESSIONS = frozenset(
    """журналіст журналістка воєнкор військкор кореспондент блогер політолог аналітик експерт історик
    публіцист дослідник професор сходознавець кореєзнавець пропагандист волонтер""".split()
)
ROLE_WORDS = frozenset(
    """представник представниця голова керівник керівниця начальник речник речниця спікер міністр очільник
    очільниця""".split()
)
# Прийменники, що відкривають сферу посади між відомством та іменем ("кореспондент BBC з питань
# безпеки Френк Гарднер", "уповноважений Ради з прав людини Дмитро Лубінець").
TITLE_COMPLEMENT_PREPOSITIONS = frozenset({"з", "із", "зі", "у", "в"})
# Titles of a head of state: after a nation's adjective ("the Ukrainian leader", "российский
# президент") they name the registry's head of state of that country.
HEAD_OF_STATE_TITLES = frozenset({"президент", "лідер"})
ANAPHORS = {
    "він": ("person",), "вона": ("person",), "вони": (), "відомство": ("government", "intelligence"),
    "дипломат": ("person",), "голова": ("person",), "очільник": ("person",),
    "видання": ("media",), "телеканал": ("media",), "газета": ("media",),
    "міністр": ("person", "government"), "прем'єр": ("person", "head_of_state"),
    "прем'єр-міністр": ("person", "head_of_state"), "президент": ("person", "head_of_state"),
    "речник": ("person",), "речниця": ("person",), "спікер": ("person",), "посол": ("person", "government"),
    "генерал": ("military", "person"), "міністерство": ("government", "military"),
    # after "за даними", "з посиланням на": a body's genitive points back to it too
    "відомства": ("government", "intelligence"), "міністерства": ("government", "military"),
    "телеканалу": ("media",), "газети": ("media",),
    # where the words were said: "у відомстві уточнили", "у міністерстві заявили"
    "відомстві": ("government", "intelligence"), "міністерстві": ("government", "military"),
    # the army named again by its kind: the state's, not an armed group's
    "армія": ("state", "military"), "армії": ("state", "military"),
    # a group that is no state's ("угруповання" після ХАМАС), a mission of an international body
    "угруповання": ("nonstate",), "рух": ("nonstate",), "місія": ("international", "strict"),
    # a document of the latest speaker: "у звіті зазначено", "ідеться в повідомленні"
    # where the latest speaker said it: "Там також зазначили"
    "там": ("voice",),
    # intelligence named bare, after a body of its kind was named: that body ("по данным разведки"
    # after NIS); none named lately: nobody, never a guess
    **dict.fromkeys("розвідка розвідки розвідці розвідку розвідкою".split(), ("intelligence", "strict")),
    **dict.fromkeys("звіті звіт звіту повідомленні заяві дописі документі публікації зведенні огляді".split(),
                    ("voice",)),
}  # fmt: skip
ANAPHOR_DETERMINERS: frozenset[str] = frozenset()
# Anaphors that stand for a speaker only when they open the sentence ("Там також зазначили"), not
# inside it ("говорив там раніше": a place).
OPENING_ANAPHORS: frozenset[str] = frozenset({"там"})
# The words that tie an unnamed source to the body named right after them ("джерело в ГУР",
# "джерело, близьке до ХАМАС"): lemmas. The body speaks.
SOURCE_TIES = ("в", "у", "з", "із", "близький до", "наближений до")
STATE_NAME_WORDS = frozenset("армія збройні міністерство уряд міноборони".split())
POSSESSIVE_STATEMENTS: frozenset[str] = frozenset()
MEDIA_NAME_WORDS = frozenset("газета агентство канал телеканал видання радіо новини".split())
ORG_NAME_WORDS = {
    **dict.fromkeys("міністерство відомство управління адміністрація уряд рада".split(), "government"),
    **dict.fromkeys("армія військо штаб бригада полк батальйон сили сила".split(), "military"),
    **dict.fromkeys("інститут організація центр фонд союз комітет".split(), "international"),
}  # fmt: skip
NOT_NAMES = frozenset(
    """як так це цей ця за про але однак тому де коли навколо близько після перед під час потім
    сьогодні вчора раніше крім пізніше згодом
    експерти аналітики спостерігачі критики""".split()
)
NATION_ACRONYMS: frozenset[str] = frozenset()
# Without a nation: "за даними ЗМІ" is an unnamed media report (lemmas).
BARE_GROUP_NOUNS = ("змі", "медіа")
BARE_DETERMINERS: frozenset[str] = frozenset()
PLACE_TAIL_PREPOSITIONS: tuple[str, ...] = ()
BODY_PEOPLE_NOUNS: frozenset[str] = frozenset()  # Cyrillic groups read their own way (groups.py)

BODY_WORDS: frozenset[str] = frozenset()
GROUP_LABELS: dict[str, str] = {}
# Words that may stand between a speaker and its verb; "у пресслужбі X": its press service speaks.
# A relative clause between a speaker and its verb may be long ("The military, which has been trading
# fire with the group since the war began in October, declined to comment").
RELATIVE_PRONOUNS = frozenset("який яка яке які".split())
# A participle opening an aside between a speaker and its verb ("Буданов, відповідаючи на питання, сказав").
RESTRICTIVE_RELATIVES: frozenset[str] = frozenset()  # a relative clause always has its comma
ASIDE_OPENERS = frozenset("відповідаючи коментуючи виступаючи говорячи торкаючись звертаючись".split())
GAP_WORDS = frozenset(
    "в на у теж також раніше своєму telegram-каналі каналі своїй"
    " офіційно публічно відкрито прямо вперше уперше вже знову сьогодні вчора напередодні нарешті неодноразово"
    " пресслужба пресслужби пресслужбі пресслужбу пресслужбою прес служба служби службі службу службою"
    " який яка яке які"
    " поки наразі ще"
    " і й взагалі навіть же ж"  # "В «Енергоатомі» й взагалі заявили", "У Кремлі ж заперечили"
    " категорично рішуче однозначно різко жорстко твердо впевнено особисто окремо додатково детально коротко"
    " згодом пізніше потім"
    # where and when it was said: "під час брифінгу", "в ефірі телемарафону", "в інтерв'ю X"
    " під час ході інтерв'ю інтервʼю розмові ефірі телемарафону телемарафоні брифінгу брифінгі"
    " пресконференції прес-конференції виступі виступу засіданні зустрічі агентству виданню телеканалу журналу".split()
)
# Adverbs of a verb that may stand between "У ГУР" and its verb ("поки не можуть підтвердити").
VERB_ADVERBS = frozenset(
    "поки наразі ще вже також теж офіційно публічно вперше уперше знову нарешті неодноразово сьогодні вчора"
    " напередодні раніше категорично однозначно і й взагалі навіть ніяк же ж".split()
)
NAME_PREFIX_WORDS: frozenset[str] = frozenset()
NAME_TAIL_WORDS: frozenset[str] = frozenset()
# Слова, що єднають мовців при одному дієслові: "Москва і Пхеньян визнали".
COORDINATORS = ("і", "й", "та", "або", "а також")
# Партнери без власного імені поруч із мовцем ("Україна та її союзники заявляють"): говорить названий.
ALLY_NOUNS = frozenset("союзники союзниками союзників партнери партнерами партнерів".split())
ALLY_POSSESSIVES = frozenset("її його їхні їх свої".split())
# Чий це орган, коли країну не названо ("у розвідці"): українські медіа так називають органи своєї
# країни.
UNSTATED_NATION: str | None = "Ukrainian"
# Посади при президентові, коли країну не названо ("радник президента Дмитро Литвин"): українські
# медіа так називають Офіс президента своєї країни (UNSTATED_NATION), тобто її уряд.
UNSTATED_OFFICES = ("радник президента", "речник президента", "офіс президента", "керівник офісу президента")
# Групи, названі кількома словами ("член парламенту Лі Сон Гвон").
GROUP_PHRASES = {"член парламенту": "lawmakers"}
# Before a medium, words that make it the one spoken to ("в інтерв'ю Reuters", "виданню Politico"):
# word forms, as written.
INTERVIEW_WORDS = frozenset("інтерв'ю інтервʼю розмові ефірі виданню агентству телеканалу журналу".split())
# A medium's own unnamed sources ("собеседники газеты", "источники The Washington Post").
MEDIUM_SOURCE_NOUNS = frozenset("джерело співрозмовник".split())
MEDIUM_NOUNS = frozenset("газета видання телеканал журнал агентство".split())

# Read by the English group grammar only (stages/groups.py's English patterns); Ukrainian's
# collective speakers are read by its own group phrases above. Defined so that every lexicon
# holds the same concepts.

HEAD_OF_STATE_MODIFIERS: frozenset[str] = frozenset()
AUTHORITY_NOUNS: frozenset[str] = frozenset()
LOCAL_MODIFIERS: frozenset[str] = frozenset()
# A registry source named for a local body and a place governs it (see the English lexicon).
LOCAL_BODY_WORDS = frozenset("адміністрація влада рада мерія губернатор".split())
REGIONAL_BODY_WORDS = frozenset("обласний область губернатор".split())
AUTHORITY_LABELS: dict[bool, str] = {}
OWN_COUNTRY_PHRASES: tuple[str, ...] = ()
BODY_TITLES: dict[str, str] = {}  # none listed yet for Ukrainian

# Державний орган, названий видом і країною в родовому відмінку ("Міноборони Великої Британії",
# "МЗС Франції"): вид органу й англійські назви, під якими його шукати в реєстрі разом з англійськими
# назвами країни ("British Ministry of Defence").
COUNTRY_BODIES: dict[str, tuple[str, tuple[str, ...]]] = {
    **dict.fromkeys(("міністерство оборони", "міноборони", "оборонне відомство"),
                    ("government", ("Ministry of Defence", "Defence Ministry", "Department of Defense",
                                    "Defense Department", "Ministry of National Defense"))),
    **dict.fromkeys(("міністерство закордонних справ", "мзс", "зовнішньополітичне відомство"),
                    ("government", ("Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Office",
                                    "State Department", "Department of State"))),
    "держдепартамент": ("government", ("State Department", "Department of State")),
    **dict.fromkeys(("уряд", "влада"), ("government", ("government",))),
    **dict.fromkeys(("розвідка", "воєнна розвідка", "військова розвідка", "спецслужби"),
                    ("intelligence", ("intelligence",))),
    **dict.fromkeys(("генштаб", "генеральний штаб"), ("military", ("General Staff",))),
    **dict.fromkeys(("армія", "збройні сили"), ("military", ("military", "army", "Armed Forces"))),
}  # fmt: skip
# Країни в родовому відмінку після органу, з англійськими назвами (спершу прикметник нації).
COUNTRY_GENITIVES: dict[str, tuple[str, ...]] = {
    "велика британія": ("British", "UK", "United Kingdom", "Britain"), "британія": ("British", "UK", "Britain"),
    "сша": ("US", "U.S.", "United States"), "сполучені штати": ("US", "United States"),
    "франція": ("French", "France"), "німеччина": ("German", "Germany"), "польща": ("Polish", "Poland"),
    "південна корея": ("South Korean", "South Korea"), "республіка корея": ("South Korean", "South Korea"),
    "північна корея": ("North Korean", "North Korea"), "кндр": ("North Korean", "North Korea"),
    "україна": ("Ukrainian", "Ukraine"), "росія": ("Russian", "Russia"), "рф": ("Russian", "Russia"),
    "ізраїль": ("Israeli", "Israel"), "іран": ("Iranian", "Iran"), "китай": ("Chinese", "China"),
    "кнр": ("Chinese", "China"), "японія": ("Japanese", "Japan"), "туреччина": ("Turkish", "Turkey"),
    "білорусь": ("Belarusian", "Belarus"), "ліван": ("Lebanese", "Lebanon"), "судан": ("Sudanese", "Sudan"),
    "сирія": ("Syrian", "Syria"), "ємен": ("Yemeni", "Yemen"), "канада": ("Canadian", "Canada"),
    "італія": ("Italian", "Italy"), "литва": ("Lithuanian", "Lithuania"), "латвія": ("Latvian", "Latvia"),
    "естонія": ("Estonian", "Estonia"), "фінляндія": ("Finnish", "Finland"), "швеція": ("Swedish", "Sweden"),
    "норвегія": ("Norwegian", "Norway"), "румунія": ("Romanian", "Romania"), "молдова": ("Moldovan", "Moldova"),
    "грузія": ("Georgian", "Georgia"), "азербайджан": ("Azerbaijani", "Azerbaijan"),
    "вірменія": ("Armenian", "Armenia"), "індія": ("Indian", "India"), "угорщина": ("Hungarian", "Hungary"),
    "ефіопія": ("Ethiopian", "Ethiopia"), "еритрея": ("Eritrean", "Eritrea"), "малі": ("Malian", "Mali"),
    "нігер": ("Nigerien", "Niger"), "чад": ("Chadian", "Chad"), "м'янма": ("Myanmar", "Myanmar"),
    "ірак": ("Iraqi", "Iraq"), "єгипет": ("Egyptian", "Egypt"), "йорданія": ("Jordanian", "Jordan"),
    "катар": ("Qatari", "Qatar"), "лівія": ("Libyan", "Libya"), "сомалі": ("Somali", "Somalia"),
}  # fmt: skip
# Branches of armed forces a nation's body falls back to (read for English text only: Russian and
# Ukrainian reports name their bodies through the registry's declined aliases).
MILITARY_BRANCHES: tuple[str, ...] = ()
MILITARY_BODY = ""
