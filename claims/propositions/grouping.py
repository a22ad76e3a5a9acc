"""Grouping claims into propositions. Pure Python: claim facts in, a proposition key out; no ORM.

Structured keys first, text second: a claim's *scope* (its topic), its *frame* (the main question it
answers, `frames.FRAMES`), for a locative frame the most specific place it names, for an event frame
its date, and the places it names must be compatible with a proposition's before text similarity
(rapidfuzz on lemmatized words, stance words left out) picks among the candidates. The stance plays
no part in the keys, so a denial lands in the proposition it denies.

`Grouper` does it in memory, claim by claim, for `extract_claims --propositions` and the evaluation;
the service (`claims.propositions.service`) does the same against the database with `match`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from claims.extraction.language import language
from claims.extraction.lexicon import detect_language

from .frames import (
    AGENT_KINDS,
    ATTRIBUTION_MARKERS,
    CONCESSION_MARKERS,
    FRAMES,
    FRONT_PHRASES,
    FRONT_STEMS,
    GROUND_ATTACK_WORDS,
    LINK_FILLERS,
    LINK_SPAN,
    LINKING_WORDS,
    NEAR_BREAKS,
    NEAR_SPAN,
    NONCOMBATANT_KINDS,
    NOT_LOSSES,
    OFFICER_STEMS,
    ONE_ATTACK_STEMS,
    ORIGIN_ARTICLES,
    ORIGIN_WORDS,
    PLACE_REFERENCES,
    PLACE_WORDS,
    PRESENCE_AT_PLACE,
    PRESENCE_WORDS,
    PRISONER_WORDS,
    PROVIDED_WITH,
    PURPOSE_CLAUSE_MARKERS,
    PURPOSE_MARKERS,
    PURPOSE_VERBS,
    REASON_MARKERS,
    SENDING_STEMS,
    SHIP_DAMAGE,
    SPECIFIC_PLACE_KINDS,
    STANCE_STEMS,
    STRIKE_WORDS,
    TARGET_KINDS,
    TESTIMONY_WORDS,
    TIME_MARKERS,
    TOLD_THE_PRESS,
    TROOP_NOUNS,
    TROOP_WORDS,
    VICTIM_FRAMES,
    VICTIM_KINDS,
    WEAPON_KINDS,
    WEAPON_STEMS,
    WHOLE_WAR,
    Frame,
)

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
FRAMES_BY_NAME = {f.name: f for f in FRAMES}
# Bump when a change to the rules here or in frames.py can group claims differently: reports grouped
# by an older version are found by `manage.py regroup --outdated` (as PARSER_VERSION for reparse).
GROUPING_VERSION = "2026.12.03.2"
# A frameless claim joins a proposition only when its words are this close (0-100).
TEXT_THRESHOLD = 72.0
MAX_SAMPLES = 6  # member texts a proposition keeps for comparing


@dataclass(frozen=True)
class ClaimFacts:
    """What grouping reads of a claim: the statement, stance, topic keys, places as (name, kind) in
    the order named, figure units and the date the claim is about (or its report's)."""

    text: str
    stance: str = "asserts"
    topics: tuple[str, ...] = ()
    places: tuple[tuple[str, str], ...] = ()
    units: tuple[str, ...] = ()
    day: date | None = None
    countries: tuple[str, ...] = ()  # the countries its places lie in, where known


@dataclass(frozen=True)
class Signature:
    scope: str
    frame: str
    place: str  # for a locative frame: the most specific place named ("" for none)
    specific: frozenset[str]
    units: frozenset[str]
    day: date | None
    words: str
    # for an event frame: the kinds of what was hit; for a supply: the kinds of weapons supplied
    targets: frozenset[str] = frozenset()

    @property
    def window(self) -> int | None:
        frame = FRAMES_BY_NAME.get(self.frame)
        return frame.window_days if frame else None

    @property
    def slot(self) -> tuple[str, str, str]:
        """The keys a candidate must share exactly (`compatible`): what candidates are looked up by."""
        return (self.scope, self.frame, self.place)

    def base_key(self) -> str:
        parts = [self.scope or "-", self.frame or "text"]
        if self.place:
            parts.append(self.place)
        if self.window is not None and self.day:
            parts.append(self.day.isoformat())
        return ":".join(parts)


@dataclass
class Candidate:
    """A proposition as grouping sees it: its keys and a few member texts."""

    key: str
    scope: str
    frame: str
    place: str
    specific: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    first_day: date | None = None
    last_day: date | None = None
    samples: list[str] = field(default_factory=list)

    @property
    def slot(self) -> tuple[str, str, str]:
        return (self.scope, self.frame, self.place)

    @classmethod
    def start(cls, key: str, sig: Signature) -> Candidate:
        cand = cls(key=key, scope=sig.scope, frame=sig.frame, place=sig.place)
        cand.absorb(sig)
        return cand

    def absorb(self, sig: Signature) -> None:
        self.specific |= sig.specific
        self.targets |= sig.targets
        if sig.day:
            self.first_day = min(filter(None, (self.first_day, sig.day)))
            self.last_day = max(filter(None, (self.last_day, sig.day)))
        if sig.words and len(self.samples) < MAX_SAMPLES:
            self.samples.append(sig.words)


def _folded_words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text or "")]


@dataclass(frozen=True)
class _Cues:
    prefixes: tuple[str, ...]
    exact: frozenset[str]


def _cues(stems: tuple[str, ...]) -> _Cues:
    return _Cues(
        tuple(s for s in stems if not s.endswith("$")),
        frozenset(s[:-1] for s in stems if s.endswith("$")),
    )


