"""Time phrases resolved against the report's reference date: start, end and precision.

Kinds of phrase, one function each, tried in this order (an earlier kind wins where two overlap):
ISO dates (2024-10-23); day ranges (Oct. 8-13, 8-13 October, с 5 по 7 ноября); days (November 1,
9 January 2025, 21 жовтня 2024 року); parts of months (early August, mid-October, в начале ноября,
наприкінці грудня); months (in October, October 2024); weekday ranges (between Sunday and Monday);
weekdays (on Wednesday, в прошлую пятницу, минулої п'ятниці: the last one on or before the reference
date, the next one when the sentence speaks of the future); relative periods (last week, this
weekend, на выходных, earlier this month, late last month, this winter); the past N days; N days
ago; relative days (yesterday, вчера, учора, the day before: the day before the sentence's other
day, else before the reference date); seasons of a year (autumn of 2024); years (in 2024, в 2024
году).

The words come from `lexicon/<lang>/time.py`; this module holds only structure (digits, dashes,
how pieces follow one another). A sentence with no time word and no year or ISO date is rejected
by one set intersection before any matching.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from .lexicon import concept, detect_language
from .tokens import Lazy, normalize_word

# ---------------------------------------------------------------------------------------------
# The result


@dataclass(frozen=True, slots=True)
class TimeSpan:
    start: date
    end: date
    precision: str  # day, week, month, range
    text: str
    char_start: int
    char_end: int
    relative_to_other: bool = False  # "the day before": resolved against another day in the sentence
    days_back: int = 1  # how far before that day: 1 for "the day before", 0 for "overnight"
    dateline: bool = False  # "KYIV, Oct 3 (Reuters) -": the day of the report, not of an event


# ---------------------------------------------------------------------------------------------
# Structure: tokens, gaps between them, lexicons compiled for matching

# A word, a number with an optional ordinal ending ("1st", "5-го"), apostrophes inside Cyrillic words.
_TOKEN = re.compile(r"\d+(?:-?[^\W\d_]{1,2}\b)?|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# "21.10.2024": day, month and year with dots, as Russian and Ukrainian (and much of Europe) write them.
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d|\.\d)")
_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGITS = re.compile(r"(\d+)-?(\D*)")
_PHRASE_GAP = re.compile(r"[ \t\u00a0\-‐‑]{1,3}")  # between words of one phrase: "mid-October"
_RANGE_DASH = re.compile(r"\s*[-‐‑–—]\s*")
_ABBREV_GAP = re.compile(r"\.?[ \t\u00a0]{1,2}")  # "Oct. 8", "October 8"
_YEAR_GAP = re.compile(r",?[ \t\u00a0]{1,2}")  # "November 1, 2024"
_NOT_A_DAY_AFTER = re.compile(r"\s*(?:,\d|\d|%|[-–]\s*\d)")  # "May 3,000", "March 5%"
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_PART_DAYS = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "first half": (1, 15),
    "second half": (16, 31),
}
_LANGS = ("en", "ru", "uk")

Phrase = tuple[frozenset[str], ...]


def _key(word: str) -> str:
    return normalize_word(word).rstrip(".")


@dataclass(frozen=True)
class Phrases:
    """Lexicon phrases (word sequences) with their values, indexed by first and last word."""

    by_first: dict[str, tuple[tuple[Phrase, Any], ...]]
    by_last: dict[str, tuple[tuple[Phrase, Any], ...]]

    @classmethod
    def build(cls, items: dict[str, Any] | tuple[str, ...] | frozenset[str]) -> Phrases:
        pairs = items.items() if isinstance(items, dict) else ((p, True) for p in items)
        first: dict[str, list[tuple[Phrase, Any]]] = {}
        last: dict[str, list[tuple[Phrase, Any]]] = {}
        for text, value in pairs:
            phrase = tuple(frozenset((_key(w),)) for w in text.split())
            first.setdefault(next(iter(phrase[0])), []).append((phrase, value))
            last.setdefault(next(iter(phrase[-1])), []).append((phrase, value))
        longest_first = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in first.items()}
        longest_last = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in last.items()}
        return cls(longest_first, longest_last)

    def last_words(self) -> set[str]:
        return set(self.by_last)


@dataclass(frozen=True)
class Lexicon:
    """A language's `time` concept, compiled: single words as dicts, phrases as `Phrases`."""

    code: str
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    months_capitalized: bool
    weekdays: dict[str, int]
    not_time: frozenset[str]
    day_suffixes: frozenset[str]
    relative_days: Phrases
    modifiers: Phrases
    units: dict[str, str]
    relative_periods: Phrases
    parts: Phrases
    seasons: dict[str, str]
    future: Phrases
    year_leads: frozenset[str]
    year_words: frozenset[str]
    leads: frozenset[str]
    joiners: frozenset[str]
    counts: Phrases
    durations: dict[str, int]
    ago: frozenset[str]
    past_leads: Phrases
    vague_counts: frozenset[str] = field(default=frozenset())
    day_of_month_leads: frozenset[str] = field(default=frozenset())
    day_of_month_words: frozenset[str] = field(default=frozenset())
    night_words: frozenset[str] = field(default=frozenset())
    night_joiners: frozenset[str] = field(default=frozenset())
    birth_words: frozenset[str] = field(default=frozenset())
    triggers: frozenset[str] = field(default=frozenset())
    # key -> ((table, value), ...) over the single-word tables and the last words of phrase sets,
    # so that one pass over a sentence's tokens tells where each kind of phrase may be.
    index: dict[str, tuple[tuple[str, Any], ...]] = field(default_factory=dict)


