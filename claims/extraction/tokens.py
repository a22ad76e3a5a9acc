"""Words with their offsets, and a phrase matcher over them (names, aliases, topic terms).

Matching works on word tokens rather than on one huge regular expression: a dictionary lookup per
word stays fast however many aliases the registry holds. Russian and Ukrainian names decline
(Курск, Курской, Курську), so Cyrillic words match by stem (the alias without its final vowels,
followed by at most a few letters) and, where the stem does not reach, by lemma: every word of
an alias and of the text is also looked up in its dictionary form ("Центру протидії
дезінформації" is "центр протидія дезінформація", like the alias "Центр протидії дезінформації").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from .morph import lemma_cyrillic, lemmas_cyrillic

# A word: letters/digits; a Ukrainian apostrophe inside a Cyrillic word keeps it one word (п'ятниця).
WORD = re.compile(r"[^\W_]+(?:['’ʼ](?=[а-яіїєґА-ЯІЇЄҐ])[^\W_]+)*")
_VOWEL_END = re.compile(r"[аяоеёиыуюьйіїєъ]{1,2}$")
# What may stand between two words of one name: "U.S. Army", "Ulan-Ude", "Kim Jong-un".
_NAME_GAP = re.compile(r"[\s.\-‐‑'’ʼ]{1,3}")
MAX_STEM_SUFFIX = 4
MIN_STEM = 4
# A Cyrillic acronym read as a word takes its case ending in small letters: "ЦАХАЛе", "ХАМАСа", "МИДу".
_INFLECTED_ACRONYM = re.compile(r"([А-ЯЁІЇЄҐ]{2,})([а-яёіїєґ]{1,3})")


class Token(NamedTuple):
    """One word: its text, its normalised form, its offsets, whether it is Cyrillic. A tuple:
    a sentence makes one per word, and a tuple's constructor is the cheapest there is."""

    text: str
    norm: str  # casefolded, apostrophes straightened
    start: int
    end: int
    is_cyrillic: bool

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


_new_token = tuple.__new__


class Lazy:
    """A yes/no worked out only if something asks for it (most sentences never do)."""

    __slots__ = ("compute", "value")

    def __init__(self, compute: Callable[[], object]) -> None:
        self.compute = compute
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = bool(self.compute())
        return self.value


def word_set(text: str) -> frozenset[str]:
    """A vocabulary written as one whitespace-separated string."""
    return frozenset(text.split())


def normalize_word(word: str) -> str:
    low = word.casefold()
    if "’" in low or "ʼ" in low or "ё" in low:
        low = low.replace("’", "'").replace("ʼ", "'").replace("ё", "е")
    return low


def tokenize(text: str, offset: int = 0) -> list[Token]:
    low = text.casefold()
    if len(low) == len(text):  # fold the sentence once, not word by word
        if "’" in low or "ʼ" in low or "ё" in low:
            low = low.replace("’", "'").replace("ʼ", "'").replace("ё", "е")
        # The words as strings (no match objects), each found where the last one ended: what
        # stands between two words holds no letter or digit, so the first occurrence is the word.
        out: list[Token] = []
        append, find, b = out.append, text.find, 0
        for word in WORD.findall(text):
            a = find(word, b)
            b = a + len(word)
            append(_new_token(Token, (word, low[a:b], a + offset, b + offset, "Ѐ" <= word[0] <= "ӿ")))
        return out
    tokens: list[Token] = []
    for m in WORD.finditer(text):
        word = m.group()
        low = word.casefold()
        if "’" in low or "ʼ" in low or "ё" in low:
            low = low.replace("’", "'").replace("ʼ", "'").replace("ё", "е")
        start, end = m.span()
        tokens.append(Token(word, low, start + offset, end + offset, "Ѐ" <= word[0] <= "ӿ"))
    return tokens


def stem(word: str) -> str:
    """A Cyrillic word without its inflected ending, never shorter than MIN_STEM letters."""
    cut = _VOWEL_END.search(word)
    if cut is None:
        return word
    base = word[: cut.start()]
    if len(base) >= MIN_STEM:
        return base
    if len(word) - 1 >= MIN_STEM and cut.end() - cut.start() == 2:
        return word[:-1]
    return word


