"""What a source does with a proposition: asserts, confirms, denies, or does not deny.

Read from the lemmas of the speaker's part of a sentence, with the phrase lists of its language
(`lexicon/<lang>/speech.py`). Non-answers come first: "did not deny", "could not confirm",
"declined to comment" are neither denials nor confirmations. A denial word ("fake", "groundless")
denies only in a denying frame ("dismissed the reports as fake", "the claims were false"), never in
"fake documents". Silence ("did not comment", "could not be reached") is no claim at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from .language import Language, language, vocabulary
from .lexicon import detect_language

ASSERTS, CONFIRMS, DENIES, DOES_NOT_DENY = "asserts", "confirms", "denies", "does_not_deny"
Lemmas = Sequence[frozenset[str]]


def is_silence(scope: str, lang: str | None = None) -> bool:
    lang_ = language(lang or detect_language(scope))
    return is_silence_lemmas(lang_.lemma_sets(scope), lang_)


def is_silence_lemmas(lemmas: Lemmas, lang: Language) -> bool:
    return lang.silence.search(lemmas) and not lang.decline.search(lemmas)


def stance_of(scope: str, lang: str | None = None) -> str:
    """The stance in a speaker's part of a sentence (its verb and what it governs)."""
    lang_ = language(lang or detect_language(scope))
    return stance_of_lemmas(lang_.lemma_sets(scope), lang_)


def stance_of_lemmas(lemmas: Lemmas, lang: Language) -> str:
    if lang.decline.search(lemmas) or _cannot_confirm(lemmas, lang):
        return DOES_NOT_DENY
    if _denies(lemmas, lang):
        return DENIES
    if _confirms(lemmas, lang):
        return CONFIRMS
    return ASSERTS


def _cannot_confirm(lemmas: Lemmas, lang: Language) -> bool:
    """A non-answer, unless its negation is a denial's ('"This is not true," Peskov said' is no
    "not ... say")."""
    denials = lang.denial_phrases.find(lemmas)
    return any(not any(a <= i < b for a, b in denials) for i, _j in lang.cannot_confirm.find(lemmas))


def _has(lemmas: Lemmas, words: frozenset[str]) -> int:
    """The index of the first token that may be one of `words`, or -1."""
    for i, options in enumerate(lemmas):
        if options & words:
            return i
    return -1


def _denies(lemmas: Lemmas, lang: Language) -> bool:
    denying = lang.verbs_of("deny")
    if not denying.isdisjoint(vocabulary(lemmas)):
        return True
    if lang.denial_phrases.search(lemmas):
        return True
    word = _has(lemmas, lang.speech.DENIAL_WORDS)
    if word < 0:
        return False
    before = lemmas[:word]
    framed = _has(before, lang.speech.DESCRIBING_VERBS) >= 0 or _has(before, lang.speech.DEMONSTRATIVES) >= 0
    reported = _has(before, lang.speech.REPORT_NOUNS) >= 0
    copula = _has(before, lang.speech.COPULAS) >= 0 or lang.cyrillic
    return framed or (reported and copula)


def _confirms(lemmas: Lemmas, lang: Language) -> bool:
    confirming = lang.verbs_of("confirm")
    if not confirming.isdisjoint(vocabulary(lemmas)):
        return True
    worries: frozenset[str] = getattr(lang.speech, "WORRY_NOUNS", frozenset())
    # "acknowledged U.S. concern that ...": a worry voiced, nothing confirmed
    return any(_has(lemmas[j : j + 3], worries) < 0 for _i, j in lang.confirm_phrases.find(lemmas))
