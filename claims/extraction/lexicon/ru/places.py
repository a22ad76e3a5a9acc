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
    деревне город города городе хутор хутора хуторе пгт""".split()
)
# Words joining names that share one region noun ("Брянською та Курською областями").
PLACE_JOINERS = frozenset("и или".split())
# После прилагательного страны эти слова (леммы) называют саму страну: «на украинской территории».
NATION_PLACE_NOUNS = frozenset(
    "территория область регион город село поселок земля побережье приграничье".split()
)
