"""Report text + reference date + registry -> claim drafts.

One claim per source per sentence that some cue attributes to it; a sentence that carries on a
speaker's account ("He said ...", "These units ...") keeps that speaker. Unattributed narration,
silence ("did not comment"), pure evaluation and bare conditionals give no claim.

A report may have an author: the source that published it (a ministry's statement, a Telegram
channel's post, an API submission naming its source). What nobody else is said to say there is
the author's own claim, when it carries something a claim carries (a figure, a place, a topic,
an event); a news outlet's narration stays narration.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import attribution as attr
from .dates import TimeSpan, anchor_from_text, find_times, resolve_relative
from .figures import find_figures
from .index import CompiledRegistry, PlaceHit, SourceHit, TopicHit, compile_registry
from .sentences import Sentence, split_sentences
from .stance import ASSERTS, CONFIRMS, DENIES, DOES_NOT_DENY, is_silence, stance_of
from .tokens import WORD, Lazy, tokenize, word_set
from .types import ClaimDraft, PlaceMention, Registry, SourceEntry

PARSER_VERSION = "1.1"

_LOCATIVE = re.compile(
    r"(?:\b(?:in|to|into|from|near|at|outside|around|across|inside|within|toward|towards|through|via|throughout|"
    r"entering|enter|entered|reach|reached|arrived in|over|on)\s+(?:the\s+)?(?:territory of\s+)?|(?<!\w)(?:в|"
    r"во|у|на|из|із|з|до|по)\s+)$",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"^\W*(?:These|Those|Such|The same)\s+(?:\w+\s+){0,2}?(?:units?|troops|soldiers|forces|men|fighters|"
    r"figures?|"
    r"numbers?|personnel|servicemen|casualties|losses|deaths|prisoners|reports?|estimates?|data|information|"
    r"battalions?|brigades?|contingents?|deployments?)\b"
)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless)\b[^.;]{0,120}\b(?:would|could|might)\b|\b(?:would|could|might)\b[^.;]{0,80}\b(?:if|unless)\b"
    r"|(?<!\w)(?:если|якщо)(?!\w)[^.;]{0,120}(?<!\w)(?:бы|б)(?!\w)",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:illegal|unlawful|criminal|violat\w+|breach|escalation|threat to|dangerous|desperation|desperate|"
    r"shameful|unacceptable|heroes|heroism|heroic|provocation|outrageous|barbaric|reckless|grateful|appreciate|"
    r"must (?:end|stop)|should be|condemn\w*|a disgrace|cowardly|brave)\b",
    re.IGNORECASE,
)
_DESCRIBED_AS = re.compile(
    r"\b(?:described|describing|describes|called|calling|calls|termed|branded|labell?ed)\b(?!\s+(?:for|on|upon)\b)"
    r"[^.;]{0,80}?"
    r"(?:\bas\b|[\"“«]|\b(?:a|an)\s)",
    re.IGNORECASE,
)
_EVENT_WORDS = re.compile(
    r"\b(?:sent|send|sending|deployed|deploy|deploying|deployment|arrived|moved|killed|wounded|captured|fought|"
    r"fighting|trained|training|stationed|attack\w*|struck|strike|casualt\w+|losses|lost|died|dead|participat\w+|"
    r"took part|dispatched|dispatch|transferred|engaged|clash\w*|battle\w*|assault\w*)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:these|those|such|the same)\s+(?:\w+\s+)?(?:claims?|reports?|allegations?|information|figures?|"
    r"estimates?|assessments?|deployments?|troops|soldiers|units|forces|casualties|losses|prisoners|fighters)\b"
    r"|\bthe\s+(?:\w+\s+)?(?:claims?|reports?|allegations?|figures?|estimates?|assessments?)\b"
    r"|(?<!\w)(?:эт(?:от|а|у|ой|им|ом|и|их)|ц(?:ей|я|ю|і|ього|ій|им)|данн\w+|сообщени\w+|повідомлен\w+|тем[еуіи])(?!\w)",
    re.IGNORECASE,
)
_DATE_DIGITS = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}")
_CYRILLIC = re.compile(r"[а-яіїєґ]")
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
# Every word that can make a sentence attributed (reporting verbs and "according to", "citing", "per" ...).
_CUE_WORDS = frozenset(attr._VERBS_EN) | word_set(
    "according citing quoting per words put puts placed places reference referring report reports telegram "
    "channel"
)
_HEADER = re.compile(
    r"^\W*([^:]{2,60}?)\s*(?:update|updates|report|reports|says|statement|summary|briefing)?\s*:\s*$", re.I
)
_TIME_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week weekend weeks
    month months year years ago day days night autumn fall spring summer winter morning evening january
    february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec mid early late earlier"""
)
_ANAPHOR_HINTS = word_set(
    """he she they it its his her agency ministry department service spokesman spokesperson spokeswoman
    official minister president newspaper paper journal outlet channel statement report office military
    army commander general organisation organization alliance secretary chief envoy diplomat lawmaker
    broadcaster leader government administration prisoner soldier governor mayor blogger source sources
    officials country regime"""
)
_ANAPHOR_STARTS = word_set("he she they it the its his her")
_DESCRIBING = word_set("described describing describes called calling calls termed branded labelled labeled")


