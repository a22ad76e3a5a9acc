"""Reporting cues and the speakers they link: "X said", "..., X said", "according to X",
"citing X", "was confirmed by X", "X's Telegram channel", "X: ...", "як стверджують у X".

Cues are found on lemmas with the language's lexicon (`lexicon/<lang>/speech.py`), so every
inflected form of a listed verb counts. Each kind of cue has its own small linking function;
`find_speakers` runs them and then drops speakers that only pass on someone else's words (a
medium citing a source, "according to TASS, Putin said").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from . import morph
from .attribution import (
    DECLINE,
    EVALUATE,
    SAY,
    Actor,
    ReportMemory,
    Speaker,
    _group,
    _group_after,
    _identity,
    _known,
    _unknown_after,
    _unknown_before,
    after_locative,
    gap_ok,
    only_nation_words,
    question_spans,
    quote_spans,
)
from .language import Language, Lemmas, PhraseSet, vocabulary
from .lexicon import concept
from .tokens import WORD

Word = tuple[str, int, int, str]  # text, start, end, folded
_FIRST_WORD = re.compile(r"\s*(\w+)")
_COLON = re.compile(r"^\s*([^:\"“«]{2,60}):\s+\S")
_INVERSION_MARKS = (",", '"', "”", "»", "'", "’", "—", "-")
_FACELESS = ("Sources (unnamed)", "Military sources", "Intelligence sources", "Officials (unnamed)")
_BRIEFING_KINDS = ("intelligence", "military")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    cls: str  # say, confirm, deny, decline, evaluate, accuse
    form: str = "verb"  # verb, passive, participle


@dataclass
class Sentence:
    """What the linking functions share about one sentence."""

    text: str
    actors: list[Actor]
    memory: ReportMemory
    words: list[Word]
    lang: Language
    lemmas: list[frozenset[str]]
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # per phrase set, once

    def span(self, first: int, end: int) -> tuple[int, int]:
        return self.words[first][1], self.words[end - 1][2]


# ---------------------------------------------------------------------------------------------
# Cues


def _verb_class(sent: Sentence, i: int) -> str | None:
    lang, words = sent.lang, sent.words
    options = sent.lemmas[i]
    if options.isdisjoint(lang.cue_lemmas):
        return None  # most words: one set operation
    speech = lang.speech
    cls = lang.verb_class(options)
    prev = words[i - 1][3] if i else ""
    nxt = words[i + 1][3] if i + 1 < len(words) else ""
    if (words[i][3], nxt) in speech.NOUN_COMPOUNDS:
        return None  # "a think tank": a noun
    if _shows(sent, i) or (options & speech.TRANSFER_VERBS and _hands_over(sent, i)):
        # "posted a video of the interrogation": shows; "Иран передаёт России беспилотники": hands
        # over; neither says
        return None
    if options & speech.RESPONSE_VERBS and _responds_in_kind(sent, i):
        return None  # "responded with artillery fire": an act, not words
    if options & speech.PUT_VERBS:
        # "estimates put the number at ...", "the ministry put the death toll at ..."
        # "figures had put the dead at nine": an auxiliary may stand between
        lead = words[i - 2][3] if i > 1 and prev in speech.PASSIVE_AUX_FORMS else prev
        return SAY if lead in speech.ESTIMATE_NOUNS or _puts_a_count(sent, i) else None
    particle = None
    for o in options:
        if o in speech.PARTICLE_VERBS:
            particle = speech.PARTICLE_VERBS[o]
            break
    if particle is not None:
        # "backed up", not "came back"; "взяли на себя ответственность"
        reach = {w[3] for w in words[i + 1 : i + 1 + speech.PARTICLE_REACH]}
        return particle[1] if not reach.isdisjoint(particle[0].split()) else None
    if cls is None or (words[i][3] in speech.AMBIGUOUS_VERBS and _noun_use(sent, i)):
        return None  # "the reports", "initial claims", "the Houthi claim was false": nouns
    if words[i][3] in speech.AMBIGUOUS_VERBS and _modified_by_body(sent, i):
        return None  # "a UN post", "two UN posts": a body naming whose the noun is
    if options & speech.HEARSAY_VERBS and nxt in speech.INFINITIVE:
        return None  # "said to have sent": hearsay, not a statement
    if cls == DECLINE and nxt in speech.INFINITIVE and _refuses_an_act(sent, i + 2):
        return None  # "refused to supply the jets": an act refused, not an answer
    if nxt in speech.DEMAND_PREPOSITIONS and cls == SAY and options & speech.DEMAND_VERBS:
        return EVALUATE  # "called for", "called on the UN to act"
    if cls == SAY and options & speech.DIRECTIVE_VERBS and _directs(sent, i):
        return EVALUATE  # "told residents to leave": a call to act
    return cls


_DIRECTIVE_REACH = 7  # words from the verb to its infinitive's "to"
_TRANSFER_REACH = 3  # words after "передал" in which its "что" stands ("передал журналистам, что")


def _hands_over(sent: Sentence, i: int) -> bool:
    """ "Иран передаёт России беспилотники", not "передаёт ТАСС", "передал, что", "передал: «...»",
    "передает корреспондент": a verb of handing over is speech only with its speaker right after it,
    or a colon, a quotation or a "that" close after it; a body after it that is no medium receives."""
    words = sent.words
    if i + 1 >= len(words) or (i and any(ch in sent.text[words[i - 1][2] : words[i][1]] for ch in ",—–")):
        return False  # "..., — передаёт ТАСС": after what was said, inverted - speech
    gap = sent.text[words[i][2] : words[i + 1][1]]
    if any(ch in gap for ch in ':"«“'):
        return False
    that = concept(sent.lang.code, "grammar").COMPLEMENTIZERS
    if any(w[3] in that for w in words[i + 1 : i + 1 + _TRANSFER_REACH]):
        return False
    nxt = words[i + 1]
    if sent.lemmas[i + 1] & sent.lang.person_roles:
        return False  # "передает корреспондент"
    after = next((a for a in sent.actors if a.start == nxt[1]), None)
    if after is not None:
        return not after.media  # "передаёт ТАСС" reports; "передаёт России" hands over to Russia
    return not nxt[0][:1].isupper()  # "передает The Insider": an outlet the registry does not know


def _directs(sent: Sentence, i: int) -> bool:
    """ "told residents of Tyre to evacuate", "warned shipping companies to keep away": an object,
    then "to" and a verb, before any "that", quotation or comma - an order or a warning to act."""
    speech, words = sent.lang.speech, sent.words
    if i + 1 >= len(words) or words[i + 1][3] in speech.DIRECTIVE_NOT_OBJECTS | speech.INFINITIVE:
        return False
    for j in range(i + 2, min(i + _DIRECTIVE_REACH, len(words) - 1)):
        if sent.text[words[j - 1][2] : words[j][1]].strip() or words[j][3] in speech.REPORT_THAT:
            return False  # a comma, a quotation, "that": the words said follow
        if words[j][3] in speech.INFINITIVE:
            after = words[j + 1]  # "to evacuate", not "to the UN" or "to Moscow"
            determiners = speech.MODIFIER_DETERMINERS | speech.NOUN_DETERMINERS
            return after[0].islower() and after[3] not in determiners
    return False


def _puts_a_count(sent: Sentence, i: int) -> bool:
    """ "put the death toll at 40", "placed the number of dead at ...": a count as the object."""
    objects: frozenset[str] = sent.lang.speech.PUT_OBJECTS
    following = [w[3] for w in sent.words[i + 1 : i + 4]]
    at: frozenset[str] = sent.lang.speech.PUT_PREPOSITIONS
    if not objects.isdisjoint(following) and not at.isdisjoint(w[3] for w in sent.words[i + 2 :]):
        return True
    # "put the transfer at around 400 missiles": any object, then "at" and a number close after it
    after = [w[3] for w in sent.words[i + 2 : i + 10]]
    return any(
        w in at and any(x[:1].isdigit() for x in after[k + 1 : k + 4]) for k, w in enumerate(after[:6])
    )


def _refuses_an_act(sent: Sentence, i: int) -> bool:
    """Is the verb after "declined to", "refused to" an act ("supply", "withdraw") rather than an
    answer ("comment", "say", "give details")? Only the speech lexicon's ANSWER_VERBS answer."""
    answers: frozenset[str] = sent.lang.speech.ANSWER_VERBS
    if not answers or i >= len(sent.words):
        return False
    if sent.words[i][3] in sent.lang.speech.PASSIVE_AUXILIARIES or sent.lemmas[i] & {"be"}:
        return False  # "declined to be named", "refused to be drawn"
    return not (sent.lemmas[i] & answers or sent.lemmas[i] & sent.lang.cue_lemmas)


