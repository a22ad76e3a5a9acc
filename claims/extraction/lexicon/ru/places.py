"""Как русский текст указывает место: предлоги и слова, отмечающие, где говорил источник."""

LOCATIVE_PREPOSITIONS = frozenset("в во у на из с до по под около возле близ к".split())
SPEECH_PLACE_CUES = (
    "выступая в", "выступая на", "находясь в", "во время визита в", "в ходе визита в", "на брифинге в",
    "на пресс-конференции в", "в интервью в",
)  # fmt: skip
SAID_IN_GAP = frozenset("в во на".split())
# "В Минобороны заявили": the body named after these is where the speakers are.
INSTITUTION_PREPOSITIONS = frozenset("в во у на".split())
REGION_WORDS: tuple[str, ...] = ()
REGION_VARIANTS: tuple[str, ...] = ()
SETTLEMENT_NOUNS = frozenset(
    """село села селе селу селом сёла посёлок поселок посёлка поселка посёлке поселке деревня деревни
    деревне город города городе хутор хутора хуторе пгт сел сёл сёлах селах пункт пункта пункте пунктов
    пунктах""".split()
)
# Words joining names that share one region noun ("Брянською та Курською областями").
PLACE_JOINERS = frozenset("и или".split())
# После прилагательного страны эти слова (леммы) называют саму страну: «на украинской территории».
NATION_PLACE_NOUNS = frozenset(
    "территория область регион город село поселок земля побережье приграничье".split()
)
# Слова (леммы) фразы о части места между предлогом места и названием: «на юге Ливана», «на
# оккупированных территориях Украины», «в северной части Сирии».
PLACE_PART_WORDS = frozenset(
    """территория часть регион район область окраина побережье приграничье граница оккупированный
    север юг восток запад северный южный восточный западный центральный""".split()
)
# Слова, которыми после предлога места снова называют страну, уже названную в предложении.
COUNTRY_ANAPHORS = ("стране", "страну", "страны")
# Слова (леммы) передачи товаров (не отправки людей): страна рядом с ними - откуда или куда они
# идут («Россия получила от Ирана», «поставки Ирана»), а не только правительство. TRANSFER_GAP:
# слова, которые могут стоять между ними.
TRANSFER_WORDS = frozenset(
    """поставлять поставить поставка передать передавать передача получить получать экспорт
    экспортировать продать продавать продажа купить покупать приобрести приобретать""".split()
)
TRANSFER_GAP = frozenset("уже также якобы".split())
ACTOR_BASE_SUFFIXES: tuple[str, ...] = ()
# Глаголы (леммы) нападения: страна сразу после такого глагола - где оно происходит («атаковали
# Израиль»), а не правительство.
TARGET_WORDS = frozenset(
    "атаковать ударить обстрелять обстреливать бомбить бомбардировать вторгнуться наносить".split()
)
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
# Слова границы между предлогом и страной по ту сторону: «на границе с Ливаном».
BORDER_PHRASES = ("границе с", "границы с", "границу с", "границе со", "границы со")
# Romanization variants of a gazetteer's Latin names (English text only).
ROMANIZATION_ENDINGS: tuple[tuple[str, str], ...] = ()
ROMANIZATION_INFIXES: tuple[tuple[str, str], ...] = ()
# Участок фронта, названный по городу («на Покровском направлении»): прилагательное перед ним -
# не одноимённое село из справочника (леммы).
DIRECTION_NOUNS = frozenset({"направление"})
# Prepositions after which an unknown capitalized name is a place (`unplaced.py`): none, a name after
# a preposition is inflected ("под Кругленьким") and would be kept in a form no gazetteer lists; a name
# after a settlement noun ("в селе Кругленькое") stays in the nominative.
UNPLACED_PREPOSITIONS: frozenset[str] = frozenset()
# Names of languages: "posts in Hebrew" names no place (`unplaced.py` reads every lexicon word as no name).
LANGUAGE_NAMES = frozenset(
    "иврит арабский фарси персидский испанский турецкий английский русский украинский корейский".split()
)
# Nouns of ships: a name right after one is the ship's ("the landing ship Novocherkassk", "крейсер
# «Москва»"), not the town it is named after (lemmas in Russian and Ukrainian).
VESSEL_NOUNS = frozenset(
    """корабль судно крейсер фрегат корвет подлодка субмарина эсминец танкер сухогруз авианосец катер
    буксир траулер балкер флагман""".split()
)