def _words(items: dict[str, Any] | Iterable[str]) -> dict[str, Any]:
    if isinstance(items, dict):
        return {_key(k): v for k, v in items.items()}
    return {_key(k): True for k in items}


@cache
def lexicon(code: str) -> Lexicon:
    t = concept(code, "time")
    lex = Lexicon(
        code=code,
        months=_words(t.MONTHS),
        ambiguous_months=frozenset(_words(t.AMBIGUOUS_MONTHS)),
        months_capitalized=t.MONTHS_CAPITALIZED,
        weekdays=_words(t.WEEKDAYS),
        not_time=frozenset(_words(t.NOT_TIME_FORMS)),
        day_suffixes=frozenset(_words(t.DAY_SUFFIXES)),
        relative_days=Phrases.build(t.RELATIVE_DAYS),
        modifiers=Phrases.build(t.PERIOD_MODIFIERS),
        units=_words(t.PERIOD_UNITS),
        relative_periods=Phrases.build(t.RELATIVE_PERIODS),
        parts=Phrases.build(t.PERIOD_PARTS),
        seasons=_words(t.SEASONS),
        future=Phrases.build(t.FUTURE_MARKERS),
        year_leads=frozenset(_words(t.YEAR_LEADS)),
        year_words=frozenset(_words(t.YEAR_WORDS)),
        leads=frozenset(_words(t.LEADS)),
        joiners=frozenset(_words(t.RANGE_JOINERS)),
        counts=Phrases.build(t.COUNT_WORDS),
        durations=_words(t.DURATION_UNITS),
        ago=frozenset(_words(t.AGO)),
        past_leads=Phrases.build(t.PAST_SPAN_LEADS),
        vague_counts=frozenset(_words(t.VAGUE_COUNTS)),
        birth_words=frozenset(_words(t.BIRTH_WORDS)),
        day_of_month_leads=frozenset(_words(t.DAY_OF_MONTH_LEADS)),
        day_of_month_words=frozenset(_words(t.DAY_OF_MONTH_WORDS)),
        night_words=frozenset(_words(t.NIGHT_WORDS)),
        night_joiners=frozenset(_words(t.NIGHT_JOINERS)),
    )
    # A time phrase always holds one of these words (or a year, or an ISO date).
    anchors = set(lex.months) | set(lex.weekdays) | set(lex.units) | set(lex.seasons) | set(lex.durations)
    anchors |= lex.relative_days.last_words() | lex.relative_periods.last_words() | lex.year_words
    anchors |= lex.day_of_month_words
    anchors -= lex.leads | lex.modifiers.last_words() | lex.joiners | lex.year_leads | lex.night_joiners
    return replace(lex, triggers=frozenset(anchors), index=_index(lex))


_TABLES = ("months", "weekdays", "units", "seasons", "durations")
_PHRASE_SETS = ("relative_days", "relative_periods", "future")


def _index(lex: Lexicon) -> dict[str, tuple[tuple[str, Any], ...]]:
    index: dict[str, list[tuple[str, Any]]] = {}
    for name in _TABLES:
        for key, value in getattr(lex, name).items():
            index.setdefault(key, []).append((name, value))
    for name in _PHRASE_SETS:
        for key in getattr(lex, name).last_words():
            index.setdefault(key, []).append((name, True))
    return {k: tuple(v) for k, v in index.items()}


@cache
def _lemmatizer(code: str) -> Callable[[str], Collection[str]]:
    if code == "en":
        return lambda word: (word,)
    from .language import language  # the Cyrillic analyser loads only when a Cyrillic text asks

    return language(code).lemma_set


@dataclass
class Sentence:
    """One sentence being read: its tokens, its lexicon, the dates it resolves against."""

    text: str
    words: Words
    lex: Lexicon
    ref: date | None  # the report's date: relative phrases need it
    yref: date | None  # a date the report postdates: picks the year of "on March 3"
    future: Lazy = field(init=False)
    marks: dict[str, dict[int, object]] = field(init=False)  # table -> token index -> value
    numbers: list[int] = field(init=False)  # tokens that start with a digit

    def __post_init__(self) -> None:
        self.norms, self.starts, self.ends, self.keys = self.words
        self.n = len(self.norms)
        self.future = Lazy(self._looks_ahead)
        self.marks = {name: {} for name in (*_TABLES, *_PHRASE_SETS)}
        self.numbers = [i for i, w in enumerate(self.norms) if w[0].isdigit()]
        index, not_time = self.lex.index, self.lex.not_time
        for i, keys in enumerate(self.keys):
            for key in keys:
                for name, value in index.get(key, ()):
                    if self.norms[i] not in not_time:
                        self.marks[name].setdefault(i, value)

    def _looks_ahead(self) -> bool:
        return bool(self.marks["future"]) and any(True for _ in _phrases_in(self, self.lex.future))

    def where(self, table: str) -> list[int]:
        """The tokens that are words of one table ("months"), left to right."""
        return list(self.marks[table])

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        return self.text[self.ends[i - 1] : self.starts[i]]

    def joined(self, i: int, pattern: re.Pattern[str] = _PHRASE_GAP) -> bool:
        return 0 < i < self.n and pattern.fullmatch(self.gap(i)) is not None

    def word(self, i: int, table: str) -> Any:
        """The value of token i in a table of single words (a month, a weekday, a unit), or None."""
        return self.marks[table].get(i)

    def has(self, i: int, words: frozenset[str]) -> bool:
        return 0 <= i < self.n and not words.isdisjoint(self.keys[i])

    def day(self, i: int) -> int | None:
        """A day number 1..31 at token i ("8", "1st", "5-го")."""
        if not 0 <= i < self.n:
            return None
        m = _DIGITS.fullmatch(self.norms[i])
        if m is None or (m.group(2) and m.group(2) not in self.lex.day_suffixes) or len(m.group(1)) > 2:
            return None
        value = int(m.group(1))
        return value if 1 <= value <= 31 else None

    def year(self, i: int) -> int | None:
        if 0 <= i < self.n and _YEAR.fullmatch(self.norms[i]):
            return int(self.norms[i])
        return None


