"""English words the stages use to judge a sentence: is it an event, an opinion, a condition?

Single words are matched on lower-case words or their lemmas; entries ending in "*" are prefixes.
"""

STOP_WORDS = frozenset(
    """the a an of to in on and or that is was were be been has have had by for with as at from it its
    this their they he she said says told reported also would will could this these those there about
    after before while""".split()
)
# Words that make a sentence about something happening (not an opinion about it).
EVENT_WORDS = frozenset(
    """sent send sending deployed deploy deploying deployment arrived moved killed wounded captured fought
    fighting trained training stationed attack* struck strike casualt* losses lost died dead participat*
    took part dispatched dispatch transferred engaged clash* battle* assault* launched launch fired fire
    shot intercepted downed hit destroyed damaged seized struck pounded shelled bombed bombarded
    raided exploded sank sunk hijacked boarded injured crashed evacuated recaptured ambushed torpedoed ablaze
    shelling shells bombing* airstrike* explosion* blast* battling destruction destroy wrecked wrecking""".split()
)
# Judgements: a sentence made of these and no event or figure is evaluation, not a claim.
EVALUATION_WORDS = frozenset(
    """illegal unlawful criminal violat* breach escalation dangerous desperation desperate shameful
    unacceptable heroes heroism heroic provocation outrageous barbaric reckless grateful appreciate
    condemn* disgrace cowardly brave unreasonable irresponsible unjustified unjustifiable intolerable
    inhumane vile despicable heinous abhorrent atrocious monstrous cynical deplorable aggression
    hypocrisy hypocritical unbearable genocide genocidal mistake thank* condolence* mourn* tribute""".split()
)
# Nouns that make a judgement word before them a legal term ("a criminal case", "criminal charges"):
# a case opened is something that happened, not an opinion.
LEGAL_NOUNS = frozenset(
    "case cases investigation investigations proceedings charge charges probe inquiry code".split()
)
# Words of a relationship between states: a sentence made of these and no event or figure is a
# statement about the alliance in general ("we are developing our relations in all areas").
RELATION_WORDS = frozenset(
    """relation relations relationship relationships tie ties partner partners partnership
    cooperation alliance ally allies treaty pact neighbour neighbor friendship""".split()
)
EVALUATION_PHRASES = (
    "threat to", "must end", "must stop", "should be", "a disgrace",
    # what ought to be, not what is ("it is essential that the plant has enough staff")
    "essential that", "vital that", "crucial that", "imperative that", "must be held", "never forget",
    # a judgement by a legal name ("a war crime", "crimes against humanity")
    "war crime", "crimes against humanity",
)  # fmt: skip
# What ought to be, not what is ("it is essential that the plant has enough staff"): with no event
# named, an opinion wherever it is said to be.
OUGHT_PHRASES = (
    "essential that", "vital that", "crucial that", "imperative that", "important that", "necessary that",
)  # fmt: skip
# What a place is, not what happens there ("Crimea is Ukrainian territory", "an integral part of
# Ukraine"): a place, a copula, then one of these within a few words states the place's status.
STATUS_WORDS = frozenset("territory territories integral sovereign".split())
# A copula between the place and its status word ("is", "was").
STATUS_LINKS = frozenset({"be", "will"})
# Openers that turn to another subject ("Meanwhile, Ukraine said ..."): what follows is no part
# of the scene before it.
# The writer's aside ("For comparison, the whole region covers ..."): what follows is no speaker's.
ASIDE_OPENERS = ("for comparison", "by comparison", "in comparison", "for reference")
SUBJECT_SHIFT_OPENERS = (
    "meanwhile",
    "separately",
    "elsewhere",
    "in other news",
    "for its part",
    "for their part",
)
# Openers of the journalist's background to a statement ("..., Peskov said amid reports that troops
# were sent"): what follows them is not what the speaker said.
BACKGROUND_OPENERS = (
    "amid reports", "amid claims", "amid speculation", "amid concerns", "amid fears", "amid growing",
    "amid mounting", "amid rising", "amid allegations",
)  # fmt: skip
# A bare condition ("if X, they would Y") states nothing.
CONDITION_MARKERS = frozenset("if unless".split())
CONDITION_MODALS = frozenset("would could might".split())
# "any attack on the city would be catastrophic": a determiner of whatever may come, then a modal -
# a condition without "if" (not "at any time", "any longer": the words after it that are no act).
HYPOTHETICAL_DETERMINERS = frozenset({"any"})
NOT_HYPOTHETICAL_AFTER = frozenset("time day moment minute hour longer more case way".split())
# "Should these troops engage in combat, they would become targets": a condition by inversion - one
# of these auxiliaries opening a clause, its subject next (a determiner, a pronoun or a name).
INVERTED_CONDITION_OPENERS = frozenset("should were had".split())
INVERTED_SUBJECTS = frozenset(
    "the these those this that they he she it we you any such a an north russia".split()
)
# "that giving missiles to Russia would ...": a gerund after "that" names an act, a condition.
GERUND_ENDING = "ing"
NOT_GERUNDS = frozenset("nothing something anything everything during according thing king morning".split())
# "These units ...", "Such figures ...": a sentence carrying on the previous speaker's account.
# Words before an event that make it one already told ("the strike", "this attack"); a language
# without articles (empty) tells no such event from a new one by its words.
DEFINITE_DETERMINERS: frozenset[str] = frozenset("the this that these those its".split())
CONTINUATION_DETERMINERS = frozenset("these those such same".split())
CONTINUATION_NOUNS = frozenset(
    """unit units troops soldiers forces men fighters figure figures number numbers personnel servicemen
    casualties losses deaths prisoners report reports estimate estimates data information battalion
    battalions brigade brigades contingent contingents deployment deployments""".split()
)
# "the reports", "these claims": the sentence points back at what came before.
# A reply to the account before it ("Kyiv, in turn, accuses Moscow of ..."): about the same thing.
# ("for its part", "в свою очередь" often turn to another subject: not these.)
REPLY_PHRASES = ("in turn", "in response", "in reply")
BACK_REFERENCE_NOUNS = frozenset(
    """claim claims report reports allegation allegations information figure figures estimate estimates
    assessment assessments deployment deployments troops soldiers units forces casualties losses
    prisoners fighters""".split()
)
# Words that may stand between a reporting verb and its "that" ("said on Monday at a briefing that").
LEAD_WORDS = frozenset(
    """on in at after before during to by for with of from the a an its his her their this last late early
    earlier later monday tuesday wednesday thursday friday saturday sunday today yesterday week month
    reporters journalists lawmakers parliament committee closed-door closed door briefing statement
    interview conference hearing meeting video address post channel note email press television also
    separately repeatedly publicly previously again recently officially that citing quoting intelligence
    sources officials data figures""".split()
)
# Verbs whose next words are an object, not the claim ("told reporters ...").
TAKES_OBJECT = frozenset(
    "told tells tell informed briefed confirmed confirms confirm called calls calling described describes thanked".split()
)
# Words that start a clause the claim is in: "said that ...".
COMPLEMENTIZERS = frozenset({"that"})
# "said A, and denied B": a conjunction that joins a second verb of speech to the first one's
# subject, and the adverbs that may follow it ("and also denied").
VERB_COORDINATORS = frozenset("and but".split())
COORDINATED_ADVERBS = frozenset("also then later further".split())
# Before a verb of speech, what someone ought to say, not what they said ("Russia must answer for it").
OBLIGATION_MODALS = frozenset({"must", "should"})
# Verbs that say what something is only with "as ..." after them ("described it as the largest"):
# without it, or a quotation or a "that" clause, they tell that something was described, not what.
DESCRIBED_AS_VERBS = frozenset("describe portray characterise characterize depict identify".split())
DESCRIPTION_MARKERS = frozenset({"as"})
# "condemned what they described as the export of missiles": a judging verb whose object is what the
# speaker says happened (the relative word, then a describing verb within a few words).
DESCRIBED_OBJECT_OPENERS = frozenset({"what"})
# Time words: a sentence without any has no date to read.
QUESTION_MARK = "?"
# Words after which a full stop ends no sentence ("Lt. Gen.", "Oct. 8", "U.S.").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr brig rep sen gov pres st jr sr jan feb mar apr jun jul aug sep sept oct nov dec no nos vs approx est inc corp co ltd fig rev hon amb dept govt mt ft al cf ca""".split()
)
# Measures taken in response ("sanctions"): a sentence opening on them is about the response.
MEASURE_WORDS = frozenset("sanction sanctions".split())
# The speaker's own decision ("announced it was suspending talks", "declared a state of emergency",
# "imposed a curfew"): with no event and no figure in the sentence, an act, not a claim about the war.
DECISION_WORDS = frozenset(
    """suspend suspends suspended suspending suspension sever severs severed severing curfew curfews
    expel expels expelled expelling expulsion""".split()
)
DECISION_PHRASES = (
    "state of emergency",
    "martial law",
    "cut ties",
    "cutting ties",
    "cut diplomatic",
    "cutting diplomatic",
)

# Read only for languages without articles (a bare "пленные" is the prisoners already named;
# English says "the prisoners"), and sentence-opening question words ("Чому ...") that English
# has no list of yet: empty, so that every lexicon holds the same concepts.
PEOPLE_NOUNS: frozenset[str] = frozenset()
QUESTION_WORDS: frozenset[str] = frozenset()
