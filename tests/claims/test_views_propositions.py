"""A proposition's page, rendered: its estimates link to the claims that made them, and its map
shows the places its claims name, each in the status of the first claim naming it."""

import json
from datetime import date

import pytest

from claims.models import ClaimLocation, Proposition, PropositionMember, Status
from tests.support.factories import make_claim, make_place, make_source

pytestmark = pytest.mark.django_db


def member(prop, when, figure=None, place=None, status=Status.UNVERIFIED):
    figures = [{"value": figure, "unit": "soldiers"}] if figure else []
    claim = make_claim(source=make_source(), timeline_date=when, figures=figures, status=status)
    PropositionMember.objects.create(claim=claim, proposition=prop)
    if place:
        ClaimLocation.objects.create(claim=claim, location=place)
    return claim


def test_the_page_links_each_estimate_to_its_claim_and_maps_places_by_their_first_claim(viewer_client):
    prop = Proposition.objects.create(key="t|deployed|", statement="Troops are in Kursk")
    kursk, sudzha = make_place("Kursk"), make_place("Sudzha", lat=51.2, lon=35.3)
    early = member(prop, date(2024, 10, 20), 3000, kursk, Status.CONFIRMED)
    later = member(prop, date(2024, 11, 5), 10000, kursk, Status.DENIED)
    last = member(prop, date(2024, 12, 1), 12000, sudzha, Status.DENIED)

    response = viewer_client.get(f"/propositions/{prop.pk}/")

    assert response.status_code == 200
    html = response.content.decode()
    for claim, label in ((early, "3,000"), (later, "10,000"), (last, "12,000")):
        assert f'<li><a href="/claims/{claim.pk}/">' in html
        assert label in html
    assert html.count("<circle ") == 3
    script = html.split('id="claim-map-config"', 1)[1].split(">", 1)[1].split("</script>", 1)[0]
    statuses = {p["name"]: p["status"] for p in json.loads(script)["places"]}
    assert statuses == {"Kursk": Status.CONFIRMED, "Sudzha": Status.DENIED}


def test_the_estimate_charts_marks_and_links_escape_a_hostile_source_name(viewer_client):
    prop = Proposition.objects.create(key="t|deployed|", statement="Troops are in Kursk")
    hostile = make_source(name='<img src=x onerror="alert(1)">')
    for when, figure in ((date(2024, 10, 20), 3000), (date(2024, 11, 5), 10000)):
        claim = make_claim(
            source=hostile, timeline_date=when, figures=[{"value": figure, "unit": "soldiers"}]
        )
        PropositionMember.objects.create(claim=claim, proposition=prop)

    html = viewer_client.get(f"/propositions/{prop.pk}/").content.decode()

    assert "<img src=x" not in html
    assert html.count("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;: 3,000") == 2  # the mark, the link
