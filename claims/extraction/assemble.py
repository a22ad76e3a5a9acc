"""Stages `content` and `assemble`: what a sentence's speakers say, as claim drafts.

`find_content` reads times, figures and places and drops sentences that state nothing (only who
spoke, a bare condition, the author's chatter). `decide_stances` gives each speaker the stance of
its own clause. `assemble_claims` keeps one claim per source, adds the source a confirmation or
denial refers to, and gives each claim the places, figures and time of its own clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from functools import cache, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from . import attribution as attr
from . import scene
from .dates import TimeSpan, resolve_relative
from .figures import find_figures
from .language import Language, Lemmas, word_matcher
from .lexicon import LANGUAGES, concept
from .sentences import Sentence
from .stance import ASSERTS, CONFIRMS, DENIES, DOES_NOT_DENY, is_silence_lemmas, stance_of_lemmas
from .statement import statement_of
from .tokens import WORD
from .types import ClaimDraft, FigureDraft, PlaceMention
from .unplaced import unplaced_names

if TYPE_CHECKING:
    from .index import PlaceHit
    from .pipeline import ReportState, SentenceState

_MARKED = (attr.CONFIRM, attr.DENY, attr.DECLINE)
_DATELINE = re.compile(r"(?:,[^-—–.]{0,30})?\s*(?:\([^)]{1,20}\))?\s*[-—–]\s")
_POSSESSIVE_START = re.compile(r"^(?:'s|’s)\b")
_TRAILING_WORDS = 3  # words after a speaker that trails what was said: "told Reuters", "said on Tuesday"
_ONLY_COMMA_OR_THE = re.compile(r"[\s,]*(?:the\s+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–]")  # what follows "X said" after one of these is a clause of its own
_SAID_WHEN_BREAK = re.compile(r"\bthat\b|[\"“«:;]|\b(?:when|after|before|since)\b")
_FOR_OR_ON = re.compile(r"\s+(?:for|on|upon)\b", re.IGNORECASE)
_DESCRIBED_AS = re.compile(r"[^.;]{0,80}?(?:\bas\b|[\"“«]|\b(?:a|an)\s)", re.IGNORECASE)


def _grammar(lang: Language) -> ModuleType:
    return concept(lang.code, "grammar")


def _matches_any(word: str, entries: frozenset[str]) -> bool:
    return word_matcher(entries)(word)


def has_event(state: SentenceState) -> bool:
    if state.names_event is None:
        test = _event_word_test(state)
        state.names_event = any(test(w) for w in state.words)
    return state.names_event


def _event_word_test(state: SentenceState) -> Callable[[attr.Word], bool]:
    """Is a word of the sentence one of its language's event words (as written or by lemma)?"""
    events = _grammar(state.lang).EVENT_WORDS
    matches, lemma = word_matcher(events), state.lang.lemma
    return lambda w: matches(w[3]) or lemma(w[0]) in events


def has_opinion(state: SentenceState) -> bool:
    grammar = _grammar(state.lang)
    test, legal = _opinion_test(state), grammar.LEGAL_NOUNS
    words = state.words
    if any(test(w) and not (i + 1 < len(words) and words[i + 1][3] in legal) for i, w in enumerate(words)):
        return True  # not "a criminal case": a legal term
    if _about_ties(state) or _about_status(state):
        return True
    low = state.text.casefold()
    return any(p in low for p in grammar.EVALUATION_PHRASES)


def _opinion_test(state: SentenceState) -> Callable[[attr.Word], bool]:
    """`_opinion_word` for the words of one sentence, its word list looked up once."""
    words = _grammar(state.lang).EVALUATION_WORDS
    matches, lemma_set = word_matcher(words), state.lang.lemma_set
    if not state.lang.cyrillic:
        return lambda word: matches(word[3])
    return lambda word: matches(word[3]) or not lemma_set(word[0]).isdisjoint(words)


def _opinion_word(state: SentenceState, word: tuple[str, int, int, str]) -> bool:
    """An evaluation word as written or (Russian, Ukrainian: "незаконным", "підлим") by its lemma."""
    return _opinion_test(state)(word)


def _about_ties(state: SentenceState) -> bool:
    """ "We are developing our relations in all areas": the ties between states in general, with
    no people or things counted in them (troops sent under the pact are no such statement)."""
    relations: frozenset[str] = _grammar(state.lang).RELATION_WORDS
    cyrillic = state.lang.cyrillic  # Russian and Ukrainian lists hold lemmas ("договору" is "договор")
    words = state.lemmas.vocab if cyrillic else state.wset
    if words.isdisjoint(relations):
        return False
    # a speaker's name is who speaks, not what is said ("Ukraine and its Western allies accuse ...")
    outside = [i for i, w in enumerate(state.words) if not any(a.start <= w[1] < a.end for a in state.actors)]
    said = {o for i in outside for o in state.lemmas[i]} if cyrillic else {state.words[i][3] for i in outside}
    if said.isdisjoint(relations):
        return False
    return words.isdisjoint(concept(state.lang.code, "numbers").COUNTED_NOUNS)


_JUDGEMENT_REACH = 5  # words after a copula within which its judgement stands


def _about_status(state: SentenceState) -> bool:
    """ "Crimea is Ukrainian territory", "Крым является неотъемлемой частью Украины": a place, a copula
    right after it, then a status word: what the place is, not what happens there (an opinion)."""
    status: frozenset[str] = _grammar(state.lang).STATUS_WORDS
    if not status or state.lemmas.vocab.isdisjoint(status):
        return False
    return any(state.lemmas[j] & status for _, judgement in _judged_places(state) for j in judgement)


def _judged_places(state: SentenceState) -> list[tuple[int, range]]:
    """The places a copula right after them judges ("the suffering in El Fasher was unbearable",
    "Crimea is Ukrainian territory"), each with the words of its judgement."""
    out = []
    for at, place in state.places:
        end = at + len(place.text)
        k = next((i for i, w in enumerate(state.words) if w[1] >= end), len(state.words))
        if k < len(state.words) and state.text[end : state.words[k][1]].strip(" —-–"):
            continue  # "in the Kursk region … This is an escalation": another sentence's subject
        judgement = _judgement_after(state, k)
        if judgement is not None:
            out.append((at, judgement))
    return out


def _judgement_after(state: SentenceState, k: int) -> range | None:
    """A copula at word k with an opinion or a status word a few words after it ("was a clear act
    of aggression", "is an integral part of"): the words of that judgement."""
    grammar = _grammar(state.lang)
    if k >= len(state.words) or not state.lemmas[k] & grammar.STATUS_LINKS:
        return None
    reach = range(k + 1, min(k + 1 + _JUDGEMENT_REACH, len(state.words)))
    status: frozenset[str] = grammar.STATUS_WORDS
    if any(state.lemmas[j] & status or _opinion_word(state, state.words[j]) for j in reach):
        return reach
    return None


def is_bare_condition(state: SentenceState) -> bool:
    """ "If X, they would Y": a condition states nothing (unless it carries a figure)."""
    grammar = _grammar(state.lang)
    if not (state.wset & grammar.CONDITION_MODALS):
        return False
    if not (
        state.wset & grammar.CONDITION_MARKERS
        or _acting_would(state)
        or _whatever_would(state)
        or _inverted_condition(state)
    ):
        return False
    return not state.lang.cannot_confirm.search(state.lemmas)  # "would, if true, be lawful": a dodge


_HYPOTHESIS_REACH = 8  # words from "any" to its modal
_CLAUSE_OPENING = frozenset(',;:"“«(')


def _inverted_condition(state: SentenceState) -> bool:
    """ "Should these troops engage in combat, they would become targets", "Had Moscow known, ...":
    an auxiliary opening a clause (the sentence's start, after a comma or an opening quote), its
    subject next - a condition without "if"."""
    grammar = _grammar(state.lang)
    openers: frozenset[str] = grammar.INVERTED_CONDITION_OPENERS
    if not state.wset & openers:
        return False
    words, text = state.words, state.text
    for i, (_w, start, _end, folded) in enumerate(words[:-1]):
        if folded not in openers:
            continue
        before = text[words[i - 1][2] : start] if i else text[:start]
        opens = i == 0 or any(ch in _CLAUSE_OPENING for ch in before)
        subject = words[i + 1][3]
        if opens and (subject in grammar.INVERTED_SUBJECTS or words[i + 1][0][:1].isupper()):
            return True
    return False


