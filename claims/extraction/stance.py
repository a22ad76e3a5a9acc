"""What a source does with a proposition: asserts, confirms, denies, or does not deny.

Read from the lemmas of the speaker's part of a sentence, with the phrase lists of its language
(`lexicon/<lang>/speech.py`). Non-answers come first: "did not deny", "could not confirm",
"declined to comment" are neither denials nor confirmations. A denial word ("fake", "groundless")
denies only in a denying frame ("dismissed the reports as fake", "the claims were false"), never in
"fake documents". Silence ("did not comment", "could not be reached") is no claim at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from .language import Language, PhraseSet, language, vocabulary
from .language import Lemmas as LemmaList
from .lexicon import concept, detect_language

ASSERTS, CONFIRMS, DENIES, DOES_NOT_DENY = "asserts", "confirms", "denies", "does_not_deny"
Lemmas = Sequence[frozenset[str]]


def is_silence(scope: str, lang: str | None = None) -> bool:
    lang_ = language(lang or detect_language(scope))
    return is_silence_lemmas(lang_.lemma_sets(scope), lang_)


def is_silence_lemmas(lemmas: Lemmas, lang: Language) -> bool:
    """Silence, unless a refusal to answer is there that no longer silence phrase holds ("had
    neither confirmed nor denied" holds the non-answer "neither confirm nor deny" and stays silence;
    "not going to comment" is a refusal, however "not ... comment" matches it too). What is left
    unsaid after "but" does not silence what came before it."""
    lemmas = _before_contrast(lemmas, lang)
    silent = lang.silence.find(lemmas)
    if not silent:
        return False
    return all(
        any(x <= i and j <= y and y - x > j - i for x, y in silent) for i, j in lang.decline.find(lemmas)
    )


def _before_contrast(lemmas: Lemmas, lang: Language) -> Lemmas:
    """The speaker's words up to a contrast after its verb: "confirmed the strike but could not say
    how many died": what is left unsaid after "but" does not silence what came before it."""
    cut = _contrast_at(lemmas, lang)
    return LemmaList(lemmas[:cut]) if cut < len(lemmas) else lemmas


def _contrast_at(lemmas: Lemmas, lang: Language) -> int:
    """Where a contrast ("but", "но") after the speaker's verb begins, or the end."""
    # "but", not "while" (which may open a clause inside the claim: "the US, while claiming ...")
    contrasts = lang.clause_contrasts
    if isinstance(lemmas, LemmaList) and contrasts.isdisjoint(lemmas.vocab):
        return len(lemmas)  # most sentences: no contrast at all, one set operation
    verbs = lang.verb_lemmas
    verb = next((i for i, options in enumerate(lemmas) if not options.isdisjoint(verbs)), -1)
    if verb >= 0:
        for i in range(verb + 1, len(lemmas)):
            if lemmas[i] & contrasts:
                return i
    return len(lemmas)


def _non_answers(phrases: PhraseSet, lemmas: Lemmas, lang: Language) -> list[tuple[int, int]]:
    """The spans of non-answers, but for a detail left unsaid or unconfirmed after a contrast ("said
    its jets struck, but did not say when", "but could not confirm their names"): that is silence
    about a detail, not a non-answer on the claim."""
    cut = _contrast_at(lemmas, lang)
    unsaid = [(a, b) for a, b in lang.silence.find(lemmas) if a >= cut] if cut < len(lemmas) else []
    found = lang.non_answers(phrases, lemmas)
    # "said two soldiers were killed but could not confirm their names": a detail left open
    details: frozenset[str] = lang.speech.ANSWER_NOUNS
    return [
        (i, j)
        for i, j in found
        if not any(a <= i and j <= b for a, b in unsaid)
        and not (i >= cut and _has(lemmas[j : j + 3], details) >= 0)
    ]


def stance_of(scope: str, lang: str | None = None) -> str:
    """The stance in a speaker's part of a sentence (its verb and what it governs)."""
    lang_ = language(lang or detect_language(scope))
    return stance_of_lemmas(lang_.lemma_sets(scope), lang_, question="?" in scope)


