"""Numbers tied to what they count: value, unit, qualifier (about, at least, up to ...), ranges.

Every word comes from the language's `lexicon/<lang>/numbers.py` (number words, scales, qualifiers,
counted nouns, casualty words); this module only knows the shape of a figure:

    [qualifier] [currency] number [scale] [range joiner number [scale]] [qualifier after] [modifiers]
    noun [casualty]

A number becomes a figure only when something it counts stands close to it: a counted noun
("soldiers", "drones", "km", "$"), a casualty word ("killed", "погибли") or, for a bare number, the
unit of the figure it is part of ("80 of 100 drones", "two more", "80 were shot down", "up from
10,000", "of which 4") or the noun it is labelled with ("Drones: 45", "a crew of 25"). So dates,
years, ordinals ("84th", "the first soldiers"), calibres ("155mm"), models ("Kh-101"), vague plurals
("hundreds of soldiers") and unit-less numbers are left alone. Casualty words near a count of
people set its unit: "50 soldiers were killed" is 50 killed, "captured two soldiers" is 2
prisoners, "300 killed and 2,700 wounded" is two figures. Numbers may be written 3,000 / 3 000 /
3.000 / 1,5 / 10k / $1.5bn / 1.5 million / twelve thousand / half a dozen / USD 50 million /
300-plus / 3 тыс. / полторы тысячи / двести с лишним / чотирьох тисяч.

Russian and Ukrainian words are matched by their pymorphy3 lemmas (`language(code).lemma_set`), so
the lexicon lists one form of each. Sentences without a digit or a number word cost one regex search
and one set intersection.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from typing import Any, NamedTuple

from .language import Language, language
from .lexicon import LANGUAGES, concept, detect_language
from .types import FigureDraft

_NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:[  ]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d,.])"
    r"|\d+(?:[.,]\d+)?"
)
_TOKEN = re.compile(rf"(?P<w>[^\W\d_]+(?:['’ʼ][^\W\d_]+)*)|(?P<n>{_NUMBER})|(?P<s>[^\w\s])")
_DIGIT = re.compile(r"\d")
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_GLUED_UNIT = re.compile(r"\d[^\W\d_]")  # "40km", "10k": a unit the word set does not show
_THOUSANDS = re.compile(r"\d{1,3}(?:(?:,\d{3})+|(?:[  ]\d{3})+|(?:\.\d{3})+)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_SENTENCE_BREAKS = frozenset(".;:!?()[]")
_DASHES = frozenset("—–")
_LABEL_MARKS = frozenset(":—–")
_QUOTES = frozenset("\"“”«»„'")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "ё": "е"})
MAX_GAP = 4  # words that may stand between a number and its noun
AFTER_WINDOW = 8  # words searched after a count for its casualty word
BARE_AFTER_WINDOW = 5  # the same for a number without a noun ("47 were wounded")
BEFORE_WINDOW = 4  # words searched before it
COUNT_NOUN_WINDOW = 16  # "the number of killed ... at 3,000": how far back the count noun may be
LOOK_BACK_CHARS = 200  # text read before the first number: qualifiers, casualty words, count nouns


class _Tok(NamedTuple):
    """kind "n" a number in digits, "w" a word, "s" a symbol; norm the text in lower case with
    apostrophes straightened and ё as е. A tuple: cheap to make."""

    kind: str
    text: str
    norm: str
    start: int
    end: int


_new_tok = tuple.__new__


@dataclass(frozen=True)
class _Lexicon:
    """One language's numbers lexicon, compiled for lookups."""

    lang: Language
    cyrillic: bool
    numbers: dict[str, float]
    scales: dict[str, float]
    suffix_scales: dict[str, float]
    fractions: dict[str, float]
    one_before_scale: frozenset[str]
    joiners: frozenset[str]
    vague: frozenset[str]
    vague_before: frozenset[str]
    qualifiers: dict[str, str]
    qualifiers_after: dict[str, str]
    range_joiners: frozenset[str]
    range_openers: dict[str, str]
    range_ends: frozenset[str]  # the joiners the openers expect ("and", "to")
    partitives: dict[str, str]
    more_words: frozenset[str]
    more_before: frozenset[str]
    size_words: frozenset[str]
    baseline: dict[str, str]
    part_pronouns: frozenset[str]
    counted: dict[str, str]
    modifiers: frozenset[str]
    adjective_endings: tuple[str, ...]
    casualty: dict[str, str]
    intercept: dict[str, str]
    link_words: frozenset[str]
    clause_breaks: frozenset[str]
    relatives: frozenset[str]
    tally_words: frozenset[str]
    count_nouns: frozenset[str]
    year_words: frozenset[str]
    age_words: frozenset[str]
    calibre_words: frozenset[str]
    displacement: dict[str, str]
    split_joiners: frozenset[str]
    split_followers: frozenset[str]
    multiplier_before: frozenset[str]
    multiplier_after: frozenset[str]
    triggers: frozenset[str] = field(default_factory=frozenset)  # words that may start a number
    prefixes: frozenset[str] = field(default_factory=frozenset)  # their first letters (Cyrillic)
    longest: dict[str, int] = field(default_factory=dict)  # words in the longest key of each table
    # per table, per first word: the words in the longest key it starts
    longest_from: dict[str, dict[str, int]] = field(default_factory=dict)
    firsts: dict[str, frozenset[str]] = field(default_factory=dict)  # first words of each table's keys
    unit_words: frozenset[str] = field(default_factory=frozenset)  # words that may name a unit
    unit_symbols: tuple[str, ...] = ()  # "$", "€"
    halves: tuple[tuple[str, ...], ...] = ()  # "с половиной": half a unit more ("две с половиной тысячи")
    key_cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)

    def keys(self, tok: _Tok) -> frozenset[str]:
        """The forms a token may be looked up by: itself, and its lemmas in Russian and Ukrainian."""
        norm = tok[2]
        found = self.key_cache.get(norm)
        if found is None:
            found = frozenset((norm,))
            if self.cyrillic and _CYRILLIC.search(norm):
                found |= {k.translate(_APOSTROPHES) for k in self.lang.lemma_set(norm)}
            if len(self.key_cache) < 50_000:
                self.key_cache[norm] = found
        return found

    def may_be_number_word(self, tok: _Tok) -> bool:
        if tok.kind != "w":
            return False
        if self.cyrillic and _CYRILLIC.match(tok.norm):
            return tok.norm[:2] in self.prefixes and not self.keys(tok).isdisjoint(self.triggers)
        return tok.norm in self.triggers or tok.norm in self.one_before_scale


def _phrase_key(phrase: str) -> str:
    return " ".join(m.group().casefold().translate(_APOSTROPHES) for m in _TOKEN.finditer(phrase))


