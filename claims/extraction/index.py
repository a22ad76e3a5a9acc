"""The registry compiled once into one phrase matcher: source aliases, place names, topic terms.

A place name that is also a source alias (Kyiv, Seoul, Pyongyang, Washington) or a country is
usually a government speaking ("Seoul says ..."): it counts as a place only where the text puts
something there ("in Kyiv", "to Russia"). Region names are tolerant of how they are written:
"Kursk region", "Kursk oblast", "Kursk province", "the Kursk border region", "Kursk direction".

Imported places (the GeoNames gazetteer, `PlaceEntry.imported`) are many and their names are often
words ("Myrne", "Pobeda") or people ("Vladimir"), so they count only where the text plainly names a
place: a capitalized name of at least four letters that no lexicon holds as a word, after a
preposition of place ("in", "near", "в", "під") or a settlement noun ("the village of", "в селе")
unless the place is large; never where a curated entry has the same name. Of two imported places
of one name, the one in a region named in the same sentence or report wins, then the larger.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from functools import cache
from typing import TypeGuard

from .lexicon import LANGUAGES, concept
from .morph import adjective, lemma_cyrillic
from .tokens import WORD, PhraseMatch, PhraseMatcher, Token, tokenize
from .types import PlaceEntry, Registry, SourceEntry, TopicEntry

_PLACES_EN = concept("en", "places")
REGION_WORDS = _PLACES_EN.REGION_WORDS
REGION_VARIANTS = _PLACES_EN.REGION_VARIANTS
AREA_KINDS = frozenset({"area", "region", "country"})


@dataclass(frozen=True, slots=True)
class SourceHit:
    entry: SourceEntry


@dataclass(frozen=True, slots=True)
class PlaceHit:
    entry: PlaceEntry
    needs_locative: bool  # a capital or country that also names a government


@dataclass(frozen=True, slots=True)
class ImportedPlaceHit(PlaceHit):
    """An imported place's name: kept by `GazetteerMatcher.find` only where the text names a place."""

    sure: bool = False  # a name that cannot be a word ("Tver Oblast", "Kursk region")


@dataclass(frozen=True, slots=True)
class TopicHit:
    entry: TopicEntry


@dataclass
class CompiledRegistry:
    matcher: GazetteerMatcher  # sources and places
    topics: PhraseMatcher
    sources_by_alias: dict[str, SourceEntry] = field(default_factory=dict)
    places: tuple[PlaceEntry, ...] = ()
    place_kinds: dict[str, str] = field(default_factory=dict)
    countries: dict[str, PlaceEntry] = field(default_factory=dict)  # a curated country by its name
    homes: dict[str, PlaceEntry] = field(default_factory=dict)  # a local body's place, by source key

    lookups: dict[str, SourceEntry | None] = field(default_factory=dict)

    def lookup_source(self, phrase: str) -> SourceEntry | None:
        if phrase not in self.lookups:
            if len(self.lookups) > 10_000:
                self.lookups.clear()
            self.lookups[phrase] = self.sources_by_alias.get(_norm_phrase(phrase))
        return self.lookups[phrase]


_lock = threading.Lock()


def _base_name(name: str) -> str | None:
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in REGION_WORDS:
        return " ".join(words[:-1])
    return None


def compile_registry(registry: Registry) -> CompiledRegistry:
    cached = registry._compiled
    if isinstance(cached, CompiledRegistry):
        return cached
    with _lock:
        if isinstance(registry._compiled, CompiledRegistry):
            return registry._compiled
        compiled = _build(registry)
        registry._compiled = compiled
        return compiled


def _norm_phrase(text: str) -> str:
    return " ".join(t.norm for t in tokenize(text))


def _build(registry: Registry) -> CompiledRegistry:
    matcher = GazetteerMatcher()
    by_alias, source_phrases = _add_sources(matcher, registry.sources)
    curated = [p for p in registry.places if not p.imported]
    region_bases = _region_bases(curated)
    for place in curated:
        _add_curated_place(matcher, place, source_phrases, region_bases)
    taken = source_phrases | {_norm_phrase(x) for p in curated for x in (p.name, *p.aliases) if x}
    _add_imported(matcher, [p for p in registry.places if p.imported], taken)
    topics = PhraseMatcher()
    for topic in registry.topics:
        for phrase in (topic.name, *topic.terms):
            if phrase and phrase.strip():
                topics.add(phrase, TopicHit(topic))
    return CompiledRegistry(
        matcher=matcher,
        topics=topics,
        sources_by_alias=by_alias,
        places=registry.places,
        place_kinds={p.key: p.kind for p in registry.places},
        countries={p.name.casefold(): p for p in curated if p.kind == "country"},
        homes=_homes(registry.sources, curated),
    )


