"""Place names no gazetteer knows: kept on the claim, without coordinates, for an analyst to place.

A name counts when the text plainly names a place with it and nothing else explains it:

- capitalized words (at most three, the first of at least four letters) that no lexicon holds as a
  word and that no registry source, person or place covers;
- after a settlement noun ("the village of Kruglenkoye", "в селе Кругленькое"), or after one of the
  language's UNPLACED_PREPOSITIONS ("in Tinzaouatene", "near Zaboltovo"; none in Russian and
  Ukrainian, where such a name is inflected), or listed after a place other than a country or after
  such a name ("near Sudzha, Guevo and Plekhovo");
- and ending there: punctuation, the sentence's end or a function word comes next ("in Moura in
  March"), never a possessive or a lower-case noun ("in Telegram posts", "in Kim's words").

Pure: the sentence's words, its actors and its registry place matches in; (offset, name) pairs out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .index import MIN_LETTERS, SETTLEMENT_NOUNS, SKIPPED_BEFORE, lexicon_words
from .lexicon import LANGUAGES, concept
from .morph import has_cyrillic, lemma_cyrillic

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import SentenceState

MAX_WORDS = 3
_NAME_WORD = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ-]*[a-zа-яёіїєґ]")


@cache
def _list_gap() -> re.Pattern[str]:
    """What joins the names of a list: a comma, the languages' PLACE_JOINERS ("and", "и", "та"), or both."""
    joiners = sorted(set().union(*(concept(code, "places").PLACE_JOINERS for code in LANGUAGES)), key=len)
    words = "|".join(re.escape(w) for w in reversed(joiners))
    return re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+")


@cache
def _stop_words(code: str) -> frozenset[str]:
    words: frozenset[str] = concept(code, "grammar").STOP_WORDS
    return words


def _common(word: str, code: str) -> bool:
    """Is the word one a lexicon holds (as written, or by its Russian or Ukrainian lemma)?"""
    low = word.casefold()
    common = lexicon_words()
    if low in common:
        return True
    return has_cyrillic(word) and code in ("ru", "uk") and lemma_cyrillic(low, code) in common


def unplaced_names(state: SentenceState) -> list[tuple[int, str]]:
    """The unknown place names of the sentence, with where each starts."""
    s, words = state.text, state.words
    if len(words) < 2:
        return []
    covered = [(a, b) for a, b, _ in state.place_hits] + [(x.start, x.end) for x in state.actors]
    # a list goes on from a town or a region, not from a country ("between Israel and Hamas")
    known_ends = sorted(b for a, b, hit in state.place_hits if hit.entry.kind != "country")
    out: list[tuple[int, str]] = []
    k = 1
    while k < len(words):
        last = _name_from(state, k, covered)
        if last is None:
            k += 1
            continue
        start, end = words[k][1], words[last][2]
        ends = known_ends + [a + len(name) for a, name in out]
        if _ends_there(state, last) and (_announced(state, k) or _listed_after(s, start, ends)):
            out.append((start, s[start:end]))
        k = last + 1
    return out


def _name_from(state: SentenceState, k: int, covered: list[tuple[int, int]]) -> int | None:
    """The last word of a capitalized name starting at word k, if one does."""
    s, words, code = state.text, state.words, state.lang.code
    word, start, end, _ = words[k]
    if len(word) < MIN_LETTERS or not _NAME_WORD.fullmatch(word) or _common(word, code):
        return None
    if any(a < end and start < b for a, b in covered):
        return None
    last = k
    while last + 1 < len(words) and last - k + 1 < MAX_WORDS:
        nxt, a, b, _ = words[last + 1]
        if s[words[last][2] : a] not in (" ", "-") or not _NAME_WORD.fullmatch(nxt) or _common(nxt, code):
            break
        if any(x < b and a < y for x, y in covered):
            break
        last += 1
    return last


def _ends_there(state: SentenceState, last: int) -> bool:
    """Does the name end at word `last`: no possessive, and punctuation, the end or a function word next?"""
    s, words = state.text, state.words
    end = words[last][2]
    if s[end : end + 2] in ("'s", "’s") or s[end : end + 1] in ("'", "’"):
        return False
    if last + 1 >= len(words):
        return True
    gap = s[end : words[last + 1][1]]
    return bool(gap.strip()) or words[last + 1][3] in _stop_words(state.lang.code)


def _announced(state: SentenceState, k: int) -> bool:
    """A settlement noun or a preposition for unknown places right before the name ("the village of")."""
    s, words = state.text, state.words
    before: list[str] = []
    j = k - 1
    while j >= 0 and s[words[j][2] : words[j + 1][1]].isspace() and len(before) < 4:
        before.append(words[j][3])
        if words[j][3] not in SKIPPED_BEFORE:
            break
        j -= 1
    if not before:
        return False
    head = before[-1]
    if head in SETTLEMENT_NOUNS or (has_cyrillic(head) and _settlement_lemma(head, state.lang.code)):
        return True
    preps: frozenset[str] = concept(state.lang.code, "places").UNPLACED_PREPOSITIONS
    return len(before) == 1 and head in preps


def _settlement_lemma(word: str, code: str) -> bool:
    """ "населённые пункты": a settlement noun in a form the lexicon does not list."""
    return code in ("ru", "uk") and lemma_cyrillic(word, code) in SETTLEMENT_NOUNS


def _listed_after(s: str, start: int, ends: list[int]) -> bool:
    """Is the name joined by a comma or "and" to a place (or an unknown name) just before it?"""
    return any(e < start and _list_gap().fullmatch(s[e:start]) for e in ends)
