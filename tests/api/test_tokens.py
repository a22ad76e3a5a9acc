from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from api.models import ApiToken, hash_token
from tests.support.api import Api

pytestmark = pytest.mark.django_db


def test_a_request_without_a_token_is_refused_with_401(anonymous_api):
    response = anonymous_api.get("/api/claims")
    assert response.status_code == 401
    assert response.json()["detail"]


def test_an_unknown_token_is_refused_with_a_message(client):
    response = Api(client, "ct_not-a-real-token").get("/api/claims")
    assert response.status_code == 401
    assert "token" in response.json()["detail"].lower()


def test_a_token_is_stored_only_as_its_hash(analyst):
    token, raw = ApiToken.issue(analyst, "a script")
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.key_hash == hash_token(raw)
    assert raw not in {stored.key_hash, stored.prefix, stored.name}
    assert raw.startswith(stored.prefix)


def test_a_valid_token_authenticates_as_its_user_and_records_its_use(client, analyst):
    token, raw = ApiToken.issue(analyst, "a script")
    assert Api(client, raw).get("/api/claims", {"topic": "all"}).status_code == 200
    assert ApiToken.objects.get(pk=token.pk).last_used_at is not None


def test_revoked_and_expired_tokens_and_inactive_users_are_refused(client, analyst, viewer):
    revoked, revoked_raw = ApiToken.issue(analyst, "old")
    revoked.revoke()
    _, expired_raw = ApiToken.issue(analyst, "expired", expires_at=timezone.now() - timedelta(seconds=1))
    _, inactive_raw = ApiToken.issue(viewer, "left")
    viewer.is_active = False
    viewer.save()
    for raw in (revoked_raw, expired_raw, inactive_raw):
        assert Api(client, raw).get("/api/claims").status_code == 401


def test_the_command_prints_a_working_token(client, analyst, capsys):
    call_command("create_api_token", analyst.username, "--name", "partner")
    raw = capsys.readouterr().out.strip()
    assert ApiToken.objects.get(name="partner").key_hash == hash_token(raw)
    assert Api(client, raw).get("/api/claims").status_code == 200


def test_the_openapi_schema_and_docs_are_served_without_a_cdn(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/reports", "/api/claims", "/api/claims/{claim_id}/review"} <= set(schema["paths"])
    assert "BearerToken" in schema["components"]["securitySchemes"]
    docs = client.get("/api/docs").content.decode()
    assert "swagger-ui-bundle.js" in docs
    assert "cdn" not in docs.lower()


@pytest.mark.parametrize("header", ["Basic cm9vdDpodW50ZXIy", "Token ct_s3cret-value", "ct_s3cret-value"])
def test_credentials_are_never_logged_even_with_debug_on(client, settings, caplog, header):
    """django-ninja logs a non-Bearer Authorization header in full when DEBUG is on; ours does not."""
    settings.DEBUG = True
    with caplog.at_level("DEBUG"):
        response = client.get("/api/claims", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    secret = header.split()[-1]
    assert secret not in caplog.text
