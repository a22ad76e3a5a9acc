"""Як український текст вказує місце: прийменники і слова, що позначають, де говорило джерело."""

LOCATIVE_PREPOSITIONS = frozenset("в у на з із до по під біля поблизу коло к".split())
SPEECH_PLACE_CUES = (
    "виступаючи в", "виступаючи у", "виступаючи на", "перебуваючи в", "під час візиту до", "під час візиту в",
    "на брифінгу в", "на пресконференції в", "в інтерв'ю в",
)  # fmt: skip
SAID_IN_GAP = frozenset("в у на".split())
# "У ГУР повідомили": the body named after these is where the speakers are.
INSTITUTION_PREPOSITIONS = frozenset("в у на".split())
REGION_WORDS: tuple[str, ...] = ()
REGION_VARIANTS: tuple[str, ...] = ()
SETTLEMENT_NOUNS = frozenset(
    """село села селі селом сіл селах смт селище селища селищі місто міста місті хутір хутора пункт
    пункту пункті пунктів пунктах""".split()
)
# Words joining names that share one region noun ("Брянською та Курською областями").
PLACE_JOINERS = frozenset("і й та або чи".split())
# Після прикметника країни ці слова (леми) називають саму країну: «на українській території».
NATION_PLACE_NOUNS = frozenset(
    "територія область регіон місто село селище земля узбережжя прикордоння".split()
)
# Слова (леми) фрази про частину місця між прийменником місця і назвою: «на півдні Лівану», «на
# окупованих територіях України», «у північній частині Сирії».
PLACE_PART_WORDS = frozenset(
    """територія частина регіон район область околиця узбережжя прикордоння кордон окупований
    тимчасово північ південь схід захід північний південний східний західний центральний""".split()
)
# Слова, якими після прийменника місця знову називають країну, вже названу в реченні.
COUNTRY_ANAPHORS = ("країні", "країну", "країни")
# Слова (леми) передачі товарів (не відправлення людей): країна поруч із ними - звідки чи куди
# вони йдуть («Росія отримала від Ірану», «постачання Ірану»), а не лише уряд. TRANSFER_GAP:
# слова, що можуть стояти між ними.
TRANSFER_WORDS = frozenset(
    """постачати постачання поставка поставити передати передавати передача отримати отримувати
    експорт експортувати продати продавати продаж купити купувати придбати""".split()
)
TRANSFER_GAP = frozenset("вже також нібито".split())
ACTOR_BASE_SUFFIXES: tuple[str, ...] = ()
# Дієслова (леми) нападу: країна одразу після такого дієслова - де він стається («атакували
# Ізраїль»), а не уряд.
TARGET_WORDS = frozenset("атакувати вдарити обстріляти обстрілювати бомбити бомбардувати вторгнутися".split())
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
# Слова кордону між прийменником і країною по той бік: «на кордоні з Ліваном».
BORDER_PHRASES = ("кордоні з", "кордону з", "кордон з", "кордоні із", "кордону із", "кордоні зі")
# Romanization variants of a gazetteer's Latin names (English text only).
ROMANIZATION_ENDINGS: tuple[tuple[str, str], ...] = ()
ROMANIZATION_INFIXES: tuple[tuple[str, str], ...] = ()
# Ділянка фронту, названа за містом («на Покровському напрямку»): прикметник перед нею - не
# однойменне село з довідника (леми).
DIRECTION_NOUNS = frozenset({"напрямок", "напрям"})
# Prepositions after which an unknown capitalized name is a place (`unplaced.py`): none, a name after
# a preposition is inflected ("під Кругленьким") and would be kept in a form no gazetteer lists; a name
# after a settlement noun ("у селі Кругленьке") stays in the nominative.
UNPLACED_PREPOSITIONS: frozenset[str] = frozenset()
# Names of languages: "posts in Hebrew" names no place (`unplaced.py` reads every lexicon word as no name).
LANGUAGE_NAMES = frozenset(
    "іврит арабська фарсі перська іспанська турецька англійська російська українська корейська".split()
)
# Nouns of ships: a name right after one is the ship's ("the landing ship Novocherkassk", "крейсер
# «Москва»"), not the town it is named after (lemmas in Russian and Ukrainian).
VESSEL_NOUNS = frozenset(
    """корабель судно крейсер фрегат корвет підводний субмарина есмінець танкер суховантаж авіаносець
    катер буксир траулер балкер флагман""".split()
)
