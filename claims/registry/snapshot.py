"""The registry as the extractor reads it: the database's sources, places and topics as the
extractor's plain dataclasses, rebuilt only when one of them changed."""

from __future__ import annotations

import threading

from django.db.models import Count, Max

from ..extraction import PlaceEntry, Registry, SourceEntry, TopicEntry
from ..models import Location, Origin, Source, Topic

_registry_cache: dict = {}
_registry_lock = threading.Lock()


def _registry_stamp() -> tuple:
    parts = []
    for model in (Source, Location, Topic):
        agg = model.objects.aggregate(n=Count("id"), last=Max("updated_at"))
        parts.append((agg["n"], agg["last"].isoformat() if agg["last"] else ""))
    return tuple(parts)


def build_registry() -> Registry:
    sources = tuple(
        SourceEntry(
            key=str(s.pk), name=s.name, kind=s.kind, country=s.country, aliases=tuple(s.aliases or ())
        )
        for s in Source.objects.order_by("pk")
    )
    places = tuple(
        PlaceEntry(
            key=str(p.pk),
            name=p.name,
            lat=p.latitude,
            lon=p.longitude,
            kind=p.kind,
            precision=p.precision,
            aliases=tuple(p.aliases or ()),
            radius_km=p.radius_km,
            country=p.country,
            imported=p.origin == Origin.IMPORTED,
            population=p.population or 0,
            admin1=p.admin1,
        )
        for p in Location.objects.order_by("pk")
    )
    topics = tuple(
        TopicEntry(key=str(t.pk), name=t.name, terms=tuple(t.terms or ()))
        for t in Topic.objects.order_by("pk")
    )
    return Registry(sources=sources, places=places, topics=topics)


def current_registry() -> Registry:
    """The registry as the database has it now; rebuilt only when sources, places or topics change."""
    stamp = _registry_stamp()
    with _registry_lock:
        if _registry_cache.get("stamp") == stamp:
            return _registry_cache["registry"]
        registry = build_registry()
        _registry_cache.update(stamp=stamp, registry=registry)
        return registry
