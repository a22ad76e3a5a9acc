"""English numbers: number words, scales, qualifiers and the nouns a number counts.

Every language's `numbers` module defines the same constants; `figures.py` reads nothing else.
Keys are lower-case words as written (English) or pymorphy3 lemmas (Russian, Ukrainian); a key of
several words is written with single spaces and matched word by word.

NUMBER_WORDS      word -> value ("twelve" -> 12); compounds are summed ("twenty-five", "two hundred
                  and fifty"), a following scale multiplies ("four thousand").
SCALES            word -> factor, written after a number ("thousand", "million", "тыс.").
SUFFIX_SCALES     letters glued to digits that scale them ("10k", "$1.5bn"); only when glued.
FRACTIONS         word -> value for "one and a half" words ("полторы" -> 1.5); one below 1 ("half")
                  is a number only before a scale, with or without "a": "half a dozen", "half a million".
ONE_BEFORE_SCALE  words that stand for 1 before a scale ("a thousand", "a dozen").
HALVES            phrases after a number word that add a half ("две с половиной тысячи"); as written.
NUMBER_JOINERS    words allowed inside a spelled-out number ("two hundred and fifty").
VAGUE             plural scales that are not a figure ("dozens", "hundreds of soldiers").
VAGUE_BEFORE      words before a scale that make it vague: "a few hundred", "several thousand",
                  "a couple of hundred", "несколько тысяч" (and a scale after one such: "several
                  hundred thousand").
QUALIFIERS        phrase before a number -> about / up_to / at_least / more_than / less_than / nearly.
QUALIFIERS_AFTER  phrase right after a number (or glued to it by a hyphen) -> the same kinds:
                  "300-plus", "300+", "двести с лишним", "двісті з гаком".
SIZE_WORDS        a word glued to a number by a hyphen that makes it the size of what follows: "a
                  23-member crew" is 23 crew, "a 300-strong unit".
RANGE_JOINERS     words or dashes between the two ends of a range ("10,000 to 12,000").
RANGE_OPENERS     word before the low end -> the joiner it expects ("between ... and ...").
PARTITIVES        "80 of 100 drones": the first number counts in the unit of the second.
MORE_WORDS        "two more": a bare number takes the unit of the figure before it.
MORE_BEFORE       "11,000 troops and another 3,000", "a further 20": a bare number after one of these
                  words adds to the figure before it, in its unit.
BASELINE_WORDS    "12,000 troops, up from 10,000": a bare number after one of these phrases is the
                  figure before it at another time, in its unit.
PART_PRONOUNS     "three of them": after a partitive, a pronoun standing for the figure before.
COUNTED_NOUNS     noun (or symbol, or two-word noun) -> unit ("troops" -> "soldiers", "$" -> "usd").
MODIFIERS         generic words that may stand between a number and its noun ("additional",
                  "infantry", "ballistic"); capitalised words (names, nationalities) and words
                  with an ADJECTIVE_ENDINGS ending are skipped too.
ADJECTIVE_ENDINGS endings of adjectives that may stand between a number and its noun (Cyrillic;
                  English participles: "1.5 million displaced people").
CASUALTY_WORDS    word -> casualty unit (killed, wounded, missing, prisoners, killed_or_wounded).
                  Next to a person noun (or a bare number) it replaces the unit: "50 soldiers were
                  killed" is 50 killed; "lost 4,000 soldiers" is 4,000 killed_or_wounded.
INTERCEPT_WORDS   "shot down", "intercepted", "сбиты", "збито". Interception is what happened to
                  what was counted, not a unit: "80 drones were shot down" stays 80 "drones".
                  A bare number next to one of these words ("80 were shot down", "shot down 80")
                  takes the unit of the nearest munitions figure of the sentence.
LINK_WORDS        auxiliaries and conjunctions that may stand between a count and its casualty
                  word ("were", "had been", "and").
CLAUSE_BREAKS     words that end the search for a casualty word ("where", "but").
RELATIVES         "soldiers who had been captured": after one of these only LINK_WORDS may stand
                  before the casualty word.
TALLY_WORDS       "put the dead at nine": a word between a casualty word and the bare number it counts.
COUNT_NOUNS       "the number of soldiers ... at 11,000": the unit comes from the words after it.
MULTIPLIER_BEFORE "в три раза больше": words right before a number of "times" (the unit) that make
                  it a multiplier, not a count of repeats ("struck 14 times").
MULTIPLIER_AFTER  the same, right after "times": "three times more", "ten times the size".
YEAR_WORDS        words before a year ("in 2024"): such a number is never a figure.
AGE_WORDS         words right before a number (or a list of them) that make it an age: "aged 5 and
                  7", "в возрасте 5 и 7 лет", "віком 19 років". An age is never a figure.
CALIBRE_WORDS     a number right before or after one of these is a calibre ("152 mm", "калибра 152").
DISPLACEMENT_WORDS words of flight next to a bare number that make it a count of people ("displaced
                  about 12 million", "2 million have fled", "из них 41 тыс. уже выехали").
SPLIT_JOINERS     "and" words: "41 dead, 30 in Kadugli and 11 in Dilling" - a bare number after a
                  comma, a colon or one of these, a few words after a figure, and followed by a
                  place (SPLIT_FOLLOWERS, LINK_WORDS, punctuation), is a part of that figure, in its unit.
SPLIT_FOLLOWERS   prepositions of place (the places lexicon's): "20 in the south", "15 по Белгороду".
UNIT_CATEGORIES   unit -> category (personnel, casualties, equipment, munitions, distance, money,
                  other); the same table in every language.
"""

