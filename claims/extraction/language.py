"""A language's lexicons compiled for the stages: lemmas, reporting-verb classes, phrase sets.

`language(code)` is built once per language and cached. Phrases in a lexicon are written as a
person would write them ("по данным", "declined to ... comment"); they are lemmatized here with the
same function as the text, so a phrase matches every inflected form of its words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from types import ModuleType
from typing import cast

from . import morph
from .lexicon import LANGUAGES, concept
from .tokens import WORD

GAP = "..."
MAX_GAP = 2  # words a "..." may stand for


class Lemmas(list[frozenset[str]]):
    """A sentence's words as sets of possible lemmas, with the set of all of them (computed once)
    so that a phrase set can tell at a glance that none of its phrases can start here, and where
    each lemma it was asked about stands (so that a phrase set looks only at the words one of its
    phrases can start on)."""

    _vocab: frozenset[str] | None = None
    _where: dict[str, list[int]] | None = None
    _found: dict[int, tuple[tuple[int, int], ...]] | None = None  # by phrase set: stages ask again
    _told: dict[object, object] | None = None  # what `told` worked out, by key

    def told[T](self, key: object, compute: Callable[[], T]) -> T:
        """Something about these lemmas (their stance), worked out on the first ask: stages ask
        again about the same words."""
        told = self._told
        if told is None:
            told = self._told = {}
        if key not in told:
            told[key] = compute()
        return cast(T, told[key])

    @property
    def vocab(self) -> frozenset[str]:
        if self._vocab is None:
            self._vocab = frozenset().union(*self)
        return self._vocab

    def positions(self, lemmas: Collection[str]) -> list[int]:
        """The words, left to right, that may have one of these lemmas (each lemma's looked up once)."""
        where = self._where
        if where is None:
            where = self._where = {}
        found: list[int] = []
        for lemma in lemmas:
            at = where.get(lemma)
            if at is None:
                at = where[lemma] = [i for i, options in enumerate(self) if lemma in options]
            found += at
        return sorted(set(found)) if len(lemmas) > 1 else found


def vocabulary(lemmas: Sequence[frozenset[str]]) -> frozenset[str]:
    """Every lemma of a sentence's words (kept on a `Lemmas`, made for any other sequence)."""
    return lemmas.vocab if isinstance(lemmas, Lemmas) else frozenset().union(*lemmas)


@dataclass(frozen=True)
class PhraseSet:
    """Lemma sequences, found in a list of lemmas; "..." stands for up to two other words, "... ..."
    for up to four."""

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
        if not isinstance(lemmas, Lemmas):
            return self._find(
                lemmas, [i for i, options in enumerate(lemmas) if not self.first_words.isdisjoint(options)]
            )
        vocab = lemmas._vocab if lemmas._vocab is not None else lemmas.vocab
        if self.first_words.isdisjoint(vocab):  # most sentences: one set operation in C
            return []
        found = lemmas._found
        if found is None:
            found = lemmas._found = {}
        spans = found.get(id(self))
        if spans is None:
            starts = lemmas.positions(self.first_words & vocab)
            spans = found[id(self)] = tuple(self._find(lemmas, starts, vocab))
        return list(spans)

    def _find(
        self, lemmas: Sequence[frozenset[str]], starts: Iterable[int], vocab: frozenset[str] | None = None
    ) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        by_first = self.by_first
        for i in starts:
            end = None
            for lemma in lemmas[i]:  # the phrases that may start on this word
                for phrase in by_first.get(lemma, ()):
                    if vocab is not None and phrase[-1].isdisjoint(vocab):
                        continue  # its last word is nowhere in the sentence: one set operation
                    end = _match_at(phrase, lemmas, i)
                    if end is not None:
                        break
                if end is not None:
                    out.append((i, end))
                    break
        return out

    def search(self, lemmas: Sequence[frozenset[str]]) -> bool:
        return bool(self.find(lemmas))


Phrase = tuple[frozenset[str], ...]


class Memo[K, V](dict[K, V]):
    """A function's results by argument, computed on the first lookup of each; at most `limit`
    kept (a worker reads for days). Looking one up is a dictionary subscript, in C."""

    def __init__(self, compute: Callable[[K], V], limit: int = 100_000) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: K) -> V:
        value = self.compute(key)
        if len(self) < self.limit:
            self[key] = value
        return value