_STOP = word_set(
    """the a an of to in on and or that is was were be been has have had by for with as at from it its this
    their they he she said says told reported also would will could this these those there about after
    before while но и в на что это как по с о из за об этом также що це як і та про з із"""
)
_LEAD_IN = re.compile(r"^[^\"“«.;:]{0,90}?\bthat\s+")
# Words that may stand between a reporting verb and its "that": when, where, to whom it was said.
_LEAD_WORDS = word_set(
    """on in at after before during to by for with of from the a an its his her their this last late early
    earlier later on monday tuesday wednesday thursday friday saturday sunday today yesterday week month
    reporters journalists lawmakers parliament committee a closed-door closed door briefing statement
    interview conference hearing meeting video address post channel note email press television also
    separately repeatedly publicly previously again recently officially that citing quoting intelligence
    sources officials data figures"""
)
# Verbs whose next words are an object, not the claim ("told reporters ...", "dismissed the reports").
_TAKES_OBJECT = word_set(
    "told tells tell informed briefed confirmed confirms confirm called calls calling described describes "
    "thanked"
)


def extract(
    text: str, published: date | None, registry: Registry, author: SourceEntry | None = None
) -> list[ClaimDraft]:
    """Claims of one report. Never raises on any text; returns [] when nothing is attributed.
    `author` is the source that published the report, if known (see the module's note)."""
    if not text or not text.strip():
        return []
    compiled = compile_registry(registry)
    return _Extraction(text, published, compiled, author).run()