def _shows(sent: Sentence, i: int) -> bool:
    """Is the verb's object a picture ("posted a video", "released new footage"), not a claim?
    ("said in a video" has none: its words come after a preposition.)"""
    shown: frozenset[str] = sent.lang.speech.SHOWN_OBJECTS
    if not shown:
        return False
    j = i + 1
    if j < len(sent.words) and sent.words[j][3] in sent.lang.speech.NOUN_DETERMINERS | {"new", "some"}:
        j += 1
    if j >= len(sent.words) or sent.words[j][3] not in shown:
        return False
    # "said the video (of the strike) was fake": the picture is the subject of the claim, not the
    # verb's object
    for k in range(j + 1, min(j + 9, len(sent.lemmas))):
        if sent.words[k][3] in sent.lang.speech.SUBORDINATORS | sent.lang.speech.REPORT_THAT:
            break  # "released footage of soldiers who were ...", "... that was filmed"
        if sent.lemmas[k] & sent.lang.speech.COPULAS:
            return False
    return True


def _responds_in_kind(sent: Sentence, i: int) -> bool:
    """ "answered with air strikes", "replied to the raid by firing rockets": the answer is an act.
    "responded with a statement", "responded by saying", "replied that ...": words."""
    speech, words = sent.lang.speech, sent.words
    markers: frozenset[str] = speech.RESPONSE_ACT_MARKERS
    said = speech.STATEMENT_NOUNS | speech.NOUN_FORMS | speech.DENIAL_WORDS
    for j in range(i + 1, min(i + 9, len(words))):
        if sent.text[words[j - 1][2] : words[j][1]].strip():
            return False  # a comma, a colon or a quotation: the answer's words follow
        if words[j][3] not in markers:
            continue
        after = range(j + 1, min(j + 4, len(words)))
        return not any(sent.lemmas[k] & said or sent.lemmas[k] & sent.lang.cue_lemmas for k in after)
    return False


def _noun_use(sent: Sentence, i: int) -> bool:
    speech, words = sent.lang.speech, sent.words
    prev = words[i - 1][3] if i else ""
    if prev in speech.NOUN_MARKERS:
        return True
    if words[i][3] not in speech.NOUN_FORMS:
        return False
    if i > 1 and words[i - 2][3] in speech.NOUN_DETERMINERS:
        # "the Pentagon estimates that ...": a verb in the third person, with its clause after it
        nxt = words[i + 1][3] if i + 1 < len(words) else ""
        return not (words[i][3].endswith("s") and nxt in speech.REPORT_THAT)
    return i + 1 < len(words) and bool(sent.lemmas[i + 1] & speech.PASSIVE_AUXILIARIES)


def _modified_by_body(sent: Sentence, i: int) -> bool:
    """ "fired at a UN post", "shelled two Arakan Army posts": a body right before a verb-like word,
    with an article or a number before the body, names whose the noun is; it does not speak."""
    if not i:
        return False
    before = sent.words[i - 1][2]
    body = next((a for a in sent.actors if a.end == before and not a.anaphor), None)
    if body is None:
        return False
    k = next((k for k, w in enumerate(sent.words) if w[1] == body.start), 0) - 1
    if k < 0:
        return False
    word = sent.words[k][3]
    return word in sent.lang.speech.MODIFIER_DETERMINERS or word.isdigit()


def _passive(sent: Sentence, i: int) -> bool:
    """ "is believed", "were reported by X", "was later acknowledged by X": a form of "be" before the
    verb, an adverb or two between."""
    speech = sent.lang.speech
    for back in (1, 2, 3):
        if i - back < 0:
            return False
        if sent.lemmas[i - back] & speech.PASSIVE_AUXILIARIES:
            return True
        word = sent.words[i - back][3]
        if not (word.endswith("ly") or word in speech.PASSIVE_ADVERBS):
            return False
    return False


def _cue_at(sent: Sentence, i: int) -> Cue | None:
    cls = _verb_class(sent, i)
    if cls is None:
        return None
    _w, a, b, lw = sent.words[i]
    if any(act.start <= a < act.end for act in sent.actors):
        return None
    if a and sent.text[a - 1] == "-" and sent.text[a - 2 : a - 1].isalnum():
        return None  # "a Houthi-claimed attack", "self-declared": part of a compound word
    speech = sent.lang.speech
    if i and _obliged(sent, i - 1):
        return None  # "the Russian state must answer for it": what ought to be said, no report
    if i and sent.words[i - 1][3] in speech.INFINITIVE and cls != DECLINE:
        lead = _infinitive_lead(sent, i - 1)
        if lead is None:
            return None  # "declined to confirm": the cue is "declined"
        a = lead  # "was quick to reply", "went on to say": the speaker speaks
    if _passive(sent, i):
        if not _agent_follows(sent, i + 1) or not sent.lemmas[i] & speech.PASSIVE_VERBS:
            return None  # passive narration: "is believed to", "were reported killed"
        return Cue(a, b, cls, "passive")
    if lw in speech.PARTICIPLES and sent.text[:a].rstrip().endswith(","):
        return Cue(a, b, cls, "participle")
    if lw in speech.PARTICIPLES and i == 0 and sent.lang.cyrillic:
        return None  # "Подтверждая данные ГУР, Минобороны сообщило": the main verb's subject speaks
    return Cue(a, b, cls)


def _obliged(sent: Sentence, k: int) -> bool:
    modals: frozenset[str] = concept(sent.lang.code, "grammar").OBLIGATION_MODALS
    return sent.words[k][3] in modals or not sent.lemmas[k].isdisjoint(modals)


def _agent_follows(sent: Sentence, j: int) -> bool:
    """ "was confirmed by", "was stated in a post by", "was announced in its statement by": the
    passive's agent, right after the verb or after where it was said."""
    words, speech = sent.words, sent.lang.speech
    if j < len(words) and words[j][3] in speech.AGENT_MARKERS:
        return True
    if j + 2 >= len(words) or words[j][3] != "in":
        return False
    for k in range(j + 1, min(j + 5, len(words) - 1)):
        if sent.lemmas[k] & speech.STATEMENT_NOUNS or words[k][3] in speech.PLATFORMS:
            return words[k + 1][3] in speech.AGENT_MARKERS
    return False


def _infinitive_lead(sent: Sentence, to: int) -> int | None:
    """Where "was quick to", "hastened to", "went on to" starts before a reporting verb's "to":
    words that make the infinitive the speaker's own act, unlike "declined to" or "is said to"."""
    leads: frozenset[str] = sent.lang.speech.INFINITIVE_LEADS
    at = to - 1
    if at < 0 or sent.words[at][3] not in leads and not sent.lemmas[at] & leads:
        return None
    if sent.words[at][3] in sent.lang.speech.INFINITIVE_LEAD_PARTICLES and at > 0:
        at -= 1  # "went on to say"
    return sent.words[at][1]


def find_cues(sent: Sentence) -> list[Cue]:
    phrases = _phrase_spans(sent, sent.lang.citing) + _phrase_spans(sent, sent.lang.according)
    cue_lemmas = sent.lang.cue_lemmas
    cues = [
        c
        for i, options in enumerate(sent.lemmas)
        if not options.isdisjoint(cue_lemmas)  # most words are no cue: one set operation
        and (c := _cue_at(sent, i)) is not None
        and not any(a <= c.start < b for a, b in phrases)  # "citing X" is no verb
    ]
    cues = _own_refusals(sent, cues)
    cues.extend(_non_answers(sent, cues))
    questions = question_spans(sent.text)
    cues = [c for c in cues if not any(a <= c.start < b for a, b in questions)]
    quotes = quote_spans(sent.text)
    if quotes:
        outside = [c for c in cues if not any(x < c.start < y for x, y in quotes)]
        if outside:
            cues = outside  # the verbs inside a quotation are the quoted speaker's story
    return cues