@lru_cache(maxsize=100_000)
def _cyrillic_keys(norm: str) -> tuple[str, ...]:
    """The keys a Cyrillic word may match an alias under: its stems, then its lemmas."""
    n = len(norm)
    stems = ["~" + norm[: n - cut] for cut in range(0, MAX_STEM_SUFFIX + 1) if n - cut >= MIN_STEM]
    lemmas = ["@" + lemma for lang in ("ru", "uk") for lemma in sorted(lemmas_cyrillic(norm, lang))]
    return tuple(stems + lemmas)


def acronym_base(text: str) -> str | None:
    """The acronym an inflected form declines ("ЦАХАЛе" -> "ЦАХАЛ"), or None."""
    m = _INFLECTED_ACRONYM.fullmatch(text)
    return m.group(1) if m is not None else None


def _stem_key(word: Token) -> str:
    if word.is_cyrillic and not word.text.isupper():
        return "~" + stem(word.norm)
    return word.norm


def _lemma_key(word: Token, lang: str) -> str:
    if word.is_cyrillic and not word.text.isupper():
        return "@" + lemma_cyrillic(word.norm, lang)
    return word.norm


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """How the first word of an alias must look in the text for the alias to count."""

    payload: Any
    capitalized: bool  # a proper name: "Kursk", not "kursk" (ordinary words stay ordinary)
    exact: str | None  # an acronym: "NIS" only as "NIS"
    caps: tuple[bool, ...] = ()  # per word of a longer name: is it a proper-noun word ("Far East")


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int  # character offsets in the text
    end: int
    first: int  # token indexes, end exclusive
    last: int
    payloads: tuple[object, ...]


