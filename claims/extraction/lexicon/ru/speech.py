"""Как русские тексты передают чужие слова: глаголы речи и фразы позиции (леммы pymorphy3)."""

REPORTING_VERBS = {
    **dict.fromkeys(
        """заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть подчёркивать
        подчеркивать добавить добавлять передать передавать писать написать рассказать рассказывать
        признать признавать считать оценить оценивать утверждать назвать называть отреагировать
        предупредить предупреждать уточнить уточнять пояснить пояснять заметить указать указывать
        объявить объявлять допустить допускать напомнить напоминать сообщаться""".split(),
        "say",
    ),
    **dict.fromkeys("поблагодарить благодарить советовать посоветовать выяснить".split(), "say"),
    **dict.fromkeys("подтвердить подтверждать".split(), "confirm"),
    **dict.fromkeys("опровергнуть опровергать отрицать отвергнуть отвергать".split(), "deny"),
    **dict.fromkeys("отказаться отказываться".split(), "decline"),
    **dict.fromkeys("осудить осуждать призвать призывать пригрозить".split(), "evaluate"),
    **dict.fromkeys("обвинить обвинять".split(), "accuse"),
}
IRREGULAR: dict[str, str] = {}
NOUN_MARKERS: frozenset[str] = frozenset()
AMBIGUOUS_VERBS: frozenset[str] = frozenset()
HEARSAY_AFTER: frozenset[str] = frozenset()
PARTICIPLES: frozenset[str] = frozenset()
ACCORDING = (
    "по данные", "по слово", "по ... слово", "по ... данные", "по информация", "по оценка", "по мнение",
    "по сведение", "как сообщить",
    "как сообщать", "как передать", "как передавать", "как заявить", "как отметить", "как написать",
)  # fmt: skip
RELAYING: tuple[str, ...] = ()
CITING = ("со ссылка на", "ссылаться на", "сославшись на", "ссылка на")
TELL_OBJECTS = frozenset("журналист репортёр репортер сми".split())
STATEMENT_NOUNS = frozenset("заявление сообщение публикация пост брифинг сводка обращение интервью".split())
PLATFORMS = frozenset("telegram телеграм телеграм-канал канал сайт".split())
NEGATIONS = frozenset("не ни нет".split())
HEDGES = frozenset("возможно вероятно якобы предположительно может".split())
CANNOT_CONFIRM = (
    "не ... подтвердить", "не ... подтверждать", "нет подтверждение", "нет доказательство",
    "не иметь ... информация", "не располагать ... информация", "пока не видеть", "ещё не видеть",
    "не иметь ... подтверждение", "пока не обнаружить", "не обнаружить ... признак", "признак ... не обнаружить",
)  # fmt: skip
DECLINE_TO_COMMENT = (
    "отказаться ... комментарий", "отказаться ... комментировать", "отказываться ... комментировать",
    "не стать ... комментировать", "не ... комментировать", "нечего добавить", "вопрос к", "вопрос для",
    "ни подтвердить ни опровергнуть", "не опровергнуть", "не опровергать", "не отрицать", "не отвергнуть",
    "не исключить", "не исключать", "считать ... противоречивый", "как противоречивый",
    "противоречивый информация", "не ... отрицать", "не ... опровергнуть", "не ... опровергать",
    "отказаться ... подтвердить", "отказаться ... подтверждать", "уклониться ... ответ",
    "затрудниться ... ответить", "затрудниться ... прокомментировать", "воздержаться ... комментарий",
)  # fmt: skip
SILENCE = ("не ... ответить", "не ... отреагировать", "не ... прокомментировать")
DENIAL_WORDS = frozenset(
    "фейк фейковый ложь ложный неправда слух вымысел выдумка дезинформация провокация чушь бред вброс"
    " безосновательный голословный необоснованный".split()
)
DENIAL_PHRASES = ("не соответствовать действительность", "не соответствует действительность", "не правда")
DESCRIBING_VERBS = frozenset("назвать называть".split())
CONFIRM_PHRASES = ("признать", "признавать")
REPORT_NOUNS = frozenset("сообщение информация данные заявление слух публикация новость утверждение".split())
DEMONSTRATIVES = frozenset("это этот все".split())
COPULAS = frozenset({"быть", "являться"})
INFINITIVE: frozenset[str] = frozenset()
AGENT_MARKERS: frozenset[str] = frozenset()
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
PASSIVE_VERBS: frozenset[str] = frozenset()
PUT_VERBS: frozenset[str] = frozenset()
ESTIMATE_NOUNS: frozenset[str] = frozenset()
HEARSAY_VERBS: frozenset[str] = frozenset()
PARTICLE_VERBS: dict[str, tuple[str, str]] = {}
DEMAND_PREPOSITIONS: frozenset[str] = frozenset()
AS_MARKERS = frozenset({"как"})
# "По его словам", "по их данным": the possessive stands for an earlier speaker (as "он" does).
POSSESSIVE_ANAPHORS: dict[str, tuple[str, ...]] = {"его": ("person",), "ее": ("person",), "их": ()}
ACCORDING_FILLER = frozenset(
    "данные слово информация оценка мнение сведение дані інформація оцінка думка британський американський украинский український российский російський издание видання агентство источник собеседник джерело співрозмовник в у".split()
)
CHANNEL_NOUNS = frozenset("telegram телеграм".split())
REPORT_THAT: frozenset[str] = frozenset()
# "Об этом сообщает X", "Про це повідомив X": the sentence names who said the previous one.
META_PHRASES: tuple[str, ...] = ("об это", "о это", "о чем", "слово ... передавать", "слово ... приводить")
# "Источник: X": строка, называющая, чей рассказ передаёт сообщение.
SOURCE_LABELS = frozenset({"источник", "источники"})
CITED_NOUNS: frozenset[str] = frozenset()
CITED_PREPOSITIONS: frozenset[str] = frozenset()
CITED_MODIFIERS: frozenset[str] = frozenset()
HEADER_WORDS: frozenset[str] = frozenset()
DEMAND_VERBS: frozenset[str] = frozenset()
NOUN_DETERMINERS: frozenset[str] = frozenset()
NOUN_FORMS: frozenset[str] = frozenset()
# A briefing: go-betweens who speak after one pass on what the body that gave it said.
BRIEFING_WORDS = frozenset("брифинг брифинга брифинге".split())