def _table(items: dict[str, Any] | frozenset[str] | tuple[str, ...], value: Any = None) -> dict[str, Any]:
    if isinstance(items, dict):
        return {_phrase_key(k): v for k, v in items.items()}
    return {_phrase_key(k): value if value is not None else k for k in items}


@cache
def _lexicon(code: str) -> _Lexicon:
    lex = concept(code, "numbers")
    tables = {
        "qualifiers": _table(lex.QUALIFIERS),
        "counted": _table(lex.COUNTED_NOUNS),
        "casualty": _table(lex.CASUALTY_WORDS),
        "intercept": _table(lex.INTERCEPT_WORDS, "intercepted"),
        "partitives": _table(lex.PARTITIVES, "of"),
        "qualifiers_after": _table(lex.QUALIFIERS_AFTER),
        "baseline": _table(lex.BASELINE_WORDS),
        "displacement": _table(lex.DISPLACEMENT_WORDS, "people"),
    }
    starters = {*lex.NUMBER_WORDS, *lex.SCALES, *lex.FRACTIONS}
    firsts = {name: frozenset(k.split(" ")[0] for k in t) for name, t in tables.items()}
    folded = {w.translate(_APOSTROPHES) for w in starters}
    return _Lexicon(
        lang=language(code),
        cyrillic=code in ("ru", "uk"),
        numbers={k.translate(_APOSTROPHES): v for k, v in lex.NUMBER_WORDS.items()},
        scales={k.translate(_APOSTROPHES): v for k, v in lex.SCALES.items()},
        suffix_scales=dict(lex.SUFFIX_SCALES),
        fractions={k.translate(_APOSTROPHES): v for k, v in lex.FRACTIONS.items()},
        one_before_scale=frozenset(lex.ONE_BEFORE_SCALE),
        joiners=frozenset(lex.NUMBER_JOINERS),
        vague=frozenset(lex.VAGUE),
        vague_before=frozenset(lex.VAGUE_BEFORE),
        qualifiers=tables["qualifiers"],
        qualifiers_after=tables["qualifiers_after"],
        range_joiners=frozenset(lex.RANGE_JOINERS),
        range_openers=dict(lex.RANGE_OPENERS),
        range_ends=frozenset(lex.RANGE_OPENERS.values()),
        partitives=tables["partitives"],
        more_words=frozenset(lex.MORE_WORDS),
        more_before=frozenset(lex.MORE_BEFORE),
        size_words=frozenset(lex.SIZE_WORDS),
        baseline=tables["baseline"],
        part_pronouns=frozenset(lex.PART_PRONOUNS),
        counted=tables["counted"],
        modifiers=frozenset(lex.MODIFIERS),
        adjective_endings=tuple(lex.ADJECTIVE_ENDINGS),
        casualty=tables["casualty"],
        intercept=tables["intercept"],
        link_words=frozenset(lex.LINK_WORDS),
        clause_breaks=frozenset(lex.CLAUSE_BREAKS),
        relatives=frozenset(lex.RELATIVES),
        tally_words=frozenset(lex.TALLY_WORDS),
        count_nouns=frozenset(lex.COUNT_NOUNS),
        year_words=frozenset(lex.YEAR_WORDS),
        age_words=frozenset(lex.AGE_WORDS),
        calibre_words=frozenset(lex.CALIBRE_WORDS),
        displacement=tables["displacement"],
        split_joiners=frozenset(lex.SPLIT_JOINERS),
        split_followers=frozenset(lex.SPLIT_FOLLOWERS),
        multiplier_before=frozenset(lex.MULTIPLIER_BEFORE),
        multiplier_after=frozenset(lex.MULTIPLIER_AFTER),
        triggers=frozenset(folded),
        prefixes=frozenset(w[:2] for w in folded | set(lex.VAGUE)),
        longest={name: max((k.count(" ") + 1 for k in t), default=1) for name, t in tables.items()},
        longest_from={name: _longest_keys(t) for name, t in tables.items()},
        firsts=firsts,
        unit_words=frozenset().union(
            *(firsts[t] for t in ("counted", "casualty", "displacement")), lex.SIZE_WORDS
        ),
        unit_symbols=tuple(k for k in firsts["counted"] if not k[0].isalnum()),
        halves=tuple(tuple(_phrase_key(h).split(" ")) for h in lex.HALVES),
    )


