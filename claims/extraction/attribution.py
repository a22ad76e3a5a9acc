"""Who says it: actors in a sentence and the reporting cues that make some of them speakers.

Actors are registry sources matched by alias, anonymous groups ("U.S. and Ukrainian officials",
"Ukrainian media", "a news report"), unknown names standing where a speaker stands ("The Wall
Street Journal reported"), and anaphors ("he said", "the agency said") resolved to the previous
speaker. An actor is a speaker when a cue links it: "according to X", "citing X", "X said / told /
reported / confirmed ...", "..., said X", "X's Telegram channel", "reported by X", "X: ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from . import morph
from .lexicon import LANGUAGES, concept
from .morph import lemma as language_lemma
from .morph import lemma_cyrillic
from .tokens import WORD

if TYPE_CHECKING:
    from .language import Language

Word = tuple[str, int, int, str]  # text, start, end, folded

# ---------------------------------------------------------------------------------------------
# Vocabulary

SAY, CONFIRM, DENY, DECLINE, EVALUATE, ACCUSE = "say", "confirm", "deny", "decline", "evaluate", "accuse"
# What may stand between a speaker and its verb.
_NAME = re.compile(
    r"(?:(?:[A-Z][\w'’.&-]*|«[A-ZА-ЯЁІЇЄҐ0-9][^»]{0,39}»)(?:\s+(?:(?:of|for|the|and|on|de|al|bin|von|der)\s+)*(?:[A-Z][\w'’.&-]*|«[A-ZА-ЯЁІЇЄҐ0-9][^»]{0,39}»)){0,5}"
    r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+){0,2}|«[A-ZА-ЯЁІЇЄҐ0-9][^»]{0,39}»)$"
)
_NAME_AFTER = re.compile(
    r"^\s*(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|the|and|on|de|al|bin|von|der)\s+)*[A-Z][\w'’.&-]*){0,5}"
    r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+){0,2}|«[A-ZА-ЯЁІЇЄҐ0-9][^»]{0,39}»)"
)
_LINE_NAME = re.compile(r"\s*(?:the\s+)?([A-ZА-ЯЁІЇЄҐ«][^,;:()\[\]\n—–]*?)\s*(?:[,;:()\[\]—–]|\.?\s*$|\.\s)")
_CYRILLIC_TEXT = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]{3}")


@dataclass
class Actor:
    start: int  # offsets within the sentence
    end: int
    key: str | None  # registry key, or None for a new source
    name: str
    kind: str = "other"
    media: bool = False
    anaphor: str = ""  # the anaphor's words when this actor stands for an earlier speaker
    group: int = -1  # actors named together ("U.S. and Ukrainian officials") share a group
    go_between: bool = False  # an unnamed group that passes on what others tell it (lawmakers, officials)
    described: bool = False  # an anaphor that a description of a kind resolved ("the group")


@dataclass
class Speaker:
    actor: Actor
    cue_start: int  # where the cue (verb, "according to" ...) is, for scope and time attachment
    cue_end: int
    how: str  # verb, according, citing, inverted, colon, passive, channel
    verb_class: str = SAY
    cited: Actor | None = None
    relay: bool = False  # a medium passing on someone else's claim
    lead: Speaker | None = None  # for "..., adding ...": the speaker whose clause this extends
    stance: str | None = None
    clause: str = ""
    clause_start: int = 0  # the speaker's own part of the sentence (set when there are several)
    clause_end: int = -1  # -1: to the end of the sentence


_MIN_FORM = 5  # shorter words (Korean surnames: Ли, Ким) are matched only as written


def _forms(word: str) -> set[str]:
    return {lemma_cyrillic(word, lang) for lang in ("ru", "uk")}


@dataclass
class ReportMemory:
    """What earlier sentences of the report tell later ones: who spoke last, and names seen."""

    speakers: list[Actor] = field(default_factory=list)
    names: dict[str, Actor] = field(default_factory=dict)
    persons: list[Actor] = field(default_factory=list)  # actors last named by a person's name
    person_words: set[str] = field(default_factory=set)  # "Kovalenko" after "Andriy Kovalenko"
    relayed: dict[str, Actor] = field(default_factory=dict)  # a go-between's name -> whom it relays
    go_betweens: dict[str, str] = field(default_factory=dict)  # a go-between's name -> its kind
    media_sources: dict[str, Actor] = field(default_factory=dict)  # a medium -> the unnamed it cites
    voices: list[Actor] = field(default_factory=list)  # actors that made a claim, not just named
    # A registry body's Cyrillic words by dictionary form: "Генштабу" after "Генштаб ЗСУ" is that body.
    forms: dict[str, Actor] = field(default_factory=dict)
    # Surnames of the persons the registry names in full ("Budanov" for "Kyrylo Budanov"), set by the
    # attribution stage from the registry.
    surnames: dict[str, Actor] | None = None
    surname_forms: dict[str, Actor] | None = None  # the Cyrillic surnames by dictionary form
    # A title that introduced a speaker ("Губернатор Белгородской области Вячеслав Гладков"), by its
    # lemma: the same title alone later ("Губернатор отметил") is that speaker.
    titles: dict[str, Actor] = field(default_factory=dict)

    def remember(self, actor: Actor, text: str) -> None:
        self.speakers.append(actor)
        if actor.go_between:
            self.go_betweens[actor.name] = actor.kind
        for word in WORD.findall(text):
            if len(word) >= 2 and word[0].isupper() and word.casefold() not in _NOT_NAME_WORDS:
                self.names[word] = actor  # two letters: Korean surnames (Ли, Ким)
                if actor.key is not None and len(word) >= _MIN_FORM and morph.has_cyrillic(word):
                    self.forms.update(dict.fromkeys(_forms(word), actor))
        # a head of state's body named as such ("Kremlin forces") is no person; "Putin" is
        named_as_body = text.casefold().startswith(actor.name.casefold())
        if actor.kind == "head_of_state" and not named_as_body or _looks_like_person(text, actor):
            self.persons.append(actor)
            self.person_words.update(WORD.findall(text))
        elif text in self.person_words:
            self.persons.append(actor)  # a surname seen before as part of a person's name

    def remember_person(self, actor: Actor) -> None:
        """A person the registry does not know who spoke ("war correspondent Alexander Kots said"):
        later "Kots", "По словам Коца" and "he" are that person."""
        self.speakers.append(actor)
        self.persons.append(actor)
        for word in WORD.findall(actor.name):
            self.names.setdefault(word, actor)
            self.person_words.add(word)
            if len(word) >= _MIN_FORM and morph.has_cyrillic(word):
                for form in _forms(word):
                    self.forms.setdefault(form, actor)

    def named(self, word: str) -> Actor | None:
        """The actor an earlier sentence named with this word, in any of its inflected forms."""
        known = self.names.get(word)
        if known is None and self.forms and len(word) >= _MIN_FORM and morph.has_cyrillic(word):
            known = next((self.forms[f] for f in _forms(word) if f in self.forms), None)
        if known is None and self.surnames:
            known = self.surnames.get(word) or self._declined_surname(word)
        return known

    def _declined_surname(self, word: str) -> Actor | None:
        """ "По словам Смирнова": a registry person's Cyrillic surname in another case."""
        if len(word) < _MIN_FORM or not morph.has_cyrillic(word) or not self.surnames:
            return None
        if self.surname_forms is None:
            self.surname_forms = {
                form: actor
                for surname, actor in self.surnames.items()
                if " " not in surname and len(surname) >= _MIN_FORM and morph.has_cyrillic(surname)
                for form in _forms(surname)
            }
        return next((self.surname_forms[f] for f in _forms(word) if f in self.surname_forms), None)

    def bind(self, name: str, actor: Actor) -> None:
        """A person named as speaking for a body ("Jeon Ha-kyu, a spokesperson for the ministry"):
        later "Jeon said" is the body speaking, and so is "he"."""
        for word in WORD.findall(name):
            if len(word) >= 2 and word[0].isupper():
                self.names[word] = actor
                self.person_words.add(word)
                if len(word) >= _MIN_FORM and morph.has_cyrillic(word):
                    self.forms.update(dict.fromkeys(_forms(word), actor))  # "на думку Гарднера"
        self.persons.append(actor)

    def resolve(self, anaphor: str, kinds: tuple[str, ...] = ()) -> Actor | None:
        """The earlier speaker an anaphor points to. `kinds` (from the lexicon's ANAPHORS) narrows
        it: "the agency" is an intelligence or government body, "he" a person, "видання" a medium."""
        if not self.speakers:
            return None
        recent = list(reversed(self.speakers[-6:]))
        if "person" in kinds and len(kinds) == 1:
            # the latest person to speak or be named ("he" after "X told a news conference held with
            # Y" is X, who spoke last), else the latest speaker that may be a person
            person = next((a for a in recent if any(a is p for p in self.persons)), None)
            # else the latest that spoke ("Wood said ... Kremlin forces struggled ... he said" is Wood)
            voice = next((a for a in recent if _is_person_like(a) and any(a is v for v in self.voices)), None)
            return person or voice or next((a for a in recent if _is_person_like(a)), None)
        if VOICE in kinds:
            # "The statement said": the latest that made a claim, not the latest named ("grateful to
            # Kim Jong-un" in the sentence before)
            voices = {_identity(v) for v in self.voices}
            voice = next((a for a in recent if _identity(a) in voices), None)
            return voice or (self.voices[-1] if self.voices else self.speakers[-1])
        named = _named_by_head(anaphor, recent, kinds)
        if named is not None:
            # "the ministry" after a ministry and an army were named: the ministry, however late
            # the army was named
            return named
        if NONSTATE in kinds or STRICT in kinds:
            # "the group", "the movement": a body the registry calls military or other that is no
            # state's (Hezbollah, not the Israeli army); "the UN mission": only a body of its kind;
            # none named lately: nobody, never a guess
            return next((a for a in recent if fits(a, kinds)), None)
        if STATE in kinds:
            # "the military", "the army" after both an army and an armed group: the state's; after
            # an armed group alone ("Hamas said ... The army said"): nobody, never the group
            return next((a for a in recent if a.kind in kinds and _of_a_state(a.name)), None)
        wanted = set(kinds) - {"person", STATE}
        if wanted:
            found = next((a for a in recent if a.kind in wanted), None)
            if found is not None or "media" in wanted:
                return found
        return self.speakers[-1]