def _own_refusals(sent: Sentence, cues: list[Cue]) -> list[Cue]:
    """ "X said it does not comment on ...", "X said he could not comment because ...": a speaker
    telling of its own silence refuses to answer (a non-answer, whatever the tense); the verb of the
    silence is no second cue. ("X did not comment": the narrator's note of a silence, no cue here.)"""
    subjects: frozenset[str] = sent.lang.speech.REFUSAL_SUBJECTS
    answers: frozenset[str] = sent.lang.speech.REFUSED_ANSWERS
    if not subjects or not cues or all(options.isdisjoint(answers) for options in sent.lemmas):
        return cues  # no word of an answer ("comment") at all: no refusal to look for
    out = list(cues)
    for i, j in sent.lang.silence.find(sent.lemmas):
        if not any(sent.lemmas[k] & answers for k in range(i, j)):
            continue  # "said it did not respond to the rocket fire": an act, not an answer
        a, b = sent.span(i, j)
        lead = next((c for c in reversed(out) if c.end <= a), None)
        if lead is None or lead.cls != SAY or not _only_words(sent, lead.end, a, subjects):
            continue
        out = [replace(c, cls=DECLINE) if c is lead else c for c in out if not a <= c.start < b]
    return out


def _only_words(sent: Sentence, a: int, b: int, allowed: frozenset[str]) -> bool:
    between = [w[3] for w in sent.words if a <= w[1] and w[2] <= b]
    return bool(between) and all(w in allowed for w in between)


def _non_answers(sent: Sentence, verbs: list[Cue]) -> list[Cue]:
    """ "X has no information about it", "Коваленко не володіє інформацією": a non-answer names
    its speaker the way a verb does, even without a reporting verb."""
    out = []
    lang = sent.lang
    silent = lang.silence.find(sent.lemmas)
    found = lang.non_answers(lang.cannot_confirm, sent.lemmas) + lang.non_answers(lang.decline, sent.lemmas)
    for i, j in found:
        if any(x <= i and j <= y for x, y in silent):
            continue  # "did not say how many": silence about a detail, no answer refused
        a, b = sent.span(i, j)
        # "X said he had nothing to add": the verb's clause ("не может подтвердить": its own verb);
        # after a semicolon a new clause begins ("X says ...; Reuters could not confirm it")
        if not any(c.start < a and ";" not in sent.text[c.end : a] for c in verbs):
            out.append(Cue(a, b, DECLINE))
    return out


# ---------------------------------------------------------------------------------------------
# Linking a cue to its speaker


def _is_recipient(sent: Sentence, actor: Actor) -> bool:
    """ "повідомили Суспільному", "сообщил Пескову": a name in the dative is the one told; so is a
    medium after "в интервью", "изданию" (its name may not decline: "в интервью Reuters")."""
    if not sent.lang.cyrillic:
        return False
    if _medium(actor) and _interviewed_by(sent, actor):
        return True
    head = WORD.search(sent.text, actor.start, actor.end)  # past an opening «
    if head is None:
        return False
    cases = morph.cases(head.group(), sent.lang.code)
    if not cases or "nomn" in cases or not cases <= {"datv", "ablt", "loct"}:
        return False
    before = WORD.findall(sent.text[max(0, actor.start - 30) : actor.start])
    if not before:
        return True
    roles = sent.lang.person_roles
    # "в Минобороны" is where they said it; "керівник Центру" is whose head speaks.
    institution = concept(sent.lang.code, "places").INSTITUTION_PREPOSITIONS
    return before[-1].casefold() not in institution and sent.lang.lemma(before[-1]) not in roles


def _interviewed_by(sent: Sentence, actor: Actor) -> bool:
    words: frozenset[str] = sent.lang.actors.INTERVIEW_WORDS
    before = WORD.findall(sent.text[max(0, actor.start - 40) : actor.start])[-2:]
    return any(w.casefold() in words for w in before)


def _locative_institution(sent: Sentence, actor: Actor, cue: Cue) -> bool:
    """ "В Минобороны заявили", "у ГУР повідомили": the body named right before the verb speaks."""
    if not sent.lang.cyrillic or actor.kind in ("country", "place"):
        return False
    # "В Пентагоне пока не могут подтвердить": an adverb of the verb may stand between, and so may
    # what the words are about ("В Кремле эти сообщения назвали ...")
    return _only_adverbs_and_object(sent, sent.text[actor.end : cue.start])


def _object_before(sent: Sentence, gap: str) -> bool:
    """ "Опровергли эту информацию и в Минобороны", "Підтвердити це в Кремлі не можуть": the verb's
    object between it and the body that speaks."""
    return sent.lang.cyrillic and bool(WORD.search(gap)) and _only_adverbs_and_object(sent, gap)


def _only_adverbs_and_object(sent: Sentence, gap: str) -> bool:
    """Is the gap only adverbs of the verb, and the reports it is about ("эти сообщения", "цю
    інформацію і в"), or what a demonstrative points back to ("Иран эти поставки отрицает": the
    deliveries the report has told of, a noun and its modifier at most)?"""
    if WORD.sub("", gap).strip():
        return False
    adverbs: frozenset[str] = sent.lang.actors.VERB_ADVERBS
    speech = sent.lang.speech
    prepositions: frozenset[str] = concept(sent.lang.code, "places").INSTITUTION_PREPOSITIONS
    about = speech.DEMONSTRATIVES | speech.REPORT_NOUNS | prepositions
    pointed = 0  # words a demonstrative may still cover
    for w in WORD.findall(gap):
        lemmas = sent.lang.lemma_set(w)
        if w.casefold() in adverbs or not lemmas.isdisjoint(about):
            pointed = 2 if not lemmas.isdisjoint(speech.DEMONSTRATIVES) else pointed
        elif pointed and w[:1].islower():
            pointed -= 1
        else:
            return False
    return True


def _subject(sent: Sentence, cue: Cue, taken: set[int]) -> Actor | None:
    end = _quoted_as(sent, cue.start)
    for actor in sorted(sent.actors, key=lambda a: a.end, reverse=True):
        if id(actor) in taken or actor.end > end:
            continue
        institution = after_locative(sent.text, actor) and _locative_institution(sent, actor, cue)
        gap = _without_citing(sent, actor.end, end)
        if (
            not institution
            and not gap_ok(gap, sent.lang)
            and not _object_before(sent, gap)
            and not _title_complement(sent, actor, gap)
        ):
            continue  # "Хунта эти данные опровергла": the object may come before the verb
        if actor.anaphor and not actor.name and _in_relative_clause(sent, actor, end):
            continue  # "X, who ... ousted the government in 2014, said": the clause's object
        if _is_recipient(sent, actor) or _whose_people(sent, actor):
            continue
        head = _head_of(sent, actor)
        if (
            head is actor
            and after_locative(sent.text, actor)
            and not institution
            and not _absolute(sent, actor, cue)
        ):
            continue  # "X (HUR) of the Defence Ministry announced": X, though "of" is locative
        return head
    return None


_COMPLEMENT_WORDS = 3  # "по вопросам безопасности", "з прав людини"


