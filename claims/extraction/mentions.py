"""Stage `mentions`: who and where a sentence names - registry sources, places, groups, anaphors.

Registry names come from one phrase matcher (`index.py`); anonymous and collective actors ("U.S.
and Ukrainian officials") from `attribution.generic_actors`; anaphors ("he", "the agency") are
resolved against the speakers read so far. Topic terms are found on demand (`topic_keys`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from . import attribution as attr
from . import groups
from .index import CompiledRegistry, PlaceHit, SourceHit, TopicHit
from .language import PhraseSet, language
from .lexicon import concept
from .tokens import WORD, Token
from .types import PlaceEntry, SourceEntry

if TYPE_CHECKING:
    from .pipeline import ReportState, SentenceState


def topic_keys(registry: CompiledRegistry, text: str, tokens: list[Token]) -> list[str]:
    matches = registry.topics.find(text, tokens)
    return sorted({p.entry.key for m in matches for p in m.payloads if isinstance(p, TopicHit)})


def find_mentions(state: SentenceState, report: ReportState) -> bool:
    s = state.text
    base = state.sentence.start
    for m in report.registry.matcher.find(report.text, state.tokens):
        a, b = m.start - base, m.end - base
        if b > len(s):
            continue
        sources = [p for p in m.payloads if isinstance(p, SourceHit)]
        if sources:
            e = sources[0].entry
            a, b = _with_guillemets(s, a, b)
            state.actors.append(attr.Actor(a, b, e.key, e.name, e.kind, e.kind == "media"))
        state.place_hits.extend((a, b, p) for p in m.payloads if isinstance(p, PlaceHit))
    _own_countries_after_bodies(state, report)
    _add_bodies_of_nations(state, report)
    _add_heads_of_state(state, report)
    _add_countries_of_nations(state, report)
    _add_generic_actors(state, report)
    _people_of_bodies(state)
    _sources_in_bodies(state)
    _add_sources_of_media(state, report)
    _sources_of_a_national_medium(state, report)
    _bind_person_names(state, report)
    _add_anaphors(state, report)
    _bare_bodies_named_lately(state, report)
    _titles_again(state, report)
    state.actors.sort(key=lambda x: x.start)
    _add_source_countries(state, report)
    return True


_ACRONYM_GAP = re.compile(r"\s*(?:\(\w+\)\s*)?")  # "службы (НРС) Южной Кореи"


def _own_countries_after_bodies(state: SentenceState, report: ReportState) -> None:
    """ "Национальная разведывательная служба (НРС) Южной Кореи", "Міністерство оборони Японії": a
    registry body, then right after it (its acronym between) its own country in the genitive, is
    that body - the country says whose body it is; it is no second speaker (its government)."""
    if not state.lang.cyrillic or len(state.actors) < 2:
        return
    countries = {(a, b) for a, b, p in state.place_hits if p.entry.kind == "country"}
    drop: list[attr.Actor] = []
    for body, after in zip(state.actors, state.actors[1:], strict=False):
        if body.key is None or body.media or (after.start, after.end) not in countries:
            continue
        if (
            after.key is None
            or after.key == body.key
            or not _ACRONYM_GAP.fullmatch(state.text[body.end : after.start])
        ):
            continue
        mine = report.registry.lookup_source(body.name)
        theirs = report.registry.lookup_source(after.name)
        if mine is not None and theirs is not None and mine.country and mine.country == theirs.country:
            body.end = after.end
            drop.append(after)
    if drop:
        state.actors = [a for a in state.actors if all(a is not d for d in drop)]


def _add_source_countries(state: SentenceState, report: ReportState) -> None:
    """The countries of the registry sources the sentence names, where the registry has them."""
    countries = report.registry.countries
    for actor in state.actors:
        entry = report.registry.lookup_source(actor.name) if actor.key and not actor.anaphor else None
        country = countries.get(entry.country.casefold()) if entry is not None and entry.country else None
        if country is not None:
            state.source_countries.append((actor.start, actor.end, country))


def _with_guillemets(s: str, a: int, b: int) -> tuple[int, int]:
    """ "«Росатом» заявил", "в госкорпорации «Росатом» заявили": a name in guillemets is the body
    with them, so that its verb or its kind noun stands right next to it."""
    if a > 0 and b < len(s) and s[a - 1] == "«" and s[b] == "»":
        return a - 1, b + 1
    return a, b


_EN_ACTORS = concept("en", "actors")
_BODY_AFTER = re.compile(r"(?:['’]s)?\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?")


def _add_bodies_of_nations(state: SentenceState, report: ReportState) -> None:
    """ "Seoul's defence ministry", "Kyiv's military": a capital or a country and a body the registry
    knows under the country's name ("South Korea's Defence Ministry") is that body, not the country."""
    if state.lang.cyrillic:
        return
    s = state.text
    for i, actor in enumerate(state.actors):
        nation = _EN_ACTORS.NATIONS.get(s[actor.start : actor.end].casefold().replace("’", "'"))
        found = _body_of(report, nation, s, actor.end) if nation is not None else None
        if found is not None and found.key != actor.key:
            state.actors[i] = replace(found, start=actor.start)
    _add_military_branches(state, report)
    _add_bodies_of_the_country(state, report)
    _add_bodies_of_its(state, report)