def _named_by_head(anaphor: str, recent: list[Actor], kinds: tuple[str, ...]) -> Actor | None:
    """The latest of `recent` that may stand for the description and whose name holds its head noun
    (its last word: "the defence ministry" -> "ministry", "the Ministry of Defence" -> "defence"
    and "ministry" both)."""
    words = [w.casefold() for w in WORD.findall(anaphor)]
    heads = {w for w in words if len(w) > 3} if len(words) > 1 else set(words)
    if not heads or len(min(heads, key=len)) < 4:
        return None
    for actor in recent:
        if actor.key is None or not heads <= {w.casefold() for w in WORD.findall(actor.name)}:
            continue
        if fits(actor, kinds) or (STATE in kinds and actor.kind in kinds and _of_a_state(actor.name)):
            return actor
    return None


NONSTATE, STATE, STRICT, VOICE = "nonstate", "state", "strict", "voice"  # the lexicons' pseudo-kinds
_NONSTATE_KINDS = frozenset({"military", "other"})


def fits(actor: Actor, kinds: tuple[str, ...]) -> bool:
    """May a description with these kinds ("the group": nonstate) stand for this actor?"""
    if NONSTATE in kinds:
        return actor.kind in _NONSTATE_KINDS and not _of_a_state(actor.name)
    return actor.kind in kinds


