"""The API end to end with a real Celery worker on the real Redis."""

import pytest

from claims.models import StatusChange
from tests.support.processes import wait_until as wait_for

pytestmark = [pytest.mark.worker, pytest.mark.timeout(180)]


def test_a_report_submitted_to_the_api_is_parsed_reviewed_and_its_history_kept(
    registry, api, analyst, celery_worker
):
    submitted = api.post(
        "/api/reports",
        {
            "title": "DoD briefing",
            "text": "According to the Pentagon, 3,000 North Korean soldiers arrived in Russia.",
            "published": "2024-10-23",
            "url": "https://example.org/dod",
        },
    )
    assert submitted.status_code == 202
    status_url = submitted.json()["status_url"]

    def parsed():
        body = api.get(status_url).json()
        return body if body["parse_status"] == "parsed" else None

    report = wait_for(parsed, 60, message="the worker to parse the report")
    assert report["claim_count"] == len(report["claims"]) >= 1
    claim = report["claims"][0]
    assert claim["source"]["name"] == "US Department of Defense"

    listed = api.get("/api/claims", {"topic": "all", "source": claim["source"]["id"]}).json()
    assert claim["id"] in [c["id"] for c in listed["results"]]

    reviewed = api.post(
        f"/api/claims/{claim['id']}/review",
        {"status": "confirmed", "credibility": 2, "note": "Seen in imagery", "version": claim["version"]},
    )
    assert reviewed.status_code == 200
    assert reviewed.json()["claim"]["status"] == "confirmed"

    stale = api.post(f"/api/claims/{claim['id']}/review", {"status": "denied", "version": claim["version"]})
    assert stale.status_code == 409

    detail = api.get(f"/api/claims/{claim['id']}").json()
    assert [(h["field"], h["to_value"], h["changed_by"]) for h in detail["history"]] == [
        ("status", "confirmed", analyst.username),
        ("credibility", "2", analyst.username),
    ]
    assert StatusChange.objects.filter(claim_id=claim["id"]).count() == 2

    again = api.post(
        "/api/reports", {"text": "According to the Pentagon, 3,000 North Korean soldiers arrived in Russia."}
    )
    assert again.status_code == 200 and again.json()["id"] == report["id"]
