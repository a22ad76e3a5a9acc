"""A claim draft as JSON: the shape `manage.py extract_claims` prints and the scorers read."""

from __future__ import annotations

from typing import Any

from .types import ClaimDraft, Registry

UNPLACED = "unplaced"  # the precision of a place no gazetteer knows


def claim_as_json(draft: ClaimDraft, registry: Registry) -> dict[str, Any]:
    places = {p.key: p for p in registry.places}
    topics = {t.key: t.name for t in registry.topics}
    out_places = []
    for mention in draft.places:
        place = places.get(mention.key)
        if place is None:
            continue
        out_places.append(
            {
                "name": place.name,
                "lat": place.lat,
                "lon": place.lon,
                "precision": place.precision,
                "kind": place.kind,
                "country": place.country,
                "mention": mention.text,
            }
        )
    for name in draft.unplaced:  # a place the text names that no gazetteer knows: no coordinates
        out_places.append(
            {
                "name": name,
                "lat": None,
                "lon": None,
                "precision": UNPLACED,
                "kind": "",
                "country": "",
                "mention": name,
            }
        )
    figures = []
    for figure in draft.figures:
        row = figure.as_dict()
        figures.append(row)
        if figure.value_max is not None:  # a range gives both ends, each a figure
            high = {k: v for k, v in row.items() if k != "value_max"}
            figures.append({**high, "value": row["value_max"], "value_min": row["value"]})
    return {
        "text": draft.sentence,
        "start": draft.start,
        "end": draft.end,
        "statement": draft.statement,
        "source": draft.source_name,
        "source_known": draft.source_key is not None,
        "stance": draft.stance,
        "cited_source": draft.cited_source_name or None,
        "places": out_places,
        "figures": figures,
        "event_date": draft.event_start.isoformat() if draft.event_start else None,
        "event_date_end": draft.event_end.isoformat() if draft.event_end else None,
        "date_precision": draft.date_precision or None,
        "date_text": draft.date_text or None,
        "topics": [topics[k] for k in draft.topic_keys if k in topics],
    }