def _add_military_branches(state: SentenceState, report: ReportState) -> None:
    """ "The Ukrainian navy said": a nation's word before a branch of its armed forces that no actor
    covers is the body `_body_of` finds for it (the branch, or the nation's military)."""
    s = state.text
    low = s.casefold()
    if not any(branch in low for branch in _EN_ACTORS.MILITARY_BRANCHES):
        return  # most sentences: a few substring tests
    for m in _nation_pattern().finditer(s):
        if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() + 2 for a in state.actors):
            continue
        nation = _EN_ACTORS.NATIONS.get(m.group().casefold().replace("’", "'"))
        rest = s[m.end() : m.end() + 24].casefold()
        if nation is None or not any(rest.lstrip().startswith(b) for b in _EN_ACTORS.MILITARY_BRANCHES):
            continue
        found = _body_of(report, nation, s, m.end())
        if found is not None:
            state.actors.append(replace(found, start=m.start()))
    state.actors.sort(key=lambda a: a.start)


_ITS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)(?=\s+[a-z])")
_GOVERNMENT = " government"


def _add_bodies_of_its(state: SentenceState, report: ReportState) -> None:
    """ "Russia said ... Earlier, its defence ministry said": "its" before a body noun is the country
    whose government was named last (in the sentence, else the latest speaker), and the body the
    registry knows under that country's name. Nothing for a body that is no state's ("Hezbollah
    said its fighters")."""
    s = state.text
    for m in _ITS.finditer(s):
        before = [a for a in state.actors if a.end <= m.start() and a.key is not None and not a.anaphor]
        if before:
            owner = before[-1].name
            nation = owner[: -len(_GOVERNMENT)] if owner.endswith(_GOVERNMENT) else None
        else:
            nation = _last_voice_nation(report) or _nation_named_before(report, state.index)
        if nation is None or nation not in _EN_ACTORS.COUNTRY_OF_NATION:
            continue
        found = _body_of(report, nation, s, m.end())
        if found is None or (before and found.key == before[-1].key):
            continue
        found = replace(found, start=m.start())
        state.actors = [a for a in state.actors if not (found.start <= a.start < found.end)]
        state.actors.append(found)


def _last_voice_nation(report: ReportState) -> str | None:
    """ "Russia said ... Earlier, its defence ministry said": the nation of the latest claim's
    speaker when a country's government made it (not a nation merely named in it)."""
    voices = report.memory.voices
    owner = voices[-1].name if voices and voices[-1].key is not None else ""
    return owner[: -len(_GOVERNMENT)] if owner.endswith(_GOVERNMENT) else None


def _nation_named_before(report: ReportState, idx: int) -> str | None:
    """The nation or country named last in the sentence before ("Russia did not react. ... its")."""
    if idx == 0:
        return None
    text = report.sentences[idx - 1].text
    named = [
        (m.start(), _EN_ACTORS.NATIONS.get(m.group().casefold().replace("’", "'")))
        for m in _nation_pattern().finditer(text)
    ]
    named += [(m.start(), _NATION_OF_COUNTRY.get(m.group())) for m in _country_pattern().finditer(text)]
    return max(named)[1] if named else None


@cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(_NATION_OF_COUNTRY, key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w'’])")


_NOUN_AFTER = re.compile(r"\s+([^\W\d_]+)")


_HEADS: dict[int, tuple[object, dict[str, SourceEntry]]] = {}


def _heads_by_country(registry: CompiledRegistry) -> dict[str, SourceEntry]:
    """The registry's heads of state by their country (casefolded), read once per registry."""
    cached = _HEADS.get(id(registry))
    if cached is None or cached[0] is not registry:
        heads: dict[str, SourceEntry] = {}
        for entry in registry.sources_by_alias.values():
            if entry.kind == "head_of_state" and entry.country:
                heads.setdefault(entry.country.casefold(), entry)
        if len(_HEADS) > 16:
            _HEADS.clear()
        cached = _HEADS[id(registry)] = (registry, heads)
    return cached[1]


def _add_heads_of_state(state: SentenceState, report: ReportState) -> None:
    """ "the Ukrainian leader", "российский президент": a nation's adjective before a title of the
    head of state (the lexicon's HEAD_OF_STATE_TITLES) is the registry's head of state of that
    country, however the registry spells its aliases."""
    titles: frozenset[str] = state.lang.actors.HEAD_OF_STATE_TITLES
    if titles.isdisjoint(state.lemmas.vocab):
        return  # most sentences: no "president", "leader"
    heads = _heads_by_country(report.registry)
    if not heads:
        return
    for k in state.lemmas.positions(titles & state.lemmas.vocab):
        found = _nation_ending_at(state, k)
        country = _EN_ACTORS.COUNTRY_OF_NATION.get(found[0], found[0]) if found else ""
        entry = heads.get(country.casefold()) if found else None
        if found is None or entry is None:
            continue
        a, b = found[1], state.words[k][2]
        if any(x.key is not None and x.start < b and a < x.end for x in state.actors if x.kind != "country"):
            continue  # the registry named it already ("Ukrainian President")
        state.actors = [x for x in state.actors if not (a <= x.start and x.end <= b)]
        state.actors.append(attr.Actor(a, b, entry.key, entry.name, entry.kind))


def _nation_ending_at(state: SentenceState, k: int) -> tuple[str, int] | None:
    """The nation whose adjective (or possessive) stands right before word `k`, and where it starts."""
    if k == 0:
        return None
    if state.lang.cyrillic:
        nations = state.lang.actors.NATIONS
        nation = next((nations[lm] for lm in state.lemmas[k - 1] if lm in nations), None)
        return (nation, state.words[k - 1][1]) if nation else None
    head = state.text[: state.words[k][1]].rstrip()
    for m in _nation_pattern().finditer(head, max(0, len(head) - 25)):
        if m.end() == len(head):
            nation = _EN_ACTORS.NATIONS.get(m.group().casefold().replace("’", "'"))
            return (nation, m.start()) if nation else None
    return None


def _add_countries_of_nations(state: SentenceState, report: ReportState) -> None:
    """ "15 Ukrainian regions", "on Russian territory": a nation's adjective before a place noun
    (the lexicon's NATION_PLACE_NOUNS) names the country, when the registry has it."""
    nouns = concept(state.lang.code, "places").NATION_PLACE_NOUNS
    countries = report.registry.countries
    if nouns and countries and state.lang.cyrillic:
        _add_countries_of_cyrillic_nations(state, countries, nouns)
        return
    if not nouns or not countries or state.wset.isdisjoint(nouns):
        return
    s = state.text
    for m in _nation_pattern().finditer(s):
        after = _NOUN_AFTER.match(s, m.end())
        if not m.group()[:1].isupper() or after is None or after.group(1).casefold() not in nouns:
            continue  # "give us territory": a pronoun, not the US
        nation = _EN_ACTORS.NATIONS.get(m.group().casefold().replace("’", "'"), "")
        place = countries.get(_EN_ACTORS.COUNTRY_OF_NATION.get(nation, nation).casefold())
        if place is not None:
            state.place_hits.append((m.start(), m.end(), PlaceHit(place, False)))


def _add_countries_of_cyrillic_nations(
    state: SentenceState, countries: dict[str, PlaceEntry], nouns: frozenset[str]
) -> None:
    """ "на украинской территории", "у російських областях": the adjective declines, so lemmas."""
    nations = state.lang.actors.NATIONS
    country_of = _EN_ACTORS.COUNTRY_OF_NATION
    lemmas, words = state.lemmas, state.words  # each word's lemma_set
    if nations.keys().isdisjoint(lemmas.vocab):
        return  # most sentences name no nation: one set operation
    for i in lemmas.positions(nations.keys() & lemmas.vocab):
        if i + 1 >= len(words) or lemmas[i + 1].isdisjoint(nouns):
            continue
        nation = next(nations[lm] for lm in lemmas[i] if lm in nations)
        a, b = words[i][1], words[i][2]
        place = countries.get(country_of.get(nation, nation).casefold())
        if place is not None:
            state.place_hits.append((a, b, PlaceHit(place, False)))


def _body_of(report: ReportState, nation: str, s: str, pos: int) -> attr.Actor | None:
    """The registry body named after a nation at `pos` ("'s defence ministry"), if any."""
    m = _BODY_AFTER.match(s, pos)
    if m is None:
        return None
    country = _EN_ACTORS.COUNTRY_OF_NATION.get(nation, nation)
    lookup = report.registry.lookup_source
    for n in (3, 2, 1):
        body = " ".join(w for w in m.groups()[:n] if w)
        src = lookup(f"{country}'s {body}") or lookup(f"{nation} {body}")
        if src is None and body.casefold() in _EN_ACTORS.MILITARY_BRANCHES:
            military = _EN_ACTORS.MILITARY_BODY  # "the Ukrainian navy": Ukraine's military
            src = lookup(f"{country}'s {military}") or lookup(f"{nation} {military}")
        if src is not None:
            end = m.end(n) if m.group(n) else m.end()
            return attr.Actor(pos, end, src.key, src.name, src.kind, src.kind == "media")
    return None


@cache
def _nation_pattern() -> re.Pattern[str]:
    names = sorted(_EN_ACTORS.NATIONS, key=len, reverse=True)
    return re.compile(
        r"(?<![\w'’])(?:" + "|".join(re.escape(n).replace("'", "['’]") for n in names) + r")(?![\w'’])", re.I
    )


# Outside these (and their capitals) only "i", "k" and "s" have other letters that a
# case-insensitive pattern takes for them ("İ", "ı", the Kelvin sign, "ſ").
_NOT_PLAIN_LETTERS = re.compile(r"[^abcdefghjlmnopqrtuvwxyz ]+")


@cache
def _own_country_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each phrase's pattern, with the longest run of it that any sentence the pattern matches
    holds in lower case (a sentence without it is skipped with one substring test)."""
    return tuple(
        (
            max(_NOT_PLAIN_LETTERS.split(p.lower()), key=len),
            re.compile(re.escape(p).replace("'", "['’]"), re.I),
        )
        for p in _EN_ACTORS.OWN_COUNTRY_PHRASES
    )


def _add_bodies_of_the_country(state: SentenceState, report: ReportState) -> None:
    """ "A South Korean lawmaker, citing the country's intelligence agency": "the country" is the
    nation named last before it in the sentence, and its body the registry's."""
    s = state.text
    low = s.lower()
    for hint, pattern in _own_country_patterns():
        if hint not in low:
            continue  # most sentences: no "the country", one substring test
        for m in pattern.finditer(s):
            named = [
                n.group().casefold().replace("’", "'") for n in _nation_pattern().finditer(s, 0, m.start())
            ]
            nation = _EN_ACTORS.NATIONS.get(named[-1]) if named else None
            found = _body_of(report, nation, s, m.end()) if nation is not None else None
            if found is None:
                continue
            found = replace(found, start=m.start())
            state.actors = [a for a in state.actors if not (found.start <= a.start < found.end)]
            state.actors.append(found)


def _add_generic_actors(state: SentenceState, report: ReportState) -> None:
    lookup = report.registry.lookup_source
    generic = groups.generic_actors(state.text, lookup, state.lang, state.words, state.lemmas)
    if not generic:
        return
    # "U.S. and Ukrainian officials": the group, not the countries named in it; but a registry
    # name that covers the whole phrase ("Russia's U.N. mission") knows better.
    actors = state.actors
    generic = [g for g in generic if not any(x.start <= g.start and g.end <= x.end for x in actors)]
    # ... and a body inside the group's words ("an official in the Sudanese army") is who speaks
    tails = state.lang.actors.PLACE_TAIL_PREPOSITIONS
    generic = [g for g in generic if not any(_body_within(x, g, state.text, tails) for x in actors)]
    covered = [(g.start, g.end) for g in generic]
    state.actors = [x for x in actors if not any(a <= x.start and x.end <= b for a, b in covered)]
    state.actors.extend(generic)


@cache
def _body_people_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    actors = concept(code, "actors")
    if not actors.BODY_PEOPLE_NOUNS:
        return None
    nouns = "|".join(sorted(actors.BODY_PEOPLE_NOUNS, key=len, reverse=True))
    tails = "|".join(re.escape(t) for t in sorted(actors.PLACE_TAIL_PREPOSITIONS, key=len, reverse=True))
    dets = "|".join(sorted(actors.BARE_DETERMINERS, key=len, reverse=True))
    mods = "|".join(re.escape(m) for m in sorted(actors.GROUP_MODIFIERS, key=len, reverse=True))
    before = re.compile(
        rf"(?:\b(?:{dets})\s+)?(?:(?:{mods})\s+){{0,2}}\b(?:{nouns})\s+(?:{tails})\s+(?:the\s+)?$", re.I
    )
    after = re.compile(rf"(?:['’]s)?\s+(?:(?:{mods})\s+){{0,2}}(?:{nouns})\b", re.I)
    return before, after


def _people_of_bodies(state: SentenceState) -> None:
    """ "a source in Ukrainian intelligence", "a Pentagon official": the person speaks for the body
    (the registry's source), not as an unnamed group; the body's span takes in the person, so the
    speaker found before a verb is the body."""
    patterns = _body_people_patterns(state.lang.code)
    if patterns is None:
        return
    before, after = patterns
    s = state.text
    for actor in [a for a in state.actors if a.key is not None and not a.media and not a.anaphor]:
        lead = before.search(s, max(0, actor.start - 60), actor.start)
        trail = after.match(s, actor.end)
        if lead is None and trail is None:
            continue
        start = lead.start() if lead is not None else actor.start
        end = trail.end() if trail is not None else actor.end
        state.actors = [
            a for a in state.actors if a is actor or not (start <= a.start and a.end <= end and a.key is None)
        ]
        actor.start, actor.end = start, end


@cache
def _source_ties(code: str) -> PhraseSet | None:
    ties = concept(code, "actors").SOURCE_TIES
    if not ties:
        return None
    lang = language(code)
    return PhraseSet.build(tuple(lang.lemma_set(w) for w in tie.split()) for tie in ties)


def _sources_in_bodies(state: SentenceState) -> None:
    """ "источник в Минобороны России", "джерело, близьке до ХАМАС": an unnamed source tied to a
    registry body named right after it speaks for that body (the body's span takes the source in);
    a place is where the source is, not who speaks ("источник в Харькове")."""
    ties = _source_ties(state.lang.code)
    sources = [a for a in state.actors if a.kind == "anonymous" and a.key is None and not a.anaphor]
    if ties is None or not sources:
        return
    bodies = [a for a in state.actors if a.key is not None and not a.media and not a.anaphor]
    for source in sources:
        k = next((n for n, w in enumerate(state.words) if w[1] >= source.end), None)
        if k is None or state.text[source.end : state.words[k][1]].strip(" ,"):
            continue
        for i, j in ties.find(state.lemmas):
            if i != k or j >= len(state.words):
                continue
            body = _body_at(state, bodies, state.words[j][1])
            if body is not None:
                body.start = source.start
                state.actors = [a for a in state.actors if a is not source]
                break


def _body_at(state: SentenceState, bodies: list[attr.Actor], at: int) -> attr.Actor | None:
    """The registry body that starts here (an opening quote before it), unless a place is named there."""
    body = next(
        (b for b in bodies if 0 <= b.start - at <= 1 and not state.text[at : b.start].strip("«")), None
    )
    if body is None or any(a < body.end and body.start < b for a, b, _ in state.place_hits):
        return None
    return body


def _body_within(body: attr.Actor, group: attr.Actor, text: str, tails: tuple[str, ...]) -> bool:
    """A registry body, not a nation or a country, named in a group's words after a preposition that
    places the group in it ("an official in the Sudanese army", not "U.S. and Ukrainian intelligence
    estimates")."""
    if (
        group.key is not None  # a group the registry already names ("a source in the Kremlin army")
        or body.key is None
        or body.media
        or body.anaphor
        or not (group.start < body.start and body.end <= group.end)
    ):
        return False
    lead = text[group.start : body.start].casefold().split()
    lead = lead[:-1] if lead and lead[-1] == "the" else lead
    if not any(" ".join(lead[-len(p.split()) :]) == p for p in tails):
        return False
    words = text[body.start : body.end].casefold().removeprefix("the ")
    return groups.nation_of(words) is None


def _add_sources_of_media(state: SentenceState, report: ReportState) -> None:
    """ "собеседники газеты", "источники The Washington Post": a medium's own unnamed sources are
    the unnamed group it cited earlier in the report ("со ссылкой на источники в разведке")."""
    cited = report.memory.media_sources
    nouns: frozenset[str] = state.lang.actors.MEDIUM_SOURCE_NOUNS
    if not cited or not nouns:
        return
    words = state.words
    for j, word in enumerate(words[:-1]):
        if not state.lang.lemma_set(word[0]) & nouns:
            continue
        medium = _medium_after(state, j + 1, cited)
        if medium is None:
            continue
        name, end = medium
        group = cited[name]
        actor = attr.Actor(word[1], end, group.key, group.name, group.kind, group.media)
        state.actors = [a for a in state.actors if not (word[1] <= a.start < end)]
        state.actors.append(actor)


_FACELESS_ROLES = {"Sources (unnamed)": "officials", "Intelligence sources (unnamed)": "intelligence"}
_NATION_OF_COUNTRY = {country: nation for nation, country in _EN_ACTORS.COUNTRY_OF_NATION.items()}


def _sources_of_a_national_medium(state: SentenceState, report: ReportState) -> None:
    """ "Kyiv Post, citing intelligence sources, said": a medium's faceless sources are of the
    medium's own country (its registry entry's), so Ukrainian intelligence, not anyone's."""
    media = [a for a in state.actors if a.media and a.key is not None and not a.anaphor]
    if len(media) != 1 or not any(a.name in _FACELESS_ROLES for a in state.actors):
        return
    entry = report.registry.lookup_source(media[0].name)
    nation = _NATION_OF_COUNTRY.get(entry.country) if entry is not None else None
    if nation is None:
        return
    for i, actor in enumerate(state.actors):
        role = _FACELESS_ROLES.get(actor.name) if actor.key is None else None
        if role is None or (actor.start < media[0].end and not _told(state, actor.end, media[0].start)):
            continue
        found = groups.group_actor(nation, role, actor.start, actor.end, report.registry.lookup_source)
        if found is not None:
            found.group = actor.group
            state.actors[i] = found


def _told(state: SentenceState, a: int, b: int) -> bool:
    """ "a source in military intelligence told the Kyiv Independent": between the source and the
    medium, a verb of telling (the medium heard it)."""
    tell: frozenset[str] = state.lang.speech.RECIPIENT_VERBS
    between = [lemmas for w, lemmas in zip(state.words, state.lemmas, strict=True) if a <= w[1] < b]
    return 0 < len(between) <= 3 and any(options & tell for options in between)


def _medium_after(state: SentenceState, k: int, cited: dict[str, attr.Actor]) -> tuple[str, int] | None:
    """The medium named right after a source noun (a nation adjective may stand between), as the
    name it cited others under and where its mention ends."""
    media_nouns: frozenset[str] = state.lang.actors.MEDIUM_NOUNS
    for w in state.words[k : k + 2]:
        actor = next((a for a in state.actors if a.start == w[1] and a.name in cited), None)
        if actor is not None:
            return actor.name, actor.end
        if state.lang.lemma_set(w[0]) & media_nouns:
            return next(reversed(cited)), w[2]  # "газеты": the medium that cited someone last
    return None


def _add_anaphors(state: SentenceState, report: ReportState) -> None:
    for m in attr.anaphors(state.text, state.words, state.wset, state.lang):
        if any(x.start <= m.start() < x.end for x in state.actors) or _titles_a_name(state, m):
            continue
        if m.group("a").casefold() in state.lang.actors.OPENING_ANAPHORS and not _opens(state, m.start()):
            continue  # "говорив там раніше": a place, not where the latest speaker spoke
        # An anaphor with nobody before it may still point to this sentence's own speaker.
        kinds = _anaphor_kinds(m.group("a"), state)
        if (attr.VOICE in kinds or state.lang.cyrillic) and _named_right_after(state, m.end()):
            continue  # "в дописі Міноборони": the document of the body named right after it;
            # "издание «Медуза»", "видання «Українська правда»": the kind of the name after it
        resolved = (
            _earlier_in_sentence(state, m.start(), kinds)
            or report.memory.resolve(m.group("a"), kinds)
            or _described_body(m.group("a"), kinds, report)
            or attr.Actor(0, 0, None, "")
        )
        if not resolved.name and _titles_an_apposed_name(state, m):
            continue  # "The mayor, Ihor Terekhov, said": the name speaks
        state.actors.append(
            attr.Actor(
                m.start(),
                m.end(),
                resolved.key,
                resolved.name,
                resolved.kind,
                resolved.media,
                anaphor=m.group("a"),
                go_between=resolved.go_between,
                described=bool(resolved.key) and (attr.NONSTATE in kinds or attr.STRICT in kinds),
            )
        )


def _bare_bodies_named_lately(state: SentenceState, report: ReportState) -> None:
    """ "як стверджують у розвідці" after Yonhap cited South Korea's NIS: a body named bare, which the
    language's press reads as its own country's (UNSTATED_NATION), is the body of its kind that the
    report named lately, when there is one (the lexicon's strict anaphors: "розвідка")."""
    if not state.lang.actors.UNSTATED_NATION:
        return
    for i, actor in enumerate(state.actors):
        word = state.text[actor.start : actor.end]
        kinds = _anaphor_kinds(word, state)
        if actor.anaphor or attr.STRICT not in kinds:
            continue
        lately = report.memory.resolve(word, kinds)
        if lately is not None and lately.key is not None and lately.key != actor.key:
            state.actors[i] = replace(
                actor, key=lately.key, name=lately.name, kind=lately.kind, media=lately.media
            )


def _titles_again(state: SentenceState, report: ReportState) -> None:
    """ "Губернатор отметил", "по словам губернатора": a title that introduced a speaker earlier,
    alone now (no name after it), is that speaker."""
    titles = report.memory.titles
    if not titles or titles.keys().isdisjoint(state.lemmas.vocab):
        return
    for k, (word, start, end, _lw) in enumerate(state.words):
        title = next((t for t in state.lemmas[k] if t in titles), None)
        if title is None or any(x.start <= start < x.end for x in state.actors):
            continue
        if not _stands_alone(state, k):
            continue  # "губернатор Курской области", "губернатор соседнего региона": another's title
        known = titles[title]
        state.actors.append(
            attr.Actor(start, end, known.key, known.name, known.kind, known.media, anaphor=word)
        )


def _stands_alone(state: SentenceState, k: int) -> bool:
    """Is the word at k a title with nothing of its own after it: a reporting verb, an adverb of one
    or a mark of punctuation next ("Губернатор отметил", "— добавил губернатор.")?"""
    if k + 1 >= len(state.words) or state.text[state.words[k][2] : state.words[k + 1][1]].strip():
        return True
    lemmas = state.lemmas[k + 1]
    return (
        state.lang.verb_class(lemmas) is not None or state.words[k + 1][3] in state.lang.actors.VERB_ADVERBS
    )


def _opens(state: SentenceState, at: int) -> bool:
    """Does the word at `at` open the sentence, with at most connectives before it ("А там ...")?"""
    connectives: frozenset[str] = state.lang.speech.OPENING_CONNECTIVES
    return all(w[3] in connectives for w in state.words if w[1] < at)


def _named_right_after(state: SentenceState, end: int) -> bool:
    """Is an actor named right after this point, a space or an opening quote between?"""
    return any(
        0 <= x.start - end <= 2 and not state.text[end : x.start].strip(" «")
        for x in state.actors
        if not x.anaphor
    )


def _earlier_in_sentence(state: SentenceState, at: int, kinds: tuple[str, ...]) -> attr.Actor | None:
    """ "X said a Hamas commander was killed, but the group had not confirmed it": a description
    of a kind (no pronoun) may stand for a body named earlier in its own sentence."""
    if attr.NONSTATE not in kinds and attr.STRICT not in kinds:
        return None
    before = [a for a in state.actors if a.end <= at and a.key is not None and not a.anaphor]
    return next((a for a in reversed(before) if attr.fits(a, kinds)), None)


def _described_body(anaphor: str, kinds: tuple[str, ...], report: ReportState) -> attr.Actor | None:
    """ "The UN mission said" with no such body named before: the one registry body of that kind
    whose names hold every word of the description ("UN peacekeeping mission in Lebanon")."""
    if attr.STRICT not in kinds:
        return None
    words = frozenset(w.casefold() for w in WORD.findall(anaphor)) - {"the", "its", "his", "her"}
    e = _one_body_named(report.registry.sources_by_alias, words, kinds)
    return attr.Actor(0, 0, e.key, e.name, e.kind, e.kind == "media") if e is not None else None


_Memo = dict[tuple[frozenset[str], tuple[str, ...]], "SourceEntry | None"]
_DESCRIBED: dict[int, tuple[object, _Memo]] = {}


def _one_body_named(
    by_alias: dict[str, SourceEntry], words: frozenset[str], kinds: tuple[str, ...]
) -> SourceEntry | None:
    """The one registry source of these kinds whose names hold all these words (read once per
    registry and description: "разведки" may stand in every sentence of a report)."""
    cached = _DESCRIBED.get(id(by_alias))
    if cached is None or cached[0] is not by_alias:
        if len(_DESCRIBED) > 16:
            _DESCRIBED.clear()
        cached = _DESCRIBED[id(by_alias)] = (by_alias, {})
    memo = cached[1]
    if (words, kinds) not in memo:
        found = {
            e.key: e
            for e in by_alias.values()
            if e.kind in kinds
            and any(words <= {w.casefold() for w in WORD.findall(n)} for n in (e.name, *e.aliases))
        }
        memo[(words, kinds)] = next(iter(found.values())) if len(found) == 1 else None
    return memo[(words, kinds)]


_CAPITALIZED_NEXT = re.compile(r"\s+[A-ZА-ЯЁІЇЄҐ«]")


def _titles_a_name(state: SentenceState, m: re.Match[str]) -> bool:
    """ "Глава МИД Венгрии Петер Сийярто": a role word before a name or a body is its title, not
    an anaphor for someone named earlier."""
    word = m.group("a").casefold()
    return (
        state.lang.cyrillic
        and word in state.lang.person_roles
        and _CAPITALIZED_NEXT.match(state.text, m.end()) is not None
    )


_APPOSED_NAME = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),")
_NAME_BEFORE_APPOSITION = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+$")


