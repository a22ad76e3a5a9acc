"""The API corrects claims as the claim page does: only the fields sent, each one a history row."""

from __future__ import annotations

import pytest

from claims.models import Claim
from tests.support.factories import make_claim, make_place

pytestmark = pytest.mark.django_db


def test_the_api_corrects_only_the_fields_sent_and_returns_the_history(api):
    claim = make_claim(statement="Troops in Kyiv", stance="asserts")
    claim.locations.add(make_place("Kyiv", 50.45, 30.52))
    kursk = make_place("Kursk", 51.73, 36.19)
    body = api.post(
        f"/api/claims/{claim.pk}/corrections",
        {
            "version": claim.version,
            "stance": "does_not_deny",
            "cited_source": "Ukrainian government",
            "places": [kursk.pk],
            "new_places": [{"name": "Sergeyevka", "latitude": 43.9, "longitude": 131.6}],
            "figures": ["about 12,000 troops"],
        },
    ).json()
    assert body["changed"] is True
    fields = {c["field"]: c["to_value"] for c in body["corrections"]}
    assert fields == {
        "stance": "Won't confirm or deny",
        "cited_source": "Ukrainian government",
        "places": "Kursk, Sergeyevka",
        "figures": "about 12,000 troops",
    }
    assert body["claim"]["statement"] == "Troops in Kyiv"  # not sent: untouched
    assert len(body["claim"]["corrections"]) == 4


def test_a_stale_version_is_409_and_changes_nothing(api):
    claim = make_claim(stance="asserts")
    response = api.post(f"/api/claims/{claim.pk}/corrections", {"version": 7, "stance": "denies"})
    assert response.status_code == 409
    assert Claim.objects.get(pk=claim.pk).stance == "asserts"


def test_split_and_merge_through_the_api(api):
    claim, other = make_claim(statement="A and B"), make_claim(statement="A")
    body = api.post(f"/api/claims/{claim.pk}/split", {"version": 1, "first": "A", "second": "B"}).json()
    assert body["claim"]["statement"] == "A" and body["corrections"][0]["field"] == "split"
    version = body["claim"]["version"]
    body = api.post(f"/api/claims/{claim.pk}/merge", {"version": version, "duplicate": other.pk}).json()
    assert body["corrections"][0]["other_claim_id"] == other.pk
    assert Claim.objects.get(pk=other.pk).superseded_at is not None


def test_a_viewer_may_not_correct(viewer_api):
    claim = make_claim()
    response = viewer_api.post(f"/api/claims/{claim.pk}/corrections", {"version": 1, "stance": "denies"})
    assert response.status_code == 403


def test_a_place_id_beyond_any_id_is_refused_with_a_reason_and_changes_nothing(api):
    claim = make_claim(stance="asserts")
    for bad in (2**63, 0):
        response = api.post(f"/api/claims/{claim.pk}/corrections", {"version": 1, "places": [bad]})
        assert response.status_code == 400, response.content  # as every other malformed field
        assert "places.0" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).version == 1


def test_a_name_no_gazetteer_knows_is_listed_until_the_api_places_it(api):
    claim = make_claim(stance="asserts", unplaced_places=["Ulanok", "Zabrodskoye"])
    assert api.get(f"/api/claims/{claim.pk}").json()["unplaced_places"] == ["Ulanok", "Zabrodskoye"]
    response = api.post(
        f"/api/claims/{claim.pk}/corrections",
        {"version": 1, "new_places": [{"name": "ulanok", "latitude": 51.2, "longitude": 35.1}]},
    )
    assert response.status_code == 200, response.content
    body = api.get(f"/api/claims/{claim.pk}").json()
    assert body["unplaced_places"] == ["Zabrodskoye"]  # placed, whatever its case
    assert [p["name"] for p in body["places"]] == ["ulanok"]
