"""Как русский текст называет время: месяцы, дни недели, относительные дни и периоды, части периода.

The same names and values as `lexicon/en/time.py` (see its docstring). Words are lemmas or forms;
both are lemmatized with pymorphy3 like the text, so "октябрь" matches "октября" and "октябре".
"""

MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
    "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}  # fmt: skip
AMBIGUOUS_MONTHS: frozenset[str] = frozenset()
MONTHS_CAPITALIZED = False
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5,
    "воскресенье": 6,
}  # fmt: skip
# "в среде экспертов" is a milieu, not Wednesday ("в среду").
NOT_TIME_FORMS = frozenset({"среде", "средой", "средах", "средам", "средами"})
DAY_SUFFIXES = frozenset({"го", "е", "м"})

# День месяца без месяца: "14-го числа" (слово после числа называет день).
DAY_OF_MONTH_LEADS: frozenset[str] = frozenset()
DAY_OF_MONTH_WORDS = frozenset({"число"})
# Ночь датируется утром, которым кончилась: "в ночь с 11 по 12 марта" - 12-е.
NIGHT_WORDS = frozenset({"ночь"})

# Ночь датируется утром, которым она кончилась ("в ночь на 28 августа"): "минувшей ночью" в
# сообщении - ночь, кончившаяся в день сообщения (или в день, названный в
# предложении раньше: "заявили во вторник, что минувшей ночью ...").
RELATIVE_DAYS = {
    "сегодня": (0, "report"), "сегодня утром": (0, "report"),
    "вчера": (1, "report"), "прошлой ночью": (0, "night"), "минувшей ночью": (0, "night"), "позавчера": (2, "report"),
    "этой ночью": (0, "night"), "ночью": (0, "night"), "сегодня ночью": (0, "night"),
    "накануне": (1, "other"), "днем ранее": (1, "other"), "днём ранее": (1, "other"),
    "днем раньше": (1, "other"), "за день до": (1, "other"),
    "двумя днями ранее": (2, "other"), "на следующий день": (-1, "other"), "днем позже": (-1, "other"),
    "днём позже": (-1, "other"), "спустя два дня": (-2, "other"),
}  # fmt: skip
PERIOD_MODIFIERS = {
    "прошлый": "last", "минувший": "last", "предыдущий": "last", "этот": "this", "текущий": "this",
    "нынешний": "this", "следующий": "next", "будущий": "next", "ближайший": "next",
    "последний": "past",
}  # fmt: skip
PERIOD_UNITS = {
    "неделя": "week", "выходные": "weekend", "выходной": "weekend", "месяц": "month", "год": "year",
}  # fmt: skip
RELATIVE_PERIODS = {
    "на выходных": ("recent", "weekend"), "в выходные": ("recent", "weekend"),
    "в минувшие выходные": ("last", "weekend"), "ранее в этом месяце": ("earlier", "month"),
    "в начале этого месяца": ("earlier", "month"), "с начала года": ("earlier", "year"),
    "с начала месяца": ("earlier", "month"), "с начала недели": ("earlier", "week"),
}  # fmt: skip
PERIOD_PARTS = {
    "начало": "early", "середина": "mid", "конец": "late", "первая половина": "first half",
    "вторая половина": "second half",
}  # fmt: skip
SEASONS = {"весна": "spring", "лето": "summer", "осень": "autumn", "зима": "winter"}

FUTURE_MARKERS = (
    "будет", "будут", "буду", "будем", "планировать", "намереваться", "собираться", "ожидаться",
    "может", "могут", "предстоящий", "следующий", "готовиться",
)  # fmt: skip

YEAR_LEADS = frozenset({"в", "во", "с", "до", "к"})
YEAR_WORDS = frozenset({"год", "году", "года", "г"})
LEADS = frozenset({"в", "во", "на", "с", "со", "до", "к", "по", "между", "около"})
RANGE_JOINERS = frozenset({"по", "до", "и"})

COUNT_WORDS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "несколько": 3, "пара": 2,
}  # fmt: skip
DURATION_UNITS = {"день": 1, "сутки": 1, "неделя": 7, "месяц": 30, "час": 0}
AGO = frozenset({"назад"})
PAST_SPAN_LEADS = ("за последний", "за прошедший", "в последний", "в течение последний")
# Счёт без числа ("несколько дней назад"): день, на который он указывает, - догадка.
VAGUE_COUNTS = frozenset({"несколько"})
# Предлоги, с которыми день - край промежутка ("с 11 января"), а не день события.
EDGE_LEADS = frozenset({"с", "со", "до", "начиная", "по"})
# После "N года": год рождения человека ("2005 года рождения", "1990 г. р."), не время события.
BIRTH_WORDS = frozenset({"рождения", "р"})
# Что, по словам говорящего, идёт в день заявления ("заявили в четверг, что бойцы ведут бои"):
# событие в день заявления. Глагол настоящего времени в пересказе говорит то же.
PROGRESSIVE_AUXILIARIES: frozenset[str] = frozenset()
ONGOING_PHRASES = ("продолжаются", "продолжается", "до сих пор идут")
NOT_PROGRESSIVE: frozenset[str] = frozenset()
PRESENT_TENSE_ONGOING = True
# "в ночь с понедельника на вторник": слово, что ведёт от вечера ночи к её утру.
NIGHT_JOINERS = frozenset({"на"})
# Слова, что открывают оборот о другом событии ("после того как в пятницу ракеты ударили по ...",
# "в ответ на удар в понедельник"): день внутри него - того события, не заявленного.
OTHER_EVENT_LEADS = frozenset({"после", "перед", "ответ", "отместку"})
# ... and the words of such a phrase that open a clause, whose verb may follow the day ("после того как").
OTHER_EVENT_CLAUSE_OPENERS: frozenset[str] = frozenset({"того", "как"})
# Auxiliaries of the future: what will happen did not happen on the day the report's scene is set on.
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"будет", "будут", "буду", "будем", "будете"})