_CUES = {f.name: _cues((*f.stems, *f.subjects)) for f in FRAMES}
_SUBJECTS = {f.name: _cues(f.subjects) for f in FRAMES if f.subjects}
_REQUIRED = {f.name: _cues(f.requires) for f in FRAMES if f.requires}


def _at(cues: _Cues, word: str) -> bool:
    return word in cues.exact or (bool(cues.prefixes) and word.startswith(cues.prefixes))


def _cue_pattern(cues: _Cues) -> re.Pattern[str]:
    """A word of the folded text (words joined by single spaces) that starts with a prefix or is
    an exact word: `_cue_at` over every word, in one search. The stems are factored into a trie
    ("бо(?:й|ев|ях)"), so a search costs about the length of a word, not of the list."""
    return re.compile("(?:^| )" + _trie_pattern(cues.prefixes, cues.exact))


_PREFIX_END, _WORD_END = "prefix", "word"


def _trie_pattern(prefixes: Iterable[str], exact: Iterable[str] = ()) -> str:
    """One regex for strings that start with one of `prefixes` or are one of `exact` (then a space
    or the end), factored into a trie; "(?!)" (no match) for none."""
    trie: dict = {}
    for stems, end in ((prefixes, _PREFIX_END), (exact, _WORD_END)):
        for stem in stems:
            node = trie
            for ch in stem:
                node = node.setdefault(ch, {})
            node.setdefault("", set()).add(end)
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    ends = node.get("", set())
    alternatives = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if _PREFIX_END in ends:
        # a prefix ends here: any rest matches (the longest entry first, for what `sub` blanks out)
        return "(?:" + "|".join(alternatives) + "|)" if alternatives else ""
    if _WORD_END in ends:
        alternatives.append("(?= |$)")
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


_CUE_PATTERNS = {name: _cue_pattern(cues) for name, cues in _CUES.items()}


def _cue_at(frame: Frame, word: str) -> bool:
    return _at(_CUES[frame.name], word)


def _requirement_met(frame: Frame, words: list[str]) -> bool:
    required = _REQUIRED.get(frame.name)
    return required is None or any(_at(required, w) for w in words)


# A frame's phrases open at a word's start ("у атаку" is no phrase in "нічну атаку", nor "expect" in
# "unexpected"); they may end inside one ("more troops" in "more troopships" is rare, "largest" is whole).
# (a few phrases are looked for one by one, more in one pattern: its cost does not grow with the list)
_FEW = 8
_PHRASES: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    f.name: tuple(" " + p for p in f.phrases)
    if len(f.phrases) <= _FEW
    else re.compile("(?:^| )" + _trie_pattern(f.phrases))
    for f in FRAMES
    if f.phrases
}
# A frame's `unless` phrases blanked out wherever they stand, in one pass.
_UNLESS = {f.name: re.compile(_trie_pattern(f.unless)) for f in FRAMES if f.unless}


def _phrase_in(phrases: tuple[str, ...] | re.Pattern[str], text: str) -> bool:
    if isinstance(phrases, re.Pattern):
        return phrases.search(text) is not None
    padded = " " + text
    return any(p in padded for p in phrases)


def _triggers(frame: Frame) -> _Cues:
    """The words of which one must be in a text for `_has_cue` to find the frame's cue there: its
    stems, the first word of its phrases (a phrase of one word may end inside a word), the first
    words of its near pairs and its predicative stems."""
    phrases = [p.split() for p in frame.phrases]
    prefixes = {p[0] for p in phrases if len(p) == 1}
    exact = {p[0] for p in phrases if len(p) > 1}
    for cues in (_CUES[frame.name], _PREDICATIVE.get(frame.name), *(_cues(a) for a, _ in frame.near)):
        if cues is not None:
            prefixes.update(cues.prefixes)
            exact.update(cues.exact)
    return _Cues(tuple(sorted(prefixes)), frozenset(exact))


_TRIGGERED: dict[str, frozenset[str]] = {}  # word -> the frames it triggers (grows with the vocabulary)


def _triggered(words: list[str]) -> set[str]:
    """The frames of `_TRIGGERS` that some word of `words` triggers: the others have no cue there,
    which spares searching for them (a claim is compared with most frames before its own)."""
    found: set[str] = set()
    for word in words:
        frames = _TRIGGERED.get(word)
        if frames is None:
            if len(_TRIGGERED) > 100_000:
                _TRIGGERED.clear()
            frames = _TRIGGERED[word] = frozenset(n for n, cues in _TRIGGERS.items() if _at(cues, word))
        found.update(frames)
    return found


def _has_cue(frame: Frame, text: str) -> bool:
    unless = _UNLESS.get(frame.name)
    if unless is not None:
        text = unless.sub(" ", text)
    phrases = _PHRASES.get(frame.name)
    if phrases is not None and _phrase_in(phrases, text):
        return True
    if _CUE_PATTERNS[frame.name].search(text) is not None:
        return True
    near = _NEAR.get(frame.name)
    if near is not None and any(p.search(text) for p in near[1]) and _near_cue(near[0], text.split()):
        return True
    return frame.name in _PREDICATIVE and _predicative_cue(_PREDICATIVE[frame.name], text.split())


_NEAR_BREAKS = _cues(NEAR_BREAKS)
# A frame's near pairs, and the patterns of their first words: the pairs are walked word by word only
# when one of those is in the text at all.
_NEAR = {
    f.name: (
        tuple((_cues(a), _cues(b)) for a, b in f.near),
        tuple(_cue_pattern(_cues(a)) for a, _ in f.near),
    )
    for f in FRAMES
    if f.near
}