def _titles_an_apposed_name(state: SentenceState, m: re.Match[str]) -> bool:
    """ "The mayor, Ihor Terekhov, said", "Ihor Terekhov, the mayor, said": a title whose holder is
    named next to it between commas."""
    words = m.group("a").casefold().split()
    if not words or words[-1] not in state.lang.person_roles:
        return False
    named = _APPOSED_NAME.match(state.text, m.end())
    if named is None and state.text.startswith(",", m.end()):
        named = _NAME_BEFORE_APPOSITION.search(state.text, 0, m.start())
    return named is not None and attr.person_name(named.group(1))


def _anaphor_kinds(anaphor: str, state: SentenceState) -> tuple[str, ...]:
    words = anaphor.casefold().split()
    if words and words[0] in state.lang.actors.ANAPHOR_DETERMINERS:
        words = words[1:]
    anaphors = state.lang.actors.ANAPHORS
    kinds: tuple[str, ...] = anaphors.get(" ".join(words), ())
    if not kinds and len(words) > 1 and " ".join(words[1:]) in anaphors:
        kinds = anaphors[" ".join(words[1:])]  # "the Iran-backed group": the group
    return kinds


_NAME = r"([A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:[ -][A-ZА-ЯЁІЇЄҐ][\w'’-]+){0,3})"


