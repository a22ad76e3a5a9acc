"""Every API endpoint with random JSON, raw bodies, odd query strings and path segments: answers
only 2xx/4xx, and a refused request stores nothing (not even the source a report named)."""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import quote

import pytest
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from api.models import ApiToken
from claims.cleaning import clean_line
from claims.models import Claim, Report, StatusChange

from .conftest import fuzz_settings, refused_changes_nothing, rolled_back, row_counts, send
from .strategies import api_filter_query, form, json_text, json_value, query_string, raw_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def auth(analyst):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(analyst, 'fuzz')[1]}"}


report_payload = form(
    {
        "text": st.sampled_from(["HUR said troops arrived in Kursk.", "<p>Units moved.</p>"]),
        "title": json_text,
        "url": st.sampled_from(["https://example.org/a", ""]),
        "outlet": json_text,
        "published": st.sampled_from(["2024-10-23", "2024-10-23T10:00:00+03:00", None]),
        "source": st.sampled_from(["HUR", "ГУР", "1", "A new source", None]),
    },
    nasty=st.one_of(json_text, json_value),
)


def test_submitting_reports_takes_any_json_and_stores_clean_reports_or_nothing(client, world, auth):
    path = reverse("api:submit_report")

    @fuzz_settings(200)
    @given(payload=st.one_of(report_payload, report_payload, json_value))
    @example(
        payload={"text": "Troops\x00 moved.\ud800", "title": "a\x00b", "outlet": "\x00", "source": "N\x00ew"}
    )
    @example(payload={"text": "Troops moved.", "url": "https://example.org/\x00", "published": "2024\x00"})
    @example(payload={"text": " \x00 ", "source": "A source named by a refused report"})
    def run(payload):
        with rolled_back():
            before = row_counts()
            body = json.dumps(payload).encode()
            response = send(
                client,
                "POST /api/reports (json)",
                "POST",
                path,
                body,
                content_type="application/json",
                **auth,
            )
            refused_changes_nothing(response, before)
            if response.status_code == 202:
                report = Report.objects.get(pk=response.json()["id"])
                for value in (report.title, report.outlet, report.url):
                    assert value == clean_line(value)
                assert "\x00" not in report.text and report.text == report.text.strip()
                if report.source_hint:
                    assert report.source_hint.name == clean_line(report.source_hint.name)

    run()


review_payload = form(
    {
        "status": st.sampled_from(["confirmed", "denied", "disputed", "unverified", None]),
        "credibility": st.one_of(st.none(), st.integers(1, 6)),
        "note": json_text,
        "evidence_url": st.sampled_from(["https://example.org/v", ""]),
        "version": st.just(1),
    },
    nasty=st.one_of(json_text, json_value, st.sampled_from([0, -1, 7, 2**64, "1", "javascript:alert(1)"])),
)


def test_reviewing_through_the_api_takes_any_json_and_keeps_status_and_history_in_step(client, world, auth):
    claim = world["claims"][1]
    path = reverse("api:review_claim", args=[claim.pk])

    @fuzz_settings(200)
    @given(payload=st.one_of(review_payload, review_payload, json_value))
    def run(payload):
        with rolled_back():
            before = row_counts()
            body = json.dumps(payload).encode()
            response = send(
                client,
                "POST /api/claims/{id}/review (json)",
                "POST",
                path,
                body,
                content_type="application/json",
                **auth,
            )
            refused_changes_nothing(response, before)
            fresh = Claim.objects.get(pk=claim.pk)
            changes = list(StatusChange.objects.filter(claim=claim).order_by("id"))
            last_status = next((c.to_value for c in reversed(changes) if c.field == "status"), "unverified")
            assert fresh.status == last_status
            assert fresh.version == 1 + (1 if changes else 0)
            for change in changes:
                assert "\x00" not in change.note and change.evidence_url in ("", "https://example.org/v")

    run()


API_POSTS = ["/api/reports", "/api/claims/{id}/review"]


@pytest.mark.parametrize("endpoint", API_POSTS)
def test_api_posts_answer_any_raw_body_with_a_client_error_or_success(client, world, auth, endpoint):
    path = endpoint.replace("{id}", str(world["claims"][1].pk))

    @fuzz_settings(150)
    @given(body=raw_body)
    def run(body):
        content, content_type = body
        with rolled_back():
            before = row_counts()
            response = send(
                client,
                f"POST {endpoint} (raw body)",
                "POST",
                path,
                content,
                content_type=content_type,
                **auth,
            )
            refused_changes_nothing(response, before)
            assert response["Content-Type"].startswith("application/json")

    run()


API_GETS = [
    "/api/claims",
    "/api/exports/claims.csv",
    "/api/exports/places.geojson",
    "/api/exports/claimreview.jsonld",
    "/api/claims/{id}",
    "/api/reports/{id}",
]


@pytest.mark.parametrize("endpoint", API_GETS)
def test_api_reads_answer_any_query_string(client, world, auth, endpoint):
    path = endpoint.replace(
        "{id}", str((world["report"] if "reports" in endpoint else world["claims"][0]).pk)
    )

    filtered = "{id}" not in endpoint
    valid = api_filter_query(paged=endpoint == "/api/claims") if filtered else st.just("")
    answered = Counter()

    @fuzz_settings(80)
    @given(query=st.booleans().flatmap(lambda ok: valid.map(lambda q: (q,)) if ok else query_string))
    def run(query):
        # A tuple: a query of values the API takes, which must reach the query code and answer 200.
        takes_it = isinstance(query, tuple)
        query = query[0] if takes_it else query
        with rolled_back():
            before = row_counts()
            response = send(client, f"GET {endpoint}", "GET", f"{path}?{query}", **auth)
            assert row_counts() == before
            if takes_it:
                assert response.status_code == 200, (query, response.content[:300])
            answered[response.status_code // 100] += 1

    run()
    assert answered[2] >= max(1, sum(answered.values()) // 4), (
        f"too few examples got past validation: {answered}"
    )


@pytest.mark.parametrize("endpoint", ["/api/claims/{x}", "/api/reports/{x}", "/api/claims/{x}/review"])
def test_api_paths_answer_any_id(client, world, auth, endpoint):
    @fuzz_settings(60)
    @given(segment=st.one_of(st.integers(-(2**70), 2**70).map(str), st.text(min_size=1, max_size=30)))
    def run(segment):
        method = "POST" if endpoint.endswith("review") else "GET"
        path = endpoint.replace("{x}", quote(segment, safe=""))
        with rolled_back():
            before = row_counts()
            body = json.dumps({"status": "confirmed", "version": 1}).encode() if method == "POST" else None
            extra = {"content_type": "application/json"} if body else {}
            response = send(client, f"{method} {endpoint} (any id)", method, path, body, **extra, **auth)
            refused_changes_nothing(response, before)

    run()


def test_api_tokens_of_any_shape_are_refused_with_401(client, world):
    @fuzz_settings(80)
    @given(
        token=st.text(max_size=300), scheme=st.sampled_from(["Bearer ", "bearer ", "Basic ", "", "Bearer  "])
    )
    def run(token, scheme):
        header = (scheme + token).encode("utf-8", "surrogatepass").decode("latin-1")
        with rolled_back():
            response = send(
                client, "GET /api/claims (any token)", "GET", "/api/claims", HTTP_AUTHORIZATION=header
            )
            assert response.status_code == 401

    run()
