"""How English text names a time: months, weekdays, relative days and periods, parts of a period.

Every language's `time` module defines the same names. Words are lower case; a phrase is its words
separated by spaces and matches them in that order (a hyphen may stand for the space: "mid-October").
Values are language-free: month 1..12, weekday 0 (Monday)..6, unit "week" | "weekend" | "month" |
"year", shift "last" | "this" | "next" | "past" (the rolling N units before the report) | "earlier"
(from the period's start to the report) | "later" (from the report to the period's end) | "recent"
(the latest one, this or the last), part "early" | "mid" | "late" | "first half" | "second half".
"""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Month names that are also ordinary words: a month only with a day, a year or a lead ("in May").
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar"})
# English capitalizes month names: "october" in lower case is not taken for a month on its own.
MONTHS_CAPITALIZED = True
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# Forms that look like a month or weekday name but are not one.
NOT_TIME_FORMS: frozenset[str] = frozenset()
# Ordinal endings a day number may carry ("1st", "22nd").
DAY_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# A day of the month named alone ("on the 14th"): the word before the number, and a word after it
# that names the day ("14-го числа"). English needs the ordinal ending and a lead ("on the 14th").
DAY_OF_MONTH_LEADS = frozenset({"the"})
DAY_OF_MONTH_WORDS: frozenset[str] = frozenset()
# A night dated by the morning it ends on: "the night of March 11-12" is the 12th.
NIGHT_WORDS = frozenset({"night", "overnight"})

# Days counted back from the report's date (0 = that day) or, for "other", from the sentence's
# other day when it names one ("died in a strike the day before"). A night is dated by the morning
# it ended on, as militaries date "the night into 28 August": "overnight" and "last night" ("night")
# are the night that ended on the report's day, or on a day the sentence names before them ("said on
# Tuesday that drones attacked overnight"); "late last night" is the evening before.
RELATIVE_DAYS = {
    "today": (0, "report"), "tonight": (0, "report"), "this morning": (0, "report"),
    "this afternoon": (0, "report"), "this evening": (0, "report"), "earlier today": (0, "report"),
    "overnight": (0, "night"), "last night": (0, "night"), "during the night": (0, "night"), "yesterday": (1, "report"), "the day before yesterday": (2, "report"),
    "the day before": (1, "other"), "the previous day": (1, "other"), "a day earlier": (1, "other"),
    "the day earlier": (1, "other"), "a day before": (1, "other"), "the prior day": (1, "other"),
    "the night before": (1, "other"), "the previous night": (1, "other"),
    "early this morning": (0, "report"), "earlier this morning": (0, "report"), "late last night": (1, "report"),
    "the previous evening": (1, "other"), "the previous morning": (1, "other"), "the evening before": (1, "other"),
    "the past day": (1, "report"),
    # counted from the sentence's other day, or from the day of the scene the report set
    "two days earlier": (2, "other"), "three days earlier": (3, "other"), "a day later": (-1, "other"),
    "the next day": (-1, "other"), "the following day": (-1, "other"), "two days later": (-2, "other"),
    "three days later": (-3, "other"),
}  # fmt: skip
# Words that make a weekday, week, month, year or season relative ("last week", "this Friday").
PERIOD_MODIFIERS = {
    "last": "last", "previous": "last", "the previous": "last", "this": "this", "the current": "this",
    "current": "this", "next": "next", "the coming": "next", "the following": "next", "coming": "next",
    "the past": "past", "past": "past", "the last": "past", "earlier this": "earlier",
    "later this": "later", "over the": "recent", "at the": "recent", "on the": "recent",
    "during the": "recent",
}  # fmt: skip
PERIOD_UNITS = {"week": "week", "weekend": "weekend", "month": "month", "year": "year"}
# Whole phrases that do not compose from a modifier and a unit.
RELATIVE_PERIODS = {"this past weekend": ("last", "weekend")}
PERIOD_PARTS = {
    "early": "early", "mid": "mid", "late": "late", "the beginning of": "early", "the start of": "early",
    "the middle of": "mid", "the end of": "late", "beginning of": "early", "end of": "late",
    "the first half of": "first half", "first half of": "first half", "the second half of": "second half",
    "second half of": "second half", "the last half of": "second half",
}  # fmt: skip
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}

# Words that make a sentence look ahead: a bare weekday then means the next one.
FUTURE_MARKERS = (
    "will", "would", "shall", "may", "might", "could", "plan", "plans", "planning", "planned", "going",
    "scheduled", "upcoming", "next", "expected", "set to", "as soon as",
)  # fmt: skip

# A bare year is a time only after one of these ("in 2024") or before a YEAR_WORDS word.
YEAR_LEADS = frozenset({"in", "since", "during", "throughout", "by", "of"})
YEAR_WORDS: frozenset[str] = frozenset()
# Words that may open a time phrase and belong to it ("on Wednesday", "since March").
LEADS = frozenset({"on", "in", "since", "by", "until", "through", "of", "from", "during", "between"})
# Words between the two ends of a range ("Oct. 8 to 13", "between Sunday and Monday").
RANGE_JOINERS = frozenset({"to", "through", "until", "and"})

# Counting back: "two days ago", "in the past three weeks".
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3,
}  # fmt: skip
DURATION_UNITS = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "hour": 0, "hours": 0,
}  # fmt: skip
AGO = frozenset({"ago"})
PAST_SPAN_LEADS = ("the past", "the last", "the previous", "over the past", "in the past", "in the last")
# Counts that name no number ("a few days ago"): the day they point to is a guess.
VAGUE_COUNTS = frozenset({"several", "few"})
# Leads that make a day the edge of a stretch of time ("since Jan. 11"), not when a thing happened.
EDGE_LEADS = frozenset({"since", "until", "till", "by", "from"})
# Words after "<year> year" that make it a birth year ("2005 года рождения"); English puts "born" first.
BIRTH_WORDS: frozenset[str] = frozenset()
# What was said to be going on when it was said ("said on Thursday its fighters were battling
# troops"): the event happens on the day of the statement. Auxiliaries of the progressive (before a
# word in "-ing"), phrases of an event in progress, and whether a present-tense verb says as much.
PROGRESSIVE_AUXILIARIES = frozenset({"am", "is", "are", "was", "were"})
ONGOING_PHRASES = ("under way", "underway", "ongoing", "in progress")
# "were going to strike", "is investigating the attack": what is planned or looked into, not the event.
NOT_PROGRESSIVE = frozenset(
    """going planning preparing investigating checking verifying looking studying reviewing assessing
    considering examining probing""".split()
)
PRESENT_TENSE_ONGOING = False
# "the night of Monday into Tuesday": the word that joins a night's evening to its morning.
NIGHT_JOINERS = frozenset({"into"})
# Words that open a phrase about another event ("days after rockets hit Haifa on Friday", "following
# Monday's attack", "in retaliation for the killing of its commander on Monday"): a day inside that
# phrase is that event's, not the claim's.
OTHER_EVENT_LEADS = frozenset({"after", "before", "following", "retaliation", "response", "ahead"})
# ... and the words of such a phrase that open a clause whose verb may follow the day (ru "после того как").
OTHER_EVENT_CLAUSE_OPENERS: frozenset[str] = frozenset()
# Auxiliaries of the future: what will happen did not happen on the day the report's scene is set on.
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "shall", "won't"})