def _near_cue(pairs: tuple[tuple[_Cues, _Cues], ...], words: list[str]) -> bool:
    """A word of a pair's first kind followed within `NEAR_SPAN` words by one of its second kind."""
    for first, then in pairs:
        for i, word in enumerate(words):
            if not _at(first, word):
                continue
            for follower in words[i + 1 : i + 2 + NEAR_SPAN]:
                if _at(_NEAR_BREAKS, follower):
                    break
                if _at(then, follower):
                    return True
    return False


_PREDICATIVE = {f.name: _cues(f.predicative) for f in FRAMES if f.predicative}
_LINKING, _FILLERS = _cues(LINKING_WORDS), _cues(LINK_FILLERS)
# Frames whose cue can only be where one of their trigger words is (not those with `unless`
# phrases: blanking one out may leave the rest of a word standing as a word of its own).
_TRIGGERS = {f.name: _triggers(f) for f in FRAMES if not f.unless}


def _predicative_cue(cues: _Cues, words: list[str]) -> bool:
    """A cue word that follows a linking word ("is", "has"), with at most `LINK_SPAN` fillers
    ("not an", "no current") between: what the claim says its subject is or has."""
    for i, word in enumerate(words):
        if not _at(_LINKING, word):
            continue
        for follower in words[i + 1 : i + 2 + LINK_SPAN]:
            if _at(cues, follower):
                return True
            if not _at(_FILLERS, follower):
                break
    return False


def _purpose_only(frame: Frame, words: list[str]) -> bool:
    """ "sent troops to take part in combat": a combat word inside a purpose clause after a word
    of sending is the purpose, not the claim (the claim is the sending)."""
    if frame.name != "combat":
        return False
    sent = next((i for i, w in enumerate(words) if w.startswith(SENDING)), None)
    if sent is None:
        return False
    tail = words[sent + 1 :]
    first_cue = next((i for i, w in enumerate(words) if _cue_at(frame, w)), len(words))
    if first_cue < len(words) and words[first_cue].endswith(_INFINITIVE_ENDINGS):
        # "отправила военных воевать": an infinitive right after the sending is its purpose (not a
        # later one: "отправленные в Курск солдаты начали штурмовать")
        return 0 < first_cue - sent <= _PURPOSE_SPAN
    if "to" not in tail and "для" not in tail and "чтобы" not in tail and "щоб" not in tail:
        return False
    return first_cue > sent


_INFINITIVE_ENDINGS = ("ть", "ться", "ти", "тися")  # Russian and Ukrainian infinitives
_PURPOSE_SPAN = 3  # words at most from a sending to the infinitive of its purpose


def frame_of(
    text: str, units: Iterable[str] = (), *, named_place: bool = False, areas: Iterable[str] = ()
) -> str:
    """The claim's main question: the first frame whose cue appears in its main part (a reason it
    gives, "because of heavy losses", explains the claim and is not its question: guideline rule 9;
    nor is an aside in brackets, a concession, a time clause, a purpose or an attribution: rule 1),
    else in the whole text. `named_place`: whether the claim names a
    specific place (a region, a town), where a headcount at the front is counted (guideline rule 4);
    `areas`: the places it names below a country ("eastern Russia", "Buryatia"), as `place_key`s."""
    words = _folded_words(text)
    outside = _ASIDE.sub(" ", text or "")
    outside = _SIDE_CLAUSE.sub(" ", outside) if "," in outside else outside
    unbracketed = _folded_words(outside)
    # a claim of two clauses ("the captured soldiers are questioned; one said he got his document in
    # training") is filed under the first
    first = outside.split(";", 1)[0] if ";" in outside else outside
    leading = _folded_words(first) if first is not outside else unbracketed
    claim = _Claim(frozenset(units), not named_place, tuple(areas))
    parts = (
        _outside_reason(first, leading),
        leading if len(leading) < len(unbracketed) else [],
        unbracketed if len(unbracketed) < len(words) else [],
    )
    for part in parts:
        found = _first_frame(part, words, claim) if part else ""
        if found:
            return found
    found = _first_frame(words, words, claim)
    if not found and claim.units & TROOP_UNITS:
        # "About 11,000 North Koreans are in Russia": a troop headcount that names no question is a point
        # of the deployment series (guideline rule 3), whatever word it counts them by
        return "deployment"
    return found


@dataclass(frozen=True)
class _Claim:
    """What framing reads of a claim besides its words."""

    units: frozenset[str]
    at_front_counts: bool  # whether a headcount at the front is about combat (no specific place named)
    areas: tuple[str, ...] = ()  # places below a country (`frame_of`)


# An aside in brackets ("(incl. missing and captured)", "(via a lawmaker)") is a side remark: it
# does not change what the claim is about (guideline rule 1), so frames are looked for outside first.
_ASIDE = re.compile(r"\([^()]*\)")
# So is, after a comma: a "which" clause ("the Kursk region, which it lost last year", ", которую ..."),
# describing something the claim names, up to the next comma or the end of the sentence ("where" and
# "who" clauses that end a claim often carry the news: "moved to Kursk, where they began fighting");
# a "who" clause between commas ("the soldiers, who trained for a month, have begun fighting") and what
# is named beside what the claim counts (", along with millions of shells,"); a participle between commas
# (", trained by Russian instructors,", ", having completed training,"); an
# attribution (", according to documents seen by ...", ", citing captured men"): where the claim comes
# from (one that opens the claim is looked past in `_outside_reason`); and what befell some of those the
# claim counts (", some of whom have since been killed", ", часть из которых погибла"); a reason, concession
# or purpose between commas, with the claim's verb after it ("дві тисячі військових, яких відправили, щоб
# вони воювали в Україні, загинули": they died). One pass for all.
_MID_BACKGROUND = sorted(
    (*REASON_MARKERS, *CONCESSION_MARKERS, *PURPOSE_CLAUSE_MARKERS), key=len, reverse=True
)
_SIDE_CLAUSE = re.compile(
    r",\s+(?:(?:which|котор\w*|як(?:ий|а|е|і|ого|ої|их))\b[^,;.]*"
    r"|(?:who|whom|whose|along with|together with|as well as|вместе с|наряду с|разом (?:з|із)|поряд (?:з|із))"
    r"\b[^,;.]*(?=,)"
    r"|(?:having|being|[^\W\d_]+(?:ed|en|ught)\s+(?:by|in|at))\b[^,;.]*(?=,)"
    r"|(?:[^\s,;]+\s+){1,3}(?:of\s+(?:whom|which|them)|из\s+(?:котор\w*|них)|(?:з|із)\s+(?:яких|них))\b[^,;.]*"
    r"|(?:" + "|".join(re.escape(m) for m in ATTRIBUTION_MARKERS) + r")\b[^,;.]*"
    r"|(?:" + "|".join(re.escape(m) for m in _MID_BACKGROUND) + r")\b[^,;.]*(?=,))",
    re.IGNORECASE,
)