def _title_complement(sent: Sentence, actor: Actor, gap: str) -> bool:
    """ "Кореспондент BBC з питань безпеки Френк Гарднер заявив": after a title and its body, what
    the title is about and the holder's name; the body speaks through its titled person."""
    preps: frozenset[str] = sent.lang.actors.TITLE_COMPLEMENT_PREPOSITIONS
    words = WORD.findall(gap)
    if not preps or not words or words[0].casefold() not in preps or WORD.sub("", gap).strip(" ,"):
        return False
    title = WORD.findall(sent.text, max(0, actor.start - 30), actor.start)[-1:]
    if not title or sent.lang.lemma(title[0]) not in sent.lang.person_roles:
        return False
    about = list(itertools.takewhile(lambda w: w[:1].islower(), words[1:]))
    name = words[1 + len(about) :]
    return 0 < len(about) <= _COMPLEMENT_WORDS and 0 < len(name) <= 3 and all(w[:1].isupper() for w in name)


_OF_THE = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?of(?:\s+the)?(?:\s+[A-Z][\w-]*){0,2}\s*$")


def _head_of(sent: Sentence, actor: Actor) -> Actor:
    """ "Ukraine's Main Intelligence Directorate (HUR) of the Defence Ministry announced": a registry
    body named right before "of (the)" and the actor is the one that speaks, not the body it belongs to."""
    head = max(
        (a for a in sent.actors if a.end <= actor.start and not a.anaphor), key=lambda a: a.end, default=None
    )
    if head is None or head.key is None or not _OF_THE.fullmatch(sent.text[head.end : actor.start]):
        return actor
    return head


def _absolute(sent: Sentence, actor: Actor, cue: Cue) -> bool:
    """ "..., with South Korean and U.S. officials confirming that ...": after "with", the actor
    right before a participle of speech is its subject, no place or companion."""
    head = WORD.findall(sent.text, max(0, actor.start - 12), actor.start)
    return (
        bool(head)
        and head[-1].casefold() in sent.lang.speech.ABSOLUTE_MARKERS
        and sent.text[cue.start : cue.end].casefold() in sent.lang.speech.PARTICIPLES
        and not sent.text[actor.end : cue.start].strip()
    )


_CITED_WORDS = 3


def _without_citing(sent: Sentence, start: int, end: int) -> str:
    """The words between a subject and its verb, less a citing phrase and whom it cites ("Рейтер со
    ссылкой на источники сообщает"): the medium still speaks through them."""
    gap = sent.text[start:end]
    for a, b in _phrase_spans(sent, sent.lang.citing) if sent.lang.cyrillic else ():
        if start <= a and b <= end:
            cited = _next_actor(sent, b, 40)
            if cited is not None and cited.end <= end:
                return sent.text[start:a] + " " + sent.text[cited.end : end]
            if len(WORD.findall(sent.text[b:end])) <= _CITED_WORDS and "," not in sent.text[b:end]:
                return sent.text[start:a]  # "со ссылкой на свои источники": a source with no name

    return gap


def _in_relative_clause(sent: Sentence, actor: Actor, end: int) -> bool:
    """Does the actor stand inside a relative clause that closes right before the verb?"""
    comma = sent.text.rfind(",", 0, actor.start)
    if comma < 0 or not sent.text[actor.end : end].rstrip().endswith(","):
        return False
    words = WORD.findall(sent.text, comma, actor.start)
    relatives = sent.lang.actors.RELATIVE_PRONOUNS
    return bool(words) and words[0].casefold() in relatives


def _quoted_as(sent: Sentence, at: int) -> int:
    """Where the subject of a verb must end: "X was quoted by Reuters as saying", "X was cited as
    saying" - X, before the passive that passes its words on, speaks (the agent only relays)."""
    speech = sent.lang.speech
    verbs: frozenset[str] = speech.QUOTED_AS_VERBS
    markers: frozenset[str] = speech.QUOTED_AS_MARKERS
    before = [i for i, w in enumerate(sent.words) if w[2] <= at]
    if not verbs or len(before) < 3 or sent.words[before[-1]][3] not in markers:
        return at  # the verb's own "as" is right before it: "as saying"
    for i in reversed(before[-12:-1]):
        if sent.lemmas[i] & verbs and i and sent.lemmas[i - 1] & speech.PASSIVE_AUXILIARIES:
            return sent.words[i - 1][1]
    return at


def _whose_people(sent: Sentence, actor: Actor) -> bool:
    """ "этот военный КНДР рассказал": a country after the people it owns (soldiers, prisoners) says
    whose they are; they speak, not their government."""
    if not sent.lang.cyrillic:
        return False
    before = WORD.findall(sent.text[max(0, actor.start - 30) : actor.start])
    nouns: frozenset[str] = concept(sent.lang.code, "grammar").PEOPLE_NOUNS
    return bool(before) and not sent.lang.lemma_set(before[-1]).isdisjoint(nouns)


def _titled_chain(sent: Sentence, after: list[Actor]) -> Actor | None:
    """ "сообщил президент Украины Владимир Зеленский", "розповів начальник ГУР Міноборони України
    Кирило Буданов": a title, then names with nothing between them - the last named speaks (the
    names before it say whose office the person holds), unless it is only the country of a body
    ("начальник ГУР Міноборони України": the body)."""
    before = WORD.findall(sent.text[max(0, after[0].start - 30) : after[0].start])
    if not before or sent.lang.lemma(before[-1]) not in sent.lang.person_roles:
        return None
    chain = [after[0]]
    for nxt in after[1:]:
        if nxt.anaphor or sent.text[chain[-1].end : nxt.start].strip():
            break
        chain.append(nxt)
    last = chain[-1]
    if len(chain) == 1 or (last.kind == "government" and chain[0].kind != "government"):
        return None
    return last


def _after_cue(sent: Sentence, cue: Cue) -> Actor | None:
    """ "..., said the agency", "заявил южнокорейский парламентарий": the speaker after its verb."""
    s = sent.text
    pos = _past_recipients(sent, cue.end)  # "рассказали «Коммерсанту» в ГУР"
    after = sorted(
        (
            x
            for x in sent.actors
            if x.start >= pos
            and x.start - pos < 40
            and (
                gap_ok(s[pos : x.start], sent.lang)
                or _object_before(sent, s[pos : x.start])
                or _only_titles(sent, s[pos : x.start])
            )
        ),
        key=lambda x: x.start,
    )
    after = [x for x in after if not _is_recipient(sent, x)]
    if _telling(sent, cue):
        return None  # "..., told Reuters that": the one told, never the speaker
    titled = _titled_chain(sent, after) if len(after) > 1 else None
    if titled is not None:
        return titled
    if after:
        return after[0]
    before = s[: cue.start].rstrip()
    if not before:
        return None
    unknown = _known(_unknown_after(s, pos, sent.memory), sent.actors)
    titled_at = _past_title(sent, pos) if unknown is None else pos
    if titled_at != pos:
        unknown = _known(_unknown_after(s, titled_at, sent.memory), sent.actors)
    return unknown


_TITLE_REACH = 5  # words of a title before a name ("российский военный корреспондент Александр Коц")
_PARENTHESIS = re.compile(r"\s*\([^()]{1,30}\)")


def _past_title(sent: Sentence, pos: int) -> int:
    """ "рассказал российский военный корреспондент (военкор) Александр Коц", "said war correspondent
    Alexander Kots": where the name after a title starts - lower-case words, the last of them a title
    or a trade (a parenthesis after it skipped); `pos` itself where there is none."""
    k = next((n for n, w in enumerate(sent.words) if w[1] >= pos), None)
    if k is None:
        return pos
    roles, end, last = sent.lang.person_roles, None, pos
    for w, a, b, folded in sent.words[k : k + _TITLE_REACH]:
        if sent.text[last:a].strip() or not w[:1].islower():
            break
        if folded in roles or sent.lang.lemma(w) in roles:
            end = b
        last = b
    if end is None:
        return pos
    m = _PARENTHESIS.match(sent.text, end)
    return m.end() if m else end


def _only_titles(sent: Sentence, gap: str) -> bool:
    """ "розповів начальник ГУР ...", "said the head of the agency": the title of the speaker after
    the verb stands between them."""
    words = WORD.findall(gap)
    return (
        bool(words)
        and not WORD.sub("", gap).strip(" ,")
        and all(
            sent.lang.lemma(w) in sent.lang.person_roles or w.casefold() in sent.lang.person_roles
            for w in words
        )
    )