def _of_a_state(name: str) -> bool:
    """ "Israel Defense Forces", "Sudanese Armed Forces", "Russian Ministry of Defence": a body
    whose name says it is a state's (a nation, its country or a state body's word)."""
    words = {w.casefold() for w in WORD.findall(name)}
    return not words.isdisjoint(_STATE_WORDS)


def _looks_like_person(text: str, actor: Actor) -> bool:
    """ "Vedant Patel", "Кирило Буданов": two or more capitalized words that name no body."""
    return text != actor.name and person_name(text)


def person_name(text: str) -> bool:
    """Two or more capitalized words that name no body or medium."""
    words = WORD.findall(text)
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    folded = {w.casefold() for w in words}
    for w in words:  # "Збройних Сил України": a body's words declined
        if morph.has_cyrillic(w):
            folded |= morph.lemmas_cyrillic(w, "uk") | morph.lemmas_cyrillic(w, "ru")
    return not folded & _MEDIA_NAME_WORDS and not any(
        w in lex.ORG_NAME_WORDS for lex in _ACTOR_LEXICONS for w in folded
    )


def registry_surnames(sources: Iterable[tuple[str, str, str, tuple[str, ...]]]) -> dict[str, Actor]:
    """Each surname of a person the registry names in full ("Budanov" of "Kyrylo Budanov", an alias
    of HUR; "Abdel Rahman" of "Rami Abdel Rahman"), as the source it names; a surname two sources
    share names neither, and one that is itself a source's name or alias is read as that."""
    found: dict[str, Actor | None] = {}
    names: set[str] = set()
    for key, name, kind, aliases in sources:
        names.update(a.casefold() for a in (name, *aliases))
        for alias in aliases:
            words = alias.split()
            if len(words) < 2 or len(words) > 3 or not _person_name(words):
                continue
            actor = Actor(0, 0, key, name, kind, kind == "media")
            for surname in {words[-1], " ".join(words[1:])}:  # "Rahman", "Abdel Rahman"
                known = found.get(surname)
                found[surname] = None if surname in found and (known is None or known.key != key) else actor
    return {w: a for w, a in found.items() if a is not None and w.casefold() not in names}


def only_nation_words(name: str) -> bool:
    """ "North Korean", "South Korea's": a name made only of the words of nations and countries, which
    an unknown speaker's name never is ("said North Korean troops were ...": the troops)."""
    folded = name.casefold().replace("’", "'")
    if folded in _NATION_KEYS:
        return True
    words = [w.removesuffix("'s") for w in folded.split()]
    return bool(words) and all(w in _STATE_WORDS for w in words)


def _person_name(words: list[str]) -> bool:
    """ "Kyrylo Budanov", "Петро Андрющенко": capitalized words of letters that name no body."""
    if not all(w.isalpha() and w[:1].isupper() and not w.isupper() and len(w) >= 3 for w in words):
        return False
    folded = {w.casefold() for w in words}
    return folded.isdisjoint(_MEDIA_NAME_WORDS | _STATE_WORDS | _NOT_NAME_WORDS) and not any(
        w in lex.ORG_NAME_WORDS for lex in _ACTOR_LEXICONS for w in folded
    )