def _whatever_would(state: SentenceState) -> bool:
    """ "said any attack on El Fasher would be catastrophic", "would respond to any provocation":
    whatever may come, with a modal - a condition without "if"."""
    grammar = _grammar(state.lang)
    determiners: frozenset[str] = grammar.HYPOTHETICAL_DETERMINERS
    words = state.words
    for i, options in enumerate(state.lemmas[:-1]):
        if not options & determiners or words[i + 1][3] in grammar.NOT_HYPOTHETICAL_AFTER:
            continue
        near = words[max(0, i - _HYPOTHESIS_REACH) : i + _HYPOTHESIS_REACH]
        if any(w[3] in grammar.CONDITION_MODALS for w in near):
            return True
    return False


def _acting_would(state: SentenceState) -> bool:
    """ "warned that giving missiles to Russia would be an escalation": an act named by its
    gerund right after "that", then a modal: what the act would be, a condition without "if"."""
    grammar = _grammar(state.lang)
    gerund: str = grammar.GERUND_ENDING
    if not gerund:
        return False
    words = [w[3] for w in state.words]
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1]
        if word in grammar.COMPLEMENTIZERS and nxt.endswith(gerund) and nxt not in grammar.NOT_GERUNDS:
            return any(w in grammar.CONDITION_MODALS for w in words[i + 2 : i + 12])
    return False


def has_content(state: SentenceState) -> bool:
    """Is there anything said beyond who said it? ("Об этом сообщает ТАСС." has nothing.)"""
    spans = [(sp.actor.start, sp.actor.end) for sp in state.speakers]
    spans += [(sp.cue_start, sp.cue_end) for sp in state.speakers]
    stop = _grammar(state.lang).STOP_WORDS
    words = 0
    for _w, a, _b, lw in state.words:
        if any(x <= a < y for x, y in spans) or lw in stop:
            continue
        words += 1
        if words >= 2:
            return True
    return False


def _indirect_question(state: SentenceState) -> bool:
    """ "Чому солдати КНДР залишили позиції, поки не з'ясовано": what the sentence opens on is a
    question that someone explains or leaves open, not a claim."""
    words: frozenset[str] = _grammar(state.lang).QUESTION_WORDS
    return bool(state.words) and state.words[0][3] in words


def _about_measures(state: SentenceState) -> bool:
    """ "The new sanctions will include the airline", "Sanctions alone are not enough": a sentence
    that opens on the measures taken in response is about the response, not the events."""
    measures: frozenset[str] = _grammar(state.lang).MEASURE_WORDS
    if not measures:
        return False
    opening = [w for w in state.words[:5] if w[3] not in _grammar(state.lang).STOP_WORDS][:3]
    return any(w[3] in measures or state.lang.lemma(w[0]) in measures for w in opening)


def _only_decides(state: SentenceState) -> bool:
    """ "announced it was suspending talks with the RSF", "declared a state of emergency in Sittwe":
    a decision of the speaker's, and nothing happening in the war beside it."""
    grammar = _grammar(state.lang)
    decisions: frozenset[str] = grammar.DECISION_WORDS
    low = state.text.casefold()
    decided = any(p in low for p in grammar.DECISION_PHRASES)
    if not decided and not any(w[3] in decisions or state.lang.lemma(w[0]) in decisions for w in state.words):
        return False
    return not has_event(state)


def find_content(state: SentenceState, report: ReportState) -> bool:
    s = state.text
    state.times = _times(state, report)
    excluded = [(t.char_start, t.char_end) for t in state.times]
    state.figures = find_figures(s, excluded, state.wset, state.lang.code)
    state.places = read_places(state)
    state.unplaced = unplaced_names(state)
    if state.carried and not state.figures:
        return False
    marked = any(sp.verb_class in _MARKED for sp in state.speakers)
    if not marked and not state.figures and not has_content(state) and not _short_answer(state):
        return False
    if not state.figures and is_bare_condition(state):
        return False
    if _indirect_question(state) or _about_measures(state):
        return False
    if not state.figures and _only_decides(state):
        return False
    if state.authored and not (
        state.figures or state.places or report.topics(state.index) or has_event(state)
    ):
        return False  # the author's own words, but no claim in them
    state.event = _event_time(state)
    return True


def _short_answer(state: SentenceState) -> bool:
    """ "«Это ложь», — сказал Песков", '"This is fake," he said': a denial or a non-answer says
    enough in two words."""
    return bool(state.speakers) and stance_of_lemmas(state.lemmas, state.lang) != ASSERTS


def _times(state: SentenceState, report: ReportState) -> list[TimeSpan]:
    return report.times(state.index, state.lang)


def _event_time(state: SentenceState) -> TimeSpan | None:
    if not state.times:
        return None
    said_at = {t.char_start for t in state.times for sp in state.speakers if _attached(state, t, sp)}
    times = resolve_relative(state.times, said_at)
    anchored = any(t.precision == "day" and not t.relative_to_other for t in times)
    events = [
        t
        for t in times
        if t.char_start not in said_at and not t.dateline
        and not scene.other_event_day(state.text, t, state.lang)
        and (anchored or not _later(t))  # "a day later" with no day of its own: counted from the scene
    ]  # fmt: skip
    if not events and said_at and scene.ongoing(state.text, state.lang):
        # "Hezbollah said on Thursday its fighters were battling troops": the day it was said
        events = [t for t in times if t.char_start in said_at and t.precision == "day" and not t.dateline]
    return events[0] if events else None


def _attached(state: SentenceState, t: TimeSpan, sp: attr.Speaker) -> bool:
    """Is this time when the speaker spoke ("said on Monday", "On Monday, X said")?"""
    s = state.text
    if sp.how in ("continuation", "cited", "colon", "channel", "author", "meta", "participle"):
        return False  # ", adding that ...": its lead's verb says when (not the time before the lead)
    if t.text.endswith(("'s", "’s")):
        return False  # "described today's attack": the day of what is named, not of the speech
    cue_a, cue_b = sp.cue_start, sp.cue_end
    actor_a = min(sp.actor.start, cue_a)
    if t.char_start >= cue_b:
        # "was confirmed by the NIS on Friday": the speaker's name stands between verb and time
        after = sp.actor.end if cue_b <= sp.actor.start < t.char_start else cue_b
        between = s[after : t.char_start]
        if len(WORD.findall(between)) > 5 or _mentions_event(between, state.lang):
            return False
        if sp.how == "according" and "," in between:
            return False  # "According to X, the planes left on 19 August": the claim's own day
        if _opens_clause(between, state.lang):
            return False  # "заявил, что в пятницу ...": the day inside the reported clause
        return len(between) <= 45 and not _SAID_WHEN_BREAK.search(between)
    if t.char_end <= actor_a:
        # "On Monday, the ministry said that ...", "Speaking in Seoul on Tuesday, the NIS said ...":
        # the time opens the speaker's words; not "Missiles struck Kharkiv on Monday, the governor
        # said.", where the speaker trails what was said and the time is part of it
        # "..., the governor said (on Tuesday).", "..., according to X.", "..., X said, adding that ..."
        adding = [o.cue_start for o in state.speakers if o.how == "participle" and o.lead is sp]
        rest = s[max(cue_b, sp.actor.end) : min(adding, default=len(s))]
        if len(WORD.findall(s[: t.char_start])) > 1:  # "Rockets hit Haifa on Monday, X said, a day after ..."
            rest = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
        trailing = sp.how == "according" or len(WORD.findall(rest)) <= _TRAILING_WORDS
        return not trailing and _ONLY_COMMA_OR_THE.fullmatch(s[t.char_end : actor_a]) is not None
    return actor_a <= t.char_start and t.char_end <= cue_b + 1


