"""How English reports who says what: reporting verbs and the phrases that set a stance.

Verbs are lemmas; the tokenizer gives every word its lemma ("warned" -> "warn", "told" -> "tell").
Phrases are lemma sequences; "..." lets up to two words stand between ("not yet able to confirm").
"""

# Reporting verbs by what the speaker does with the claim.
#   say: puts it forward; confirm: confirms something already reported; deny: rejects it;
#   decline: refuses to answer; evaluate: judges without stating; accuse: blames someone.
REPORTING_VERBS = {
    **dict.fromkeys(
        """say tell state announce claim warn write post add note explain stress emphasise emphasize
        insist disclose reveal allege suggest indicate recall describe argue assert maintain repeat
        reiterate observe publish release share report inform brief predict estimate assess believe
        think expect see detect conclude quote cite concede call answer reply respond comment
        acknowledge admit put place thank affirm contend testify recount specify clarify underline
        underscore proclaim boast lament complain notify imply aver attest brand label dub issue fear suspect
        reckon calculate identify""".split(),
        "say",
    ),
    **dict.fromkeys("confirm corroborate verify reconfirm validate substantiate echo".split(), "confirm"),
    **dict.fromkeys(
        "deny reject dismiss refute dispute debunk contradict rebut repudiate disavow rubbish disclaim rebuff".split(),
        "deny",
    ),
    **dict.fromkeys("decline refuse refer sidestep dodge evade deflect".split(), "decline"),
    **dict.fromkeys(
        """condemn denounce criticise criticize praise hail welcome urge vow pledge threaten demand
        appeal slam decry deplore lambaste castigate commend applaud salute congratulate""".split(),
        "evaluate",
    ),
    **dict.fromkeys("accuse blame".split(), "accuse"),
}
# Irregular forms of the verbs above and of the words phrases use.
IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
    "saw": "see", "seen": "see", "put": "put", "puts": "put", "shown": "show", "showed": "show",
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "am": "be",
    "has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
    "didn": "do", "doesn": "do", "don": "do", "wasn": "be", "weren": "be", "isn": "be", "aren": "be",
    "couldn": "can", "could": "can", "cannot": "not", "can't": "not", "won": "will", "wouldn": "will",
    "would": "will", "hasn": "have", "haven": "have", "hadn": "have", "t": "not", "n't": "not",
    "sent": "send", "given": "give", "gave": "give", "sold": "sell", "briefed": "brief", "bore": "bear", "borne": "bear", "drawn": "draw", "drew": "draw", "knew": "know", "held": "hold",
    "known": "know", "backed": "back", "referred": "refer", "admitted": "admit", "brushed": "brush",
    "brushes": "brush", "brushing": "brush", "estimates": "estimate", "notes": "note",
    "understands": "understand", "understood": "understand",
}  # fmt: skip
# Nouns that a reporting verb can also be: "reports", "claims" after these words are nouns.
NOUN_MARKERS = frozenset(
    """the a an these those such earlier media press news initial unconfirmed his her its their s our
    recent latest previous first new some many several numerous other conflicting intelligence similar
    official unverified ukrainian russian american british korean western kyiv's moscow's seoul's
    pyongyang's""".split()
)
# Forms (as written) that are nouns after such words: "the reports", "initial claims".
# Verbs that report or hand over (Russian "передать"); none in English.
TRANSFER_VERBS: frozenset[str] = frozenset()
AMBIGUOUS_VERBS = frozenset(
    """reports report claims claim estimates estimate warning calls called expected believed quoted cited
    comment comments issue issues post posts state states answer answers""".split()
)
# Pictures as the object of "post", "release", "share": "posted a video of the interrogation" shows,
# it does not say.
SHOWN_OBJECTS = frozenset(
    "video videos footage photo photos photograph photographs image images picture pictures clip clips".split()
)
# Verbs of answering that may tell an act rather than words: "responded with artillery fire",
# "answered with air strikes", "replied to the raid by firing rockets" (unlike "responded with a
# statement", "responded by saying"). The markers that bring the act; a speech noun (STATEMENT_NOUNS,
# NOUN_FORMS, a denial word) or a reporting verb after them keeps the verb a statement.
RESPONSE_VERBS = frozenset("respond answer reply".split())
RESPONSE_ACT_MARKERS = frozenset("with by".split())
# Verbs whose object right after them is the one told, never the speaker: "told Reuters that ...",
# "briefed AFP" (the speaker is before the verb, whether or not it was recognised).
RECIPIENT_VERBS = frozenset("tell inform brief notify".split())
# A reporting verb that is the first half of a noun with the next word: "a Washington think tank".
NOUN_COMPOUNDS = frozenset({("think", "tank"), ("think", "tanks")})
# Hearsay: "said to have", "believed to be" - narration, not a statement.
HEARSAY_AFTER = frozenset({"to"})
# "was quick to reply", "hastened to deny", "went on to say": before a reporting verb's "to", words
# that make it the speaker's own act (unlike "declined to", "is said to"); a particle joins the verb
# before it ("went on").
INFINITIVE_LEADS = frozenset("quick swift hasten rush on".split())
INFINITIVE_LEAD_PARTICLES = frozenset({"on"})
# Participles that carry on a speaker's clause after a comma ("..., adding that ...").
# "with X confirming that ...": the word that opens an absolute construction, its actor the speaker.
ABSOLUTE_MARKERS: frozenset[str] = frozenset({"with"})
PARTICIPLES = frozenset(
    """saying adding noting stressing describing calling confirming explaining suggesting referring telling
    insisting warning claiming arguing citing denying rejecting dismissing acknowledging admitting stating
    announcing reporting asserting alleging maintaining conceding emphasising emphasizing underlining
    clarifying specifying estimating revealing disclosing recalling indicating accusing blaming
    corroborating echoing
    contending predicting""".split()
)

