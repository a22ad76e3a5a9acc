"""The registry compiled once into one phrase matcher: source aliases, place names, topic terms.

A place name that is also a source alias (Kyiv, Seoul, Pyongyang, Washington) or a country is
usually a government speaking ("Seoul says ..."): it counts as a place only where the text puts
something there ("in Kyiv", "to Russia"). Region names are tolerant of how they are written:
"Kursk region", "Kursk oblast", "Kursk province", "the Kursk border region", "Kursk direction".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from .tokens import PhraseMatcher, tokenize
from .types import PlaceEntry, Registry, SourceEntry, TopicEntry

REGION_WORDS = ("region", "oblast", "province", "krai", "district", "territory")
REGION_VARIANTS = (
    "region",
    "oblast",
    "province",
    "border region",
    "border area",
    "area",
    "areas",
    "direction",
    "sector",
    "border district",
    "region of Russia",
    "frontier",
)
AREA_KINDS = frozenset({"area", "region", "country"})


@dataclass(frozen=True, slots=True)
class SourceHit:
    entry: SourceEntry


@dataclass(frozen=True, slots=True)
class PlaceHit:
    entry: PlaceEntry
    needs_locative: bool  # a capital or country that also names a government


@dataclass(frozen=True, slots=True)
class TopicHit:
    entry: TopicEntry


@dataclass
class CompiledRegistry:
    matcher: PhraseMatcher  # sources and places
    topics: PhraseMatcher
    sources_by_alias: dict[str, SourceEntry] = field(default_factory=dict)
    places: tuple[PlaceEntry, ...] = ()
    place_kinds: dict[str, str] = field(default_factory=dict)

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
    matcher = PhraseMatcher()
    source_phrases: set[str] = set()
    by_alias: dict[str, SourceEntry] = {}
    for source in registry.sources:
        for phrase in (source.name, *source.aliases):
            if phrase and phrase.strip():
                matcher.add(phrase, SourceHit(source))
                source_phrases.add(_norm_phrase(phrase))
                by_alias.setdefault(_norm_phrase(phrase), source)
    # Region names: which bases have a region entry ("Kursk" -> "Kursk region").
    region_bases: set[str] = set()
    for place in registry.places:
        for phrase in (place.name, *place.aliases):
            base = _base_name(phrase)
            if base and place.kind in ("region", "area"):
                region_bases.add(_norm_phrase(base))
    for place in registry.places:
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
    )
