"""Content-Security-Policy with nonces and no inline script; cookies secure in production."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent


def policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
def test_every_page_carries_a_csp_with_a_fresh_nonce_and_no_unsafe_inline_script(viewer_client):
    first = viewer_client.get(reverse("dashboard"))
    second = viewer_client.get(reverse("dashboard"))
    csp = policy(first)
    assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"]
    nonce = next(v for v in csp["script-src"] if v.startswith("'nonce-"))
    assert nonce != next(v for v in policy(second)["script-src"] if v.startswith("'nonce-"))
    html = first.content.decode()
    # Every inline <script> (one without src) carries this response's nonce.
    for tag in re.findall(r"<script\b[^>]*>", html):
        if "src=" not in tag and 'type="application/json"' not in tag:
            assert f'nonce="{nonce[7:-1]}"' in tag, tag
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]


def settings_value(code: str, **env) -> str:
    full_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "dashboard.settings", **env}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); from django.conf import settings; print({code})",
        ],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_cookies_are_secure_and_https_is_enforced():
    production = {"DJANGO_ENV": "production", "SECRET_KEY": "s" * 60, "ALLOWED_HOSTS": "claims.example.org"}
    value = settings_value(
        "(settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, settings.SECURE_SSL_REDIRECT,"
        " settings.SESSION_COOKIE_HTTPONLY, settings.DEBUG, settings.SECURE_HSTS_SECONDS > 0)",
        **production,
    )
    assert value == "(True, True, True, True, False, True)"


def test_the_map_tile_server_is_the_only_outside_origin_images_may_come_from():
    value = settings_value(
        "settings.SECURE_CSP['img-src']", MAP_TILES_URL="http://{s}.tiles.example.org/{z}/{x}/{y}.png"
    )
    assert "'http://*.tiles.example.org'" in value and "'https:'" not in value


@pytest.mark.django_db
def test_every_answer_carries_a_permissions_policy_refusing_unused_features(client, viewer_client):
    for response in (
        client.get("/healthz"),
        client.get(reverse("login")),
        viewer_client.get(reverse("dashboard")),
    ):
        policy = response.headers["Permissions-Policy"]
        assert "camera=()" in policy and "microphone=()" in policy and "geolocation=()" in policy