@cache
def _person_patterns(lang_code: str, media: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`media`: a medium's people are named by their trade too ("the BBC's correspondent X")."""
    actors = concept(lang_code, "actors")
    words = actors.ROLE_WORDS | actors.PROFESSIONS if media else actors.ROLE_WORDS
    roles = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    # "Jeon Ha-kyu, a spokesperson for the ministry" (the body after the name)
    before = re.compile(
        rf"{_NAME},\s+(?:a|an|the)?\s*(?:[\w-]+\s+){{0,3}}?(?:{roles})\s+(?:for|of|at|with)\s+(?:the\s+)?$",
        re.I,
    )
    # "the ministry's spokesperson Jeon Ha-kyu", "представитель Минобороны Иван Петров"
    after = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{roles})\s+)?{_NAME}", re.I)
    return before, after


def _bind_person_names(state: SentenceState, report: ReportState) -> None:
    """Names of people who speak for a registry body are that body for the rest of the report."""
    s = state.text
    lex = state.lang.actors
    every = lex.ROLE_WORDS | lex.PROFESSIONS
    if every.isdisjoint(state.wset) and every.isdisjoint(state.lemmas.vocab):
        return  # no "spokesman", "представитель": nobody is introduced as speaking for a body
    for actor in [a for a in state.actors if a.key is not None]:
        # "BBC correspondent Frank Gardner": a medium's journalist speaks for it
        roles = every if actor.media else lex.ROLE_WORDS
        before, after = _person_patterns(state.lang.code, actor.media)
        m = before.search(s[max(0, actor.start - 120) : actor.start])
        if m is not None:
            report.memory.bind(m.group(1), actor)
            continue
        m = after.match(s[actor.end : actor.end + 80])
        if m is None:
            continue
        role_before = WORD.findall(s[max(0, actor.start - 30) : actor.start])
        has_role = any(w.casefold() in roles for w in WORD.findall(m.group(0))[:-1]) or (
            role_before and state.lang.lemma(role_before[-1]) in roles
        )
        if has_role and not any(x.start <= actor.end + m.start(1) < x.end for x in state.actors):
            report.memory.bind(_capitalized_run(s[actor.end + m.start(1) : actor.end + 80]), actor)
            _speaks_for(state, actor, actor.end + m.start(1), actor.end + m.end(1))


def _capitalized_run(text: str) -> str:
    """ "по вопросам безопасности Фрэнк Гарднер заявил": the name where the pattern (which ignores
    case) found it, the first run of capitalized words."""
    words = text.split()
    start = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    if start > _COMPLEMENT_WORDS or not all(w.isalpha() for w in words[:start]):
        return ""  # "заявив, що треті країни, як-от КНДР": no name after the role at all
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), words[start : start + 4]))
    return " ".join(run)


_COMPLEMENT_WORDS = 3  # lower-case words between a body and its person's name ("з питань безпеки")


def _speaks_for(state: SentenceState, body: attr.Actor, start: int, end: int) -> None:
    """ "Представник Міноборони Геннадій Коваленко": a name the registry gives to another body's
    person (a namesake) is, right after this body and its role word, this body speaking."""
    for i, x in enumerate(state.actors):
        if start <= x.start and x.end <= end and x.key is not None and x.key != body.key:
            state.actors[i] = replace(body, start=x.start, end=x.end, group=-1)
