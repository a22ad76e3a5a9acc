"""Stage `attribute`: which actors speak in a sentence, through which cue.

`find_speakers_stage` links actors to reporting cues (`attribution.find_speakers`). When no cue
links anyone, `fallback_speakers` tries, in order: a header line ("HUR update:") that heads its
block, a sentence carrying on the previous account ("These units ..."), and the report's author.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING

from . import attribution as attr
from . import cues, morph
from .language import Language
from .lexicon import concept
from .tokens import WORD

if TYPE_CHECKING:
    from .pipeline import ReportState, SentenceState
    from .types import SourceEntry

_HEADER_WORDS = concept("en", "speech").HEADER_WORDS
_HEADER_ALTERNATION = "|".join(sorted(_HEADER_WORDS))
_HEADER = re.compile(rf"^\W*([^:]{{2,60}}?)\s*(?:{_HEADER_ALTERNATION})?\s*:\s*$", re.I)
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_CUE_EXTRA = (
    frozenset("according citing quoting per words put puts placed places reference referring".split())
    | concept("en", "speech").AGENT_NOUNS
)  # "an announcement by X that ..."


def has_cue_word(text: str, lang: Language) -> bool:
    """Is there a word that could make the sentence attributed (a reporting verb, "according")?"""
    if lang.cyrillic:
        return True
    words = set(_PLAIN_WORD.findall(text.casefold()))
    if not _CUE_EXTRA.isdisjoint(words):
        return True
    return not lang.reading_lemmas.isdisjoint(chain.from_iterable(map(lang.lemma_set, words)))


def continues(text: str, lang: Language) -> bool:
    """Does the sentence carry on an account ("These units ...", "Such figures ...", "At least three
    other soldiers ...")?"""
    grammar = concept(lang.code, "grammar")
    if _opens_with_more(text, lang):
        return True
    first = WORD.match(text)
    if first is not None:  # most sentences: the first word alone says no
        lemma = lang.lemma(first.group())
        if lemma not in grammar.CONTINUATION_DETERMINERS and lemma != "the":
            return False
    words = WORD.findall(text[:80])
    if not words:
        return False
    lemmas = [lang.lemma(w) for w in words[:5]]
    if lemmas[0] == "the" and len(lemmas) > 1 and lemmas[1] == "same":
        lemmas = lemmas[1:]  # "The same units ..."
    if lemmas[0] not in grammar.CONTINUATION_DETERMINERS:
        return False
    return any(
        w in grammar.CONTINUATION_NOUNS or w.rstrip("s") in grammar.CONTINUATION_NOUNS for w in lemmas[1:4]
    )


_COUNT_WORD = re.compile(r"[^\W_]+(?:[,.]\d+)*")


def _opens_with_more(text: str, lang: Language) -> bool:
    """ "Three more soldiers were captured.", "At least two other ...": a count that adds to the
    figures of the account before it (the numbers lexicon's MORE_WORDS after a number)."""
    numbers = concept(lang.code, "numbers")
    head = text[:60]
    folded = head.casefold()  # a word's casefold is a piece of its sentence's: one look per word
    if not any(more in folded for more in numbers.MORE_WORDS):
        return False  # most sentences: no "more", "other" anywhere in the first words
    words = [w.casefold() for w in _COUNT_WORD.findall(head)[:5]]
    if numbers.MORE_WORDS.isdisjoint(words[1:]):
        return False  # most sentences: no "more", "other" among the first words
    for i, word in enumerate(words[:-1]):
        if (word[:1].isdigit() or word in numbers.NUMBER_WORDS) and words[i + 1] in numbers.MORE_WORDS:
            return " ".join(words[:i]) in ("", *numbers.QUALIFIERS)
    return False


def may_name_a_speaker(state: SentenceState) -> bool:
    """Could `cues.find_speakers` find anyone, or remember anything, in this sentence? Each way it
    links a speaker needs one of: a word with one of the language's `reading_lemmas` (a reporting
    cue, a word of every "according to", relaying, citing and non-answer phrase, "as" + a reporting
    verb), a colon ("Zelensky: ..."), a possessive before a channel noun ("X's Telegram channel"),
    a word of REPORT_THAT after a medium; a briefing word makes it remember who relays a body even
    with no speaker. A sentence with none of them is no speaker's, and `find_speakers` is skipped:
    Cyrillic sentences all pass `has_cue_word`, most of them with no cue at all. A new way of
    `find_speakers` to link a speaker must keep this test true wherever it may fire."""
    lang, text = state.lang, state.text
    if lang.speech.REPORT_THAT or ":" in text or "'s" in text or "’s" in text:
        return True
    vocab = state.lemmas.vocab
    return not (lang.reading_lemmas.isdisjoint(vocab) and lang.speech.BRIEFING_WORDS.isdisjoint(vocab))


def find_speakers_stage(state: SentenceState, report: ReportState) -> bool:
    s = state.text
    if report.memory.surnames is None:
        report.memory.surnames = _surnames(report.registry.sources_by_alias)
    found = (
        cues.find_speakers(s, state.actors, report.memory, state.words, state.lang, state.lemmas)
        if may_name_a_speaker(state)
        else []
    )
    # Names are remembered after this sentence is read: "Kim said ... Kim Jong Un" must not
    # let the later name decide who the first "Kim" is.
    for actor in state.actors:
        if not actor.anaphor and actor.name:
            report.memory.remember(actor, s[actor.start : actor.end])
            if actor.key is not None:
                _remember_acronym(report, s, actor)
    _rebind_anaphors(found)
    state.speakers = [sp for sp in found if sp.actor.name and not _only_a_place(sp.actor, state)]
    for sp in state.speakers:
        if sp.actor.key is None and not sp.actor.anaphor and attr.person_name(sp.actor.name):
            report.memory.remember_person(sp.actor)
    _remember_titles(state, report)
    if state.speakers:
        report.attributed.add(state.index)
    return True


_ACRONYM_AFTER = re.compile(r"\s*\(([^()]{2,30})\)")


def _remember_acronym(report: ReportState, s: str, actor: attr.Actor) -> None:
    """ "The National Resistance Center (NRC) said ...": the capitals in brackets right after a
    registry source's name stand for it in later sentences ("The NRC later said")."""
    m = _ACRONYM_AFTER.match(s, actor.end)
    if m is None:
        return
    for word in WORD.findall(m.group(1)):
        if len(word) >= 2 and word.isupper():
            report.memory.names.setdefault(word, actor)


_TITLE_REACH = 3  # words between a title and the name it introduces ("Губернатор Белгородской области")


def _remember_titles(state: SentenceState, report: ReportState) -> None:
    """ "Губернатор Белгородской области Вячеслав Гладков сообщил": a title a few words before a
    speaker that is no pronoun, nothing but words between, introduced that speaker (Russian and
    Ukrainian name officials again by the title alone)."""
    if not state.lang.cyrillic:
        return
    roles = state.lang.person_roles
    for sp in state.speakers:
        if sp.actor.anaphor or sp.actor.start == 0:
            continue
        before = [k for k, w in enumerate(state.words) if w[2] <= sp.actor.start][-_TITLE_REACH - 1 :]
        if not before or "," in state.text[state.words[before[0]][1] : sp.actor.start]:
            continue
        for k in before:
            title = next(iter(state.lemmas[k] & roles), None)
            if title is not None:
                report.memory.titles[title] = sp.actor


def _office_of(state: SentenceState, actor: attr.Actor) -> bool:
    """ "the governor of Kharkiv", "the mayor of El Fasher": a title before the preposition makes
    the place the office's, and its holder speaks for it."""
    before = WORD.findall(state.text[max(0, actor.start - 40) : actor.start])
    if len(before) < 2:
        return False
    titles = state.lang.person_roles | frozenset(state.lang.actors.BODY_TITLES.values())
    return state.lang.lemma(before[-2]) in titles or before[-2].casefold() in titles


_SURNAMES: dict[int, tuple[object, dict[str, attr.Actor]]] = {}


def _surnames(by_alias: dict[str, SourceEntry]) -> dict[str, attr.Actor]:
    """The registry's persons by surname, read once per registry."""
    cached = _SURNAMES.get(id(by_alias))
    if cached is None or cached[0] is not by_alias:
        entries = {e.key: e for e in by_alias.values()}.values()
        found = attr.registry_surnames((e.key, e.name, e.kind, e.aliases) for e in entries)
        if len(_SURNAMES) > 16:
            _SURNAMES.clear()
        cached = _SURNAMES[id(by_alias)] = (by_alias, found)
    return cached[1]


def _only_a_place(actor: attr.Actor, state: SentenceState) -> bool:
    """ "Hospitals in El Fasher admitted 40 wounded", "medics in Gaza City said": a name the registry
    knows only as a place, after a locative preposition, is where the speakers are, never who speaks
    (a capital that speaks for its government is a source alias, with a key)."""
    if actor.key is not None or actor.anaphor:
        return False
    if not any(a <= actor.start and actor.end <= b for a, b, _hit in state.place_hits):
        return False
    if attr.after_locative(state.text, actor):
        return not _office_of(state, actor)
    # "В больницах Харькова заявили": a place in a case no subject takes (whose hospitals)
    last = WORD.findall(state.text, actor.start, actor.end)[-1:]
    found = morph.cases(last[0], state.lang.code) if last and state.lang.cyrillic else frozenset()
    return bool(found) and "nomn" not in found


_DIGIT = re.compile(r"\d")


def carries_count(state: SentenceState, report: ReportState) -> bool:
    """A sentence with a number and no speaker, right after one source's claim in the same
    paragraph: the account goes on ("По данным Смирнова, погибли 12 ... Эвакуировать предстоит
    180 тыс. человек")."""
    previous = report.previous
    if previous is None or previous.index != state.index - 1 or not previous.claims:
        return False
    if previous.sentence.paragraph != state.sentence.paragraph or not _DIGIT.search(state.text):
        return False
    return len({attr._identity(sp.actor) for sp in previous.claims}) == 1


def _not_carried(state: SentenceState) -> bool:
    """ "The package is also said to include ...", "reportedly": a verb of speech no speaker was found
    for, or a hedge of hearsay, marks what the writer passes on unsourced; "For comparison, ...",
    "Meanwhile, ...": the writer's aside, or another subject."""
    grammar = concept(state.lang.code, "grammar")
    opening = f" {' '.join(w[3] for w in state.words[:5])} "
    if any(f" {phrase} " in opening for phrase in (*grammar.ASIDE_OPENERS, *grammar.SUBJECT_SHIFT_OPENERS)):
        return True
    vocab = state.lemmas.vocab
    hearsay: frozenset[str] = state.lang.speech.HEARSAY_WORDS
    return not (state.lang.cue_lemmas.isdisjoint(vocab) and hearsay.isdisjoint(vocab))


def fallback_speakers(state: SentenceState, report: ReportState) -> bool:
    if state.speakers:
        return True
    s = state.text
    header = _HEADER.match(s) if s.endswith(":") else None
    if header:
        # "HUR update:" / "Zelensky:" on a line of its own: the lines under it are that source's.
        named = [a for a in state.actors if a.end <= header.end(1) and not a.anaphor]
        report.header = (named[0], state.sentence.block) if named else None
        return False
    previous = report.previous
    continuing = previous is not None and continues(s, state.lang) and previous.index >= state.index - 2
    carried = not continuing and carries_count(state, report) and not _not_carried(state)
    if previous is not None and (continuing or carried):
        lead = previous.claims[0]
        state.speakers = [attr.Speaker(lead.actor, 0, 0, "continuation", attr.SAY)]
        state.continued, state.carried = True, carried
    elif report.header is not None and report.header[1] == state.sentence.block:
        state.speakers = [attr.Speaker(report.header[0], 0, 0, "colon", attr.SAY)]
        state.continued = True
    elif report.author is not None:
        if s.rstrip().endswith("?") or len(state.words) < 4:
            return False  # a question or a fragment ("Glory to the heroes!") states nothing
        state.speakers = [attr.Speaker(report.author, 0, 0, "author", attr.SAY)]
        state.authored = True
    return bool(state.speakers)


def _rebind_anaphors(found: list[attr.Speaker]) -> None:
    """ "X said ... and he added": within a sentence a pronoun is the sentence's own speaker (not a
    description that found a body of its kind: "..., but the group had not confirmed it")."""
    first = next((sp for sp in found if not sp.actor.anaphor), None)
    if first is None:
        return
    for sp in found:
        if sp.actor.anaphor and sp.actor.start > first.actor.start and not sp.actor.described:
            a = first.actor
            sp.actor = attr.Actor(
                sp.actor.start, sp.actor.end, a.key, a.name, a.kind, a.media, anaphor=sp.actor.anaphor
            )