def _outside_reason(text: str, words: list[str]) -> list[str]:
    """The words before the first background marker (a reason, "because", "из-за"; a concession,
    "despite"; an attribution, "according to"; a purpose, "in order to") after the first word, or []
    for none; for a claim that opens with its background ("Because of heavy losses, activity fell",
    "According to X, ..."), the words after its commas. One search over the folded words."""
    folded = " ".join(words)
    opened = False
    while _REASON_START.match(folded) and "," in text:
        text = text.split(",", 1)[1]
        folded, opened = " ".join(_folded_words(text)), True
    words = folded.split() if opened else words
    found = _REASON_PATTERN.search(folded, len(words[0])) if len(words) > 1 else None
    if found:
        return words[: folded.count(" ", 0, found.start() + 1)]
    return words if opened else []


# A marker as whole words, after a space (its word index is the number of spaces up to that one),
# or opening the claim (where a time clause is background too).
def _markers(markers: Iterable[str]) -> str:
    return "|".join(re.escape(" ".join(m.split())) for m in sorted(markers, key=len, reverse=True))


_BACKGROUND = (*REASON_MARKERS, *CONCESSION_MARKERS, *PURPOSE_CLAUSE_MARKERS, *TIME_MARKERS)
_REASON_PATTERN = re.compile(f" (?:{_markers(_BACKGROUND)})(?= |$)")
_REASON_START = re.compile(f"(?:{_markers((*_BACKGROUND, *ATTRIBUTION_MARKERS))})(?= |$)")


_TESTIMONY = ((_cues(PRISONER_WORDS), _cues(TESTIMONY_WORDS)),)


def _first_frame(words: list[str], all_words: list[str], claim: _Claim) -> str:
    if _near_cue(_TESTIMONY, words):
        return "prisoners"  # a prisoner's testimony, of whatever it tells (guideline rule 10)
    folded = " ".join(words)
    units = claim.units
    triggered = _triggered(words)
    for frame in FRAMES:
        cued = (frame.name in triggered or frame.name not in _TRIGGERS) and _has_cue(frame, folded)
        if not (cued or _ground_attack(frame, words)) or not _requirement_met(frame, all_words):
            continue
        if _purpose_only(frame, words) or _war_toll(frame, all_words) or _no_losses(frame, folded):
            continue
        if frame.name == "training" and not _names_training(words, claim):
            continue
        if frame.subjects and not units & TROOP_UNITS and _only_subjects_named(frame, words, claim):
            continue
        if frame.name == "additional" and _weapons_not_troops(words):
            continue  # "a new batch of 250 drones": more weapons delivered, not more troops
        if frame.uncounted and units & HEADCOUNT_UNITS:
            continue
        if _counts_troops_sent(frame, words, units, claim.at_front_counts):
            # "a number belongs to the predicate it counts": a troop headcount in a sentence that
            # also mentions fighting or losses is a point of the deployment series.
            return "deployment"
        return frame.name
    return ""


_ONE_ATTACK, _WHOLE_WAR = _cues(ONE_ATTACK_STEMS), _cues(WHOLE_WAR)
_TROOP_NOUNS = _cues(TROOP_NOUNS)
_PRESENCE = ((_TROOP_NOUNS, _cues(PRESENCE_WORDS)), (_cues(PROVIDED_WITH), _TROOP_NOUNS))
_PRESENCE_AT_PLACE = (*_PRESENCE, (_TROOP_NOUNS, _cues(PRESENCE_AT_PLACE)))


def _only_subjects_named(frame: Frame, words: list[str], claim: _Claim) -> bool:
    """ "The Kremlin gave an evasive answer about the troops", "Ukrainian troops advanced 12 km": the
    frame's `subjects` are who the claim is about, not its question; they are a cue only where the
    claim says the troops are somewhere ("troops in Russia", "солдаты находятся в Курской области")
    or beside another of the frame's cues (sent, stationed, present). A count of troops is checked
    by the caller."""
    if _near_cue(_PRESENCE if claim.at_front_counts else _PRESENCE_AT_PLACE, words):
        return False
    subjects = _SUBJECTS[frame.name]
    rest = " ".join(w for w in words if not _at(subjects, w))
    return not _has_cue(frame, rest)


_NOT_LOSSES = re.compile("(?:^| )" + _trie_pattern(NOT_LOSSES))


_ANY_WEAPON, _ANY_TROOPS = _cues(WEAPON_STEMS), _cues(TROOP_WORDS)


def _weapons_not_troops(words: list[str]) -> bool:
    return any(_at(_ANY_WEAPON, w) for w in words) and not any(_at(_ANY_TROOPS, w) for w in words)