@cache
def word_matcher(entries: frozenset[str]) -> Callable[[str], bool]:
    """Is a folded word one of a word list's entries, or does it start with one of its entries that
    end in "*" (prefixes: "attack*" for attacked, attacks)? Remembered per word: a report repeats
    its words."""
    prefixes = tuple(e[:-1] for e in entries if e.endswith("*"))

    def matches(word: str) -> bool:
        return word in entries or word.startswith(prefixes)

    return Memo(matches).__getitem__


_GAP_SET = frozenset((GAP,))


def _match_at(phrase: Phrase, lemmas: Sequence[frozenset[str]], i: int) -> int | None:
    j = i
    k = 0
    while k < len(phrase):
        word = phrase[k]
        if word == _GAP_SET:
            gaps = 1  # "... ..." stands for up to twice as many words
            while phrase[k + gaps] == _GAP_SET:
                gaps += 1
            nxt = phrase[k + gaps]
            for skip in range(MAX_GAP * gaps + 1):
                if j + skip < len(lemmas) and lemmas[j + skip] & nxt:
                    j += skip
                    break
            else:
                return None
            k += gaps
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
    unsourced: PhraseSet
    denial_phrases: PhraseSet
    confirm_phrases: PhraseSet
    meta: PhraseSet
    negated_facts: PhraseSet
    threats: PhraseSet
    # `lemma_set(word)`: every lemma the word may have (one for English; pymorphy's best few for
    # Cyrillic). `lemma(word)`: its most likely one. Both are a remembered dictionary's lookup,
    # called as a function: a report asks about a million times, most of them for words it saw.
    lemma_set: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)
    lemma: Callable[[str], str] = field(init=False, repr=False, compare=False)
    _by_class: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _cue_lemmas: frozenset[str] | None = field(default=None, repr=False)

    @cached_property
    def person_roles(self) -> frozenset[str]:
        """Titles and roles that tie a person to a body ("minister", "spokesman", "представитель"), and
        the trades a person is named by ("journalist", "военкор")."""
        roles: frozenset[str] = self.actors.TITLES | self.actors.ROLE_WORDS | self.actors.PROFESSIONS
        return roles

    @cached_property
    def verb_lemmas(self) -> frozenset[str]:
        """The reporting verbs' lemmas as a set: a word is a reporting verb (`verb_class` is not None)
        where its lemmas meet it, one set operation."""
        return frozenset(self.verbs)

    @cached_property
    def clause_contrasts(self) -> frozenset[str]:
        """ "but", "но": contrasts that open a new clause (not "while", which may open one inside
        the claim)."""
        contrasts: frozenset[str] = self.speech.CLAUSE_CONTRASTS - self.speech.SUBORDINATORS
        return contrasts

    @property
    def cyrillic(self) -> bool:
        return self.code in ("ru", "uk")

    def __post_init__(self) -> None:
        code, known, irregular = self.code, self.known, self.irregular

        def options(word: str) -> frozenset[str]:
            return lemma_options(word, code, known, irregular)

        def best(word: str) -> str:
            return morph.lemma(word, code, known, irregular)

        self.lemma_set = Memo(options).__getitem__
        self.lemma = Memo(best).__getitem__

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

    def non_answers(self, phrases: PhraseSet, lemmas: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
        """Where `phrases` (non-answers) are found, but for one whose last word opens or lies in an
        "according to" phrase begun after it ("Выживших нет: по данным ведомства": "нет ... данные"
        ends inside "по данным", which names who says it, not data missing)."""
        found = phrases.find(lemmas)
        if not found:
            return found
        cues = self.according.find(lemmas)
        return [(i, j) for i, j in found if not any(i < a < j <= b for a, b in cues)]

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
    "UNSOURCED_REPORTS",
    "DENIAL_WORDS", "DENIAL_PHRASES", "DESCRIBING_VERBS", "CONFIRM_PHRASES", "REPORT_NOUNS", "COPULAS",
    "TELL_OBJECTS", "STATEMENT_NOUNS", "NEGATIONS", "HEDGES", "META_PHRASES", "NEGATED_FACTS", "HARM_WORDS",
    "EVIDENCE_GIVING_VERBS", "PUT_VERBS", "THREAT_PHRASES",
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
        unsourced=phrases(speech.UNSOURCED_REPORTS),
        denial_phrases=phrases(speech.DENIAL_PHRASES),
        confirm_phrases=phrases(speech.CONFIRM_PHRASES),
        meta=phrases(speech.META_PHRASES),
        negated_facts=phrases(speech.NEGATED_FACTS),
        threats=phrases(speech.THREAT_PHRASES),
    )