class PhraseMatcher:
    """A trie of word sequences; each leaf holds what the phrase stands for."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        # Where a Cyrillic word leads from the root (its stems and lemmas tried in turn): a report
        # repeats its words, and most lead nowhere.
        self._first: dict[str, tuple[dict[str, Any], ...]] = {}

    def add(self, phrase: str, payload: Any) -> None:
        words = tokenize(phrase)
        if not words:
            return
        paths = [[_stem_key(w) for w in words]]
        if any(w.is_cyrillic and not w.text.isupper() for w in words):
            for lang in ("ru", "uk"):
                paths.append([_lemma_key(w, lang) for w in words])
        for path in paths:
            self._add_path(path, words, payload)

    def _add_path(self, path: list[str], words: list[Token], payload: Any) -> None:
        self._first.clear()
        node = self.root
        for key in path:
            node = node.setdefault(key, {})
        first = words[0]
        acronym = len(words) == 1 and any(c.isupper() for c in first.text[1:])
        caps = tuple(w.is_capitalized for w in words) if len(words) > 1 else ()
        rule = PhraseRule(
            payload=payload,
            capitalized=len(words) == 1 and first.is_capitalized,
            exact=first.text if acronym else None,
            caps=caps,
        )
        rules = node.setdefault("", [])
        for i, r in enumerate(rules):
            if r.payload == payload:
                # Spellings that differ only in case: a word must be capitalized only if it always is.
                merged = tuple(a and b for a, b in zip(r.caps, caps, strict=False)) if r.caps and caps else ()
                rules[i] = PhraseRule(
                    payload, r.capitalized and rule.capitalized, r.exact and rule.exact, merged
                )
                return
        rules.append(rule)

    def _children(self, node: dict[str, Any], token: Token) -> tuple[dict[str, Any], ...]:
        """Where a word leads from a node: by its own form first, then (a Cyrillic word) by each of
        its stems and lemmas that leads elsewhere ("Повітряних" goes on as the stem of "Повітряні"
        and as the lemma "повітряний": only one of them may reach "силах")."""
        child: dict[str, Any] | None = node.get(token.norm)
        if not token.is_cyrillic:
            return () if child is None else (child,)
        found = [] if child is None else [child]
        base = acronym_base(token.text) if token.text[1:2].isupper() else None
        if base is not None and (child := node.get(base.casefold())) is not None:
            found.append(child)
        for key in _cyrillic_keys(token.norm):
            other: dict[str, Any] | None = node.get(key)
            if other is not None and all(other is not f for f in found):
                found.append(other)
        return tuple(found)

    def _first_steps(self, token: Token) -> tuple[dict[str, Any], ...]:
        """`_children` of the root for a Cyrillic word, remembered per word."""
        norm = token.norm if not token.text[1:2].isupper() else token.text
        found = self._first.get(norm)
        if found is None:
            found = self._children(self.root, token)
            if len(self._first) < 20_000:  # a worker reads for days: keep it small
                self._first[norm] = found
        return found

    def find(self, text: str, tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[PhraseMatch]:
        """Longest matches, left to right, not overlapping, among tokens[lo:hi]."""
        hi = len(tokens) if hi is None else hi
        out: list[PhraseMatch] = []
        root = self.root
        # Most words start no name: one dictionary lookup (a Cyrillic word, by its stems and lemmas).
        candidates = [i for i in range(lo, hi) if tokens[i].is_cyrillic or tokens[i].norm in root]
        after = lo  # the first token past the last match
        first = self._first
        for i in candidates:
            token = tokens[i]
            if i < after:
                continue
            if token.is_cyrillic:  # `_first_steps`, its remembered answer looked up here
                starts = first.get(token.norm if not token.text[1:2].isupper() else token.text)
                if starts is None:
                    starts = self._first_steps(token)
            else:
                node = root[token.norm]
                following = tokens[i + 1] if i + 1 < hi else None
                # "the" before a word that goes on no name: nothing starts here (a Cyrillic word
                # may go on by its stems and lemmas: `_longest` looks)
                stops = following is None or (following.norm not in node and not following.is_cyrillic)
                if stops and "" not in node:
                    continue
                starts = (node,)
            best = self._longest_of(text, tokens, i, i, starts, hi) if starts else None
            if best is not None:
                last, rules = best
                out.append(
                    PhraseMatch(token.start, tokens[last].end, i, last + 1, tuple(r.payload for r in rules))
                )
                after = last + 1
        return out

    def _longest_of(
        self, text: str, tokens: list[Token], i: int, j: int, nodes: tuple[dict[str, Any], ...], hi: int
    ) -> tuple[int, list[PhraseRule]] | None:
        """The longest match through any of the nodes reached at token j; the first node wins ties."""
        best: tuple[int, list[PhraseRule]] | None = None
        for node in nodes:
            found = self._longest(text, tokens, i, j, node, hi)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        return best

    def _longest(
        self, text: str, tokens: list[Token], i: int, j: int, node: dict[str, Any], hi: int
    ) -> tuple[int, list[PhraseRule]] | None:
        """The longest phrase starting at token i whose path has reached `node` at token j."""
        best: tuple[int, list[PhraseRule]] | None = None
        while True:
            rules = node.get("")
            if rules:
                valid = [r for r in rules if self._fits(r, tokens[i]) and self._cased(r, tokens, i)]
                if valid:
                    best = (j, valid)
            j += 1
            if j >= hi:
                return best
            # Where the next word leads, then what stands between the words: most names stop here
            # ("the" leads nowhere with most words after it), before the gap is looked at.
            children = self._children(node, tokens[j])
            if not children or not _NAME_GAP.fullmatch(text[tokens[j - 1].end : tokens[j].start]):
                return best
            if len(children) > 1:  # another way on: taken only where it reaches further
                other = self._longest_of(text, tokens, i, j, children[1:], hi)
                if other is not None:
                    mine = self._longest(text, tokens, i, j, children[0], hi) or best
                    return other if mine is None or other[0] > mine[0] else mine
            node = children[0]

    @staticmethod
    def _cased(rule: PhraseRule, tokens: list[Token], i: int) -> bool:
        """A longer name needs one of its proper-noun words capitalized: "Far East", not "far east"."""
        wanted = [k for k, cap in enumerate(rule.caps) if cap]
        return not wanted or any(tokens[i + k].is_capitalized for k in wanted)

    @staticmethod
    def _fits(rule: PhraseRule, token: Token) -> bool:
        if rule.exact is not None:
            return (
                token.text == rule.exact
                or (token.text.isupper() and len(token.text) > 1)
                or acronym_base(token.text) == rule.exact
            )
        if rule.capitalized:
            return token.is_capitalized
        return True