def _no_losses(frame: Frame, folded: str) -> bool:
    """ "lost ground near the town", "fight to the death": a frame of losses whose every cue stands in words
    that count no dead (`frames.NOT_LOSSES`); looked for only where the frame was cued (an `unless`
    of its own would search every claim for it)."""
    if frame.name not in VICTIM_FRAMES or _NOT_LOSSES.search(folded) is None:
        return False
    return not _has_cue(frame, _NOT_LOSSES.sub(" ", folded))


def _war_toll(frame: Frame, words: list[str]) -> bool:
    """ "The war has killed 20,000 civilians": the dead named by who they were (civilians, a crew), with
    a word of a whole war or a period and no word of one attack, are a war's toll (the casualties
    series), not the dead of one attack."""
    if frame.name != "attack-casualties" or any(_at(_ONE_ATTACK, w) for w in words):
        return False
    return any(_at(_WHOLE_WAR, w) for w in words)


# troops that attack, or are attacked ("attacked Israeli troops near the village")
_GROUND_ATTACK = (
    (_cues(TROOP_WORDS), _cues(GROUND_ATTACK_WORDS)),
    (_cues(GROUND_ATTACK_WORDS), _cues(TROOP_WORDS)),
)
_STRIKE = _cues(STRIKE_WORDS)


def _ground_attack(frame: Frame, words: list[str]) -> bool:
    """ "The soldiers attack in small groups", "attacked enemy troops near the village": troops that attack
    or are attacked are fighting (combat), when the claim names no weapon of a strike nor a ship it hit
    ("troops attacked the city with drones" is a strike)."""
    if frame.name != "combat" or not _near_cue(_GROUND_ATTACK, words):
        return False
    return not any(_at(_STRIKE, w) for w in words) and not target_kinds(" ".join(words)) & SHIP_TARGETS


def _counts_troops_sent(frame: Frame, words: list[str], units: frozenset[str], at_front_counts: bool) -> bool:
    """Whether a troop headcount in a claim about fighting or losses counts the troops sent: not
    when they stand at the front (`_at_the_front`), nor when the claim says they "were killed"."""
    if frame.name not in COUNTED_ELSEWHERE or not units & HEADCOUNT_UNITS or units - HEADCOUNT_UNITS:
        return False
    if frame.name == "casualties" and not (units & TROOP_UNITS and _SENDING_PATTERN.search(" ".join(words))):
        # "30 people are being treated", "1,000 soldiers died": people counted among losses are the
        # losses, unless the claim says they were sent ("sent 11,000 soldiers, who suffered losses")
        return False
    if at_front_counts and _at_the_front(frame, " ".join(words)):
        return False
    return not (frame.name == "casualties" and _predicative_cue(_CUES[frame.name], words))


_FRONT = _cues(FRONT_STEMS)
_FRONT_PATTERN = _cue_pattern(_FRONT)


def _at_the_front(frame: Frame, folded: str) -> bool:
    """ "3,000 soldiers deployed along the front line": where troops stand at the front is combat,
    whatever their number (a headcount of fighters elsewhere stays a point of the size series, and
    "moved to front-line areas including Kursk" counts troops in Kursk)."""
    if frame.name != "combat":
        return False
    return any(p in folded for p in FRONT_PHRASES) or _FRONT_PATTERN.search(folded) is not None


HEADCOUNT_UNITS = frozenset({"soldiers", "troops", "people", "personnel", "workers"})
TROOP_UNITS = frozenset({"soldiers", "troops", "personnel"})
COUNTED_ELSEWHERE = frozenset({"casualties", "combat"})


_TRAINING_DETAIL = (
    "base", "artiller", "drone", "trench", "ground", "polygon", "ranges", "camps", "полигон", "баз",
    "полігон", "лагер",
)  # fmt: skip
SENDING = ("sent", "send", "deploy", "dispatch", "отправ", "направ", "перебро", "відправ", "розгорн")
_SENT_OR_MOVED = (*SENDING, "moved", "transferr", "relocat", "перекину", "перекид", "переведен", "перевели")


def _names_training(words: list[str], claim: _Claim) -> bool:
    """A headcount with only generic training is a point in the deployment series; training is its
    own question when the claim says where or what (bases, artillery, drones; an area named after
    the training, "training in eastern Russia": guideline rule 5) or counts nobody."""
    if _by_train(words):
        return False
    if any(w.startswith(_TRAINING_DETAIL) for w in words) or _area_after_training(words, claim.areas):
        return True
    if any(w.startswith(_SENT_OR_MOVED) for w in words):
        # "sent to Russia for training", "finished training and were moved to Kursk": generic training
        # is the purpose or the stage before; the claim is about where they were sent
        return False
    return not (claim.units & {"soldiers", "troops", "people"})


_RIDE_WORDS = frozenset({"by", "on", "a", "the", "aboard", "onto", "board"})  # before "train": a ride


def _by_train(words: list[str]) -> bool:
    """ "crossed into Russia by train": every word of training is a train ridden (transport), no training."""
    cues = [i for i, w in enumerate(words) if _cue_at(FRAMES_BY_NAME["training"], w)]
    ridden = [i > 0 and words[i] in ("train", "trains") and words[i - 1] in _RIDE_WORDS for i in cues]
    return bool(ridden) and all(ridden)


def _area_after_training(words: list[str], areas: tuple[str, ...]) -> bool:
    """Whether an area below a country is named after the first word of training ("are training in
    Siberia"; not "sent to Kursk for training", where the area is where they were sent)."""
    start = next((i for i, w in enumerate(words) if _cue_at(FRAMES_BY_NAME["training"], w)), None)
    if start is None or not areas or any(w.startswith(SENDING) for w in words):
        return False
    stems = [a.split()[0][: max(4, len(a.split()[0]) - 2)] for a in areas if a.split()]
    return any(w.startswith(tuple(stems)) for w in words[start + 1 :])


