"""The scene a report sets: the day and the place of the event it is about.

A report on a strike says once when and where it happened ("A Russian missile hit Kryvyi Rih",
"The attack, at about 11:30 GMT on Wednesday, ...") and then gives who says what about it without
repeating either ("The Houthis claimed responsibility for the strike", "Doctors are fighting for
every life"). Such a claim - an event or a count on the scene's topic, naming no time (no place) of
its own - happened on the report's scene day, and where the last sentence of its paragraph that put
an event somewhere put it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from .dates import TimeSpan, resolve_relative
from .language import Language, word_matcher
from .lexicon import concept
from .morph import present_verb
from .tokens import WORD
from .types import PlaceMention

if TYPE_CHECKING:
    from .pipeline import ReportState

# Places a scene lends: a site ("A missile hit Kryvyi Rih"), not the country or region a report's
# background names ("troops sent to Russia"), which says nothing of where this event happened.
SCENE_PLACE_KINDS = frozenset({"settlement", "facility"})
SCENE_SENTENCES = 6  # a report sets its scene in its opening sentences
SCENE_MAX_AGE_DAYS = 3  # news of its last days (1 drops a strike two days back; 7 lends a week-old day)
_SPEECH_GAP = 3  # words between a reporting verb and its time: "said on Monday", "сообщили в среду"


def scene_day(report: ReportState, topics: Collection[str] | None = ()) -> tuple[int, TimeSpan] | None:
    """The first of the opening sentences that names an event on one of these topics and pins it
    to a day (not the day someone spoke), and that day. A report may open on the background ("The
    death toll rose to 25, the president said") before the sentence that names its topic sets the
    scene. The candidates are worked out once per report, only when a claim needs them."""
    if report.scene is None:
        report.scene = tuple(_event_days(report))
    if topics is None:  # a count or an event on no topic of its own: the report's first scene
        return report.scene[0] if report.scene else None
    wanted = set(topics)
    return next((found for found in report.scene if wanted & set(report.topics(found[0]))), None)


def _event_days(report: ReportState) -> Iterator[tuple[int, TimeSpan]]:
    for idx in range(min(SCENE_SENTENCES, len(report.sentences))):
        day = event_day(report, idx)
        if day is not None and _fresh(report, day):
            yield idx, day


def _fresh(report: ReportState, day: TimeSpan) -> bool:
    """A report sets the scene of news: an event of its last days. A day weeks before it was
    published is background it recalls ("planes seen at the airport on June 4"), not the day its
    claims happened on."""
    return report.published is None or (report.published - day.start).days <= SCENE_MAX_AGE_DAYS


def event_day(report: ReportState, idx: int) -> TimeSpan | None:
    """The day this sentence pins an event it names to (not the day someone spoke), if any."""
    sentence = report.sentences[idx]
    lang = report.sentence_language(idx)
    times = report.times(idx, lang)
    anchored = any(t.precision == "day" and not t.relative_to_other for t in times)
    days = [
        t
        for t in resolve_relative(times, set())
        if t.precision == "day" and not t.dateline
        and (anchored or not t.relative_to_other or t.days_back == 0)
        and (report.published is None or t.start <= report.published)
        and (not _edge_or_spoken(sentence.text, t, lang) or _said_while_ongoing(sentence.text, t, lang))
        and not other_event_day(sentence.text, t, lang)
    ]  # fmt: skip
    if days and names_event(sentence.text, lang):
        return _reported_day(sentence.text, days, lang)
    return None


_OTHER_EVENT_REACH = 7  # words a lead may stand before the day of the other event it opens
_POSSESSIVE_REACH = 3  # words after "Monday's" that name what happened on Monday


def other_event_day(text: str, t: TimeSpan, lang: Language) -> bool:
    """Is this day inside a phrase about another event, after the event the sentence opens with:
    "X hit Beirut, days after rockets hit Haifa on Friday", "following Monday's attack" (not
    "after midnight on Sunday": no event between the lead and the day)?"""
    before = WORD.findall(text[: t.char_start])
    leads: frozenset[str] = concept(lang.code, "time").OTHER_EVENT_LEADS
    window = before[-_OTHER_EVENT_REACH:]
    at = [i for i, word in enumerate(window) if word.casefold() in leads]
    if not at or len(before) - len(window) + at[-1] < 2:
        return False  # no lead, or one that opens the sentence ("After the strike on Friday, ...")
    words = window[at[-1] + 1 :]
    openers: frozenset[str] = concept(lang.code, "time").OTHER_EVENT_CLAUSE_OPENERS
    if t.text.endswith(("'s", "’s")) or any(word.casefold() in openers for word in words):
        words += WORD.findall(text[t.char_end :])[:_POSSESSIVE_REACH]  # "following Monday's attack"
    return names_event(" ".join(words), lang)


LOCAL_REACH = 2  # sentences back within a paragraph where a claim's own scene may be set


def local_day(report: ReportState, idx: int, topics: Collection[str] | None) -> tuple[int, TimeSpan] | None:
    """The day the sentence just before this one in its paragraph pinned an event on the same topic
    to: a later paragraph may set a scene of its own ("On Monday, drones hit Odesa. The governor
    said two people were killed.")."""
    paragraph = report.sentences[idx].paragraph
    for j in range(idx - 1, max(idx - 1 - LOCAL_REACH, -1), -1):
        if report.sentences[j].paragraph != paragraph:
            break
        if topics is not None and not set(topics) & set(report.topics(j)):
            continue
        day = event_day(report, j)
        if day is not None:
            return j, day
    return None


def _reported_day(text: str, days: list[TimeSpan], lang: Language) -> TimeSpan:
    """The first day, unless a "that" stands between it and a later one: "On Tuesday, the air force
    confirmed that missiles struck Kharkiv on Sunday" reports Sunday."""
    complementizers = concept(lang.code, "grammar").COMPLEMENTIZERS
    first = days[0]
    for later in days[1:]:
        between = WORD.findall(text[first.char_end : later.char_start])
        if any(word.casefold() in complementizers for word in between):
            return later
    return first


def names_event(text: str, lang: Language) -> bool:
    events = concept(lang.code, "grammar").EVENT_WORDS
    matches, lemma = word_matcher(events), lang.lemma
    return any(matches(word.casefold()) or lemma(word) in events for word in WORD.findall(text))


def _edge_or_spoken(text: str, t: TimeSpan, lang: Language) -> bool:
    """ "since Jan. 11" (the edge of a stretch of time) or "said on Monday" (the day of a statement):
    not the day of the event."""
    if t.text.endswith(("'s", "’s")):
        return False  # "Monday's strike": the day of the event named after it
    first = WORD.match(t.text)
    if first is not None and first.group().casefold() in concept(lang.code, "time").EDGE_LEADS:
        return True
    after = WORD.findall(text[t.char_end : t.char_end + 40])[:2]
    if not _trailed_by_speaker(text, t) and any(
        not lang.lemma_set(word).isdisjoint(lang.cue_lemmas) for word in after
    ):
        return True  # "Минобороны в среду сообщило", "the ministry on Wednesday said", "brushed aside"
    before = WORD.findall(text[: t.char_start])[-_SPEECH_GAP:]
    complementizers = concept(lang.code, "grammar").COMPLEMENTIZERS
    that = [i for i, word in enumerate(before) if word.casefold() in complementizers]
    if that:  # "claimed that the Friday strike ...": the time is in what was said
        before = before[that[-1] + 1 :]
    cues = lang.reading_lemmas
    return any(not lang.lemma_set(word).isdisjoint(cues) for word in before)


def _said_while_ongoing(text: str, t: TimeSpan, lang: Language) -> bool:
    """ "Hezbollah said on Thursday its fighters were battling troops": the day it was said is the
    day of an event said to be going on then (not "since Thursday")."""
    first = WORD.match(t.text)
    if first is not None and first.group().casefold() in concept(lang.code, "time").EDGE_LEADS:
        return False
    return ongoing(text, lang)


def ongoing(text: str, lang: Language) -> bool:
    """Does this sentence put an event in progress when it was said: a progressive ("were
    battling", "are shelling"), "under way", or in Russian and Ukrainian a verb in the present
    tense ("ведут бои") - other than the reporting verbs themselves?"""
    if not names_event(text, lang):
        return False
    time = concept(lang.code, "time")
    words = [w.casefold() for w in WORD.findall(text)]
    folded = f" {' '.join(words)} "
    if any(f" {p} " in folded for p in time.ONGOING_PHRASES):
        return True
    for k, (word, nxt) in enumerate(zip(words, words[1:], strict=False)):
        if (
            word in time.PROGRESSIVE_AUXILIARIES
            and _progressive(nxt, lang)
            and _event_near(words, k + 1, lang)
        ):
            return (
                True  # "were battling troops", "were carrying out strikes"; not "was questioning men who ..."
            )
    return time.PRESENT_TENSE_ONGOING and any(
        present_verb(w, lang.code)
        and lang.lemma_set(w).isdisjoint(lang.verbs)
        and _event_near(words, k, lang)
        for k, w in enumerate(words)
    )


_ONGOING_REACH = 3  # words around a verb in progress where the event it is goes on may be named


def _event_near(words: list[str], k: int, lang: Language) -> bool:
    """Is the verb at k, or a word next to it, the event ("ведут бои", "бои идут", "were battling")?"""
    return names_event(" ".join(words[max(k - _ONGOING_REACH, 0) : k + _ONGOING_REACH + 1]), lang)


def _progressive(word: str, lang: Language) -> bool:
    grammar, time = concept(lang.code, "grammar"), concept(lang.code, "time")
    ending: str = grammar.GERUND_ENDING
    return (
        bool(ending)
        and word.endswith(ending)
        and word not in grammar.NOT_GERUNDS
        and word not in time.NOT_PROGRESSIVE
        and lang.lemma_set(word).isdisjoint(lang.verbs)
    )


_TRAILER_WORDS = 5  # "..., the Kharkiv governor said on Wednesday."


def _trailed_by_speaker(text: str, t: TimeSpan) -> bool:
    """ "Missiles struck Kyiv on Tuesday, officials said.": the speaker closes the sentence after a
    comma, and the time before it is the event's."""
    rest = text[t.char_end :].lstrip()
    return (
        rest.startswith(",")
        and len(WORD.findall(text[: t.char_start])) > 1
        and len(WORD.findall(rest)) <= _TRAILER_WORDS
    )


def scene_places(report: ReportState, idx: int) -> tuple[int, list[PlaceMention]] | None:
    """The nearest sentence before this one in its paragraph that puts an event somewhere ("A
    Russian missile hit Kryvyi Rih"), and the places it names."""
    paragraph = report.sentences[idx].paragraph
    for j in range(idx - 1, -1, -1):
        if report.sentences[j].paragraph != paragraph:
            break
        places = report.event_places(j)
        if places:
            return j, places
    return None