def stance_of_lemmas(lemmas: Lemmas, lang: Language, question: bool = False) -> str:
    """`question`: the speaker's part is a question ("does Russia maintain there are no troops?"),
    whose negation denies nothing. Worked out once per sentence's lemmas (`LemmaList.told`)."""
    if isinstance(lemmas, LemmaList):
        return lemmas.told(("stance", lang.code, question), lambda: _stance_of(lemmas, lang, question))
    return _stance_of(lemmas, lang, question)


def _stance_of(lemmas: Lemmas, lang: Language, question: bool) -> str:
    if _non_answers(lang.decline, lemmas, lang) or _cannot_confirm(lemmas, lang):
        return DOES_NOT_DENY
    if _denies(lemmas, lang):
        return DENIES
    if _confirms(lemmas, lang):
        return CONFIRMS
    if not question and _negates_fact(lemmas, lang):
        return DENIES
    return ASSERTS


def _cannot_confirm(lemmas: Lemmas, lang: Language) -> bool:
    """A non-answer, unless its negation is a denial's ('"This is not true," Peskov said' is no
    "not ... say") or it notes that the speaker gave no evidence ("said, offering no evidence, that")."""
    denials = lang.denial_phrases.find(lemmas)
    giving: frozenset[str] = lang.speech.EVIDENCE_GIVING_VERBS
    return any(
        not any(a <= i < b for a, b in denials) and not (i and lemmas[i - 1] & giving)
        for i, _j in _non_answers(lang.cannot_confirm, lemmas, lang)
    )


def _agentless_passive(lemmas: Lemmas, i: int, lang: Language) -> bool:
    """ "said its offer had been rejected": a denying verb in the passive with no agent after it tells
    of something that happened to the speaker, not of a denial it makes."""
    speech = lang.speech
    if i + 1 < len(lemmas) and lemmas[i + 1] & speech.AGENT_MARKERS:
        return False
    for back in (1, 2, 3):
        if i - back < 0:
            return False
        options = lemmas[i - back]
        if options & speech.DENIAL_PASSIVE_AUXILIARIES:
            return True
        if not (options & speech.PASSIVE_ADVERBS or any(w.endswith("ly") for w in options)):
            return False
    return False


def _has(lemmas: Lemmas, words: frozenset[str]) -> int:
    """The index of the first token that may be one of `words`, or -1."""
    for i, options in enumerate(lemmas):
        if options & words:
            return i
    return -1


def _denies(lemmas: Lemmas, lang: Language) -> bool:
    denying = lang.verbs_of("deny")
    if not denying.isdisjoint(vocabulary(lemmas)) and any(
        options & denying and not _agentless_passive(lemmas, i, lang) for i, options in enumerate(lemmas)
    ):
        return True
    if lang.denial_phrases.search(lemmas) or _reports_described_as(lemmas, lang):
        return True
    word = _has(lemmas, lang.speech.DENIAL_WORDS)
    if word < 0:
        return False
    before = lemmas[:word]
    if _has(before, lang.speech.DESCRIBING_VERBS) >= 0:
        return True  # "dismissed the reports as fake"
    # "this is a lie", "it's", "the reports were completely false": what the thing is, said right
    # before the denial word; not "reported that a group ... had used fake passports"
    near = before[-4:]
    pointer = _has(near, lang.speech.DEMONSTRATIVES)
    if pointer >= 0 and (lang.cyrillic or _has(near[pointer + 1 :], lang.speech.COPULAS) >= 0):
        return True  # "this is", "it's"
    copula = lang.cyrillic or _has(near, lang.speech.COPULAS) >= 0
    return copula and _has(before, lang.speech.REPORT_NOUNS) >= 0


def _reports_described_as(lemmas: Lemmas, lang: Language) -> bool:
    """ "described the US allegations that ... as 'dirty maneuvers'": reports or claims that a verb
    of describing names as something, unless as true or credible, are rejected."""
    grammar = concept(lang.code, "grammar")
    verb = _has(lemmas, grammar.DESCRIBED_AS_VERBS)
    if verb < 0:
        return False
    noun = _has(lemmas[verb + 1 : verb + 5], lang.speech.REPORT_NOUNS)
    if noun < 0:
        return False
    rest = lemmas[verb + noun + 2 : verb + noun + 30]
    marker = _has(rest, grammar.DESCRIPTION_MARKERS)
    return marker >= 0 and _has(rest[marker + 1 : marker + 6], lang.speech.AFFIRMING_DESCRIPTIONS) < 0


