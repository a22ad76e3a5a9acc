"""The dashboard panels are cached per filter and data state: a repeat costs less, and any new
claim or review shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.filters import ClaimFilter
from claims.models import ClaimLocation, Status
from claims.queries import Scope, facets, map_places, timeline
from tests.support.factories import make_claim, make_place

pytestmark = pytest.mark.django_db


def scope(**query):
    return Scope.of(ClaimFilter.from_query({"topic": "all", **query}))


def queries(fn):
    with CaptureQueriesContext(connection) as ctx:
        value = fn()
    return value, len(ctx.captured_queries)


def test_a_repeated_panel_reads_its_groups_from_the_cache():
    kursk = make_place("Kursk")
    ClaimLocation.objects.create(claim=make_claim(), location=kursk)
    for panel in (lambda: map_places(scope()), lambda: timeline(scope()), lambda: facets(scope())):
        first, cold = queries(panel)
        second, warm = queries(panel)
        assert warm < cold
        assert repr(first) == repr(second)


def test_a_review_and_a_new_claim_show_at_once(analyst):
    kursk = make_place("Kursk")
    claim = make_claim()
    ClaimLocation.objects.create(claim=claim, location=kursk)
    assert map_places(scope())["places"][0]["status"] == Status.UNVERIFIED
    claim.set_status(Status.CONFIRMED, by=analyst)
    assert map_places(scope())["places"][0]["status"] == Status.CONFIRMED
    ClaimLocation.objects.create(claim=make_claim(), location=kursk)
    assert map_places(scope())["places"][0]["count"] == 2
    assert timeline(scope())["total"] == 2
    assert facets(scope()).total == 2


def test_panning_reuses_the_groups_and_only_reads_the_places_in_view():
    ClaimLocation.objects.create(claim=make_claim(), location=make_place("Kursk", 51.7, 36.2))
    ClaimLocation.objects.create(claim=make_claim(), location=make_place("Vladivostok", 43.1, 131.9))
    everything = map_places(scope())
    west, n = queries(
        lambda: map_places(Scope.of(ClaimFilter.from_query({"topic": "all"})), (45, 30, 60, 60))
    )
    assert [p["name"] for p in everything["places"]] == ["Kursk", "Vladivostok"]
    assert [p["name"] for p in west["places"]] == ["Kursk"]
    assert n <= 3  # topic, stamp and places: the grouped counts came from the cache


def test_a_moved_place_and_a_new_place_show_on_the_map_at_once():
    kursk = make_place("Kursk", lat=51.7, lon=36.2)
    ClaimLocation.objects.create(claim=make_claim(), location=kursk)
    assert [p["lat"] for p in map_places(scope())["places"]] == [51.7]
    kursk.latitude = 52.0
    kursk.save()
    assert [p["lat"] for p in map_places(scope())["places"]] == [52.0]
    ClaimLocation.objects.create(claim=make_claim(), location=make_place("Orel", lat=52.9, lon=36.1))
    assert sorted(p["name"] for p in map_places(scope())["places"]) == ["Kursk", "Orel"]