class _Extraction:
    def __init__(
        self, text: str, published: date | None, compiled: CompiledRegistry, author: SourceEntry | None = None
    ):
        self.text = text
        self.author = (
            attr.Actor(0, 0, author.key, author.name, author.kind)
            if author is not None and author.name and author.kind != "media"
            else None
        )
        self.published = published
        self.compiled = compiled
        self.year_ref: date | None = None
        if published is None:
            anchor = anchor_from_text(text)
            self.year_ref = anchor + timedelta(days=180) if anchor else None
        self.memory = attr.ReportMemory()
        self.drafts: list[ClaimDraft] = []
        self.sentence_topics: dict[int, list[str]] = {}
        self.header: tuple[attr.Actor, int] | None = None
        self.sentence_actors: dict[int, set] = {}
        self.place_kinds = {p.key: p.kind for p in compiled.places}

    def compiled_kind(self, key: str) -> str:
        return self.place_kinds.get(key, "")

    def run(self) -> list[ClaimDraft]:
        text = self.text
        self.sentences = split_sentences(text)
        self.sentence_tokens: dict[int, list] = {}
        previous: dict | None = None  # the last sentence that gave claims
        for idx, sentence in enumerate(self.sentences):
            if not self._worth_reading(sentence, previous):
                continue  # narration with no reporting word at all: nobody says anything here
            tokens = self._tokens(idx)
            ents = self.compiled.matcher.find(text, tokens)
            result = self._sentence(idx, sentence, tokens, ents, previous)
            if result is not None:
                previous = result
        return _merge_repeats(self.drafts)

    def _tokens(self, idx: int) -> list:
        if idx not in self.sentence_tokens:
            sentence = self.sentences[idx]
            self.sentence_tokens[idx] = tokenize(sentence.text, sentence.start)
        return self.sentence_tokens[idx]

    def _topics(self, idx: int) -> list[str]:
        """The topics a sentence names (worked out only for sentences a claim needs)."""
        if idx not in self.sentence_topics:
            matches = self.compiled.topics.find(self.text, self._tokens(idx))
            self.sentence_topics[idx] = sorted(
                {p.entry.key for m in matches for p in m.payloads if isinstance(p, TopicHit)}
            )
        return self.sentence_topics[idx]

    def _worth_reading(self, sentence: Sentence, previous: dict | None) -> bool:
        """Could any cue attribute this sentence? (A cheap look before the real reading.)"""
        s = sentence.text
        if self.author is not None:
            return True  # whatever nobody else says is the author's
        if ":" in s or (self.header is not None and self.header[1] == sentence.block):
            return True
        if previous is not None and _CONTINUATION.match(s):
            return True
        low = s.casefold()
        if _CYRILLIC.search(low):
            return True
        return not _CUE_WORDS.isdisjoint(_PLAIN_WORD.findall(low))

    # -----------------------------------------------------------------------------------------

    def _sentence(
        self, idx: int, sentence: Sentence, sentence_tokens, ents, previous: dict | None
    ) -> dict | None:
        s = sentence.text
        base = sentence.start
        actors: list[attr.Actor] = []
        place_hits: list[tuple[int, int, PlaceHit]] = []
        for m in ents:
            a, b = m.start - base, m.end - base
            if b > len(s):
                continue
            sources = [p for p in m.payloads if isinstance(p, SourceHit)]
            if sources:
                e = sources[0].entry
                actors.append(attr.Actor(a, b, e.key, e.name, e.kind, e.kind == "media"))
            for p in m.payloads:
                if isinstance(p, PlaceHit):
                    place_hits.append((a, b, p))
        cyrillic = any(t.is_cyrillic for t in sentence_tokens)
        words = [(t.text, t.start - base, t.end - base, t.norm) for t in sentence_tokens]
        generic = attr.generic_actors(s, self.compiled.lookup_source, 0, cyrillic)
        if generic:
            # "U.S. and Ukrainian officials": the group, not the countries named in it; but a registry
            # name that covers the whole phrase ("Russia's U.N. mission") knows better.
            generic = [g for g in generic if not any(x.start <= g.start and g.end <= x.end for x in actors)]
            covered = [(g.start, g.end) for g in generic]
            actors = [x for x in actors if not any(a <= x.start and x.end <= b for a, b in covered)]
            actors.extend(generic)
        wset = {w[3] for w in words}
        for m in self._anaphors(s, words, wset, cyrillic):
            if any(x.start <= m.start() < x.end for x in actors):
                continue
            # An anaphor with nobody before it may still point to this sentence's own speaker.
            resolved = self.memory.resolve(m.group("a")) or attr.Actor(0, 0, None, "")
            if resolved is not None:
                actors.append(
                    attr.Actor(
                        m.start(),
                        m.end(),
                        resolved.key,
                        resolved.name,
                        resolved.kind,
                        resolved.media,
                        anaphor=m.group("a"),
                    )
                )
        actors.sort(key=lambda x: x.start)
        speakers = attr.find_speakers(s, actors, self.memory, words)
        # Names are remembered after this sentence is read: "Kim said ... Kim Jong Un" must not
        # let the later name decide who the first "Kim" is.
        for actor in actors:
            if not actor.anaphor and actor.name:
                self.memory.remember(actor, s[actor.start : actor.end])
        _rebind_anaphors(speakers)
        speakers = [sp for sp in speakers if sp.actor.name]
        continued = False
        header = _HEADER.match(s) if s.endswith(":") else None
        if header and not speakers:
            # "HUR update:" / "Zelensky:" on a line of its own: the lines under it are that source's.
            named = [a for a in actors if a.end <= header.end(1) and not a.anaphor]
            self.header = (named[0], sentence.block) if named else None
            return None
        if not speakers and previous is not None and _CONTINUATION.match(s) and previous["index"] >= idx - 2:
            lead = previous["speakers"][0]
            speakers = [attr.Speaker(lead.actor, 0, 0, "continuation", attr.SAY)]
            continued = True
        if not speakers and self.header is not None and self.header[1] == sentence.block:
            speakers = [attr.Speaker(self.header[0], 0, 0, "colon", attr.SAY)]
            continued = True
        authored = not speakers and self.author is not None
        if authored:
            if s.rstrip().endswith("?") or len(words) < 4:
                return None  # a question or a fragment ("Glory to the heroes!") states nothing
            speakers = [attr.Speaker(self.author, 0, 0, "author", attr.SAY)]
        if not speakers:
            return None
        speaker_ids = {id(sp.actor) for sp in speakers}
        times = self._times(s, wset, cyrillic)
        figures = find_figures(s, [(t.char_start, t.char_end) for t in times], wset)
        placed = self._places(s, place_hits, speakers)
        places = [p for _, p in placed]
        topic_keys = self._topics(idx)
        marked = any(sp.verb_class in (attr.CONFIRM, attr.DENY, attr.DECLINE) for sp in speakers)
        if not marked and not figures and not self._has_content(s, actors, speakers):
            return None
        if not figures and (cyrillic or "if" in wset or "unless" in wset) and _CONDITIONAL.search(s):
            return None  # a bare conditional
        if authored and not (figures or placed or self._topics(idx) or _EVENT_WORDS.search(s)):
            return None  # the author's own words, but no claim in them
        event = self._event_time(s, times, speakers)
        claims: list[attr.Speaker] = []
        seen: dict[tuple, attr.Speaker] = {}
        ordered = sorted(speakers, key=lambda sp: (sp.cue_start, sp.actor.start))
        opinion = Lazy(lambda: _OPINION.search(s) is not None)
        evaluative = bool(wset & _DESCRIBING and not figures and opinion and _DESCRIBED_AS.search(s))
        for sp in ordered:
            clause = self._clause(s, ordered, sp)
            sp.clause = clause
            if is_silence(clause) and sp.verb_class not in (attr.DECLINE,):
                sp.stance = None
                continue
            if sp.verb_class == attr.EVALUATE and not figures:
                sp.stance = None
                continue
            sp.stance = self._stance(sp, clause if len(ordered) > 1 else s)
        for sp in ordered:
            if sp.how == "participle" and sp.lead is not None and sp.lead.stance is not None:
                sp.lead.stance = _more_marked(sp.lead.stance, sp.stance or ASSERTS)
                sp.stance = None  # "..., adding/saying/confirming ...": part of the lead's claim
        for sp in ordered:
            stance = sp.stance
            if stance is None:
                continue
            if stance == ASSERTS and not figures and opinion:
                specific = any(
                    self.compiled_kind(p.key) in ("settlement", "facility", "region") for p in places
                )
                if not specific and (evaluative or not _EVENT_WORDS.search(s)):
                    continue  # pure evaluation
            ident = attr._identity(sp.actor)
            same = [c for c in claims if attr._identity(c.actor) == ident]
            if same:
                # One claim per proposition: a second stance of the same source is a second claim.
                prior = next((c for c in same if c.stance == stance), None)
                if prior is None and stance == ASSERTS:
                    continue
                if prior is not None:
                    if prior.cited is None:
                        prior.cited = sp.cited
                    continue
                if all(c.stance == ASSERTS for c in same) and len(ordered) == 1:
                    same[0].stance = stance
                    continue
            seen[ident] = sp
            claims.append(sp)
        # A confirmation or denial of someone's report names that someone: both get the claim.
        extra = []
        for sp in claims:
            if sp.cited is None and sp.stance in (CONFIRMS, DENIES, DOES_NOT_DENY):  # type: ignore[attr-defined]
                sp.cited = attr.cited_actor(s, sp, actors, speaker_ids)
            if sp.cited is not None and sp.stance in (CONFIRMS, DENIES) and sp.how != "citing":  # type: ignore[attr-defined]
                c = sp.cited
                ckey = (c.key, c.name if c.key is None else "")
                if ckey not in seen:
                    cs = attr.Speaker(c, c.start, c.end, "cited", attr.SAY)
                    cs.stance = ASSERTS  # type: ignore[attr-defined]
                    seen[ckey] = cs
                    extra.append(cs)
        claims.extend(extra)
        if not claims:
            return None
        if not topic_keys:
            topic_keys = self._inherited_topics(idx, s, claims, continued, previous)
        for sp in claims:
            if sp.how != "cited":
                self.memory.speakers.append(sp.actor)
        # Two speakers with their own clauses ("X said A, while Y denied B"): each claim carries the
        # figures, places and time of its own clause only.
        clauses = len({sp.cue_start for sp in ordered}) > 1
        for sp in claims:
            cited = sp.cited
            own_figures, own_places, own_event = figures, places, event
            if clauses and sp.how != "cited":
                mine = attr._identity(sp.actor)
                before = [
                    o.cue_end
                    for o in ordered
                    if o.cue_end <= sp.cue_start and o.how != "cited" and attr._identity(o.actor) != mine
                ]
                a = max(before) if before else 0
                if before and a <= sp.actor.start < sp.cue_start:
                    a = sp.actor.start
                b = min(
                    (
                        o.cue_start
                        for o in ordered
                        if o.cue_start > sp.cue_start
                        and o.how not in ("participle", "cited")
                        and attr._identity(o.actor) != attr._identity(sp.actor)
                    ),
                    default=len(s),
                )
                own_figures = [f for f in figures if f.text and f.text in s[a:b]]
                own_places = [p for at, p in placed if a <= at < b]
                if event is not None and not (a <= event.char_start < b):
                    own_event = None
            event_here = own_event
            self.drafts.append(
                ClaimDraft(
                    sentence=s,
                    start=sentence.start,
                    end=sentence.end,
                    statement=_statement(s, sp, sum(_same(c, sp) for c in claims) > 1),
                    source_key=sp.actor.key,
                    source_name=sp.actor.name,
                    stance=sp.stance,  # type: ignore[attr-defined]
                    source_kind=sp.actor.kind,
                    cited_source_key=cited.key if cited is not None else None,
                    cited_source_name=cited.name if cited is not None else "",
                    places=list(own_places),
                    event_start=event_here.start if event_here else None,
                    event_end=event_here.end if event_here else None,
                    date_precision=event_here.precision if event_here else "",
                    date_text=event_here.text if event_here else "",
                    figures=list(own_figures),
                    topic_keys=list(topic_keys),
                )
            )
        self.sentence_topics[idx] = topic_keys
        self.sentence_actors[idx] = {attr._identity(sp.actor) for sp in claims}
        return {
            "index": idx,
            "speakers": claims,
            "topics": topic_keys,
            "sources": {(sp.actor.key, sp.actor.name) for sp in claims},
        }

    @staticmethod
    def _anaphors(s: str, words, wset: set[str], cyrillic: bool):
        """ "he", "the agency", "its statement": tried only where such a word starts."""
        if not (wset & _ANAPHOR_HINTS or cyrillic):
            return
        for _w, a, _b, lw in words:
            if lw in _ANAPHOR_STARTS or (cyrillic and lw in attr.ANAPHOR_CYRILLIC):
                m = attr._ANAPHOR.match(s, a)
                if m is not None:
                    yield m

    def _inherited_topics(
        self, idx: int, s: str, claims, continued: bool, previous: dict | None
    ) -> list[str]:
        """A claim that carries on an account is about what the account is about."""
        ids = {attr._identity(sp.actor) for sp in claims}
        refers_back = continued or bool(_BACK_REFERENCE.search(s)) or any(sp.actor.anaphor for sp in claims)
        for back in (1, 2):
            j = idx - back
            if j < 0:
                break
            same_source = bool(ids & self.sentence_actors.get(j, set()))
            if not (same_source or (refers_back and back == 1)):
                continue
            topics = self._topics(j)
            if topics:
                return list(topics)
        return []

    # -----------------------------------------------------------------------------------------

    def _times(self, s: str, wset: set[str], cyrillic: bool) -> list[TimeSpan]:
        if not (cyrillic or wset & _TIME_WORDS or _DATE_DIGITS.search(s)):
            return []  # numbers alone ("3,000 soldiers") are no date
        return find_times(s, self.published, self.year_ref, cyrillic=cyrillic)

    def _event_time(self, s: str, times: list[TimeSpan], speakers) -> TimeSpan | None:
        if not times:
            return None
        said_at: set[int] = set()
        for t in times:
            for sp in speakers:
                if _attached(s, t, sp):
                    said_at.add(t.char_start)
        times = resolve_relative(times, said_at)
        events = [t for t in times if t.char_start not in said_at]
        return events[0] if events else None

    def _places(self, s: str, hits, speakers) -> list[tuple[int, PlaceMention]]:
        speaking = [(sp.actor.start, sp.actor.end) for sp in speakers]
        out: list[tuple[int, PlaceMention]] = []
        seen: set[str] = set()
        for a, b, hit in hits:
            if any(x <= a < y for x, y in speaking):
                continue
            if hit.needs_locative and (
                _POSSESSIVE_START.match(s[b:]) or not _LOCATIVE.search(s[max(0, a - 30) : a])
            ):
                continue
            if hit.entry.key in seen:
                continue
            seen.add(hit.entry.key)
            out.append((a, PlaceMention(key=hit.entry.key, text=s[a:b])))
        return out

    @staticmethod
    def _clause(s: str, ordered, sp) -> str:
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

    @staticmethod
    def _stance(sp, scope: str) -> str:
        if sp.how == "cited":
            return ASSERTS
        stance = stance_of(scope)
        if sp.verb_class == attr.CONFIRM and stance == ASSERTS:
            return CONFIRMS
        if sp.verb_class == attr.DECLINE and stance == ASSERTS:
            return DOES_NOT_DENY
        return stance

    @staticmethod
    def _has_content(s: str, actors, speakers) -> bool:
        """Is there anything said beyond who said it? ("Об этом сообщает ТАСС." has nothing.)"""
        spans = [(sp.actor.start, sp.actor.end) for sp in speakers] + [
            (sp.cue_start, sp.cue_end) for sp in speakers
        ]
        words = 0
        for m in WORD.finditer(s):
            if any(x <= m.start() < y for x, y in spans):
                continue
            if m.group().casefold() in _STOP:
                continue
            words += 1
            if words >= 2:
                return True
        return False