LOCAL_BODY_WORDS = frozenset().union(*(concept(code, "actors").LOCAL_BODY_WORDS for code in LANGUAGES))
REGIONAL_BODY_WORDS = frozenset().union(*(concept(code, "actors").REGIONAL_BODY_WORDS for code in LANGUAGES))


def _homes(sources: tuple[SourceEntry, ...], curated: list[PlaceEntry]) -> dict[str, PlaceEntry]:
    """The place each local body governs, read from its registry name ("Kursk regional
    administration" -> the Kursk region, "Kyiv city authorities" -> Kyiv)."""
    out = {}
    for source in sources:
        words = _norm_phrase(source.name).split()
        if LOCAL_BODY_WORDS.isdisjoint(words):
            continue
        home = _home_of(f" {' '.join(words)} ", not REGIONAL_BODY_WORDS.isdisjoint(words), curated)
        if home is not None:
            out[source.key] = home
    return out


def _home_of(name: str, regional: bool, curated: list[PlaceEntry]) -> PlaceEntry | None:
    """The curated place named in a body's name: a region for a regional body (by the name without
    its region word), else a settlement; the longest name wins."""
    best: tuple[int, PlaceEntry] | None = None
    for place in curated:
        if place.kind != ("region" if regional else "settlement"):
            continue
        for phrase in (place.name, *place.aliases):
            base = (_base_name(phrase) or phrase) if regional else phrase
            norm = _norm_phrase(base) if base else ""
            if len(norm) > 3 and f" {norm} " in name and (best is None or len(norm) > best[0]):
                best = (len(norm), place)
    return best[1] if best else None


def _add_sources(
    matcher: PhraseMatcher, sources: tuple[SourceEntry, ...]
) -> tuple[dict[str, SourceEntry], set[str]]:
    by_alias: dict[str, SourceEntry] = {}
    phrases: set[str] = set()
    for source in sources:
        for phrase in (source.name, *source.aliases):
            if phrase and phrase.strip():
                matcher.add(phrase, SourceHit(source))
                phrases.add(_norm_phrase(phrase))
                by_alias.setdefault(_norm_phrase(phrase), source)
    titled: dict[str, SourceEntry | None] = {}
    for source in sources:
        for phrase in (source.name, *source.aliases):
            for title in _head_titles(phrase or ""):
                key = _norm_phrase(title)
                if key not in phrases:  # a title two bodies would give is nobody's
                    titled[key] = source if titled.get(key, source) is source else None
    for key, found in titled.items():
        if found is not None:
            matcher.add(key, SourceHit(found))
            by_alias[key] = found
    return by_alias, phrases


@cache
def _body_titles() -> tuple[tuple[str, str], ...]:
    """Each language's body -> title of its head ("ministry" -> "minister"), longest body first."""
    pairs = {pair for code in LANGUAGES for pair in concept(code, "actors").BODY_TITLES.items()}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _head_titles(phrase: str) -> list[str]:
    """How a text names the head of a body the registry names: "Iranian Foreign Ministry" ->
    "Iranian Foreign Minister", "Department of State" -> "Secretary of State", "Kharkiv Regional
    Military Administration" -> "Kharkiv governor", "governor of Kharkiv"."""
    low = " ".join(phrase.split())
    folded = low.casefold()
    for body, title in _body_titles():
        at = folded.find(body)
        if at < 0 or (at > 0 and folded[at - 1] != " ") or folded[at + len(body) :][:1] not in ("", " "):
            continue
        before, after = low[:at].strip(), low[at + len(body) :].strip()
        out = [" ".join(x for x in (before, title, after) if x)]
        if before and not after:  # "Kharkiv governor", "governor of Kharkiv", "Kharkiv's governor"
            out.extend((f"{title} of {before}", f"{before}'s {title}"))
        if after.casefold().startswith("of "):  # "Ministry of Defence" -> "Defence Minister"
            out.append(" ".join(x for x in (before, after[3:], title) if x))
        return out
    return []


