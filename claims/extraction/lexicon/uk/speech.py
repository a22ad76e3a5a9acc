"""Як українські тексти передають чужі слова: дієслова мовлення і фрази позиції (леми pymorphy3)."""

REPORTING_VERBS = {
    **dict.fromkeys(
        """заявити заявляти сказати казати говорити повідомити повідомляти зазначити зазначати
        підкреслити підкреслювати додати додавати передати передавати писати написати розповісти
        розповідати визнати визнавати вважати оцінити оцінювати стверджувати назвати називати
        відреагувати попередити попереджати уточнити пояснити відзначити вказати вказувати оголосити
        оголошувати допустити нагадати нагадувати наголосити наголошувати""".split(),
        "say",
    ),
    **dict.fromkeys("подякувати дякувати радити порадити з'ясувати".split(), "say"),
    **dict.fromkeys("підтвердити підтверджувати".split(), "confirm"),
    **dict.fromkeys("спростувати спростовувати заперечити заперечувати відкинути відкидати".split(), "deny"),
    **dict.fromkeys("відмовитися відмовлятися".split(), "decline"),
    **dict.fromkeys("засудити засуджувати закликати закликати пригрозити".split(), "evaluate"),
    **dict.fromkeys("звинуватити звинувачувати".split(), "accuse"),
}
IRREGULAR: dict[str, str] = {}
NOUN_MARKERS: frozenset[str] = frozenset()
AMBIGUOUS_VERBS: frozenset[str] = frozenset()
HEARSAY_AFTER: frozenset[str] = frozenset()
PARTICIPLES: frozenset[str] = frozenset()
ACCORDING = (
    "за дані", "за слово", "за ... слово", "за ... дані", "за інформація", "за оцінка", "за повідомлення",
    "за даними", "за словами",
    "за інформацією", "за оцінкою", "за оцінками", "за повідомленням", "як повідомити", "як повідомляти",
    "як передати", "як передавати", "як заявити", "як зазначити", "як написати",
)  # fmt: skip
RELAYING: tuple[str, ...] = ()
CITING = ("з посилання на", "посилатися на", "пославшись на", "посилання на", "з посиланням на")
TELL_OBJECTS = frozenset("журналіст журналістам репортер змі".split())
STATEMENT_NOUNS = frozenset("заява повідомлення публікація пост брифінг зведення звернення інтерв'ю".split())
PLATFORMS = frozenset("telegram телеграм телеграм-канал канал сайт".split())
NEGATIONS = frozenset("не ні немає".split())
HEDGES = frozenset("можливо ймовірно нібито імовірно може".split())
CANNOT_CONFIRM = (
    "не ... підтвердити", "не ... підтверджувати", "немає підтвердження", "немає доказ",
    "не мати ... інформація", "не володіти ... інформація", "поки не бачити", "ще не бачити",
    "не мати ... підтвердження", "поки не виявити", "не виявити ... ознака", "ознака ... не виявити",
)  # fmt: skip
DECLINE_TO_COMMENT = (
    "відмовитися ... коментар", "відмовитися ... коментувати", "відмовлятися ... коментувати",
    "не стати ... коментувати", "не ... коментувати", "нічого додати", "питання до",
    "ні підтвердити ні спростувати", "не спростувати", "не заперечити", "не заперечувати", "не відкинути",
    "не виключити", "не виключати", "вважати ... суперечливий", "як суперечливий",
    "суперечливий інформація", "не ... заперечувати", "не ... спростувати", "не ... спростовувати",
    "відмовитися ... підтвердити", "відмовитися ... підтверджувати", "ухилитися ... відповідь",
    "утриматися ... коментар", "утриматися ... коментувати",
)  # fmt: skip
SILENCE = ("не ... відповісти", "не ... відреагувати", "не ... прокоментувати")
DENIAL_WORDS = frozenset(
    "фейк фейковий брехня неправда чутка вигадка дезінформація провокація маячня вкид безпідставний"
    " голослівний необґрунтований".split()
)
DENIAL_PHRASES = ("не відповідати дійсність", "не відповідає дійсність", "не правда")
DESCRIBING_VERBS = frozenset("назвати називати".split())
CONFIRM_PHRASES = ("визнати", "визнавати")
REPORT_NOUNS = frozenset("повідомлення інформація дані заява чутка публікація новина твердження".split())
DEMONSTRATIVES = frozenset("це цей все".split())
COPULAS = frozenset({"бути", "являтися"})
INFINITIVE: frozenset[str] = frozenset()
AGENT_MARKERS: frozenset[str] = frozenset()
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
PASSIVE_VERBS: frozenset[str] = frozenset()
PUT_VERBS: frozenset[str] = frozenset()
ESTIMATE_NOUNS: frozenset[str] = frozenset()
HEARSAY_VERBS: frozenset[str] = frozenset()
PARTICLE_VERBS: dict[str, tuple[str, str]] = {}
DEMAND_PREPOSITIONS: frozenset[str] = frozenset()
AS_MARKERS = frozenset({"як"})
# "За його словами", "за їхніми даними": the possessive stands for an earlier speaker.
POSSESSIVE_ANAPHORS: dict[str, tuple[str, ...]] = {
    "його": ("person",),
    "її": ("person",),
    "їхній": (),
    "їх": (),
}
ACCORDING_FILLER = frozenset(
    "данные слово информация оценка мнение сведение дані інформація оцінка думка британський американський украинский український российский російський издание видання агентство источник собеседник джерело співрозмовник в у".split()
)
CHANNEL_NOUNS = frozenset("telegram телеграм".split())
REPORT_THAT: frozenset[str] = frozenset()
# "Об этом сообщает X", "Про це повідомив X": the sentence names who said the previous one.
META_PHRASES: tuple[str, ...] = ("про це", "про що", "слово ... передавати", "слово ... наводити")
# "Джерело: X": рядок, що називає, чию розповідь передає повідомлення.
SOURCE_LABELS = frozenset({"джерело", "джерела"})
CITED_NOUNS: frozenset[str] = frozenset()
CITED_PREPOSITIONS: frozenset[str] = frozenset()
CITED_MODIFIERS: frozenset[str] = frozenset()
HEADER_WORDS: frozenset[str] = frozenset()
DEMAND_VERBS: frozenset[str] = frozenset()
NOUN_DETERMINERS: frozenset[str] = frozenset()
NOUN_FORMS: frozenset[str] = frozenset()
# A briefing: go-betweens who speak after one pass on what the body that gave it said.
BRIEFING_WORDS = frozenset("брифінг брифінгу".split())
