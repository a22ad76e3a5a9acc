"""A language's lexicons compiled for the stages: lemmas, reporting-verb classes, phrase sets.

`language(code)` is built once per language and cached. Phrases in a lexicon are written as a
person would write them ("по данным", "declined to ... comment"); they are lemmatized here with the
same function as the text, so a phrase matches every inflected form of its words.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from types import ModuleType

from . import morph
from .lexicon import LANGUAGES, concept
from .tokens import WORD

GAP = "..."
MAX_GAP = 2  # words a "..." may stand for


class Lemmas(list[frozenset[str]]):
    """A sentence's words as sets of possible lemmas, with the set of all of them (computed once)
    so that a phrase set can tell at a glance that none of its phrases can start here."""

    _vocab: frozenset[str] | None = None

    @property
    def vocab(self) -> frozenset[str]:
        if self._vocab is None:
            self._vocab = frozenset().union(*self)
        return self._vocab


def vocabulary(lemmas: Sequence[frozenset[str]]) -> frozenset[str]:
    """Every lemma of a sentence's words (kept on a `Lemmas`, made for any other sequence)."""
    return lemmas.vocab if isinstance(lemmas, Lemmas) else frozenset().union(*lemmas)


@dataclass(frozen=True)
class PhraseSet:
    """Lemma sequences, found in a list of lemmas; "..." stands for up to two other words."""

    phrases: tuple[Phrase, ...]
    by_first: dict[str, tuple[Phrase, ...]] = field(default_factory=dict, compare=False)
    first_words: frozenset[str] = frozenset()

    @classmethod
    def build(cls, phrases: Iterable[Phrase]) -> PhraseSet:
        phrases = tuple(p for p in phrases if p)
        by_first: dict[str, list[Phrase]] = {}
        for p in phrases:
            for lemma in p[0]:
                by_first.setdefault(lemma, []).append(p)
        return cls(phrases, {k: tuple(v) for k, v in by_first.items()}, frozenset(by_first))

    def find(self, lemmas: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
        """(first, end) token spans of every phrase found, left to right. Each token is the set of
        its possible lemmas."""
        out: list[tuple[int, int]] = []
        first_words = self.first_words
        if isinstance(lemmas, Lemmas):
            vocab = lemmas._vocab if lemmas._vocab is not None else lemmas.vocab
            if first_words.isdisjoint(vocab):
                return out
        for i, options in enumerate(lemmas):
            if first_words.isdisjoint(options):
                continue  # most words start no phrase: one set operation in C
            for phrase in self._starting(options):
                end = _match_at(phrase, lemmas, i)
                if end is not None:
                    out.append((i, end))
                    break
        return out

    def _starting(self, options: frozenset[str]) -> Iterator[Phrase]:
        for lemma in options:
            yield from self.by_first.get(lemma, ())

    def search(self, lemmas: Sequence[frozenset[str]]) -> bool:
        return bool(self.find(lemmas))


Phrase = tuple[frozenset[str], ...]
_GAP_SET = frozenset((GAP,))


def _match_at(phrase: Phrase, lemmas: Sequence[frozenset[str]], i: int) -> int | None:
    j = i
    k = 0
    while k < len(phrase):
        word = phrase[k]
        if word == _GAP_SET:
            nxt = phrase[k + 1]
            for skip in range(MAX_GAP + 1):
                if j + skip < len(lemmas) and lemmas[j + skip] & nxt:
                    j += skip
                    break
            else:
                return None
            k += 1
            continue
        if j >= len(lemmas) or not lemmas[j] & word:
            return None
        j += 1
        k += 1
    return j


@dataclass
class Language:
    code: str
    known: frozenset[str]
    irregular: dict[str, str]
    verbs: dict[str, str]  # reporting verb lemma -> class
    speech: ModuleType  # the lexicon module
    actors: ModuleType
    according: PhraseSet
    relaying: PhraseSet
    citing: PhraseSet
    cannot_confirm: PhraseSet
    decline: PhraseSet
    silence: PhraseSet
    denial_phrases: PhraseSet
    confirm_phrases: PhraseSet
    meta: PhraseSet
    negated_facts: PhraseSet
    _lemmas: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _lemma: dict[str, str] = field(default_factory=dict, repr=False)
    _by_class: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _cue_lemmas: frozenset[str] | None = field(default=None, repr=False)

    @cached_property
    def person_roles(self) -> frozenset[str]:
        """Titles and roles that tie a person to a body ("minister", "spokesman", "представитель")."""
        roles: frozenset[str] = self.actors.TITLES | self.actors.ROLE_WORDS
        return roles

    @property
    def cyrillic(self) -> bool:
        return self.code in ("ru", "uk")

    def lemma_set(self, word: str) -> frozenset[str]:
        """Every lemma the word may have (one for English; pymorphy's best few for Cyrillic)."""
        found = self._lemmas.get(word)
        if found is None:
            found = lemma_options(word, self.code, self.known, self.irregular)
            if len(self._lemmas) < 100_000:
                self._lemmas[word] = found
        return found

    def lemma(self, word: str) -> str:
        found = self._lemma.get(word)
        if found is None:
            found = morph.lemma(word, self.code, self.known, self.irregular)
            if len(self._lemma) < 100_000:
                self._lemma[word] = found
        return found

    def lemma_sets(self, text: str) -> Lemmas:
        return Lemmas(self.lemma_set(w) for w in WORD.findall(text))

    def verbs_of(self, cls: str) -> frozenset[str]:
        """The reporting-verb lemmas of one class ("deny", "confirm" ...)."""
        found = self._by_class.get(cls)
        if found is None:
            found = self._by_class[cls] = frozenset(v for v, c in self.verbs.items() if c == cls)
        return found

    @property
    def cue_lemmas(self) -> frozenset[str]:
        """Every lemma that can start a reporting cue: a word with none of these is no cue."""
        if self._cue_lemmas is None:
            speech = self.speech
            self._cue_lemmas = frozenset(self.verbs) | speech.PUT_VERBS | frozenset(speech.PARTICLE_VERBS)
        return self._cue_lemmas

    @cached_property
    def reading_lemmas(self) -> frozenset[str]:
        """Lemmas one of which any attributed sentence holds: the cue lemmas, and a word of every
        phrase that attributes without a reporting verb ("not ... rule out", "no evidence",
        "according to"): its longest word (the last of equals), the least likely to be in any sentence."""
        words = set(self.cue_lemmas)
        for phrases in (self.according, self.relaying, self.citing, self.cannot_confirm, self.decline):
            for phrase in phrases.phrases:
                words.update(max(reversed(phrase), key=lambda w: (w != _GAP_SET, max(map(len, w)))))
        return frozenset(words)

    def verb_class(self, options: frozenset[str]) -> str | None:
        for lemma in options:
            found = self.verbs.get(lemma)
            if found is not None:
                return found
        return None


def lemma_options(word: str, code: str, known: Collection[str], irregular: dict[str, str]) -> frozenset[str]:
    if code in ("ru", "uk") and morph.has_cyrillic(word):
        return morph.lemmas_cyrillic(word, code)
    return frozenset((morph.lemma_en(word, known, irregular),))


# The speech lexicon's constants that hold lemmas (the others hold words as written).
LEMMA_CONSTANTS = (
    "REPORTING_VERBS", "ACCORDING", "RELAYING", "CITING", "CANNOT_CONFIRM", "DECLINE_TO_COMMENT", "SILENCE",
    "DENIAL_WORDS", "DENIAL_PHRASES", "DESCRIBING_VERBS", "CONFIRM_PHRASES", "REPORT_NOUNS", "COPULAS",
    "TELL_OBJECTS", "STATEMENT_NOUNS", "NEGATIONS", "HEDGES", "META_PHRASES", "NEGATED_FACTS", "HARM_WORDS",
)  # fmt: skip


def _known_words(*modules: ModuleType) -> frozenset[str]:
    words: set[str] = set()
    for module in modules:
        for name in LEMMA_CONSTANTS:
            value = getattr(module, name)
            items = value.keys() if isinstance(value, dict) else value
            if isinstance(items, str) or not isinstance(items, Iterable):
                continue
            for item in items:
                if isinstance(item, str):
                    words.update(w.casefold() for w in item.split() if w != GAP)
    return frozenset(words)


@cache
def language(code: str) -> Language:
    if code not in LANGUAGES:
        code = "en"
    speech = concept(code, "speech")
    actors = concept(code, "actors")
    irregular = dict(speech.IRREGULAR)
    known = (_known_words(speech) - irregular.keys()) | frozenset(irregular.values())

    def options(word: str) -> frozenset[str]:
        return _GAP_SET if word == GAP else lemma_options(word, code, known, irregular)

    def phrases(items: Iterable[str]) -> PhraseSet:
        return PhraseSet.build(tuple(options(w) for w in item.split()) for item in items)

    verbs: dict[str, str] = {}
    for verb, cls in speech.REPORTING_VERBS.items():
        for lemma in options(verb) if code != "en" else (verb,):
            verbs.setdefault(lemma, cls)
    return Language(
        code=code,
        known=known,
        irregular=irregular,
        verbs=verbs,
        speech=speech,
        actors=actors,
        according=phrases(speech.ACCORDING),
        relaying=phrases(speech.RELAYING),
        citing=phrases(speech.CITING),
        cannot_confirm=phrases(speech.CANNOT_CONFIRM),
        decline=phrases(speech.DECLINE_TO_COMMENT),
        silence=phrases(speech.SILENCE),
        denial_phrases=phrases(speech.DENIAL_PHRASES),
        confirm_phrases=phrases(speech.CONFIRM_PHRASES),
        meta=phrases(speech.META_PHRASES),
        negated_facts=phrases(speech.NEGATED_FACTS),
    )
