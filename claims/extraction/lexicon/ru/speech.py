"""Как русские тексты передают чужие слова: глаголы речи и фразы позиции (леммы pymorphy3)."""

REPORTING_VERBS = {
    **dict.fromkeys(
        """говориться отмечаться указываться подчеркиваться утверждаться подчёркиваться заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть подчёркивать
        подчеркивать добавить добавлять передать передавать писать написать рассказать рассказывать
        признать признавать считать оценить оценивать утверждать назвать называть
        предупредить предупреждать уточнить уточнять пояснить пояснять заметить указать указывать
        объявить объявлять допустить допускать напомнить напоминать сообщаться уточняться""".split(),
        "say",
    ),
    **dict.fromkeys("поблагодарить благодарить советовать посоветовать выяснить".split(), "say"),
    # a count of one's own: "издание подсчитало, что ..."
    **dict.fromkeys("подсчитать подсчитывать".split(), "say"),
    # insist, disclose, suggest, describe, repeat, publish, share, brief, inform, predict, expect,
    # answer, comment, admit, state, assure, voice, announce, mention, explain
    **dict.fromkeys(
        """настаивать настоять раскрыть раскрывать обнародовать предположить предполагать полагать
        описать описывать повторить повторять опубликовать публиковать поделиться делиться доложить
        докладывать проинформировать информировать спрогнозировать прогнозировать ожидать ответить
        прокомментировать комментировать признаться заверить заверять уверять
        озвучить анонсировать уведомить упомянуть резюмировать объяснить объяснять
        рассказывать добавлять заявлять уверить уверенный убежденный отчитаться отчитываться
        констатировать акцентировать""".split(),
        "say",
    ),
    **dict.fromkeys("подтвердить подтверждать".split(), "confirm"),
    **dict.fromkeys(
        """опровергнуть опровергать отрицать отвергнуть отвергать отклонить отклонять оспорить оспаривать
        отмести отметать откреститься открещиваться""".split(),
        "deny",
    ),
    **dict.fromkeys("отказаться отказываться переадресовать".split(), "decline"),
    **dict.fromkeys(
        """отреагировать реагировать осудить осуждать призвать призывать пригрозить угрожать раскритиковать критиковать приветствовать
        похвалить пообещать обещать потребовать требовать""".split(),
        "evaluate",
    ),
    **dict.fromkeys("обвинить обвинять".split(), "accuse"),
}
IRREGULAR: dict[str, str] = {}
NOUN_MARKERS: frozenset[str] = frozenset()
# "передать/передавать": и "сообщить" ("передаёт ТАСС", "передал, что"), и "вручить" ("Иран передаёт
# России беспилотники"): речь, только когда за глаголом его говорящий, двоеточие, цитата или "что".
TRANSFER_VERBS = frozenset({"передать", "передавать"})
AMBIGUOUS_VERBS: frozenset[str] = frozenset()
HEARSAY_AFTER: frozenset[str] = frozenset()
# Pictures as the verb's object: "опубликовало видео" shows, it does not say (word forms).
SHOWN_OBJECTS = frozenset(
    "видео видеозапись видеозаписи кадры фото фотографии фотографию снимки снимок ролик ролики".split()
)
# "..., заявив, что": a gerund after a comma carries on the speaker before it (word forms).
# "with X confirming that ...": the word that opens an absolute construction, its actor the speaker.
ABSOLUTE_MARKERS: frozenset[str] = frozenset()
PARTICIPLES = frozenset(
    """заявив отметив подчеркнув добавив сказав назвав уточнив пояснив напомнив сообщив указав подтвердив
    опровергнув признав отвергнув подтверждая опровергая признавая отвергая заявляя отмечая""".split()
)
# What a statement is published as, after "говорится в", "следует из".
_DOCUMENTS = (
    "сообщение заявление публикация пост сводка обращение материал документ доклад отчет релиз пресс-релиз"
    " канал telegram-канал сайт страница письмо разведсводка"
).split()
ACCORDING = (
    "по данные", "по слово", "по ... слово", "по ... данные", "по информация", "по оценка", "по мнение",
    "по сведение", "как сообщить", "по версия", "со слово", "по подсчет", "по утверждение",
    "согласно данные", "согласно информация", "согласно оценка", "согласно сведение", "согласно сообщение",
    "согласно заявление",
    "как стать известно", "данные приводить", "данные привести",
    "цифра приводить", "цифра привести", "приводить данные", "привести данные",
    "как сообщать", "как передать", "как передавать", "как заявить", "как отметить", "как написать",
    # "говорится в (официальном) заявлении X", "следует из отчета X" (not "говорится в Договоре")
    *(f"{lead} ... {noun}" for lead in ("говориться в", "говориться на", "следовать из") for noun in _DOCUMENTS),
    # "в заявлении X говорится", "в сообщении X сказано": говорит орган внутри оборота
    *(f"{prep} {noun} ... {verb}" for prep in ("в", "во") for noun in _DOCUMENTS for verb in ("говориться", "сказать")),
)  # fmt: skip
RELAYING: tuple[str, ...] = ()
CITING = ("со ссылка на", "ссылаться на", "сославшись на", "ссылка на")
TELL_OBJECTS = frozenset("журналист репортёр репортер сми".split())
STATEMENT_NOUNS = frozenset("заявление сообщение публикация пост брифинг сводка обращение интервью".split())
PLATFORMS = frozenset("telegram телеграм телеграм-канал канал сайт".split())
NEGATIONS = frozenset("не ни нет".split())
# Words of hearsay: the writer passes on what someone unnamed says ("reportedly", "якобы").
HEARSAY_WORDS = frozenset("якобы предположительно по-видимому вероятно".split())
HEDGES = frozenset("возможно вероятно якобы предположительно может".split())
CANNOT_CONFIRM = (
    "не ... подтвердить", "не ... подтверждать", "нет подтверждение", "подтвердить ... не мочь",
    "пока не подтвердиться", "еще не подтвердиться", "пока не подтверждаться", "нет доказательство",
    "не иметь ... информация", "не располагать ... информация", "пока не видеть", "ещё не видеть",
    "не иметь ... подтверждение", "пока не обнаружить", "не обнаружить ... признак", "признак ... не обнаружить",
    "нет данные", "нет информация", "нет сведение", "нет признак", "не иметь ... данные", "не иметь ... сведение",
    "не располагать ... данные", "не располагать ... сведение", "невозможно ... подтвердить",
    "нельзя ... подтвердить", "не видеть ... признак", "не видеть ... доказательство", "не видеть ... подтверждение",
    "не обладать ... информация", "не обладать ... данные", "ничего не известно",
    "нет ... информация", "нет ... данные", "нет ... сведение", "нет ... подтверждение", "нет ... доказательство",
    "не в курс", "ничего не знать", "ничего ... не слышать", "не слышать ... ничего", "не мочь ... сказать", "затрудняться ... сказать",
    "если ... подтвердиться", "если это правда", "если такой ... есть", "если есть такой",
    *(f"если есть ... {n}" for n in ("данные", "информация", "сведение", "снимок", "фото", "доказательство")), "если ... действительно", "если ... в самом деле", "рано ... говорить", "преждевременно ... говорить",
    # a check under way ("проверяют информацию", "изучают сообщения")
    "проверять ... информация", "проверять ... сообщение", "проверять ... данные", "изучать ... сообщение",
    "изучать ... информация", "изучать ... данные", "не ... верифицировать",
    # an inquiry still going on ("изучают обстоятельства", "проводят проверку"); the perfective
    # ("установили обстоятельства") reports its finding
    "изучать ... обстоятельство", "выяснять ... обстоятельство", "устанавливать ... обстоятельство",
    "проводить ... проверка", "проводиться ... проверка", "проверка ... проводиться", "обстоятельство ... выясняться",
    "обстоятельство ... устанавливаться", "разбираться в ... обстоятельство",
    # the object first: "такой информацией мы не располагаем", "сведений нет"
    "информация ... не располагать", "сведение ... не располагать", "данные ... не располагать",
    "информация ... не иметь", "сведение ... не иметь", "информация ... нет", "сведение ... нет",
    "данные ... нет",
)  # fmt: skip
DECLINE_TO_COMMENT = (
    "отказаться ... комментарий", "отказаться ... комментировать", "отказываться ... комментировать",
    "не стать ... комментировать", "не ... комментировать", "нечего добавить", "вопрос к", "вопрос для",
    "ни подтвердить ни опровергнуть", "не опровергнуть", "не опровергать", "не отрицать", "не отвергнуть",
    "не исключить", "не исключать", "считать ... противоречивый", "как противоречивый",
    "противоречивый информация", "не ... отрицать", "не ... опровергнуть", "не ... опровергать",
    "отказаться ... подтвердить", "отказаться ... подтверждать", "уклониться ... ответ",
    "затрудниться ... ответить", "затрудниться ... прокомментировать", "воздержаться ... комментарий",
    "воздерживаться ... комментарий", "воздержаться ... оценка", "без комментарий", "оставить ... без комментарий",
    "переадресовать ... вопрос", "адресовать ... вопрос", "перенаправить ... вопрос", "отослать ... к", "посоветовать обратиться",
    "нужно обращаться", "нужно обратиться", "следует обращаться", "следует обратиться",
    "порекомендовать обратиться", "рекомендовать обратиться", "не ... исключить", "не ... исключать",
    "не отвергать", "не ... отвергать", "не ... отвергнуть", "не оспаривать", "не ... оспаривать",
    "уйти от ответ", "уходить от ответ", "уклоняться ... ответ", "избежать ... ответ",
    # nothing to say, not our business to answer, no guessing
    "это наш ... дело", "это наш дело",
    "нечего сказать", "нечего сообщить", "в компетенция", "не в ... компетенция", "не ... спекулировать",
    "не ... гадать", "не ... строить ... предположение", "воздержаться ... подтверждение",
)  # fmt: skip
SILENCE = ("не ... ответить", "не ... отреагировать", "не ... прокомментировать")
DENIAL_WORDS = frozenset(
    "фейк фейковый ложь ложный неправда слух вымысел выдумка дезинформация провокация чушь бред вброс"
    " безосновательный голословный необоснованный инсинуация домысел небылица абсурд абсурдный нелепость"
    " фальшивка клевета беспочвенный надуманный лживый утка"
    " бездоказательный спекуляция измышление сплетня ипсо".split()  # ИПСО: психологическая операция
)
DENIAL_PHRASES = (
    "не соответствовать действительность", "не соответствует действительность", "не правда",
    "ничего общего с действительность", "не иметь отношение к действительность", "не иметь под собой ... основание",
    "далекий от действительность", "далекий от реальность", "не более чем слух", "это не так",
    "не подтвердиться", "информационный операция", "психологический операция",
)  # fmt: skip
# A denial in the speaker's own words: what the proposition says is there, or ties, is not.
NEGATED_FACTS = (
    # who did it: "не причастны к взрыву", "заявил о непричастности"
    "не причастный", "не ... причастный", "непричастный", "непричастность",
    "нет никакой", "никакой ... нет", "не иметь ... отношение", "не иметь отношение", "не быть никакой",
    "не участвовать", "не принимать участие", "не принимать ... участие", "не направлять", "не отправлять",
    "не посылать", "никогда не ... направлять", "не присутствовать",
    # the act itself negated: "не наносили ударов по станции", "не обстреливали город"
    "не наносить ... удар", "не нанести ... удар", "не обстреливать", "не обстрелять", "не атаковать",
)  # fmt: skip
FACT_NEGATIONS = frozenset("не нет никакой ни".split())
NOT_DENYING_AFTER = frozenset("только лишь больше менее более раньше позже".split())
HARM_WORDS = frozenset(
    """пострадать пострадавший погибнуть погибший жертва ранить ранение раненый ущерб угроза опасность
    риск потеря убить убитый""".split()
)
# Existence negated, which may close its clause ("военных нет").
NEGATION_EMPHASIS_AFTER: tuple[str, ...] = ()  # the emphasis comes first: NEGATIVE_DETERMINERS
EXISTENCE_NEGATIONS = frozenset({"нет"})
NEGATIVE_DETERMINERS = frozenset({"никакой"})
# "у войск нет опыта": a nation after these owns what is not there; it is not absent itself.
POSSESSIVE_PREPOSITIONS = frozenset({"у"})
# A nation after these is what something negated is about ("no details about North Korean troops").
TOPIC_PREPOSITIONS = frozenset("о об про насчёт насчет относительно поводу".split())
CONTRAST_WORDS = frozenset({"а"})
# ", but the group had not confirmed it": after a comma, a contrast that opens a clause with a new
# subject (a determiner or a name next) is not the speaker's non-answer.
CLAUSE_CONTRASTS = frozenset("но однако".split())
NEW_SUBJECT_DETERMINERS: frozenset[str] = frozenset()
SUBORDINATORS = frozenset("который чтобы потому если когда хотя пока где куда поскольку".split())
# Verbs of opinion: a view, unless what is said names an event, a figure or a place.
OPINION_VERBS = frozenset("считать полагать думать".split())
DESCRIBING_VERBS = frozenset("назвать называть".split())
CONFIRM_PHRASES = ("признать", "признавать")
REPORT_NOUNS = frozenset(
    "сообщение информация данные заявление слух публикация новость утверждение обвинение сведение".split()
)
DEMONSTRATIVES = frozenset("это этот все".split())
CAVEAT_VERBS: frozenset[str] = frozenset()  # read in English only
CAVEAT_OPENERS: frozenset[str] = frozenset()
AFFIRMING_DESCRIPTIONS: frozenset[str] = frozenset()  # describing frames are read in English only
COPULAS = frozenset({"быть", "являться"})
INFINITIVE: frozenset[str] = frozenset()
# Nouns of speech whose speaker follows the agent marker, then what is said ("an announcement by X
# that ...", "the claim by HUR that ...").
AGENT_NOUNS: frozenset[str] = frozenset()
AGENT_MARKERS: frozenset[str] = frozenset()
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
# "its request had been rejected", "просьба была отклонена": a denying verb after these, with no agent,
# tells of a denial the speaker met, not one it makes (stance only; cues read PASSIVE_AUXILIARIES).
DENIAL_PASSIVE_AUXILIARIES = frozenset({"быть"})
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
# "взяли на себя ответственность": a claim of responsibility puts the act forward.
# "установило, что": a finding of one's own put forward ("установили контроль" is an act).
PARTICLE_VERBS = {
    "взять": ("ответственность", "say"), "брать": ("ответственность", "say"),
    "установить": ("что", "say"), "устанавливать": ("что", "say"),
    # "обратил внимание, что", "выразил уверенность, что", "высказал предположение, что"
    "обратить": ("внимание", "say"), "обращать": ("внимание", "say"),
    "выразить": ("уверенность убеждённость убежденность", "say"),
    "выражать": ("уверенность убеждённость убежденность", "say"),
    "высказать": ("мнение предположение уверенность", "say"),
    "высказывать": ("мнение предположение уверенность", "say"),
}  # fmt: skip
PARTICLE_REACH = 3
DEMAND_PREPOSITIONS: frozenset[str] = frozenset()
AS_MARKERS = frozenset({"как"})
# "По его словам", "по их данным": the possessive stands for an earlier speaker (as "он" does).
POSSESSIVE_ANAPHORS: dict[str, tuple[str, ...]] = {"его": ("person",), "ее": ("person",), "их": ()}
# Words that may open a sentence before such a phrase ("Зато, по его словам, ...").
OPENING_CONNECTIVES = frozenset(
    "однако зато при этом тем временем вместе с тем между тем кроме того также а но впрочем напротив же".split()
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
    "об это", "о это", "о чем", "слово ... передавать", "слово ... приводить", "данные приводить",
    "цифра приводить",
)  # fmt: skip
# "Источник: X": строка, называющая, чей рассказ передаёт сообщение.
SOURCE_LABELS = frozenset({"источник", "источники"})
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
# Ответы, от которых отказывается сам говорящий ("сказал, что не комментирует"); другие глаголы
# после отрицания - действия ("заявил, что не отвечал на обстрел").
REFUSED_ANSWERS = frozenset("комментировать прокомментировать комментарий".split())
# Слова между глаголом говорящего и его собственным отказом ("сказал, что не может прокомментировать").
REFUSAL_SUBJECTS = frozenset("что он она оно они мы я".split())
# A briefing: go-betweens who speak after one pass on what the body that gave it said.
BRIEFING_WORDS = frozenset("брифинг брифинга брифинге".split())
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
    "не останется без ответа", "не остаться без ответа", "понесет ответственность", "понести ответственность",
    "привлечь к ответственности", "будет привлечен к ответственности", "дорого заплатит", "заплатит ... цену",
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
