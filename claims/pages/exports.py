"""Exports of the dashboard's current filter (given in the query string): CSV, GeoJSON, ClaimReview."""

from __future__ import annotations

from django.views.decorators.http import require_GET

from .. import exports
from ..filters import ClaimFilter
from .common import login_required


@login_required
@require_GET
def export_claims_csv(request):
    return exports.download("csv", ClaimFilter.from_query(request.GET), request.build_absolute_uri)


@login_required
@require_GET
def export_places_geojson(request):
    return exports.download("geojson", ClaimFilter.from_query(request.GET), request.build_absolute_uri)


@login_required
@require_GET
def export_claimreview(request):
    return exports.download("claimreview", ClaimFilter.from_query(request.GET), request.build_absolute_uri)
