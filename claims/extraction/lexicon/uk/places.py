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
    "село села селі селом смт селище селища селищі місто міста місті хутір хутора".split()
)
# Words joining names that share one region noun ("Брянською та Курською областями").
PLACE_JOINERS = frozenset("і й та або чи".split())
# Після прикметника країни ці слова (леми) називають саму країну: «на українській території».
NATION_PLACE_NOUNS = frozenset(
    "територія область регіон місто село селище земля узбережжя прикордоння".split()
)
