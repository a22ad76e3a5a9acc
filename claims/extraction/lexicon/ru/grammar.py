"""Русские слова, по которым стадии судят о предложении (леммы; "*" — префикс)."""

STOP_WORDS = frozenset("но и в на что это как по с о из за об этом также".split())
EVENT_WORDS = frozenset(
    """отправить направить перебросить развернуть прибыть погибнуть убить ранить взять пленить воевать
    сражаться участвовать обучать обучаться атаковать атака удар ударить потеря потери запустить
    выпустить сбить уничтожить поразить переброска отправка развертывание бой""".split()
)
EVALUATION_WORDS = frozenset(
    """незаконный преступный провокация недопустимый позорный героизм герой эскалация ответственность
    опасный отчаянный отчаяние неприемлемый возмутительный варварский безрассудный благодарный ценить
    осудить осуждать позор трусливый храбрый подлый циничный преступление агрессия лицемерный лицемерие
    геноцид поблагодарить благодарить благодарность соболезнование""".split()
)
LEGAL_NOUNS: frozenset[str] = frozenset()  # "уголовное дело" holds no judgement word here
EVALUATION_PHRASES = ("никогда не забуд", "не забудем")
# Что должно быть, а не что есть ("важно, чтобы на станции хватало персонала"): без события — мнение.
OUGHT_PHRASES = ("важно, чтобы", "необходимо, чтобы", "важно, чтоб", "нужно, чтобы")
# Что такое место, а не что там происходит ("Крым — это украинская территория", "неотъемлемая часть
# Украины"): место, связка, затем одно из этих слов (леммы) говорят о статусе места.
STATUS_WORDS = frozenset("территория неотъемлемый суверенный".split())
# Связка между местом и словом статуса ("является", "это").
STATUS_LINKS = frozenset({"быть", "являться", "это"})
CONDITION_MARKERS = frozenset({"если"})
CONDITION_MODALS = frozenset({"бы", "б"})
# Условие без союза через инверсию (англ. "Should X, ...") в русском не бывает.
INVERTED_CONDITION_OPENERS: frozenset[str] = frozenset()
INVERTED_SUBJECTS: frozenset[str] = frozenset()
# "любой удар по городу был бы катастрофой": условие без "если" (леммы; не "в любой момент").
HYPOTHETICAL_DETERMINERS = frozenset({"любой"})
NOT_HYPOTHETICAL_AFTER = frozenset("время момент случай день".split())
# Words before an event that make it one already told: none (no articles; see en).
DEFINITE_DETERMINERS: frozenset[str] = frozenset()
CONTINUATION_DETERMINERS = frozenset("этот это тот такой".split())
CONTINUATION_NOUNS = frozenset(
    "подразделение военный солдат военнослужащий силы данные цифра оценка потеря пленный показатель".split()
)
# Люди, чья страна названа после них ("военный КНДР", "пленные ВСУ"): говорят они, не их страна.
PEOPLE_NOUNS = frozenset("военный солдат военнослужащий пленный боец офицер командир".split())
# Вопрос, которым открывается предложение ("Почему ..., объяснил X"): не утверждение.
QUESTION_WORDS = frozenset("почему зачем отчего".split())
# A reply to the account before it ("Kyiv, in turn, accuses Moscow of ..."): about the same thing.
REPLY_PHRASES = ("в ответ",)
BACK_REFERENCE_NOUNS = frozenset(
    "сообщение информация данные заявление утверждение оценка высказывание сведение".split()
)
LEAD_WORDS: frozenset[str] = frozenset()
TAKES_OBJECT: frozenset[str] = frozenset()
COMPLEMENTIZERS = frozenset({"что"})
VERB_COORDINATORS = frozenset("и а но".split())
COORDINATED_ADVERBS = frozenset("также тоже затем позже".split())
# Before a verb of speech, what someone ought to say, not what they said ("Russia must answer for it").
OBLIGATION_MODALS = frozenset({"должен", "должный", "обязан", "обязанный"})
QUESTION_MARK = "?"
# Слова отношений между государствами (леммы): предложение лишь с ними, без события и числа, — о союзе вообще.
RELATION_WORDS = frozenset(
    """взаимоотношение сотрудничество партнерство союз
    союзник договор пакт дружба""".split()
)
ABBREVIATIONS = frozenset("г гг обл им ул тыс млн млрд ст пол ген".split())
# Обороты, которыми текст переходит к другому предмету ("Тем временем ...").
# The writer's aside ("For comparison, the whole region covers ..."): what follows is no speaker's.
ASIDE_OPENERS = ("для сравнения", "для справки", "по сравнению")
SUBJECT_SHIFT_OPENERS = ("тем временем", "между тем", "в свою очередь", "отдельно", "в другой новости")
# Measures taken in response ("санкции"): a sentence opening on them is about the response.
MEASURE_WORDS = frozenset({"санкция"})
# Решение самого говорящего ("приостанавливает переговоры", "ввёл комендантский час"): без события и
# числа — действие, а не утверждение о войне (леммы).
DECISION_WORDS = frozenset(
    """приостановить приостанавливать приостановка комендантский чрезвычайный выслать""".split()
)
DECISION_PHRASES = (
    "военное положение",
    "военного положения",
    "дипломатические отношения",
    "дипломатических отношений",
)

# English-only sentence shapes (a gerund after "said", "described X as", background clauses):
# none listed for this language yet. Defined so that every lexicon holds the same concepts.
BACKGROUND_OPENERS: tuple[str, ...] = ()
GERUND_ENDING = ""
NOT_GERUNDS: frozenset[str] = frozenset()
DESCRIBED_AS_VERBS: frozenset[str] = frozenset()
DESCRIPTION_MARKERS: frozenset[str] = frozenset()
DESCRIBED_OBJECT_OPENERS: frozenset[str] = frozenset()
