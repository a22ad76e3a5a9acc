"""The dashboard: filter bar, map, timeline and claim list, all driven by one ClaimFilter.

The page and its claim list share one URL; the map and the timeline read JSON endpoints that
take the same query string, so one filter state (in the URL) drives every panel.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from ..filters import ALL_TOPICS, WINDOWS, ClaimFilter
from ..models import Stance, Status, Topic
from ..queries import (
    STATUS_ORDER,
    Scope,
    cached,
    change_stamp,
    claims_at,
    facets,
    left_out,
    map_places,
    parse_view,
    places_with_claims,
    timeline,
)
from .common import HtmxHttpRequest, login_required, map_tiles, paginate, wants_fragment
from .propositions import proposition_list

PAGE_SIZE = 25
SORT_CHOICES = [
    ("-event", "Event date, newest first"),
    ("event", "Event date, oldest first"),
    ("-report", "Report date, newest first"),
    ("report", "Report date, oldest first"),
]
WINDOW_CHOICES = [("", "Any time"), ("24h", "24 h"), ("7d", "7 days"), ("30d", "30 days")]
# The region the map opens on: from Ukraine's border to Vladivostok and Korea, Kursk in view.


def list_context(request: HtmxHttpRequest, scope: Scope) -> dict:
    """The list's context. Everything that costs is lazy: when the template's cached fragments
    hit, none of it is computed."""
    flt = scope.flt
    counts = SimpleLazyObject(lambda: facets(scope))
    page = SimpleLazyObject(
        lambda: paginate(scope.claims().for_list(), request.GET.get("page"), PAGE_SIZE, count=counts.total)
    )
    return {
        "flt": flt,
        "query": flt.querystring(),
        "stamp": scope.stamp,
        "page_key": (request.GET.get("page") or "1")[:12],
        "page": page,
        "claims": SimpleLazyObject(lambda: page.object_list),
        "sources": lambda: counts.sources,
        "status_counts": SimpleLazyObject(lambda: counts.statuses),
        "statuses": [(s, Status(s).label) for s in STATUS_ORDER],
        "sorts": SORT_CHOICES,
        "left_out": SimpleLazyObject(lambda: left_out(scope, counts.total)),
    }


@require_GET
@login_required
def dashboard(request: HtmxHttpRequest) -> HttpResponse:
    if request.GET.get("view") == "propositions":
        # The list shows propositions instead of claims: one URL parameter, a shareable link.
        return proposition_list(request)
    scope = Scope.of(ClaimFilter.from_query(request.GET))
    context = list_context(request, scope)
    if wants_fragment(request):
        response = render(request, "claims/dashboard.html#claim-list", context | {"fragment": True})
        if request.headers.get("X-Map-Move"):
            # Panning with "only what the map shows" on: one history entry, not one per pan.
            response["HX-Replace-Url"] = request.get_full_path()
        return response
    flt = scope.flt
    context.update(
        topic=scope.topic,
        topics=Topic.objects.only("pk", "name", "slug"),
        all_topics=ALL_TOPICS,
        places=places_with_claims,  # called by the template only when its cache misses
        stances=Stance.choices,
        windows=[(key, label) for key, label in WINDOW_CHOICES if not key or key in WINDOWS],
        poll_seconds=settings.DASHBOARD_POLL_SECONDS,
        map_config={
            **map_tiles(),
            "bounds": settings.MAP_INITIAL_BOUNDS,
            "places_url": reverse("dashboard-map"),
            "timeline_url": reverse("dashboard-timeline"),
            "bbox": list(flt.bbox) if flt.bbox else None,
        },
    )
    return render(request, "claims/dashboard.html", context)


def json_response(body: bytes) -> HttpResponse:
    return HttpResponse(body, content_type="application/json")


def cached_json(panel: str, scope: Scope, data, *, extra: str = "") -> HttpResponse:
    """A panel's JSON answer, encoded once per filter and data state: the encoded bytes are what
    the cache keeps, so a repeated view neither rebuilds nor re-encodes the panel (the map's
    places run to hundreds of kilobytes)."""
    errors = list(scope.flt.errors)

    def encode() -> bytes:
        return json.dumps(data() | {"errors": errors}, cls=DjangoJSONEncoder).encode()

    return json_response(cached(f"{panel}-json", scope, encode, extra=f"{extra}|{errors!r}"))


@require_GET
@login_required
def map_data(request: HtmxHttpRequest) -> HttpResponse:
    """Places with claims under the filter, aggregated per place, only inside `view` if given,
    with counts of those outside it; with `at=<place id>`, the claims at that one place instead
    (a marker's popup)."""
    scope = Scope.of(ClaimFilter.from_query(request.GET))
    at = request.GET.get("at", "")
    if at:
        data = claims_at(scope, int(at) if at.isdigit() and len(at) < 12 else 0)
        data["errors"] = list(scope.flt.errors)
        return JsonResponse(data)
    view = parse_view(request.GET.get("view"))
    return cached_json("map", scope, lambda: map_places(scope, view), extra=repr(view))


@require_GET
@login_required
def timeline_data(request: HtmxHttpRequest) -> HttpResponse:
    scope = Scope.of(ClaimFilter.from_query(request.GET))
    basis = "report" if request.GET.get("basis") == "report" else "event"
    return cached_json(f"timeline-{basis}", scope, lambda: timeline(scope, basis))


@require_GET
@login_required
def changes(request: HtmxHttpRequest) -> HttpResponse:
    """Polled by the dashboard: 204 while nothing changed; when claims were added, re-parsed or
    reviewed, a new poller with the new stamp and a `claims-changed` event for the panels."""
    stamp = change_stamp()
    if request.GET.get("stamp") == stamp:
        return HttpResponse(status=204)
    context = {"stamp": stamp, "poll_seconds": settings.DASHBOARD_POLL_SECONDS}
    response = render(request, "claims/dashboard.html#change-poller", context)
    response["HX-Trigger"] = "claims-changed"
    return response