# "according to X", "in the words of X", "as reported by X" (the last ones relay: X is the source).
ACCORDING = (
    "according to", "in the words of", "as report by", "as announce by", "as state by", "per", "as per",
    "as claim by", "as relay by", "as tell to",
    # "In their view, the car was there to block ...": the possessive is whose words they are
    "in his view", "in her view", "in their view", "in its view", "in his words", "in her words",
    "in their words", "in his opinion", "in her opinion", "in their opinion", "in its opinion",
    "in his assessment", "in her assessment", "in their assessment", "in its assessment",
)  # fmt: skip
RELAYING = ("as report by", "as announce by", "as state by", "as quote by", "as cite by", "as relay by")
# "citing X", "quoting X": X is where the claim comes from.
CITING = ("cite", "quote", "with reference to", "refer to report by", "refer to report from")
# What "declined to", "refused to" refuse when they are a non-answer ("declined to give details");
# any other verb is an act refused ("refused to supply the jets"), told as narration. Reporting verbs
# count too ("declined to confirm").
ANSWER_VERBS = frozenset(
    """give provide offer discuss answer elaborate specify speculate address go disclose reveal detail
    identify name release share divulge publish be""".split()
)
# Objects of a reporting verb before the claim: "told reporters", "briefed lawmakers".
TELL_OBJECTS = frozenset("reporter journalist lawmaker parliament committee media press".split())
# Words naming a report rather than an act of speech: "the ministry's statement", "its Telegram".
# ("an official statement", "its first official comment": "official" is no speaker before these.)
STATEMENT_NOUNS = frozenset(
    """statement report post message briefing update communique bulletin announcement address interview
    video note comment comments reaction response confirmation acknowledgement acknowledgment figure
    figures data estimate estimates account channels""".split()
)
PLATFORMS = frozenset("telegram facebook x twitter vk website youtube instagram channel account".split())

