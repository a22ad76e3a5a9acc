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
from .language import Language
from .lexicon import concept
from .tokens import WORD
from .types import PlaceMention

if TYPE_CHECKING:
    from .pipeline import ReportState

# Places a scene lends: a site ("A missile hit Kryvyi Rih"), not the country or region a report's
# background names ("troops sent to Russia"), which says nothing of where this event happened.
SCENE_PLACE_KINDS = frozenset({"settlement", "facility"})
SCENE_SENTENCES = 6  # a report sets its scene in its opening sentences
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
    for idx, sentence in enumerate(report.sentences[:SCENE_SENTENCES]):
        lang = report.sentence_language(idx)
        times = report.times(idx, lang)
        anchored = any(t.precision == "day" and not t.relative_to_other for t in times)
        days = [
            t
            for t in resolve_relative(times, set())
            if t.precision == "day" and not t.dateline
            and (anchored or not t.relative_to_other or t.days_back == 0)
            and (report.published is None or t.start <= report.published)
            and not _edge_or_spoken(sentence.text, t, lang)
        ]  # fmt: skip
        if days and names_event(sentence.text, lang):
            yield idx, _reported_day(sentence.text, days, lang)


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
    prefixes = tuple(e[:-1] for e in events if e.endswith("*"))
    for word in WORD.findall(text):
        low = word.casefold()
        if low in events or low.startswith(prefixes) or lang.lemma(word) in events:
            return True
    return False


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
        not lang.lemma_set(word).isdisjoint(lang.verbs) for word in after
    ):
        return True  # "Минобороны в среду сообщило", "the ministry on Wednesday said"
    before = WORD.findall(text[: t.char_start])[-_SPEECH_GAP:]
    complementizers = concept(lang.code, "grammar").COMPLEMENTIZERS
    that = [i for i, word in enumerate(before) if word.casefold() in complementizers]
    if that:  # "claimed that the Friday strike ...": the time is in what was said
        before = before[that[-1] + 1 :]
    cues = lang.reading_lemmas
    return any(not lang.lemma_set(word).isdisjoint(cues) for word in before)


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