def _opens_clause(text: str, lang: Language) -> bool:
    """Does a complementizer ("that", "что", "що") stand here: what follows is what was said."""
    words = _grammar(lang).COMPLEMENTIZERS
    return any(w.casefold() in words for w in WORD.findall(text))


def _mentions_event(text: str, lang: Language) -> bool:
    events = _grammar(lang).EVENT_WORDS
    return any(_matches_any(w.casefold(), events) or lang.lemma(w) in events for w in WORD.findall(text))


def read_places(state: SentenceState) -> list[tuple[int, PlaceMention]]:
    """The places a claim is about: not the speaker's name, not where the speaker spoke, and a
    capital or country that also names a government only where something is put there."""
    s = state.text
    speaking = [(sp.actor.start, sp.actor.end) for sp in state.speakers]
    out: list[tuple[int, PlaceMention]] = []
    seen: set[str] = set()
    based = concept(state.lang.code, "places").ACTOR_BASE_SUFFIXES  # "a Kyiv-based monitor"
    for a, b, hit in state.place_hits:
        if any(x <= a < y for x, y in speaking) or hit.entry.key in seen:
            continue
        if hit.needs_locative and not _put_there(state, hit, a, b):
            continue
        if _speech_place(state, a, b) or s.startswith(based, b) or _names_a_vessel(state, a):
            continue
        seen.add(hit.entry.key)
        out.append((a, PlaceMention(key=hit.entry.key, text=s[a:b])))
    named = _country_named_again(state, seen)
    return sorted([*out, named], key=lambda x: x[0]) if named else out


def _country_named_again(state: SentenceState, seen: set[str]) -> tuple[int, PlaceMention] | None:
    """ "Lebanon's health ministry said pagers blew up in the country": the country a phrase of
    the lexicon's COUNTRY_ANAPHORS stands for after a preposition of place, the last one the
    sentence named before it (the speaker's own, a possessive, a subject: any mention)."""
    s = state.text
    places = concept(state.lang.code, "places")
    folded = s.casefold()
    for phrase in places.COUNTRY_ANAPHORS:
        at = folded.find(phrase)
        while at >= 0:
            word_start = at == 0 or not folded[at - 1].isalnum()
            if word_start and _after_locative(state, at):
                countries = sorted(
                    [(b, a, h.entry) for a, b, h in state.place_hits if b <= at and h.entry.kind == "country"]
                    + [(b, a, e) for a, b, e in state.source_countries if b <= at]
                )
                if countries and countries[-1][2].key not in seen:
                    b, a, entry = countries[-1]
                    return at, PlaceMention(key=entry.key, text=s[at : at + len(phrase)])
            at = folded.find(phrase, at + 1)
    return None


def _after_locative(state: SentenceState, a: int) -> bool:
    """ "in Kyiv", "to the territory of Russia", "in southern Lebanon", "в Киеве", "на півдні
    Лівану": a preposition of place before the name, with at most four words naming a part of it
    between them (the lexicon's PLACE_PART_WORDS)."""
    places = concept(state.lang.code, "places")
    before = [w.casefold() for w in WORD.findall(state.text[max(0, a - 80) : a])]
    if " ".join(before[-2:]) in places.BORDER_PHRASES:
        before = before[:-2]  # "near the border with Lebanon"
    parts = 0
    while parts < 4 and before and _part_word(state, before[-1]):
        before.pop()
        parts += 1
    if parts >= 2 and before and before[-1] not in places.LOCATIVE_PREPOSITIONS:
        before = before[:-2]  # "in Houthi-controlled areas of Yemen", "in rebel-held parts of Syria"
    return bool(before) and before[-1] in places.LOCATIVE_PREPOSITIONS


def _put_there(state: SentenceState, hit: PlaceHit, a: int, b: int) -> bool:
    """A capital or country that also names a government is a place where something is put there."""
    if _country_in_transfer(state, hit, a, b):
        return True
    return not _possessive_of_whole(state, b) and _after_locative(state, a)


def _country_in_transfer(state: SentenceState, hit: PlaceHit, a: int, b: int) -> bool:
    """ "accused Iran of providing Russia with missiles", "Russia has received drones", "Iran's
    export of missiles": a country just before or after a word of handing over (the lexicon's
    TRANSFER_WORDS, with TRANSFER_GAP words between) is where something comes from or goes to;
    "attacked Israel": a country right after a verb of attack (TARGET_WORDS) is where it happens."""
    if hit.entry.kind != "country":
        return False
    places = concept(state.lang.code, "places")
    s = state.text
    after = [w.casefold() for w in WORD.findall(s[b : b + 50])][:4]
    before = [w.casefold() for w in WORD.findall(s[max(0, a - 50) : a])][-4:][::-1]
    for words in (after, before):
        for w in words:
            if w in places.TRANSFER_WORDS or state.lang.lemma(w) in places.TRANSFER_WORDS:
                return True
            if w not in places.TRANSFER_GAP:
                break
    return _attacked(state, before[:1]) or _attacked_passive(state, after)


def _attacked(state: SentenceState, words: list[str]) -> bool:
    targets = concept(state.lang.code, "places").TARGET_WORDS
    return bool(words) and (words[0] in targets or state.lang.lemma(words[0]) in targets)


def _attacked_passive(state: SentenceState, after: list[str]) -> bool:
    """ "Lebanon had been struck": a passive auxiliary, then a verb of attack, after the country."""
    places = concept(state.lang.code, "places")
    for k, w in enumerate(after):
        if w in places.PASSIVE_AUXILIARIES:
            return _attacked(state, after[k + 1 :])
        if w not in places.TRANSFER_GAP:
            return False
    return False


def _part_word(state: SentenceState, word: str) -> bool:
    parts = concept(state.lang.code, "places").PLACE_PART_WORDS
    return word in parts or state.lang.lemma(word) in parts


def _possessive_of_whole(state: SentenceState, b: int) -> bool:
    """ "Lebanon's health ministry": a possessive names who owns something, not a place; "in Mali's
    north" (a part word after it) names a part of the place."""
    m = _POSSESSIVE_START.match(state.text[b:])
    if not m:
        return False
    after = WORD.findall(state.text[b + m.end() : b + m.end() + 30])
    return not (after and _part_word(state, after[0].casefold()) and after[0].casefold() not in ("the", "of"))


def _names_a_vessel(state: SentenceState, a: int) -> bool:
    """ "the landing ship Novocherkassk", "крейсер «Москва»": a name right after a noun of ships (a
    quotation mark between at most) is the ship's, not its town's."""
    before = list(WORD.finditer(state.text, max(0, a - 30), a))
    if not before or state.text[before[-1].end() : a].strip(" «\"“'"):
        return False  # no word, or something else, right before the name
    vessels: frozenset[str] = concept(state.lang.code, "places").VESSEL_NOUNS
    word = before[-1].group()
    return word.casefold() in vessels or state.lang.lemma(word) in vessels


def _speech_place(state: SentenceState, a: int, b: int) -> bool:
    """Where the speaker spoke: "Speaking in Kyiv, ...", "said in Seoul", a dateline "BRUSSELS -"."""
    s = state.text
    if not s[:a].strip() and _DATELINE.match(s, b):
        return True
    places = concept(state.lang.code, "places")
    before = " ".join(WORD.findall(s[max(0, a - 50) : a].casefold()))
    before = before[:-4] if before.endswith(" the") else before
    if before.endswith(tuple(places.SPEECH_PLACE_CUES)):
        return True
    for sp in state.speakers:
        if sp.cue_end > a or sp.how == "meta":
            continue  # a speaker named in the next sentence has no cue here
        gap = WORD.findall(s[sp.cue_end : a].casefold())
        if gap and len(gap) <= 3 and all(w in places.SAID_IN_GAP for w in gap):
            return True  # "said on Monday in Seoul"
    return False


# ---------------------------------------------------------------------------------------------
# Stances