NEGATIONS = frozenset("not never no neither nor".split())
# Words of hearsay: the writer passes on what someone unnamed says ("reportedly", "якобы").
HEARSAY_WORDS = frozenset("reportedly allegedly purportedly supposedly apparently".split())
HEDGES = frozenset(
    """may might could possibly likely probably reportedly apparently allegedly believe estimate
    suspect appear seem""".split()
)
# Non-answers: the speaker neither asserts nor denies (stance does_not_deny).
CANNOT_CONFIRM = (
    "not ... confirm", "not ... verify", "not ... corroborate", "not ... say", "unable to ... confirm",
    "not in a position to confirm", "too early to ... confirm", "too soon to ... confirm", "too early to say",
    "no confirmation", "no evidence", "no indication", "no sign", "no proof", "not ... see ... evidence",
    "not aware of", "not ... see ... sign", "not ... see ... indication", "not able to confirm",
    "have no information", "have no ... information", "have no further detail", "no further information",
    "not yet see", "not ... yet see", "as contradictory", "as contradict",
    "if true", "if confirm", "if it be true", "if the report be true", "if the report be confirm",
    # the same non-answers with the other verbs of checking, and the phrases of a check still going on
    "unable to ... verify", "unable to ... corroborate", "not in a position to verify", "not able to verify",
    "not in a position to say", "too early to ... tell", "too soon to ... tell", "too early to ... draw",
    "premature to", "yet to ... confirm", "yet to ... verify", "yet to ... see", "yet to ... establish",
    "impossible to ... confirm", "impossible to ... verify", "no way to ... confirm", "no way to ... verify",
    "not possible to ... confirm", "not possible to ... verify", "stop short of ... confirm",
    "look into", "look into ... report", "look into ... claim", "look into ... information",
    "check ... report", "check ... claim", "check ... information", "investigate ... report",
    "investigate ... claim", "study ... report", "seek to ... confirm", "seek to ... verify",
    "work to ... confirm", "work to ... verify", "try to ... confirm", "try to ... verify",
    "no knowledge of", "not ... know of", "unaware of", "no such information", "no reliable information", "no data on",
    # a check under way ("was verifying the reports"): the form is written as read, so that
    # "verifying" is no confirming verb ("verified", "confirming" still are)
    "be ... verifying", "still ... verifying", "in the process of verifying", "be ... assessing ... report",
    "still ... assessing", "monitor ... report", "monitoring ... report", "be ... checking",
    "not something ... confirm", "not something ... verify",
    "not ... know whether", "not ... know if", "no confirm information", "no independent confirmation",
    # an inquiry still going on ("was conducting a thorough review", "still examining the circumstances",
    # "the incident is under review"); its finding ("a review found that ...") is asserted
    "be ... conduct ... review", "be ... conduct ... investigation", "be ... conduct ... inquiry",
    "be ... conduct ... probe", "be ... review ... incident", "be ... review ... report",
    "be ... review ... circumstances", "be ... review ... claim", "be ... examine ... circumstances",
    "be ... examine ... incident", "be ... examine ... report", "be ... examine ... claim",
    "be ... investigate ... incident", "be ... investigate ... circumstances", "under review",
    "under investigation", "investigation ... under way", "investigation ... underway", "inquiry ... under way",
    "review ... under way", "probe ... under way", "be being clarified", "be being investigated",
    "be being examined", "be being reviewed", "be being established", "be being looked into",
    # no information had, no position to say ("no details" would make every sentence with "detail" read)
    "not ... have ... information", "no record of",
    # who did it not yet known: "could not determine who was responsible", "not able to attribute"
    "not ... determine", "unable to ... determine", "not ... attribute", "unable to ... attribute",
    "not in a position to ... attribute", "not in a position to ... determine",
    "be ... establishing", "still ... establishing",
    # "had not been able to verify": more words than a gap between the negation and the verb
    "not ... able to ... verify", "not ... able to ... confirm", "not ... able to ... corroborate",
    "never ... confirm",
    "aware of ... report", "aware of the report",
    "in no position to ... confirm", "in no position to ... verify", "in no position to say",
)  # fmt: skip
DECLINE_TO_COMMENT = (
    "decline to ... comment", "refuse to ... comment", "decline to ... confirm", "refuse to ... confirm",
    "decline to ... say", "decline to ... discuss", "decline to ... answer", "decline to ... elaborate",
    "decline to ... specify", "decline to ... speculate", "decline to ... address", "decline to ... deny",
    "refuse to ... deny", "refuse to ... say", "no comment", "nothing to add", "nothing more to add",
    "nothing further to add", "a question for", "refer question", "refer ... question", "refer inquiry",
    "refer ... inquiry", "refer reporter", "redirect question", "neither confirm nor deny",
    "will not comment", "not deny", "not ... deny", "not rule out", "not ... rule out",
    "not dispute", "not reject", "not be draw", "not ... be draw", "decline to be draw", "nothing to say",
    "unable to comment", "not able to comment", "not in a position to comment", "a matter for",
    "a question to", "defer question", "defer ... question", "direct ... question to", "not ... speculate",
    "refuse to ... discuss", "refuse to ... answer", "refuse to ... elaborate", "refuse to ... speculate",
    "confirm or deny", "not ... go to comment", "not go to get into", "nothing to announce",
    "not ... have anything to announce", "not ... have anything to add", "nothing to share",
    "not ... have anything to share", "not ... tell you", "refrain from ... comment", "refrain from comment",
    "abstain from ... comment", "not something ... comment", "refrain from ... confirm",
    "refrain from ... deny", "too early to ... comment", "too soon to ... comment", "nothing to tell",
    "neither confirm nor", "neither ... confirm nor", "confirm nor rule out", "will only say", "will say only",
    "not in a position to ... discuss", "answer evasively", "reply evasively", "respond evasively",
    "evasive answer", "evasive reply", "evasive response", "sidestep ... question", "sidestep question",
    "dodge ... question", "dodge question",
)  # fmt: skip
# Silence is no claim: "did not comment (on it)", "could not be reached" (the corpus guideline: a
# report's silence is no stance; only an explicit refusal, "declined to comment", "would not
# comment", is one).
SILENCE = (
    "not ... comment", "not ... respond", "not ... reply", "not ... return", "not ... react",
    "not ... acknowledge", "no immediate comment", "no immediate response", "no immediate reaction",
    "not ... be reach", "neither ... nor ... have ... acknowledge", "neither ... nor ... have ... comment",
    "neither ... nor ... have ... confirm", "neither ... ... nor ... ... have ... acknowledge",
    "neither ... ... nor ... ... have ... comment", "neither ... ... nor ... ... have ... confirm", "not ... say how", "not ... specify how", "not ... say when", "not ... say where",
    "not ... say which", "not ... specify when", "not ... specify where", "not ... specify which",
    "yet to ... comment", "yet to ... respond", "yet to ... react", "yet to ... reply", "not ... answer",
    "unavailable for comment", "not ... available for comment", "remain ... silent", "stay ... silent",
    "keep ... silent", "no response", "no reply", "say nothing",
    # no claim of responsibility yet ("have not claimed the attack"; "could not confirm claims" is no
    # silence: the verb "claim" right after the negation)
    "not claim", "not yet claim", "not ... claim responsibility", "no claim of responsibility",
    # nothing said yet about what the sentence told ("..., but the group had not confirmed it"),
    # unlike "could not confirm", an answer that it cannot, or "said it has not confirmed that ..."
    "have not confirm it", "have not ... confirm it", "have not confirm this", "have not ... confirm this",
    "never acknowledge", "never ... acknowledge",
    # no word given: "had issued no official word on his fate", "gave no word on the losses"
    "issue no ... word", "give no ... word", "offer no ... word",
    # the report's account of a silence so far, not an answer: "had neither confirmed nor denied the
    # reports" (unlike "neither confirmed nor denied" in an answer, a non-answer)
    "have neither confirm nor deny", "have ... neither confirm nor deny",
)  # fmt: skip
# A speaker passing on reports it names no source for ("told the hearing there were reports that
# officers had been killed"): hearsay, as "reportedly" is (guideline 1), no claim of the speaker's.
UNSOURCED_REPORTS = (
    "there be report", "there have be report", "there be also report", "there have also be report",
    "there be unconfirmed report", "there have be unconfirmed report", "there be unverified report",
    "there have be unverified report", "there be some report", "there have be some report",
)  # fmt: skip
# A denial in a describing frame: "dismissed the reports as fake", "called it groundless rumours".
DENIAL_WORDS = frozenset(
    """fake false groundless baseless unfounded rumour rumor lie lying propaganda nonsense untrue
    fabrication fabricate fabricated disinformation fiction speculation hoax absurd rubbish slander smear
    garbage bogus ridiculous invented invention fantasy fantasies falsehood falsification misinformation
    inaccurate incorrect unsubstantiated lies canard myth fairytale slanderous misleading exaggerated
    nonexistent non-existent doctored photoshopped forged inflated psyop psyops""".split()
)
DENIAL_PHRASES = (
    "fake news", "not true", "no truth", "never happen", "be false", "be untrue", "be wrong",
    "not correspond to reality", "nothing to do with reality", "not ... reflect reality", "not the case", "information operation", "psychological operation",
    "no basis", "without basis", "without foundation", "no foundation", "not ... take place", "far from the truth",
    "far from reality", "divorced from reality", "fairy tale", "not happen",
    # "had nothing to do with the attack", "no such strike took place", "issued a flat denial"
    "nothing to do with", "no such", "no ... take place", "issue ... denial", "in a denial", "in a ... denial",
    "denial that",
    # "did not recognise the figures"
    "not recognise ... figure", "not recognize ... figure", "not recognise ... figures",
    "not recognize ... figures", "not recognise ... account", "not recognize ... account",
    "not recognise ... toll", "not recognize ... toll",
)  # fmt: skip
# A denial in the speaker's own words: what the proposition says is there, or ties, is not
# ("there are no troops", "had no connection with", "were not involved", "did not send").
NEGATED_FACTS = (
    "there be no", "there be not any", "there be none", "no connection", "no ... connection", "no link",
    "no ... link", "no tie", "no ... tie", "none ... ... involve", "no involvement", "no ... involvement", "not involve", "not ... involve", "no ... role in",
    "not part of", "not ... part of", "no presence", "no ... presence", "not present", "not ... present",
    "not ... send", "not ... deploy", "not ... supply", "not ... transfer", "not ... dispatch",
    "never ... send", "never ... deploy", "never ... supply", "not ... provide", "not ... give", "not ... sell",
    "not ... deliver", "never ... provide", "never ... give", "never ... sell", "never ... deliver", "be not in", "be never in", "never be in",
    "there ... be no",
    # who did it: "were not behind the attack", "not responsible for the shelling"
    "not behind", "not ... behind", "not responsible", "not ... responsible", "no responsibility",
    # the act itself negated: "did not target civilians", "never shelled the town" ("strike" would
    # make "strikes" a known lemma, read differently elsewhere)
    "not ... shell", "not ... target", "not ... bomb", "not ... attack",
    "never ... shell", "never ... target", "never ... bomb", "never ... attack",
    "not ... carry out", "never ... carry out",
)  # fmt: skip
# Negation words for a negated fact, and what after them makes no denial: "not only", "no longer",
# "no more than"; harm negated ("no one was hurt", "no casualties") reports what happened.
FACT_NEGATIONS = frozenset("not no never none neither".split())
NOT_DENYING_AFTER = frozenset("only just longer more less doubt sooner later fewer".split())
HARM_WORDS = frozenset(
    """hurt injure injured injury injuries wounded wound kill killed casualty casualties victim victims
    damage damaged danger risk harm threat dead death deaths loss losses""".split()
)
# A negation right after these is a contrast ("to train, not to fight" has "," before it).
# A nation after these is what something negated is about ("no details about North Korean troops").
TOPIC_PREPOSITIONS = frozenset("about regarding concerning over on".split())
# What a refused answer gives: "did not provide details" is no denial of anything.
ANSWER_NOUNS = frozenset(
    """detail details information comment comments evidence figure figures number numbers timeline
    specifics explanation answer answers update estimate name names proof identity identities""".split()
)
CONTRAST_WORDS = frozenset("rather instead".split())
# ", but the group had not confirmed it": after a comma, a contrast that opens a clause with a new
# subject (a determiner or a name next) is not the speaker's non-answer.
CLAUSE_CONTRASTS = frozenset("but while whereas".split())
NEW_SUBJECT_DETERMINERS: frozenset[str] = frozenset("the a an".split())
# Words opening a subordinate or relative clause: a negation after them (and no reporting verb
# in between) is no part of what the speaker asserts or denies.
SUBORDINATORS = frozenset(
    "which who whom whose where when because while although though since if unless whether until so".split()
)
# Verbs of opinion: a view, unless what is said names an event, a figure or a place (none yet).
OPINION_VERBS: frozenset[str] = frozenset()
DESCRIBING_VERBS = frozenset(
    "call describe label brand term dismiss dub characterise characterize portray decry".split()
)
CONFIRM_PHRASES = (
    "confirmation of", "acknowledge",
    # "backed up Kyiv's account"; not "a tank sent to back up the soldiers"
    "back up ... account", "back up ... claim", "back up ... report", "back up ... figure",
    "back up ... estimate", "back up ... assessment", "back up ... statement", "back up ... finding",
    "back up ... version", "back up ... assertion", "back up ... allegation", "back up ... data",
    "back up ... information", "back up ... conclusion", "back up ... toll", "back up ... it",
    "back it up", "back that up", "back this up", "admit", "concede", "bear out", "corroboration of",
    "in line with ... report", "in line with ... estimate", "consistent with ... report",
    "consistent with ... estimate", "match ... account", "match ... report", "match ... estimate",
    "match ... figure",
    # "in a rare admission, the army said ...": not "called it an admission of guilt"
    "in a ... admission", "in an admission", "in an ... admission",
)  # fmt: skip
# What is acknowledged may be a worry, which confirms nothing ("acknowledged U.S. concern that").
WORRY_NOUNS = frozenset("concern concerns fear fears worry worries anxiety".split())
# Nouns naming what a denial rejects ("the reports were false"), and pointers to it ("this is fake").
REPORT_NOUNS = frozenset(
    """report claim allegation accusation assertion information account rumour rumor statement news story
    video footage photo photograph image picture toll figure figures estimate estimates tally""".split()
)
DEMONSTRATIVES = frozenset("this that it these those".split())
# A reporter's caveat appended after a comma ("..., a figure that cannot be independently verified",
# "..., which could not be confirmed", "..., although this could not be independently confirmed"): a
# passive of these verbs in a relative or concessive clause is the outlet's note on what it passes
# on, not the speaker's stance.
CAVEAT_VERBS = frozenset("verify confirm corroborate".split())
CAVEAT_OPENERS = frozenset("which that although though but".split())
# What a description of reports says when it does not reject them ("described the reports as credible").
AFFIRMING_DESCRIPTIONS = frozenset(
    "accurate true correct credible reliable genuine authentic plausible consistent well-founded".split()
)
COPULAS = frozenset({"be", "s", "re"})  # "it's", "they're": the contracted forms
# Structure words the cue finder reads.
INFINITIVE = frozenset({"to"})  # "declined to confirm": the cue is "declined"
# Nouns of speech whose speaker follows the agent marker, then what is said ("an announcement by X
# that ...", "the claim by HUR that ...").
AGENT_NOUNS: frozenset[str] = frozenset(
    "statement announcement claim allegation accusation assertion assessment warning confirmation denial".split()
)
AGENT_MARKERS = frozenset({"by"})  # "was confirmed by the NIS"
PASSIVE_AUXILIARIES = frozenset({"be"})
# "its request had been rejected", "просьба была отклонена": a denying verb after these, with no agent,
# tells of a denial the speaker met, not one it makes (stance only; cues read PASSIVE_AUXILIARIES).
DENIAL_PASSIVE_AUXILIARIES = frozenset({"be"})
# A finite verb right after a name that follows "said": the name is the subject of what was said,
# not an inverted speaker ("..., said Moscow and Pyongyang are sovereign states").
CLAUSE_VERBS_AFTER_SUBJECT = frozenset(
    "is are was were has have had will would could can may might must should shall does do did".split()
)
# Words that may stand between the auxiliary and the verb of a passive besides "-ly" adverbs ("was
# later acknowledged by", "has also been confirmed by").
PASSIVE_ADVERBS = frozenset(
    "later also since now then already subsequently first previously earlier eventually finally".split()
)
PASSIVE_VERBS = frozenset(
    """report confirm announce state claim disclose reveal deny estimate quote cite say dismiss reject assess
    corroborate verify refute rebut dispute acknowledge admit""".split()
)
# "X was quoted (by Reuters) as saying": X speaks; the agent passes its words on.
QUOTED_AS_VERBS = frozenset("quote cite".split())
QUOTED_AS_MARKERS = frozenset({"as"})
# "Estimates put the number at ...": these verbs report only after such nouns.
# Auxiliaries between an estimate and its verb ("figures had put the dead at nine").
PASSIVE_AUX_FORMS: frozenset[str] = frozenset("has had have".split())
PUT_VERBS = frozenset({"put", "place", "raise"})
ESTIMATE_NOUNS = frozenset("estimates estimate figures assessments assessment data".split())
# "The ministry put the death toll at 40", "raised the toll to 60": after these verbs, a count as the
# object reports it. ("gave a toll of" was tried: "give" as a cue cost more claims than it found.)
PUT_OBJECTS = frozenset("toll number figure count tally casualties losses dead deaths".split())
PUT_PREPOSITIONS = frozenset({"at", "of", "to"})
# Hearsay verbs followed by an infinitive ("said to have", "believed to be") are narration.
HEARSAY_VERBS = frozenset("say report believe think".split())
# Verbs that need a particle to report ("backed up").
# verb: (particles, one of which must follow, separated by spaces; class)
PARTICLE_VERBS = {
    "back": ("up", "confirm"), "brush": ("off aside", "deny"),
    # a medium's own finding: "The Journal understands that ..." ("learned that" was tried: a
    # prisoner who "only learned that he had been sent into combat" made claims of narration)
    "understand": ("that", "say"),
}  # fmt: skip
# How many words after the verb its particle may stand ("backed up": the next one).
PARTICLE_REACH = 1
# "called for talks", "called on the UN to act": a demand, not a statement.
DEMAND_PREPOSITIONS = frozenset({"for", "on", "upon"})
# "as TASS reports": a relaying "as" before a reporting verb (Russian "как", Ukrainian "як").
AS_MARKERS: frozenset[str] = frozenset()
# Words that may stand between "according to" and its source ("according to the latest estimates of").
# "По его словам", "in his view": a possessive inside an according-phrase stands for an earlier
# speaker.
POSSESSIVE_ANAPHORS: dict[str, tuple[str, ...]] = {
    "his": ("person",),
    "her": ("person",),
    "their": (),
    "its": (),
}
# Words that may open a sentence before such a phrase and leave it carrying on the account.
OPENING_CONNECTIVES = frozenset("however but and also meanwhile yet still instead rather".split())
ACCORDING_FILLER = frozenset(
    """the a an figures figure estimates estimate data statement statements report reports by from of to
    intelligence assessment assessments information sources official officials latest new its his her
    their s press service office briefing published released russian ukrainian american british korean
    south north state news agency channel newspaper outlet broadcaster daily publication telegram media
    citing quoting western local senior military defence defense update updates advisory advisories
    readout notice communique bulletin release tally count compiled provided issued shared initial
    preliminary recent daily weekly nightly evening morning post posts message messages comments remarks
    testimony transcript summary findings analysis map maps""".split()
)
# "X's Telegram channel", "a news report that ...".
CHANNEL_NOUNS = frozenset("telegram facebook x twitter vk website youtube".split())
REPORT_THAT = frozenset("that saying".split())
# "Об этом сообщает X", "Про це повідомив X": the sentence names who said the previous one.
# English: "This was stated in a post by X", "That is according to X", "This was first reported by X".
META_PHRASES: tuple[str, ...] = (
    "this be state", "this be report", "this be announce", "this be say", "this be ... report",
    "this be ... announce", "this be ... state", "that be state", "that be report", "that be announce",
    "this be according to", "that be according to", "this be accord to", "that be accord to",
)  # fmt: skip
# "Source: X, in an interview with ...": an agency's line naming whose account the report gives.
SOURCE_LABELS = frozenset({"source", "sources"})
# "reports from Seoul", "Kyiv's account": a confirmation or denial names whose report it is about.
CITED_NOUNS = frozenset(
    """report reports claim claims account accounts figure figures estimate estimates assessment
    assessments statement statements data findings assertion assertions allegation allegations accusation
    accusations""".split()
)
CITED_PREPOSITIONS = frozenset("from by of".split())
CITED_MODIFIERS = frozenset("earlier initial".split())
# "HUR update:", "Zelensky statement:" - a line that heads the lines under it.
HEADER_WORDS = frozenset("update updates report reports says statement summary briefing".split())
DEMAND_VERBS = frozenset({"call"})  # "called for talks"
# Verbs that give an order or a warning with an infinitive after their object ("told residents to
# leave", "warned shipping companies to keep away"): a call to act, not a statement. Not after these
# right after the verb ("warned of risks to civilians"), nor with these after the "to" ("told envoys
# to the UN that").
DIRECTIVE_VERBS = frozenset("tell warn".split())
DIRECTIVE_NOT_OBJECTS = frozenset("of about against that".split())
# Forms that are nouns as often as verbs; a determiner up to two words before, or a "was" after,
# makes them nouns ("the Houthi claim was false").
NOUN_FORMS = frozenset("report reports claim claims estimate estimates warning warnings".split())
NOUN_DETERMINERS = frozenset("the a an this that these those its his her their our".split())
# Before a body named as a noun's modifier ("a UN post", "two UN posts", "an Arakan Army post"): the
# verb-like word after the body is that noun, and the body no speaker.
MODIFIER_DETERMINERS = frozenset(
    "a an one two three four five six several some many each every another its his her their our".split()
)
# Words that may stand between a speaker's verb and its own refusal to comment ("said it does not
# comment on ...", "said he could not comment because ..."): the speaker refuses, the narrator
# does not report a silence.
REFUSAL_SUBJECTS = frozenset(
    """it he she they we i that does do did would could can will was were is are has have had""".split()
)
# The answers a speaker's own silence refuses ("said it does not comment"); other verbs after a
# negation are acts ("said it did not respond to the fire").
REFUSED_ANSWERS = frozenset("comment".split())
# A briefing: go-betweens who speak after one pass on what the body that gave it said.
BRIEFING_WORDS = frozenset("brief briefing".split())
# After a confirming word, words that make it no confirmation: "hospitals admitted 40 wounded",
# "were admitted to hospital", "acknowledged as one of the deadliest" (within three words).
NOT_CONFIRMED_AFTER: frozenset[str] = frozenset(
    """hospital hospitals clinic clinics ward wards patient patients treatment care intensive wounded injured
    as""".split()
)
# Before "no evidence", "no proof": the report's note that the speaker gave none ("said, offering
# no evidence, that ..."), not the speaker's non-answer.
EVIDENCE_GIVING_VERBS: frozenset[str] = frozenset(
    "offer give provide produce present cite show supply share".split()
)
# Before a negated act, a pledge or intention ("would not attack", "will not send"): not a denial
# of what happened.
PLEDGE_AUXILIARIES: frozenset[str] = frozenset({"will"})
# Before a negation, the auxiliary of an act ("did not kill", "don't damage"): a harm word right after
# it is an act the speaker denies doing, not harm that did not happen ("no one was hurt").
ACT_AUXILIARIES: frozenset[str] = frozenset({"do"})
# ... when an agent is its subject, right before the auxiliary ("it did not kill", "its forces don't
# damage"); "the strike did not injure anyone" tells the outcome of an event instead.
ACT_SUBJECTS: frozenset[str] = frozenset(
    "it we they i he she forces force troops army military units soldiers servicemen fighters".split()
)
# Before a negation, a preposition that makes it describe a noun ("North Koreans with no connection
# to the troops"): who someone is, not a fact the speaker denies.
DESCRIBING_PREPOSITIONS: frozenset[str] = frozenset({"with"})
# The speaker's own pledge or decision ("said it would respond", "announced they would expand the
# blockade", "said it was ready to hand them over"): after its verb (and "that"), one of these
# subjects, then a pledge auxiliary or a copula and a word of readiness. What the speaker means to
# do, not what happened: no claim (unless it counts something).
PLEDGE_SUBJECTS = frozenset("it they we i he she".split())
READINESS_WORDS = frozenset("ready prepared willing determined".split())
# A threat whoever its subject ("Russia would be held accountable", "the attack would not go
# unanswered"): with a pledge auxiliary in the speaker's part, no claim.
THREAT_PHRASES = (
    "hold ... accountable", "be hold accountable", "be hold responsible", "not go unanswered",
    "not go unpunished", "not remain unanswered", "not remain unpunished", "pay a ... price",
    "pay the ... price", "pay dearly", "face ... consequences", "face the consequences",
)  # fmt: skip
# Nation words that are also other words ("us"): no nation after a negation.
NOT_NATION_WORDS = frozenset({"us"})

# "there is no ...", "no ... at all", "X has no ...": the Cyrillic lexicons list these shapes;
# English has no list of them yet.
# A negation made emphatic after it ("don't damage the plant's safety in any way"): a denial.
NEGATION_EMPHASIS_AFTER = ("in any way", "at all", "whatsoever", "in any form")
EXISTENCE_NEGATIONS: frozenset[str] = frozenset()
NEGATIVE_DETERMINERS: frozenset[str] = frozenset()
POSSESSIVE_PREPOSITIONS: frozenset[str] = frozenset()
