"""Time phrases resolved against the report's reference date: start, end and precision.

Covered: explicit dates (November 1, Oct. 8-13, 9 January 2025, 2024-10-23), months and parts of
months (early August, mid-October, late September, October 2024), weekdays (on Wednesday: the
last Wednesday on or before the reference date, the next one when the sentence speaks of the
future), weekends, "between Sunday and Monday", last/this/next week/month/year, yesterday,
today, N days ago, the day before / the previous day (the day before the sentence's other day,
else before the reference date), past N days, seasons, and the same in Russian and Ukrainian.

Each phrase is a `TimeSpan`; `resolve_event_time` picks the one the claimed event refers to: a
time attached to the reporting verb ("said on Monday") is when it was said, not when it happened.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .tokens import Lazy

_MONTHS_EN = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
# Russian and Ukrainian month stems (any case ending).
_MONTH_STEMS_CYR = (
    ("январ", 1), ("січ", 1), ("феврал", 2), ("лют", 2), ("март", 3), ("берез", 3), ("апрел", 4),
    ("квіт", 4), ("ма", 5), ("трав", 5), ("июн", 6), ("черв", 6), ("июл", 7), ("лип", 7),
    ("август", 8), ("серп", 8), ("сентябр", 9), ("верес", 9), ("октябр", 10), ("жовт", 10),
    ("ноябр", 11), ("листопад", 11), ("декабр", 12), ("груд", 12),
)  # fmt: skip
_WEEKDAYS_EN = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WEEKDAY_STEMS_CYR = (
    ("понедельник", 0), ("понеділ", 0), ("вторник", 1), ("вівтор", 1), ("сред", 2), ("серед", 2),
    ("четверг", 3), ("четвер", 3), ("пятниц", 4), ("п'ятниц", 4), ("суббот", 5), ("субот", 5),
    ("воскресень", 6), ("неділ", 6),
)  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3,
}  # fmt: skip

_MONTH_EN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_CYR = (
    r"(?:январ|січ|феврал|лют|март|берез|апрел|квіт|ма[яйе]|трав|июн|черв|июл|лип|август|серп|сентябр|"
    r"верес|октябр|жовт|ноябр|листопад|декабр|груд)[а-яіїє]{0,5}"
)
_WEEKDAY_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_CYR = (
    r"(?:понедельник|понеділ|вторник|вівтор|сред|серед|четверг|четвер|пятниц|п'ятниц|суббот|субот|"
    r"воскресень|неділ)[а-яіїє]{0,3}"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d\d)"
_PART = r"(early|mid|late|the (?:beginning|start|middle|end) of|(?:the )?(?:first|second|last) half of)"
_PART_CYR = r"(начал[аеоу]|середин[аеиуі]|кон[ец][аеу]?ц?[аеу]?|кінц[іяе]|початку|серед)"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")),
    (
        "md_range",  # Oct. 8-13, October 8 to 13, 2024
        re.compile(rf"\b({_MONTH_EN})\s+{_DAY}\s*(?:-|–|—|to|through|until)\s*{_DAY}\b(?:,?\s+{_YEAR})?"),
    ),
    (
        "dm_range",  # 8-13 October
        re.compile(rf"\b{_DAY}\s*(?:-|–|—|to)\s*{_DAY}\s+(?:of\s+)?({_MONTH_EN})(?:,?\s+{_YEAR})?"),
    ),
    ("md", re.compile(rf"\b({_MONTH_EN})\s+{_DAY}\b(?!\s*(?:,\d|\d|%|-|–))(?:,?\s+{_YEAR})?")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?({_MONTH_EN})\b(?:,?\s+{_YEAR})?")),
    ("dm_cyr", re.compile(rf"(?<![\w-])(\d{{1,2}})\s+({_MONTH_CYR})(?:\s+{_YEAR})?", re.I)),
    (
        "part_month",  # early August, mid-October, late September 2024, the end of March
        re.compile(rf"\b{_PART}[\s-]+(?:to\s+(mid|late|early)[\s-]+)?({_MONTH_EN})\b(?:,?\s+{_YEAR})?", re.I),
    ),
    ("part_month_cyr", re.compile(rf"(?<!\w){_PART_CYR}\s+({_MONTH_CYR})(?:\s+{_YEAR})?", re.I)),
    (
        "month",  # in October, October 2024, since March (May/March need a preposition or a year)
        re.compile(
            rf"\b(?:(?:in|since|by|until|through|of|from|during|last|this|next|early|late)\s+)?"
            rf"({_MONTH_EN})(?:\s+{_YEAR}|(?!\w))"
        ),
    ),
    ("month_cyr", re.compile(rf"(?<!\w)(?:[ву]|у|в|із|с|до|з)\s+({_MONTH_CYR})(?:\s+{_YEAR})?(?!\w)", re.I)),
    ("weekday_range", re.compile(rf"\bbetween\s+({_WEEKDAY_EN})\s+and\s+({_WEEKDAY_EN})\b")),
    ("weekday", re.compile(rf"\b(?:(last|this|next|on|since|by|until|early|late)\s+)?({_WEEKDAY_EN})\b")),
    ("weekday_cyr", re.compile(rf"(?<!\w)(?:в|во|у|в минул[уи][йю]|в прошл[уы][юй])\s+({_WEEKDAY_CYR})",
    re.I)),
    (
        "weekend",
        re.compile(r"\b(this|last|next|over the|at the|on the|the past|during the)\s+weekend\b", re.I),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(last|this|next|the past|the previous|the last|earlier this|later this|the coming|"
            r"the following|the current)\s+(week|month|year|autumn|fall|spring|summer|winter)\b",
            re.I,
        ),
    ),
    (
        "past_n",
        re.compile(
            r"\b(?:in\s+|over\s+)?the\s+(?:past|last|previous)\s+(\w+|\d+)\s+(days|weeks|months|hours)\b",
            re.I,
        ),
    ),
    ("ago", re.compile(r"\b(\w+|\d+|a few)\s+(days?|weeks?|months?)\s+(ago|earlier|before)\b", re.I)),
    (
        "yesterday",
        re.compile(r"\b(yesterday|the day before yesterday)\b|(?<!\w)(вчера|вчора|позавчера)(?!\w)", re.I),
    ),
    (
        "today",
        re.compile(
            r"\b(today|tonight|this morning|this evening|earlier today)\b"
            r"|(?<!\w)(сегодня|сьогодні)(?!\w)",
            re.I,
        ),
    ),
    (
        "day_before",
        re.compile(
            r"\b(the day before|the previous day|a day earlier|the day earlier|a day before|the prior day|"
            r"the night before|the previous night)\b|(?<!\w)(накануне|напередодні|днем ранее|днём ранее|"
            r"днем раньше|за день до)(?!\w)",
            re.I,
        ),
    ),
    (
        "relative_cyr",
        re.compile(
            r"(?<!\w)(на прошлой неделе|минулого тижня|на минулому тижні|на этой неделе|цього тижня|"
            r"в прошлом месяце|минулого місяця|в этом месяце|цього місяця|в прошлом году|минулого року|"
            r"в этом году|цього року)(?!\w)",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:in\s+)?(?:the\s+)?(early|late)?\s*(autumn|fall|spring|summer|winter)\s+"
            r"(?:of\s+)?((?:19|20)\d\d)\b",
            re.I,
        ),
    ),
    ("year", re.compile(r"\b(?:in|since|during|throughout|by|of)\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)")),
    ("year_cyr", re.compile(r"(?<!\w)[ву]\s+((?:19|20)\d\d)\s+(?:году|році|г\.)", re.I)),
]  # fmt: skip

_ANY_DIGIT = re.compile(r"\d")
_ANY_CYRILLIC = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]")
_ANY_MONTH_EN = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SEASON_WORDS = ("autumn", "fall", "spring", "summer", "winter")
_PERIOD_MODIFIERS = (
    "last",
    "this",
    "next",
    "past",
    "previous",
    "earlier",
    "later",
    "coming",
    "following",
    "current",
)
# Which phrases can occur at all in a sentence, from cheap look-ups (most sentences have few).
# Substrings that any Russian or Ukrainian month name contains (a cheap test before the patterns).
_MONTH_STEMS_ONLY = (
    "январ", "січ", "феврал", "лют", "март", "берез", "апрел", "квіт", "мая", "май", "трав", "июн",
    "черв", "июл", "лип", "август", "серп", "сентябр", "верес", "октябр", "жовт", "ноябр", "листопад",
    "декабр", "груд",
)  # fmt: skip


def _has_month_cyr(low: str) -> bool:
    return any(stem in low for stem in _MONTH_STEMS_ONLY)


_PART_WORDS = ("early", "mid", "late", "beginning", "start", "middle", "end of", "half")
_DAY_THEN_MONTH = re.compile(r"\d\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_YEAR_LEADS = ("in 19", "in 20", "since 19", "since 20", "during", "throughout", "by 20", "of 20", "of 19")


_TRIGGER_WORDS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "weekend",
    "between",
    "week",
    "month",
    "year",
    "autumn",
    "fall",
    "spring",
    "summer",
    "winter",
    "ago",
    "yesterday",
    "today",
    "tonight",
    "morning",
    "evening",
    "before",
    "previous",
    "earlier",
    "prior",
    "past",
    "last",
    "next",
    "this",
    "coming",
    "following",
    "current",
    "later",
    "during",
    "throughout",
    "since",
    "вчера",
    "вчора",
    "позавчера",
    "сегодня",
    "сьогодні",
    "накануне",
    "напередодні",
    "ранее",
    "раньше",
    "недел",
    "тиж",
    "месяц",
    "місяц",
    "году",
    "року",
]
_ANY_CYRILLIC_WORD = re.compile(r"[а-яіїєґ]")
_TRIGGER_SET = frozenset(w for w in _TRIGGER_WORDS if not _ANY_CYRILLIC_WORD.match(w))
_TRIGGER_STEMS_CYR = tuple(w for w in _TRIGGER_WORDS if _ANY_CYRILLIC_WORD.match(w))
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_WEEKDAY_SET = frozenset(_WEEKDAY_NAMES)
_SEASON_SET = frozenset(_SEASON_WORDS)
_PERIOD_SET = frozenset(("week", "month", "year", *_SEASON_WORDS))
_MODIFIER_SET = frozenset(_PERIOD_MODIFIERS)


def _any(*words):
    wanted = frozenset(words)
    return lambda found, low, d, c, m: bool(found & wanted)


# Which phrases can occur at all in a sentence: one scan for trigger words, then set look-ups.
_TRIGGERS = {
    "iso": lambda found, low, d, c, m: d and "-" in low,
    "md_range": lambda found, low, d, c, m: (
        d
        and m
        and ("-" in low or "–" in low or "—" in low or " to " in low or "through" in low or "until" in low)
    ),
    "dm_range": lambda found, low, d, c, m: d and m and _DAY_THEN_MONTH.search(low) is not None,
    "md": lambda found, low, d, c, m: d and m,
    "dm": lambda found, low, d, c, m: d and m and _DAY_THEN_MONTH.search(low) is not None,
    "dm_cyr": lambda found, low, d, c, m: d and c and _has_month_cyr(low),
    "part_month": lambda found, low, d, c, m: m and any(w in low for w in _PART_WORDS),
    "part_month_cyr": lambda found, low, d, c, m: c and _has_month_cyr(low),
    "month": lambda found, low, d, c, m: m,
    "month_cyr": lambda found, low, d, c, m: c and _has_month_cyr(low),
    "weekday_range": lambda found, low, d, c, m: "between" in found and bool(found & _WEEKDAY_SET),
    "weekday": lambda found, low, d, c, m: bool(found & _WEEKDAY_SET),
    "weekday_cyr": lambda found, low, d, c, m: c and any(w in low for w, _ in _WEEKDAY_STEMS_CYR),
    "weekend": _any("weekend"),
    "relative_period": lambda found, low, d, c, m: bool(found & _PERIOD_SET) and bool(found & _MODIFIER_SET),
    "past_n": _any("past", "last", "previous"),
    "ago": _any("ago"),
    "yesterday": _any("yesterday", "вчера", "вчора", "позавчера"),
    "today": lambda found, low, d, c, m: (
        bool(found & {"today", "tonight", "сегодня", "сьогодні"})
        or ("this" in found and bool(found & {"morning", "evening"}))
    ),
    "day_before": _any(
        "before", "previous", "earlier", "prior", "накануне", "напередодні", "ранее", "раньше"
    ),
    "relative_cyr": _any("недел", "тиж", "месяц", "місяц", "году", "року"),
    "season": lambda found, low, d, c, m: d and bool(found & _SEASON_SET),
    "year": lambda found, low, d, c, m: d and any(w in low for w in _YEAR_LEADS),
    "year_cyr": lambda found, low, d, c, m: d and c,
}


_TRIGGERED_PATTERNS = [(kind, pattern, _TRIGGERS[kind]) for kind, pattern in _PATTERNS]


@dataclass(frozen=True, slots=True)
class TimeSpan:
    start: date
    end: date
    precision: str  # day, week, month, range
    text: str
    char_start: int
    char_end: int
    relative_to_other: bool = False  # "the day before": resolved against another day in the sentence


_FUTURE_WORDS = frozenset(
    [
        "will",
        "would",
        "shall",
        "may",
        "might",
        "could",
        "plan",
        "plans",
        "planning",
        "planned",
        "going",
        "scheduled",
        "upcoming",
        "next",
        "expected",
        "set",
    ]
)
_FUTURE_CYR = ("будет", "будут", "буде ", "будуть", "планиру", "планує", "плануют", "може", "может")


def _is_future(text: str, low: str, words: set[str]) -> bool:
    """Does the sentence look ahead ("will be sent on Sunday")? Decides which Sunday is meant."""
    if words & _FUTURE_WORDS or "as soon as" in low:
        return True
    return any(w in low for w in _FUTURE_CYR)


def _month_from_cyr(word: str) -> int | None:
    w = word.casefold()
    for stem, month in _MONTH_STEMS_CYR:
        if stem == "ма":
            if w in ("мая", "май", "мае", "маю") or w.startswith("травн"):
                return 5
            continue
        if w.startswith(stem):
            return month
    return None


def _weekday_from_cyr(word: str) -> int | None:
    w = word.casefold().replace("’", "'")
    for stem, day in _WEEKDAY_STEMS_CYR:
        if w.startswith(stem):
            return day
    return None


def _month_en(word: str) -> int:
    return _MONTHS_EN[word.rstrip(".").casefold()]


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
    part = (part or "").casefold()
    if part in ("early", "the beginning of", "the start of") or part.startswith(("начал", "початк")):
        return date(year, month, 1), date(year, month, 10)
    if part in ("mid", "the middle of") or part.startswith(("середин", "серед")):
        return date(year, month, 11), date(year, month, 20)
    if part in ("late", "the end of") or part.startswith(("кон", "кінц")):
        return date(year, month, 21), date(year, month, last)
    if "first half" in part:
        return date(year, month, 1), date(year, month, 15)
    if "second half" in part or "last half" in part:
        return date(year, month, 16), date(year, month, last)
    return date(year, month, 1), date(year, month, last)


def _number(word: str) -> int | None:
    w = word.casefold()
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _weekday_on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season_span(season: str, year: int, part: str | None = None) -> tuple[date, date]:
    first, last = _SEASONS[season.casefold()]
    start = date(year, first, 1)
    end_year = year + 1 if last < first else year
    end = date(end_year, last, _last_day(end_year, last))
    if part == "early":
        end = start + timedelta(days=30)
    elif part == "late":
        start = end - timedelta(days=30)
    return start, end


def find_times(
    text: str, ref: date | None, year_ref: date | None = None, cyrillic: bool | None = None
) -> list[TimeSpan]:  # noqa: C901
    """Every time phrase in a sentence that can be resolved. Without a reference date only dates
    that name their month resolve, their year guessed from `year_ref` (a date the report postdates)."""
    yref = ref or year_ref
    future = Lazy(lambda: _is_future(text, low, words))
    found: list[TimeSpan] = []
    taken: list[tuple[int, int]] = []

    def add(start: date | None, end: date | None, precision: str, m: re.Match, relative: bool = False):
        if start is None or end is None or end < start:
            return
        a, b = m.span()
        if any(a < y and x < b for x, y in taken):
            return
        taken.append((a, b))
        found.append(TimeSpan(start, end, precision, m.group(0).strip(), a, b, relative))

    low = text.casefold()
    has_digit = _ANY_DIGIT.search(text) is not None
    if cyrillic is None:
        cyrillic = _ANY_CYRILLIC.search(text) is not None
    month_en = bool(_ANY_MONTH_EN.search(text))
    words = set(_PLAIN_WORD.findall(low))
    hints = set(_TRIGGER_SET.intersection(words))
    if cyrillic:
        hints.update(stem for stem in _TRIGGER_STEMS_CYR if stem in low)
    if not (hints or has_digit or month_en or cyrillic):
        return found
    for kind, pattern, trigger in _TRIGGERED_PATTERNS:
        if not trigger(hints, low, has_digit, cyrillic, month_en):
            continue
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            g = m.groups()
            try:
                if kind == "iso":
                    d = _safe_date(int(g[0]), int(g[1]), int(g[2]))
                    add(d, d, "day", m)
                elif kind in ("md_range", "dm_range"):
                    if kind == "md_range":
                        month, d1, d2, year = _month_en(g[0]), int(g[1]), int(g[2]), g[3]
                    else:
                        d1, d2, month, year = int(g[0]), int(g[1]), _month_en(g[2]), g[3]
                    if year is None and yref is None:
                        continue
                    y = int(year) if year else _year_for(month, d1, yref, future)
                    add(_safe_date(y, month, d1), _safe_date(y, month, d2), "range", m)
                elif kind in ("md", "dm", "dm_cyr"):
                    if kind == "md":
                        month, day, year = _month_en(g[0]), int(g[1]), g[2]
                    elif kind == "dm":
                        day, month, year = int(g[0]), _month_en(g[1]), g[2]
                    else:
                        day, month, year = int(g[0]), _month_from_cyr(g[1]), g[2]
                        if month is None:
                            continue
                    if year is None and yref is None:
                        continue
                    y = int(year) if year else _year_for(month, day, yref, future)
                    d = _safe_date(y, month, day)
                    add(d, d, "day", m)
                elif kind in ("part_month", "part_month_cyr"):
                    if kind == "part_month":
                        part, part2, month, year = g[0], g[1], _month_en(g[2]), g[3]
                    else:
                        part, part2, month, year = g[0], None, _month_from_cyr(g[1]), g[2]
                        if month is None:
                            continue
                    if year is None and yref is None:
                        continue
                    y = int(year) if year else _year_for(month, 15, yref, future)
                    start, end = _month_span(y, month, part)
                    if part2:
                        end = _month_span(y, month, part2)[1]
                    add(start, end, "range", m)
                elif kind in ("month", "month_cyr"):
                    word = g[0]
                    if kind == "month":
                        if word.rstrip(".").casefold() in ("may", "march") and not (
                            g[1] or m.group(0)[: m.start(1) - a].strip()
                        ):
                            continue
                        if not word[0].isupper():
                            continue
                        month = _month_en(word)
                    else:
                        month = _month_from_cyr(word)
                        if month is None:
                            continue
                    year = g[1]
                    if year is None and yref is None:
                        continue
                    y = int(year) if year else _year_for(month, 1, yref, future)
                    start, end = _month_span(y, month, None)
                    add(start, end, "month", m)
                elif ref is None:
                    if kind == "season" and g[2]:
                        start, end = _season_span(g[1], int(g[2]), (g[0] or "").casefold() or None)
                        add(start, end, "range", m)
                    elif kind in ("year", "year_cyr"):
                        y = int(g[0])
                        add(date(y, 1, 1), date(y, 12, 31), "range", m)
                    continue
                elif kind == "weekday_range":
                    w1, w2 = _WEEKDAYS_EN[g[0].casefold()], _WEEKDAYS_EN[g[1].casefold()]
                    if future:
                        d1 = _weekday_on_or_after(ref, w1)
                        d2 = _weekday_on_or_after(d1, w2)
                    else:
                        d2 = _weekday_on_or_before(ref, w2)
                        d1 = d2 - timedelta(days=(w2 - w1) % 7)
                    add(d1, d2, "range", m)
                elif kind in ("weekday", "weekday_cyr"):
                    if kind == "weekday":
                        mod, wd = (g[0] or "").casefold(), _WEEKDAYS_EN[g[1].casefold()]
                    else:
                        mod, wd = "", _weekday_from_cyr(g[0])
                        if wd is None:
                            continue
                    if mod == "next" or (future and mod != "last"):
                        d = _weekday_on_or_after(ref, wd)
                        if mod == "next" and d == ref:
                            d += timedelta(days=7)
                    elif mod == "last":
                        d = _weekday_on_or_before(ref - timedelta(days=1), wd)
                    else:
                        d = _weekday_on_or_before(ref, wd)
                    add(d, d, "day", m)
                elif kind == "weekend":
                    mod = g[0].casefold()
                    this_sat = _week_start(ref) + timedelta(days=5)
                    if mod == "next" or (mod == "this" and future) or (future and mod != "last"):
                        sat = (
                            this_sat if ref <= this_sat + timedelta(days=1) else this_sat + timedelta(days=7)
                        )
                        if mod == "next" and ref.weekday() < 5:
                            sat = this_sat + timedelta(days=7)
                    elif mod == "this":
                        sat = this_sat
                    else:
                        sat = this_sat if ref.weekday() == 6 else this_sat - timedelta(days=7)
                    add(sat, sat + timedelta(days=1), "range", m)
                elif kind == "relative_period":
                    mod, unit = g[0].casefold(), g[1].casefold()
                    if unit == "week":
                        monday = _week_start(ref)
                        if mod in ("last", "the previous"):
                            add(monday - timedelta(days=7), monday - timedelta(days=1), "week", m)
                        elif mod in ("the past", "the last"):
                            add(ref - timedelta(days=7), ref, "range", m)
                        elif mod in ("next", "the coming", "the following"):
                            add(monday + timedelta(days=7), monday + timedelta(days=13), "week", m)
                        elif mod == "earlier this":
                            add(monday, ref, "range", m)
                        else:
                            add(monday, monday + timedelta(days=6), "week", m)
                    elif unit == "month":
                        first = ref.replace(day=1)
                        if mod in ("last", "the previous"):
                            prev = first - timedelta(days=1)
                            add(prev.replace(day=1), prev, "month", m)
                        elif mod in ("the past", "the last"):
                            add(ref - timedelta(days=30), ref, "range", m)
                        elif mod in ("next", "the coming", "the following"):
                            nxt = (first + timedelta(days=32)).replace(day=1)
                            add(nxt, nxt.replace(day=_last_day(nxt.year, nxt.month)), "month", m)
                        elif mod == "earlier this":
                            add(first, ref, "range", m)
                        elif mod == "later this":
                            add(ref, ref.replace(day=_last_day(ref.year, ref.month)), "range", m)
                        else:
                            add(first, ref.replace(day=_last_day(ref.year, ref.month)), "month", m)
                    elif unit == "year":
                        y = ref.year - 1 if mod in ("last", "the previous") else ref.year
                        y = ref.year + 1 if mod in ("next", "the coming", "the following") else y
                        if mod in ("the past", "the last"):
                            add(ref - timedelta(days=365), ref, "range", m)
                        elif mod == "earlier this":
                            add(date(y, 1, 1), ref, "range", m)
                        else:
                            add(date(y, 1, 1), date(y, 12, 31), "range", m)
                    else:
                        y = ref.year - 1 if mod in ("last", "the previous") else ref.year
                        y = ref.year + 1 if mod in ("next", "the coming") else y
                        start, end = _season_span(unit, y)
                        if mod == "earlier this":
                            end = min(end, ref)
                        add(start, end, "range", m)
                elif kind == "past_n":
                    n = _number(g[0])
                    if n is None:
                        continue
                    unit = g[1].casefold()
                    days = n * {"days": 1, "weeks": 7, "months": 30, "hours": 0}[unit]
                    add(ref - timedelta(days=max(days, 1 if unit == "hours" else days)), ref, "range", m)
                elif kind == "ago":
                    if g[2].casefold() != "ago":
                        continue  # "two days earlier" needs another day to count from
                    n = _number(g[0])
                    if n is None:
                        continue
                    unit = g[1].casefold().rstrip("s")
                    if unit == "day":
                        d = ref - timedelta(days=n)
                        add(d, d, "day", m)
                    elif unit == "week":
                        d = ref - timedelta(days=7 * n)
                        add(_week_start(d), _week_start(d) + timedelta(days=6), "week", m)
                    else:
                        d = ref - timedelta(days=30 * n)
                        add(d.replace(day=1), d.replace(day=_last_day(d.year, d.month)), "month", m)
                elif kind == "yesterday":
                    word = (g[0] or g[1]).casefold()
                    back = 2 if word in ("the day before yesterday", "позавчера") else 1
                    d = ref - timedelta(days=back)
                    add(d, d, "day", m)
                elif kind == "today":
                    add(ref, ref, "day", m)
                elif kind == "day_before":
                    d = ref - timedelta(days=1)
                    add(d, d, "day", m, relative=True)
                elif kind == "relative_cyr":
                    phrase = m.group(1).casefold()
                    if "недел" in phrase or "тиж" in phrase:
                        monday = _week_start(ref)
                        if "прошл" in phrase or "минул" in phrase:
                            add(monday - timedelta(days=7), monday - timedelta(days=1), "week", m)
                        else:
                            add(monday, monday + timedelta(days=6), "week", m)
                    elif "месяц" in phrase or "місяц" in phrase:
                        first = ref.replace(day=1)
                        if "прошл" in phrase or "минул" in phrase:
                            prev = first - timedelta(days=1)
                            add(prev.replace(day=1), prev, "month", m)
                        else:
                            add(first, ref.replace(day=_last_day(ref.year, ref.month)), "month", m)
                    else:
                        y = ref.year - 1 if ("прошл" in phrase or "минул" in phrase) else ref.year
                        add(date(y, 1, 1), date(y, 12, 31), "range", m)
                elif kind == "season":
                    start, end = _season_span(g[1], int(g[2]), (g[0] or "").casefold() or None)
                    add(start, end, "range", m)
                elif kind in ("year", "year_cyr"):
                    y = int(g[0])
                    add(date(y, 1, 1), date(y, 12, 31), "range", m)
            except (ValueError, KeyError, OverflowError):
                continue
    found.sort(key=lambda t: t.char_start)
    return found


def resolve_relative(spans: list[TimeSpan], statement_spans: set[int]) -> list[TimeSpan]:
    """Re-anchor "the day before" on the sentence's other day when there is one."""
    anchors = [t for t in spans if not t.relative_to_other and t.precision == "day"]
    if not anchors:
        return spans
    out = []
    for t in spans:
        if t.relative_to_other:
            before = [a for a in anchors if a.char_start < t.char_start] or anchors
            base = before[-1].start
            d = base - timedelta(days=1)
            t = TimeSpan(d, d, "day", t.text, t.char_start, t.char_end, True)
        out.append(t)
    return out


def anchor_from_text(text: str) -> date | None:
    """A stand-in reference date for an undated report: the latest month and year it names."""
    best: date | None = None
    for m in re.finditer(rf"\b({_MONTH_EN})\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b", text):
        try:
            month = _month_en(m.group(1))
        except KeyError:
            continue
        d = date(int(m.group(2)), month, 15)
        best = d if best is None or d > best else best
    if best is None:
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
        if years:
            best = date(max(years), 7, 1)
    return best