def decide_stances(state: SentenceState, report: ReportState) -> bool:
    ordered = sorted(state.speakers, key=lambda sp: (sp.cue_start, sp.actor.start))
    state.speakers = ordered
    for sp in ordered:
        sp.clause = _clause(state.text, ordered, sp)
        lemmas = _clause_lemmas(state, sp) if len(ordered) > 1 else state.lemmas
        if len(ordered) == 1 and _stance(sp, lemmas, state.lang) == DOES_NOT_DENY:
            lemmas = _before_another_subject(state, sp)
        silent = sp.verb_class != attr.DECLINE and is_silence_lemmas(lemmas, state.lang)
        silent = silent or _passes_on_unsourced(state, sp)
        evaluation = sp.verb_class == attr.EVALUATE and (not state.figures or _in_relative(state, sp))
        evaluation = evaluation and not _names_what_happened(state, sp)
        if silent or evaluation or _describes_only(state, sp):
            sp.stance = None  # "did not comment"; "condemned the deployment"
        else:
            sp.stance = _stance(sp, lemmas, state.lang)
            caveat = _reporters_caveat(state, sp) if sp.stance == DOES_NOT_DENY else None
            if caveat is not None:
                sp.stance = _stance(sp, Lemmas(lemmas[:caveat]), state.lang)
            if sp.stance == DOES_NOT_DENY and _outlet_note(state, sp):
                _pass_on_note(state, sp)
            if sp.stance == ASSERTS and not state.figures and _pledges(state, sp, lemmas):
                sp.stance = None  # "said it would respond", "said Russia would be held accountable"
    for sp in ordered:
        if sp.how == "participle" and sp.lead is not None and sp.lead.stance is not None:
            sp.lead.stance = _more_marked(sp.lead.stance, sp.stance or ASSERTS)
            sp.stance = None  # "..., adding/saying/confirming ...": part of the lead's claim
    _drop_empty_leads(state, ordered)
    if all(sp.stance is None for sp in ordered):
        # who spoke (or stayed silent: "had neither confirmed nor denied the reports") without a
        # claim: their sentence sets no scene for another speaker's claim
        report.sources_of[state.index] = {attr._identity(sp.actor) for sp in ordered}
        return False
    return True


def _pledges(state: SentenceState, sp: attr.Speaker, lemmas: Lemmas) -> bool:
    """What the speaker means to do or threatens, not what happened: its own pledge or decision
    ("said it would hold Hamas accountable", "announced they would expand the blockade"), or a
    threat ("said Russia would be held accountable", "удар не останется без ответа")."""
    speech = state.lang.speech
    if state.lang.threats.search(lemmas):
        auxiliaries: frozenset[str] = speech.PLEDGE_AUXILIARIES
        if not auxiliaries or not lemmas.vocab.isdisjoint(auxiliaries):
            return True
    cue = next((k for k, w in enumerate(state.words) if w[1] >= sp.cue_end), None)
    if cue is None or sp.cue_start < sp.actor.start:
        return False  # nothing after the verb, or the speaker after it ('"...," the IDF said')
    return _own_pledge(state, cue)


_PLEDGE_GAP = 2  # adverbs between the subject and its auxiliary ("it would also", "we will never")
_PLEDGE_LEAD = 5  # words between the verb and the subject ("said on Sunday that he ...")


def _own_pledge(state: SentenceState, k: int) -> bool:
    """From word k on: ("that") a subject the speaker names itself by, then (an adverb or two) a
    pledge auxiliary ("it would", "they will") or a copula and a word of readiness ("was ready to")."""
    speech, words = state.lang.speech, state.words
    lead = _grammar(state.lang).LEAD_WORDS | _grammar(state.lang).COMPLEMENTIZERS
    for _ in range(_PLEDGE_LEAD):  # "said on Sunday that he was ready to ..."
        if k < len(words) and words[k][3] in lead and words[k][3] not in speech.PLEDGE_SUBJECTS:
            k += 1
    if k >= len(words) or words[k][3] not in speech.PLEDGE_SUBJECTS:
        return False
    for j in range(k + 1, min(k + 2 + _PLEDGE_GAP, len(words))):
        if state.lemmas[j] & speech.PLEDGE_AUXILIARIES:
            return True
        if state.lemmas[j] & speech.COPULAS:
            return j + 1 < len(words) and words[j + 1][3] in speech.READINESS_WORDS
        if not (words[j][3].endswith("ly") or words[j][3] in speech.PASSIVE_ADVERBS | speech.NEGATIONS):
            return False
    return False


def _passes_on_unsourced(state: SentenceState, sp: attr.Speaker) -> bool:
    """ "X told the hearing there were reports that ...": what the speaker's verb brings is reports it
    names no source for - hearsay, like "reportedly", not the speaker's claim."""
    cue = next((k for k, w in enumerate(state.words) if w[1] == sp.cue_start), None)
    if cue is None:
        return False
    found = state.lang.unsourced.find(state.lemmas)
    return any(cue < i <= cue + 4 for i, _j in found)


def _reporters_caveat(state: SentenceState, sp: attr.Speaker) -> int | None:
    """ "Kyiv said they had suffered 4,000 casualties, a figure that cannot be independently
    verified": a relative clause after a comma, after the verb, with a passive of verifying in it, is
    the outlet's note; the index of its first word (the speaker's stance is read before it)."""
    speech = state.lang.speech
    verbs: frozenset[str] = speech.CAVEAT_VERBS
    if not verbs:
        return None
    words, lemmas = state.words, state.lemmas
    for i in range(1, len(words)):
        if words[i][1] <= sp.cue_end or words[i][3] not in speech.CAVEAT_OPENERS:
            continue
        comma = state.text.rfind(",", 0, words[i][1])
        if comma < sp.cue_end or len(WORD.findall(state.text[comma : words[i][1]])) > 3:
            continue
        passive = any(
            lemmas[j] & speech.PASSIVE_AUXILIARIES and _has_within(lemmas, j + 1, 3, verbs)
            for j in range(i + 1, min(i + 6, len(words)))
        )
        if passive:
            return next(k for k, w in enumerate(words) if w[1] > comma)
    return None


def _has_within(lemmas: Lemmas, start: int, reach: int, wanted: frozenset[str]) -> bool:
    return any(lemmas[k] & wanted for k in range(start, min(start + reach, len(lemmas))))


def _outlet_note(state: SentenceState, sp: attr.Speaker) -> bool:
    """ "Reuters could not independently verify the figures", "AFP was unable to confirm it": a news
    outlet checking what it passes on notes its own work; it takes no stance on the event (only an
    outlet's claim in its own name is one), unlike a body that cannot confirm what it is asked about."""
    if not (sp.actor.media or sp.actor.kind == "media"):
        return False
    # from the outlet's own part on ("could not independently | verify" may fall in two parts)
    lang, start = state.lang, min(sp.clause_start, sp.actor.start)
    lemmas = Lemmas(lemma for word, lemma in zip(state.words, state.lemmas, strict=True) if word[1] >= start)
    return bool(lang.cannot_confirm.search(lemmas)) and not lang.decline.search(lemmas)


def _pass_on_note(state: SentenceState, sp: attr.Speaker) -> None:
    """The outlet's note names whose claim it could not check ("could not verify the RSF's claim
    that ..."): that source asserts it; with nobody named, the note is no claim."""
    speaking = {id(o.actor) for o in state.speakers}
    cited = attr.cited_actor(state.text, sp, state.actors, speaking)
    if cited is None or cited.media or cited.kind == "media":
        sp.stance = None
        return
    sp.actor, sp.how, sp.stance = cited, "cited", ASSERTS


def _drop_empty_leads(state: SentenceState, ordered: list[attr.Speaker]) -> None:
    """ "The Pentagon said it saw no sign that ...", "Singh told reporters that she had seen reports
    but had no details": the first verb only leads to the same source's second, which says what it
    says (and how); the lead asserts nothing of its own."""
    lead_words = _grammar(state.lang).LEAD_WORDS
    for lead, inner in zip(ordered, ordered[1:], strict=False):
        if lead.stance != ASSERTS or inner.stance in (None, ASSERTS) or inner.how != "verb":
            continue
        if attr._identity(lead.actor) != attr._identity(inner.actor) or inner.actor.start < lead.cue_end:
            continue
        gap = WORD.findall(state.text[lead.cue_end : inner.actor.start])
        if all(w.casefold() in lead_words for w in gap):
            lead.stance = None


