from datetime import date

import pytest

from claims.models import StatusChange, Topic
from tests.support.factories import make_claim, make_place, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims():
    kyiv = make_source("Kyiv")
    moscow = make_source("Moscow")
    kursk = make_place("Kursk Oblast")
    made = [
        make_claim(source=kyiv, timeline_date=date(2024, 10, day), statement=f"Kyiv claim {day}")
        for day in range(1, 6)
    ]
    made.append(make_claim(source=moscow, timeline_date=date(2024, 11, 1), statement="Moscow denies"))
    made[0].locations.add(kursk)
    return {"kyiv": kyiv, "moscow": moscow, "kursk": kursk, "claims": made}


def test_claims_are_listed_with_the_dashboards_filters(viewer_api, claims):
    body = viewer_api.get("/api/claims", {"topic": "all", "source": claims["moscow"].pk}).json()
    assert [c["statement"] for c in body["results"]] == ["Moscow denies"]
    body = viewer_api.get("/api/claims", {"topic": "all", "place": claims["kursk"].pk}).json()
    assert [c["id"] for c in body["results"]] == [claims["claims"][0].pk]
    assert body["results"][0]["places"][0]["name"] == "Kursk Oblast"
    body = viewer_api.get("/api/claims", {"topic": "all", "from": "2024-10-03", "to": "2024-10-04"}).json()
    assert sorted(c["statement"] for c in body["results"]) == ["Kyiv claim 3", "Kyiv claim 4"]


def test_without_a_topic_the_api_shows_every_topic_like_the_dashboard(viewer_api, claims):
    topic = Topic.objects.create(name="Troops", slug="troops", is_default=True)
    claims["claims"][1].topics.add(topic)
    assert viewer_api.get("/api/claims").json()["count"] == len(claims["claims"])
    body = viewer_api.get("/api/claims", {"topic": "troops"}).json()
    assert [c["id"] for c in body["results"]] == [claims["claims"][1].pk]
    assert body["results"][0]["topics"] == ["troops"]


def test_claims_come_a_page_at_a_time_with_links_to_the_next_and_previous(viewer_api, claims):
    first = viewer_api.get("/api/claims", {"topic": "all", "page_size": 4, "sort": "event"}).json()
    assert (first["count"], first["pages"], len(first["results"])) == (6, 2, 4)
    assert first["previous"] is None
    assert "page=2" in first["next"] and "sort=event" in first["next"]
    second = viewer_api.get(first["next"]).json()
    assert len(second["results"]) == 2 and second["next"] is None
    seen = [c["id"] for c in first["results"] + second["results"]]
    assert sorted(seen) == sorted(c.pk for c in claims["claims"])
    beyond = viewer_api.get("/api/claims", {"topic": "all", "page": 9}).json()
    assert beyond["results"] == [] and beyond["count"] == 6


def test_a_filter_value_the_api_cannot_use_is_a_400_naming_it(viewer_api, claims):
    response = viewer_api.get("/api/claims", {"status": "maybe"})
    assert response.status_code == 400
    assert "maybe" in response.json()["detail"]
    assert viewer_api.get("/api/claims", {"page_size": 5000}).status_code == 400


def test_a_nul_byte_in_the_query_is_harmless(viewer_api, claims):
    response = viewer_api.get("/api/claims", {"topic": "all", "q": "Kyiv\x00"})
    assert response.status_code == 200


def test_the_list_takes_a_fixed_number_of_queries(viewer_api, claims, django_assert_max_num_queries):
    for claim in claims["claims"]:
        claim.locations.add(make_place())
    with django_assert_max_num_queries(8):
        body = viewer_api.get("/api/claims", {"topic": "all"}).json()
    assert len(body["results"]) == 6


def test_an_analyst_reviews_a_claim_and_the_history_is_written(api, analyst, claims):
    claim = claims["claims"][0]
    response = api.post(
        f"/api/claims/{claim.pk}/review",
        {"status": "confirmed", "credibility": 2, "note": "Matches imagery", "version": claim.version},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["changed"] is True
    assert body["claim"]["status"] == "confirmed" and body["claim"]["credibility"] == 2
    assert body["claim"]["version"] == claim.version + 1
    assert {(c["field"], c["to_value"]) for c in body["changes"]} == {
        ("status", "confirmed"),
        ("credibility", "2"),
    }
    history = list(StatusChange.objects.filter(claim=claim))
    assert {h.changed_by for h in history} == {analyst}
    assert {h.note for h in history} == {"Matches imagery"}
    detail = api.get(f"/api/claims/{claim.pk}").json()
    assert [h["to_value"] for h in detail["history"]] == [c["to_value"] for c in body["changes"]]


def test_a_review_based_on_a_stale_version_is_a_409_and_changes_nothing(api, claims):
    claim = claims["claims"][0]
    assert api.post(f"/api/claims/{claim.pk}/review", {"status": "denied", "version": 1}).status_code == 200
    response = api.post(f"/api/claims/{claim.pk}/review", {"status": "confirmed", "version": 1})
    assert response.status_code == 409
    body = response.json()
    assert "changed by someone else" in body["detail"]
    assert body["claim"]["status"] == "denied" and body["claim"]["version"] == 2
    assert StatusChange.objects.filter(claim=claim).count() == 1


def test_a_user_without_the_review_permission_may_not_review(viewer_api, claims):
    claim = claims["claims"][0]
    response = viewer_api.post(f"/api/claims/{claim.pk}/review", {"status": "confirmed", "version": 1})
    assert response.status_code == 403
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"version": 1}, "Give a status"),
        ({"version": 1, "status": "true"}, "status"),
        ({"version": 1, "credibility": 9}, "credibility"),
        ({"status": "confirmed"}, "version"),
        ({"version": 1, "status": "confirmed", "evidence_url": "not a url"}, "evidence_url"),
    ],
)
def test_an_invalid_review_is_a_400_with_the_reason(api, claims, body, expected):
    claim = claims["claims"][0]
    response = api.post(f"/api/claims/{claim.pk}/review", body)
    assert response.status_code == 400
    assert expected in response.json()["detail"]
    assert not StatusChange.objects.exists()


def test_reviewing_an_unknown_claim_is_a_404(api):
    assert api.post("/api/claims/424242/review", {"status": "confirmed", "version": 1}).status_code == 404


def test_a_digit_that_is_not_an_ascii_digit_is_a_400_not_a_500(viewer_api, claims):
    response = viewer_api.get("/api/claims", {"source": "\u00b3"})
    assert response.status_code == 400
    assert "not an id" in response.json()["detail"]


def test_a_misspelt_parameter_is_a_400_not_a_silently_wider_result(viewer_api, claims):
    response = viewer_api.get("/api/claims", {"topic": "all", "statuss": "confirmed"})
    assert response.status_code == 400
    assert "'statuss'" in response.json()["detail"]