_MARK_ORDER = {ASSERTS: 0, CONFIRMS: 1, DENIES: 2, DOES_NOT_DENY: 3}


def _more_marked(a: str, b: str) -> str:
    return a if _MARK_ORDER.get(a, 0) >= _MARK_ORDER.get(b, 0) else b


def _rebind_anaphors(speakers) -> None:
    """ "X said ... and he added": within a sentence a pronoun is the sentence's own speaker."""
    first = next((sp for sp in speakers if not sp.actor.anaphor), None)
    if first is None:
        return
    for sp in speakers:
        if sp.actor.anaphor and sp.actor.start > first.actor.start:
            a = first.actor
            sp.actor = attr.Actor(
                sp.actor.start, sp.actor.end, a.key, a.name, a.kind, a.media, anaphor=sp.actor.anaphor
            )


def _attached(s: str, t: TimeSpan, sp) -> bool:
    """Is this time when the speaker spoke ("said on Monday", "On Monday, X said")?"""
    if sp.how in ("continuation", "cited", "colon", "channel", "author"):
        return False
    cue_a, cue_b = sp.cue_start, sp.cue_end
    actor_a = min(sp.actor.start, cue_a)
    if t.char_start >= cue_b:
        # "was confirmed by the NIS on Friday": the speaker's name stands between verb and time
        after = sp.actor.end if cue_b <= sp.actor.start < t.char_start else cue_b
        between = s[after : t.char_start]
        if len(WORD.findall(between)) > 5 or _EVENT_WORDS.search(between):
            return False
        return len(between) <= 45 and not re.search(
            r"\bthat\b|[\"“«:;]|\b(?:when|after|before|since)\b", between
        )
    if t.char_end <= actor_a:
        return _ONLY_COMMA_OR_THE.fullmatch(s[t.char_end : actor_a]) is not None
    return actor_a <= t.char_start and t.char_end <= cue_b + 1