def _telling(sent: Sentence, cue: Cue) -> bool:
    """ "..., told Reuters that": a verb of telling has the one told after it, not its speaker."""
    told: frozenset[str] = sent.lang.speech.RECIPIENT_VERBS
    word = next((k for k, w in enumerate(sent.words) if w[1] == cue.start), None)
    return bool(told) and word is not None and bool(sent.lemmas[word] & told)


def _link_verb(sent: Sentence, cue: Cue, taken: set[int]) -> list[Speaker]:
    subject = _subject(sent, cue, taken)
    if subject is not None and not _ends_reported_clause(sent, subject, cue):
        return [
            Speaker(a, cue.start, cue.end, "verb", cue.cls) for a in _group(subject, sent.actors, sent.text)
        ]
    before = sent.text[: cue.start].rstrip()
    if not before or before.endswith(_INVERSION_MARKS) or sent.lang.cyrillic:
        actor = _after_cue(sent, cue)
        if actor is not None and not _subject_of_what_was_said(sent, actor) and not _describes(sent, cue):
            _adopt(sent, actor)
            return [
                Speaker(a, cue.start, cue.end, "inverted", cue.cls)
                for a in _group(actor, sent.actors, sent.text)
            ]
    unknown = _known(_unknown_before(sent.text, cue.start, sent.memory), sent.actors)
    head = _head_of(sent, unknown) if unknown is not None and unknown.key is None else unknown
    if head is not unknown and head is not None:  # "X (HUR) of the Defence Ministry announced": X
        return [Speaker(a, cue.start, cue.end, "verb", cue.cls) for a in _group(head, sent.actors, sent.text)]
    if (
        unknown is not None
        and gap_ok(sent.text[unknown.end : cue.start], sent.lang)
        and not (after_locative(sent.text, unknown) and _ambiguous_at(sent, cue.start))
    ):
        _adopt(sent, unknown)
        return [Speaker(unknown, cue.start, cue.end, "verb", cue.cls)]
    return []


def _describes(sent: Sentence, cue: Cue) -> bool:
    """ "..., described the US allegations as lies": what a verb of describing names after it is its
    object, never an inverted speaker."""
    at = next((i for i, w in enumerate(sent.words) if w[1] == cue.start), None)
    described: frozenset[str] = concept(sent.lang.code, "grammar").DESCRIBED_AS_VERBS
    return at is not None and not sent.lemmas[at].isdisjoint(described)


def _subject_of_what_was_said(sent: Sentence, actor: Actor) -> bool:
    """ "..., said Moscow and Pyongyang are sovereign states": a finite verb right after the name
    (and those named with it) makes it the subject of the reported clause, not an inverted speaker."""
    if actor.key is None and only_nation_words(actor.name):
        return True  # "said North Korean troops were ...": a nation's word opens what was said
    verbs: frozenset[str] = sent.lang.speech.CLAUSE_VERBS_AFTER_SUBJECT
    if not verbs:
        return False
    joined = _group(actor, sent.actors, sent.text) if actor in sent.actors else [actor]
    end = max(a.end for a in joined)
    following = [w for w in sent.words if w[1] >= end][:5]
    while following and (
        following[0][0][:1].isupper() or following[0][3] in concept(sent.lang.code, "places").PLACE_JOINERS
    ):
        following.pop(0)  # "Moscow and Pyongyang are": the names joined to it
    return bool(following) and following[0][3] in verbs


def _ambiguous_at(sent: Sentence, at: int) -> bool:
    """ "near UNIFIL posts", "at army posts": a verb that may be a noun, after a place's name, is
    that noun (a place, not "X posts")."""
    word = next((w for w in sent.words if w[1] == at), None)
    return word is not None and word[3] in sent.lang.speech.AMBIGUOUS_VERBS


def _ends_reported_clause(sent: Sentence, actor: Actor, cue: Cue) -> bool:
    """ "Загинули 100 військових КНДР, повідомили в СБУ": a name, a comma, the verb and a speaker
    after it - the name ends what was reported (Russian and Ukrainian put no comma between a subject
    and its verb; English does, around an apposition: "the UN envoy, Kim Song, said")."""
    if not sent.lang.cyrillic or not sent.text[actor.end : cue.start].rstrip().endswith(","):
        return False  # "России, погибли ... Украины, сообщили депутаты": a comma before the verb
    return _after_cue(sent, cue) is not None


def _link_passive(sent: Sentence, cue: Cue) -> list[Speaker]:
    s = sent.text
    by = re.match(r"\s+\w+", s[cue.end :])
    pos = cue.end + (by.end() if by else 0)
    target = _next_actor(sent, pos, 30) or _known(_unknown_after(s, pos, sent.memory), sent.actors)
    if target is None:
        return []
    _adopt(sent, target)
    relay = bool(re.search(r"\bas\s+\w+\s*$", s[: cue.end])) or _passes_quote_on(sent, target.end)
    return [Speaker(target, cue.start, cue.end, "passive", cue.cls, relay=relay)]


def _passes_quote_on(sent: Sentence, end: int) -> bool:
    """ "was quoted by Reuters as saying": the agent, followed by "as" and a reporting verb, passes
    another's words on ("was cited by the Pentagon as evidence" is the Pentagon's)."""
    after = [i for i, w in enumerate(sent.words) if w[1] >= end][:2]
    markers: frozenset[str] = sent.lang.speech.QUOTED_AS_MARKERS
    return (
        len(after) == 2
        and sent.words[after[0]][3] in markers
        and not sent.lemmas[after[1]].isdisjoint(sent.lang.cue_lemmas)
    )


def _link(sent: Sentence, cue: Cue, speakers: list[Speaker], taken: set[int]) -> list[Speaker]:
    if cue.form == "passive":
        return _link_passive(sent, cue)
    if cue.form == "participle":
        earlier = [sp for sp in speakers if sp.cue_end <= cue.start]
        if not earlier:
            return []
        lead = earlier[-1]
        return [Speaker(lead.actor, cue.start, cue.end, "participle", cue.cls, cited=lead.cited, lead=lead)]
    return _link_verb(sent, cue, taken) or _coordinated(sent, cue, speakers)


_MAIN_VERBS = ("verb", "inverted", "coordinated")


def _coordinated(sent: Sentence, cue: Cue, speakers: list[Speaker]) -> list[Speaker]:
    """ "X said A, and denied B", "Кремль назвал ... и отверг обвинения": a verb of speech with no
    subject of its own, joined by a conjunction to an earlier verb, is said by that verb's subject.
    Its stance is its own, so a denial after an assertion is a claim of its own. ("... but declined
    to give details" is no claim of its own: the lead's claim without its details.)"""
    if cue.cls == DECLINE:
        return []
    grammar = concept(sent.lang.code, "grammar")
    before = [w for w in sent.words if w[2] <= cue.start][-2:]
    if before and before[-1][3] in grammar.COORDINATED_ADVERBS:
        before = [w for w in sent.words if w[2] <= before[-1][1]][-1:]
    else:
        before = before[-1:]
    if not before or before[0][3] not in grammar.VERB_COORDINATORS:
        return []
    leads = [sp for sp in speakers if sp.cue_end <= before[0][1] and sp.how in _MAIN_VERBS]
    if not leads:
        return []
    lead = leads[-1]
    return [Speaker(lead.actor, cue.start, cue.end, "coordinated", cue.cls, cited=lead.cited)]


_OPENING_WORDS = 6  # words before the subject of a sentence ("On Monday (June 26), Russian President")


def _subject_of_participle(sent: Sentence, cue: Cue, taken: set[int]) -> list[Speaker]:
    """ "Putin paid tribute to the pilots, confirming reports that ...": with no speaker before it, a
    participle after a comma is said by the subject that opens the sentence."""
    if not sent.text[: cue.start].rstrip().endswith(","):
        return []
    before = [a for a in sent.actors if a.end <= cue.start and id(a) not in taken and a.name]
    if not before:
        return []
    first = min(before, key=lambda a: a.start)
    if len(WORD.findall(sent.text[: first.start])) > _OPENING_WORDS or after_locative(sent.text, first):
        return []
    if _is_recipient(sent, first) or _whose_people(sent, first):
        return []
    return [Speaker(a, cue.start, cue.end, "verb", cue.cls) for a in _group(first, sent.actors, sent.text)]