def _is_person_like(actor: Actor) -> bool:
    return actor.kind not in ("anonymous", "media") and not actor.name.endswith("(unnamed)")


def gap_ok(gap: str, lang: Language | None = None) -> bool:
    """Can a speaker stand this far from its verb? ("Dmitry Peskov, asked about it, said").
    With a language, its titles and roles may stand there too ("заявляв керівник Центру")."""
    if len(gap) > 160:
        return False
    if gap.startswith("."):
        gap = gap[1:]  # "The U.S. said": the abbreviation's own full stop
    if not gap.strip():
        return True
    gap = _ALLIES.sub(" ", gap, count=1) if _ALLY_NOUNS else gap
    g = _RELATIVE_INSERT.sub(" ", gap, count=1) if "," in gap else gap
    g = _RESTRICTIVE_INSERT.sub(", ", g, count=1) if "," in g and _RESTRICTIVE_RELATIVES else g
    g = _COMMA_INSERT.sub(" ", g, count=2) if "," in g else g
    g = _PARENTHESIS.sub(" ", g) if "(" in g else g
    if _CLAUSE_BREAK.search(g):
        return False
    words = WORD.findall(g)
    if len(words) > 8:
        return False
    capitals = 0
    roles = lang.person_roles | _time_words(lang.code) if lang is not None else frozenset()
    if lang is not None and lang.cyrillic:  # "сообщил журналистам Зеленский": whom they told;
        # "заявил военный представитель хуситов": a title's modifier; "пишет издание «Медуза»": the
        # kind of medium before its name
        roles = roles | lang.speech.TELL_OBJECTS | lang.actors.GROUP_MODIFIERS | lang.actors.MEDIUM_NOUNS
    for i, w in enumerate(words):
        lw = w.casefold()
        if lw in _GAP_OK or lw.isdigit() or (lang is not None and lang.lemma(w) in roles):
            continue
        if (
            lw in _NAME_JOINERS
            and 0 < i < len(words) - 1
            and words[i - 1][0].isupper()
            and words[i + 1][0].isupper()
        ):
            continue  # "at the National Security and Defense Council": a joiner inside a name
        if w[0].isupper() and capitals < 4:
            capitals += 1
            continue
        return False
    return True


@cache
def _time_words(code: str) -> frozenset[str]:
    """Days and months, which may stand between a speaker and its verb too ("повідомив у четвер
    Генштаб", "Генштаб 24 жовтня повідомив"): lemmas of the language's time lexicon."""
    time = concept(code, "time")
    words = [*time.WEEKDAYS, *time.MONTHS, *(w for w in time.RELATIVE_DAYS if " " not in w)]
    return frozenset(language_lemma(w, code) for w in words)


def guess_kind(name: str) -> tuple[str, bool]:
    """What an unknown name probably is, from the words in it: "Kyiv Post" a medium, "Institute
    for the Study of War" an organisation, "Air Force Command" the military."""
    if "«" in name:
        return "media", True  # «Коммерсантъ»: a title in quotes
    words = {w.casefold() for w in WORD.findall(name)}
    if words & _MEDIA_NAME_WORDS:
        return "media", True
    for lex in _ACTOR_LEXICONS:
        for word in words:
            if word in lex.ORG_NAME_WORDS:
                return lex.ORG_NAME_WORDS[word], False
    return "other", False


def clean_name(raw: str) -> str:
    words = raw.replace("’", "'").split()
    while words and words[0].casefold().rstrip(".") in _TITLES_UNDOTTED:
        words = words[1:]
    while len(words) > 1 and morph.has_cyrillic(words[0]) and _forms(words[0]) & _CYRILLIC_ROLES:
        words = words[1:]  # "Корреспондент Фрэнк Гарднер": a title opening the sentence
    while len(words) > 1 and words[0].casefold() in _NOT_NAMES:
        words = words[1:]  # "Позже Смирнов", "Later Budanov": a sentence's opening word is no name's
    name = " ".join(words).strip(" ,.'")
    name = _POSSESSIVE_END.sub("", name)
    return name


# ---------------------------------------------------------------------------------------------
# Linking actors to cues

