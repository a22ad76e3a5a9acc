"""How English text places things: prepositions of place and the words that mark where a speaker spoke."""

# A place after these is where something is or goes ("in Kursk", "to Russia").
LOCATIVE_PREPOSITIONS = frozenset(
    """in to into from near at outside around across inside within toward towards through via throughout
    entering enter entered reach reached over on off along beyond onto""".split()
)
# Where the speaker was, not where the claim happens: "Speaking in Kyiv, Zelensky said ...".
SPEECH_PLACE_CUES = (
    "speaking in", "speaking at", "speaking from", "told reporters in", "told journalists in",
    "a press conference in", "a news conference in", "a briefing in", "a speech in", "a visit to", "visiting",
    "a summit in", "a meeting in", "an interview in", "addressing",
)  # fmt: skip
# Words allowed between a reporting verb and the place it was said in ("said on Monday in Seoul").
SAID_IN_GAP = frozenset(
    "in at on monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)
INSTITUTION_PREPOSITIONS: frozenset[str] = frozenset()
# Words after a region's name ("Kursk region"), and the spellings a region name is also matched in.
REGION_WORDS = ("region", "oblast", "province", "krai", "district", "territory")
# Other ways news English romanizes what a gazetteer spells one way, at the end of a word
# ("Feodosiya" is written "Feodosia", "Velykyy" "Velykyi") or inside it ("Avdiyivka", "Avdiivka").
ROMANIZATION_ENDINGS = (("iya", "ia"), ("yy", "yi"), ("yi", "yy"))
ROMANIZATION_INFIXES = (("iyi", "ii"), ("'", ""), ("’", ""))
REGION_VARIANTS = (
    "region", "oblast", "province", "border region", "border area", "area", "areas", "direction", "sector",
    "border district", "region of Russia", "frontier",
)  # fmt: skip
# Nouns that announce a settlement's name ("the village of X").
SETTLEMENT_NOUNS = frozenset(
    "village villages town towns city cities settlement settlements hamlet outskirts".split()
)
# Words joining names that share one region noun ("Брянською та Курською областями").
PLACE_JOINERS = frozenset("and or".split())
# Nouns after a nation's adjective that make it name the country: "15 Ukrainian regions".
NATION_PLACE_NOUNS = frozenset(
    "regions oblasts provinces cities towns villages territory territories soil airspace coast waters".split()
)
# Words of a phrase naming a part of a place, between a preposition of place and the place's name
# ("in southern Lebanon", "in the east of Syria", "in the occupied territories of Ukraine") or after
# its possessive ("in Mali's north").
PLACE_PART_WORDS = frozenset(
    """the of territory territories part parts region regions area areas province provinces border borders
    outskirts coast coastal interior heart rest whole occupied north south east west northern southern
    eastern western central northeast northwest southeast southwest northeastern northwestern
    southeastern southwestern north-east north-west south-east south-west north-eastern north-western
    south-eastern south-western far""".split()
)
# A phrase that names again, after a preposition of place, a country the sentence named before.
COUNTRY_ANAPHORS = ("the country",)
# Words of handing goods over (not of sending people: "North Korea sent troops to Russia" puts only
# Russia there): a country just before or after one is where the goods come from or go to ("accused
# Iran of providing Russia with missiles", "Russia has received drones", "Iran's export of
# missiles"), not only a government. TRANSFER_GAP: words that may stand between the two.
TRANSFER_WORDS = frozenset(
    """supply supplies supplied supplying provide provides provided providing deliver delivers delivered
    delivering delivery deliveries export exports exported exporting transfer transfers transferred
    transferring shipped shipping shipment shipments receive receives received receiving acquire
    acquires acquired acquiring obtain obtains obtained obtaining buy buys bought buying purchase
    purchases purchased purchasing sell sells sold selling sale sales""".split()
)
TRANSFER_GAP = frozenset("s of has have had now also already been is was were will would may could".split())
# What joins a place's name to an actor it only says where is based: "a Kyiv-based monitor".
ACTOR_BASE_SUFFIXES = ("-based", "–based")
# Verbs of attack: a country right after one is where the attack happens ("the Houthis attacked
# Israel"), not the government (the attacker before it stays out).
TARGET_WORDS = frozenset(
    """attack attacks attacked attacking strike strikes struck striking hit hits hitting bomb bombs bombed
    bombing shell shells shelled shelling invade invades invaded invading raid raids raided raiding
    target targets targeted targeting pound pounds pounded pounding""".split()
)
# Auxiliaries of the passive: a country before one and a verb of attack was attacked ("Lebanon had
# been struck").
PASSIVE_AUXILIARIES = frozenset("is are was were been being".split())
# The words of a border between the preposition and the country on its far side: "near the border
# with Lebanon".
BORDER_PHRASES = ("border with", "borders with", "frontier with", "boundary with")
# A front's sector named after a town ("the Pokrovsk direction"): a gazetteer's village of a
# similar name before it is not what is meant (lemmas).
DIRECTION_NOUNS = frozenset({"direction", "axis", "sector"})
# Prepositions after which a capitalized name nobody knows is taken for a place to be placed by an
# analyst ("in Tinzaouatene", "near Kruglenkoye"); fewer than LOCATIVE_PREPOSITIONS: "to", "from",
# "on", "at" stand before people and bodies as often ("according to Smith", "at Reuters").
UNPLACED_PREPOSITIONS = frozenset("in near outside around towards toward".split())
# Names of languages: "posts in Hebrew" names no place (`unplaced.py` reads every lexicon word as no name).
LANGUAGE_NAMES = frozenset(
    "Azeri Hebrew Arabic Farsi Persian Spanish Portuguese Italian Turkish Hindi Urdu Pashto Dari Mandarin Cantonese Amharic Tigrinya Somali Swahili Hausa Tamashek Bambara English Russian Ukrainian Korean".split()
)
# Nouns of ships: a name right after one is the ship's ("the landing ship Novocherkassk", "крейсер
# «Москва»"), not the town it is named after (lemmas in Russian and Ukrainian).
VESSEL_NOUNS = frozenset(
    """ship ships vessel vessels cruiser frigate corvette submarine destroyer tanker carrier freighter
    warship flagship boat tug trawler bulker""".split()
)