from .actors import NATIONS as _NATIONS
from .places import LOCATIVE_PREPOSITIONS as _LOCATIVE_PREPOSITIONS

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
}  # fmt: skip
SUFFIX_SCALES = {"k": 1000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
FRACTIONS = {"half": 0.5}
ONE_BEFORE_SCALE = frozenset(("a", "an"))
HALVES: tuple[str, ...] = ()  # "two and a half thousand" is rare in English news: not read
NUMBER_JOINERS = frozenset(("and",))
VAGUE = frozenset(("dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"))
VAGUE_BEFORE = frozenset(("few", "several", "many", "couple"))

QUALIFIERS = {
    **dict.fromkeys(
        ("about", "around", "approximately", "approx", "approx.", "c.", "ca.", "roughly", "some", "an estimated",
         "estimated", "circa", "~", "almost exactly"),
        "about",
    ),
    **dict.fromkeys(("up to", "as many as", "as much as", "at most", "a maximum of", "maximum of"), "up_to"),
    **dict.fromkeys(
        ("at least", "no fewer than", "no less than", "not less than", "a minimum of"), "at_least"
    ),
    **dict.fromkeys(
        ("more than", "over", "upwards of", "in excess of", "above", "exceeding", "well over"), "more_than"
    ),
    **dict.fromkeys(("less than", "fewer than", "under", "below", "no more than"), "less_than"),
    **dict.fromkeys(("nearly", "almost", "close to", "just under"), "nearly"),
}  # fmt: skip
SIZE_WORDS = frozenset(("member", "strong", "man", "person"))
QUALIFIERS_AFTER = {"plus": "more_than", "+": "more_than", "odd": "more_than", "or more": "at_least"}
RANGE_JOINERS = frozenset(("-", "–", "—", "to", "or"))
RANGE_OPENERS = {"between": "and", "from": "to"}
PARTITIVES = frozenset(("of", "out of"))
MORE_WORDS = frozenset(("more", "others", "other", "additional", "further"))
MORE_BEFORE = frozenset(("another", "additional", "further", "extra"))
BASELINE_WORDS = frozenset(("up from", "down from", "compared with", "compared to", "versus", "vs"))
PART_PRONOUNS = frozenset(("them", "these", "those", "which", "whom"))

_PERSON = {
    "soldiers": """soldier soldiers troops trooper troopers servicemen serviceman servicemembers
        servicemember personnel fighters militants deserters recruits mercenaries paratroopers marines
        commandos infantrymen conscripts reservists sappers snipers pilots men guardsmen gunmen insurgents
        rebels jihadists combatants volunteers partisans saboteurs operatives gunners crewmen airmen
        contingent contingents force forces detachment detachments operators""",
    "officers": """officer officers commanders commander advisers advisors adviser advisor instructors
        instructor trainers""",
    "generals": "general generals",
    "people": """people persons person civilians civilian residents children child women woman girls girl
        boys boy individuals
        sailors seafarers crew passengers guards hostages victims minors teenagers adults infants babies
        toddlers pensioners students pupils patients doctors medics paramedics nurses rescuers firefighters
        refugees evacuees migrants inhabitants worshippers families citizens
        nationals villagers pedestrians members peacekeepers policemen photographers protesters
        demonstrators schoolgirls schoolboys schoolchildren diplomats inspectors idps idp""",
    "workers": """worker workers labourers laborers builders engineers technicians specialists
        contractors employees staff staffers""",
    "prisoners": "prisoners prisoner captives pows detainees inmates",
}
_THINGS = {
    "drones": "drone drones uavs uav shaheds shahed uas quadcopters quadcopter gerans geran usv usvs",
    "missiles": "missile missiles interceptors interceptor asbm asbms ascm ascms atgm atgms manpads atacms",
    "rockets": "rocket rockets",
    "projectiles": "projectiles projectile",
    "munitions": "munitions munition",
    "shells": "shell shells rounds",
    "bombs": "bomb bombs kabs",
    "tanks": "tank tanks abrams leopards",
    "aircraft": "aircraft planes plane jets jet warplanes warplane bombers bomber",
    "sorties": "sorties sortie flights",
    "helicopters": "helicopter helicopters",
    "ships": """ship ships vessels vessel boats boat tankers tanker destroyers destroyer frigates frigate
        warships warship corvettes corvette submarines submarine carriers carrier cruisers cruiser
        freighters freighter minesweepers skiffs dhows""",
    "vehicles": """vehicle vehicles trucks truck cars car apcs ifvs humvees lorries buses bus ambulances
        tractors""",
    "artillery": "howitzers howitzer guns mortars",
    "launchers": "launchers launcher himars mlrs",
    "batches": "batch batches shipment shipments consignment consignments",
    "km": "km kilometres kilometers kilometre kilometer",
    "miles": "miles mile",
    "nautical_miles": "nm",
    "metres": "metres meters metre meter",
    "usd": "$ us$ dollars dollar usd",
    "eur": "€ euros euro eur",
    "gbp": "£ gbp",
    "rub": "₽ rubles roubles ruble rouble",
    "uah": "₴ hryvnias hryvnia uah",
    "settlements": "villages village settlements settlement towns hamlets townships",
    "convoys": "convoys convoy",
    "buildings": """buildings building houses homes blocks high-rises schools school hospitals hospital
        kindergartens churches shops warehouses hangars structures dwellings apartments flats""",
    "households": "households household consumers customers subscribers",
    "tonnes": "tonnes tonne tons ton",
    "kg": "kg kilograms kilogram kilos",
    "percent": "% percent",
    "barrels": "barrels barrel",
    "containers": "containers teu",
    "formations": "battalions battalion brigades brigade divisions regiments regiment",
    "strikes": "strikes airstrikes airstrike attacks raids",
    "incidents": "incidents incident cases episodes violations",
    "clashes": "clashes clash engagements firefights skirmishes battles",
    "launches": "launches launch",
    "devices": "devices device pagers pager radios walkie-talkies",
    "regions": "regions oblasts provinces",
    "sites": """facilities facility sites locations substations substation targets depots depot bases
        airfields airfield bridges bridge""",
    "reactors": "reactors reactor",
    "power_lines": "lines line",
    "generators": "generators generator",
    "explosions": "explosions explosion blasts detonations",
    "litres": "litres litre liters liter",
    "hectares": "hectares hectare",
    "times": "times",
}
COUNTED_NOUNS = {
    **{word: unit for unit, words in _PERSON.items() for word in words.split()},
    **{word: unit for unit, words in _THINGS.items() for word in words.split()},
    # Two words, matched before one.
    "special forces": "soldiers", "service members": "soldiers", "service member": "soldiers", "prisoners of war": "prisoners",
    "armoured vehicles": "vehicles", "armored vehicles": "vehicles", "artillery systems": "artillery",
    "artillery pieces": "artillery", "rocket launchers": "launchers", "fighter jets": "aircraft",
    "nautical miles": "nautical_miles", "crew members": "people", "police officers": "people", "residential buildings": "buildings",
    "power plants": "sites", "power plant": "sites", "power stations": "sites", "power station": "sites",
    "pieces of equipment": "vehicles", "pieces of military equipment": "vehicles",
    "units of equipment": "vehicles", "units of military equipment": "vehicles",
    "unmanned aerial vehicles": "drones", "aerial vehicles": "drones", "loitering munitions": "drones",
    "air defence systems": "air_defence", "air defense systems": "air_defence", "aid workers": "workers",
    "rescue workers": "workers", "medical workers": "workers", "health workers": "workers",
    "container ships": "ships", "bulk carriers": "ships", "armoured personnel carriers": "vehicles",
    "armored personnel carriers": "vehicles", "infantry fighting vehicles": "vehicles", "bodies": "killed",
    "private houses": "buildings", "per cent": "percent", "apartment blocks": "buildings", "apartment buildings": "buildings",
    "power units": "reactors", "power unit": "reactors", "reactor units": "reactors", "square kilometres": "km2",
    "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2", "square miles": "mi2", "sq mi": "mi2",
    # "10,000 North Koreans", "two Israelis": a nation's people in the plural (not "Chinese": an adjective too)
    **{f"{nation}s": "people" for nation in _NATIONS if nation.endswith(("an", "i")) and "'" not in nation},
}  # fmt: skip

MODIFIERS = frozenset(
    """more additional new other extra elite special enemy foreign regular active active-duty combat
    military army infantry construction their its his her these those such young trained armed frontline
    front-line ballistic cruise attack kamikaze armoured armored long-range short-range air defence defense
    mortar field further reported confirmed estimated alleged suspected possible total overall
    unmanned suicide strike reconnaissance guided artillery battle main tactical heavy light energy
    infrastructure innocent merchant commercial cargo critical apartment multi-storey aerial glide gliding
    loitering surface anti-ship anti-aircraft anti-tank surface-to-air air-to-surface hypersonic supersonic
    naval patrol container oil chemical private residential civilian local elderly underage fpv
    self-propelled towed precision-guided aid humanitarian relief fuel food water medical multiple
    diesel backup emergency power transmission high-voltage external off-site transport internally""".split()
)
ADJECTIVE_ENDINGS = ("ed",)  # "1.5 million displaced people", "300 trained pilots"

CASUALTY_WORDS = {
    **dict.fromkeys(
        "killed killing dead death deaths died fatalities slain eliminated liquidated killed-in-action".split(),
        "killed",
    ),
    **dict.fromkeys("wounded wounding injured injuring injuries hurt".split(), "wounded"),
    **dict.fromkeys("missing unaccounted".split(), "missing"),
    **dict.fromkeys("captured capture captures capturing prisoner prisoners captives pows".split(), "prisoners"),
    **dict.fromkeys("casualties losses lost lose loses losing suffered".split(), "killed_or_wounded"),
    "taken prisoner": "prisoners", "took prisoner": "prisoners", "taken captive": "prisoners",
    "went missing": "missing", "not been seen": "missing", "killed or wounded": "killed_or_wounded",
    "killed and wounded": "killed_or_wounded", "dead and wounded": "killed_or_wounded",
    "kia": "killed", "perished": "killed", "shot dead": "killed", "wia": "wounded", "mia": "missing",
}  # fmt: skip
INTERCEPT_WORDS = frozenset(
    "intercepted intercept downed neutralised neutralized repelled destroyed".split() + ["shot down"]
)
LINK_WORDS = frozenset(
    """were was have has had are is been being be reportedly also all already now believed thought said
    to in action and or were later have been as many of them still remain remains remained""".split()
)
CLAUSE_BREAKS = frozenset("when where while but after before since because if including".split())
RELATIVES = frozenset("who which that".split())
TALLY_WORDS = frozenset(
    """at average averaged averages stood stands reached rose climbed totalled totaled numbered exceeded topped
    exceed exceeds reach reaches""".split()
)
COUNT_NOUNS = frozenset("number total count tally toll estimate estimates".split())
MULTIPLIER_BEFORE: frozenset[str] = frozenset()
MULTIPLIER_AFTER = frozenset(
    "more less fewer as larger bigger higher greater smaller longer faster cheaper the".split()
)
YEAR_WORDS = frozenset("in since of by until during from year early late mid".split())
AGE_WORDS = frozenset(("aged", "age", "ages"))
CALIBRE_WORDS = frozenset(("mm", "millimetre", "millimeter", "calibre", "caliber"))
DISPLACEMENT_WORDS = frozenset(
    """displaced displace displacing fled flee fleeing evacuated evacuate evacuating uprooted relocated
    resettled""".split()
)
SPLIT_JOINERS = frozenset(("and",))
SPLIT_FOLLOWERS = _LOCATIVE_PREPOSITIONS

UNIT_CATEGORIES = {
    **dict.fromkeys(("soldiers", "officers", "generals", "people", "workers"), "personnel"),
    **dict.fromkeys(("killed", "wounded", "missing", "prisoners", "killed_or_wounded"), "casualties"),
    **dict.fromkeys(
        ("tanks", "aircraft", "helicopters", "ships", "vehicles", "artillery", "launchers", "air_defence"),
        "equipment",
    ),
    **dict.fromkeys(("drones", "missiles", "rockets", "shells", "bombs", "projectiles", "munitions"), "munitions"),
    **dict.fromkeys(("km", "miles", "nautical_miles", "metres"), "distance"),
    **dict.fromkeys(("usd", "eur", "gbp", "rub", "uah"), "money"),
    **dict.fromkeys(
        ("settlements", "formations", "buildings", "strikes", "incidents", "launches", "devices", "regions", "sites", "sorties", "households",
         "tonnes", "barrels", "containers", "kg", "percent", "batches", "reactors", "power_lines", "generators",
         "explosions", "litres", "hectares", "times", "km2", "mi2", "convoys", "clashes"),
        "other",
    ),
}  # fmt: skip
