"""Shared fixtures: users with and without the review permission, the shipped registry, and a
real Celery worker process on the real Redis for the paths that matter."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Permission

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.1, message: str = "condition"):
    """Poll until predicate() is truthy; fail the test with `message` on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"Timed out after {timeout:.0f}s waiting for {message}")
        time.sleep(interval)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: rolled-back tests reuse ids, and with them the
    change stamps that key the dashboard's cached panels."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def password():
    return "a-long-test-passphrase-42"


def _user(django_user_model, username, password, perms=()):
    user = django_user_model.objects.create_user(username=username, password=password)
    for code in perms:
        user.user_permissions.add(Permission.objects.get(codename=code))
    return django_user_model.objects.get(pk=user.pk)


@pytest.fixture
def analyst(django_user_model, password):
    """May review claims, submit reports and edit sources."""
    return _user(django_user_model, "ann.analyst", password, ["review_claim", "add_report", "change_source"])


@pytest.fixture
def viewer(django_user_model, password):
    """May browse, not change anything."""
    return _user(django_user_model, "vic.viewer", password)


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def registry(db):
    """The shipped sources, places and topics."""
    from claims.registry.loader import load_shipped_registry

    load_shipped_registry()


# ---------------------------------------------------------------------------------------------
# Real Celery workers


def database_env_for_subprocess() -> dict[str, str]:
    """Environment that points a child process at the test database."""
    from django.db import connection

    env = os.environ.copy()
    env["DJANGO_SETTINGS_MODULE"] = "dashboard.settings"
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        env.pop("DATABASE_URL", None)
        env["SQLITE_PATH"] = str(s["NAME"])
    else:
        auth = quote(s["USER"] or "", safe="")
        if s.get("PASSWORD"):
            auth += ":" + quote(s["PASSWORD"], safe="")
        env["DATABASE_URL"] = f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    return env


class WorkerProcess:
    """`celery worker` in its own process group, with its log under test-output/."""

    def __init__(self, env: dict[str, str], name: str, concurrency: int = 1, extra_args=()):
        self.env = env
        OUTPUT.mkdir(exist_ok=True)
        self.log_path = OUTPUT / f"worker-{name}.log"
        self.log = open(self.log_path, "w")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "dashboard",
                "worker",
                "--loglevel=INFO",
                f"--concurrency={concurrency}",
                "--pool=prefork",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"{name}@%h",
                *extra_args,
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 60.0):
        def ready():
            if self.proc.poll() is not None:
                pytest.fail(f"Celery worker exited early:\n{self.log_path.read_text()[-3000:]}")
            return "ready." in self.log_path.read_text()

        wait_for(ready, timeout, message="the Celery worker to start")
        return self

    def child_pids(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True, text=True).stdout
        return [int(p) for p in out.split()]

    def stop(self, sig=signal.SIGTERM, timeout: float = 20.0):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, sig)
                self.proc.wait(timeout)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self.log.close()


def purge_queue():
    from dashboard.celery import app

    with app.connection_for_write() as conn:
        conn.default_channel.client.flushdb()


@pytest.fixture
def start_worker(transactional_db, request):
    """Start real worker processes on the real Redis: start_worker(concurrency=1, env={...})."""
    purge_queue()
    workers: list[WorkerProcess] = []
    base_env = database_env_for_subprocess()

    def start(
        concurrency: int = 1, env: dict[str, str] | None = None, name: str | None = None, beat: bool = False
    ):
        name = name or f"{request.node.name[:40]}-{len(workers)}"
        extra = ["-B", "-s", str(OUTPUT / f"beat-{name}")] if beat else []
        worker = WorkerProcess({**base_env, **(env or {})}, name, concurrency, extra)
        workers.append(worker)
        return worker.wait_ready()

    yield start
    for worker in workers:
        worker.stop()
    purge_queue()


@pytest.fixture
def celery_worker(start_worker):
    return start_worker()
