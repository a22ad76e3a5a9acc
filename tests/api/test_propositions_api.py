"""Propositions in the API (list with the dashboard's filters, detail with members) and in the
exports (ClaimReview per reviewed proposition; the proposition id in CSV and GeoJSON)."""

import csv
import io
import json
from datetime import date

import pytest

from claims.models import Proposition, PropositionMember
from claims.propositions import service
from tests.support.factories import make_claim, make_place, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def props():
    us = make_source("US government")
    pentagon = make_source("Pentagon", parent=us)
    state = make_source("State Department", parent=us)
    kyiv = make_source("Kyiv")
    moscow = make_source("Moscow")
    kursk = make_place("Kursk Oblast")
    troops = Proposition.objects.create(key="nk:deployment:kursk", scope="nk", statement="Troops in Kursk")
    killed = Proposition.objects.create(key="nk:casualties", scope="nk", statement="Soldiers killed")
    rows = [
        (troops, kyiv, "asserts", 1, [{"value": 3000, "unit": "soldiers"}]),
        (troops, pentagon, "confirms", 5, [{"value": 10000, "unit": "soldiers"}]),
        (troops, state, "asserts", 6, []),
        (troops, moscow, "denies", 7, []),
        (killed, kyiv, "asserts", 9, []),
    ]
    claims = []
    for prop, source, stance, day, figures in rows:
        claim = make_claim(
            source=source, stance=stance, timeline_date=date(2024, 11, day), figures=figures,
            statement=f"{source.name} on {prop.statement}",
        )  # fmt: skip
        PropositionMember.objects.create(claim=claim, proposition=prop)
        claims.append(claim)
    claims[0].locations.add(kursk)
    service.refresh_counts([troops, killed])
    return {"troops": troops, "killed": killed, "claims": claims, "moscow": moscow, "kursk": kursk}


def test_propositions_are_listed_with_their_counts_of_asserting_and_denying_sources(viewer_api, props):
    body = viewer_api.get("/api/propositions", {"topic": "all"}).json()
    assert [p["id"] for p in body["results"]] == [props["troops"].pk, props["killed"].pk]
    first = body["results"][0]
    assert (first["claim_count"], first["asserting_sources"], first["denying_sources"]) == (4, 3, 1)
    assert first["web_url"].endswith(f"/propositions/{props['troops'].pk}/")


def test_the_proposition_list_takes_the_dashboards_filters(viewer_api, props):
    by_source = viewer_api.get("/api/propositions", {"topic": "all", "source": props["moscow"].pk}).json()
    assert [p["id"] for p in by_source["results"]] == [props["troops"].pk]
    by_place = viewer_api.get("/api/propositions", {"topic": "all", "place": props["kursk"].pk}).json()
    assert [p["id"] for p in by_place["results"]] == [props["troops"].pk]
    by_date = viewer_api.get("/api/propositions", {"topic": "all", "from": "2024-11-08"}).json()
    assert [p["id"] for p in by_date["results"]] == [props["killed"].pk]
    assert viewer_api.get("/api/propositions", {"sauce": "x"}).status_code == 400


def test_a_proposition_comes_with_its_members_voices_and_suggested_status(viewer_api, props):
    body = viewer_api.get(f"/api/propositions/{props['troops'].pk}").json()
    assert [m["stance"] for m in body["members"]] == ["asserts", "confirms", "asserts", "denies"]
    assert {m["voice"] for m in body["members"]} == {"Kyiv", "US government", "Moscow"}
    verdict = body["assessment"]
    assert verdict["independent"] == "asserted by 2 independent sources (4 in all)"
    assert verdict["contested"] is True and verdict["denying"] == ["Moscow"]
    assert verdict["suggested_status"] == "disputed" and verdict["reasons"]
    assert sorted(e["low"] for e in verdict["estimates"]) == [3000, 10000]
    assert viewer_api.get("/api/propositions/999999").status_code == 404


def test_a_merged_proposition_answers_with_the_one_it_went_into(viewer_api, analyst, props):
    service.merge(props["troops"], props["killed"], by=analyst)
    body = viewer_api.get(f"/api/propositions/{props['killed'].pk}").json()
    assert body["id"] == props["troops"].pk and len(body["members"]) == 5
    assert body["history"][0]["kind"] == "merge"


def _body(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_exports_carry_the_proposition_id_and_a_claimreview_per_reviewed_proposition(
    viewer_api, analyst, props
):
    service.review(props["troops"], by=analyst, status="confirmed", note="seen")
    text = _body(viewer_api.get("/api/exports/claims.csv", {"topic": "all"}))
    rows = list(csv.DictReader(io.StringIO(text)))
    by_claim = {int(r["claim_id"]): r["proposition_id"] for r in rows}
    assert by_claim[props["claims"][0].pk] == str(props["troops"].pk)
    geo = json.loads(_body(viewer_api.get("/api/exports/places.geojson", {"topic": "all"})))
    assert geo["features"][0]["properties"]["claims"][0]["proposition_id"] == props["troops"].pk
    jsonld = json.loads(_body(viewer_api.get("/api/exports/claimreview.jsonld", {"topic": "all"})))
    reviews = [r for r in jsonld["@graph"] if r["url"].endswith(f"/propositions/{props['troops'].pk}/")]
    assert len(reviews) == 1
    assert reviews[0]["claimReviewed"] == "Troops in Kursk"
    assert reviews[0]["reviewRating"]["alternateName"] == "Confirmed"
    authors = {a["name"] for a in reviews[0]["itemReviewed"]["author"]}
    assert authors == {"Kyiv", "Pentagon", "State Department"}