_ROLE_WORDS_EN = concept("en", "actors").ROLE_WORDS
_NAME_JOINERS = frozenset({"and", "of", "for"})
_PARTITIVE_HEADS = concept("en", "actors").BARE_DETERMINERS | frozenset(concept("en", "numbers").NUMBER_WORDS)
_ACTOR_LEXICONS = [concept(code, "actors") for code in LANGUAGES]
_GAP_OK = frozenset().union(*(lex.GAP_WORDS for lex in _ACTOR_LEXICONS))
_TITLE_WORDS = frozenset().union(*(lex.NAME_PREFIX_WORDS for lex in _ACTOR_LEXICONS))
_NOT_NAMES = frozenset().union(*(lex.NOT_NAMES for lex in _ACTOR_LEXICONS))
_MEDIA_NAME_WORDS = frozenset().union(*(lex.MEDIA_NAME_WORDS for lex in _ACTOR_LEXICONS))
_NOT_NAME_WORDS = _TITLE_WORDS | _NOT_NAMES  # words that never make a name worth remembering
_STATE_WORDS = frozenset(
    {w for lex in _ACTOR_LEXICONS for w in lex.NATIONS if " " not in w}
    | {w.casefold() for c in concept("en", "actors").COUNTRY_OF_NATION.values() for w in c.split()}
    | {w for lex in _ACTOR_LEXICONS for w in lex.STATE_NAME_WORDS}
) - {"united", "republic", "south", "north", "arab"}
_NATION_KEYS = frozenset(k for lex in _ACTOR_LEXICONS for k in lex.NATIONS)
_TITLES_UNDOTTED = _TITLE_WORDS | {w.rstrip(".") for w in _TITLE_WORDS}
_CYRILLIC_ROLES = frozenset().union(
    *(lex.TITLES | lex.ROLE_WORDS | lex.PROFESSIONS for lex in _ACTOR_LEXICONS[1:])  # English's first
)
_COORDINATORS = sorted({w for lex in _ACTOR_LEXICONS for w in lex.COORDINATORS}, key=len, reverse=True)
_COORD_DETERMINERS = sorted({w for lex in _ACTOR_LEXICONS for w in lex.ANAPHOR_DETERMINERS} | {"their"})
# "X and Y said", "Ukraine and its Western allies accuse", "Sudan's army and the RSF blame" (not
# "Aksyonov, the head of Crimea": after a bare comma a determiner opens an apposition)
_COORD = re.compile(
    rf"^\s*(?:,|,?\s*(?i:{'|'.join(map(re.escape, _COORDINATORS))})"
    rf"(?:\s+(?i:{'|'.join(_COORD_DETERMINERS)}))?)\s*$"
)
_EN_SPEECH = concept("en", "speech")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CITED_BEFORE = re.compile(
    rf"(?:{_alternation(_EN_SPEECH.CITED_NOUNS)})\s+(?:{_alternation(_EN_SPEECH.CITED_PREPOSITIONS)})\s+(?:the\s+)?$",
    re.I,
)
_CITED_AFTER = re.compile(
    rf"^(?:'s|’s)?\s+(?:(?:{_alternation(_EN_SPEECH.CITED_MODIFIERS)})\s+)?(?:{_alternation(_EN_SPEECH.CITED_NOUNS)})\b",
    re.I,
)
_CITED_END = re.compile(rf"\s(?:{_alternation(_EN_SPEECH.CITED_NOUNS)})$", re.I)
_STRIP_TAIL = re.compile(rf"(?:\s+(?i:{_alternation(concept('en', 'actors').NAME_TAIL_WORDS)}))+\s*$")


_CLAUSE_OPENERS = '.!?;:"“”«»'


def question_spans(text: str) -> list[tuple[int, int]]:
    """The clauses that end with a question mark: "does Moscow still say there are no troops?" asks;
    a verb in it puts no claim forward (the one asked, or the asker)."""
    spans = []
    for q in (m.start() for m in re.finditer(r"\?", text)):
        start = max(text.rfind(ch, 0, q) for ch in _CLAUSE_OPENERS) + 1
        spans.append((start, q))
    return spans


def quote_spans(s: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if '"' not in s and "“" not in s and "«" not in s:
        return spans
    for m in _QUOTATION.finditer(s):
        spans.append((m.start(), m.end()))
    return spans


def after_locative(s: str, actor: Actor) -> bool:
    """ "in Ukraine", "to Russia": a place here, not someone speaking. ("Kovalenko of the Centre" is
    a person and where he works: that one speaks.)"""
    start = actor.start
    for _ in range(2):  # "in northern Mali", "в центральной части": a part of the place between
        part = _LAST_WORD.search(s, 0, start)
        if part is None or part.group(1).casefold() not in _PART_WORDS:
            break
        start = part.start(1)
    window = s[max(0, start - 25) : start]
    m = _LOCATIVE_BEFORE.search(window)
    if m is None:
        return False
    word = m.group(0).split()[0].casefold() if m.group(0).split() else ""
    if word in ("of", "at", "from", "for"):
        before = s[: max(0, start - 25) + m.start()].split()
        if before and before[-1][:1].isupper():
            return False  # "Kovalenko of the Centre"
        if before and word in ("of", "for") and before[-1].casefold() in _ROLE_WORDS_EN:
            return False  # "a spokesman for the Pentagon", "the head of the agency"
        if before and word == "of" and before[-1].casefold() in _PARTITIVE_HEADS:
            return False  # "one of North Korea's representatives": some of them, not a place
    return True


_LAST_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s+$")
# Words naming a part of a place ("northern", "центральной"), from every language's places lexicon;
# "the" and "of" stay the locative pattern's own.
_PART_WORDS = frozenset(w for code in LANGUAGES for w in concept(code, "places").PLACE_PART_WORDS) - {
    "the",
    "of",
}
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|to|into|from|near|at|outside|around|across|inside|within|toward|towards|through|via|throughout|"
    r"against|with|on|over|for|of)\s+(?:the\s+)?|(?<!\w)(?:в|во|у|на|из|із|з|до|по|против|проти)\s+)$",
    re.IGNORECASE,
)