def _in_relative(state: SentenceState, sp: attr.Speaker) -> bool:
    """ "The bombardment, which Zelensky condemned as vile, saw 100 missiles": a judgement in a
    relative clause; the figures are the main clause's, told by nobody."""
    before = [w for w in state.words if w[2] <= sp.actor.start][-3:]
    relatives = concept(state.lang.code, "numbers").RELATIVES
    return any(w[3] in relatives for w in before)


def _names_what_happened(state: SentenceState, sp: attr.Speaker) -> bool:
    """ "condemned what they described as the export of missiles": the judgement's object is what
    the speaker says happened, which is a claim of its own."""
    openers: frozenset[str] = _grammar(state.lang).DESCRIBED_OBJECT_OPENERS
    after = [w for w in state.words if w[1] >= sp.cue_end][:5]
    if not openers or not after or after[0][3] not in openers:
        return False
    describing = state.lang.speech.DESCRIBING_VERBS
    return any(state.lang.lemma(w[0]) in describing for w in after[1:])


def _describes_only(state: SentenceState, sp: attr.Speaker) -> bool:
    """ "Nina described the moment of impact to Suspilne", "X described the attack in more detail":
    a describing verb with neither "as ..." nor a quotation or "that" clause after it tells that
    something was described, not what."""
    verbs: frozenset[str] = _grammar(state.lang).DESCRIBED_AS_VERBS
    if sp.verb_class != attr.SAY or sp.how != "verb" or not verbs:
        return False
    at = next((i for i, w in enumerate(state.words) if w[1] == sp.cue_start), None)
    if at is None or not state.lemmas[at] & verbs:
        return False
    end = sp.clause_end if sp.clause_end >= 0 else len(state.text)
    rest = state.text[sp.cue_end : end]
    if _QUOTE_OR_COLON.search(rest):
        return False
    grammar = _grammar(state.lang)
    said: frozenset[str] = grammar.COMPLEMENTIZERS | grammar.DESCRIPTION_MARKERS
    return said.isdisjoint(w.casefold() for w in WORD.findall(rest))


_QUOTE_OR_COLON = re.compile(r"[\"“«:]")


def _clause(s: str, ordered: list[attr.Speaker], sp: attr.Speaker) -> str:
    """The speaker's own part of the sentence: from its name (or the cue before it) to the next cue."""
    sp.clause_end = len(s)
    if len(ordered) == 1:
        return s
    prev_end = max((o.cue_end for o in ordered if o.cue_end <= sp.cue_start and o is not sp), default=0)
    left = prev_end
    if prev_end <= sp.actor.start < sp.cue_start:
        left = sp.actor.start
    right = min((o.cue_start for o in ordered if o.cue_start > sp.cue_start), default=len(s))
    if right <= left:
        return s
    sp.clause_end = right
    sp.clause_start = left
    return s[left:right]


def _before_another_subject(state: SentenceState, sp: attr.Speaker) -> Lemmas:
    """ "X said Y had been killed, but the group had not confirmed it": the speaker's part ends
    where a contrast after a comma opens a clause with a new subject (a determiner or a name)."""
    speech = state.lang.speech
    words = state.words
    for i in range(1, len(words) - 1):
        text, start, _end, folded = words[i]
        if start <= sp.cue_end or folded not in speech.CLAUSE_CONTRASTS:
            continue
        if not state.text[:start].rstrip().endswith(","):
            continue
        after = words[i + 1]
        if after[3] in speech.NEW_SUBJECT_DETERMINERS or after[0][:1].isupper():
            return Lemmas(state.lemmas[:i])
    return state.lemmas


def _clause_lemmas(state: SentenceState, sp: attr.Speaker) -> Lemmas:
    left = sp.clause_start
    right = sp.clause_end if sp.clause_end >= 0 else len(state.text)
    return Lemmas(
        lemma for word, lemma in zip(state.words, state.lemmas, strict=True) if left <= word[1] < right
    )


def _stance(sp: attr.Speaker, lemmas: Lemmas, lang: Language) -> str:
    if sp.how == "cited":
        return ASSERTS
    stance = stance_of_lemmas(lemmas, lang, question="?" in (sp.clause or ""))
    if sp.verb_class == attr.CONFIRM and stance == ASSERTS:
        return CONFIRMS
    if sp.verb_class == attr.DECLINE and stance == ASSERTS:
        return DOES_NOT_DENY
    if sp.verb_class == attr.DENY and stance == ASSERTS:
        return DENIES  # "brushed aside the reports": a denying verb of more than one word
    return stance


_MARK_ORDER = {ASSERTS: 0, CONFIRMS: 1, DENIES: 2, DOES_NOT_DENY: 3}


def _more_marked(a: str, b: str) -> str:
    return a if _MARK_ORDER.get(a, 0) >= _MARK_ORDER.get(b, 0) else b


# ---------------------------------------------------------------------------------------------
# Claims


def _is_pure_evaluation(state: SentenceState, report: ReportState, evaluative: bool) -> bool:
    cut = _background_start(state)
    if cut < len(state.text):
        return _is_pure_evaluation(_foreground(state, cut), report, evaluative)
    if state.figures:
        return False
    if not has_opinion(state):  # "назвал их «друзьями»": a description, and nothing happening
        return evaluative and not has_event(state) and not state.places
    described = _description_at(state) if evaluative else None
    if described is not None and not _event_outside_relatives(state, described):
        # "called the shelling of Kharkiv a dangerous escalation": the judgement of what it names,
        # wherever that was (unlike "said drones struck Kharkiv, calling it an escalation")
        return True
    if not has_event(state) and any(p in state.text.casefold() for p in _grammar(state.lang).OUGHT_PHRASES):
        return True  # "it is essential that the plant has enough staff": what ought to be, wherever
    kinds = report.registry.place_kinds
    judged = {at for at, _ in _judged_places(state)}
    specific = any(
        kinds.get(p.key) in ("settlement", "facility", "region") and at not in judged
        for at, p in state.places
    )  # "the suffering in El Fasher was unbearable": the place is what the judgement is about
    return not specific and (evaluative or not _event_outside_relatives(state))


def _event_outside_relatives(state: SentenceState, upto: int | None = None) -> bool:
    """Does the sentence (up to a word) name an event outside a relative clause? In an opinion, "those
    who fought for justice are heroes" names the fighting only to say whom it praises, and "the
    attack was an act of aggression" names the attack only to judge it."""
    if not has_event(state):
        return False
    relatives: frozenset[str] = state.lang.actors.RELATIVE_PRONOUNS
    words = state.words
    judgements = {j for _, judgement in _judged_places(state) for j in judgement}
    for i, w in enumerate(words[:upto]):
        if not _event_word(state, w) or i in judgements or _judgement_after(state, i + 1) is not None:
            continue
        if not any(words[k][3] in relatives for k in range(max(0, i - 3), i)):
            return True
    return False


def _background_start(state: SentenceState) -> int:
    """Where the journalist's background to the statement begins ("... said amid reports that ..."),
    or the sentence's end."""
    openers = _grammar(state.lang).BACKGROUND_OPENERS
    folded = [w[3] for w in state.words]
    for opener in openers:
        first, *rest = opener.split()
        for i, word in enumerate(folded):
            if word == first and folded[i + 1 : i + 1 + len(rest)] == rest:
                return state.words[i][1]
    return len(state.text)


def _foreground(state: SentenceState, cut: int) -> SentenceState:
    """The sentence without its background, for judging what the speaker's own words are."""
    view = replace(state, words=[w for w in state.words if w[2] <= cut], names_event=None)
    view.wset = {w[3] for w in view.words}
    view.figures = [f for f in state.figures if 0 <= state.text.find(f.text) < cut]
    view.places = [(at, p) for at, p in state.places if at < cut]
    view.sentence = replace(state.sentence, text=state.text[:cut])
    return view


def _evaluative(state: SentenceState) -> bool:
    """ "called the deployment a dangerous escalation": describing words with an opinion; "«...», —
    считает Песков": a quotation given as a view (with no event, figure or place in it)."""
    return _description_at(state) is not None