def _region_bases(curated: list[PlaceEntry]) -> set[str]:
    """Which names have a region entry ("Kursk" -> "Kursk region")."""
    bases: set[str] = set()
    for place in curated:
        if place.kind not in ("region", "area"):
            continue
        for phrase in (place.name, *place.aliases):
            base = _base_name(phrase)
            if base:
                bases.add(_norm_phrase(base))
    return bases


def _add_curated_place(
    matcher: PhraseMatcher, place: PlaceEntry, source_phrases: set[str], region_bases: set[str]
) -> None:
    """A curated place under each name, and its region spellings ("Kursk oblast", "the Kursk
    direction"); a country or a name that is also a source needs a preposition of place."""
    for phrase in (place.name, *place.aliases):
        if not phrase or not phrase.strip():
            continue
        needs_locative = place.kind == "country" or _norm_phrase(phrase) in source_phrases
        matcher.add(phrase, PlaceHit(place, needs_locative))
        base = _base_name(phrase)
        if base is None and place.kind in ("region", "area"):
            base = phrase if len(phrase.split()) == 1 else None
        if base is not None:
            for variant in REGION_VARIANTS:
                matcher.add(f"{base} {variant}", PlaceHit(place, False))
        elif place.kind == "settlement" and _norm_phrase(phrase) not in region_bases:
            for variant in REGION_VARIANTS:
                matcher.add(f"{phrase} {variant}", PlaceHit(place, False))


# ---------------------------------------------------------------------------------------------
# Imported places

LARGE_POPULATION = 100_000  # a place this large needs no preposition before its name
# A small imported place farther than this from every curated place and region the report names is
# a namesake, not the place the report is about (the Kursk region to Stavropol Krai is 900 km, to
# the Zaporizhzhia front 450).
FAR_KM = 600.0
MIN_LETTERS = 4
# Nouns that announce a settlement's name ("the village of X", "в селе X"), in every language.
SETTLEMENT_NOUNS = frozenset().union(*(concept(code, "places").SETTLEMENT_NOUNS for code in LANGUAGES))
# Words between a settlement noun and its name ("the village of X", "the territory of X").
SKIPPED_BEFORE = frozenset(("the", "territory", "of"))


@cache
def lexicon_words() -> frozenset[str]:
    """Every word any lexicon holds: such a word is a word, not an imported place's name."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(w.casefold() for w in WORD.findall(value))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, frozenset | set | tuple | list):
            for v in value:
                walk(v)

    for lang in LANGUAGES:
        for name in ("speech", "actors", "places", "time", "numbers", "grammar"):
            module = concept(lang, name)
            for attr, value in vars(module).items():
                if attr.isupper():
                    walk(value)
    return frozenset(words)


@cache
def _locative_words() -> frozenset[str]:
    return frozenset().union(*(concept(lang, "places").LOCATIVE_PREPOSITIONS for lang in LANGUAGES))


def _is_word(token: Token, common: frozenset[str]) -> bool:
    if token.norm in common:
        return True
    return token.is_cyrillic and any(lemma_cyrillic(token.norm, lang) in common for lang in ("ru", "uk"))


def _usable_name(phrase: str, taken: set[str], common: frozenset[str]) -> str | None:
    """The phrase's normal form if an imported place may be matched by it."""
    words = tokenize(phrase)
    if not words or not phrase[:1].isupper() or "," in phrase:
        return None
    if sum(len(w.text) for w in words) < MIN_LETTERS:
        return None
    norm = " ".join(w.norm for w in words)
    if norm in taken or all(_is_word(w, common) for w in words):
        return None
    return norm


def _add_imported(matcher: PhraseMatcher, places: list[PlaceEntry], taken: set[str]) -> None:
    common = lexicon_words()
    for place in places:
        sure_hit = ImportedPlaceHit(place, False, sure=True)
        hit = ImportedPlaceHit(place, True)
        for phrase in _with_romanizations(place.aliases or (place.name,)):
            if not phrase or _usable_name(phrase, taken, common) is None:
                continue
            base = _base_name(phrase) if place.kind == "region" else None
            matcher.add(phrase, sure_hit if base is not None else hit)
            if base is not None and _norm_phrase(base) not in taken:
                for variant in REGION_VARIANTS:
                    matcher.add(f"{base} {variant}", sure_hit)