def _longest_keys(table: dict[str, Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in table:
        first, size = key.split(" ")[0], key.count(" ") + 1
        out[first] = max(out.get(first, 0), size)
    return out


@cache
def _unit_categories() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in LANGUAGES:
        out.update(concept(code, "numbers").UNIT_CATEGORIES)
    return out


def unit_category(unit: str) -> str:
    """personnel, casualties, equipment, munitions, distance, money or other."""
    return _unit_categories().get(unit, "other")


def _counts_people(unit: str | None) -> bool:
    """A count of people, whose unit a casualty word may replace ("50 soldiers were killed")."""
    return unit is None or unit_category(unit) == "personnel"


# ---------------------------------------------------------------------------------------------
# Looking words up


def _lookup(lex: _Lexicon, table: str, toks: list[_Tok], i: int) -> tuple[Any, int] | None:
    """The longest key of `table` starting at token i: (its value, the index after it)."""
    if i >= len(toks) or toks[i].kind == "n":
        return None
    keys = lex.keys(toks[i])
    if keys.isdisjoint(lex.firsts[table]):
        return None
    entries = getattr(lex, table)
    longest = lex.longest_from[table]
    top = max(longest.get(k, 0) for k in keys)  # no key of more words starts with this one
    for size in range(min(top, len(toks) - i), 0, -1):
        if size == 1:
            return next(((entries[k], i + 1) for k in keys if k in entries), None)
        span = toks[i : i + size]
        if any(t.kind == "n" for t in span):
            continue
        for combo in product(*(lex.keys(t) for t in span)):
            found = entries.get(" ".join(combo))
            if found is not None:
                return found, i + size
    return None


def _value_of(lex: _Lexicon, tok: _Tok, table: dict[str, float]) -> float | None:
    for key in lex.keys(tok):
        found = table.get(key)
        if found is not None:
            return found
    return None


def _glued(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


# ---------------------------------------------------------------------------------------------
# Numbers


@dataclass
class _Num:
    value: float
    first: int  # token indices: the number is toks[first:end]
    end: int
    scale: float = 1.0
    year_like: bool = False
    sized: bool = False  # "a 300-strong unit": a number of people, whatever the noun after it


def _digits_value(text: str) -> float:
    if _THOUSANDS.fullmatch(text):
        return float(re.sub(r"[,.  ]", "", text))
    return float(text.replace(",", "."))


def _scale_after(lex: _Lexicon, toks: list[_Tok], j: int) -> tuple[float, int]:
    """A scale right after digits ("10k", "1.5 million", "3 тыс."): (factor, index after it)."""
    factor = 1.0
    while j < len(toks) and toks[j].kind == "w":
        glued_scale = lex.suffix_scales.get(toks[j].norm) if _glued(toks[j - 1], toks[j]) else None
        scale = glued_scale or _value_of(lex, toks[j], lex.scales)
        if scale is None:
            break
        factor *= scale
        j += 1
        if j + 1 < len(toks) and toks[j].text == "." and _glued(toks[j - 1], toks[j]):
            j += 1  # "тыс.", "млн." (not the full stop of "$1.5 billion.")
    return factor, j


def _read_digits(lex: _Lexicon, toks: list[_Tok], i: int) -> _Num | None:
    tok = toks[i]
    if i >= 1 and toks[i - 1].kind == "w" and _glued(toks[i - 1], tok):
        return None  # "MQ9": a model's name
    if i >= 2 and toks[i - 2].kind == "w" and toks[i - 1].text == "-" and toks[i - 2].end + 1 == tok.start:
        return None  # "KN-23", "Су-34": a model's name
    if _clock_time(toks, i):
        return None  # "at 04:30", "около 05:30"
    factor, j = _scale_after(lex, toks, i + 1)
    if j == i + 1 and j < len(toks) and _glued(tok, toks[j]):
        nxt = toks[j]
        # "84th", "30-day", "84-й": an ordinal or a compound adjective, unless it names a unit ("40km").
        if nxt.kind == "w" and _lookup(lex, "counted", toks, j) is None:
            return None
        hyphened = (
            nxt.text == "-" and j + 1 < len(toks) and toks[j + 1].kind == "w" and _glued(nxt, toks[j + 1])
        )
        if hyphened and toks[j + 1].norm in lex.size_words:  # "a 23-member crew": 23 crew
            j += 2
        elif (
            hyphened
            and _lookup(lex, "qualifiers_after", toks, j + 1) is None
            and not _hyphened_measure(lex, toks, j)
        ):
            return None  # "300-plus" and "a 30-km zone" are figures
    value = _digits_value(tok.text) * factor
    year = factor == 1 and bool(_YEAR.fullmatch(tok.text))
    sized = j == i + 3 and toks[i + 1].text == "-"  # "a 300-strong unit"
    return _Num(value, i, j, factor, year, sized) if value > 0 else None


def _clock_time(toks: list[_Tok], i: int) -> bool:
    """The hours or the minutes of a time of day: digits glued to a colon glued to digits."""
    after = i + 2 < len(toks) and toks[i + 1].text == ":" and toks[i + 2].kind == "n"
    if after and _glued(toks[i], toks[i + 1]) and _glued(toks[i + 1], toks[i + 2]):
        return True
    before = i >= 2 and toks[i - 1].text == ":" and toks[i - 2].kind == "n"
    return before and _glued(toks[i - 2], toks[i - 1]) and _glued(toks[i - 1], toks[i])


def _word_step(lex: _Lexicon, tok: _Tok, total: float, current: float) -> tuple[float, float] | None:
    """One number word folded into (total, current); None when the word is not one."""
    value = _value_of(lex, tok, lex.numbers)
    if value is None:
        value = _value_of(lex, tok, lex.fractions)
    if value is not None:
        return total, current + value
    scale = _value_of(lex, tok, lex.scales)
    if scale is None:
        return None
    if scale < 1000:  # "two hundred", "a dozen": multiplies what came before it
        return total, (current or 1) * scale
    return total + (current or 1) * scale, 0.0


def _next_word_index(lex: _Lexicon, toks: list[_Tok], j: int) -> int | None:
    """Where a spelled-out number goes on after toks[j-1]: itself, after a joiner or a hyphen."""
    if j >= len(toks):
        return None
    tok = toks[j]
    if lex.may_be_number_word(tok):
        return j
    linked = tok.norm in lex.joiners or (tok.text == "-" and _glued(toks[j - 1], tok))
    if linked and j + 1 < len(toks) and lex.may_be_number_word(toks[j + 1]):
        return j + 1
    return None


def _read_words(lex: _Lexicon, toks: list[_Tok], i: int) -> _Num | None:
    first = toks[i]
    if first.norm in lex.vague and _qualifier(lex, toks, i)[0] == "exact":
        return None  # "hundreds of soldiers", "тысячи военных" (but "около тысячи военных" is 1,000)
    if _vague_scale(lex, toks, i):
        return None  # "a few hundred", "several hundred thousand"
    fraction = _value_of(lex, first, lex.fractions)
    if fraction is not None and fraction < 1:
        return _fraction_of_scale(lex, toks, i, fraction)
    total, current, last_scale = 0.0, 0.0, 1.0
    j: int | None = i
    if first.norm in lex.one_before_scale:
        if i + 1 >= len(toks) or _value_of(lex, toks[i + 1], lex.scales) is None:
            return None
        j = i + 1
    end = None
    while j is not None:
        step = _word_step(lex, toks[j], total, current)
        if step is None:
            break
        scale = _value_of(lex, toks[j], lex.scales)
        last_scale = scale or last_scale
        total, current = step
        end = j + 1
        half = _half_after(lex, toks, end) if scale is None else end
        if half > end:
            current, end = current + 0.5, half
        j = _next_word_index(lex, toks, end)
    if end is None or total + current <= 0:
        return None
    return _Num(total + current, i, end, last_scale)


def _vague_scale(lex: _Lexicon, toks: list[_Tok], i: int) -> bool:
    """A scale that no number word starts: "a few hundred", "several thousand", "a couple of hundred",
    and the scale after one ("several hundred thousand")."""
    if i == 0 or _value_of(lex, toks[i], lex.scales) is None or toks[i - 1].kind != "w":
        return False
    before = toks[i - 1]
    if before.norm in lex.partitives and i >= 2:
        before = toks[i - 2]  # "a couple of hundred"
    if not lex.keys(before).isdisjoint(lex.vague_before):
        return True
    return _value_of(lex, toks[i - 1], lex.scales) is not None or toks[i - 1].norm in lex.vague


def _fraction_of_scale(lex: _Lexicon, toks: list[_Tok], i: int, fraction: float) -> _Num | None:
    """ "half a dozen", "half a million": a fraction below one is a number only before a scale."""
    k = i + 1
    if k < len(toks) and toks[k].norm in lex.one_before_scale:
        k += 1
    scale = _value_of(lex, toks[k], lex.scales) if k < len(toks) else None
    return _Num(fraction * scale, i, k + 1, scale) if scale else None


def _half_after(lex: _Lexicon, toks: list[_Tok], k: int) -> int:
    """Where "с половиной" / "з половиною" after a number word ends (k when it is not there)."""
    for half in lex.halves:
        if tuple(t.norm for t in toks[k : k + len(half)]) == half:
            return k + len(half)
    return k


def _read_number(lex: _Lexicon, toks: list[_Tok], i: int) -> _Num | None:
    if i >= len(toks):
        return None
    if toks[i].kind == "n":
        return _read_digits(lex, toks, i)
    if lex.may_be_number_word(toks[i]):
        return _read_words(lex, toks, i)
    return None


def _read_range(lex: _Lexicon, toks: list[_Tok], low: _Num, opener: str | None) -> _Num | None:
    """The high end of "10,000-12,000", "10 to 12 thousand", "between 1,000 and 3,000"."""
    j = low.end
    if j >= len(toks):
        return None
    joiner = toks[j].norm
    if joiner not in lex.range_joiners and joiner != opener:
        return None
    high = _read_number(lex, toks, j + 1)
    if high is None:
        return None
    if low.scale == 1 and high.scale > 1 and low.value * high.scale <= high.value:
        low.value *= high.scale  # "10-12 тысяч" is 10,000 to 12,000
    return high if high.value > low.value else None


# ---------------------------------------------------------------------------------------------
# What a number counts


@dataclass
class _Unit:
    unit: str | None = None
    end: int = 0  # token index after the unit's words
    casualty: list[str] = field(default_factory=list)


def _skippable(lex: _Lexicon, toks: list[_Tok], j: int) -> bool:
    """A word that may stand between a number and its noun: "3,000 North Korean elite soldiers",
    "10 U.K.-supplied missiles"."""
    tok = toks[j]
    if tok.kind == "s":
        return tok.text == "-" or tok.text in _QUOTES or _abbreviation_dot(toks, j)  # "57 из 72 «шахедов»"
    if tok.kind != "w":
        return False
    if tok.norm in lex.modifiers or tok.text[:1].isupper():
        return True
    return bool(lex.adjective_endings) and tok.norm.endswith(lex.adjective_endings) and len(tok.norm) > 4


def _abbreviation_dot(toks: list[_Tok], j: int) -> bool:
    """The full stops of "U.K.", "U.S.": glued after a single capital letter, and followed by
    another one or a hyphen ("U.K.-supplied"), or the second of two ("5 U.S. Navy destroyers")."""
    if j < 1 or toks[j].text != "." or not _glued(toks[j - 1], toks[j]):
        return False
    before = toks[j - 1].text
    if not (len(before) == 1 and before.isupper()):
        return False
    if j >= 2 and toks[j - 2].text == "." and _glued(toks[j - 2], toks[j - 1]):
        return j + 1 < len(toks)
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and _glued(toks[j], nxt) and (nxt.text == "-" or nxt.text.isupper())


def _after_hyphen(toks: list[_Tok], j: int) -> bool:
    return 0 < j < len(toks) and toks[j - 1].text == "-" and _glued(toks[j - 1], toks[j])


def _in_compound(toks: list[_Tok], j: int) -> bool:
    """A word glued to a following hyphen, or glued after one, inside a compound modifier; digits
    glued after one are a model's designation ("8 Kh-101 missiles", "two S-300 systems"); digits
    glued to what follows them, and the word glued to them, a calibre ("100,000 155mm shells",
    "100 тыс. 152-мм снарядов")."""
    tok = toks[j]
    glued_next = j + 1 < len(toks) and _glued(tok, toks[j + 1])
    if tok.kind == "n":
        return _after_hyphen(toks, j) or (glued_next and toks[j + 1].kind != "n")
    if tok.kind != "w":
        return False
    after = glued_next and toks[j + 1].text == "-"
    return after or _after_hyphen(toks, j) or (j > 0 and toks[j - 1].kind == "n" and _glued(toks[j - 1], tok))


def _hyphened_measure(lex: _Lexicon, toks: list[_Tok], j: int) -> tuple[Any, int] | None:
    """ "a 30-km zone", "a 20-kilometre radius": a distance glued to a number by a hyphen, as
    (unit, index after it); "a 30-day truce" is no measure."""
    if not (0 < j < len(toks) - 1 and toks[j].text == "-" and toks[j - 1].kind == "n"):
        return None
    if not (_glued(toks[j - 1], toks[j]) and _glued(toks[j], toks[j + 1])):
        return None
    counted = _lookup(lex, "counted", toks, j + 1)
    return counted if counted is not None and unit_category(counted[0]) == "distance" else None


def _unit_after(lex: _Lexicon, toks: list[_Tok], j: int) -> _Unit:
    """The counted noun within a few words after a number; casualty words met on the way."""
    measure = _hyphened_measure(lex, toks, j)
    if measure is not None:
        return _Unit(measure[0], measure[1])
    found = _Unit(end=j)
    gap = 0
    while j < len(toks) and gap <= MAX_GAP:
        counted = _lookup(lex, "counted", toks, j) if not _after_hyphen(toks, j) else None
        if counted is not None:  # "5000 военнослужащих-строителей" counts the first part
            head = _lookup(lex, "counted", toks, counted[1]) if not lex.cyrillic else None
            found.unit, found.end = head or counted  # "50 drone operators", "3 drone strikes": the head
            return found
        if _in_compound(toks, j):  # "anti-ship missiles", "Korean-made": part of a modifier
            gap += 1
            j += 1
            continue
        casualty = _lookup(lex, "casualty", toks, j)
        if casualty is not None:
            found.casualty.append(casualty[0])
            found.end = j = casualty[1]
            gap += 1
            continue
        if not _skippable(lex, toks, j):
            break
        gap += toks[j].kind == "w" and len(toks[j].text) > 1  # "U.K." is one word
        j += 1
    if found.casualty and found.unit is None:
        found.unit = found.casualty[-1]
    return found


def _combine(kinds: list[str]) -> str | None:
    """Casualty words met together: killed and wounded make killed_or_wounded; else the first."""
    if not kinds:
        return None
    if "killed" in kinds and "wounded" in kinds:
        return "killed_or_wounded"
    return kinds[0]


def _parenthetical_end(toks: list[_Tok], j: int, ages: bool = False) -> int | None:
    """ ", размещённых в России, погибли", " — including five children — were killed": the index
    after a short clause between commas or between dashes (`ages`: one of ages, ", aged 19 and 23,",
    whose numbers count nothing)."""
    closers = _DASHES if toks[j].text in _DASHES else {","}
    for k in range(j + 1, min(len(toks), j + 8)):
        if (toks[k].kind == "n" and not ages) or toks[k].text in _SENTENCE_BREAKS:
            return None
        if toks[k].text in closers:
            return k + 1
    return None


def _casualty_after(
    lex: _Lexicon, toks: list[_Tok], j: int, limit: int, table: str = "casualty"
) -> list[str]:
    """Casualty words after a count ("were killed or wounded"), across auxiliaries and one clause
    between commas; stops at another number or a new clause. `table`: the words looked for
    ("displacement": "2 million have fled")."""
    kinds: list[str] = []
    words = 0
    strict = False
    while j < len(toks) and words < limit:
        tok = toks[j]
        if tok.text == "," and not kinds:
            after = _parenthetical_end(toks, j, _after_age_word(lex, toks, j + 2))
            if after is None:
                break
            j = after
            continue
        age = _read_number(lex, toks, j + 1) if _after_age_word(lex, toks, j + 1) else None
        if age is not None:  # "two children aged 5 and 7 were killed"
            j = _list_end(lex, toks, age)
            continue
        if tok.text in _DASHES:  # "тисячу — загиблими", "12 people — including five children — were"
            j = (_parenthetical_end(toks, j) if not kinds else None) or j + 1
            continue
        found = _lookup(lex, table, toks, j)
        if found is not None:
            if _starts_count(lex, toks, found[1]):
                break  # "killed 16 people and wounded 35 others": "wounded" belongs to 35
            kinds.append(str(found[0]))
            j = found[1]
            continue
        if tok.kind != "w" or tok.norm in lex.clause_breaks:
            break
        if not lex.keys(tok).isdisjoint(lex.relatives):
            strict = True  # "soldiers who had been captured": only auxiliaries may follow
        elif not _may_stand_before_casualty(lex, tok, strict):
            break
        words += 1
        j += 1
    return kinds


def _may_stand_before_casualty(lex: _Lexicon, tok: _Tok, strict: bool) -> bool:
    if tok.norm in lex.link_words or tok.norm in lex.more_words:  # "four others injured"
        return True
    return not strict and (_skippable(lex, [tok], 0) or tok.norm in lex.partitives)


def _starts_count(lex: _Lexicon, toks: list[_Tok], j: int) -> bool:
    """Does a number, or a qualifier and a number, start at token j?"""
    if _read_number(lex, toks, j) is not None:
        return True
    for size in range(1, lex.longest["qualifiers"] + 1):
        key = " ".join(t.norm for t in toks[j : j + size])
        if key in lex.qualifiers and _read_number(lex, toks, j + size) is not None:
            return True
    return False


def _casualty_before(
    lex: _Lexicon,
    toks: list[_Tok],
    i: int,
    limit: int,
    taken: tuple[int, str] = (-1, ""),
    table: str = "casualty",
) -> list[str]:
    """Casualty words before a count, nearest first: "captured two soldiers", "втратили вбитими й
    пораненими близько чотирьох тисяч осіб". `taken`: (from which token, which kind) the figure
    before has used ("five were killed and 20 civilians fled": "killed" is not the civilians')."""
    kinds: list[str] = []
    j = i - 1
    while j >= 0 and i - j <= limit:
        tok = toks[j]
        if tok.text in _QUOTES:
            j -= 1
            continue
        if tok.kind != "w":
            break
        found = _lookup(lex, table, toks, j)
        if found is not None and found[1] <= i:
            if not (0 <= taken[0] <= j and found[0] == taken[1]):
                kinds.append(str(found[0]))
        elif tok.norm in lex.clause_breaks:
            break
        j -= 1
    return kinds


def _count_noun_unit(reading: _Reading, i: int) -> _Unit | None:
    """ "the number of soldiers ... at 11,000", "число убитых и раненых ... более 3000": the first
    number after the count noun (numbers inside excluded spans, dates, do not count)."""
    lex, toks = reading.lex, reading.toks
    for j in range(i - 1, max(-1, i - COUNT_NOUN_WINDOW), -1):
        if toks[j].text in _SENTENCE_BREAKS or (toks[j].kind == "n" and not reading.excluded_at(j)):
            return None
        if toks[j].kind == "w" and not lex.keys(toks[j]).isdisjoint(lex.count_nouns):
            k = j + 1
            if k < i and toks[k].norm in lex.partitives:
                k += 1
            found = _unit_after(lex, toks, k)
            found.casualty.extend(_casualty_after(lex, toks, found.end, 3))
            death = _lookup(lex, "casualty", toks, j - 1) if j > 0 else None
            if death is not None:  # "the death toll"
                found.casualty.append(str(death[0]))
            return found if found.unit or found.casualty else None
    return None


# ---------------------------------------------------------------------------------------------
# Figures


@dataclass
class _Reading:
    """The figures of one sentence as they are read, and bare numbers waiting for a unit."""

    lex: _Lexicon
    text: str
    toks: list[_Tok]
    excluded: tuple[tuple[int, int], ...] = ()  # character spans that hold no figures (dates)
    figures: list[tuple[int, FigureDraft]] = field(default_factory=list)  # (start offset, figure)
    pending: list[tuple[int, FigureDraft]] = field(default_factory=list)  # unit "" until resolved
    last_end: int = -1  # the token index after the words of the last figure read

    def excluded_at(self, i: int) -> bool:
        return any(a <= self.toks[i].start < b for a, b in self.excluded)


def _qualifier(lex: _Lexicon, toks: list[_Tok], i: int) -> tuple[str, int]:
    """("about" / "up_to" ..., index of its first word) from the words right before token i."""
    for size in range(min(lex.longest["qualifiers"], i), 0, -1):
        key = " ".join(t.norm for t in toks[i - size : i])
        found = lex.qualifiers.get(key)
        if found is not None:
            return found, i - size
    return "exact", i


def _qualifier_after(lex: _Lexicon, toks: list[_Tok], j: int) -> tuple[str, int] | None:
    """ "300-plus", "300+", "двести с лишним": (kind, index after it) right after a number."""
    if j < len(toks) and toks[j].text == "-" and _glued(toks[j - 1], toks[j]):
        j += 1
    found = _lookup(lex, "qualifiers_after", toks, j)
    return (str(found[0]), found[1]) if found is not None else None


def _currency_before(lex: _Lexicon, toks: list[_Tok], i: int) -> str | None:
    """ "$20,000", "USD 50 million": a currency sign glued before a number, or a currency code."""
    if i > 0 and ((toks[i - 1].kind == "s" and _glued(toks[i - 1], toks[i])) or toks[i - 1].text.isupper()):
        unit = lex.counted.get(toks[i - 1].norm)
        if unit is not None and unit_category(unit) == "money":
            return unit
    return None


def _is_year(lex: _Lexicon, toks: list[_Tok], num: _Num, unit: _Unit) -> bool:
    if not num.year_like:
        return False
    if unit.unit is None or unit.end - num.end > 2:
        return True  # "in 2024", "2024 and", "October 2024"
    if num.first > 1 and toks[num.first - 2].kind == "n" and toks[num.first - 1].kind == "w":
        return True  # "24 February 2022 troops": a date the caller did not exclude
    return num.first > 0 and toks[num.first - 1].norm in lex.year_words


def _is_multiplier(lex: _Lexicon, toks: list[_Tok], start: int, unit: _Unit) -> bool:
    """ "three times more", "в три раза больше": a multiplier, not a count of repeats ("14 times")."""
    if unit.unit != "times":
        return False
    before = start > 0 and toks[start - 1].norm in lex.multiplier_before
    return before or (unit.end < len(toks) and toks[unit.end].norm in lex.multiplier_after)


def _casualty_for(reading: _Reading, num: _Num, last: _Num, unit: _Unit, start: int) -> str | None:
    """A casualty unit that replaces a count of people (or names a bare number)."""
    lex, toks = reading.lex, reading.toks
    kinds = list(unit.casualty)
    bare = unit.unit is None
    after_from = unit.end if not bare else last.end
    kinds = kinds or _casualty_after(lex, toks, after_from, BARE_AFTER_WINDOW if bare else AFTER_WINDOW)
    limit = _bare_before(lex, toks, start) if bare else BEFORE_WINDOW
    kinds = kinds or _casualty_before(lex, toks, start, limit, _taken(reading))
    if not kinds and not bare and _counts_people(unit.unit):
        counted = _count_noun_unit(reading, start)
        kinds = counted.casualty if counted else []
    return _combine(kinds)


def _taken(reading: _Reading) -> tuple[int, str]:
    """The casualty kind of the figure before, and where its words end (-1: none)."""
    if reading.figures and unit_category(reading.figures[-1][1].unit) == "casualties":
        return reading.last_end, reading.figures[-1][1].unit
    return -1, ""


def _bare_before(lex: _Lexicon, toks: list[_Tok], start: int) -> int:
    """How far back a bare number's casualty word may be: the word before it ("killed 17"), or
    across a tally word and one more word ("put the dead at nine", "casualties now average 1,200")."""
    return 3 if start > 0 and toks[start - 1].norm in lex.tally_words else 1


def _unit_for(reading: _Reading, num: _Num, last: _Num, start: int) -> _Unit:
    lex, toks = reading.lex, reading.toks
    unit = _unit_after(lex, toks, last.end)
    if unit.unit is None:
        unit = _borrowed_unit(reading, num, last, start) or unit
    if unit.unit is None and num.sized:
        unit.unit = "people"  # "a 300-strong unit", "the 1,500-man detachment"
    if _counts_people(unit.unit):
        casualty = _casualty_for(reading, num, last, unit, start)
        if casualty is None and unit.unit is not None:
            casualty = _shared_casualty(reading, start)
        if casualty is not None:
            # "60 drones ...; 8 were lost": a bare number goes on counting the things before it
            unit.unit = _previous_thing(reading) if unit.unit is None else None
            unit.unit = unit.unit or casualty
            unit.end = max(unit.end, last.end)
    return unit


def _shared_casualty(reading: _Reading, start: int) -> str | None:
    """ "killed 5 commanders and 20 fighters", "загинули 3 військових, 2 цивільних": a count of
    people listed right after a casualty figure shares its casualty word."""
    toks = reading.toks
    if not reading.figures or start < 1 or reading.last_end != start - 1:
        return None
    if toks[start - 1].norm not in reading.lex.link_words and toks[start - 1].text != ",":
        return None
    unit = reading.figures[-1][1].unit
    return unit if unit_category(unit) == "casualties" else None


def _previous_thing(reading: _Reading) -> str | None:
    if reading.figures:
        unit = reading.figures[-1][1].unit
        if unit_category(unit) in ("equipment", "munitions"):
            return unit
    return None


def _borrowed_unit(reading: _Reading, num: _Num, last: _Num, start: int) -> _Unit | None:
    """A bare number counted in another's unit: "80 of 100 drones", "the number of soldiers at
    11,000", "$1.5 billion", "drones: 45"."""
    lex, toks = reading.lex, reading.toks
    money = _currency_before(lex, toks, num.first)
    if money is not None:
        return _Unit(money, last.end)
    label = _label_before(lex, toks, start)
    if label is not None and not (reading.figures and reading.last_end == start - 1):
        return _Unit(label, last.end)  # not "57 человек: 32 в ...", a part of the figure before
    part = _lookup(lex, "partitives", toks, last.end)
    if part is not None:
        j = part[1]
        while j < len(toks) and j - part[1] < 3 and _read_number(lex, toks, j) is None:
            j += 1
        return _partitive_unit(lex, toks, part[1], last)
    counted = _count_noun_unit(reading, start)
    if counted is not None:
        return _Unit(counted.unit or _combine(counted.casualty), last.end, counted.casualty)
    return _unit_of_next(lex, toks, last) or _displaced(lex, toks, last, start)


def _displaced(lex: _Lexicon, toks: list[_Tok], last: _Num, start: int) -> _Unit | None:
    """ "displaced about 12 million", "2 million have fled", "вынудила бежать около 12 млн": a bare
    number next to a word of flight counts people."""
    found = _casualty_after(lex, toks, last.end, BARE_AFTER_WINDOW, "displacement")
    found = found or _casualty_before(lex, toks, start, 1, table="displacement")
    return _Unit(found[0], last.end) if found else None


def _unit_of_next(lex: _Lexicon, toks: list[_Tok], last: _Num) -> _Unit | None:
    """ "fell from about 11,500 to 4,500 employees": a bare number joined to a next one that is not
    above it (so no range) is counted in the next one's unit."""
    j = last.end
    if j >= len(toks) or (toks[j].norm not in lex.range_joiners and toks[j].norm not in lex.range_ends):
        return None
    following = _read_number(lex, toks, j + 1)
    if following is None:
        return None
    found = _unit_after(lex, toks, following.end)
    return _Unit(found.unit, last.end) if found.unit else None


def _label_before(lex: _Lexicon, toks: list[_Tok], start: int) -> str | None:
    """ "Drones: 45", "Погибших — 12", "a crew of 25": a number after a counted noun or a casualty
    word and a colon, a dash or (a counted noun) a partitive is counted in it."""
    if start < 2:
        return None
    if toks[start - 1].norm in lex.partitives:
        counted = _lookup(lex, "counted", toks, start - 2)
        return str(counted[0]) if counted is not None and counted[1] == start - 1 else None
    if toks[start - 1].text not in _LABEL_MARKS:
        return None
    for k in range(start - 2, max(-1, start - 2 - lex.longest["counted"]), -1):
        for table in ("counted", "casualty"):
            found = _lookup(lex, table, toks, k)
            if found is not None and found[1] == start - 1:
                return str(found[0])
    return None


def _partitive_unit(lex: _Lexicon, toks: list[_Tok], j: int, last: _Num) -> _Unit | None:
    """ "80 of 100 drones" (the whole's unit), "4,000 of their troops killed" (the noun's)."""
    first = j
    while j < len(toks) and j - first < 3 and _read_number(lex, toks, j) is None:
        j += 1
    whole = _read_number(lex, toks, j)
    if whole is not None:
        high = _read_range(lex, toks, whole, None)
        found = _unit_after(lex, toks, (high or whole).end)
        return _Unit(found.unit, last.end) if found.unit else None
    for k in range(first, min(len(toks), first + 3)):
        counted = _lookup(lex, "counted", toks, k)
        if counted is not None:
            return _Unit(str(counted[0]), counted[1])
    return None


def _inherited_unit(reading: _Reading, last: _Num, start: int) -> str | None:
    """ "two more": the unit of the figure before; "80 were shot down": resolved at the end."""
    lex, toks = reading.lex, reading.toks
    j = last.end
    more_before = start > 0 and toks[start - 1].norm in lex.more_before  # "and another 3,000", "еще 3 тыс."
    if reading.figures and (more_before or (j < len(toks) and toks[j].norm in lex.more_words)):
        return reading.figures[-1][1].unit
    if start > 0 and toks[start - 1].norm in lex.partitives and reading.figures:
        return reading.figures[-1][1].unit  # "50 шахедов из 70": the whole, in the part's unit
    if reading.figures and (_after_baseline(lex, toks, start) or _after_total(lex, toks, start)):
        return reading.figures[-1][1].unit  # "12,000 troops, up from 10,000", "bringing the total to 14,000"
    if reading.figures and (_of_them(lex, toks, j) or (start >= 2 and _of_them(lex, toks, start - 2))):
        return reading.figures[-1][1].unit  # "six missiles ...: three of them", "of which four", "из них 83"
    near = [k for k in (start - 1, start - 2, j, j + 1, j + 2) if 0 <= k < len(toks)]
    if any(_lookup(lex, "intercept", toks, k) for k in near):
        return ""  # pending: the nearest munitions figure
    if reading.figures and _part_of_figure(reading, start, j):
        return reading.figures[-1][1].unit  # "41 dead, 30 in Kadugli and 11 in Dilling"
    return None


_PART_MARKS = frozenset(",:")
_PART_ENDS = _SENTENCE_BREAKS | _DASHES | {","}
PART_WINDOW = 8  # tokens that may stand between a figure and a part of it


def _year_after_word(lex: _Lexicon, toks: list[_Tok], k: int) -> bool:
    return bool(_YEAR.fullmatch(toks[k].text)) and k > 0 and toks[k - 1].norm in lex.year_words


def _may_follow_a_part(lex: _Lexicon, tok: _Tok) -> bool:
    return tok.norm in lex.split_followers or tok.norm in lex.link_words


def _part_of_figure(reading: _Reading, start: int, end: int) -> bool:
    """ "41 dead, 30 in Kadugli and 11 in Dilling", "34 million people, about 18 million,", "57
    человек: 32 в Эль-Фашире": a bare number after a comma, a colon or an "and", a few words after
    the figure before (no number, noun or new clause between), and followed by a place, an
    auxiliary or the end of a clause, is a part of that figure, in its unit."""
    lex, toks = reading.lex, reading.toks
    if start < 1 or start - 1 < reading.last_end or start - reading.last_end > PART_WINDOW:
        return False
    if toks[start - 1].text not in _PART_MARKS and toks[start - 1].norm not in lex.split_joiners:
        return False
    follower = toks[end] if end < len(toks) else None
    if follower is not None and follower.text not in _PART_ENDS and not _may_follow_a_part(lex, follower):
        return False
    for k in range(reading.last_end, start - 1):
        tok = toks[k]
        if tok.kind == "n" and not (reading.excluded_at(k) or _year_after_word(lex, toks, k)):
            return False  # "11,000 troops in 2024 and 3,000 in 2025": a year is no number between
        if tok.text in _SENTENCE_BREAKS or tok.norm in lex.clause_breaks:
            return False
        if _lookup(lex, "counted", toks, k) is not None:
            return False
    return True


def _after_total(lex: _Lexicon, toks: list[_Tok], start: int) -> bool:
    """ "3,000 more troops, bringing the total to 14,000": a count noun with no noun of its own
    right before a bare number (two words at most between them)."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if toks[k].kind != "w":
            return False
        if not lex.keys(toks[k]).isdisjoint(lex.count_nouns):
            return True
    return False


def _after_baseline(lex: _Lexicon, toks: list[_Tok], start: int) -> bool:
    """ "up from 10,000", "против 30": the number right after a phrase of comparison."""
    for size in range(1, min(lex.longest["baseline"], start) + 1):
        found = _lookup(lex, "baseline", toks, start - size)
        if found is not None and found[1] == start:
            return True
    return False


def _of_them(lex: _Lexicon, toks: list[_Tok], j: int) -> bool:
    """ "three of them", "двое из них": a part of what the figure before counted."""
    part = _lookup(lex, "partitives", toks, j)
    return part is not None and part[1] < len(toks) and toks[part[1]].norm in lex.part_pronouns


def _calibre(lex: _Lexicon, toks: list[_Tok], num: _Num) -> bool:
    """ "152 mm", "калибра 152": a calibre, never a count."""
    after = num.end < len(toks) and toks[num.end].kind == "w" and toks[num.end].norm in lex.calibre_words
    before = num.first > 0 and not lex.keys(toks[num.first - 1]).isdisjoint(lex.calibre_words)
    return after or before


def _after_age_word(lex: _Lexicon, toks: list[_Tok], i: int) -> bool:
    """ "aged 5", "aged between 18 and 25", "в возрасте 5 лет", "віком 19 років"."""
    for k in (i - 1, i - 2):
        if k < 0 or toks[k].kind != "w":
            return False
        if not lex.keys(toks[k]).isdisjoint(lex.age_words):
            return True
        if toks[k].norm not in lex.range_openers:
            return False
    return False


def _list_end(lex: _Lexicon, toks: list[_Tok], num: _Num) -> int:
    """The index after a list or range of numbers that starts with `num` ("5 and 7", "18 to 25")."""
    j = num.end
    while j + 1 < len(toks):
        joiner = toks[j].norm
        if joiner != "," and joiner not in lex.split_joiners | lex.range_joiners | lex.range_ends:
            break
        following = _read_number(lex, toks, j + 1)
        if following is None:
            break
        j = following.end
    return j


def _ends_a_span(toks: list[_Tok], i: int) -> bool:
    """ "1950-53", "5-7 October": the end of a span whose start was not a figure."""
    return (
        i >= 2
        and toks[i - 1].text in _DASHES | {"-"}
        and toks[i - 2].kind == "n"
        and toks[i - 2].end + 1 == toks[i].start
    )


def _read_figure(reading: _Reading, i: int) -> int:
    """Reads the figure whose number starts at token i; returns the token index to go on from."""
    lex, toks = reading.lex, reading.toks
    num = _read_number(lex, toks, i)
    if num is None or _ends_a_span(toks, i):
        return i + 1
    if reading.excluded_at(i) or _calibre(lex, toks, num):
        return num.end
    if _after_age_word(lex, toks, i):
        return _list_end(lex, toks, num)  # "aged 5 and 7": ages, not counts
    first = i - 1 if _currency_before(lex, toks, i) else i
    qualifier, start = _qualifier(lex, toks, first)  # "about $20,000" as "about 20,000"
    if 0 < start < first and toks[start].norm in lex.range_ends and toks[start - 1].kind == "n":
        qualifier = "exact"  # "с 3 000 до 1 200": the end a number fell to, not "up to"
    opener = lex.range_openers.get(toks[i - 1].norm) if i > 0 else None
    high = _read_range(lex, toks, num, opener)
    last = high or num
    after = _qualifier_after(lex, toks, last.end)
    if after is not None:  # "300-plus", "двести с лишним"
        qualifier = after[0] if qualifier == "exact" and not high else qualifier
        last.end = after[1]
    unit = _unit_for(reading, num, last, start)
    if _is_year(lex, toks, num, unit) or _is_multiplier(lex, toks, start, unit):
        return last.end
    if unit.unit is None:
        inherited = _inherited_unit(reading, last, start)
        if inherited is None:
            return last.end
        unit.unit = inherited
    if num.value == 1 and not high and _lookup(lex, "partitives", toks, last.end):
        return last.end  # "one of the men": which one, not how many
    end_char = max(toks[max(unit.end, last.end) - 1].end, toks[last.end - 1].end)
    figure = FigureDraft(
        value=num.value,
        unit=unit.unit,
        qualifier="range" if high else qualifier,
        value_max=high.value if high else None,
        text=reading.text[toks[first].start : end_char].strip(),
    )
    target = reading.pending if unit.unit == "" else reading.figures
    target.append((toks[i].start, figure))
    reading.last_end = max(unit.end, last.end)
    return last.end


def _resolve_pending(reading: _Reading) -> list[FigureDraft]:
    """Bare numbers next to "shot down" take the unit of the nearest munitions (or equipment) figure."""
    figures = list(reading.figures)
    things = [
        (pos, f.unit) for pos, f in reading.figures if unit_category(f.unit) in ("munitions", "equipment")
    ]
    positions = [pos for pos, _ in things]  # in reading order, so sorted
    for pos, figure in reading.pending if things else ():
        k = bisect_left(positions, pos)
        nearest = min((c for c in (k - 1, k) if 0 <= c < len(things)), key=lambda c: abs(positions[c] - pos))
        figures.append((pos, _with_unit(figure, things[nearest][1])))
    figures.sort(key=lambda item: item[0])
    return [f for _, f in figures]


def _with_unit(figure: FigureDraft, unit: str) -> FigureDraft:
    return FigureDraft(figure.value, unit, figure.qualifier, figure.value_max, figure.text)


def _reading_start(
    lex: _Lexicon, text: str, words: set[str] | None, excluded: Sequence[tuple[int, int]]
) -> int | None:
    """Where reading may start (None: nothing to read). Cheap: a digit outside the excluded spans
    (dates) or a word that may start a spelled-out number, and a word or symbol that names a unit."""
    found: Collection[str] = words if words is not None else _PLAIN_WORD.findall(text.casefold())
    start = _number_start(lex, text, found, excluded)
    if start is None or _GLUED_UNIT.search(text) or any(sym in text for sym in lex.unit_symbols):
        return start
    if lex.cyrillic:
        named = any(not _lemmas(lex, w).isdisjoint(lex.unit_words) for w in found if _CYRILLIC.match(w))
    else:
        named = not lex.unit_words.isdisjoint(found)
    return start if named else None


def _lemmas(lex: _Lexicon, word: str) -> frozenset[str]:
    return lex.lang.lemma_set(word.translate(_APOSTROPHES) if "’" in word or "ʼ" in word else word)


def _number_start(
    lex: _Lexicon, text: str, words: Collection[str], excluded: Sequence[tuple[int, int]]
) -> int | None:
    if lex.cyrillic:
        if any(w[:2] in lex.prefixes and not _lemmas(lex, w).isdisjoint(lex.triggers) for w in words):
            return 0
    elif not lex.triggers.isdisjoint(words):
        return 0
    for m in _DIGIT.finditer(text):
        if not any(a <= m.start() < b for a, b in excluded):
            start = text.rfind(" ", 0, max(0, m.start() - LOOK_BACK_CHARS))
            return max(0, start)
    return None


def _language_of(text: str, lang: str) -> str:
    if lang in ("ru", "uk") or not _CYRILLIC.search(text):
        return lang if lang in LANGUAGES else "en"
    return detect_language(text)


def _tokens(text: str, start: int) -> list[_Tok]:
    low = text.lower()
    if "’" in low or "ʼ" in low or "ё" in low:
        low = low.translate(_APOSTROPHES)
    if len(low) != len(text):  # a letter whose lower case is longer: fold word by word
        return [_Tok(m.lastgroup or "", m.group(), m.group().lower().translate(_APOSTROPHES), *m.span())
                for m in _TOKEN.finditer(text, start)]  # fmt: skip
    # tuple.__new__ straight away: a NamedTuple's own constructor costs a Python call per token
    return [_new_tok(_Tok, (m.lastgroup or "", text[a:b], low[a:b], a, b))
            for m in _TOKEN.finditer(text, start) for a, b in (m.span(),)]  # fmt: skip


def find_figures(
    text: str, excluded: Sequence[tuple[int, int]] = (), words: set[str] | None = None, lang: str = "en"
) -> list[FigureDraft]:
    """Figures in one sentence; `excluded` spans (dates) hold no figures; `words`, the sentence's
    folded words when the caller has them; `lang`, the sentence's language (Cyrillic text given
    as "en" is read as Russian or Ukrainian by its letters)."""
    lex = _lexicon(_language_of(text, lang))
    start = _reading_start(lex, text, words, excluded)
    if start is None:
        return []
    toks = _tokens(text, start)
    reading = _Reading(lex, text, toks, tuple(excluded))
    resume = 0
    for i, tok in enumerate(toks):
        if i >= resume and (tok.kind == "n" or (tok.kind == "w" and lex.may_be_number_word(tok))):
            resume = max(i + 1, _read_figure(reading, i))
    return _resolve_pending(reading)