# A sentence's words as parallel lists: normalized forms, start and end offsets, lemma keys.
Words = tuple[list[str], list[int], list[int], list[Collection[str]]]


def _tokens(text: str, code: str) -> Words:
    return _with_lemmas(_split_words(text), code)


def _split_words(text: str) -> tuple[list[str], list[re.Match[str]]]:
    """The sentence's words, normalized, and their matches (for the offsets)."""
    low = _normalized(text)
    if len(low) == len(text):
        found = list(_TOKEN.finditer(low))
        return [m.group() for m in found], found
    found = list(_TOKEN.finditer(text))  # a letter whose lower case is longer ("İ"): word by word
    return [normalize_word(m.group()) for m in found], found


def _with_lemmas(words: tuple[list[str], list[re.Match[str]]], code: str) -> Words:
    norms, found = words
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    if code == "en":  # "Monday's strike": the possessive names the day too
        return norms, starts, ends, [(w[:-2],) if w.endswith("'s") else (w,) for w in norms]
    lemmas = _lemmatizer(code)
    return norms, starts, ends, [lemmas(w) for w in norms]


def _normalized(text: str) -> str:
    low = text.casefold()
    if "’" in low or "ʼ" in low or "ё" in low:
        low = low.replace("’", "'").replace("ʼ", "'").replace("ё", "е")
    return low


def _phrase_at(s: Sentence, i: int, phrases: Phrases) -> tuple[int, Any] | None:
    """The longest phrase starting at token i: (end token, value)."""
    if not 0 <= i < s.n:
        return None
    for key in s.keys[i]:
        for phrase, value in phrases.by_first.get(key, ()):
            end = i + len(phrase)
            if end <= s.n and _fits(s, phrase, i):
                return end, value
    return None


def _phrase_before(s: Sentence, j: int, phrases: Phrases) -> tuple[int, Any] | None:
    """The longest phrase ending just before token j, joined to it: (first token, value)."""
    if not 0 < j <= s.n or (j < s.n and not s.joined(j)):
        return None
    for key in s.keys[j - 1]:
        for phrase, value in phrases.by_last.get(key, ()):
            i = j - len(phrase)
            if i >= 0 and _fits(s, phrase, i):
                return i, value
    return None


def _fits(s: Sentence, phrase: Phrase, i: int) -> bool:
    for k, words in enumerate(phrase):
        if words.isdisjoint(s.keys[i + k]) or (k and not s.joined(i + k)):
            return False
    return True


def _phrases_in(s: Sentence, phrases: Phrases) -> Iterator[tuple[int, int, Any]]:
    """Every phrase in the sentence, longest first at each token, left to right, not overlapping."""
    i = 0
    while i < s.n:
        found = _phrase_at(s, i, phrases)
        if found is None:
            i += 1
            continue
        yield i, found[0], found[1]
        i = found[0]


def _lead(s: Sentence, i: int) -> int:
    """Token i, or the lead word before it ("on", "в") when there is one."""
    return i - 1 if s.has(i - 1, s.lex.leads) and s.joined(i) else i


def _year_after(s: Sentence, j: int) -> tuple[int | None, int]:
    """A year right after token j-1 ("October 2024", "1 November, 2024", "2024 року"): (year, end)."""
    year = s.year(j) if s.joined(j, _YEAR_GAP) else None
    if year is None:
        return None, j
    return year, j + 2 if s.has(j + 1, s.lex.year_words) and s.joined(j + 1, _ABBREV_GAP) else j + 1


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or not (1 <= day <= _last_day(year, month)):
        return None
    return date(year, month, day)


def _year_for(month: int, day: int, ref: date, future: bool) -> int:
    """The year of a day named without one: the latest on or before the reference date, or the
    next one when the sentence looks ahead (and it would otherwise lie far in the past)."""
    year = ref.year
    candidate = _safe_date(year, month, min(day, _last_day(year, month)))
    if candidate and candidate > ref and (candidate - ref).days > 31 and not future:
        return year - 1
    if candidate and candidate < ref and future and (ref - candidate).days > 180:
        return year + 1
    return year


