"""Українські слова, за якими стадії судять про речення (леми; "*" — префікс)."""

STOP_WORDS = frozenset("що це як і та про з із в у на за також".split())
EVENT_WORDS = frozenset(
    """відправити направити перекинути розгорнути прибути загинути вбити поранити взяти полонити воювати
    битися брати участь навчати атакувати атака удар вдарити втрата втрати запустити випустити збити
    знищити уразити перекидання відправка розгортання бій
    бої""".split()
)
EVALUATION_WORDS = frozenset(
    """незаконний злочинний провокація неприпустимий ганебний героїзм герой ескалація відповідальність
    небезпечний відчайдушний відчай неприйнятний обурливий варварський безрозсудний вдячний цінувати
    засудити засуджувати ганьба боягузливий хоробрий підлий цинічний злочин агресія лицемірний лицемірство
    геноцид подякувати дякувати подяка співчуття""".split()
)
LEGAL_NOUNS: frozenset[str] = frozenset()  # "уголовное дело" holds no judgement word here
EVALUATION_PHRASES = ("ніколи не забуд", "не забудемо")
# Що має бути, а не що є ("важливо, щоб на станції вистачало персоналу"): без події — думка.
OUGHT_PHRASES = ("важливо, щоб", "необхідно, щоб", "потрібно, щоб")
# Що таке місце, а не що там відбувається ("Крим — це українська територія", "невід'ємна частина
# України"): місце, зв'язка, далі одне з цих слів (леми) кажуть про статус місця.
STATUS_WORDS = frozenset("територія невід'ємний суверенний".split())
# Зв'язка між місцем і словом статусу ("є", "це").
STATUS_LINKS = frozenset({"бути", "являтися", "це"})
CONDITION_MARKERS = frozenset({"якщо"})
CONDITION_MODALS = frozenset({"би", "б"})
# Умова без сполучника через інверсію (англ. "Should X, ...") в українській не буває.
INVERTED_CONDITION_OPENERS: frozenset[str] = frozenset()
INVERTED_SUBJECTS: frozenset[str] = frozenset()
# "будь-який удар по місту був би катастрофою": умова без "якщо" (леми; не "в будь-який момент").
HYPOTHETICAL_DETERMINERS = frozenset({"будь-який"})
NOT_HYPOTHETICAL_AFTER = frozenset("час момент випадок день".split())
# Words before an event that make it one already told: none (no articles; see en).
DEFINITE_DETERMINERS: frozenset[str] = frozenset()
CONTINUATION_DETERMINERS = frozenset("цей це той такий їхній".split())
CONTINUATION_NOUNS = frozenset(
    "підрозділ військовий солдат військовослужбовець сили дані цифра оцінка втрата полонений показник".split()
)
# Люди, чию країну названо після них ("військовий КНДР", "полонені ЗСУ"): говорять вони, не їхня країна.
PEOPLE_NOUNS = frozenset("військовий солдат військовослужбовець полонений боєць офіцер командир".split())
# Питання, яким починається речення ("Чому ..., пояснив X"): не твердження.
QUESTION_WORDS = frozenset("чому навіщо".split())
# A reply to the account before it ("Kyiv, in turn, accuses Moscow of ..."): about the same thing.
REPLY_PHRASES = ("у відповідь",)
BACK_REFERENCE_NOUNS = frozenset(
    "повідомлення інформація дані заява твердження оцінка присутність висловлювання відомості".split()
)
LEAD_WORDS: frozenset[str] = frozenset()
TAKES_OBJECT: frozenset[str] = frozenset()
COMPLEMENTIZERS = frozenset({"що"})
VERB_COORDINATORS = frozenset("і й та а але".split())
COORDINATED_ADVERBS = frozenset("також теж потім пізніше".split())
# Before a verb of speech, what someone ought to say, not what they said ("Russia must answer for it").
OBLIGATION_MODALS = frozenset({"повинен", "повинний", "мусити", "зобов'язаний"})
QUESTION_MARK = "?"
# Слова відносин між державами (леми): речення лише з ними, без події й числа, — про союз загалом.
RELATION_WORDS = frozenset(
    """відносини взаємини співпраця співробітництво партнерство
    союз союзник договір пакт дружба""".split()
)
ABBREVIATIONS = frozenset("г гг обл им ул млн млрд ст тис пол ген".split())
# Звороти, якими текст переходить до іншого предмета ("Тим часом ...").
# The writer's aside ("For comparison, the whole region covers ..."): what follows is no speaker's.
ASIDE_OPENERS = ("для порівняння", "для довідки", "порівняно з")
SUBJECT_SHIFT_OPENERS = ("тим часом", "водночас", "своєю чергою", "окремо", "між тим")
# Measures taken in response ("санкции"): a sentence opening on them is about the response.
MEASURE_WORDS = frozenset({"санкція"})
# Рішення самого мовця ("призупиняє переговори", "запровадив комендантську годину"): без події й
# числа — дія, а не твердження про війну (леми).
DECISION_WORDS = frozenset(
    """призупинити призупиняти призупинення комендантський надзвичайний вислати""".split()
)
DECISION_PHRASES = ("воєнний стан", "воєнного стану", "дипломатичні відносини", "дипломатичних відносин")

# English-only sentence shapes (a gerund after "said", "described X as", background clauses):
# none listed for this language yet. Defined so that every lexicon holds the same concepts.
BACKGROUND_OPENERS: tuple[str, ...] = ()
GERUND_ENDING = ""
NOT_GERUNDS: frozenset[str] = frozenset()
DESCRIBED_AS_VERBS: frozenset[str] = frozenset()
DESCRIPTION_MARKERS: frozenset[str] = frozenset()
DESCRIBED_OBJECT_OPENERS: frozenset[str] = frozenset()
