import json

import pytest

from claims.models import Channel, ParseStatus, Report, Source
from tests.support.factories import make_claim, make_report, make_source

pytestmark = pytest.mark.django_db

REPORT = {
    "title": "Pentagon on troops",
    "text": "According to the Pentagon, 3,000 North Korean soldiers arrived in Russia.",
    "url": "https://example.org/news/1",
    "outlet": "Example News",
    "published": "2024-10-23",
}


def test_a_submitted_report_is_accepted_with_its_id_and_a_status_url(api, analyst):
    response = api.post("/api/reports", REPORT)
    assert response.status_code == 202
    body = response.json()
    report = Report.objects.get(pk=body["id"])
    assert body["duplicate"] is False
    assert body["status_url"].endswith(f"/api/reports/{report.pk}")
    assert body["parse_status"] == ParseStatus.QUEUED
    assert report.channel == Channel.API
    assert report.submitted_by == analyst
    assert report.outlet == "Example News"
    assert report.published_at.date().isoformat() == "2024-10-23"


def test_the_same_content_twice_points_to_the_existing_report_and_says_so(api):
    first = api.post("/api/reports", REPORT).json()
    again = api.post("/api/reports", {**REPORT, "title": "Other title", "text": REPORT["text"].upper()})
    assert again.status_code == 200
    body = again.json()
    assert body["id"] == first["id"]
    assert body["duplicate"] is True
    assert f"report {first['id']}" in body["message"]
    assert Report.objects.count() == 1


def test_a_source_hint_is_matched_by_alias_or_created_unreviewed(api):
    known = make_source("Ministry of Defence of Ukraine", aliases=["MoD Ukraine"], reviewed=True)
    first = api.post("/api/reports", {**REPORT, "source": "mod ukraine"}).json()
    assert Report.objects.get(pk=first["id"]).source_hint == known
    second = api.post("/api/reports", {"text": "Another text.", "source": "Brand New Channel"}).json()
    created = Report.objects.get(pk=second["id"]).source_hint
    assert created.name == "Brand New Channel" and created.reviewed is False


def test_a_report_over_the_text_limit_is_refused_with_413_and_nothing_stored(api, settings):
    settings.REPORT_MAX_CHARS = 1000
    response = api.post("/api/reports", {"text": "word " * 400})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert Report.objects.count() == 0


def test_a_request_body_over_the_upload_limit_is_refused_with_413(api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = api.post("/api/reports", {"text": "x" * 20_000})
    assert response.status_code == 413
    assert "MB" in response.json()["detail"]
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"text": "caf\xe9 au lait"}', "parse"),  # Latin-1 byte: not UTF-8
        (b'{"text": ', "parse"),  # not JSON
        (b'["a list", "not an object"]', "valid"),  # the wrong shape
        (b'{"title": "no text"}', "text"),
        (b'{"text": 42}', "text"),
    ],
)
def test_a_malformed_body_is_a_400_with_a_message_never_a_500(api, raw, expected):
    response = api.post("/api/reports", raw=raw)
    assert response.status_code == 400
    assert expected in response.json()["detail"].lower()
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [("published", "last tuesday", "not a date"), ("url", "javascript:alert(1)", "web address")],
)
def test_a_bad_date_or_url_is_refused_with_the_reason(api, field, value, expected):
    response = api.post("/api/reports", {**REPORT, field: value})
    assert response.status_code == 400
    assert expected in response.json()["detail"]


def test_control_characters_in_short_fields_are_removed_not_stored(api):
    body = api.post("/api/reports", {**REPORT, "title": "Bad\x00 title\x07", "outlet": "Out\x00let"}).json()
    report = Report.objects.get(pk=body["id"])
    assert report.title == "Bad title" and report.outlet == "Out let"


def test_a_user_without_the_add_report_permission_may_not_submit(viewer_api):
    response = viewer_api.post("/api/reports", REPORT)
    assert response.status_code == 403
    assert "add_report" in response.json()["detail"]
    assert Report.objects.count() == 0


def test_a_report_is_returned_with_its_parse_status_and_claims(viewer_api):
    source = make_source("Pentagon")
    report = make_report(
        "According to the Pentagon, troops moved.", title="T", parse_status=ParseStatus.PARSED
    )
    claim = make_claim(report=report, source=source, sentence="According to the Pentagon, troops moved.")
    response = viewer_api.get(f"/api/reports/{report.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["parse_status"] == "parsed"
    assert [c["id"] for c in body["claims"]] == [claim.pk]
    assert body["claims"][0]["source"] == {
        "id": source.pk,
        "name": "Pentagon",
        "reliability": "F",
        "reviewed": False,
    }


def test_an_unknown_report_is_a_404_with_a_message(viewer_api):
    response = viewer_api.get("/api/reports/999999")
    assert response.status_code == 404
    assert response.json()["detail"]
    assert viewer_api.get("/api/reports/0").status_code == 400


def test_sources_are_not_duplicated_by_the_api(api):
    api.post("/api/reports", {"text": "One.", "source": "New Source"})
    api.post("/api/reports", {"text": "Two.", "source": "new source"})
    assert Source.objects.filter(name__iexact="new source").count() == 1


def test_error_bodies_are_json_with_detail_and_errors(api):
    response = api.post("/api/reports", raw=json.dumps({"text": "x", "title": "t" * 600}).encode())
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"detail", "errors"}
    assert any("title" in e for e in body["errors"])


def test_a_source_hint_of_unicode_digits_is_a_name_not_an_id(api):
    body = api.post("/api/reports", {"text": "Some text.", "source": "\u00b3\u00b2"}).json()
    assert Report.objects.get(pk=body["id"]).source_hint.name == "\u00b3\u00b2"
