"""Shared fixtures: users with and without the review permission, the shipped registry, and a
real Celery worker process on the real Redis for the paths that matter."""

from __future__ import annotations

import os
import random
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Permission

from tests.support.processes import OUTPUT, ThrowawayRedis, WorkerProcess, point_celery_at, wait_until


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.05, message: str = "condition"):
    """Poll until predicate() is truthy; fail the test with `message` on timeout."""
    try:
        return wait_until(predicate, timeout, interval, message)
    except TimeoutError as exc:
        pytest.fail(str(exc))


def pytest_configure(config):
    # Export files of this run (and of the workers it starts) go to a directory of its own.
    import tempfile

    from django.conf import settings

    os.environ["EXPORTS_DIR"] = settings.EXPORTS_DIR = tempfile.mkdtemp(prefix="claims-exports-")
    # The default hasher costs minutes a run; the tests check permissions, not password storage.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Property tests and fuzzers run on a seed that is printed, so that a failure can be replayed
    # with --hypothesis-seed=N (or HYPOTHESIS_SEED=N make test).
    seed = config.getoption("hypothesis_seed", None)
    if seed is None:
        seed = int(os.environ.get("HYPOTHESIS_SEED") or random.randrange(2**32))
        config.option.hypothesis_seed = seed
        import hypothesis.core

        hypothesis.core.global_force_seed = seed
    config.stash[HYPOTHESIS_SEED] = seed


HYPOTHESIS_SEED = pytest.StashKey[int]()

# Suites of the pure extractor (claims/extraction imports no Django): they touch no database, so
# the same run against PostgreSQL skips them with -m "not pure" (.ci/run); they ran on SQLite.
PURE_SUITES = ("tests/claims/test_extraction_", "tests/properties/test_extractor_properties.py")
NOT_PURE = ("tests/claims/test_extraction_command.py",)  # reads and writes through manage.py


def pytest_collection_modifyitems(config, items):
    root = str(config.rootpath) + os.sep
    for item in items:
        path = str(item.path).removeprefix(root).replace(os.sep, "/")
        if path.startswith(PURE_SUITES) and not path.startswith(NOT_PURE):
            item.add_marker(pytest.mark.pure)


def flush_past_history_triggers() -> None:
    """Tests that commit (a real worker, a live server) end by emptying every table, the history
    included, which its triggers refuse (migration 0007). On SQLite the flush drops them first
    and puts them back after, in the same transaction; PostgreSQL flushes with TRUNCATE, which
    fires no row trigger."""
    from django.db.backends.sqlite3.base import DatabaseOperations  # type: ignore[attr-defined]

    original = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, **options):
        statements = original(self, style, tables, **options)
        if not statements:
            return statements
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%append_only%'"
            )
            triggers = cursor.fetchall()
        return (
            [f'DROP TRIGGER "{name}";' for name, _ in triggers]
            + statements
            + [f"{sql};" for _, sql in triggers]
        )

    DatabaseOperations.sql_flush = sql_flush  # type: ignore[method-assign]


flush_past_history_triggers()


def pytest_report_header(config):
    return f"hypothesis seed: {config.stash[HYPOTHESIS_SEED]} (replay with --hypothesis-seed=N)"


def pytest_terminal_summary(terminalreporter, config):
    seed = config.stash[HYPOTHESIS_SEED]
    terminalreporter.write_line(f"Property tests and fuzzers ran with --hypothesis-seed={seed}")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: rolled-back tests reuse ids, and with them the
    change stamps that key the dashboard's cached panels."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def broker_breaker_closed():
    """Each test starts believing the broker up: a test that killed Redis leaves this process's
    circuit breaker open for BROKER_CIRCUIT_SECONDS."""
    from claims.queue import breaker

    breaker.reset()
    yield
    breaker.reset()


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


@pytest.fixture(scope="session")
def throwaway_redis():
    """A private Redis for the worker tests, so that emptying the queue between tests never
    touches the Redis a developer's REDIS_URL names."""
    if not ThrowawayRedis.available():
        pytest.fail("The worker tests need redis-server on PATH (make test installs it where it can).")
    with ThrowawayRedis() as server:
        yield server


@pytest.fixture
def celery_on_throwaway_redis(throwaway_redis, settings):
    """This process's Celery app and every worker the test starts use the throwaway Redis."""
    from dashboard.celery import app

    before = (app.conf.broker_url, app.conf.result_backend)
    point_celery_at(throwaway_redis.url)
    settings.CELERY_BROKER_URL = settings.CELERY_RESULT_BACKEND = throwaway_redis.url
    throwaway_redis.flush()
    yield throwaway_redis
    throwaway_redis.flush()
    point_celery_at(before[0])
    app.conf.result_backend = before[1]


@pytest.fixture
def start_worker(transactional_db, request, celery_on_throwaway_redis):
    """Start real worker processes on a real Redis: start_worker(concurrency=1, env={...},
    queues="parsing,grouping")."""
    workers: list[WorkerProcess] = []
    redis_url = celery_on_throwaway_redis.url
    base_env = {**database_env_for_subprocess(), "REDIS_URL": redis_url}

    def start(
        concurrency: int = 1,
        env: dict[str, str] | None = None,
        name: str | None = None,
        beat: bool = False,
        queues: str | None = None,
    ):
        name = name or f"{request.node.name[:40]}-{len(workers)}"
        extra = ["-B", "-s", str(OUTPUT / f"beat-{name}")] if beat else []
        extra += ["-Q", queues] if queues else []
        worker = WorkerProcess({**base_env, **(env or {})}, name, concurrency, extra)
        workers.append(worker)
        try:
            return worker.wait_ready()
        except (RuntimeError, TimeoutError) as exc:
            pytest.fail(str(exc))

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def celery_worker(start_worker):
    return start_worker()