def _confirms(lemmas: Lemmas, lang: Language) -> bool:
    confirming = lang.verbs_of("confirm")
    if not confirming.isdisjoint(vocabulary(lemmas)):
        # "but could not confirm their names": a detail not confirmed confirms nothing
        negated = lang.cannot_confirm.find(lemmas)
        if any(
            options & confirming
            and not _attributive(lemmas, i, lang)
            and not any(a <= i < b for a, b in negated)
            for i, options in enumerate(lemmas)
        ):
            return True
    # "acknowledged U.S. concern that ...": a worry voiced, nothing confirmed; "admitted 40 wounded":
    # patients taken in
    other: frozenset[str] = lang.speech.WORRY_NOUNS | lang.speech.NOT_CONFIRMED_AFTER
    return any(_has(lemmas[j : j + 3], other) < 0 for _i, j in lang.confirm_phrases.find(lemmas))


def _negates_fact(lemmas: Lemmas, lang: Language) -> bool:
    """A denial in the speaker's own words: a fact of presence, tie or act negated ("there are no
    troops", "had no connection with", "did not send"), or a nation negated ("is not an Israeli
    ship", "has no Israelis on board", "нет северокорейских военных"), in the reported clause
    itself (not after "which", "because" ...), and not "not only", "no longer", a harm negated
    ("no one was hurt") or a contrast ("а не", "rather not")."""
    speech = lang.speech
    negations: frozenset[str] = speech.FACT_NEGATIONS
    if not negations:
        return False
    answers: frozenset[str] = speech.ANSWER_NOUNS
    # "did not provide details": an answer not given, nothing denied
    starts = {i for i, j in lang.negated_facts.find(lemmas) if _has(lemmas[j : j + 3], answers) < 0}
    # "no Israelis on board"; not "offering no evidence that Ukrainian drones ...": an answer not given
    starts.update(
        i
        for i, lemma in enumerate(lemmas)
        if lemma & negations and _has(lemmas[i + 1 : i + 2], answers) < 0 and _nation_after(lemmas, i, lang)
    )
    # "никакого удара по станции не было", "жодного такого удару не зафіксувала навіть місія": a
    # negation after an emphatic "no ... at all" denies that the thing happened
    emphatic: frozenset[str] = speech.NEGATIVE_DETERMINERS
    starts.update(
        i
        for i, lemma in enumerate(lemmas)
        if lemma & negations and _has(lemmas[max(i - 5, 0) : i], emphatic) >= 0
    )
    after = [i for i, o in enumerate(lemmas) if o & negations and _emphasis_after(lemmas, i, lang)]
    starts.update(after)
    starts.update(i for i, o in enumerate(lemmas) if o & negations and _act_negated(lemmas, i, lang))
    return any(_denying_negation(lemmas, i, lang) for i in sorted(starts))


def _emphasis_after(lemmas: Lemmas, i: int, lang: Language) -> bool:
    """ "don't damage the plant's safety in any way", "did not fire at all": an emphasis within a
    few words after a negation."""
    phrases: tuple[str, ...] = lang.speech.NEGATION_EMPHASIS_AFTER
    for phrase in phrases:
        words = phrase.split()
        for j in range(i + 1, min(i + 10, len(lemmas) - len(words) + 1)):
            if all(w in lemmas[j + k] for k, w in enumerate(words)):
                return True
    return False


def _nation_words(lang: Language) -> frozenset[str]:
    """The words of a nation ("Israeli", "северокорейский"), not of a country or capital
    ("Ukraine", "Washington": "not in Ukraine" negates a place, not who someone is)."""
    nations: dict[str, str] = lang.actors.NATIONS
    skip: frozenset[str] = lang.speech.NOT_NATION_WORDS
    return frozenset(k for k, v in nations.items() if (lang.cyrillic or k == v.casefold()) and k not in skip)


