"""A made-up situation for the extraction batteries: its registry built from plain tuples, and what
the extractor says of a sentence as (source, stance) pairs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from claims.extraction import extract
from claims.extraction.shipped import registry_from_data


def made_up_registry(
    sources: Iterable[tuple],
    places: Iterable[tuple[str, float, float]],
    terms: list[str],
):
    """Sources as (name, kind, aliases) or (name, kind, aliases, country), places as (name, latitude,
    longitude), one topic's terms."""
    return registry_from_data(
        {
            "sources": [
                {"name": s[0], "kind": s[1], "aliases": s[2], "country": s[3] if len(s) > 3 else ""}
                for s in sources
            ],
            "places": [{"name": n, "latitude": lat, "longitude": lon} for n, lat, lon in places],
            "topics": [{"name": "Attacks", "terms": terms}],
        }
    )


def said(text: str, registry, day: date) -> list[tuple[str, str]]:
    return [(c.source_name, c.stance) for c in extract(text, day, registry)]