def _group(actor: Actor, actors: list[Actor], s: str) -> list[Actor]:
    """An actor and those coordinated with it ("The US and South Korea said")."""
    if actor.group >= 0:
        same = [a for a in actors if a.group == actor.group]
        if len(same) > 1:
            return same
    out = [actor]
    ordered = sorted(actors, key=lambda a: a.start)
    i = ordered.index(actor)
    while i > 0:
        prev = ordered[i - 1]
        joint = s[prev.end : out[0].start]
        # "X and Y said", "X, Y and Z said": a bare comma joins only further to the left of an "and".
        ok = _COORD.match(joint) and (len(out) > 1 or joint.strip() != ",")
        if (
            prev.end <= out[0].start
            and ok
            and (not after_locative(s, prev) or _bodies_where_said(s, prev, joint))
        ):
            out.insert(0, prev)
            i -= 1
        else:
            break
    return out


def _bodies_where_said(s: str, first: Actor, joint: str) -> bool:
    """ "В НАТО и США также заявили": bodies joined after the preposition that opens the sentence
    are where the words were said (Russian and Ukrainian name a speaking body so), not places."""
    opening = s[: first.start].split()
    return len(opening) == 1 and morph.has_cyrillic(joint) and morph.has_cyrillic(opening[0])


def _group_after(actor: Actor, actors: list[Actor], s: str) -> list[Actor]:
    """An actor named after "according to" or "citing" and those coordinated after it ("citing
    Ukrainian intelligence officials and Western security sources": both speak)."""
    out = _group(actor, actors, s)
    if len(out) > 1:
        return out
    ordered = sorted(actors, key=lambda a: a.start)
    for nxt in ordered[ordered.index(actor) + 1 :]:
        joint = s[out[-1].end : nxt.start]
        if nxt.start < out[-1].end or not _COORD.match(joint) or not nxt.name:
            break
        if not WORD.search(joint):
            break  # a bare comma: "According to Budanov, Iran has ...": the clause's subject
        if after_locative(s, nxt) or nxt.anaphor:
            break
        out.append(nxt)
    return out


def _known(found: Actor | None, actors: list[Actor]) -> Actor | None:
    """A name read where a speaker stands is the registry's actor when the registry matched it."""
    if found is None or found.key is not None:
        return found
    for actor in actors:
        if actor.key is not None and actor.start < found.end and found.start < actor.end:
            return actor
    return found


def _unknown_before(s: str, pos: int, memory: ReportMemory) -> Actor | None:
    window = max(0, pos - 160)  # a name stands close to its verb; never scan the whole sentence
    found = _unknown_in(s[window:pos], memory)
    if found is not None:
        found.start += window
        found.end += window
    return found


def _unknown_in(s: str, memory: ReportMemory) -> Actor | None:
    pos = len(s)
    prefix = s[:pos].rstrip()
    titled = _titled_apposition(prefix, memory)
    if titled is not None:
        return titled
    prefix = _TRAILING_INSERT.sub("", prefix).rstrip()
    prefix = _STRIP_TAIL.sub("", prefix)
    m = _NAME.search(prefix)
    if m is None:
        return None
    raw = m.group(0)
    name = _without_owner(clean_name(raw))
    if not name or name.casefold() in _NOT_NAMES or not _CAPITAL.search(name):
        return None
    known = memory.named(name) if " " not in name else _remembered(name, memory)
    if known is not None:
        return Actor(
            m.start() + raw.find(name),
            m.end(),
            known.key,
            known.name,
            known.kind,
            known.media,
            go_between=known.go_between,
        )
    start = m.start() + max(0, raw.find(name.split()[0]))
    kind, media = guess_kind(name)
    return Actor(start, m.end(), None, name.strip("«»"), kind, media)


def _titled_apposition(prefix: str, memory: ReportMemory) -> Actor | None:
    """ "The mayor, Ihor Terekhov, said", "Kharkiv's governor, Oleh Syniehubov, said": a person's
    name between commas right after a title is the speaker (not an aside to skip)."""
    m = _TRAILING_INSERT.search(prefix)
    if m is None:
        return None
    before = WORD.findall(prefix[: m.start()])
    if not before or before[-1].casefold() not in _TITLES_UNDOTTED:
        return None
    inner = prefix[m.start() + 1 :].rstrip().rstrip(",")
    name = inner.strip()
    if not _person_name(name.split()) or _remembered(name, memory) is not None:
        return None  # a known name is found as that source's by the caller's other readings
    start = m.start() + 1 + inner.find(name)
    kind, media = guess_kind(name)
    return Actor(start, start + len(name), None, name, kind, media)


