"""Exports for a filter: CSV, GeoJSON and ClaimReview JSON-LD, parsed back and checked."""

import csv
import io
import json

import pytest
from django.test import Client

from claims import exports
from claims.filters import ClaimFilter
from claims.models import Claim
from tests.support.factories import exported_claims, make_claim

pytestmark = pytest.mark.django_db


def absolute(path: str) -> str:
    return "https://tracker.example.org" + path


@pytest.fixture
def data(analyst):
    return exported_claims(analyst)


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def everything(**query) -> ClaimFilter:
    return ClaimFilter.from_query({"topic": "all", **query})


def test_the_csv_has_one_row_per_filtered_claim_with_its_source_places_and_report(data):
    text = "".join(exports.claims_csv(everything(source=data["kyiv"].pk), absolute))
    assert text.startswith("\ufeff")
    rows = csv_rows(text)
    assert list(rows[0]) == exports.CSV_COLUMNS
    assert len(rows) == 1
    row = rows[0]
    claim = data["claims"][0]
    assert row["claim_id"] == str(claim.pk)
    assert row["claim_url"] == f"https://tracker.example.org/claims/{claim.pk}/"
    assert (row["source"], row["source_reliability"], row["status"]) == ("Kyiv", "B", "confirmed")
    assert row["places"] == "Kursk Oblast; Vladivostok"
    assert row["unplaced_places"] == ""
    assert row["topics"] == "troops"
    assert json.loads(row["figures"]) == [{"value": 3000, "unit": "soldiers"}]
    assert (row["report_url"], row["report_outlet"]) == ("https://news.example.org/1", "Example News")
    assert row["report_published_at"] == "2024-10-23T09:00:00+00:00"
    assert row["timeline_date"] == "2024-10-22"


def test_the_csv_lists_the_names_no_gazetteer_placed(data):
    claim = data["claims"][0]
    Claim.objects.filter(pk=claim.pk).update(unplaced_places=["Ulanok", "=Zabrodskoye"])
    rows = csv_rows("".join(exports.claims_csv(everything(source=data["kyiv"].pk), absolute)))
    assert rows[0]["unplaced_places"] == "Ulanok; =Zabrodskoye"


def test_a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_made_text(data):
    rows = csv_rows("".join(exports.claims_csv(everything(status="denied"), absolute)))
    assert rows[0]["statement"] == "'=HYPERLINK(1)"


def test_the_csv_of_many_claims_takes_a_fixed_number_of_queries(data, django_assert_max_num_queries):
    for _ in range(40):
        make_claim(source=data["moscow"]).locations.add(data["kursk"])
    with django_assert_max_num_queries(6):
        rows = csv_rows("".join(exports.claims_csv(everything(), absolute)))
    assert len(rows) == 43


def test_the_geojson_has_one_point_per_place_with_the_filtered_claims(data):
    collection = json.loads("".join(exports.places_geojson(everything(status="confirmed,denied"), absolute)))
    assert collection["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in collection["features"]}
    assert set(by_name) == {"Kursk Oblast", "Vladivostok"}
    kursk = by_name["Kursk Oblast"]
    assert kursk["geometry"] == {"type": "Point", "coordinates": [36.2, 51.7]}
    assert kursk["properties"]["claim_count"] == 2
    assert kursk["properties"]["statuses"] == {"confirmed": 1, "denied": 1}
    assert {c["statement"] for c in kursk["properties"]["claims"]} == {
        "Troops arrived in Kursk",
        "=HYPERLINK(1)",
    }
    # The open claim at Vladivostok is filtered out; the confirmed one remains.
    assert [c["status"] for c in by_name["Vladivostok"]["properties"]["claims"]] == ["confirmed"]


def test_a_filter_matching_nothing_is_an_empty_feature_collection():
    assert json.loads("".join(exports.places_geojson(everything(), absolute))) == {
        "type": "FeatureCollection",
        "features": [],
    }


def test_claimreview_describes_each_reviewed_claim_with_its_verdict(data):
    document = json.loads("".join(exports.claimreview_jsonld(everything(), absolute)))
    assert document["@context"] == "https://schema.org"
    reviews = {r["claimReviewed"]: r for r in document["@graph"]}
    assert set(reviews) == {"Troops arrived in Kursk", "=HYPERLINK(1)"}  # the open claim is not reviewed
    review = reviews["Troops arrived in Kursk"]
    claim = data["claims"][0]
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"https://tracker.example.org/claims/{claim.pk}/"
    assert review["datePublished"] == claim.history.get().changed_at.date().isoformat()
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Kyiv"},
        "appearance": {
            "@type": "CreativeWork",
            "url": "https://news.example.org/1",
            "headline": "Troops report",
        },
        "datePublished": "2024-10-23",
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Confirmed",
    }
    assert reviews["=HYPERLINK(1)"]["reviewRating"]["alternateName"] == "Denied"
    assert reviews["=HYPERLINK(1)"]["reviewRating"]["ratingValue"] == 1


def test_claimreview_of_a_report_without_a_url_points_to_the_trackers_report_page(data, analyst):
    claim = data["claims"][2]
    claim.review(by=analyst, status="disputed")
    document = json.loads("".join(exports.claimreview_jsonld(everything(status="disputed"), absolute)))
    [review] = document["@graph"]
    assert (
        review["itemReviewed"]["appearance"]["url"]
        == f"https://tracker.example.org/reports/{claim.report_id}/"
    )
    assert review["reviewRating"]["alternateName"] == "Disputed"


# ---------------------------------------------------------------------------------------------
# The download views and the API's export endpoints


@pytest.mark.parametrize(
    ("url", "content_type", "extension"),
    [
        ("/exports/claims.csv", "text/csv; charset=utf-8", "csv"),
        ("/exports/places.geojson", "application/geo+json", "geojson"),
        ("/exports/claimreview.jsonld", "application/ld+json", "jsonld"),
    ],
)
def test_the_downloads_stream_an_attachment_for_the_dashboards_query_string(
    viewer_client, data, url, content_type, extension
):
    response = viewer_client.get(url + f"?topic=all&source={data['moscow'].pk}")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Disposition"].endswith(f'.{extension}"')
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Troops arrived in Kursk" not in body  # the Kyiv claim is filtered out
    assert "HYPERLINK" in body


def test_the_downloads_need_a_login(data):
    assert Client().get("/exports/claims.csv").status_code == 302


def test_the_export_urls_have_stable_names():
    from django.urls import reverse

    assert reverse("export-claims-csv") == "/exports/claims.csv"
    assert reverse("export-places-geojson") == "/exports/places.geojson"
    assert reverse("export-claimreview") == "/exports/claimreview.jsonld"
