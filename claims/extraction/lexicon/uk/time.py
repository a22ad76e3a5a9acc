"""Як український текст називає час: місяці, дні тижня, відносні дні й періоди, частини періоду.

The same names and values as `lexicon/en/time.py` (see its docstring). Words are lemmas or forms;
both are lemmatized with pymorphy3 like the text, so "жовтень" matches "жовтня" and "жовтні".
"""

MONTHS = {
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7,
    "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
}  # fmt: skip
# "лютий" is also "fierce": a month only with a day, a year or a lead ("у лютому").
AMBIGUOUS_MONTHS = frozenset({"лютий"})
MONTHS_CAPITALIZED = False
WEEKDAYS = {
    "понеділок": 0, "вівторок": 1, "середа": 2, "четвер": 3, "п'ятниця": 4, "субота": 5, "неділя": 6,
}  # fmt: skip
# "серед загиблих" is "among", not Wednesday ("у середу"): pymorphy3 offers both.
NOT_TIME_FORMS = frozenset({"серед"})
DAY_SUFFIXES = frozenset({"го", "е"})

# День місяця без місяця: "14-го числа" (слово після числа називає день).
DAY_OF_MONTH_LEADS: frozenset[str] = frozenset()
DAY_OF_MONTH_WORDS = frozenset({"число"})
# Ніч датується ранком, яким скінчилася: "у ніч з 11 по 12 березня" - 12-те.
NIGHT_WORDS = frozenset({"ніч"})

# Ніч датується ранком, яким вона скінчилася ("у ніч проти 28 серпня"): "минулої ночі" в
# повідомленні - ніч, що скінчилася в день повідомлення (або в день, названий у
# реченні раніше: "повідомили у вівторок, що минулої ночі ...").
RELATIVE_DAYS = {
    "сьогодні": (0, "report"), "сьогодні вранці": (0, "report"),
    "учора": (1, "report"), "вчора": (1, "report"), "минулої ночі": (0, "night"),
    "сьогодні вночі": (0, "night"), "цієї ночі": (0, "night"), "вночі": (0, "night"), "уночі": (0, "night"),
    "позавчора": (2, "report"), "напередодні": (1, "other"), "днем раніше": (1, "other"),
    "за день до": (1, "other"),
    "двома днями раніше": (2, "other"), "наступного дня": (-1, "other"), "днем пізніше": (-1, "other"),
    "через два дні": (-2, "other"),
}  # fmt: skip
PERIOD_MODIFIERS = {
    "минулий": "last", "попередній": "last", "цей": "this", "поточний": "this", "наступний": "next",
    "майбутній": "next", "найближчий": "next", "останній": "past",
}  # fmt: skip
PERIOD_UNITS = {
    "тиждень": "week", "вихідні": "weekend", "вихідний": "weekend", "місяць": "month", "рік": "year", "року": "year",
}  # fmt: skip
RELATIVE_PERIODS = {
    "на вихідних": ("recent", "weekend"), "у вихідні": ("recent", "weekend"),
    "в вихідні": ("recent", "weekend"), "минулими вихідними": ("last", "weekend"),
    "раніше цього місяця": ("earlier", "month"), "на початку цього місяця": ("earlier", "month"),
    "з початку року": ("earlier", "year"), "з початку місяця": ("earlier", "month"),
    "з початку тижня": ("earlier", "week"),
}  # fmt: skip
PERIOD_PARTS = {
    "початок": "early", "на початку": "early", "середина": "mid", "кінець": "late",
    "наприкінці": "late", "перша половина": "first half", "друга половина": "second half",
}  # fmt: skip
SEASONS = {
    "весна": "spring", "навесні": "spring", "літо": "summer", "влітку": "summer", "осінь": "autumn",
    "восени": "autumn", "зима": "winter", "взимку": "winter",
}  # fmt: skip

FUTURE_MARKERS = (
    "буде", "будуть", "буду", "будемо", "планувати", "мати намір", "збиратися", "очікуватися",
    "може", "можуть", "майбутній", "наступний", "готуватися",
)  # fmt: skip

YEAR_LEADS = frozenset({"в", "у", "з", "із", "до"})
YEAR_WORDS = frozenset({"рік", "року", "році", "р"})
LEADS = frozenset({"в", "у", "на", "з", "із", "до", "по", "між", "від", "станом"})
RANGE_JOINERS = frozenset({"по", "до", "і", "й"})

COUNT_WORDS = {
    "один": 1, "два": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8,
    "дев'ять": 9, "десять": 10, "кілька": 3, "декілька": 3, "пара": 2,
}  # fmt: skip
DURATION_UNITS = {"день": 1, "доба": 1, "тиждень": 7, "місяць": 30, "година": 0}
AGO = frozenset({"тому"})
PAST_SPAN_LEADS = ("за останній", "за минулий", "протягом останній")
# Лік без числа ("кілька днів тому"): день, на який він указує, - здогад.
VAGUE_COUNTS = frozenset({"кілька", "декілька"})
# Прийменники, з якими день - край проміжку ("з 11 січня"), а не день події.
EDGE_LEADS = frozenset({"з", "із", "зі", "до", "починаючи", "по"})
# Після "N року": рік народження людини ("2005 року народження", "1990 р. н."), не час події.
BIRTH_WORDS = frozenset({"народження", "н"})
# Що, за словами мовця, триває в день заяви ("заявили в четвер, що бійці ведуть бої"): подія в
# день заяви. Дієслово теперішнього часу в переказі каже те саме.
PROGRESSIVE_AUXILIARIES: frozenset[str] = frozenset()
ONGOING_PHRASES = ("тривають", "триває", "досі тривають")
NOT_PROGRESSIVE: frozenset[str] = frozenset()
PRESENT_TENSE_ONGOING = True
# "у ніч з понеділка на вівторок": слово, що веде від вечора ночі до її ранку.
NIGHT_JOINERS = frozenset({"на", "проти"})
# Слова, що відкривають зворот про іншу подію ("після того як у п'ятницю ракети вдарили ...", "у
# відповідь на удар у понеділок"): день у ньому - тієї події, не заявленої.
OTHER_EVENT_LEADS = frozenset({"після", "перед", "відповідь", "помсту"})
# ... and the words of such a phrase that open a clause, whose verb may follow the day ("после того как").
OTHER_EVENT_CLAUSE_OPENERS: frozenset[str] = frozenset({"того", "як"})
# Auxiliaries of the future: what will happen did not happen on the day the report's scene is set on.
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"буде", "будуть", "буду", "будемо", "будете"})