def _adopt(sent: Sentence, actor: Actor) -> None:
    if actor not in sent.actors:
        sent.actors.append(actor)


def _next_actor(sent: Sentence, pos: int, limit: int = 90) -> Actor | None:
    """The actor a phrase such as "according to" or "citing" introduces."""
    filler = sent.lang.speech.ACCORDING_FILLER
    for actor in sorted(sent.actors, key=lambda a: a.start):
        if actor.start < pos or actor.start - pos > limit:
            continue
        between = [w.casefold() for w in WORD.findall(sent.text[pos : actor.start])]
        unknown = [w for w in between if w not in filler and sent.lang.lemma(w) not in filler]
        # one adjective may stand between ("з посиланням на британську BBC")
        if not unknown or (len(unknown) == 1 and unknown[0].islower() and len(between) <= 3):
            return _head_body(sent, actor)
        return None
    return None


def _head_body(sent: Sentence, actor: Actor) -> Actor:
    """ "according to the Houthi al-Masirah television": a body right before a registry medium,
    nothing between, says whose the medium is; the medium speaks ("NIS officials": the body's own)."""
    head = next((a for a in sent.actors if a.start > actor.end and not a.anaphor), None)
    if head is None or head.key is None or not head.media or actor.anaphor:
        return actor
    return actor if sent.text[actor.end : head.start].strip() else head


# ---------------------------------------------------------------------------------------------
# Phrases: according to, citing, "as X reports", channels, colons


def _phrase_spans(sent: Sentence, phrases: PhraseSet) -> list[tuple[int, int]]:
    found = sent.spans.get(id(phrases))
    if found is None:
        found = sent.spans[id(phrases)] = [sent.span(i, j) for i, j in phrases.find(sent.lemmas)]
    return list(found)


def _as_verb_spans(sent: Sentence) -> list[tuple[int, int]]:
    """ "как сообщает ТАСС", "як стверджують у Генштабі": "as" + a reporting verb."""
    markers = sent.lang.speech.AS_MARKERS
    out = []
    for i in range(len(sent.words) - 1):
        if sent.words[i][3] in markers and sent.lang.verb_class(sent.lemmas[i + 1]) is not None:
            out.append((sent.words[i][1], sent.words[i + 1][2]))
    return out


def _according(sent: Sentence, voices: list[Speaker]) -> list[Speaker]:
    """ "according to X", "as reported by X": X speaks. A relaying phrase ("..., Putin said, as
    reported by TASS") passes on the words of a voice the sentence names; alone ("Three ships were
    hit, as reported by UKMTO") its X is the source."""
    out: list[Speaker] = []
    relaying = _phrase_spans(sent, sent.lang.relaying) if voices else []
    for a, b in _phrase_spans(sent, sent.lang.according) + _as_verb_spans(sent):
        told = _past_recipients(sent, b)
        # "В заявлении ГУР говорится": a registry body inside the phrase
        inside = next((x for x in sent.actors if a < x.start and x.end < b and x.key is not None), None)
        mine = None if inside else _possessive_inside(sent, a, b)
        if mine is not None and any(v.cue_end <= a for v in voices):
            continue  # "X called it high since, in his words, ...": X's words go on, no new voice
        inside = inside or mine
        target = inside or _titled_after(sent, _first_after(sent, told)) or _own_document(sent, a, b)
        target = target or _unknown_after(sent.text, told, sent.memory)
        target = target or _possessive_speaker(sent, a, b) or _named_with(sent, a, b)
        if target is None:
            continue
        _adopt(sent, target)
        relay = (a, b) in relaying
        out.extend(
            Speaker(actor, a, b, "according", SAY, relay=relay)
            for actor in _group_after(target, sent.actors, sent.text)
        )
    return out


def _titled_after(sent: Sentence, first: Actor | None) -> Actor | None:
    """ "по словам президента России Владимира Путина": after a title, the name the chain ends on
    (`_titled_chain`), not the country that says whose title it is."""
    if first is None:
        return None
    after = sorted((x for x in sent.actors if x.start >= first.start), key=lambda x: x.start)
    titled = _titled_chain(sent, after) if len(after) > 1 and after[0] is first else None
    return titled or first


def _first_after(sent: Sentence, pos: int) -> Actor | None:
    """The actor the phrase names right after it: a name the registry does not know comes first when
    it stands before the next known actor ("Як повідомляє Укрінформ, Іран ...": Ukrinform)."""
    known = _next_actor(sent, pos)
    unknown = _unknown_after(sent.text, pos, sent.memory) if known is not None else None
    if unknown is None or known is None:
        return known
    # not a word of the known actor's name before it ("the Houthi al-Masirah television")
    apart = unknown.end <= known.start and sent.text[unknown.end : known.start].strip()
    return unknown if apart else known


_NOUN_REACH = 4  # words from a noun of speech to its "by" ("an announcement in mid-June by X")
_THAT_REACH = 5  # words from the agent to its "that" ("by X secretary Sergei Shoigu that")


def _stated_by(sent: Sentence, voices: list[Speaker]) -> list[Speaker]:
    """ "an announcement in mid-June by Russian Security Council secretary Sergei Shoigu that ...",
    "the claim by HUR that ...": a noun of speech whose agent follows "by", then what it says."""
    speech, words = sent.lang.speech, sent.words
    if not speech.AGENT_NOUNS or not any(w[3] in speech.AGENT_MARKERS for w in words):
        return []  # most sentences: no "by" at all
    nouns = speech.AGENT_NOUNS
    out: list[Speaker] = []
    for k, word in enumerate(words):
        if word[3] not in speech.AGENT_MARKERS or not any(
            sent.lemmas[j] & nouns for j in range(max(0, k - _NOUN_REACH), k)
        ):
            continue
        agent = _next_actor(sent, word[2], 60)
        if agent is None or not agent.name or any(sp.actor is agent for sp in voices):
            continue
        after = [w for w in words if w[1] >= agent.end][: _THAT_REACH + 1]
        if not any(w[3] in speech.REPORT_THAT for w in after) or "," in sent.text[agent.end : after[-1][2]]:
            continue  # "a report by X" named, not what X says
        _adopt(sent, agent)
        out.extend(Speaker(a, word[1], word[2], "verb", SAY) for a in _group(agent, sent.actors, sent.text))
    return out


def _own_document(sent: Sentence, a: int, b: int) -> Actor | None:
    """ "«...», — говорится в сообщении", "— ідеться у звіті": the phrase ends on a document of the
    latest speaker, nobody named after it; that speaker says it."""
    return next((x for x in sent.actors if x.anaphor and x.name and a < x.start and x.end <= b), None)


def _named_with(sent: Sentence, a: int, b: int) -> Actor | None:
    """A registry name that takes the phrase in ("за даними ЗМІ" listed as a name): that source."""
    return next((x for x in sent.actors if x.start <= a and b <= x.end and x.key is not None), None)


_NOT_VOICES = frozenset({"country", "place"})


def _possessive_inside(sent: Sentence, a: int, b: int) -> Actor | None:
    """ "Ситуация сложная, и, по его словам, КНДР не направляла войска": a possessive inside the
    phrase, past the sentence's opening, is whose words they are (the report's latest speaker of its
    kind), never the name that follows the phrase."""
    if _opens_sentence(sent, a):
        return None  # an opening "По его словам" points back to an earlier sentence
    for text, start, end, kinds in _possessives(sent, a, b):
        # "Песков не стал отвечать ...: по его словам, ...": the body named before it in the
        # sentence, else the report's latest speaker of its kind
        named = [x for x in sent.actors if x.end <= a and x.key is not None and x.kind not in _NOT_VOICES]
        found = named[-1] if named else sent.memory.resolve(text, kinds) or Actor(start, end, None, "")
        return Actor(start, end, found.key, found.name, found.kind, found.media, anaphor=text)
    return None


