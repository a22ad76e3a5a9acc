"""Anonymous and collective speakers: "U.S. and Ukrainian officials", "South Korean lawmakers",
"Ukrainian media", "a source in Kyiv", "южнокорейская разведка", "західні посадовці".

A group is a nation (or several) and a group noun, with modifiers between ("senior defense
officials"); without a nation, a bare group noun ("officials said", "media reports"). Nations,
nouns and their roles are the language's lexicon (`lexicon/<lang>/actors.py`); English is read
with patterns built from that lexicon, Russian and Ukrainian on lemmas (their adjectives decline).
A registry source that the group names ("Ukrainian intelligence" -> HUR) takes its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from .attribution import Actor, Word
from .language import Language, Lemmas, PhraseSet, language
from .lexicon import concept

Lookup = Callable[[str], Any]
_EN = concept("en", "actors")
_EN_SPEECH = concept("en", "speech")
_GROUP_WORDS = frozenset(w for phrase in (*_EN.GROUP_NOUNS, *_EN.BARE_GROUP_NOUNS) for w in phrase.split())
# The first words of the nouns each pattern needs: without one, that pattern cannot match.
_GROUPED_FIRST = frozenset(phrase.split()[0] for phrase in _EN.GROUP_NOUNS)
_BARE_FIRST = frozenset(phrase.split()[0] for phrase in _EN.BARE_GROUP_NOUNS)
_NEXT_WORD = re.compile(r"\s+(\w+)")
_JOINER = re.compile(r"\s*(?:,\s*and\b|,|\band\b|\bor\b)\s*")
# Unnamed groups that pass on what a named body told them ("lawmakers briefed by the spy agency").
_GO_BETWEENS = frozenset({"officials", "sources", "lawmakers"})
_BARE_BODIES = frozenset({"intelligence", "government"})
_LABEL_KINDS = {
    "officials": "anonymous", "sources": "anonymous", "media": "media", "bloggers": "media",
    "intelligence": "intelligence", "government": "government", "lawmakers": "government",
    "commanders": "military", **dict.fromkeys(_EN.WITNESS_NOUNS, "anonymous"),
}  # fmt: skip


def _alternation(words: Iterable[str], transform: Callable[[str], str] = lambda w: w) -> str:
    return "|".join(transform(w) for w in sorted(words, key=len, reverse=True))


def _nation_pattern(word: str) -> str:
    """ "u.s" -> "U\\.S\\.?", "south korea's" -> "South Korea['’]s"."""
    if word in _EN.NATION_ACRONYMS:
        text = re.escape(word.upper())
        return text.replace(r"\.", r"\.") + (r"\.?" if "." in word else "")
    parts = [p[:1].upper() + p[1:] for p in word.split()]
    return re.escape(" ".join(parts)).replace("'", "['’]")


@cache
def _english_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nation = f"(?:{_alternation(_EN.NATIONS, _nation_pattern)})"
    modifier = f"(?i:{_alternation(_EN.GROUP_MODIFIERS, re.escape)})"
    noun = f"(?P<noun>(?i:{_alternation(_EN.GROUP_NOUNS, re.escape)}))"
    grouped = re.compile(
        # "U.S. defense and intelligence officials": modifiers may be joined by "and" too
        rf"(?P<nats>{nation}(?:{_JOINER.pattern}{nation})*)\s+(?:{modifier}\s+(?:and\s+)?){{0,3}}{noun}\b"
    )
    tail = _alternation(_EN.PLACE_TAIL_PREPOSITIONS, re.escape)
    bodies = _alternation(_EN.BODY_WORDS, re.escape)
    bare = re.compile(
        rf"\b(?P<noun>(?i:{_alternation(_EN.BARE_GROUP_NOUNS, re.escape)}))\b"
        rf"(?P<place>\s+(?:{tail})\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})"
        rf"(?:\s+(?:{bodies}))?"
        # "a source in the security services": a body described, not named
        rf"|\s+(?:{tail})\s+(?:the\s+)?(?:[a-z][\w-]+\s+){{1,2}}(?:{bodies})\b)?"
    )
    prefix = re.compile(
        rf"(?:(?P<det>\b(?i:{_alternation(_EN.BARE_DETERMINERS)}))\s+)?(?P<mods>(?:\b{modifier}\s+){{0,3}})$"
    )
    return grouped, bare, prefix


def nation_of(word: str, lang: Language | None = None) -> str | None:
    key = " ".join(word.casefold().replace("’", "'").rstrip(".").split())
    found: str | None = _EN.NATIONS.get(key) or _EN.NATIONS.get(key.replace(".", ""))
    if found is None and lang is not None and lang.cyrillic:
        found = _first(lang.actors.NATIONS, lang.lemma_set(word))
    return found


def group_actor(nation: str | None, role: str, start: int, end: int, lookup: Lookup) -> Actor | None:
    """The actor a group stands for: a registry source when the registry knows it ("Ukrainian
    intelligence" -> HUR, "South Korean government"), else an unnamed group."""
    if role not in _LABEL_KINDS:
        return None
    if nation is not None and role in ("intelligence", "government"):
        country = _EN.COUNTRY_OF_NATION.get(nation, nation)
        src = lookup(f"{nation} {role}") or (lookup(country) if role == "government" else None)
        if src is not None:
            return Actor(start, end, src.key, src.name, src.kind, src.kind == "media")
    label = _EN.GROUP_LABELS[role].replace("{nation} ", f"{nation} " if nation else "")
    if nation is None:
        label = label[:1].upper() + label[1:]
    kind = _LABEL_KINDS[role]
    return Actor(start, end, None, label, kind, media=kind == "media", go_between=role in _GO_BETWEENS)


def generic_actors(
    sentence: str,
    lookup: Lookup,
    lang: Language,
    words: list[Word] | None = None,
    lemmas: Lemmas | None = None,
) -> list[Actor]:
    """Anonymous and collective actors of one sentence; actors named together share a group.
    `lemmas`: the lemma sets of `words`, when the caller has them."""
    if lang.cyrillic:
        return _cyrillic_groups(sentence, lookup, lang, words or [], lemmas)
    # quotation marks inside a group's words ('an unnamed Ukrainian "security source"') join them:
    # read as spaces, which keeps every offset
    sentence = sentence.translate(_QUOTES_AS_SPACES)
    if words is None:
        out = _english_groups(sentence, lookup)
        out.extend(_bare_groups(sentence, lookup, out, len(out)))
        return out
    folded = {w[3] for w in words}
    if _GROUP_WORDS.isdisjoint(folded):
        return []  # no group noun at all: the patterns cannot match
    out = [] if _GROUPED_FIRST.isdisjoint(folded) else _english_groups(sentence, lookup)
    if not _BARE_FIRST.isdisjoint(folded):
        out.extend(_bare_groups(sentence, lookup, out, len(out), lang))
    return out


_QUOTES_AS_SPACES = str.maketrans(dict.fromkeys('"“”', " "))


def _english_groups(sentence: str, lookup: Lookup) -> list[Actor]:
    grouped, _bare, _prefix = _english_patterns()
    out: list[Actor] = []
    for group, m in enumerate(grouped.finditer(sentence)):
        if m.start() and (sentence[m.start() - 1].isalnum() or sentence[m.start() - 1] in "'’"):
            continue
        role = _EN.GROUP_NOUNS.get(m.group("noun").casefold())
        if role in _EN.WITNESS_NOUNS and _counted(sentence, m.start()):
            continue
        if role == "officials" and not _EN.HEAD_OF_STATE_MODIFIERS.isdisjoint(m.group(0).casefold().split()):
            role = "government"  # "Ukraine's top presidential official": the president's office
        # "intelligence" alone between the nations and the noun, not "military and intelligence"
        # ("US, South Korean and Ukrainian intelligence officials": each nation's body)
        words = sentence[m.end("nats") : m.end()].casefold().split()
        of_intelligence = role in ("officials", "sources") and "intelligence" in words and "and" not in words
        for word in (n for n in _JOINER.split(m.group("nats")) if n):
            actor = group_actor(nation_of(word), role or "", m.start(), m.end(), lookup)
            if of_intelligence and nation_of(word) is not None:
                # "Ukrainian intelligence officials", "South Korean intelligence sources": people of
                # the nation's intelligence body speak for it, when the registry knows it
                actor = _intelligence_body(nation_of(word), m.start(), m.end(), lookup) or actor
            if actor is not None and nation_of(word) is not None:
                actor.group = group
                out.append(actor)
    return out


def _intelligence_body(nation: str | None, start: int, end: int, lookup: Lookup) -> Actor | None:
    src = lookup(f"{nation} intelligence") if nation else None
    return Actor(start, end, src.key, src.name, src.kind, src.kind == "media") if src is not None else None


def _bare_groups(
    sentence: str, lookup: Lookup, found: list[Actor], group: int, lang: Language | None = None
) -> list[Actor]:
    _grouped, bare, prefix = _english_patterns()
    out: list[Actor] = []
    for m in bare.finditer(sentence):
        before = prefix.search(sentence, max(0, m.start() - 60), m.start())
        start = before.start() if before and before.group(0) else m.start()
        if any(a.start <= start < a.end or start <= a.start < m.end() for a in [*found, *out]):
            continue
        if _in_a_name(m) or (
            _EN.GROUP_NOUNS.get(m.group("noun").casefold()) in _EN.WITNESS_NOUNS and _counted(sentence, start)
        ):
            continue
        actor = _bare_actor(m, before, start, lookup, _speaks_next(sentence, m.end(), lang))
        if actor is not None and not m.group("place") and actor.key is None and actor.kind == "anonymous":
            actor.end = _described_until(sentence, actor.end, lang)
        if actor is not None:
            group += 1
            actor.group = group
            out.append(actor)
    return out


_LAST_WORD = re.compile(r"([^\W_]+(?:[,.'’][^\W_]+)*)\W*$")
_DESCRIPTION_WORDS = 8  # words a description after a group may hold ("at security companies involved ...")
_PLAIN_WORD = re.compile(r"\s+([\w'’-]+)")


def _described_until(sentence: str, end: int, lang: Language | None) -> int:
    """ "Sources at security companies involved in the rescue said", "officials in the region said": a
    faceless group described in plain words (a preposition of place, then up to a few words) right
    before a reporting verb takes in its description; else it ends where it did."""
    if lang is None:
        return end
    first = _PLAIN_WORD.match(sentence, end)
    if first is None or first.group(1).casefold() not in _DESCRIPTION_OPENERS:
        return end
    last, at = first.end(), first.end()
    for _ in range(_DESCRIPTION_WORDS):
        nxt = _PLAIN_WORD.match(sentence, at)
        if nxt is None:
            return end
        if lang.verb_class(lang.lemma_set(nxt.group(1))) is not None:
            return last
        last = at = nxt.end()
    return end


_DESCRIPTION_OPENERS = frozenset(p.split()[0] for p in _EN.PLACE_TAIL_PREPOSITIONS)


def _counted(text: str, start: int, lang: Language | None = None) -> bool:
    """ "killing 30 residents", "swapped 150 prisoners", "троє жителів": a number right before a
    group's words counts the people, who are then what a claim is about, not who makes it."""
    last = _LAST_WORD.search(text, max(0, start - 40), start)
    if last is None:
        return False
    word = last.group(1)
    if word[:1].isdigit():
        return True
    numbers = concept(lang.code if lang is not None else "en", "numbers")
    options = lang.lemma_set(word) | {word.casefold()} if lang is not None else {word.casefold()}
    return not options.isdisjoint(numbers.NUMBER_WORDS) or not options.isdisjoint(numbers.SCALES)


def _in_a_name(m: re.Match[str]) -> bool:
    """ "the Sudan Doctors Network", "Doctors Without Borders said": a people noun written as part of
    a name (capitalized inside the sentence, or a capitalized word after it) is that name's, no group."""
    noun = m.group("noun")
    if _EN.GROUP_NOUNS.get(noun.casefold()) not in _EN.WITNESS_NOUNS:
        return False
    inside = bool(m.string[: m.start()].strip(" \"'“‘«("))
    nxt = _NEXT_WORD.match(m.string, m.end())
    return (inside and noun[:1].isupper()) or (nxt is not None and nxt.group(1)[:1].isupper())


def _bare_role(noun: str, det: str, mods: str) -> str | None:
    if noun in ("report", "news report", "media report") and det not in ("a", "an"):
        return None  # "the report" points back to an earlier source (an anaphor); "a report" is new
    if noun in ("reports", "news reports", "media reports", "press reports", "media"):
        return (
            "media" if (det or mods.strip() or noun != "reports") else None
        )  # "reports of ..." is narration
    if noun in ("report", "news report", "media report"):
        return "media"
    if noun in ("bloggers", "telegram channels"):
        return "bloggers"
    role: str | None = _EN.GROUP_NOUNS.get(noun)
    return role


def _next_word(m: re.Match[str]) -> str:
    nxt = _NEXT_WORD.match(m.string, m.end())
    return nxt.group(1).casefold() if nxt is not None else ""


def _speaks_next(sentence: str, end: int, lang: Language | None) -> bool:
    """Is the next word a reporting verb ("Reports said ...")?"""
    nxt = _NEXT_WORD.match(sentence, end)
    return lang is not None and nxt is not None and lang.verb_class(lang.lemma_set(nxt.group(1))) is not None


def _bare_actor(
    m: re.Match[str], before: re.Match[str] | None, start: int, lookup: Lookup, speaks: bool = False
) -> Actor | None:
    noun = m.group("noun").casefold()
    det = (before.group("det") or "").casefold() if before else ""
    mods = (before.group("mods") or "").casefold() if before else ""
    if noun in ("official", "officials") and _next_word(m) in _EN_SPEECH.STATEMENT_NOUNS:
        return None  # "the first official comment": an adjective
    role = "media" if speaks and noun == "reports" and not det else _bare_role(noun, det, mods)
    if role is None:
        return None
    place = _place_word(m.group("place") or "")
    if place:
        nation = nation_of(place) or (nation_of(place.split()[0]) if lookup(place) is None else None)
        src = (lookup(place) or _body_of(place, lookup)) if nation is None else None
        if src is not None:  # "a source in the Ukrainian military" speaks for it
            return Actor(start, m.end(), src.key, src.name, src.kind, src.kind == "media")
        if nation is not None:
            return group_actor(nation, role, start, m.end(), lookup)
    return _faceless(role, f"{mods} {m.group('place') or ''}", noun, start, m.end())


def _body_of(place: str, lookup: Lookup) -> Any:
    """ "the Ansar Allah movement": the registry's name without the body word after it."""
    words = place.split()
    if len(words) > 1 and words[-1].casefold() in _EN.BODY_WORDS:
        return lookup(" ".join(words[:-1]))
    return None


def _place_word(place: str) -> str:
    place = place.strip()
    for prep in sorted(_EN.PLACE_TAIL_PREPOSITIONS, key=len, reverse=True):
        if place.casefold().startswith(prep + " "):
            place = place[len(prep) :].strip()
            break
    return place[4:] if place.casefold().startswith("the ") else place


def _faceless(role: str, mods: str, noun: str, start: int, end: int) -> Actor | None:
    """A group with no nation: "officials", "intelligence sources", "pro-Kremlin military bloggers"."""
    if role == "officials":
        label = "Intelligence officials (unnamed)" if "intelligence" in mods else "Officials (unnamed)"
        return Actor(start, end, None, label, "anonymous")
    if role == "sources":  # "a source in military intelligence": intelligence before military
        label = "Military sources (unnamed)" if "military" in mods else "Sources (unnamed)"
        label = "Intelligence sources (unnamed)" if "intelligence" in f"{mods} {noun}" else label
        return Actor(start, end, None, label, "anonymous")
    if role == "bloggers":
        pro_kremlin = "kremlin" in mods or "russian" in mods
        label = "Pro-Kremlin military bloggers" if pro_kremlin else "Military bloggers"
        return Actor(start, end, None, label, "media", media=True)
    if role == "lawmakers":
        return Actor(start, end, None, "Lawmakers (unnamed)", "government", go_between=True)
    if role in _EN.WITNESS_NOUNS:  # "medics in Gaza said": they speak for themselves
        return Actor(start, end, None, f"{role.capitalize()} (unnamed)", "anonymous")
    if noun in _EN.AUTHORITY_NOUNS:  # "local authorities said": a government, unnamed
        local = not _EN.LOCAL_MODIFIERS.isdisjoint(mods.split())
        return Actor(start, end, None, _EN.AUTHORITY_LABELS[local], "government")
    if role in ("media", "government"):
        return Actor(start, end, None, "Media report (unnamed)", "media", media=True)
    return None


def _cyrillic_groups(
    sentence: str, lookup: Lookup, lang: Language, words: list[Word], lemmas: Lemmas | None = None
) -> list[Actor]:
    """ "южнокорейский парламентарий Ли Сон Гвон", "західні посадовці": a nation adjective, up to two
    modifiers, a group noun; a name right after it belongs to the group's speaker."""
    out: list[Actor] = []
    nouns, modifiers = lang.actors.GROUP_NOUNS, lang.actors.GROUP_MODIFIERS
    nations = lang.actors.NATIONS
    if lemmas is None:
        lemmas = Lemmas(map(lang.lemma_set, [w[0] for w in words]))
    if not nouns.keys().isdisjoint(lemmas.vocab):
        out.extend(_bare_cyrillic(sentence, words, lookup, lang))
    out.extend(_unstated_offices(words, lookup, lang, lemmas))
    out.extend(_bodies_of_countries(words, lookup, lang, lemmas))
    out.extend(_group_phrases(words, lang, lemmas))
    if nations.keys().isdisjoint(lemmas.vocab):
        return out  # most sentences name no nation: one set operation
    for i, (_w, a, _b, _lw) in enumerate(words):
        own = lemmas[i]
        if nations.keys().isdisjoint(own):
            continue
        nation = _first(nations, own)
        if nation is None:
            continue
        for j in range(i + 1, min(i + 4, len(words))):
            options = lang.lemma_set(words[j][0])
            role = _first(nouns, options)
            if role in _EN.WITNESS_NOUNS and _counted(sentence, a, lang):
                break
            if role is not None:
                if options & modifiers and j + 1 < len(words):  # "официальные лица": the noun is next
                    following = _first(nouns, lang.lemma_set(words[j + 1][0]))
                    role, j = (following, j + 1) if following is not None else (role, j)
                actor = group_actor(nation, role, a, _name_after(words, j), lookup)
                if actor is not None:
                    actor.group = 100 + len(out)
                    out.append(actor)
                break
            if not options & modifiers:
                break
    return out


def _bare_cyrillic(sentence: str, words: list[Word], lookup: Lookup, lang: Language) -> list[Actor]:
    """A group noun with no nation before it: "по словам депутатов" (lawmakers, who pass on what
    they were told), "наголосили в розвідці" (a body named where the words were said: the language's
    own country's, when its press leaves that unsaid)."""
    out: list[Actor] = []
    nouns, nations = lang.actors.GROUP_NOUNS, lang.actors.NATIONS
    institution = concept(lang.code, "places").INSTITUTION_PREPOSITIONS
    for j, (w, a, _b, _lw) in enumerate(words):
        role = _first(nouns, lang.lemma_set(w))
        if role is None or (j and _first(nations, lang.lemma_set(words[j - 1][0])) is not None):
            continue
        after_preposition = j > 0 and words[j - 1][3] in institution
        if role == "lawmakers":
            actor = _faceless(role, "", "", a, _name_after(words, j))
        elif role in _BARE_BODIES and after_preposition and lang.actors.UNSTATED_NATION:
            actor = group_actor(lang.actors.UNSTATED_NATION, role, a, words[j][2], lookup)
        elif role == "sources" and not after_preposition:
            actor = _faceless(role, "", "", a, _where_end(words, j, institution, lang))
        elif role == "media" and not lang.lemma_set(w).isdisjoint(lang.actors.BARE_GROUP_NOUNS):
            actor = _faceless(role, "", "", a, words[j][2])  # "по данным СМИ", "пишуть ЗМІ"
        elif role in _EN.WITNESS_NOUNS and not _counted(sentence, a, lang):
            actor = _faceless(role, "", "", a, words[j][2])  # "по словам очевидцев", "полонені розповіли"
        else:
            continue
        if actor is not None:
            actor.group = 200 + len(out)
            out.append(actor)
    return out


def _where_end(words: list[Word], j: int, institution: frozenset[str], lang: Language) -> int:
    """ "источник в силовых структурах сообщил": where an unnamed source is placed belongs to it,
    up to three lowercase words after the preposition, before its verb or a comma."""
    end: int = words[j][2]
    if j + 1 >= len(words) or words[j + 1][3] not in institution or words[j + 1][1] - end > 1:
        return end
    place_end = words[j + 1][2]
    for w, a, b, _lw in words[j + 2 : j + 5]:
        if a - place_end > 1 or w[:1].isupper() or lang.verb_class(lang.lemma_set(w)) is not None:
            break  # a name after it ("в Минобороны") is a body that may speak for itself
        if nation_of(w, lang) is not None:
            break  # so is a nation's body ("в украинской разведке": HUR)
        end = place_end = b
    return end


def _unstated_offices(words: list[Word], lookup: Lookup, lang: Language, lemmas: Lemmas) -> list[Actor]:
    """ "радник президента Дмитро Литвин": an office of a president whose country goes unsaid is,
    where the language's press names its own country's bodies so, that country's government."""
    phrases = _office_phrases(lang.code)
    nation = lang.actors.UNSTATED_NATION
    if not phrases or nation is None:
        return []
    out: list[Actor] = []
    for i, j in phrases.find(lemmas):
        if j < len(words) and (nation_of(words[j][0], lang) or lookup(words[j][0])):
            continue  # "радник президента США": the country is named
        actor = group_actor(nation, "government", words[i][1], _name_after(words, j - 1), lookup)
        if actor is not None:
            actor.group = 300 + len(out)
            out.append(actor)
    return out


def _group_phrases(words: list[Word], lang: Language, lemmas: Lemmas) -> list[Actor]:
    """ "член парламента Ли Сон Гвон": a group named in several words, with the name after it."""
    table: dict[str, str] = lang.actors.GROUP_PHRASES
    out: list[Actor] = []
    for phrase, role in table.items():
        found = _phrase_set(lang.code, (phrase,))
        for i, j in found.find(lemmas) if found else ():
            k = j if j < len(words) and words[j][0].islower() else j - 1  # "член парламента страны Ли"
            actor = _faceless(role, "", "", words[i][1], _name_after(words, k))
            if actor is not None:
                actor.group = 400 + len(out)
                out.append(actor)
    return out


@cache
def _country_body_phrases(code: str) -> tuple[PhraseSet, PhraseSet] | None:
    actors = concept(code, "actors")
    if not actors.COUNTRY_BODIES:
        return None
    bodies = _phrase_set(code, tuple(actors.COUNTRY_BODIES))
    countries = _phrase_set(code, tuple(actors.COUNTRY_GENITIVES))
    return (bodies, countries) if bodies and countries else None


def _phrase_at(table: dict[str, Any], code: str, lemmas: Lemmas, i: int, j: int) -> Any:
    """The entry of `table` whose phrase the words i..j are."""
    lang = language(code)
    for phrase, value in table.items():
        parts = phrase.split()
        if len(parts) == j - i and all(lemmas[i + n] & lang.lemma_set(w) for n, w in enumerate(parts)):
            return value
    return None


def _bodies_of_countries(words: list[Word], lookup: Lookup, lang: Language, lemmas: Lemmas) -> list[Actor]:
    """ "Минобороны Великобритании", "МЗС Франції": a state body named by its kind and then its
    country is that country's body - the registry's, looked up under the country's English names
    ("British Ministry of Defence"), else a new source named so in English. Never the language's
    own country's body that the kind alone would name."""
    phrases = _country_body_phrases(lang.code)
    if phrases is None:
        return []
    bodies, countries = phrases
    found = bodies.find(lemmas)
    if not found:
        return []
    country_at = dict(countries.find(lemmas))
    out: list[Actor] = []
    for i, j in found:
        if j not in country_at or not words[j][0][:1].isupper():
            continue  # a country is a proper name ("армія Малі", not "малі сили")
        if words[j][1] - words[j - 1][2] > 1:
            continue  # "За оцінками розвідки, КНДР втратила": a comma between, the country is no genitive
        k = country_at[j]
        if k < len(words) and words[k][0][:1].isupper() and words[k][1] - words[k - 1][2] <= 1:
            continue  # "глава МИД Венгрии Петер Сийярто": the person named after the title speaks
        kind, names = _phrase_at(lang.actors.COUNTRY_BODIES, lang.code, lemmas, i, j)
        english = _phrase_at(lang.actors.COUNTRY_GENITIVES, lang.code, lemmas, j, k)
        if english is None:
            continue
        actor = _country_body(kind, names, english, lookup, (words[i][1], words[k - 1][2]))
        actor.group = 500 + len(out)
        out.append(actor)
    return out


def _country_body(
    kind: str, names: tuple[str, ...], country: tuple[str, ...], lookup: Lookup, span: tuple[int, int]
) -> Actor:
    for nation in country:
        for name in names:
            src = lookup(f"{nation} {name}") or lookup(f"{nation}'s {name}")
            if src is not None:
                return Actor(*span, src.key, src.name, src.kind, src.kind == "media")
    if names == ("government",):
        src = next((found for nation in country if (found := lookup(nation)) is not None), None)
        if src is not None:
            return Actor(*span, src.key, src.name, src.kind, src.kind == "media")
    return Actor(*span, None, f"{country[0]} {names[0]}", kind)


def _office_phrases(code: str) -> PhraseSet | None:
    return _phrase_set(code, tuple(concept(code, "actors").UNSTATED_OFFICES))


@cache
def _phrase_set(code: str, phrases: tuple[str, ...]) -> PhraseSet | None:
    if not phrases:
        return None
    lang = language(code)
    return PhraseSet.build(tuple(lang.lemma_set(w) for w in phrase.split()) for phrase in phrases)


def _first(table: dict[str, str], options: frozenset[str]) -> str | None:
    return next((table[o] for o in options if o in table), None)


def _name_after(words: list[Word], j: int) -> int:
    """The end of a group noun and the capitalized name that follows it ("парламентарий Ли Сон Гвон")."""
    end: int = words[j][2]
    for w, a, b, _lw in words[j + 1 : j + 5]:
        if not w[:1].isupper() or a - end > 2:
            break
        end = b
    return end