def lemma_words(text: str) -> str:
    """The claim's words, lemmatized, without stance words or short ones: for text similarity."""
    lang = language(detect_language(text or ""))
    out = []
    for word in _folded_words(text):
        if len(word) < 3 or word.startswith(STANCE_STEMS):
            continue
        out.append(lang.lemma(word))
    return " ".join(out)


_REGION_WORDS = re.compile(
    r"\s+(?:region|oblast|province|krai|governorate|district|область|обл|край|район)\.?$", re.IGNORECASE
)


def place_key(name: str) -> str:
    """A place's name without "region"/"oblast": the city of Kursk and the Kursk region are one
    place to a question about where troops are."""
    return _REGION_WORDS.sub("", " ".join(name.split())).casefold()


def signature(facts: ClaimFacts) -> Signature:
    specific = [place_key(name) for name, kind in facts.places if kind in SPECIFIC_PLACE_KINDS]
    specific = specific or list(_place_words(facts.text))
    areas = [place_key(name) for name, kind in facts.places if kind == "area"]
    frame = frame_of(facts.text, facts.units, named_place=bool(specific), areas=areas)
    locative = FRAMES_BY_NAME[frame].locative if frame else False
    if locative:
        specific = _not_origins(_outside_purpose(specific, facts.text), facts.text)
    event = bool(frame) and FRAMES_BY_NAME[frame].window_days is not None
    targets = target_kinds(facts.text) if event else frozenset()
    if frame == "supply":
        targets = weapon_kinds(facts.text)  # what was supplied tells deliveries apart
    if frame == "damage" and (targets & SHIP_TARGETS or _ship_damage(facts.text)):
        frame = "attack"  # what an attack did to one ship is part of that attack
    if frame == "casualties" and _officer_losses(facts.text):
        frame = "attack-casualties"  # officers' losses are a strike's, not the troops' count (rule 10)
    if frame in VICTIM_FRAMES:
        # whose losses: civilians' and soldiers' are two questions (beside what the attack hit)
        targets |= {VICTIM_PREFIX + kind for kind in victim_kinds(facts.text)}
    if frame == "attack" and set(facts.units) & SCALE_UNITS:
        frame = "attack-scale"  # how many regions one attack reached measures it
    if frame in COUNTRY_FRAMES:
        targets |= {COUNTRY_PREFIX + place_key(name) for name, kind in facts.places if kind == "country"}
    if frame and not _place_bound_frame(frame):
        # a question one wherever it happens within a country, not across a border: troops fighting
        # in Kursk and troops fighting inside Ukraine are two questions
        targets |= {COUNTRY_PREFIX + place_key(c) for c in facts.countries if c}
    return Signature(
        scope=sorted(facts.topics)[0] if facts.topics else "",
        frame=frame,
        place=specific[0] if locative and specific else "",
        specific=frozenset(specific),
        units=frozenset(facts.units),
        day=facts.day,
        words=lemma_words(facts.text),
        targets=targets,
    )


def _outside_purpose(places: list[str], text: str) -> list[str]:
    """The places named before the purpose of a sending ("sent troops to help Russia retake the Kursk
    region"): where the purpose clause says they are to act is no place they were sent to (guideline
    rule 1); "sent 11,000 to the Kursk region to help Russia" keeps Kursk."""
    folded = " ".join(_folded_words(text))
    start = _purpose_start(folded)
    if start is None:
        return places
    return [p for p in places if _mention_at(p, folded) < start]


def _not_origins(places: list[str], text: str) -> list[str]:
    """ "Generals from Pyongyang arrived in Russia", "officers from the Drina Valley": a place named as
    where they came from is no place the question is about. (Found as `_mention_at` finds places: by
    the key's first word, so not yet in Cyrillic text for a Latin key.)"""
    words = _folded_words(text)
    return [p for p in places if not _after_origin_word(p, words)]


def _after_origin_word(place: str, words: list[str]) -> bool:
    stem = _place_stem(place)
    at = next((i for i, w in enumerate(words) if w.startswith(stem)), None)
    if at is None or at == 0:
        return False
    before = at - 1
    if words[before] in ORIGIN_ARTICLES and before > 0:
        before -= 1
    return words[before] in ORIGIN_WORDS


def _purpose_start(folded: str) -> int | None:
    """Where a purpose clause opens after a word of sending ("to help", "in order to", "чтобы")."""
    sent = _SENDING_PATTERN.search(folded)
    if sent is None:
        return None
    found = _PURPOSE_PATTERN.search(folded, sent.end())
    return found.start() if found else None


def _place_stem(place: str) -> str:
    """A place key's first word without its last letters, so an inflected mention still matches."""
    first = place.split()[0] if place.split() else place
    return first[: max(4, len(first) - 2)]


def _mention_at(place: str, folded: str) -> int:
    """Where a place (its key) is first named in the folded text: its first word, inflection allowed."""
    found = folded.find(_place_stem(place))
    return len(folded) if found < 0 else found


_SENDING_PATTERN = _cue_pattern(_cues(SENDING_STEMS))
_PURPOSE_PATTERN = re.compile(
    "(?:^| )(?:"
    + "|".join([*(re.escape(m) for m in PURPOSE_MARKERS), *("to " + re.escape(v) for v in PURPOSE_VERBS)])
    + ")"
)


def _place_words(text: str) -> Iterable[str]:
    """Places named by common words rather than a name ("the occupied territories")."""
    folded = " ".join(_folded_words(text))
    return (name for name, phrases in PLACE_WORDS.items() if any(p in folded for p in phrases))


_OFFICERS = _cues(OFFICER_STEMS)


