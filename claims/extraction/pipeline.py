"""Report text + reference date + registry -> claim drafts, as named stages over one state.

    segment     the report into sentences (`sentences.py`), each with its language
    tokenize    words with their lemmas (`tokens.py`, `language.py`)
    mentions    actors, places, topic terms (`mentions.py`)
    attribute   speakers, their cues and stances (`speakers.py`, `attribution.py`, `stance.py`)
    content     times and figures (`dates.py`, `figures.py`); does the sentence state anything?
    assemble    one claim per source and proposition, with its own clause's places, figures and
                time (`assemble.py`), or the scene's day and place when it names none (`scene.py`)

`extract()` runs `segment` once, then the sentence stages (`SENTENCE_STAGES`) in order for each
sentence; a stage returns False when the sentence gives no claim, and the rest are skipped.
Every stage is a small function of `(SentenceState, ReportState)`, so each can be read, tested
and replaced alone. Words live in `lexicon/<lang>/`, never in a stage.

One claim per source per sentence that some cue attributes to it; a sentence that carries on a
speaker's account ("He said ...", "These units ...") keeps that speaker. Unattributed narration,
silence ("did not comment"), pure evaluation, calls to act, bare conditionals, the speaker's own
pledges and decisions ("said it would respond") give no claim, and a source saying again what it
said before gives none more. A report may
have an author (a ministry's statement, a channel's post): what nobody else is said to say there
is the author's claim when it carries a figure, a place, a topic or an event; a news outlet's
narration stays narration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import assemble, attribution, mentions, scene, speakers
from .dates import TimeSpan, anchor_from_text, find_times
from .index import CompiledRegistry, PlaceHit, compile_registry
from .language import Language, Lemmas, language
from .lexicon import concept, detect_language
from .sentences import Sentence, split_sentences
from .tokens import Token, tokenize
from .types import ClaimDraft, FigureDraft, PlaceEntry, PlaceMention, Registry, SourceEntry

PARSER_VERSION = "3.16"


@dataclass
class ReportState:
    """What the whole report shares: its text, date, registry, author and what was read so far."""

    text: str
    published: date | None
    registry: CompiledRegistry
    lang: Language
    author: attribution.Actor | None = None
    year_ref: date | None = None
    memory: attribution.ReportMemory = field(default_factory=attribution.ReportMemory)
    sentences: list[Sentence] = field(default_factory=list)
    drafts: list[ClaimDraft] = field(default_factory=list)
    cited_drafts: list[ClaimDraft] = field(default_factory=list)  # given to a source referred to
    given_drafts: list[ClaimDraft] = field(default_factory=list)  # given by the next sentence's "Об этом"
    header: tuple[attribution.Actor, int] | None = None  # "HUR update:" and the block it heads
    previous: SentenceState | None = None  # the last sentence that gave claims
    topics_of: dict[int, list[str]] = field(default_factory=dict)
    named_topics_of: dict[int, list[str]] = field(default_factory=dict)
    sources_of: dict[int, set[tuple[str | None, str]]] = field(default_factory=dict)
    attributed: set[int] = field(default_factory=set)  # sentences in which someone speaks
    tokens_of: dict[int, list[Token]] = field(default_factory=dict)
    _recurring: dict[str, bool] = field(default_factory=dict)
    scene: tuple[tuple[int, TimeSpan], ...] | None = None  # the days scenes are set on, once worked out
    event_places_of: dict[int, list[PlaceMention]] = field(default_factory=dict)
    times_of: dict[tuple[int, str], list[TimeSpan]] = field(default_factory=dict)
    languages_of: dict[int, Language] = field(default_factory=dict)

    def tokens(self, idx: int) -> list[Token]:
        if idx not in self.tokens_of:
            sentence = self.sentences[idx]
            self.tokens_of[idx] = tokenize(sentence.text, sentence.start)
        return self.tokens_of[idx]

    def sentence_language(self, idx: int) -> Language:
        """The language of one sentence (told once: the stages, the scene and the times ask)."""
        lang = self.languages_of.get(idx)
        if lang is None:
            lang = self.languages_of[idx] = _sentence_language(self.sentences[idx].text, self.lang)
        return lang

    def recurring(self, key: str) -> bool:
        """Does the report come back to this topic (name it in two sentences at least), rather than
        mention it in passing?"""
        if key not in self._recurring:
            named = (idx for idx in range(len(self.sentences)) if key in self.topics(idx))
            self._recurring[key] = next(named, None) is not None and next(named, None) is not None
        return self._recurring[key]

    def scene_topics(self, idx: int, sources: set[tuple[str | None, str]]) -> list[str]:
        """The topic of the sentence before, in the same paragraph, when nobody else's claim is
        there: narration that sets the scene ("A missile hit a block of flats in Kryvyi Rih.") makes
        what follows ("Thirty people are in hospital, the governor said") about the same thing."""
        j = idx - 1
        if j < 0 or self.sentences[j].paragraph != self.sentences[idx].paragraph:
            return []
        if j in self.attributed and not self.sources_of.get(j, set()) <= sources:
            return []  # someone else's account (or opinion) is no scene for this one
        return self.topics(j)

    def times(self, idx: int, lang: Language | None = None) -> list[TimeSpan]:
        """The time phrases of a sentence (read once: the scene and the sentence's own claims ask)."""
        sentence = self.sentences[idx]
        lang = lang or self.sentence_language(idx)
        if (idx, lang.code) not in self.times_of:
            found = find_times(sentence.text, self.published, self.year_ref, lang=lang.code)
            self.times_of[idx, lang.code] = found
        return self.times_of[idx, lang.code]

    def event_places(self, idx: int) -> list[PlaceMention]:
        """Where a sentence that names an event puts it (none for a sentence naming no event)."""
        if idx not in self.event_places_of:
            sentence = self.sentences[idx]
            state = SentenceState(idx, sentence, self.sentence_language(idx))
            found: list[PlaceMention] = []
            if scene.names_event(sentence.text, state.lang):
                tokenize_stage(state, self)
                for m in self.registry.matcher.find(self.text, state.tokens):
                    a, b = m.start - sentence.start, m.end - sentence.start
                    if b <= len(sentence.text):
                        state.place_hits.extend((a, b, p) for p in m.payloads if isinstance(p, PlaceHit))
                found = [place for _, place in assemble.read_places(state)]
            self.event_places_of[idx] = found
        return self.event_places_of[idx]

    def topics(self, idx: int) -> list[str]:
        """The topics of a sentence: those it names, or for a sentence of claims those its claims
        were found to be about (worked out only for sentences a claim needs)."""
        if idx not in self.topics_of:
            self.topics_of[idx] = self.named_topics(idx)
        return self.topics_of[idx]

    def named_topics(self, idx: int) -> list[str]:
        """The topics a sentence names in its own words."""
        if idx not in self.named_topics_of:
            self.named_topics_of[idx] = mentions.topic_keys(self.registry, self.text, self.tokens(idx))
        return self.named_topics_of[idx]


@dataclass
class SentenceState:
    """One sentence on its way through the stages."""

    index: int
    sentence: Sentence
    lang: Language
    tokens: list[Token] = field(default_factory=list)
    words: list[tuple[str, int, int, str]] = field(default_factory=list)  # text, start, end, folded
    lemmas: Lemmas = field(default_factory=Lemmas)  # each word's possible lemmas
    wset: set[str] = field(default_factory=set)
    actors: list[attribution.Actor] = field(default_factory=list)
    place_hits: list[tuple[int, int, PlaceHit]] = field(default_factory=list)  # within the sentence
    # The countries of registry sources the sentence names ("Lebanon's health ministry"): what "in the
    # country" may stand for.
    source_countries: list[tuple[int, int, PlaceEntry]] = field(default_factory=list)
    speakers: list[attribution.Speaker] = field(default_factory=list)
    continued: bool = False  # carries on an earlier speaker's account
    carried: bool = False  # a count right after one speaker's claim, in its paragraph
    authored: bool = False  # the report's author speaks
    times: list[TimeSpan] = field(default_factory=list)
    figures: list[FigureDraft] = field(default_factory=list)
    places: list[tuple[int, PlaceMention]] = field(default_factory=list)
    unplaced: list[tuple[int, str]] = field(default_factory=list)  # names no gazetteer knows
    event: TimeSpan | None = None
    claims: list[attribution.Speaker] = field(default_factory=list)
    topic_keys: list[str] = field(default_factory=list)
    names_event: bool | None = None  # does it name an event ("attacked", "удар")? read once

    @property
    def text(self) -> str:
        return self.sentence.text


Stage = Callable[[SentenceState, ReportState], bool]


def extract(
    text: str, published: date | None, registry: Registry, author: SourceEntry | None = None
) -> list[ClaimDraft]:
    """Claims of one report. Never raises on any text; returns [] when nothing is attributed.
    `author` is the source that published the report, if known (see the module's note)."""
    if not text or not text.strip():
        return []
    report = ReportState(
        text=text,
        published=published,
        registry=compile_registry(registry),
        lang=language(detect_language(text[:20_000])),
        author=_author_actor(author),
    )
    segment(report)
    for idx, sentence in enumerate(report.sentences):
        state = SentenceState(idx, sentence, report.sentence_language(idx))
        for stage in SENTENCE_STAGES:  # a plain loop: `all()` over a generator costs a resume per stage
            if not stage(state, report):
                break
        else:
            report.previous = state
    drafts = assemble.drop_cited_repeats(_relayed_throughout(report), report.cited_drafts)
    drafts = assemble.drop_headline_repeats(drafts, report.sentences)
    drafts = assemble.merge_repeats(assemble.merge_non_answers(drafts), report.given_drafts)
    return assemble.merge_restatements(drafts)


def _relayed_throughout(report: ReportState) -> list[ClaimDraft]:
    """Lawmakers the report says were briefed by a body or cite it ("после брифинга разведки",
    "citing the NIS") pass that body's words on wherever they speak in it, before that sentence
    too; so do unnamed officials or sources of the same name. Only when they relay one body."""
    memory = report.memory

    def group(name: str) -> str:
        return "lawmakers" if memory.go_betweens.get(name) == "government" else name

    bodies: dict[str, dict[tuple[str | None, str], attribution.Actor]] = {}
    for name, body in memory.relayed.items():
        if name in memory.go_betweens:
            bodies.setdefault(group(name), {})[attribution._identity(body)] = body
    out: list[ClaimDraft] = []
    seen: set[tuple[int, str | None, str, str]] = set()
    for draft in report.drafts:
        found = bodies.get(group(draft.source_name), {}) if draft.source_key is None else {}
        if draft.source_name in memory.go_betweens and len(found) == 1:
            body = next(iter(found.values()))
            draft = replace(draft, source_key=body.key, source_name=body.name, source_kind=body.kind)
        key = (draft.start, draft.source_key, draft.source_name, draft.stance)
        if key not in seen:
            seen.add(key)
            out.append(draft)
    return out


def _author_actor(author: SourceEntry | None) -> attribution.Actor | None:
    if author is None or not author.name or author.kind == "media":
        return None
    return attribution.Actor(0, 0, author.key, author.name, author.kind)


def _sentence_language(text: str, report_lang: Language) -> Language:
    code = detect_language(text, default=report_lang.code)
    return report_lang if code == report_lang.code else language(code)


def segment(report: ReportState) -> None:
    report.sentences = split_sentences(report.text)
    if report.published is None:
        anchor = anchor_from_text(report.text)
        report.year_ref = anchor + timedelta(days=180) if anchor else None


def worth_reading(state: SentenceState, report: ReportState) -> bool:
    """Could any cue attribute this sentence? (A cheap look before the real reading.)"""
    if report.author is not None or ":" in state.text:
        return True
    if report.header is not None and report.header[1] == state.sentence.block:
        return True
    if report.previous is not None and speakers.continues(state.text, state.lang):
        return True
    if speakers.carries_count(state, report):
        return True
    return speakers.has_cue_word(state.text, state.lang)


def tokenize_stage(state: SentenceState, report: ReportState) -> bool:
    state.tokens = report.tokens(state.index)
    base = state.sentence.start
    state.words = [(t.text, t.start - base, t.end - base, t.norm) for t in state.tokens]
    state.wset = {w[3] for w in state.words}
    state.lemmas = Lemmas(map(state.lang.lemma_set, [t.text for t in state.tokens]))
    return True


def meta_attribution(state: SentenceState, report: ReportState) -> bool:
    """ "Об этом сообщает ТАСС", "Про це повідомив Генштаб": a sentence that only names who said
    the previous one gives that one to its speakers (when nobody else was said to say it)."""
    if not state.speakers or state.lang.meta.first_words.isdisjoint(state.lemmas.vocab):
        return True  # no word of the sentence starts a meta phrase: one set operation
    # "Об этом сообщает X", not "X заявил, что об этом ему ничего не известно": the phrase stands
    # before any reported clause
    said = concept(state.lang.code, "grammar").COMPLEMENTIZERS
    clause = next((word[1] for word in state.words[1:] if word[3] in said), 60)  # "That is according to"
    opening = Lemmas(
        lemma for word, lemma in zip(state.words, state.lemmas, strict=True) if word[1] < min(60, clause)
    )
    if not state.lang.meta.search(opening):
        return True
    _give_previous(state, report, [sp for sp in state.speakers if not sp.relay])
    return False


def source_line(state: SentenceState, report: ReportState) -> bool:
    """ "Source: Kyrylo Budanov, head of the DIU, in an interview with ...": a line (as agencies write
    them) naming whose account the report gives. The sentence before it is that source's; the line
    itself is no claim (and its label no unnamed source)."""
    first = state.words[0] if state.words else None
    labels = state.lang.speech.SOURCE_LABELS
    if first is None or first[3] not in labels or not state.text[first[2] :].lstrip().startswith(":"):
        return True
    source = _line_source(state, report, first[2])
    if source is not None:  # the line's offsets mean nothing in the sentence before it
        actor = replace(source, start=0, end=0)
        _give_previous(state, report, [attribution.Speaker(actor, 0, 0, "meta", attribution.SAY)])
    return False


def _line_source(state: SentenceState, report: ReportState, label_end: int) -> attribution.Actor | None:
    """Whom a source line names: a registry source, else an unnamed group ("Ukrainian officials"),
    else the name right after the colon - a body the registry does not know yet is a new source."""
    named = [a for a in state.actors if a.start > label_end and not a.media and not a.anaphor]
    keyed = [a for a in named if a.key is not None]
    if keyed or named:
        return (keyed or named)[0]
    return attribution.line_name(state.text, state.text.index(":", label_end) + 1, report.memory)


def _give_previous(state: SentenceState, report: ReportState, speakers: list[attribution.Speaker]) -> None:
    """The previous sentence, when nobody was said to say it, is these speakers' claim; so are the
    sentences before it in the same paragraph, back to one somebody was said to say ("X will send
    6,000 troops. Among them are tanks. Про це розповів Буданов": "this" is the paragraph's news)."""
    if not speakers:
        return
    for idx in _unsourced_before(state, report):
        previous = SentenceState(idx, report.sentences[idx], state.lang)
        tokenize_stage(previous, report)
        mentions.find_mentions(previous, report)
        previous.speakers = [attribution.Speaker(sp.actor, 0, 0, "meta", sp.verb_class) for sp in speakers]
        if all(stage(previous, report) for stage in CLAIM_STAGES) and idx == state.index - 1:
            report.previous = previous


META_REACH = 3  # sentences of its paragraph a "this was reported by X" may stand after


def _unsourced_before(state: SentenceState, report: ReportState) -> list[int]:
    """The sentences a closing attribution covers, in order: the one before it, and when it closes
    a paragraph, those before that one in the paragraph that nobody was said to say."""
    idx = state.index - 1
    if idx < 0 or idx in report.sources_of:
        return []
    paragraph = state.sentence.paragraph
    found = [idx]
    if report.sentences[idx].paragraph == paragraph:
        for j in range(idx - 1, max(idx - META_REACH, -1), -1):
            if report.sentences[j].paragraph != paragraph or j in report.sources_of:
                break
            found.append(j)
    return found[::-1]


CLAIM_STAGES: tuple[Stage, ...] = (assemble.find_content, assemble.decide_stances, assemble.assemble_claims)
SENTENCE_STAGES: tuple[Stage, ...] = (
    worth_reading,
    tokenize_stage,
    mentions.find_mentions,
    source_line,
    speakers.find_speakers_stage,
    meta_attribution,
    speakers.fallback_speakers,
    assemble.find_content,
    assemble.decide_stances,
    assemble.assemble_claims,
)
