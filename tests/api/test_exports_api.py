"""The API's export endpoints: the same exports, the same filters, a bearer token."""

import csv
import io
import json

import pytest

from tests.support.factories import exported_claims

pytestmark = pytest.mark.django_db


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


@pytest.fixture
def data(analyst):
    return exported_claims(analyst)


def test_the_api_exports_take_the_same_filters(api, data):
    response = api.get("/api/exports/claims.csv", {"topic": "all", "status": "confirmed"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = csv_rows(b"".join(response.streaming_content).decode("utf-8"))
    assert [r["statement"] for r in rows] == ["Troops arrived in Kursk"]
    document = json.loads(
        b"".join(api.get("/api/exports/claimreview.jsonld", {"topic": "all"}).streaming_content)
    )
    assert len(document["@graph"]) == 2
    geo = json.loads(b"".join(api.get("/api/exports/places.geojson", {"topic": "all"}).streaming_content))
    assert len(geo["features"]) == 2
    assert api.get("/api/exports/claims.csv", {"sort": "sideways"}).status_code == 400