def _officer_losses(text: str) -> bool:
    """ "casualties among officers", "officers were killed": officers next to a word of losses (within
    `NEAR_SPAN` words either way), so not an officer who only reports them."""
    words = _folded_words(text)
    losses = _CUES["casualties"]
    for i, word in enumerate(words):
        if _at(_OFFICERS, word) and any(
            _at(losses, w) for w in words[max(0, i - NEAR_SPAN - 1) : i + NEAR_SPAN + 2]
        ):
            return True
    return False


SHIP_TARGETS = frozenset({"warship", "merchant"})
_SHIP_DAMAGE = re.compile("(?:^| )(?:" + "|".join(re.escape(p) for p in SHIP_DAMAGE) + ")(?= |$)")


def _ship_damage(text: str) -> bool:
    """ "a fire on board", "sank": damage only a ship suffers, though the claim names the ship only by
    its name ("the True Confidence was drifting with a fire on board")."""
    return _SHIP_DAMAGE.search(" ".join(_folded_words(text))) is not None


SCALE_UNITS = frozenset({"regions"})  # figure units that measure how far one attack reached
_TARGETS = {kind: (_cue_pattern(_cues(stems)), phrases) for kind, (stems, phrases) in TARGET_KINDS.items()}


def target_kinds(text: str) -> frozenset[str]:
    """The kinds of what an attack hit that the claim names (`frames.TARGET_KINDS`)."""
    folded = " ".join(_folded_words(text))
    return frozenset(
        kind
        for kind, (pattern, phrases) in _TARGETS.items()
        if any(p in folded for p in phrases) or pattern.search(folded)
    )


_WEAPONS = {kind: _cue_pattern(_cues(stems)) for kind, stems in WEAPON_KINDS.items()}


def weapon_kinds(text: str) -> frozenset[str]:
    """The kinds of weapons a claim names (`frames.WEAPON_KINDS`)."""
    folded = " ".join(_folded_words(text))
    return frozenset(kind for kind, pattern in _WEAPONS.items() if pattern.search(folded))


_VICTIMS = {kind: _cue_pattern(_cues(stems)) for kind, stems in VICTIM_KINDS.items()}
_TOLD_THE_PRESS = re.compile("(?:^| )" + _trie_pattern(TOLD_THE_PRESS))


def victim_kinds(text: str) -> frozenset[str]:
    """The kinds of people a claim about losses names (`frames.VICTIM_KINDS`; not the reporters a
    spokesman told, `frames.TOLD_THE_PRESS`); soldiers only when no non-combatants are named
    (`frames.AGENT_KINDS`: "soldiers killed the reporters")."""
    folded = _TOLD_THE_PRESS.sub(" ", " ".join(_folded_words(text)))
    kinds = frozenset(kind for kind, pattern in _VICTIMS.items() if pattern.search(folded))
    return kinds - AGENT_KINDS if kinds & NONCOMBATANT_KINDS else kinds


# Event frames whose claims name the countries where the event happened: one side's strikes in Lebanon and
# the other's rockets on Israel the same day are two events ("in:" kinds beside the target kinds).
COUNTRY_FRAMES = frozenset({"attack", "attack-scale", "attack-casualties", "damage"})
COUNTRY_PREFIX = "in:"
VICTIM_PREFIX = "who:"