def _description_at(state: SentenceState) -> int | None:
    """Where the evaluative words start (the describing verb's word; 0 for a quotation given as a
    view), or None when there are none."""
    if state.speakers and all(_holds_view(state, sp) for sp in state.speakers):
        return 0
    describing = state.lang.speech.DESCRIBING_VERBS
    openers: frozenset[str] = _grammar(state.lang).DESCRIBED_OBJECT_OPENERS
    for i, (_w, _a, b, lw) in enumerate(state.words):
        if state.lang.lemma(lw) not in describing or _FOR_OR_ON.match(state.text, b):
            continue  # "called for talks" is a demand, not a description
        if any(w[3] in openers for w in state.words[max(0, i - 3) : i]):
            continue  # "what they described as the export": what happened, not a judgement
        if _DESCRIBED_AS.match(state.text, b):
            return i
        # "назвал удар «подлым»", "назвав атаку цинічною": the description follows without an "as"
        described = state.words[i + 1 : i + _DESCRIBED_REACH]
        if state.lang.cyrillic and any(_opinion_word(state, w) for w in described):
            return i
    return None


_DESCRIBED_REACH = 7


def _holds_view(state: SentenceState, sp: attr.Speaker) -> bool:
    """Does the speaker only follow a quotation with a verb of opinion ("«...», — считает Песков")?"""
    opinion: frozenset[str] = state.lang.speech.OPINION_VERBS
    if not opinion or not state.text.lstrip().startswith(("«", '"', "“")):
        return False
    said = state.lang.lemma_sets(state.text[sp.cue_start : sp.cue_end]).vocab
    return sp.cue_start > 0 and not said.isdisjoint(opinion)


def _keep(claims: list[attr.Speaker], sp: attr.Speaker, single: bool) -> bool:
    """One claim per proposition: a second stance of the same source is a second claim."""
    ident = attr._identity(sp.actor)
    same = [c for c in claims if attr._identity(c.actor) == ident]
    if not same:
        return True
    prior = next((c for c in same if c.stance == sp.stance), None)
    if prior is not None:
        prior.cited = prior.cited or sp.cited
        return False
    if sp.stance == ASSERTS:
        return False
    if all(c.stance == ASSERTS for c in same) and single:
        same[0].stance = sp.stance
        return False
    return True


def _cited_claims(state: SentenceState, claims: list[attr.Speaker]) -> list[attr.Speaker]:
    """A confirmation or denial of someone's report names that someone: both get the claim."""
    speaking = {id(sp.actor) for sp in state.speakers}
    seen = {attr._identity(sp.actor) for sp in claims}
    extra = []
    for sp in claims:
        if sp.cited is None and sp.stance in (CONFIRMS, DENIES, DOES_NOT_DENY):
            sp.cited = attr.cited_actor(state.text, sp, state.actors, speaking)
        if sp.cited is None or sp.stance not in (CONFIRMS, DENIES) or sp.how == "citing":
            continue
        ident = attr._identity(sp.cited)
        if ident not in seen:
            seen.add(ident)
            cs = attr.Speaker(sp.cited, sp.cited.start, sp.cited.end, "cited", attr.SAY)
            cs.stance = ASSERTS
            extra.append(cs)
    return extra


def _only_asks(state: SentenceState) -> bool:
    """Words that ask ("does Moscow still say there are no troops?") and say nothing else beside
    the question ("That is my only question," he said): no figure, place or event outside it."""
    if "?" not in state.text:
        return False
    spans = attr.question_spans(state.text)

    def outside(at: int) -> bool:
        return not any(a <= at < b for a, b in spans)

    if any(outside(state.text.find(f.text)) for f in state.figures):
        return False
    if any(outside(a) for a, _ in state.places):
        return False
    return not any(outside(w[1]) and _event_word(state, w) for w in state.words)


def _event_word(state: SentenceState, word: attr.Word) -> bool:
    events = _grammar(state.lang).EVENT_WORDS
    return _matches_any(word[3], events) or state.lang.lemma(word[0]) in events


def assemble_claims(state: SentenceState, report: ReportState) -> bool:
    if _only_asks(state):
        return False
    evaluative = _evaluative(state)
    named = any(sp.verb_class == attr.EVALUATE and _names_what_happened(state, sp) for sp in state.speakers)
    claims: list[attr.Speaker] = []
    for sp in state.speakers:
        if sp.stance is None:
            continue
        if sp.stance == ASSERTS and _is_pure_evaluation(state, report, evaluative) and not named:
            continue
        if _keep(claims, sp, len(state.speakers) == 1):
            claims.append(sp)
    claims.extend(_cited_claims(state, claims))
    if not claims:
        return False
    state.claims = claims
    ids = {attr._identity(sp.actor) for sp in claims}
    state.topic_keys = (
        report.topics(state.index)
        or _inherited_topics(state, report)
        or _cited_topics(state, report)
        or report.scene_topics(state.index, ids)
        or _report_topics(state, report)
        or _same_people(state, report)
        or _lede_topics(state, report)
    )
    for sp in claims:
        if sp.how != "cited":
            report.memory.speakers.append(sp.actor)
            report.memory.voices.append(sp.actor)
    for sp in claims:
        draft = _draft(state, report, sp)
        report.drafts.append(draft)
        if sp.how == "cited":
            report.cited_drafts.append(draft)
        elif sp.how == "meta":
            report.given_drafts.append(draft)
    report.topics_of[state.index] = state.topic_keys
    report.sources_of[state.index] = {attr._identity(sp.actor) for sp in claims}
    return True


def _own_span(state: SentenceState, sp: attr.Speaker) -> tuple[int, int]:
    """ "X said A, while Y denied B": the part of the sentence that is this speaker's."""
    ordered, s = state.speakers, state.text
    if len({o.cue_start for o in ordered}) <= 1 or sp.how == "cited":
        return 0, len(s)
    before = [o.cue_end for o in ordered if o.cue_end <= sp.cue_start and _other_claim(o, sp)]
    a = max(before) if before else 0
    if before and a <= sp.actor.start < sp.cue_start:
        a = sp.actor.start
    if sp.how == "coordinated":
        a = sp.cue_start  # "said A, and denied B": B is this speaker's part
    later = (
        o.cue_start
        for o in ordered
        if o.cue_start > sp.cue_start and o.how != "participle" and _other_claim(o, sp)
    )
    return a, min(later, default=len(s))


def _other_claim(o: attr.Speaker, sp: attr.Speaker) -> bool:
    """Does `o` make a claim of its own beside `sp`'s: another source's, or the same source's with
    another stance ("said there were 10,000 soldiers, but that it could not confirm ...")?"""
    if o.how == "cited" or o is sp:
        return False
    return attr._identity(o.actor) != attr._identity(sp.actor) or (
        o.stance is not None and sp.stance is not None and o.stance != sp.stance
    )


def _draft(state: SentenceState, report: ReportState, sp: attr.Speaker) -> ClaimDraft:
    s, sentence = state.text, state.sentence
    a, b = _own_span(state, sp)
    figures = [f for f in state.figures if (a, b) == (0, len(s)) or (f.text and f.text in s[a:b])]
    unplaced = [name for at, name in state.unplaced if a <= at < b]
    places = [p for at, p in state.places if a <= at < b] or _scene_places(state, report, figures)
    if not places and not unplaced:
        places = _home_place(report, sp)
    event = state.event if state.event is not None and a <= state.event.char_start < b else None
    if event is None and state.event is not None and not _own_times(state, a, b):
        event = state.event  # "... pagers blew up on Tuesday, explosions that Hezbollah blames on Israel"
    if event is None and state.event is None and all(t.precision == "day" for t in state.times):
        event = _scene_event(state, report)  # no time, or only the day it was said ("said on Tuesday")
    cited = sp.cited
    multiple = sum(attr._identity(c.actor) == attr._identity(sp.actor) for c in state.claims) > 1
    return ClaimDraft(
        sentence=s,
        start=sentence.start,
        end=sentence.end,
        statement=statement_of(s, sp, multiple),
        source_key=sp.actor.key,
        source_name=sp.actor.name,
        stance=sp.stance or ASSERTS,
        source_kind=sp.actor.kind,
        cited_source_key=cited.key if cited is not None else None,
        cited_source_name=cited.name if cited is not None else "",
        places=places,
        unplaced=unplaced,
        event_start=event.start if event else None,
        event_end=event.end if event else None,
        date_precision=event.precision if event else "",
        date_text=event.text if event else "",
        figures=figures,
        topic_keys=list(state.topic_keys),
    )