def _possessive_speaker(sent: Sentence, a: int, b: int) -> Actor | None:
    """ "По его словам, ...", "За їхніми даними, ...": the possessive inside a phrase that opens the
    sentence stands for an earlier speaker (the report's memory resolves it as it resolves "он")."""
    if not _opens_sentence(sent, a):
        return None  # only a sentence that opens with it ("Натомість, за його словами") carries on
    for text, start, end, kinds in _possessives(sent, a, b):
        found = sent.memory.resolve(text, kinds)
        if found is not None:
            actor = Actor(start, end, found.key, found.name, found.kind, found.media, anaphor=text)
            return replace(actor, go_between=found.go_between)
    return None


def _opens_sentence(sent: Sentence, a: int) -> bool:
    """Is nothing but opening connectives ("Натомість", "However") before `a`?"""
    connectives: frozenset[str] = sent.lang.speech.OPENING_CONNECTIVES
    return all(w.casefold() in connectives for w in WORD.findall(sent.text, 0, a))


def _possessives(sent: Sentence, a: int, b: int) -> Iterator[tuple[str, int, int, tuple[str, ...]]]:
    """The possessive anaphors between `a` and `b` ("его", "їхніми", "his"), with the kinds each means."""
    possessives = sent.lang.speech.POSSESSIVE_ANAPHORS
    for (text, start, end, _norm), options in zip(sent.words, sent.lemmas, strict=True):
        if a <= start < b:
            kinds = next((possessives[w] for w in options if w in possessives), None)
            if kinds is not None:
                yield text, start, end, kinds


def _past_recipients(sent: Sentence, pos: int) -> int:
    """ "Як повідомили Суспільному в розвідці": whom they told (a name in the dative right after
    the verb) is no speaker; the speaker comes after it."""
    ordered = sorted((a for a in sent.actors if a.start >= pos), key=lambda a: a.start)
    for i, actor in enumerate(ordered):
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        if WORD.search(sent.text, pos, actor.start):
            break
        if not (_is_recipient(sent, actor) or (_medium(actor) and _at_institution(sent, actor, after))):
            break
        pos = actor.end
    return pos


def _medium(actor: Actor) -> bool:
    return actor.media or actor.kind == "media"


def _at_institution(sent: Sentence, actor: Actor, after: Actor | None) -> bool:
    """ "сообщили Би-би-си в ГУР": a medium (its name may not decline) and, right after it, the
    body where it was told."""
    if after is None or not sent.lang.cyrillic:
        return False
    between = WORD.findall(sent.text[actor.end : after.start])
    institution = concept(sent.lang.code, "places").INSTITUTION_PREPOSITIONS
    return len(between) == 1 and between[0].casefold() in institution


def _channels(sent: Sentence, speakers: list[Speaker]) -> list[Speaker]:
    """ "X's Telegram channel said" (the channel's post is X's); "a news report that ..." """
    out = []
    speaking = {id(sp.actor) for sp in speakers}
    speech = sent.lang.speech
    for actor in sent.actors:
        possessive = sent.text[actor.end : actor.end + 2] in ("'s", "’s")
        if id(actor) in speaking or not (possessive or (actor.media and actor.key is None)):
            continue  # most actors: neither "X's ..." nor an unnamed medium
        rest = WORD.findall(sent.text[actor.end : actor.end + 40])
        rest = [w.casefold() for w in rest]
        if possessive and speech.CHANNEL_NOUNS & set(rest[1:4]):
            out.append(Speaker(actor, actor.end, actor.end, "channel", SAY))
        elif actor.media and actor.key is None and rest[:1] and rest[0] in speech.REPORT_THAT:
            out.append(Speaker(actor, actor.end, actor.end + 5, "report", SAY))
    return out


def _colon(sent: Sentence) -> list[Speaker]:
    """ "Zelensky: ..." - a short name before a colon opening the sentence."""
    m = _COLON.match(sent.text) if ":" in sent.text[:62] else None
    if m is None or len(m.group(1).split()) > 4:
        return []
    for actor in sent.actors:
        if actor.end <= m.end(1):
            return [Speaker(actor, m.end(1), m.end(1) + 1, "colon", SAY)]
    return []


def _citing(sent: Sentence, speakers: list[Speaker]) -> list[Speaker]:
    """ "X, citing Y, said": a medium or a go-between passes Y's claim on; anyone else makes it
    their own and keeps Y as the cited source."""
    out: list[Speaker] = []
    for a, b in _phrase_spans(sent, sent.lang.citing):
        after = _FIRST_WORD.match(sent.text, b)
        if after is not None and after.group(1).casefold() in sent.lang.speech.AGENT_MARKERS:
            continue  # "a statement quoted by AFP": the agency passes the words on, it is not cited
        cited = _next_actor(sent, b, 40)
        if cited is None or not cited.name:  # nobody, or a description no earlier body answers
            cited = _unknown_after(sent.text, b, sent.memory) or _described_unknown(sent, b)
        if cited is None or not cited.name:
            continue
        _adopt(sent, cited)
        group = _group_after(cited, sent.actors, sent.text)
        relayers = [sp for sp in speakers if sp.actor not in group and sp.actor.name]  # named
        before = [sp for sp in relayers if min(sp.actor.start, sp.cue_start) < a]
        if before:  # the citing phrase belongs to the nearest speaker before it
            relayers = [max(before, key=lambda sp: max(sp.cue_end, sp.actor.end))]
        if not relayers:
            out.extend(Speaker(actor, a, b, "citing", SAY) for actor in group)
            continue
        sp = relayers[0]
        if _passes_on(sp.actor, group):
            sp.relay = True
            if sp.actor.go_between and len(group) == 1:
                sent.memory.relayed[sp.actor.name] = cited
            out.extend(Speaker(actor, sp.cue_start, sp.cue_end, "citing", sp.verb_class) for actor in group)
        else:
            sp.cited = cited
    return out


_DESCRIBED = re.compile(r"\s*(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,4}(?=[A-Z])")


def _described_unknown(sent: Sentence, pos: int) -> Actor | None:
    """ "citing the defense news publisher Global Defense Corp.": a name the registry does not know,
    after the words that describe it."""
    m = _DESCRIBED.match(sent.text, pos)
    return _unknown_after(sent.text, m.end(), sent.memory) if m is not None else None


def _briefed(sent: Sentence, speakers: list[Speaker]) -> list[Speaker]:
    """ "lawmakers briefed by the spy agency said", "сообщили депутаты после брифинга, который провела
    разведка": unnamed go-betweens pass on what the named body that briefed them said (here and
    wherever the report has them speak again)."""
    words = sent.lang.speech.BRIEFING_WORDS
    if words.isdisjoint(vocabulary(sent.lemmas)):  # one set operation: most sentences
        return []
    bodies = [a for a in sent.actors if a.key is not None and a.kind in _BRIEFING_KINDS and not a.anaphor]
    if not bodies:
        return []
    for actor in sent.actors:
        if actor.go_between and actor.key is None:
            sent.memory.relayed[actor.name] = bodies[0]
    speaking = {id(sp.actor) for sp in speakers}
    out: list[Speaker] = []
    for sp in speakers:
        if not sp.relay and id(bodies[0]) not in speaking and _passes_on(sp.actor, bodies[:1]):
            sp.relay = True
            out.append(Speaker(bodies[0], sp.cue_start, sp.cue_end, "citing", sp.verb_class))
    return out


def _unnamed(actor: Actor) -> bool:
    """An unnamed group ("US officials (unnamed)", "sources in American intelligence")."""
    return actor.kind == "anonymous" or actor.name.endswith("(unnamed)")


def _passes_on(speaker: Actor, cited: list[Actor]) -> bool:
    """Does this speaker only carry the cited source's words? A medium or an unnamed go-between
    does ("lawmakers, citing the spy agency"); a medium's own faceless "source" is no source an
    analyst can follow, so the medium keeps such a claim."""
    anonymous = all(a.key is None and a.name.startswith(_FACELESS) for a in cited)
    if speaker.media or speaker.kind == "media":
        return not anonymous
    go_between = speaker.key is None and (speaker.go_between or speaker.kind == "other")
    return go_between and any(a.key is not None for a in cited)