def _without_owner(name: str) -> str:
    """ "Венгрии Петер Сийярто", "Угорщини Віктор Орбан": a Cyrillic name after a title keeps the
    title's country ("министр Венгрии") in front of it; a thing's name that cannot be nominative,
    before a name that can, is that owner, not part of the name."""
    words = name.split()
    if len(words) < 2 or not morph.has_cyrillic(words[0]):
        return name
    lang = "uk" if any(ch in "іїєґІЇЄҐ" for ch in name) else "ru"
    while len(words) > 1:
        first = morph.cases(words[0], lang)
        if not first or "nomn" in first or morph.animate(words[0], lang):
            break  # a name, or a word that may be one, stays
        if not any("nomn" in morph.cases(w, lang) for w in words[1:]):
            break
        words = words[1:]
    return " ".join(words)


def _unknown_after(s: str, pos: int, memory: ReportMemory) -> Actor | None:
    m = _NAME_AFTER.match(s[pos:])
    if m is None:
        return None
    name = clean_name(m.group(1))
    if not name or name.casefold() in _NOT_NAMES:
        return None
    known = memory.named(name) if " " not in name else _remembered(name, memory)
    if known is not None:
        return Actor(
            pos + m.start(1),
            pos + m.end(1),
            known.key,
            known.name,
            known.kind,
            known.media,
            go_between=known.go_between,
        )
    kind, media = guess_kind(name)
    return Actor(pos + m.start(1), pos + m.end(1), None, name.strip("«»"), kind, media)


def _remembered(name: str, memory: ReportMemory) -> Actor | None:
    """A registry source an earlier sentence named in full, named again by part of its name ("the
    Joint Chiefs" after "the Joint Chiefs of Staff"): every word of the name was seen in it."""
    found = {_identity(memory.names[w]): memory.names[w] for w in name.split() if w in memory.names}
    if len(found) != 1 or any(w not in memory.names for w in name.split()):
        return memory.surnames.get(name) if memory.surnames else None  # "Abdel Rahman"
    actor = next(iter(found.values()))
    return actor if actor.key is not None else None


def line_name(s: str, pos: int, memory: ReportMemory) -> Actor | None:
    """The name a labelled line gives after `pos` ("Source: the Border Agency, in a statement"):
    up to the first comma, bracket or end, capitalized, a few words at most."""
    m = _LINE_NAME.match(s, pos)
    if m is None:
        return None
    name = clean_name(m.group(1))
    if not name or name.casefold() in _NOT_NAMES or len(name.split()) > 6:
        return None
    if name in memory.names:
        known = memory.names[name]
        return Actor(m.start(1), m.end(1), known.key, known.name, known.kind, known.media)
    kind, media = guess_kind(name)
    return Actor(m.start(1), m.start(1) + len(name), None, name.strip("«»"), kind, media)


def _identity(actor: Actor) -> tuple[str | None, str]:
    return (actor.key, actor.name if actor.key is None else "")


def cited_actor(s: str, speaker: Speaker, actors: list[Actor], speaking: set[int]) -> Actor | None:
    """The source whose report a confirmation or denial refers to ("confirmed reports from Seoul")."""
    for actor in actors:
        if id(actor) in speaking or actor.key == speaker.actor.key and actor.name == speaker.actor.name:
            continue
        if (
            _CITED_BEFORE.search(s[max(0, actor.start - 40) : actor.start])
            or _CITED_AFTER.match(s[actor.end :])
            or (_named_group(actor) and _CITED_END.search(s[actor.start : actor.end]))  # "Polish assertions"
        ):
            return actor
    return None


def _named_group(actor: Actor) -> bool:
    """A nation's group named in the text ("South Korean assertions"), not a pointer back."""
    return bool(actor.name) and not actor.media and not actor.anaphor