def _home_place(report: ReportState, sp: attr.Speaker) -> list[PlaceMention]:
    """A local body's claim that names no place is about the place it governs ("Смирнов докладывал,
    что под контролем ВСУ находятся 28 населённых пунктов области": the Kursk region)."""
    home = report.registry.homes.get(sp.actor.key) if sp.actor.key else None
    return [PlaceMention(home.key, home.name)] if home is not None else []


def _own_times(state: SentenceState, a: int, b: int) -> bool:
    """Does this claim's own part of the sentence name a time (even the day it was said)?"""
    return any(a <= t.char_start < b for t in state.times)


def _scene_event(state: SentenceState, report: ReportState) -> TimeSpan | None:
    """A claim in a sentence that names no time, on the topic of the report's scene, is about what
    happened on the scene's day (`scene.py`): a count, an event, or what it meant ("the energy
    system has once again become the target")."""
    future: frozenset[str] = concept(state.lang.code, "time").FUTURE_AUXILIARIES
    if any(w[3] in future for w in state.words):
        return None  # "Ukraine will capture more soldiers": not on the scene's day
    untopical = not state.topic_keys and bool(state.figures)  # "12 people were wounded"
    topics = None if untopical else state.topic_keys
    found = scene.local_day(report, state.index, topics) or scene.scene_day(report, topics)
    if found is None or found[0] == state.index:
        return None
    if any(t.start < found[1].start for t in state.times):
        return None  # said before the scene's day: about something else
    later = next((t for t in state.times if _later(t)), None)
    if later is None:
        return found[1]
    day = found[1].start - timedelta(days=later.days_back)  # "Two days later, drones hit Odesa"
    if report.published is not None and day > report.published:
        return None
    return TimeSpan(day, day, "day", later.text, later.char_start, later.char_end, True, later.days_back)


def _later(t: TimeSpan) -> bool:
    """ "a day later", "на следующий день": a day counted forward from another one."""
    return t.relative_to_other and t.days_back < 0


def _scene_places(
    state: SentenceState, report: ReportState, figures: list[FigureDraft]
) -> list[PlaceMention]:
    """A count or an event in a sentence that names no place, on the topic of the sentence before it
    in its paragraph that put an event at a site (a town, a plant), happened there (`scene.py`)."""
    if state.places or not (figures or has_event(state)):
        return []
    found = scene.scene_places(report, state.index)
    if found is None or not set(report.topics(found[0])) & set(state.topic_keys):
        return []
    kinds = report.registry.place_kinds
    return [p for p in found[1] if kinds.get(p.key) in scene.SCENE_PLACE_KINDS]


@cache
def _back_determiners(code: str) -> frozenset[str]:
    determiners: frozenset[str] = concept(code, "grammar").CONTINUATION_DETERMINERS
    return determiners | {"the", "these", "those", "such"}


def _refers_back(state: SentenceState) -> bool:
    nouns = _grammar(state.lang).BACK_REFERENCE_NOUNS
    dets = _back_determiners(state.lang.code)
    lemmas = [state.lang.lemma(w[0]) for w in state.words]
    if any(d in dets and any(n in nouns for n in lemmas[i + 1 : i + 3]) for i, d in enumerate(lemmas)):
        return True
    folded = " ".join(w[3] for w in state.words)
    return any(f" {p} " in f" {folded} " for p in _grammar(state.lang).REPLY_PHRASES)


def _cited_topics(state: SentenceState, report: ReportState) -> list[str]:
    """ "has rejected Moscow's account", "backed up Kyiv's account": a stance on a source's account
    named in the sentence is about what that source's latest claim earlier in the report is about."""
    cited = {attr._identity(sp.cited) for sp in state.claims if sp.cited is not None}
    cited |= {attr._identity(sp.actor) for sp in state.claims if sp.how == "cited"}
    if not cited:
        return []
    for j in range(state.index - 1, max(-1, state.index - 9), -1):
        if cited & report.sources_of.get(j, set()) and report.topics(j):
            return list(report.topics(j))
    return []


def _inherited_topics(state: SentenceState, report: ReportState) -> list[str]:
    """A claim that carries on an account is about what the account is about."""
    ids = {attr._identity(sp.actor) for sp in state.claims}
    # a stance with nothing of its own to take it on ("NATO said it could not confirm this") takes it
    # on what was just told
    answering = any(
        sp.stance in (CONFIRMS, DENIES, DOES_NOT_DENY) for sp in state.claims
    ) and _says_nothing_else(state)
    refers_back = (
        state.continued or any(sp.actor.anaphor for sp in state.claims) or answering or _refers_back(state)
    )
    for back in (1, 2):
        j = state.index - back
        if j < 0:
            break
        same_source = bool(ids & report.sources_of.get(j, set()))
        if not (same_source or (refers_back and back == 1)):
            continue
        topics = report.topics(j)
        if topics:
            return list(topics)
    return []


_ANSWER_WORDS = 3  # content words a bare answer may hold besides its speaker and verb ("yet", "reports")


def _says_nothing_else(state: SentenceState) -> bool:
    """ "NATO said it could not confirm this", "В Кремле это опровергли": besides its speakers, its
    verbs and function words, the sentence names next to nothing of its own."""
    stop: frozenset[str] = _grammar(state.lang).STOP_WORDS
    cues = state.lang.cue_lemmas
    negations = state.lang.speech.NEGATIONS | state.lang.speech.DEMONSTRATIVES
    content = [
        w
        for w, lemma in zip(state.words, state.lemmas, strict=True)
        if w[3] not in stop
        and lemma.isdisjoint(cues)
        and lemma.isdisjoint(negations)
        and not any(a.start <= w[1] < a.end for a in state.actors)
    ]
    return len(content) <= _ANSWER_WORDS


def _report_topics(state: SentenceState, report: ReportState) -> list[str]:
    """A claim of an event or a count that names no topic ("the strikes hit most of the country",
    "30 people are in hospital") is about a topic the report comes back to when a sentence just
    before names it: the sentence before in its paragraph (with what its claims were about), or one
    of the last few sentences in its own words (across a paragraph break: "The strike killed
    three.", new paragraph, "The governor said 12 were wounded"). Not when it turns away
    ("Meanwhile, ..."); not from a topic only carried on from sentence to sentence, which would run
    through a whole report."""
    if not (state.figures or has_event(state)) or _turns_to_another_subject(state):
        return []
    j = state.index - 1
    if j >= 0 and report.sentences[j].paragraph == state.sentence.paragraph:
        found = [key for key in report.topics(j) if report.recurring(key)]
        if found:
            return found
    if not _refers_to_an_event(state):
        return []
    for j in range(state.index - 1, max(-1, state.index - 1 - _TOPIC_LOOKBACK), -1):
        found = [key for key in report.named_topics(j) if report.recurring(key)]
        if found:
            return found
    return []


_TOPIC_LOOKBACK = 3  # sentences


def _refers_to_an_event(state: SentenceState) -> bool:
    """ "claimed responsibility for the strike", "confirmed the attack": an event named as one already
    told (a definite determiner just before it), not a new one ("a drone attack on Chornomorsk"). In
    a language without articles, any event named."""
    determiners: frozenset[str] = _grammar(state.lang).DEFINITE_DETERMINERS
    if not determiners:
        return has_event(state)
    if not has_event(state):
        return False
    test, words = _event_word_test(state), state.words
    return any(
        test(w) and any(words[k][3] in determiners for k in range(max(0, i - _DETERMINER_SPAN), i))
        for i, w in enumerate(words)
    )