def _still_relaying(sent: Sentence, speakers: list[Speaker]) -> None:
    """Go-betweens said earlier in the report to relay a body ("lawmakers, citing the NIS") still
    relay it when they speak again without naming it ("По словам депутата, ...")."""
    named = {_identity(sp.actor) for sp in speakers if sp.actor.key is not None}
    for sp in speakers:
        body = sent.memory.relayed.get(sp.actor.name) if sp.actor.go_between else None
        if body is not None and not sp.relay and _identity(body) not in named:
            sp.actor = Actor(sp.actor.start, sp.actor.end, body.key, body.name, body.kind, body.media)


def _mark_relays(sent: Sentence, speakers: list[Speaker]) -> None:
    """A medium or a person passing on another speaker's words is not the source:
    "According to TASS, Putin said ...", "Lee told reporters the NIS said ..."."""
    relaying = [sp for sp in speakers if sp.how in ("inverted", "according") and _as_reported(sent, sp)]
    according = {_identity(sp.actor) for sp in speakers if sp.how == "according" and not sp.relay}
    according -= {_identity(sp.actor) for sp in relaying}
    for sp in relaying if according else ():
        sp.relay = True  # "Як інформує X, про це йдеться в дописі Y": X passes Y's words on
    own = [
        sp
        for sp in speakers
        if not sp.relay and sp.how in ("verb", "inverted", "passive", "citing", "participle")
    ]
    voices = [o for o in own if not o.actor.anaphor and not o.actor.media]
    for sp in speakers:
        if sp.relay:
            continue
        others = [o for o in voices if _identity(o.actor) != _identity(sp.actor)]
        if not others:
            continue
        if sp.actor.media and sp.verb_class == DECLINE and sp.how == "verb":
            continue  # "...; Reuters could not verify it": the outlet's own note, no relay
        if sp.actor.media or sp.how == "according":
            sp.relay = True
        elif sp.how == "verb" and sp.verb_class == SAY:
            sp.relay = _tells_of_another(sent, sp, others)


def _as_reported(sent: Sentence, sp: Speaker) -> bool:
    """ "Як інформує Цензор.НЕТ, про це йдеться в дописі Пентагону": "as X reports" passes on the
    words of the voice the sentence names; it is no voice that makes an "according to" a relay."""
    markers = sent.lang.speech.AS_MARKERS
    before = [w for w in sent.words if w[1] <= sp.cue_start]
    return bool(before) and (before[-1][3] in markers or len(before) > 1 and before[-2][3] in markers)


_TAIL_WORDS = 7  # words after a closing attribution's verb: "..., Blinken said on Thursday."


def _mark_framed(sent: Sentence, speakers: list[Speaker]) -> None:
    """ "The United States expects the troops to fight, Blinken said": a sentence closed by an
    attribution is all that speaker's words; a verb inside it ("expects") is what they said."""
    s = sent.text
    for tail in speakers:
        head = min(tail.actor.start, tail.cue_start)
        if tail.relay or tail.how not in ("verb", "inverted") or not _closes(sent, head):
            continue
        rest = s[tail.cue_end :]
        if len(WORD.findall(rest)) > _TAIL_WORDS or '"' in rest or "“" in rest:
            continue
        for sp in speakers:
            if (
                sp.how == "verb"
                and sp.verb_class == SAY
                and sp.cue_end <= head
                and _identity(sp.actor) != _identity(tail.actor)
            ):
                sp.relay = True


def _closes(sent: Sentence, head: int) -> bool:
    """Does an attribution start here after a comma or a quote, its speaker's title at most between
    ("..., Secretary of State Antony Blinken said", "..., State Department spokesman X said")?"""
    s, roles = sent.text, sent.lang.person_roles
    mark = max(s.rfind(m, 0, head) for m in _INVERSION_MARKS)
    title = WORD.findall(s[mark + 1 : head]) if mark > 0 else ["-"]
    return len(title) <= 5 and all(
        w[0].isupper() or w in _TITLE_JOINERS or sent.lang.lemma(w) in roles for w in title
    )


_TITLE_JOINERS = frozenset({"of", "for", "the"})


def _tells_of_another(sent: Sentence, sp: Speaker, others: list[Speaker]) -> bool:
    participles = sent.lang.speech.PARTICIPLES
    inner = [
        o
        for o in others
        if o.actor.start > sp.cue_end
        and o.how == "verb"
        and o.verb_class == SAY
        and len(WORD.findall(sent.text[sp.cue_end : o.actor.start])) <= 4
    ]
    if not inner or any(qa < inner[0].actor.start < qb for qa, qb in quote_spans(sent.text)):
        return False
    gap = [w.casefold() for w in WORD.findall(sent.text[sp.cue_end : inner[0].actor.start])]
    if _quoted_before(sent, sp) and not participles.isdisjoint(gap):
        inner[0].relay = True  # '"...," Kirby said, stressing that Washington thinks ...': his words
        return False
    return True


def _quoted_before(sent: Sentence, sp: Speaker) -> bool:
    """Does the speaker close a quotation of its own ('"...," Kirby said')?"""
    head = min(sp.actor.start, sp.cue_start)
    return any(qb <= head and not sent.text[qb:head].strip(" ,") for _qa, qb in quote_spans(sent.text))


def _cited_objects(sent: Sentence) -> set[int]:
    """Whoever is cited ("X, citing the military, reported") is not the subject of the verb after it."""
    out = set()
    for _a, b in _phrase_spans(sent, sent.lang.citing):
        nxt = _next_actor(sent, b, 40)
        if nxt is not None:
            out.add(id(nxt))
    return out


def find_speakers(
    s: str,
    actors: list[Actor],
    memory: ReportMemory,
    words: list[Word],
    lang: Language,
    lemmas: Lemmas | None = None,
) -> list[Speaker]:
    """Speakers of one sentence (its `words` as text, start, end, folded). Skipped where
    `speakers.may_name_a_speaker` says none of its ways can fire: a new way must keep that true."""
    if lemmas is None:
        lemmas = Lemmas(lang.lemma_set(w[0]) for w in words)
    sent = Sentence(s, actors, memory, words, lang, lemmas)
    speakers: list[Speaker] = []
    taken = _cited_objects(sent)
    cues = find_cues(sent)
    for cue in cues:
        speakers.extend(_link(sent, cue, speakers, taken))
    speakers.extend(_according(sent, speakers))
    speakers.extend(_stated_by(sent, speakers))
    speakers.extend(_channels(sent, speakers))
    if not speakers:
        speakers.extend(_colon(sent))
    speakers.extend(_citing(sent, speakers))
    speakers.extend(_briefed(sent, speakers))
    if not speakers:  # "Putin paid tribute ..., confirming reports that": the subject, last of all
        participles = (c for c in cues if c.form == "participle")
        speakers.extend(
            next((found for c in participles if (found := _subject_of_participle(sent, c, taken))), [])
        )
    _still_relaying(sent, speakers)
    _mark_relays(sent, speakers)
    _mark_framed(sent, speakers)
    _remember_media_sources(sent, speakers)
    return [sp for sp in speakers if not sp.relay]


def _remember_media_sources(sent: Sentence, speakers: list[Speaker]) -> None:
    """A medium passing on one unnamed group ("WP, citing sources in US intelligence"): its "sources"
    later in the report ("собеседники газеты") are that group."""
    voices = {_identity(sp.actor): sp.actor for sp in speakers if not sp.relay}
    if len(voices) != 1 or not _unnamed(voice := next(iter(voices.values()))):
        return
    media = {sp.actor.name for sp in speakers if sp.relay and _medium(sp.actor)}
    if not media and all(sp.how == "citing" for sp in speakers):
        media = {a.name for a in sent.actors if _medium(a) and not a.anaphor}  # "X, citing Y, said"
    if len(media) == 1:
        sent.memory.media_sources[media.pop()] = voice