# Patterns used inside functions, compiled once.
_COMMA_INSERT = re.compile(r",[^,;:\"“”«»]{0,90}?,")
_RESTRICTIVE_RELATIVES = frozenset(w for lex in _ACTOR_LEXICONS for w in lex.RESTRICTIVE_RELATIVES)
_RELATIVES = _alternation(
    w for lex in _ACTOR_LEXICONS for w in (*lex.RELATIVE_PRONOUNS, *lex.ASIDE_OPENERS)
)  # "X, who ..., said", "X, asked about ..., said"
_RELATIVE_INSERT = re.compile(rf"^\s*,\s*(?:{_RELATIVES})\b[^,;:\"“”«»]{{0,150}}?,", re.IGNORECASE)
# "Russian Telegram channels that track the military, however, said": a restrictive relative clause,
# with no comma before it, up to the comma that closes it.
_RESTRICTIVES = _alternation(w for lex in _ACTOR_LEXICONS for w in lex.RESTRICTIVE_RELATIVES)
_RESTRICTIVE_INSERT = re.compile(rf"^\s+(?:{_RESTRICTIVES})\b[^,;:\"“”«»]{{0,100}}?,")
_PARENTHESIS = re.compile(r"\([^()]{0,60}\)")
_CLAUSE_BREAK = re.compile(r"[;:\"“”«»]|\.\s")
_ALLY_NOUNS = frozenset().union(*(lex.ALLY_NOUNS for lex in _ACTOR_LEXICONS))
_ALLY_POSSESSIVES = frozenset().union(*(lex.ALLY_POSSESSIVES for lex in _ACTOR_LEXICONS))
# "Ukraine and its (Western) allies say": partners with no name of their own, coordinated with the
# speaker, stand between it and its verb.
_ALLIES = re.compile(
    rf"^\s*,?\s*(?:{_alternation(_COORDINATORS)})\s+(?:{_alternation(_ALLY_POSSESSIVES)})\s+(?:[\w-]+\s+)?"
    rf"(?:{_alternation(_ALLY_NOUNS)})\b",
    re.IGNORECASE,
)
_POSSESSIVE_END = re.compile(r"'s$")
_QUOTATION = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
_TRAILING_INSERT = re.compile(r",[^,;:\"“”«»]{0,90}?,\s*$")
_CAPITAL = re.compile(r"[A-ZА-ЯЁІЇЄҐ«]")


# ---------------------------------------------------------------------------------------------
# Anaphors: "he", "the agency", "its statement", "він", "відомство"


def _anaphor_pattern(lang: Language) -> re.Pattern[str]:
    words = lang.actors.ANAPHORS
    determiners = lang.actors.ANAPHOR_DETERMINERS
    single = [w for w in words if " " not in w and not determiners]
    described = sorted(words, key=len, reverse=True)
    parts = [re.escape(w) for w in sorted(single, key=len, reverse=True)]
    if determiners:
        parts = [r"he|she|they|it|him"]  # "him": "according to him"
        # "the Iran-backed group", "the Lebanese movement": a kind noun after one modifier (a
        # capitalized or hyphenated word) names the body too, for descriptions that must fit
        kinds = [w for w in described if {NONSTATE, STRICT} & set(words[w])]
        if kinds:
            # the head noun in lower case: "the Wagner Group", "the Eurasia Group" are names
            nouns = "|".join(_lower_head(w) for w in kinds)
            modifier = r"(?:[A-Z][\w'’]*|[\w]+-[\w-]+)\s+"
            parts.append(r"the\s+(?:" + modifier + ")?(?:" + nouns + ")")
        others = [w for w in described if w not in kinds]
        parts.append(r"the\s+(?:" + "|".join(re.escape(w) for w in others) + ")")
        parts.append(r"its\s+(?:" + "|".join(sorted(lang.actors.POSSESSIVE_STATEMENTS)) + ")")
        parts.append(r"(?:his|her)\s+office")
    return re.compile(r"(?<![\w'])(?P<a>" + "|".join(parts) + r")(?![\w'])", re.IGNORECASE)


def _lower_head(phrase: str) -> str:
    """ "un mission": "un", then "mission" only in lower case (a pattern of an IGNORECASE whole)."""
    *rest, head = phrase.split()
    return r"\s+".join([*map(re.escape, rest), f"(?-i:{re.escape(head)})"])


_ANAPHOR_PATTERNS: dict[str, re.Pattern[str]] = {}


_ANAPHOR_STARTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _anaphor_starts(lang: Language) -> tuple[frozenset[str], frozenset[str]]:
    """The words an anaphor may start with, and those with every anaphor's words (a cheap test)."""
    found = _ANAPHOR_STARTS.get(lang.code)
    if found is None:
        words = frozenset(lang.actors.ANAPHORS)
        if lang.cyrillic:
            found = (words, words)
        else:
            starts = lang.actors.ANAPHOR_DETERMINERS | {"he", "she", "they", "it", "him", "his", "her", "its"}
            found = (starts, starts | words)
        _ANAPHOR_STARTS[lang.code] = found
    return found


def anaphors(s: str, words: list[Word], wset: set[str], lang: Language) -> Iterator[re.Match[str]]:
    """ "he", "the agency", "its statement": tried only where such a word starts."""
    pattern = _ANAPHOR_PATTERNS.get(lang.code)
    if pattern is None:
        pattern = _ANAPHOR_PATTERNS[lang.code] = _anaphor_pattern(lang)
    starts, any_start = _anaphor_starts(lang)
    if not lang.cyrillic and wset.isdisjoint(any_start):
        return
    for _w, a, _b, lw in words:
        if lw in starts:
            m = pattern.match(s, a)
            if m is not None:
                yield m
