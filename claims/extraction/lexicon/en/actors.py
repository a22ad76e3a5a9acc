"""Who can speak in English text besides the registry's sources: groups, nations, titles, anaphors."""

# Demonyms, possessives and capitals that name a nation in "U.S. officials", "Kyiv's estimates".
NATIONS = {
    "us": "US", "u.s": "US", "american": "US", "washington": "US", "america's": "US",
    "ukrainian": "Ukrainian", "ukraine's": "Ukrainian", "ukraine": "Ukrainian", "kyiv": "Ukrainian",
    "kiev": "Ukrainian", "kyiv's": "Ukrainian", "south korean": "South Korean", "south korea's": "South Korean",
    "seoul's": "South Korean", "seoul": "South Korean", "western": "Western", "allied": "Western",
    "russian": "Russian", "russia's": "Russian", "moscow": "Russian", "moscow's": "Russian",
    "north korean": "North Korean", "north korea's": "North Korean", "pyongyang's": "North Korean",
    "british": "British", "uk": "British", "u.k": "British", "japanese": "Japanese", "european": "European",
    "eu": "European", "chinese": "Chinese", "nato": "NATO", "german": "German", "french": "French",
    "polish": "Polish", "belarusian": "Belarusian", "iranian": "Iranian", "iran's": "Iranian",
    "israeli": "Israeli", "israel's": "Israeli", "yemeni": "Yemeni", "turkish": "Turkish",
    "indian": "Indian", "syrian": "Syrian", "georgian": "Georgian", "moldovan": "Moldovan",
    # the other nations a war report names, by demonym, possessive and capital
    "tehran": "Iranian", "tehran's": "Iranian", "jerusalem": "Israeli",
    "beijing": "Chinese", "beijing's": "Chinese", "china's": "Chinese", "tokyo": "Japanese", "japan's": "Japanese",
    "london": "British", "london's": "British", "britain's": "British", "berlin": "German", "germany's": "German",
    "paris": "French", "france's": "French", "warsaw": "Polish", "poland's": "Polish", "ankara": "Turkish",
    "turkey's": "Turkish", "minsk": "Belarusian", "belarus's": "Belarusian", "saudi": "Saudi",
    "saudi arabia's": "Saudi", "riyadh": "Saudi", "emirati": "Emirati", "qatari": "Qatari", "egyptian": "Egyptian",
    "egypt's": "Egyptian", "cairo": "Egyptian", "jordanian": "Jordanian", "lebanese": "Lebanese",
    "iraqi": "Iraqi", "iraq's": "Iraqi", "baghdad": "Iraqi", "palestinian": "Palestinian", "greek": "Greek",
    "greece's": "Greek", "athens": "Greek", "italian": "Italian", "italy's": "Italian", "rome": "Italian",
    "spanish": "Spanish", "dutch": "Dutch", "danish": "Danish", "norwegian": "Norwegian", "swedish": "Swedish",
    "finnish": "Finnish", "estonian": "Estonian", "latvian": "Latvian", "lithuanian": "Lithuanian",
    "romanian": "Romanian", "hungarian": "Hungarian", "czech": "Czech", "slovak": "Slovak", "bulgarian": "Bulgarian",
    "canadian": "Canadian", "australian": "Australian", "pakistani": "Pakistani", "azerbaijani": "Azerbaijani",
    "armenian": "Armenian", "kazakh": "Kazakh", "serbian": "Serbian", "austrian": "Austrian", "swiss": "Swiss",
    "belgian": "Belgian", "irish": "Irish", "portuguese": "Portuguese", "brazilian": "Brazilian",
    "sudanese": "Sudanese", "libyan": "Libyan", "kuwaiti": "Kuwaiti", "omani": "Omani", "bahraini": "Bahraini",
    "eritrean": "Eritrean", "somali": "Somali", "djiboutian": "Djiboutian", "indonesian": "Indonesian",
    "filipino": "Filipino", "vietnamese": "Vietnamese", "taiwanese": "Taiwanese", "afghan": "Afghan",
}  # fmt: skip
# A nation's country, by the nation's English name: one table for every language (their lexicons
# map their own words to these names).
COUNTRY_OF_NATION = {
    "US": "United States", "Ukrainian": "Ukraine", "South Korean": "South Korea", "Russian": "Russia",
    "North Korean": "North Korea", "British": "United Kingdom", "Japanese": "Japan", "Chinese": "China",
    "Iranian": "Iran", "Israeli": "Israel", "Yemeni": "Yemen", "German": "Germany", "French": "France",
    "Polish": "Poland", "Belarusian": "Belarus", "Turkish": "Turkey", "Indian": "India", "Syrian": "Syria",
    "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Qatari": "Qatar", "Egyptian": "Egypt",
    "Jordanian": "Jordan", "Lebanese": "Lebanon", "Iraqi": "Iraq", "Greek": "Greece", "Italian": "Italy",
    "Spanish": "Spain", "Dutch": "Netherlands", "Danish": "Denmark", "Norwegian": "Norway", "Swedish": "Sweden",
    "Finnish": "Finland", "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania",
    "Romanian": "Romania", "Hungarian": "Hungary", "Czech": "Czech Republic", "Slovak": "Slovakia",
    "Bulgarian": "Bulgaria", "Canadian": "Canada", "Australian": "Australia", "Pakistani": "Pakistan",
    "Azerbaijani": "Azerbaijan", "Armenian": "Armenia", "Kazakh": "Kazakhstan", "Serbian": "Serbia",
    "Austrian": "Austria", "Swiss": "Switzerland", "Belgian": "Belgium", "Irish": "Ireland",
    "Portuguese": "Portugal", "Brazilian": "Brazil", "Sudanese": "Sudan", "Libyan": "Libya", "Kuwaiti": "Kuwait",
    "Omani": "Oman", "Bahraini": "Bahrain", "Eritrean": "Eritrea", "Somali": "Somalia", "Djiboutian": "Djibouti",
    "Indonesian": "Indonesia", "Filipino": "Philippines", "Vietnamese": "Vietnam", "Taiwanese": "Taiwan",
    "Afghan": "Afghanistan", "Georgian": "Georgia", "Moldovan": "Moldova", "Palestinian": "Palestine",
}  # fmt: skip
# Words that may stand between a nation and the group noun ("U.S. senior defense officials").
GROUP_MODIFIERS = frozenset(
    """senior military intelligence defence defense security government administration diplomatic army
    top unnamed anonymous high-ranking other several two three some many local regional state
    presidential independent pro-kremlin pro-russian pro-war war news press national federal frontline
    front-line city municipal provincial district""".split()
)
# Modifiers that make an official one of the head of state's office, which speaks for the
# government ("Ukraine's top presidential official").
HEAD_OF_STATE_MODIFIERS = frozenset({"presidential"})
# People who speak from where things happen, or of what they lived through, for no body: "medics in
# Gaza said", "Sudanese activists said", "a witness told Reuters", "the prisoners said". Each noun is
# its own unnamed group, named in the plural ("Medics (unnamed)", "North Korean prisoners (unnamed)").
WITNESS_NOUNS = frozenset(
    """medics doctors paramedics rescuers witnesses eyewitnesses residents activists volunteers survivors
    prisoners""".split()
)
_WITNESS_SINGULARS = {
    "medic": "medics", "doctor": "doctors", "paramedic": "paramedics", "rescuer": "rescuers",
    "witness": "witnesses", "eyewitness": "eyewitnesses", "resident": "residents", "activist": "activists",
    "volunteer": "volunteers", "survivor": "survivors", "prisoner": "prisoners",
}  # fmt: skip
# Group nouns and the kind of speaker they make: "officials" are anonymous officials, "media" media...
GROUP_NOUNS = {
    **dict.fromkeys("official officials".split(), "officials"),
    **dict.fromkeys("source sources".split(), "sources"),
    # people who speak on condition of anonymity, as news English names them
    **dict.fromkeys(
        """person familiar with the matter,people familiar with the matter,person familiar with the
        situation,people familiar with the situation,person with knowledge of the matter,people with
        knowledge of the matter,person briefed on the matter,people briefed on the matter,person close to
        the matter,people close to the matter""".replace("\n        ", " ").split(","),
        "sources",
    ),
    **dict.fromkeys(
        "media outlets,media reports,media report,press reports,news reports,news report".split(","), "media"
    ),
    "telegram channels": "bloggers",
    **dict.fromkeys(
        "intelligence estimates,intelligence reports,intelligence agencies,intelligence services".split(","),
        "intelligence",
    ),
    **dict.fromkeys(
        "diplomat diplomats representative representatives envoy ambassador".split(), "government"
    ),
    **dict.fromkeys("mission delegation embassy government authorities estimates side".split(), "government"),
    # "brushed aside South Korean assertions that ...": what a denial rejects, and whose it is
    **dict.fromkeys("assertions allegations accusations".split(), "government"),
    **dict.fromkeys("lawmaker lawmakers legislator legislators mps".split(), "lawmakers"),
    **dict.fromkeys("media outlets outlet press newspapers newspaper journalists reporters".split(), "media"),
    **dict.fromkeys("bloggers blogger channels channel".split(), "bloggers"),
    **dict.fromkeys("intelligence agencies services".split(), "intelligence"),
    **dict.fromkeys("commanders commander".split(), "commanders"),
    **dict.fromkeys("analysts experts".split(), "none"),
    **{noun: noun for noun in WITNESS_NOUNS},
    **_WITNESS_SINGULARS,
}
# The head of a body the registry names, as a text names them: "the Iranian foreign minister" speaks
# for the Iranian Foreign Ministry, "the Kharkiv governor" for the Kharkiv Regional Military
# Administration (read from every registry name: one line per kind of body, longest first).
BODY_TITLES = {
    "ministry": "minister", "department": "secretary", "regional military administration": "governor",
    "regional state administration": "governor", "regional administration": "governor",
    "oblast administration": "governor", "provincial government": "governor", "city authorities": "mayor",
    "city council": "mayor", "city administration": "mayor", "city hall": "mayor",
}  # fmt: skip
# Titles that stand before a person's name and are not part of it.
TITLES = frozenset(
    """president prime minister governor colonel general gen lt maj col capt spokesman spokesperson
    spokeswoman deputy secretary press commander chief head mr mrs ms dr ambassador envoy director
    adviser advisor senator sen rep representative lieutenant major admiral sergeant captain acting former
    foreign defence defense interior national security supreme leader ayatollah chancellor premier chairman
    chairwoman commissioner prosecutor commodore marshal rear vice brig brigadier adm king emir sheikh mayor""".split()
)
# People named by their trade, not an office ("war correspondent Alexander Kots", "analyst Jane
# Doe"): they speak for themselves; they stand before a name as titles do.
PROFESSIONS = frozenset(
    """journalist reporter correspondent blogger analyst expert researcher historian professor scholar
    commentator columnist propagandist volunteer""".split()
)
# Roles a person speaks in: "a spokesman for the Pentagon" speaks for the Pentagon.
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson head chief director minister representative adviser advisor
    secretary official officer commander envoy ambassador member deputy aide""".split()
)
# Pronouns and descriptions that point back to an earlier speaker, with the kinds they can mean.
# Prepositions that open what a title is about, between the body and the name ("the UN's rapporteur
# on torture Alice Edwards" is rare in English: none listed).
TITLE_COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset()
# Titles of a head of state: after a nation's adjective ("the Ukrainian leader", "российский
# президент") they name the registry's head of state of that country.
HEAD_OF_STATE_TITLES = frozenset({"president", "leader"})
# Branches of a nation's armed forces: where the registry knows no body by the branch's own name
# ("the Ukrainian navy", "Israel's army"), the nation's military speaks (the registry's "Ukrainian
# military"). Longest first. Not border or coast guards (often another ministry's), nor "forces"
# (who fights, not who speaks).
MILITARY_BRANCHES = (
    "armed forces", "air force", "air defence forces", "air defense forces", "naval forces", "ground forces",
    "marines", "navy", "army", "military",
)  # fmt: skip
MILITARY_BODY = "military"
ANAPHORS = {
    "he": ("person",), "she": ("person",), "they": (), "it": (), "him": ("person",),
    "agency": ("intelligence", "government"), "service": ("intelligence", "government"),
    "intelligence agency": ("intelligence",), "spy agency": ("intelligence",),
    "intelligence service": ("intelligence",), "ministry": ("government", "military"),
    "defence ministry": ("government", "military"), "defense ministry": ("government", "military"),
    "department": ("government", "military"), "military": ("state", "military", "government"),
    "army": ("state", "military"), "commander": ("military", "person"), "general": ("military", "person"),
    "newspaper": ("media",), "paper": ("media",), "journal": ("media",), "outlet": ("media",),
    "channel": ("media",), "broadcaster": ("media",), "blogger": ("media",),
    "spokesman": ("person",), "spokesperson": ("person",), "spokeswoman": ("person",), "official": (),
    "minister": ("person", "government"), "president": ("person", "head_of_state"), "statement": ("voice",),
    "defence minister": ("person", "government", "military"), "defense minister": ("person", "government", "military"),
    "foreign minister": ("person", "government"),
    "report": (), "office": (), "organisation": (), "organization": (), "alliance": (), "secretary": (),
    "secretary-general": (), "chief": (), "envoy": (), "diplomat": (), "lawmaker": (), "leader": (),
    "government": ("government",), "administration": ("government",), "prisoner": ("person",),
    "soldier": ("person",), "governor": ("person", "government"), "mayor": ("person",), "source": (),
    "sources": (), "officials": (), "country": (), "regime": (), "kremlin spokesman": ("government",),
    # the other descriptions news English gives a body it has named
    # a group that is no state's: "the group" after Hezbollah, never the Israeli army before it
    # ("nonstate": a body the registry calls military or other whose name names no state)
    "rebels": ("nonstate",), "rebel group": ("nonstate",), "group": ("nonstate",),
    "militants": ("nonstate",), "militant group": ("nonstate",), "militia": ("nonstate",),
    "movement": ("nonstate",), "insurgents": ("nonstate",), "armed group": ("nonstate",),
    "paramilitary group": ("nonstate",), "paramilitaries": ("nonstate",), "paramilitary force": ("nonstate",),
    "islamist group": ("nonstate",), "jihadist group": ("nonstate",), "armed movement": ("nonstate",),
    # a mission or force of an international organisation ("strict": only a body of that kind)
    "un mission": ("international", "strict"), "peacekeeping mission": ("international", "strict"),
    "un peacekeeping mission": ("international", "strict"), "peacekeeping force": ("international", "strict"),
    "un force": ("international", "strict"), "observer mission": ("international", "strict"),
    "monitoring mission": ("international", "strict"), "un agency": ("international", "strict"),
    "news agency": ("media",), "state news agency": ("media",), "state media": ("media",),
    "firm": ("other",), "shipping company": ("other",), "shipping firm": ("other",),
    "operator": ("other",), "owner": ("other",), "manager": ("other",), "shipowner": ("other",),
    "grid operator": ("other",), "utility": ("other",), "energy company": ("other",),
    "security firm": ("other",), "think tank": ("other",), "institute": ("other",), "monitor": ("other",),
    "watchdog": ("other", "international"), "observatory": ("other",),
    "air force": ("military",), "navy": ("military",), "forces": ("military",),
    "armed forces": ("military",), "general staff": ("military",), "force": ("military",),
    "emergency service": ("government",), "emergency services": ("government",), "police": ("government",),
    "authorities": ("government",), "mission": ("government", "international"), "embassy": ("government",),
    "council": ("government", "international"), "coalition": ("international", "military"),
    "bloc": ("international",), "body": (), "mayor's office": ("government",),
    "spokesperson's office": (), "press office": (), "press service": (), "channel's": ("media",),
}  # fmt: skip
ANAPHOR_DETERMINERS = frozenset("the its his her".split())
# Anaphors that stand for a speaker only when they open the sentence: none listed yet.
OPENING_ANAPHORS: frozenset[str] = frozenset()
# The words that tie an unnamed source to the body named right after them, read on lemmas (Russian,
# Ukrainian); English reads them in its group patterns (PLACE_TAIL_PREPOSITIONS).
SOURCE_TIES: tuple[str, ...] = ()
# Words in a body's name that make it a state's (with the nations and their countries): "the
# army" after "Sudanese Armed Forces" and the RSF is the former.
STATE_NAME_WORDS = frozenset("armed army navy ministry government defence defense junta".split())
# "citing the country's intelligence agency": the nation named last before it.
OWN_COUNTRY_PHRASES = ("the country's", "the nation's")
POSSESSIVE_STATEMENTS = frozenset("statement report spokesman spokesperson spokeswoman office".split())
# Words in an unknown name that make it a medium, a government body or a military unit.
MEDIA_NAME_WORDS = frozenset(
    """post times news journal agency tv radio telegraph guardian herald daily press media telegram
    channel gazette tribune wire insider week monitor review express mail sun mirror independent
    standard observer economist pravda gazeta vesti kanal""".split()
)
ORG_NAME_WORDS = {
    **dict.fromkeys("institute organisation organization council centre center foundation fund union committee".split(),
                    "international"),
    **dict.fromkeys("ministry department office governor administration government parliament".split(),
                    "government"),
    **dict.fromkeys("army forces command brigade regiment battalion staff guard navy air".split(), "military"),
}  # fmt: skip
# Capitalized words that begin a sentence or a clause and are no name.
NOT_NAMES = frozenset(
    """analysts experts observers critics it this that these those they he she we i you there here but
    however meanwhile also then and or so yet still later earlier on in at by for since after before
    while when if as the a an what which who where why how today yesterday some many several other both
    all each monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december according citing quoting reports report
    officials sources media id speaking asked responding commenting writing addressing answering
    referring reacting replying""".split()
)
# Written in capitals in text: "U.S. officials", "NATO diplomats".
NATION_ACRONYMS = frozenset("us u.s uk u.k eu nato".split())
# Without a nation: "officials said", "a source in Kyiv", "media reports", "military bloggers".
BARE_GROUP_NOUNS = (
    "officials", "official", "sources", "source", "media reports", "media report", "press reports",
    "news reports", "news report", "reports", "report", "media", "bloggers", "telegram channels", "diplomats",
    "lawmakers", "authorities", "person familiar with the matter", "people familiar with the matter",
    "person familiar with the situation", "people familiar with the situation",
    "person with knowledge of the matter", "people with knowledge of the matter",
    "person briefed on the matter", "people briefed on the matter",
    *sorted(WITNESS_NOUNS), *sorted(_WITNESS_SINGULARS),
)  # fmt: skip
# "local authorities said", "the authorities said": an unnamed government, local or not.
AUTHORITY_NOUNS = frozenset({"authorities"})
LOCAL_MODIFIERS = frozenset("local regional city municipal provincial district".split())
AUTHORITY_LABELS = {True: "Local authorities (unnamed)", False: "Authorities (unnamed)"}
# A registry source whose name holds one of these and a place ("Kursk regional administration", "Kyiv
# city authorities", "Metula local council") governs that place: what it says happened there unless
# its claim names a place. With a regional word, the place is the region ("Kursk region"), not the
# city of the same name. (Registry names are read as written: a Cyrillic name would need its place
# in the nominative.)
LOCAL_BODY_WORDS = frozenset("administration authorities council mayor municipality governor".split())
REGIONAL_BODY_WORDS = frozenset("regional region oblast provincial province governor".split())
BARE_DETERMINERS = frozenset("a an the two three several some many other one".split())
# "a source in the Ukrainian military", "officials familiar with the matter".
PLACE_TAIL_PREPOSITIONS = ("in", "from", "close to", "within", "at", "familiar with")
# People who speak for the body named right before or after them: "a Pentagon source", "Hamas
# officials", "a source in Ukrainian intelligence", "officials close to the Kremlin".
BODY_PEOPLE_NOUNS = frozenset("source sources official officials insider insiders".split())
BODY_WORDS = frozenset(
    """military army government ministry forces intelligence administration command authorities
    movement group militia party services structures agencies""".split()
)
# What an unnamed group is called, by role ({nation} is filled in, or dropped for a bare group).
GROUP_LABELS = {
    "officials": "{nation} officials (unnamed)", "sources": "{nation} officials (unnamed)",
    "media": "{nation} media", "bloggers": "{nation} military bloggers",
    "intelligence": "{nation} intelligence (unnamed)", "government": "{nation} government",
    "lawmakers": "{nation} lawmakers", "commanders": "{nation} commanders (unnamed)",
    **{noun: f"{{nation}} {noun} (unnamed)" for noun in WITNESS_NOUNS},
}  # fmt: skip
# Words that may stand between a speaker and its verb ("Peskov also told reporters on Monday").
# A relative clause between a speaker and its verb may be long ("The military, which has been trading
# fire with the group since the war began in October, declined to comment").
RELATIVE_PRONOUNS = frozenset("which who whose".split())
# Relatives that open a clause with no comma before it ("channels that track the military, said").
RESTRICTIVE_RELATIVES = frozenset("that which who".split())
# A participle opening an aside between a speaker and its verb ("Lin Jian, asked at a briefing in
# Beijing about the troops, said"): the aside may be as long as a relative clause.
ASIDE_OPENERS = frozenset(
    "asked speaking commenting responding answering replying writing addressing talking interviewed quoted".split()
)
GAP_WORDS = frozenset(
    """has have had also later earlier previously now then again already first further publicly separately
    recently officially formally subsequently initially not did does do could would will can cannot didn't
    doesn't hasn't haven't t been was were is are neither never nor either which who whose on in at a an
    the this its his her their s last week night year month today yesterday tonight morning evening
    afternoon monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec officials official spokesman spokesperson spokeswoman spokesmen statement press service office
    secretary deputy chief head representative representatives telegram channel account post page
    website briefing agency ministry department however meanwhile though too still so far thus for part own x
    twitter facebook online social media note email video address interview reports report sources
    outlets tv television radio conference hearing separate official's own newly also once repeatedly
    reportedly just late early both all only in-person nightly daily weekly regular joint written
    earlier-reported flatly categorically strongly firmly vehemently swiftly quickly immediately promptly
    sharply angrily bluntly openly explicitly privately directly indirectly tacitly implicitly briefly
    emphatically partially partly independently overnight evening midday weekend advisory update alert
    consistently persistently adamantly steadfastly vigorously resolutely outright long always even
    bulletin communique announcement readout notice assessment tally release message summary latest
    intelligence figures estimates estimate count""".split()
)
# Words stripped from the front of an unknown name ("President", "the", "Lt. Gen.").
NAME_PREFIX_WORDS = frozenset(
    """president prime minister minister governor colonel general gen gen. lt lt. maj maj. col col. capt
    spokesman spokesperson spokeswoman deputy secretary press commander chief head mr mrs ms dr mr. mrs.
    ms. dr. ambassador envoy director adviser advisor senator sen. rep. representative lieutenant major
    admiral sergeant captain acting former foreign defence defense interior national security supreme leader
    ayatollah chancellor premier chairman chairwoman commissioner prosecutor commodore marshal rear vice brig
    brig. brigadier adm adm. king emir sheikh mayor the a an
    but however meanwhile also then and or so yet still later earlier on in at by for since after before
    while when if as this that these those it its his her their they he she we i you what which who
    where why how there here today yesterday according citing quoting""".split()
)
# Words after a name that are not part of it ("Peskov has also", "the ministry on Monday").
NAME_TAIL_WORDS = frozenset(
    """has have had also later earlier previously now then again already not did does do could would will
    can cannot publicly separately recently officially first on in at the last this week monday tuesday
    wednesday thursday friday saturday sunday today yesterday night so far thus even reportedly repeatedly""".split()
)
# Words that join speakers of one verb: "The US and South Korea said".
COORDINATORS = ("and", "or", "as well as")
# Partners named with a speaker and no name of their own ("Ukraine and its allies say"): the named
# speaker speaks; the partners are nobody the report names.
ALLY_NOUNS = frozenset("allies partners backers supporters".split())
ALLY_POSSESSIVES = frozenset("its their".split())
# The nation of a body a report names with none ("в розвідці"): Ukrainian-language press names its
# own country's bodies bare; English and Russian-language reports leave it open.
UNSTATED_NATION: str | None = None

# Concepts the Cyrillic stages read and English does not need (English reads interviews, media and
# group phrases through its own patterns): empty, so that every lexicon holds the same concepts.
VERB_ADVERBS: frozenset[str] = frozenset()
UNSTATED_OFFICES: tuple[str, ...] = ()
GROUP_PHRASES: dict[str, str] = {}
INTERVIEW_WORDS: frozenset[str] = frozenset()
MEDIUM_SOURCE_NOUNS: frozenset[str] = frozenset()
MEDIUM_NOUNS: frozenset[str] = frozenset()

# Read by the Cyrillic groups only (a body, then its country in the genitive); English names its
# country first ("Britain's defence ministry", `mentions._add_bodies_of_nations`).
COUNTRY_BODIES: dict[str, tuple[str, tuple[str, ...]]] = {}
COUNTRY_GENITIVES: dict[str, tuple[str, ...]] = {}