def _nation_after(lemmas: Lemmas, i: int, lang: Language) -> bool:
    """A nation's word within three words after a negation (with no topic's preposition between), or,
    for an existence negated at its clause's end ("военных в Курской области нет"), within six words
    before it, as "никаких" is."""
    nations = _nation_words(lang)
    topics: frozenset[str] = lang.speech.TOPIC_PREPOSITIONS
    # "not an Israeli ship", "none of them Israeli"; not "no details about North Korean troops"
    window = [j for j in range(i + 1, min(i + 4, len(lemmas))) if _has(lemmas[i + 1 : j], topics) < 0]
    if lemmas[i] & lang.speech.EXISTENCE_NEGATIONS:
        if _has(lemmas[max(i - 6, 0) : i], lang.speech.NEGATIVE_DETERMINERS) >= 0:
            return True  # "никаких советников в этом регионе нет"
        owners = lang.speech.POSSESSIVE_PREPOSITIONS  # "у северокорейских войск нет опыта": whose, not who
        before = [j for j in range(max(i - 6, 0), i) if not (j and lemmas[j - 1] & owners)]
        window = [*before, *window]
    for j in window:
        words = {w.casefold() for w in lemmas[j]}
        words |= {w[:-1] for w in words if w.endswith("s")}  # "Israelis"
        if j + 1 < len(lemmas):
            words |= {f"{w} {v.casefold()}" for w in words for v in lemmas[j + 1]}  # "north korean"
        if not nations.isdisjoint(words):
            return True
    return False


def _act_negated(lemmas: Lemmas, i: int, lang: Language) -> bool:
    """ "it did not kill civilians", "its forces don't damage the plant": an act of harm an agent is
    said not to have done (a harm word right after "do not"), not harm that did not happen ("no one
    was hurt", "the strike did not injure anyone")."""
    speech = lang.speech
    if not (1 < i < len(lemmas) - 1 and lemmas[i + 1] & speech.HARM_WORDS):
        return False
    return bool(lemmas[i - 1] & speech.ACT_AUXILIARIES and lemmas[i - 2] & speech.ACT_SUBJECTS)


def _denying_negation(lemmas: Lemmas, i: int, lang: Language) -> bool:
    speech = lang.speech
    after = lemmas[i + 1 : i + 2]
    if after and after[0] & speech.NOT_DENYING_AFTER:
        return False  # "not only", "no longer"
    if i > 0 and lemmas[i - 1] & speech.CONTRAST_WORDS:
        return False  # "а не", "rather not"
    if i > 0 and lemmas[i - 1] & speech.PLEDGE_AUXILIARIES:
        return False  # "would not attack": a pledge
    if i > 0 and lemmas[i - 1] & speech.DESCRIBING_PREPOSITIONS:
        return False  # "people with no connection to the troops": who they are
    if not _act_negated(lemmas, i, lang) and _has(lemmas[max(i - 3, 0) : i + 6], speech.HARM_WORDS) >= 0:
        return False  # "none of the crew were hurt", "there is no danger", "жертв нет"
    for options in reversed(lemmas[:i]):
        if lang.verb_class(options) is not None:
            return True  # the clause a reporting verb opens
        if options & speech.SUBORDINATORS:
            return False  # "troops who were not trained"
    return True


def _attributive(lemmas: Lemmas, i: int, lang: Language) -> bool:
    """ "40 confirmed deaths", "the verified toll": a confirming word that describes a noun after a
    number or a determiner confirms nothing; nor does a passive with no agent inside what is said
    ("the UN said famine had been confirmed in Darfur": the UN asserts; "was confirmed by the UN"
    has its agent)."""
    if i == 0:
        return False
    before = lemmas[i - 1]
    determiners: frozenset[str] = lang.speech.NOUN_DETERMINERS - lang.speech.REPORT_THAT
    if bool(before & determiners) or any(word[:1].isdigit() for word in before):
        return True
    speech = lang.speech
    if not before & speech.PASSIVE_AUXILIARIES or i < 2:
        return False
    after = lemmas[i + 1 : i + 3]
    return not any(options & speech.AGENT_MARKERS for options in after)
