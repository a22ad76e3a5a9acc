"""Як українські тексти передають чужі слова: дієслова мовлення і фрази позиції (леми pymorphy3)."""

REPORTING_VERBS = {
    **dict.fromkeys(
        """зазначатися наголошуватися підкреслюватися стверджуватися йтися ітися говоритися заявити заявляти сказати казати говорити повідомити повідомляти зазначити зазначати
        підкреслити підкреслювати додати додавати передати передавати писати написати розповісти
        розповідати визнати визнавати вважати оцінити оцінювати стверджувати назвати називати
        попередити попереджати уточнити пояснити відзначити вказати вказувати оголосити
        оголошувати допустити нагадати нагадувати наголосити наголошувати зауважити зауважувати""".split(),
        "say",
    ),
    **dict.fromkeys("подякувати дякувати радити порадити з'ясувати".split(), "say"),
    # a count of one's own: "видання підрахувало, що ..."
    **dict.fromkeys("підрахувати підраховувати".split(), "say"),
    # insist, disclose, suggest, describe, repeat, publish, share, brief, inform, predict, expect,
    # answer, comment, admit, state, assure, voice, announce, mention, explain
    **dict.fromkeys(
        """наполягати наполягти розкрити розкривати оприлюднити оприлюднювати припустити припускати
        описати описувати повторити повторювати опублікувати публікувати поділитися ділитися доповісти
        доповідати поінформувати інформувати спрогнозувати прогнозувати очікувати відповісти
        прокоментувати коментувати зізнатися констатувати запевнити запевняти переконувати озвучити
        анонсувати сповістити згадати підсумувати пояснювати уточнювати відзначати повідомлятися уточнюватися переконаний
        впевнений відзвітувати звітувати проінформувати акцентувати резюмувати""".split(),
        "say",
    ),
    # gerunds, which pymorphy3's Ukrainian dictionary keeps as lemmas of their own ("заявивши")
    **dict.fromkeys(
        """заявивши зазначивши наголосивши підкресливши додавши сказавши назвавши уточнивши пояснивши
        нагадавши повідомивши вказавши визнавши визнаючи заявляючи зазначаючи""".split(),
        "say",
    ),
    **dict.fromkeys("підтвердити підтверджувати підтвердивши підтверджуючи".split(), "confirm"),
    **dict.fromkeys(
        """спростувати спростовувати заперечити заперечувати відкинути відкидати відхилити відхиляти
        відхреститися відхрещуватися спростувавши відкинувши спростовуючи відкидаючи""".split(),
        "deny",
    ),
    **dict.fromkeys("відмовитися відмовлятися переадресувати".split(), "decline"),
    **dict.fromkeys(
        """відреагувати реагувати засудити засуджувати закликати пригрозити погрожувати розкритикувати критикувати привітати
        вітати похвалити пообіцяти обіцяти вимагати""".split(),
        "evaluate",
    ),
    **dict.fromkeys("звинуватити звинувачувати".split(), "accuse"),
}
IRREGULAR: dict[str, str] = {}
NOUN_MARKERS: frozenset[str] = frozenset()
# "передати/передавати": і "повідомити" ("передає Укрінформ", "передав, що"), і "вручити" ("Іран
# передає Росії дрони"): мова, лише коли за дієсловом його мовець, двокрапка, цитата чи "що".
TRANSFER_VERBS = frozenset({"передати", "передавати"})
AMBIGUOUS_VERBS: frozenset[str] = frozenset()
HEARSAY_AFTER: frozenset[str] = frozenset()
# Pictures as the verb's object: "оприлюднило відео" shows, it does not say (word forms).
SHOWN_OBJECTS = frozenset(
    "відео відеозапис відеозаписи кадри фото фотографії фотографію світлини знімки знімок ролик ролики".split()
)
# "..., заявивши, що": a gerund after a comma carries on the speaker before it (word forms).
# "with X confirming that ...": the word that opens an absolute construction, its actor the speaker.
ABSOLUTE_MARKERS: frozenset[str] = frozenset()
PARTICIPLES = frozenset(
    """заявивши зазначивши наголосивши підкресливши додавши сказавши назвавши уточнивши пояснивши
    нагадавши повідомивши вказавши підтвердивши спростувавши визнавши відкинувши підтверджуючи
    спростовуючи визнаючи відкидаючи заявляючи зазначаючи""".split()
)
# What a statement is published as, after "йдеться в", "випливає з".
_DOCUMENTS = (
    "повідомлення заява публікація допис пост зведення звернення матеріал документ доповідь звіт реліз"
    " прес-реліз канал telegram-канал сайт сторінка лист розвідзведення"
).split()
ACCORDING = (
    "за дані", "за слово", "за ... слово", "за ... дані", "за інформація", "за оцінка", "за повідомлення",
    "за даними", "за словами", "за версія", "зі слово", "за підрахунок", "за твердження", "на думку",
    "згідно з дані", "згідно з інформація", "згідно з оцінка", "згідно з повідомлення", "згідно із дані",
    "згідно із інформація", "відповідно до дані", "відповідно до інформація", "як стати відомо",
    "дані наводити", "дані навести",
    "цифра наводити", "цифра навести", "наводити дані", "навести дані",
    "за інформацією", "за оцінкою", "за оцінками", "за повідомленням", "як повідомити", "як повідомляти",
    "як передати", "як передавати", "як заявити", "як зазначити", "як написати",
    # "йдеться в (офіційній) заяві X", "випливає зі звіту X" (not "йдеться в Договорі")
    *(
        f"{lead} ... {noun}"
        for lead in ("йтися в", "йтися у", "йтися на", "ітися в", "ітися у", "випливати з", "випливати із")
        for noun in _DOCUMENTS
    ),
    # "у заяві X йдеться", "в повідомленні X сказано": говорить орган усередині звороту
    *(f"{prep} {noun} ... {verb}" for prep in ("в", "у") for noun in _DOCUMENTS for verb in ("йтися", "ітися", "сказати")),
)  # fmt: skip
RELAYING: tuple[str, ...] = ()
CITING = (
    "з посилання на", "посилатися на", "пославшись на", "посилаючись на", "посилання на", "з посиланням на",
)  # fmt: skip
TELL_OBJECTS = frozenset("журналіст журналістам репортер змі".split())
STATEMENT_NOUNS = frozenset("заява повідомлення публікація пост брифінг зведення звернення інтерв'ю".split())
PLATFORMS = frozenset("telegram телеграм телеграм-канал канал сайт".split())
NEGATIONS = frozenset("не ні немає".split())
# Words of hearsay: the writer passes on what someone unnamed says ("reportedly", "якобы").
HEARSAY_WORDS = frozenset("нібито імовірно ймовірно ніби".split())
HEDGES = frozenset("можливо ймовірно нібито імовірно може".split())
CANNOT_CONFIRM = (
    "не ... підтвердити", "не ... підтверджувати", "немає підтвердження", "підтвердити ... не могти",
    "поки не підтвердитися", "ще не підтвердитися", "поки не підтверджуватися", "немає доказ",
    "не мати ... інформація", "не володіти ... інформація", "поки не бачити", "ще не бачити",
    "не мати ... підтвердження", "поки не виявити", "не виявити ... ознака", "ознака ... не виявити",
    "немає дані", "немає інформація", "немає відомість", "немає ознака", "не мати ... дані", "не мати ... відомість",
    "не володіти ... дані", "неможливо ... підтвердити", "не можна ... підтвердити", "не бачити ... ознака",
    "не бачити ... доказ", "не бачити ... підтвердження", "нічого не відомо", "немає ... інформація", "немає ... дані", "немає ... підтвердження",
    "немає ... доказ", "не в курсі", "нічого не знати", "нічого ... не чути", "не чути ... нічого", "не могти ... сказати", "якщо ... підтвердитися",
    "якщо це правда", "якщо такий ... є", "якщо є такий",
    *(f"якщо є ... {n}" for n in ("дані", "інформація", "відомість", "знімок", "фото", "доказ")), "якщо ... справді", "якщо ... дійсно", "рано ... говорити",
    "зарано ... говорити", "передчасно ... говорити",
    # a check under way ("перевіряють інформацію", "вивчають повідомлення")
    "перевіряти ... інформація", "перевіряти ... повідомлення", "перевіряти ... дані", "вивчати ... повідомлення",
    "вивчати ... інформація", "вивчати ... дані", "не ... верифікувати",
    # an inquiry still going on ("з'ясовують обставини", "проводять перевірку"); the perfective
    # ("встановили обставини") reports its finding
    "з'ясовувати ... обставина", "вивчати ... обставина", "встановлювати ... обставина",
    "проводити ... перевірка", "проводитися ... перевірка", "перевірка ... проводитися",
    "обставина ... з'ясовуватися", "обставина ... встановлюватися",
    # the object first: "такою інформацією не володіємо", "даних немає"
    "інформація ... не володіти", "дані ... не володіти", "інформація ... не мати", "дані ... не мати",
    "інформація ... немає", "дані ... немає", "відомість ... немає",
)  # fmt: skip
DECLINE_TO_COMMENT = (
    "відмовитися ... коментар", "відмовитися ... коментувати", "відмовлятися ... коментувати",
    "не стати ... коментувати", "не ... коментувати", "нічого додати", "питання до",
    "ні підтвердити ні спростувати", "не спростувати", "не заперечити", "не заперечувати", "не відкинути",
    "не виключити", "не виключати", "вважати ... суперечливий", "як суперечливий",
    "суперечливий інформація", "не ... заперечувати", "не ... спростувати", "не ... спростовувати",
    "відмовитися ... підтвердити", "відмовитися ... підтверджувати", "ухилитися ... відповідь",
    "утриматися ... коментар", "утриматися ... коментувати",
    "утримуватися ... коментар", "утриматися ... оцінка", "без коментар", "залишити ... без коментар",
    "переадресувати ... питання", "адресувати ... питання", "перенаправити ... питання", "відіслати ... до",
    "порадити звернутися", "рекомендувати звернутися", "треба звертатися", "треба звернутися",
    "потрібно звертатися", "потрібно звернутися", "слід звертатися", "слід звернутися", "не ... виключити",
    "не ... виключати", "не ... заперечити", "не ... відкинути", "не відкидати", "не ... відкидати",
    "ухилятися ... відповідь", "не оскаржувати", "піти від відповідь", "йти від відповідь",
    "уникнути ... відповідь",
    # nothing to say, not our business to answer, no guessing
    "це наш ... справа", "це наш справа",
    "нічого сказати", "нічого повідомити", "в компетенція", "у компетенція", "не в ... компетенція",
    "не у ... компетенція", "не ... спекулювати", "не ... гадати", "не ... будувати ... припущення",
    "утриматися ... підтвердження",
)  # fmt: skip
SILENCE = ("не ... відповісти", "не ... відреагувати", "не ... прокоментувати")
DENIAL_WORDS = frozenset(
    "фейк фейковий брехня неправда чутка вигадка дезінформація провокація маячня вкид безпідставний"
    " голослівний необґрунтований інсинуація домисел абсурд абсурдний нісенітниця фальшивка наклеп"
    " надуманий брехливий неправдивий"
    " бездоказовий спекуляція плітка іпсо".split()  # ІПСО: інформаційно-психологічна операція
)
DENIAL_PHRASES = (
    "не відповідати дійсність", "не відповідає дійсність", "не правда", "нічого спільного з дійсність",
    "не мати стосунок до дійсність", "не мати під собою ... підстава", "далекий від дійсність",
    "далекий від реальність", "це не так", "не підтвердитися", "інформаційний операція", "психологічний операція",
)  # fmt: skip
# A denial in the speaker's own words: what the proposition says is there, or ties, is not.
NEGATED_FACTS = (
    # who did it: "не причастны к взрыву", "заявил о непричастности"
    "не причетний", "не ... причетний", "непричетний", "непричетність",
    "немає жодний", "жодний ... немає", "не мати ... стосунок", "не мати стосунок", "не брати участь",
    "не брати ... участь", "не участвувати", "не направляти", "не відправляти", "не надсилати", "не посилати",
    "ніколи не ... направляти",
    # the act itself negated: "не завдавали ударів по станції", "не обстрілювали місто"
    "не завдавати ... удар", "не завдати ... удар", "не обстрілювати", "не обстріляти", "не атакувати",
)  # fmt: skip
FACT_NEGATIONS = frozenset("не немає жодний ні".split())
NOT_DENYING_AFTER = frozenset("тільки лише лиш більше менше раніше пізніше".split())
HARM_WORDS = frozenset(
    """постраждати постраждалий загинути загиблий жертва поранити поранення поранений збиток загроза
    небезпека ризик втрата вбити вбитий""".split()
)
# Existence negated, which may close its clause ("военных нет").
NEGATION_EMPHASIS_AFTER: tuple[str, ...] = ()  # the emphasis comes first: NEGATIVE_DETERMINERS
EXISTENCE_NEGATIONS = frozenset({"немає"})
NEGATIVE_DETERMINERS = frozenset({"жодний", "ніякий"})
# "у войск нет опыта": a nation after these owns what is not there; it is not absent itself.
POSSESSIVE_PREPOSITIONS = frozenset({"у", "в"})
# A nation after these is what something negated is about ("no details about North Korean troops").
TOPIC_PREPOSITIONS = frozenset("про щодо стосовно приводу".split())
CONTRAST_WORDS = frozenset({"а"})
# ", but the group had not confirmed it": after a comma, a contrast that opens a clause with a new
# subject (a determiner or a name next) is not the speaker's non-answer.
CLAUSE_CONTRASTS = frozenset("але однак проте".split())
NEW_SUBJECT_DETERMINERS: frozenset[str] = frozenset()
SUBORDINATORS = frozenset("який щоб тому якщо коли хоча поки де куди оскільки чи".split())
# Verbs of opinion: a view, unless what is said names an event, a figure or a place.
OPINION_VERBS = frozenset("вважати думати гадати".split())
DESCRIBING_VERBS = frozenset("назвати називати".split())
CONFIRM_PHRASES = ("визнати", "визнавати")
REPORT_NOUNS = frozenset(
    "повідомлення інформація дані заява чутка публікація новина твердження звинувачення".split()
)
DEMONSTRATIVES = frozenset("це цей все".split())
CAVEAT_VERBS: frozenset[str] = frozenset()  # read in English only
CAVEAT_OPENERS: frozenset[str] = frozenset()
AFFIRMING_DESCRIPTIONS: frozenset[str] = frozenset()  # describing frames are read in English only
COPULAS = frozenset({"бути", "являтися"})
INFINITIVE: frozenset[str] = frozenset()
# Nouns of speech whose speaker follows the agent marker, then what is said ("an announcement by X
# that ...", "the claim by HUR that ...").
AGENT_NOUNS: frozenset[str] = frozenset()
AGENT_MARKERS: frozenset[str] = frozenset()
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
# "its request had been rejected", "просьба была отклонена": a denying verb after these, with no agent,
# tells of a denial the speaker met, not one it makes (stance only; cues read PASSIVE_AUXILIARIES).
DENIAL_PASSIVE_AUXILIARIES = frozenset({"бути"})
CLAUSE_VERBS_AFTER_SUBJECT: frozenset[str] = frozenset()  # word order marks no inversion here
PASSIVE_ADVERBS: frozenset[str] = frozenset()
PASSIVE_VERBS: frozenset[str] = frozenset()
# Auxiliaries between an estimate and its verb ("figures had put the dead at nine").
PASSIVE_AUX_FORMS: frozenset[str] = frozenset()
PUT_VERBS: frozenset[str] = frozenset()
ESTIMATE_NOUNS: frozenset[str] = frozenset()
PUT_OBJECTS: frozenset[str] = frozenset()
PUT_PREPOSITIONS: frozenset[str] = frozenset()
HEARSAY_VERBS: frozenset[str] = frozenset()
# "взяли на себе відповідальність": a claim of responsibility puts the act forward.
# "встановило, що": a finding of one's own put forward ("встановили контроль" is an act).
PARTICLE_VERBS = {
    "взяти": ("відповідальність", "say"), "брати": ("відповідальність", "say"),
    "встановити": ("що", "say"), "встановлювати": ("що", "say"),
    # "звернув увагу, що", "висловив переконання, що", "висловив припущення, що"
    "звернути": ("увагу", "say"), "звертати": ("увагу", "say"),
    "висловити": ("впевненість переконання думку припущення", "say"),
    "висловлювати": ("впевненість переконання думку припущення", "say"),
}  # fmt: skip
PARTICLE_REACH = 3
DEMAND_PREPOSITIONS: frozenset[str] = frozenset()
AS_MARKERS = frozenset({"як"})
# "За його словами", "за їхніми даними": the possessive stands for an earlier speaker.
POSSESSIVE_ANAPHORS: dict[str, tuple[str, ...]] = {
    "його": ("person",),
    "її": ("person",),
    "їхній": (),
    "їх": (),
}
# Words that may open a sentence before such a phrase ("Натомість, за його словами, ...").
OPENING_CONNECTIVES = frozenset(
    "натомість однак проте водночас тим часом між тим крім того також а але втім же".split()
)
ACCORDING_FILLER = frozenset(
    "данные слово информация оценка мнение сведение дані інформація оцінка думка британський американський украинский український российский російський издание видання агентство источник собеседник джерело співрозмовник в у"
    # "говорится в официальном заявлении пресс-службы X", "йдеться в повідомленні на сайті X"
    " сообщение заявление публикация пост сводка обращение материал документ доклад отчет релиз официальный"
    " пресс-служба пресслужба пресс служба канал telegram-канал сайт страница на повідомлення заява публікація"
    " допис зведення звернення доповідь звіт офіційний сторінка версия версія разведсводка розвідзведення".split()
)
CHANNEL_NOUNS = frozenset("telegram телеграм".split())
REPORT_THAT: frozenset[str] = frozenset()
# "Об этом сообщает X", "Про це повідомив X": the sentence names who said the previous one.
META_PHRASES: tuple[str, ...] = (
    "про це", "про що", "слово ... передавати", "слово ... наводити", "дані наводити", "цифра наводити",
)  # fmt: skip
# "Джерело: X": рядок, що називає, чию розповідь передає повідомлення.
SOURCE_LABELS = frozenset({"джерело", "джерела"})
CITED_NOUNS: frozenset[str] = frozenset()
CITED_PREPOSITIONS: frozenset[str] = frozenset()
CITED_MODIFIERS: frozenset[str] = frozenset()
HEADER_WORDS: frozenset[str] = frozenset()
DEMAND_VERBS: frozenset[str] = frozenset()
DIRECTIVE_VERBS: frozenset[str] = frozenset()
DIRECTIVE_NOT_OBJECTS: frozenset[str] = frozenset()
NOUN_DETERMINERS: frozenset[str] = frozenset()
NOUN_FORMS: frozenset[str] = frozenset()
MODIFIER_DETERMINERS: frozenset[str] = frozenset()
# Відповіді, від яких відмовляється сам мовець ("сказав, що не коментує"); інші дієслова після
# заперечення - дії ("заявив, що не відповідав на обстріл").
REFUSED_ANSWERS = frozenset("коментувати прокоментувати коментар".split())
# Слова між дієсловом мовця і його власною відмовою ("сказав, що не може прокоментувати").
REFUSAL_SUBJECTS = frozenset("що він вона воно вони ми я".split())
# A briefing: go-betweens who speak after one pass on what the body that gave it said.
BRIEFING_WORDS = frozenset("брифінг брифінгу".split())
# After a confirming word, words that make it no confirmation: "hospitals admitted 40 wounded",
# "were admitted to hospital", "acknowledged as one of the deadliest" (within three words).
NOT_CONFIRMED_AFTER: frozenset[str] = frozenset()
# Before "no evidence", "no proof": the report's note that the speaker gave none ("said, offering
# no evidence, that ..."), not the speaker's non-answer.
EVIDENCE_GIVING_VERBS: frozenset[str] = frozenset()
# Before a negated act, a pledge or intention ("would not attack", "will not send"): not a denial
# of what happened.
PLEDGE_AUXILIARIES: frozenset[str] = frozenset()
# Before a negation, the auxiliary of an act: none (the verb itself is negated: "не убивали").
ACT_AUXILIARIES: frozenset[str] = frozenset()
ACT_SUBJECTS: frozenset[str] = frozenset()
# Before a negation, a preposition that makes it describe a noun: none here ("без" is no negation).
DESCRIBING_PREPOSITIONS: frozenset[str] = frozenset()
# The speaker's own pledge after its verb: English shapes ("said it would ..."), none listed here.
PLEDGE_SUBJECTS: frozenset[str] = frozenset()
READINESS_WORDS: frozenset[str] = frozenset()
# A threat whoever its subject: no claim (no auxiliary needed: the verb's own future tense).
THREAT_PHRASES = (
    "не залишиться без відповіді", "не залишитися без відповіді", "понесе відповідальність",
    "понести відповідальність", "притягнути до відповідальності", "буде притягнуто до відповідальності",
    "дорого заплатить", "заплатить ... ціну",
)  # fmt: skip

# Not listed for this language yet. Defined so that every lexicon holds the same concepts.
NOUN_COMPOUNDS: frozenset[tuple[str, str]] = frozenset()
INFINITIVE_LEADS: frozenset[str] = frozenset()
INFINITIVE_LEAD_PARTICLES: frozenset[str] = frozenset()
ANSWER_VERBS: frozenset[str] = frozenset()
ANSWER_NOUNS: frozenset[str] = frozenset()
WORRY_NOUNS: frozenset[str] = frozenset()
QUOTED_AS_VERBS: frozenset[str] = frozenset()
QUOTED_AS_MARKERS: frozenset[str] = frozenset()
NOT_NATION_WORDS: frozenset[str] = frozenset()
# Answers that may be acts, and verbs whose next name is the one told (English: "responded with
# artillery fire", "told Reuters"); the case of the name tells the one told here.
RESPONSE_VERBS: frozenset[str] = frozenset()
RESPONSE_ACT_MARKERS: frozenset[str] = frozenset()
RECIPIENT_VERBS: frozenset[str] = frozenset()
# A speaker passing on reports with no source ("there were reports that ..."): none listed yet.
UNSOURCED_REPORTS: tuple[str, ...] = ()