def _month_span(year: int, month: int, part: str | None) -> tuple[date, date]:
    last = _last_day(year, month)
    first_day, last_day = _PART_DAYS.get(part or "", (1, last))
    return date(year, month, first_day), date(year, month, min(last_day, last))


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _weekday_on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def _season_span(season: str, year: int, part: str | None = None) -> tuple[date, date]:
    first, last = _SEASON_MONTHS[season]
    start = date(year, first, 1)
    end_year = year + 1 if last < first else year
    end = date(end_year, last, _last_day(end_year, last))
    if part == "early":
        end = start + timedelta(days=30)
    elif part == "late":
        start = end - timedelta(days=30)
    return start, end


def _month_of(ref: date, shift: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + shift
    return index // 12, index % 12 + 1


# ---------------------------------------------------------------------------------------------
# One function per kind of phrase. Each yields (first token, end token, start, end, precision)
# or, for ISO dates, character offsets in place of tokens (marked by a negative first token).

Found = tuple[int, int, date | None, date | None, str]


def _day_year(s: Sentence, year: int | None, month: int, day: int) -> int | None:
    if year is not None:
        return year
    return _year_for(month, day, s.yref, bool(s.future)) if s.yref is not None else None


def _month_day_ranges(s: Sentence) -> Iterator[Found]:
    """Oct. 8-13, October 8 to 13, 2024."""
    for m in s.where("months"):
        month = s.word(m, "months")
        d1 = s.day(m + 1) if month else None
        if d1 is None or not s.joined(m + 1, _ABBREV_GAP):
            continue
        j = _range_end(s, m + 2)
        d2 = s.day(j)
        if d2 is None:
            continue
        year, end = _year_after(s, j + 1)
        y = _day_year(s, year, month, d1)
        if y is not None:
            yield _range_or_night(s, _lead(s, m), end, _safe_date(y, month, d1), _safe_date(y, month, d2))


_NIGHT_REACH = 3  # words a night word may stand before its range: "the night of March 11-12"


def _range_or_night(s: Sentence, first: int, end: int, start: date | None, stop: date | None) -> Found:
    """A range of two days after a night word is one night, dated by the morning it ended on."""
    night = any(s.has(k, s.lex.night_words) for k in range(max(first - _NIGHT_REACH, 0), first))
    if night and start is not None and stop == start + timedelta(days=1):
        return first, end, stop, stop, "day"
    return first, end, start, stop, "range"


def _range_end(s: Sentence, i: int) -> int:
    """Where the second end of a range starts, after a dash or a joining word at token i."""
    if i < s.n and _RANGE_DASH.fullmatch(s.gap(i)):
        return i
    return i + 1 if s.has(i, s.lex.joiners) and s.joined(i) and s.joined(i + 1) else -1


def _night_end(s: Sentence, first: int, i: int) -> int:
    """ "the night of Monday into Tuesday", "у ніч з понеділка на вівторок": where the morning a night
    ends on is named, after a night word and a word that joins its evening to its morning."""
    j = _range_end(s, i)
    if j >= 0 or not s.has(i, s.lex.night_joiners) or not (s.joined(i) and s.joined(i + 1)):
        return j
    night = any(s.has(k, s.lex.night_words) for k in range(max(first - _NIGHT_REACH, 0), first))
    return i + 1 if night else -1


def _day_month_ranges(s: Sentence) -> Iterator[Found]:
    """8-13 October, с 5 по 7 ноября."""
    for m in s.where("months"):
        month = s.word(m, "months")
        d2 = s.day(m - 1) if month else None
        if d2 is None or not s.joined(m):
            continue
        first = m - 2 if m >= 2 and _RANGE_DASH.fullmatch(s.gap(m - 1)) else m - 3
        d1 = s.day(first)
        if d1 is None or _range_end(s, first + 1) != m - 1:
            continue
        year, end = _year_after(s, m + 1)
        y = _day_year(s, year, month, d1)
        if y is not None:
            yield _range_or_night(s, _lead(s, first), end, _safe_date(y, month, d1), _safe_date(y, month, d2))


def _days(s: Sentence) -> Iterator[Found]:
    """November 1, 9 January 2025, 21 октября, 21 жовтня 2024 року."""
    for m in s.where("months"):
        month = s.word(m, "months")
        if month is None:
            continue
        found = _day_before_month(s, m) or _day_after_month(s, m)
        if found is None:
            continue
        first, day, j = found
        year, end = _year_after(s, j)
        y = _day_year(s, year, month, day)
        if y is not None:
            d = _safe_date(y, month, day)
            yield _lead(s, first), end, d, d, "day"


def _day_before_month(s: Sentence, m: int) -> tuple[int, int, int] | None:
    day = s.day(m - 1)
    if day is not None and s.joined(m):
        return m - 1, day, m + 1
    day = s.day(m - 2)  # "9th of January"
    if day is not None and s.has(m - 1, s.lex.leads) and s.joined(m) and s.joined(m - 1):
        return m - 2, day, m + 1
    return None


def _day_after_month(s: Sentence, m: int) -> tuple[int, int, int] | None:
    day = s.day(m + 1)
    if day is None or not s.joined(m + 1, _ABBREV_GAP):
        return None
    if _NOT_A_DAY_AFTER.match(s.text, s.ends[m + 1]):
        return None
    return m, day, m + 2


def _days_of_month(s: Sentence) -> Iterator[Found]:
    """on the 14th, 14-го числа: a day of a month left unnamed, the latest such day on or before the
    reference date (the next one when the sentence looks ahead)."""
    if s.ref is None:
        return
    for i in s.numbers:
        day = s.day(i)
        if day is None:
            continue
        if s.has(i + 1, s.lex.day_of_month_words) and s.joined(i + 1):
            first, end = _lead(s, i), i + 2
        elif _led_ordinal(s, i):
            first, end = i - 2, i + 1
        else:
            continue
        d = _day_of_month(s.ref, day, _looks_ahead_at(s, first, end - 1))
        yield first, end, d, d, "day"


def _led_ordinal(s: Sentence, i: int) -> bool:
    """ "on the 14th," : an ordinal after a lead and "the", with no word joined after it (not "the
    14th brigade", "the 5th-century church")."""
    if _DIGITS.fullmatch(s.norms[i]).group(2) not in s.lex.day_suffixes:  # type: ignore[union-attr]
        return False
    if not (s.has(i - 1, s.lex.day_of_month_leads) and s.joined(i) and s.joined(i - 1)):
        return False
    return s.has(i - 2, s.lex.leads) and not (i + 1 < s.n and s.joined(i + 1))


def _day_of_month(ref: date, day: int, future: bool) -> date | None:
    step = 1 if future else -1
    y, m = ref.year, ref.month
    if (day < ref.day) if future else (day > ref.day):
        y, m = _month_of(ref, step)
    for _ in range(2):  # the 31st of a month that has 30 days: the month before (or after) that
        d = _safe_date(y, m, day)
        if d is not None:
            return d
        y, m = _month_of(date(y, m, 1), step)
    return None


def _month_parts(s: Sentence) -> Iterator[Found]:
    """early August, mid-October to late October, в начале ноября, наприкінці грудня 2024."""
    for m in s.where("months"):
        month = s.word(m, "months")
        part = _phrase_before(s, m, s.lex.parts) if month else None
        if part is None:
            continue
        first, end_part = part
        before = _phrase_before(s, first - 1, s.lex.parts) if s.has(first - 1, s.lex.joiners) else None
        if before is not None:  # "early to mid-October"
            first, start_part = before
        else:
            start_part = end_part
        year, end = _year_after(s, m + 1)
        y = _day_year(s, year, month, 15)
        if y is not None:
            start, stop = _month_span(y, month, start_part)[0], _month_span(y, month, end_part)[1]
            yield _lead(s, first), end, start, stop, "range"


def _months(s: Sentence) -> Iterator[Found]:
    """in October, October 2024, since March, у лютому (a bare "May" or "march" is no month)."""
    for m in s.where("months"):
        month = s.word(m, "months")
        if month is None:
            continue
        year, end = _year_after(s, m + 1)
        first = _lead(s, m)
        if s.lex.months_capitalized and not s.text[s.starts[m]].isupper():
            continue
        if year is None and first == m and not s.lex.ambiguous_months.isdisjoint(s.keys[m]):
            continue
        y = year if year is not None else _day_year(s, None, month, 1)
        if y is not None:
            start, stop = _month_span(y, month, None)
            yield first, end, start, stop, "month"


def _weekday_ranges(s: Sentence) -> Iterator[Found]:
    """between Sunday and Monday, с понедельника по среду."""
    if s.ref is None:
        return
    for i in s.where("weekdays"):
        w1 = s.word(i, "weekdays")
        j = _night_end(s, _lead(s, i), i + 1) if w1 is not None else -1
        w2 = s.word(j, "weekdays") if j > 0 else None
        if w2 is None:
            continue
        if s.future:
            d1 = _weekday_on_or_after(s.ref, w1)
            d2 = _weekday_on_or_after(d1, w2)
        else:
            d2 = _weekday_on_or_before(s.ref, w2)
            d1 = d2 - timedelta(days=(w2 - w1) % 7)
        yield _range_or_night(s, _lead(s, i), j + 1, d1, d2)  # "the night of Monday to Tuesday"


def _modifier(s: Sentence, i: int) -> tuple[int, str]:
    """The modifier before token i ("last Friday", "в прошлую пятницу"): (first token, shift)."""
    found = _phrase_before(s, i, s.lex.modifiers)
    return (found[0], found[1]) if found else (i, "")


def _weekdays(s: Sentence) -> Iterator[Found]:
    """on Wednesday, last Friday, next Monday, в среду, минулої п'ятниці."""
    if s.ref is None:
        return
    for i in s.where("weekdays"):
        wd = s.word(i, "weekdays")
        if wd is None:
            continue
        first, shift = _modifier(s, i)
        d = _weekday_date(s.ref, wd, shift, _looks_ahead_at(s, first, i))
        yield _lead(s, first), i + 1, d, d, "day"


_FUTURE_REACH = 10  # words a future marker may stand before the day it looks ahead to
_OPENING = 2  # a day among the first words may take a marker after it ("On Sunday, troops will ...")


def _looks_ahead_at(s: Sentence, first: int, last: int) -> bool:
    """Does the sentence look ahead at this day? A future word before it ("will be sent to the front
    on Sunday"), or after a day that opens the sentence; not one in another part of the sentence
    ("the toll from Tuesday's strike could rise": Tuesday is past)."""
    if not s.future:
        return False
    for a, _end, _value in _phrases_in(s, s.lex.future):
        if a < first and first - a <= _FUTURE_REACH or (a > last and first <= _OPENING):
            return True
    return False


def _weekday_date(ref: date, wd: int, shift: str, future: bool) -> date:
    if shift == "next" or (future and shift != "last"):
        d = _weekday_on_or_after(ref, wd)
        return d + timedelta(days=7) if shift == "next" and d == ref else d
    if shift == "last":
        return _weekday_on_or_before(ref - timedelta(days=1), wd)
    return _weekday_on_or_before(ref, wd)


def _relative_periods(s: Sentence) -> Iterator[Found]:
    """last week, this weekend, the past month, earlier this year, late last month, на выходных,
    на минулому тижні, this winter."""
    if s.ref is None:
        return
    for first, end, (shift, unit) in _period_phrases(s):
        part = _phrase_before(s, first, s.lex.parts) if unit == "month" else None
        span = _period_span(s.ref, shift, unit, bool(s.future))
        if span is None:
            continue
        start, stop, precision = span
        if part is not None:  # "late last month"
            first = part[0]
            start, stop = _month_span(start.year, start.month, part[1])
            precision = "range"
        yield _lead(s, first), end, start, stop, precision


def _period_phrases(s: Sentence) -> Iterator[tuple[int, int, tuple[str, str]]]:
    """(first token, end token, (shift, unit)) of every fixed or composed relative period."""
    fixed = list(_phrases_in(s, s.lex.relative_periods)) if s.marks["relative_periods"] else []
    yield from fixed
    taken = {k for a, b, _ in fixed for k in range(a, b)}
    for i in sorted({*s.where("units"), *s.where("seasons")}):
        unit = s.word(i, "units") or s.word(i, "seasons")
        if unit is None or i in taken:
            continue
        first, shift = _modifier(s, i)
        if shift:
            yield first, i + 1, (shift, unit)


def _period_span(ref: date, shift: str, unit: str, future: bool) -> tuple[date, date, str] | None:
    if unit == "week":
        return _week_span(ref, shift)
    if unit == "weekend":
        sat = _weekend_saturday(ref, shift, future)
        return sat, sat + timedelta(days=1), "range"
    if unit == "month":
        return _month_period(ref, shift)
    if unit == "year":
        return _year_span(ref, shift)
    return _season_period(ref, shift, unit)


def _week_span(ref: date, shift: str) -> tuple[date, date, str]:
    monday = _week_start(ref)
    if shift == "last":
        return monday - timedelta(days=7), monday - timedelta(days=1), "week"
    if shift == "past":
        return ref - timedelta(days=7), ref, "range"
    if shift == "next":
        return monday + timedelta(days=7), monday + timedelta(days=13), "week"
    if shift == "earlier":
        return monday, ref, "range"
    if shift == "later":
        return ref, monday + timedelta(days=6), "range"
    return monday, monday + timedelta(days=6), "week"


def _weekend_saturday(ref: date, shift: str, future: bool) -> date:
    this_sat = _week_start(ref) + timedelta(days=5)
    if shift == "next" or (future and shift != "last"):
        sat = this_sat if ref <= this_sat + timedelta(days=1) else this_sat + timedelta(days=7)
        return this_sat + timedelta(days=7) if shift == "next" and ref.weekday() < 5 else sat
    if shift == "this":
        return this_sat
    return this_sat if ref.weekday() == 6 else this_sat - timedelta(days=7)


def _month_period(ref: date, shift: str) -> tuple[date, date, str]:
    month_end = ref.replace(day=_last_day(ref.year, ref.month))
    if shift in ("last", "next"):
        y, m = _month_of(ref, -1 if shift == "last" else 1)
        return date(y, m, 1), date(y, m, _last_day(y, m)), "month"
    if shift == "past":
        return ref - timedelta(days=30), ref, "range"
    if shift == "earlier":
        return ref.replace(day=1), ref, "range"
    if shift == "later":
        return ref, month_end, "range"
    return ref.replace(day=1), month_end, "month"


def _year_span(ref: date, shift: str) -> tuple[date, date, str]:
    if shift == "past":
        return ref - timedelta(days=365), ref, "range"
    if shift == "earlier":
        return date(ref.year, 1, 1), ref, "range"
    if shift == "later":
        return ref, date(ref.year, 12, 31), "range"
    y = ref.year + {"last": -1, "next": 1}.get(shift, 0)
    return date(y, 1, 1), date(y, 12, 31), "range"


def _season_period(ref: date, shift: str, season: str) -> tuple[date, date, str] | None:
    if shift == "past":
        return None
    y = ref.year + {"last": -1, "next": 1}.get(shift, 0)
    start, end = _season_span(season, y)
    if shift == "earlier":
        end = min(end, ref)
    return start, end, "range"


def _count(s: Sentence, i: int) -> tuple[int, int] | None:
    """A number of units before token i ("two", "3", "a few"): (first token, value)."""
    digits = _DIGITS.fullmatch(s.norms[i - 1]) if s.day(i - 1) is not None else None
    if digits is not None:
        return i - 1, int(digits.group(1))
    found = _phrase_before(s, i, s.lex.counts)
    return (found[0], found[1]) if found else None


def _past_spans(s: Sentence) -> Iterator[Found]:
    """the past three days, over the last 24 hours, за последние две недели."""
    if s.ref is None:
        return
    for i in s.where("durations"):
        days = s.word(i, "durations")
        count = _count(s, i) if days is not None else None
        lead = _phrase_before(s, count[0], s.lex.past_leads) if count else None
        if count is None or lead is None:
            continue
        back = max(count[1] * days, 1)
        yield lead[0], i + 1, s.ref - timedelta(days=back), s.ref, "range"


def _ago(s: Sentence) -> Iterator[Found]:
    """two days ago, a week ago, три дня назад, два тижні тому."""
    if s.ref is None:
        return
    for i in s.where("durations"):
        days = s.word(i, "durations")
        count = _count(s, i) if days is not None else None
        if count is None or not (s.has(i + 1, s.lex.ago) and s.joined(i + 1)):
            continue
        d = s.ref - timedelta(days=count[1] * days)
        if s.norms[count[0] + 1 if s.norms[count[0]] == "a" else count[0]] in s.lex.vague_counts:
            # "a few days ago": somewhere between two and about a week back
            yield (
                count[0],
                i + 2,
                s.ref - timedelta(days=max(days, 1) * 7),
                s.ref - timedelta(days=2),
                "range",
            )
        elif days == 1:
            yield count[0], i + 2, d, d, "day"
        elif days == 7:
            yield count[0], i + 2, _week_start(d), _week_start(d) + timedelta(days=6), "week"
        elif days:
            yield count[0], i + 2, d.replace(day=1), d.replace(day=_last_day(d.year, d.month)), "month"


def _relative_days(s: Sentence) -> Iterator[Found]:
    """today, yesterday, вчера, учора, позавчора, the day before (marked "other" in the lexicon)."""
    if s.ref is None or not s.marks["relative_days"]:
        return
    for first, end, (back, counted_from) in _phrases_in(s, s.lex.relative_days):
        d = s.ref - timedelta(days=back)
        yield first, end, d, d, counted_from if counted_from in ("other", "night") else "day"


def _seasons_of_year(s: Sentence) -> Iterator[Found]:
    """autumn of 2024, in the late summer 2023, осенью 2024 года."""
    for i in s.where("seasons"):
        season = s.word(i, "seasons")
        if season is None:
            continue
        j = i + 2 if s.has(i + 1, s.lex.leads) and s.joined(i + 1) else i + 1
        year, end = _year_after(s, j)
        if year is None:
            continue
        part = _phrase_before(s, i, s.lex.parts)
        start, stop = _season_span(season, year, part[1] if part else None)
        yield _lead(s, part[0] if part else i), end, start, stop, "range"


def _followed_by_range(s: Sentence, i: int) -> bool:
    """Is token i the first end of a numeric range ("2024-2025", "10-12")?"""
    return i + 1 < s.n and bool(_RANGE_DASH.fullmatch(s.gap(i + 1))) and s.norms[i + 1][0].isdigit()


def _years(s: Sentence) -> Iterator[Found]:
    """in 2024, since 2023, в 2024 году, у 2024 році (not "2024-2025")."""
    for i in s.numbers:
        y = s.year(i)
        if y is None or _followed_by_range(s, i):
            continue
        led = s.has(i - 1, s.lex.year_leads) and s.joined(i)
        named = s.has(i + 1, s.lex.year_words) and s.joined(i + 1, _ABBREV_GAP)
        if named and s.has(i + 2, s.lex.birth_words):
            continue  # "2005 года рождения": when someone was born, not when anything happened
        if led or named:
            yield i - 1 if led else i, i + 2 if named else i + 1, date(y, 1, 1), date(y, 12, 31), "range"


_KINDS: tuple[Callable[[Sentence], Iterator[Found]], ...] = (
    _month_day_ranges,
    _day_month_ranges,
    _days,
    _days_of_month,
    _month_parts,
    _months,
    _weekday_ranges,
    _weekdays,
    _relative_periods,
    _past_spans,
    _ago,
    _relative_days,
    _seasons_of_year,
    _years,
)


# ---------------------------------------------------------------------------------------------
# Entry points


def _language_of(text: str, lang: str, cyrillic: bool | None) -> str:
    if cyrillic is not None:
        return detect_language(text, "ru") if cyrillic else "en"
    if lang == "en" and _CYRILLIC.search(text):
        return detect_language(text)  # a Russian or Ukrainian sentence in an English report
    return lang if lang in _LANGS else "en"


def _may_hold_a_time(text: str, norms: list[str], lex: Lexicon) -> bool:
    """The cheap test: a trigger word, a year or an ISO date (most sentences have none)."""
    if _YEAR_DIGITS.search(text):
        return True
    words = set(norms)
    if not lex.triggers.isdisjoint(words):
        return True
    if lex.day_of_month_leads and any(w[0].isdigit() and _is_ordinal(w, lex) for w in words):
        return True
    if lex.code == "en":
        return not lex.triggers.isdisjoint(w[:-2] for w in words if w.endswith("'s"))
    lemmas = _lemmatizer(lex.code)
    return any(not lex.triggers.isdisjoint(lemmas(w)) for w in words if not w[0].isdigit())


def _is_ordinal(word: str, lex: Lexicon) -> bool:
    m = _DIGITS.fullmatch(word) if word[0].isdigit() else None
    return m is not None and m.group(2) in lex.day_suffixes


def find_times(
    text: str,
    published: date | None,
    year_ref: date | None = None,
    lang: str = "en",
    *,
    cyrillic: bool | None = None,
) -> list[TimeSpan]:
    """Every time phrase in a sentence that can be resolved. Without a reference date only dates
    that name their month resolve, their year guessed from `year_ref` (a date the report postdates).
    `lang` is "en", "ru" or "uk"; `cyrillic=True` (the older keyword) means Russian, or Ukrainian
    when the sentence's letters say so."""
    code = _language_of(text, lang, cyrillic)
    lex = lexicon(code)
    words = _split_words(text)
    if not _may_hold_a_time(text, words[0], lex):
        return []
    s = Sentence(text, _with_lemmas(words, code), lex, published, published or year_ref)
    found: list[TimeSpan] = []
    taken: list[tuple[int, int]] = []
    for m in _ISO.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        _add(found, taken, d, d, "day", text, m.start(), m.end())
    for m in _DOTTED.finditer(text):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        _add(found, taken, d, d, "day", text, m.start(), m.end())
    for kind in _KINDS:
        for first, end, start, stop, precision in kind(s):
            a, b = s.starts[first], s.ends[end - 1]
            relative = precision in ("other", "night")
            back = (s.ref - start).days if relative and s.ref and start else 1
            _add(found, taken, start, stop, "day" if relative else precision, text, a, b, relative, back)
    found.sort(key=lambda t: t.char_start)
    return [_as_dateline(t, text) for t in _named_days_win(found, s)]


# "overnight on Tuesday", "yesterday, Monday,": a day counted from the report beside a named one
_BESIDE = re.compile(r"[\s,]*(?:[^\W\d_]+[\s,]+)?")


def _named_days_win(found: list[TimeSpan], s: Sentence) -> list[TimeSpan]:
    """A day counted from the report ("overnight", "вчера") that stands right before a day the
    sentence names is that day, said twice: the named one is kept."""
    counted = {
        (s.starts[first], s.ends[end - 1])
        for first, end, _start, _stop, precision in _relative_days(s)
        if precision in ("day", "night")
    }
    if not counted:
        return found
    named = [
        t.char_start for t in found if t.precision == "day" and (t.char_start, t.char_end) not in counted
    ]
    return [
        t
        for t in found
        if (t.char_start, t.char_end) not in counted
        or not any(a >= t.char_end and _BESIDE.fullmatch(s.text, t.char_end, a) for a in named)
    ]


# The head of a wire report: a place in capitals or title case, commas, then the date, then the
# agency in brackets and a dash ("KYIV, Oct 3 (Reuters) -", "KHARKIV, Ukraine, March 12 (AP) —").
_DATELINE_BEFORE = re.compile(r"\s*(?:[^\W\d_][\w'’.\- ]{1,40},\s*){1,2}")
_DATELINE_AFTER = re.compile(r",?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]")
_DATELINE_AGENCY = re.compile(r",?\s*\([^()\n]{1,40}\)\s*[-–—]")


def _as_dateline(t: TimeSpan, text: str) -> TimeSpan:
    if t.precision != "day" or t.char_start > 60 or not text.lstrip()[:1].isupper():
        return t
    if not text[: t.char_start].strip() and _DATELINE_AGENCY.match(text, t.char_end):
        return replace(t, dateline=True)  # "March 12 (Reuters) -": no place before the date
    head = _DATELINE_BEFORE.fullmatch(text, 0, t.char_start)
    if head is None or _DATELINE_AFTER.match(text, t.char_end) is None:
        return t
    return replace(t, dateline=True)


def _add(
    found: list[TimeSpan],
    taken: list[tuple[int, int]],
    start: date | None,
    end: date | None,
    precision: str,
    text: str,
    a: int,
    b: int,
    relative: bool = False,
    back: int = 1,
) -> None:
    if start is None or end is None or end < start or any(a < y and x < b for x, y in taken):
        return
    taken.append((a, b))
    found.append(TimeSpan(start, end, precision, text[a:b], a, b, relative, days_back=back))


def resolve_relative(spans: list[TimeSpan], statement_spans: set[int]) -> list[TimeSpan]:
    """Re-anchor "the day before" on the sentence's other day when there is one, and "overnight"
    on a day named before it ("said on Tuesday that drones attacked overnight") or on the day it was
    said ("drones attacked overnight, the air force said on Tuesday"): the night that ended on that
    day. A night with neither stays the night that ended on the report's day."""
    anchors = [t for t in spans if not t.relative_to_other and t.precision == "day"]
    if not anchors:
        return spans
    out = []
    for t in spans:
        if t.relative_to_other:
            before = [a for a in anchors if a.char_start < t.char_start]
            if not before and not t.days_back:  # "overnight, the air force said on Tuesday"
                before = [a for a in anchors if a.char_start in statement_spans][:1]
            if before or t.days_back:
                base = (before or anchors)[-1].start
                d = base - timedelta(days=t.days_back)
                t = TimeSpan(d, d, "day", t.text, t.char_start, t.char_end, True, days_back=t.days_back)
        out.append(t)
    return out


def anchor_from_text(text: str) -> date | None:
    """A stand-in reference date for an undated report: the latest month and year it names."""
    best: date | None = None
    code = detect_language(text)
    s = Sentence(text, _tokens(text, code), lexicon(code), None, None)
    for m in s.where("months"):
        month = s.word(m, "months")
        j = m + 2 if month and s.day(m + 1) is not None else m + 1
        year = s.year(j) if month and s.joined(j, _YEAR_GAP) else None
        if year is not None and (best is None or date(year, month, 15) > best):
            best = date(year, month, 15)
    if best is None:
        years = [int(y) for y in _YEAR_DIGITS.findall(text)]
        if years:
            best = date(max(years), 7, 1)
    return best
