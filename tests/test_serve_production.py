"""`scripts/serve.sh` (`make serve`) as an operator runs it: production settings, gunicorn, a
Celery worker and beat on a real Redis, every page loaded over a real HTTP connection behind
a TLS proxy (X-Forwarded-Proto from a trusted address), every static file they name included."""

from __future__ import annotations

import http.client
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
from html import unescape
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

from tests.support.processes import OUTPUT, ROOT, ThrowawayRedis, free_port, wait_until

pytestmark = pytest.mark.skipif(not ThrowawayRedis.available(), reason="needs redis-server")

PASSWORD = "serve-test-Pa55word!"
SETUP = f"""
from django.contrib.auth.models import User
from claims.demo import load_demo
from claims.models import Claim, ImportJob, Report, Source
load_demo()
admin = User.objects.create_superuser("root", "root@example.org", {PASSWORD!r})
job = ImportJob.objects.create(kind="jsonl", filename="x.jsonl", created_by=admin, state="done")
print("IDS", Claim.objects.first().pk, Report.objects.first().pk, Source.objects.first().pk, job.pk)
"""


class Browser:
    """Plain http.client with a cookie jar that ignores `Secure` (TLS ends at the proxy)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None, proxy: bool = True):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if proxy:
            headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://127.0.0.1:{self.port}{path}"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        content = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        conn.close()
        return response, content

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)


def production_shell(env: dict[str, str], code: str) -> subprocess.CompletedProcess[str]:
    """`manage.py shell -c code` with the served site's settings; fails the test if it fails."""
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_ENV": "production"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def served():
    redis = ThrowawayRedis().start()
    tmp = Path(tempfile.mkdtemp(prefix="claims-serve-"))
    port = free_port()
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "CELERY_TASK_ALWAYS_EAGER"}
    }
    env.update(
        SECRET_KEY="serve-test-" + "k9!" * 20,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SQLITE_PATH=str(tmp / "db.sqlite3"),
        REDIS_URL=redis.url,
        BIND=f"127.0.0.1:{port}",
        STATE_DIR=str(tmp),
        TRUSTED_PROXY="127.0.0.1",
        WEB_CONCURRENCY="1",
        WORKER_CONCURRENCY="1",
        WORKER_NAME=f"serve-test-{port}",
    )
    OUTPUT.mkdir(exist_ok=True)
    log = open(OUTPUT / "serve.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        ["scripts/serve.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:

        def up() -> bool:
            assert proc.poll() is None, (OUTPUT / "serve.log").read_text()[-3000:]
            try:
                return Browser(port).get("/healthz", proxy=False)[0].status == 200
            except OSError:
                return False

        wait_until(up, 120, 0.3, "gunicorn to answer")
        setup = production_shell(env, SETUP)
        ids = dict(
            zip(
                ["claim", "report", "source", "job"],
                map(int, setup.stdout.split("IDS")[1].split()),
                strict=True,
            )
        )
        yield port, ids, env
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
        log.close()
        redis.close()


def pages(ids: dict[str, int]) -> list[str]:
    return [
        "/",
        "/?q=Kursk",
        "/panels/map.json",
        "/panels/timeline.json",
        "/panels/changes/",
        f"/claims/{ids['claim']}/",
        f"/claims/{ids['claim']}/row/",
        "/reports/",
        "/reports/new/",
        f"/reports/{ids['report']}/",
        "/sources/",
        f"/sources/{ids['source']}/",
        "/import/",
        f"/import/jobs/{ids['job']}/",
        "/feeds/",
        "/exports/claims.csv",
        "/exports/places.geojson",
        "/exports/claimreview.jsonld",
        "/api/docs",
        "/api/openapi.json",
        "/admin/",
        "/admin/claims/claim/",
        "/admin/claims/statuschange/",
    ]


def test_serve_runs_production_and_every_page_loads_over_http(served):
    port, ids, env = served
    browser = Browser(port)

    # The load balancer's plain-HTTP health check: no redirect, database and broker checked.
    response, body = browser.get("/healthz", proxy=False)
    assert response.status == 200 and body == b"database ok\nbroker ok\n"
    # Plain HTTP elsewhere goes to HTTPS; through the proxy, to the login page.
    assert browser.get("/", proxy=False)[0].status == 301
    response, _ = browser.get("/")
    assert response.status == 302 and "/login/" in response.getheader("Location")

    login, html = browser.get("/login/")
    assert login.status == 200
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1).decode()
    response, _ = browser.request(
        "POST", "/login/", {"username": "root", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert response.status == 302, "login failed"

    statics: set[str] = set()
    for path in pages(ids):
        response, body = browser.get(path)
        assert response.status == 200, (path, response.status, body[:500])
        assert response.getheader("Permissions-Policy"), path
        if "html" in (response.getheader("Content-Type") or ""):
            statics |= {unescape(u) for u in re.findall(r'(?:src|href)="(/static/[^"]+)"', body.decode())}
    assert statics, "the pages name no static files"
    for url in sorted(statics):
        response, _ = browser.get(urlsplit(url).path)
        assert response.status == 200, url
        assert re.search(r"\.[0-9a-f]{12}\.", url), f"{url} is not served by its hashed name"

    # A report submitted through the page is parsed by the worker, over the real Redis.
    _, html = browser.get("/reports/new/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1).decode()
    text = "The Ministry of Defence said on Monday that 300 soldiers arrived in Kursk by train."
    response, _ = browser.request("POST", "/reports/new/", {"text": text, "csrfmiddlewaretoken": token})
    assert response.status == 302
    report_path = urlsplit(response.getheader("Location")).path

    def parsed() -> bool:
        _, page = browser.get(report_path)
        return b'data-parse-status="parsed"' in page

    wait_until(parsed, 90, 0.5, "the worker to parse the report")

    # An export run as a job is written by the export worker serve.sh starts beside the other.
    request = (
        "from django.contrib.auth.models import User\n"
        "from claims import export_jobs\n"
        "from claims.filters import ClaimFilter\n"
        "every = ClaimFilter.from_query({'topic': 'all'})\n"
        "user = User.objects.get(username='root')\n"
        "print('JOB', export_jobs.request_export('csv', every, user=user, base_url='https://t.example.org/').pk)\n"
    )
    asked = production_shell(env, request)
    job = int(asked.stdout.split("JOB")[1].split()[0])

    def exported() -> bool:
        with sqlite3.connect(env["SQLITE_PATH"]) as db:
            return (
                db.execute("SELECT state FROM claims_exportjob WHERE id = ?", [job]).fetchone()[0] == "done"
            )

    wait_until(exported, 90, 0.5, "the export worker to write the export")


def test_a_client_reaching_gunicorn_directly_cannot_claim_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The test client's address (127.0.0.1) is not the configured proxy: the header is dropped.
    from dashboard.middleware import TrustedProxyMiddleware

    middleware = TrustedProxyMiddleware(lambda request: request)
    middleware.addresses = {"10.0.0.5"}
    from django.test import RequestFactory

    request = RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="192.0.2.1")
    assert not middleware(request).is_secure()
    request = RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="10.0.0.5")
    assert middleware(request).is_secure()


def test_production_trusts_no_proxy_header_unless_a_proxy_is_configured():
    code = "from django.conf import settings; print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))"
    base = {**os.environ, "DJANGO_ENV": "production", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "a.example"}
    base.pop("TRUSTED_PROXY", None)
    run = [sys.executable, "-c", f"import django; django.setup(); {code}"]
    env = {**base, "DJANGO_SETTINGS_MODULE": "dashboard.settings"}
    assert subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True).stdout.strip() == "None"
    env["TRUSTED_PROXY"] = "10.0.0.5"
    out = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True).stdout.strip()
    assert "HTTP_X_FORWARDED_PROTO" in out