_EN_PLACES = concept("en", "places")


def _with_romanizations(names: tuple[str, ...]) -> list[str]:
    """A gazetteer's Latin names and the other spellings news English gives them (the lexicon's
    ROMANIZATION_ENDINGS and ROMANIZATION_INFIXES): "Feodosiya" and "Feodosia"."""
    out = list(names)
    seen = set(names)
    for name in names:
        if not name.replace("’", "").isascii():
            continue  # Cyrillic names decline and match by stem
        variant = name
        for old, new in _EN_PLACES.ROMANIZATION_INFIXES:
            variant = variant.replace(old, new)
        words = variant.split(" ")
        for k, word in enumerate(words):
            for old, new in _EN_PLACES.ROMANIZATION_ENDINGS:
                if word.endswith(old) and len(word) > len(old) + 2:
                    words[k] = word[: -len(old)] + new
                    break
        variant = " ".join(words)
        if variant not in seen:
            seen.add(variant)
            out.append(variant)
    return out


class GazetteerMatcher(PhraseMatcher):
    """The phrase matcher, with imported places kept only where the text plainly names a place."""

    def __init__(self) -> None:
        super().__init__()
        self._report = threading.local()

    def find(self, text: str, tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[PhraseMatch]:
        matches = super().find(text, tokens, lo, hi)
        if any(_is_region_name(m, tokens) for m in matches):
            matches = self._with_coordinated(text, tokens, matches, lo)
        if not any(isinstance(p, ImportedPlaceHit) for m in matches for p in m.payloads):
            return matches
        named = {p.entry.admin1 for m in matches for p in m.payloads if _is_region(p)}
        out: list[PhraseMatch] = []
        for m in matches:
            listed = bool(out) and _listed_after(text, tokens, out[-1], m)
            kept = self._resolve(text, tokens, m, named, listed)
            if kept:
                out.append(kept)
        return out

    def _with_coordinated(
        self, text: str, tokens: list[Token], matches: list[PhraseMatch], lo: int
    ) -> list[PhraseMatch]:
        """ "Брянською та Курською областями", "Брянской, Курской и Белгородской областей": names
        joined to a region's name share its region noun."""
        by_first = {m.first: m for m in matches}
        for m in [m for m in matches if _is_region_name(m, tokens)]:
            tail = text[tokens[m.first + 1].start : tokens[m.last - 1].end]  # "областями"
            k = m.first
            while (j := _joined_before(text, tokens, k, lo)) is not None:
                found = self._region_named(f"{tokens[j].text} {tail}")
                if found is None or (j in by_first and by_first[j].last > j + 1):
                    break
                by_first[j] = PhraseMatch(tokens[j].start, tokens[j].end, j, j + 1, found)
                k = j
        return [by_first[k] for k in sorted(by_first)]

    def _region_named(self, phrase: str) -> tuple[object, ...] | None:
        """The regions a whole phrase names ("Брянською областями"), if it names one."""
        words = tokenize(phrase)
        found = PhraseMatcher.find(self, phrase, words)
        if len(found) != 1 or (found[0].first, found[0].last) != (0, len(words)):
            return None
        regions = tuple(p for p in found[0].payloads if isinstance(p, PlaceHit) and p.entry.kind == "region")
        return regions or None

    def _resolve(
        self, text: str, tokens: list[Token], m: PhraseMatch, named: set[str], listed: bool = False
    ) -> PhraseMatch | None:
        imported = [p for p in m.payloads if isinstance(p, ImportedPlaceHit)]
        if not imported:
            return m
        others = tuple(p for p in m.payloads if not isinstance(p, ImportedPlaceHit))
        if any(isinstance(p, PlaceHit) for p in others):
            return PhraseMatch(m.start, m.end, m.first, m.last, others)  # the curated entry wins
        if _names_a_direction(tokens, m):
            return PhraseMatch(m.start, m.end, m.first, m.last, others) if others else None
        plain = (listed or _plainly_a_place(text, tokens, m)) and not _name_goes_on(text, tokens, m)
        if all(p.entry.kind == "settlement" for p in imported) and _after_article(tokens, m):
            return PhraseMatch(m.start, m.end, m.first, m.last, others) if others else None
        fitting = [p for p in imported if p.sure or plain or _large_alone(p, tokens, m)]
        if not fitting:
            return PhraseMatch(m.start, m.end, m.first, m.last, others) if others else None
        best = self._choose(text, fitting, named, listed)
        if best is None:
            return PhraseMatch(m.start, m.end, m.first, m.last, others) if others else None
        return PhraseMatch(m.start, m.end, m.first, m.last, (*others, PlaceHit(best.entry, False)))

    def _choose(
        self, text: str, hits: list[ImportedPlaceHit], named: set[str], listed: bool = False
    ) -> ImportedPlaceHit | None:
        """Of the imported places of one name, the one in a region the sentence, then the report,
        names, else the largest; none (a name for an analyst to place) when that is a small place
        far from every place and region the report names: "the settlements of Aleksandriya,
        Leonidovo" in a report on the Kursk region are its villages, too small for the gazetteer,
        not the namesakes in Stavropol and on Sakhalin. A name listed after a place ("near
        Huliaipole and Orikhiv") is placed beside it, however far the rest of the report is."""
        regions, points = self._report_places(text)
        in_region = [h for h in hits if h.entry.admin1 in named] or [
            h for h in hits if h.entry.admin1 in regions
        ]
        best = max(in_region or hits, key=lambda h: h.entry.population)
        if in_region or listed or best.entry.population >= LARGE_POPULATION or not points:
            return best
        near = any(distance_km(best.entry.lat, best.entry.lon, lat, lon) <= FAR_KM for lat, lon in points)
        return best if near else None

    def _report_places(self, text: str) -> tuple[set[str], list[tuple[float, float]]]:
        """First-level regions the whole report names, and where its curated places and regions lie
        (worked out once per report, when needed)."""
        cached = getattr(self._report, "value", None)
        if cached is not None and cached[0] is text:
            return cached[1], cached[2]
        found = PhraseMatcher.find(self, text, tokenize(text))
        hits = [p for m in found for p in m.payloads if isinstance(p, PlaceHit)]
        regions = {p.entry.admin1 for p in hits if _is_region(p)}
        points = [
            (p.entry.lat, p.entry.lon)
            for p in hits
            if p.entry.kind != "country" and (not p.entry.imported or p.entry.kind == "region")
        ]
        self._report.value = (text, regions, points)
        return regions, points


_PLACE_JOINERS = frozenset().union(*(concept(lang, "places").PLACE_JOINERS for lang in LANGUAGES))
_LIST_GAP = re.compile(r"\s*,\s*")


def _is_region_name(m: PhraseMatch, tokens: list[Token]) -> bool:
    """A region's name of an adjective and a region noun ("Курською областями")."""
    if m.last - m.first < 2 or not tokens[m.first].is_capitalized:
        return False
    return any(isinstance(p, PlaceHit) and p.entry.kind == "region" for p in m.payloads)


def _joined_before(text: str, tokens: list[Token], k: int, lo: int) -> int | None:
    """The capitalized word joined to token k by "та"/"and" or a comma, if there is one."""
    j = k - 1
    if j >= lo and tokens[j].norm in _PLACE_JOINERS and text[tokens[j].end : tokens[k].start].isspace():
        j -= 1
        gap_ok = j >= lo and text[tokens[j].end : tokens[j + 1].start].isspace()
    else:
        gap_ok = j >= lo and _LIST_GAP.fullmatch(text[tokens[j].end : tokens[k].start]) is not None
    return j if gap_ok and tokens[j].is_capitalized else None


@cache
def _direction_nouns() -> frozenset[str]:
    return frozenset().union(*(concept(lang, "places").DIRECTION_NOUNS for lang in LANGUAGES))


def _names_a_direction(tokens: list[Token], m: PhraseMatch) -> bool:
    """ "на Запорізькому напрямку", "on the Kurakhove direction": a name right before a word for a
    front's sector names the town the sector is called after, not an imported village that happens
    to share its stem ("Zaporizke")."""
    if m.last >= len(tokens):
        return False
    nxt = tokens[m.last]
    return _is_word(nxt, _direction_nouns())


def _listed_after(text: str, tokens: list[Token], before: PhraseMatch, m: PhraseMatch) -> bool:
    """ "в районе Гуляйполя и Орехова", "near Sudzha, Guevo and Plekhovo": a name joined by "and" or
    a comma to a place just named is a place too."""
    if not any(isinstance(p, PlaceHit) for p in before.payloads):
        return False
    return _joined_before(text, tokens, m.first, before.last - 1) == before.last - 1


def _is_region(payload: object) -> TypeGuard[PlaceHit]:
    return isinstance(payload, PlaceHit) and payload.entry.kind == "region" and bool(payload.entry.admin1)


def _plainly_a_place(text: str, tokens: list[Token], m: PhraseMatch) -> bool:
    """ "in Sudzha", "near the village of Sudzha", "в селе Сергеевка", "у Сумах"."""
    before = [w.casefold() for w in WORD.findall(text[max(0, m.start - 60) : m.start])]
    while before and before[-1] in SKIPPED_BEFORE:
        before.pop()
    if before and before[-1] in SETTLEMENT_NOUNS:
        return True
    parts = 0  # "в районе Гуляйполя", "in the area of X", "on the outskirts of X": a part of it
    while parts < 4 and before and _is_part_word(before[-1]):
        before.pop()
        parts += 1
    return bool(before) and before[-1] in _locative_words()


@cache
def _part_words() -> frozenset[str]:
    return frozenset().union(*(concept(lang, "places").PLACE_PART_WORDS for lang in LANGUAGES))


def _is_part_word(word: str) -> bool:
    parts = _part_words()
    if word in parts:
        return True
    return not word.isascii() and any(lemma_cyrillic(word, lang) in parts for lang in ("ru", "uk"))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _after_article(tokens: list[Token], m: PhraseMatch) -> bool:
    """ "missiles fired at the Novocherkassk": "the" before a bare town's name makes it something
    named after the town (a ship), unless a noun follows ("the Sudzha district")."""
    if m.first == 0 or tokens[m.first - 1].norm != "the":
        return False
    if m.last >= len(tokens) or not tokens[m.last].text[:1].isalpha():
        return True
    return _unknown_name_word(tokens[m.last])  # not "the Sudzha District"


def _name_goes_on(text: str, tokens: list[Token], m: PhraseMatch) -> bool:
    """ "aimed at Star Nasia": a capitalized word no lexicon holds right after the name makes it the
    first word of a longer name (a ship's, a firm's), not the village "Star'" of the gazetteer."""
    if m.last >= len(tokens) or text[tokens[m.last - 1].end : tokens[m.last].start] != " ":
        return False
    nxt = tokens[m.last]
    if nxt.is_cyrillic and not nxt.is_capitalized and m.last - m.first == 1:
        # "в Головному розвідувальному бюро": an adjective before another, of a body's name
        if len(nxt.text) < MIN_LETTERS or _is_word(nxt, lexicon_words()):
            return False  # "та", "и", "района": a joiner or a word of places
        return any(adjective(nxt.text, lang) for lang in ("ru", "uk"))
    return nxt.text.isalpha() and _unknown_name_word(nxt)


def _unknown_name_word(token: Token) -> bool:
    """A capitalized word that no lexicon holds: a word of a name ("Nasia"), not "District"."""
    return token.is_capitalized and not _is_word(token, lexicon_words())


def _large_alone(hit: ImportedPlaceHit, tokens: list[Token], m: PhraseMatch) -> bool:
    """A large place named without a preposition, unless the name is a person's: a capitalized word
    right after it ("Vladimir Putin") or a given name right before it ("Yevhen Romanov")."""
    if hit.entry.population < LARGE_POPULATION:
        return False
    if m.last - m.first != 1:
        return True
    if m.last < len(tokens) and tokens[m.last].is_capitalized:
        return False
    return not (m.first > 0 and _given_name(tokens[m.first - 1], tokens[m.first]))


_NOT_GIVEN_NAMES = frozenset().union(
    *(concept(lang, "grammar").STOP_WORDS for lang in LANGUAGES),
    *(concept(lang, "actors").NATIONS for lang in LANGUAGES),
)


def _given_name(before: Token, name: Token) -> bool:
    """A capitalized word of letters just before a name, with one space between, that is no
    function word or nation's word ("Yevhen Romanov"; not "In Moscow", "Russian Kursk")."""
    return (
        before.is_capitalized
        and before.text.isalpha()
        and name.start - before.end == 1
        and before.norm not in _NOT_GIVEN_NAMES
    )