def _namespaces(kinds: frozenset[str] | set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for kind in kinds:
        out.setdefault(kind.split(":", 1)[0] if ":" in kind else "", set()).add(kind)
    return out


def _kinds_clash(mine: frozenset[str] | set[str], theirs: frozenset[str] | set[str]) -> bool:
    """Whether two claims name kinds of one sort (what was hit; the countries named) and none in common."""
    if not (mine and theirs) or mine & theirs:
        return False
    ours = _namespaces(mine)
    return any(space in ours and not (ours[space] & kinds) for space, kinds in _namespaces(theirs).items())


def compatible(sig: Signature, cand: Candidate) -> bool:
    """The structured keys: same scope and frame, same place for a locative frame, no two different
    specific places, and for an event frame, a date within its window of every member's (complete
    linkage: daily reports a day apart do not chain a week of strikes into one attack)."""
    if sig.scope != cand.scope or sig.frame != cand.frame or sig.place != cand.place:
        return False
    if _place_bound(sig) and sig.specific and cand.specific and not (sig.specific & cand.specific):
        return False
    if _kinds_clash(sig.targets, cand.targets):
        return False
    window = sig.window
    if window is None or not (sig.day and cand.first_day and cand.last_day):
        return True
    return abs((sig.day - cand.first_day).days) <= window and abs((sig.day - cand.last_day).days) <= window


def _place_bound(sig: Signature) -> bool:
    """Whether the specific places a claim names tell its question apart: not for a frame whose
    question is one wherever it happens (`Frame.placeless`: whether troops fight)."""
    return _place_bound_frame(sig.frame)


def _place_bound_frame(name: str) -> bool:
    frame = FRAMES_BY_NAME.get(name)
    return frame is None or not frame.placeless


def similarity(sig: Signature, cand: Candidate) -> float:
    if not sig.words or not cand.samples:
        return 0.0
    return max(fuzz.token_set_ratio(sig.words, s) for s in cand.samples)


def match(sig: Signature, candidates: Iterable[Candidate]) -> Candidate | None:
    """The proposition a claim joins: the most similar compatible one (any, when the claim has a
    frame; above TEXT_THRESHOLD, when it has none), or None for a new one."""
    best, best_score = None, -1.0
    for cand in candidates:
        if not compatible(sig, cand):
            continue
        score = similarity(sig, cand)
        if not sig.frame and score < TEXT_THRESHOLD:
            continue
        if score > best_score:
            best, best_score = cand, score
    return best


REFERRING_STANCES = frozenset({"denies", "does_not_deny"})


def refers_back(facts: ClaimFacts, sig: Signature) -> bool:
    """ "Moscow dismissed the reports as fake": a denial (or a non-denial) that names no question of
    its own answers what its report is about: it joins the report's lead proposition (else the
    most similar one without a question)."""
    return not sig.frame and facts.stance in REFERRING_STANCES


def referents(claims: list[ClaimFacts], sigs: list[Signature], later: list[bool]) -> dict[int, int]:
    """For each claim that refers back, the claim of its report whose proposition it joins: the nearest
    framed claim before it with its stance ("Moscow dismissed the reports of troops as fake. Pyongyang
    called them groundless rumours": the second denial denies what the first does), else the report's
    first framed claim of its scope (its lead)."""
    out: dict[int, int] = {}
    for i, refers in enumerate(later):
        if not refers:
            continue
        framed = [j for j, sig in enumerate(sigs) if sig.frame and sig.scope == sigs[i].scope]
        same = [j for j in framed if j < i and claims[j].stance == claims[i].stance]
        if same or framed:
            out[i] = same[-1] if same else framed[0]
    return out


def report_order(items: list) -> list[int]:
    """The order a report's claims are grouped in: claims that refer back come last, after the
    claims whose proposition they may join."""
    return sorted(range(len(items)), key=lambda i: items[i])


class Grouper:
    """Groups claims in memory, a report at a time: `add_report(facts)` returns each claim's
    proposition key (`add(facts)`: one claim, as a report of its own)."""

    def __init__(self) -> None:
        # Candidates by slot: only those can be compatible, so a claim is compared with its
        # slot's propositions, not with every proposition of its topic.
        self.by_slot: dict[tuple[str, str, str], list[Candidate]] = {}
        self.keys: set[str] = set()

    def add(self, facts: ClaimFacts) -> str:
        return self.add_report([facts])[0]

    def add_report(self, claims: list[ClaimFacts]) -> list[str]:
        sigs = [signature(f) for f in claims]
        later = [refers_back(f, s) for f, s in zip(claims, sigs, strict=True)]
        keys: list[str] = [""] * len(claims)
        referred = referents(claims, sigs, later)
        joined: dict[int, Candidate] = {}  # the proposition each claim joined
        for i in report_order(later):
            sig = sigs[i]
            candidates = self.by_slot.setdefault(sig.slot, [])
            # A claim that refers back joins what it refers to before any look-alike without a
            # question ("the claim was false" beside "officials told Reuters the claim was false").
            found = joined.get(referred[i]) if i in referred else None
            found = found or match(sig, candidates)
            if found is None:
                key = unique_key(sig.base_key(), self.keys)
                self.keys.add(key)
                found = Candidate.start(key, sig)
                candidates.append(found)
            else:
                found.absorb(sig)
            joined[i] = found
            keys[i] = found.key
        return keys


def unique_key(base: str, taken: set[str] | frozenset[str]) -> str:
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}#{n}"
    return key


def group(claims: Iterable[ClaimFacts]) -> list[str]:
    """Each claim as a report of its own (`Grouper.add_report` groups a report's claims together)."""
    grouper = Grouper()
    return [grouper.add(c) for c in claims]


def own_places(places: Iterable[tuple[str, ...]], sentence: str) -> tuple[tuple[str, str], ...]:
    """The places (name, kind) a claim's own sentence names: not one it took from the scene its
    report set (the extractor's `scene.py`), whose words stand elsewhere; a place an analyst added
    names no words and counts; nor when the sentence refers back to it ("travelled to the region").
    `places`: rows of (name, kind, mention), and optionally the country the place lies in."""
    return tuple((row[0], row[1]) for row in _own_rows(places, sentence))


def own_countries(places: Iterable[tuple[str, ...]], sentence: str) -> tuple[str, ...]:
    """The countries the places of `own_places` lie in, where known: of the places within one (a
    town, a region), not a country named ("North Korean troops", "fighting Ukraine": a party, more
    often than where it happens)."""
    return tuple(c for row in _own_rows(places, sentence) if row[1] != "country" and (c := _country(row)))


def _country(row: tuple[str, ...]) -> str:
    return row[3] if len(row) > 3 and row[3] else ""


def _own_rows(places: Iterable[tuple[str, ...]], sentence: str) -> list[tuple[str, ...]]:
    refers_back = _PLACE_REFERENCE.search(" ".join(_folded_words(sentence))) is not None
    return [
        row
        for row in places
        if not row[2] or row[2] in sentence or (refers_back and row[1] in SPECIFIC_PLACE_KINDS)
    ]


_PLACE_REFERENCE = re.compile("(?:^| )(?:" + "|".join(re.escape(p) for p in PLACE_REFERENCES) + ")(?= |$)")


def facts_from_json(claim: dict, published: date | None = None) -> ClaimFacts:
    """Facts of a claim in `extract_claims`'s JSON shape (places as dicts with name and kind)."""
    day = claim.get("event_date") or published
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    sentence = claim.get("text") or ""
    named = [
        (p.get("name", ""), p.get("kind", ""), p.get("mention") or "", p.get("country") or "")
        for p in claim.get("places") or ()
        if isinstance(p, dict) and p.get("precision") != "unplaced"  # as stored: no place row
    ]
    return ClaimFacts(
        text=claim.get("statement") or claim.get("text") or "",
        stance=claim.get("stance") or "asserts",
        topics=tuple(claim.get("topics") or ()),
        places=own_places(named, sentence),
        units=tuple(sorted({f.get("unit") or "" for f in claim.get("figures") or () if isinstance(f, dict)})),
        day=day,
        countries=own_countries(named, sentence),
    )