_DETERMINER_SPAN = 2  # words: "the strike", "the Russian strike"


def _same_people(state: SentenceState, report: ReportState) -> list[str]:
    """ "В СБУ сообщили, что пленные не говорят по-русски": a claim about the people the report is
    about (the prisoners, the soldiers), naming no topic, after sentences of its paragraph that name
    a topic the report comes back to, is about that topic. (Russian and Ukrainian have no articles:
    a bare "пленные" is the prisoners already named; English says "the prisoners".)"""
    nouns: frozenset[str] = _grammar(state.lang).PEOPLE_NOUNS
    if not state.lang.cyrillic or nouns.isdisjoint(state.lemmas.vocab) or _turns_to_another_subject(state):
        return []
    found: set[str] = set()
    for j in range(state.index - 1, -1, -1):
        if report.sentences[j].paragraph != state.sentence.paragraph:
            break
        found.update(key for key in report.topics(j) if report.recurring(key))
    return sorted(found)


def _lede_topics(state: SentenceState, report: ReportState) -> list[str]:
    """The report's opening sentence, a count or an event naming no topic ("The death toll of the
    attack on Kyiv rose to 25, the president said"), is about what the rest of the report comes
    back to, when that is one topic."""
    if state.index != 0 or not (state.figures or has_event(state)) or _headline(state.text):
        return []
    found = {
        key for j in range(1, len(report.sentences)) for key in report.topics(j) if report.recurring(key)
    }
    return sorted(found) if len(found) == 1 else []


def _headline(text: str) -> bool:
    """A line with no closing full stop (a headline) says less than the sentence it heads."""
    return text.rstrip()[-1:] not in '.!?…"”»'


def _turns_to_another_subject(state: SentenceState) -> bool:
    """ "Meanwhile, ...", "Ukraine, for its part, ...": an opener that leaves the scene before."""
    opening = f" {' '.join(w[3] for w in state.words[:5])} "
    return any(f" {phrase} " in opening for phrase in _grammar(state.lang).SUBJECT_SHIFT_OPENERS)


def drop_cited_repeats(drafts: list[ClaimDraft], cited: list[ClaimDraft]) -> list[ClaimDraft]:
    """ "X rejected Seoul's claims that ...": the claim a confirmation or denial gives the source it
    refers to goes when that source makes a claim of its own in the report (which says it)."""
    if not cited:
        return drafts
    own = {(d.source_key, d.source_name) for d in drafts if not any(d is c for c in cited)}
    return [d for d in drafts if not any(d is c for c in cited) or (d.source_key, d.source_name) not in own]


_SAME_NON_ANSWER = 0.4  # the share of the shorter statement's content words the other one has


def merge_non_answers(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """One proposition per source: a source that denies or dodges the same question twice ("sees no
    signs that more soldiers are being sent", later "cannot confirm whether more soldiers are being
    sent") gives one claim, the first; so does one that confirms something and also states it (the
    confirmation stays). Questions with words of their own stay apart."""
    out: list[ClaimDraft] = []
    for draft in drafts:
        if draft.stance in (DENIES, DOES_NOT_DENY) and any(_same_question(d, draft) for d in out):
            continue
        if draft.stance == ASSERTS and any(
            d.stance == CONFIRMS and _same_source_words(d, draft) for d in drafts
        ):
            continue
        out.append(draft)
    return out


def _same_question(a: ClaimDraft, b: ClaimDraft) -> bool:
    return a.stance == b.stance and _same_source_words(a, b)


def _same_source_words(a: ClaimDraft, b: ClaimDraft) -> bool:
    """The same source, and statements that share most of their content words (whatever the stance)."""
    if (a.source_key, a.source_name) != (b.source_key, b.source_name):
        return False
    words_a, words_b = _content_words(a.statement), _content_words(b.statement)
    shorter = min(len(words_a), len(words_b))
    return shorter > 0 and len(words_a & words_b) >= _SAME_NON_ANSWER * shorter


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    stop = _all_stop_words()
    return frozenset(w for w in (m.casefold() for m in WORD.findall(text)) if len(w) > 3 and w not in stop)


@cache
def _all_stop_words() -> frozenset[str]:
    return frozenset().union(*(concept(code, "grammar").STOP_WORDS for code in LANGUAGES))


def drop_headline_repeats(drafts: list[ClaimDraft], sentences: list[Sentence]) -> list[ClaimDraft]:
    """A headline ("Kremlin dismisses reports of troops as 'contradictory'") says again, shorter, what
    the report's body says: its claims go when the body has a claim of the same source."""
    if not sentences or not drafts:
        return drafts
    first = sentences[0]
    headline = first.text.rstrip()[-1:] not in '.!?…"”»' and len(first.text) < 200
    if not headline:
        return drafts
    body = {(d.source_key, d.source_name) for d in drafts if d.start >= first.end}
    return [d for d in drafts if d.start >= first.end or (d.source_key, d.source_name) not in body]


def merge_repeats(drafts: list[ClaimDraft], given: list[ClaimDraft] | None = None) -> list[ClaimDraft]:
    """One claim per proposition per source: a later sentence giving the same source's same headline
    figure (a caption, a recap) adds its figures and places to the first claim instead of repeating it.
    A first claim that only the next sentence gave to its source ("... Об этом сообщил X.") yields to
    the repeat that names X itself ("«...», — сказал X"), which is the better evidence."""
    weaker = {id(d) for d in given or ()}
    out: list[ClaimDraft] = []
    for draft in drafts:
        earlier = _same_headline(out, draft) if draft.figures else None
        if earlier is None:
            out.append(draft)
            continue
        if id(earlier) in weaker and id(draft) not in weaker:
            out[next(i for i, d in enumerate(out) if d is earlier)] = draft
            earlier, draft = draft, earlier
        known = {(f.value, f.unit) for f in earlier.figures}
        earlier.figures.extend(f for f in draft.figures if (f.value, f.unit) not in known)
        keys = {p.key for p in earlier.places}
        earlier.places.extend(p for p in draft.places if p.key not in keys)
        earlier.topic_keys = sorted(set(earlier.topic_keys) | set(draft.topic_keys))
    return out


def _same_headline(out: list[ClaimDraft], draft: ClaimDraft) -> ClaimDraft | None:
    # "hit eight times, meaning eight missiles": how often is no headline figure, what was counted is
    first = next((f for f in draft.figures if f.unit != "times"), draft.figures[0])
    lead = (first.value, first.unit)
    for d in out:
        same_source = (d.source_key, d.source_name) == (draft.source_key, draft.source_name)
        if same_source and d.stance == draft.stance and any((f.value, f.unit) == lead for f in d.figures):
            return d
    return None


_SAME_PROPOSITION = 0.6  # the share of the shorter statement's content words the other one has
_SAME_WORDS_AT_LEAST = 3


def merge_restatements(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The same source stating the same proposition twice in one report is one claim (guideline
    2): a later claim of the same source and stance that says most of what an earlier one said, and
    adds no place, figure or day of its own ('The RSF said its drones hit the airport. "Our drones
    struck the airport," the RSF said.') goes; a new place, number or day makes a new claim."""
    out: list[ClaimDraft] = []
    for draft in drafts:
        earlier = next((d for d in out if _restates(d, draft)), None)
        if earlier is None:
            out.append(draft)
        else:
            earlier.topic_keys = sorted(set(earlier.topic_keys) | set(draft.topic_keys))
    return out


def _restates(a: ClaimDraft, b: ClaimDraft) -> bool:
    if (a.source_key, a.source_name, a.stance) != (b.source_key, b.source_name, b.stance):
        return False
    if not {p.key for p in b.places} <= {p.key for p in a.places}:
        return False
    if not {(f.value, f.unit) for f in b.figures} <= {(f.value, f.unit) for f in a.figures}:
        return False
    if b.event_start is not None and b.event_start != a.event_start:
        return False
    words_a, words_b = _content_words(a.statement), _content_words(b.statement)
    shared = len(words_a & words_b)
    return shared >= _SAME_WORDS_AT_LEAST and shared >= _SAME_PROPOSITION * min(len(words_a), len(words_b))