def _merge_repeats(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """One claim per proposition per source: a later sentence giving the same source's same headline
    figure (a caption, a recap) adds its figures and places to the first claim instead of repeating it."""
    out: list[ClaimDraft] = []
    for draft in drafts:
        if draft.figures:
            lead = (draft.figures[0].value, draft.figures[0].unit)
            earlier = next(
                (
                    d
                    for d in out
                    if (d.source_key, d.source_name) == (draft.source_key, draft.source_name)
                    and d.stance == draft.stance
                    and any((f.value, f.unit) == lead for f in d.figures)
                ),
                None,
            )
            if earlier is not None:
                known = {(f.value, f.unit) for f in earlier.figures}
                earlier.figures.extend(f for f in draft.figures if (f.value, f.unit) not in known)
                keys = {p.key for p in earlier.places}
                earlier.places.extend(p for p in draft.places if p.key not in keys)
                earlier.topic_keys = sorted(set(earlier.topic_keys) | set(draft.topic_keys))
                continue
        out.append(draft)
    return out


def _trailing(s: str, sp) -> bool:
    """Is the attribution the sentence's tail ("A, President Zelensky said on Monday.")?"""
    head = min(sp.actor.start, sp.cue_start)
    tail = s[sp.cue_end :]
    return (
        head > 15
        and s[:head].rstrip().endswith((",", '"', "”", "»", "—"))
        and len(WORD.findall(tail)) <= 7
        and not _THAT_OR_QUOTE.search(tail)
    )


def _same(a, b) -> bool:
    return attr._identity(a.actor) == attr._identity(b.actor)


def _statement(s: str, sp, multiple: bool = False) -> str:
    """The claim without its attribution: "X said on Monday that A" -> "A"; "'A,' X said" -> "A"."""
    end = getattr(sp, "clause_end", len(s)) if multiple else len(s)
    out = s[:end]
    negated = _NEGATION.search(s[max(0, sp.cue_start - 30) : sp.cue_start])
    if sp.how == "according" and sp.cue_start < 3 and "," in s[sp.cue_end : sp.cue_end + 90]:
        out = _UP_TO_COMMA.sub("", s[sp.cue_end : end])
    elif (
        sp.how in ("verb", "participle")
        and sp.verb_class in (attr.SAY, attr.CONFIRM)
        and not negated  # "did not confirm that A" is not the claim A
        and (sp.actor.start <= 40 or (multiple and sp.actor.start >= getattr(sp, "clause_start", 0)))
        and sp.cue_end < end - 20
    ):
        rest = s[sp.cue_end : end]
        m = _LEAD_IN.match(rest)
        verb = s[sp.cue_start : sp.cue_end].casefold()
        if m and all(w.casefold() in _LEAD_WORDS or w[:1].isupper() for w in WORD.findall(m.group())[:-1]):
            out = rest[m.end() :]  # "said on Monday at a briefing that A" -> "A"
        elif not m and verb not in _TAKES_OBJECT:
            out = rest.lstrip(" ,")  # "warned Pyongyang could send more" -> "Pyongyang could send more"
    elif sp.how in ("verb", "inverted") and not multiple and _trailing(s, sp):
        out = s[: min(sp.actor.start, sp.cue_start)].rstrip(" ,—-")  # "A, the agency said." -> "A"
    out = out.strip().strip('"“”«»').strip().rstrip(",;").strip()
    out = _DANGLING_BUT.sub("", out)
    if len(out) < 12:
        return s
    if out[-1] not in ".!?…":
        out += "."
    return out[0].upper() + out[1:]


# Patterns used inside functions, compiled once.
_POSSESSIVE_START = re.compile(r"^(?:'s|’s)\b")
_ONLY_COMMA_OR_THE = re.compile(r"[\s,]*(?:the\s+)?", re.IGNORECASE)
_THAT_OR_QUOTE = re.compile(r"\bthat\b|[\"“«]")
_NEGATION = re.compile(r"\b(?:not|n't|never|neither)\b")
_UP_TO_COMMA = re.compile(r"^[^,]{1,90},\s*")
_DANGLING_BUT = re.compile(r",?\s*but\s*(?:he|she|it|they)?$")
