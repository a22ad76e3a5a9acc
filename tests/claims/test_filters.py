from datetime import date, timedelta

import pytest
from django.http import QueryDict
from django.utils import timezone

from claims.filters import ClaimFilter
from claims.models import ClaimLocation, Topic
from tests.support.factories import make_claim, make_place, make_report, make_source

pytestmark = pytest.mark.django_db


def f(qs: str) -> ClaimFilter:
    return ClaimFilter.from_query(QueryDict(qs))


def test_a_query_string_round_trips_through_the_filter():
    qs = (
        "source=3&source=5&status=confirmed&stance=denies&place=7&topic=all"
        "&from=2024-10-01&to=2024-10-31&q=Kursk&window=7d&sort=report"
    )
    flt = f(qs)
    assert flt.sources == [3, 5] and flt.statuses == ["confirmed"] and flt.places == [7]
    assert flt.date_from == date(2024, 10, 1) and flt.window == "7d" and flt.sort == "report"
    assert f(flt.querystring()) == flt
    assert not flt.errors


def test_nonsense_values_are_dropped_and_reported_not_raised():
    flt = f("source=abc&status=maybe&from=yesterday&window=1y&bbox=1,2&sort=drop+table")
    assert (
        flt.sources == []
        and flt.statuses == []
        and flt.date_from is None
        and flt.window == ""
        and flt.bbox is None
    )
    assert len(flt.errors) == 6


def test_each_filter_narrows_the_claims():
    kyiv, kursk = make_place("Kyiv", 50.45, 30.52), make_place("Kursk", 51.73, 36.19)
    hur, kremlin = make_source("HUR"), make_source("Kremlin")
    a = make_claim(source=hur, statement="Troops arrived in Kursk", timeline_date=date(2024, 10, 23))
    b = make_claim(
        source=kremlin, statement="Nothing to add", stance="does_not_deny", timeline_date=date(2024, 11, 2)
    )
    c = make_claim(
        source=hur, statement="Prisoners taken to Kyiv", status="confirmed", timeline_date=date(2025, 1, 11)
    )
    ClaimLocation.objects.create(claim=a, location=kursk)
    ClaimLocation.objects.create(claim=c, location=kyiv)

    def ids(qs):
        return sorted(x.pk for x in f(qs).apply())

    assert ids(f"source={hur.pk}") == sorted([a.pk, c.pk])
    assert ids("status=confirmed") == [c.pk]
    assert ids("stance=does_not_deny") == [b.pk]
    assert ids(f"place={kursk.pk}") == [a.pk]
    assert ids("from=2024-11-01&to=2024-12-31") == [b.pk]
    assert ids("q=prisoners") == [c.pk]
    assert ids("bbox=51,35,52,37") == [a.pk]
    assert ids(f"source={hur.pk}&status=unverified") == [a.pk]


def test_every_topic_is_shown_unless_one_is_chosen():
    topic = Topic.objects.create(name="NK troops", slug="nk", is_default=True)
    on_topic, off_topic = make_claim(), make_claim()
    on_topic.topics.add(topic)
    assert sorted(c.pk for c in f("").apply()) == sorted([on_topic.pk, off_topic.pk])
    assert sorted(c.pk for c in f("topic=all").apply()) == sorted([on_topic.pk, off_topic.pk])
    assert [c.pk for c in f("topic=nk").apply()] == [on_topic.pk]
    assert list(f("topic=no-such-topic").apply()) == []


def test_the_report_window_counts_from_when_reports_arrived():
    old = make_report(received_at=timezone.now() - timedelta(days=10))
    new = make_report(received_at=timezone.now() - timedelta(hours=2))
    old_claim, new_claim = make_claim(report=old), make_claim(report=new)
    assert [c.pk for c in f("window=24h").apply()] == [new_claim.pk]
    assert sorted(c.pk for c in f("window=30d").apply()) == sorted([old_claim.pk, new_claim.pk])
