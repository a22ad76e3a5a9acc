"""Production settings refuse to start half-configured and pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    full_env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ENV", "DEBUG"}
    }
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_ENV="production", ALLOWED_HOSTS="claims.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", DJANGO_ENV="production", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_ENV="production",
        SECRET_KEY="k3y-" + "z9Q!" * 15,
        ALLOWED_HOSTS="claims.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_development_defaults_use_sqlite_in_wal_mode():
    from django.conf import settings

    if os.environ.get("DATABASE_URL"):
        return  # this run is against PostgreSQL; the SQLite defaults are checked in the SQLite run
    db = settings.DATABASES["default"]
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]
    assert db["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_database_url_switches_to_postgresql():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django, os; django.setup(); {code}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "dashboard.settings",
            "DATABASE_URL": "postgres://someone@db.example.org:5432/claims",
        },
    )
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr


def test_production_never_serves_the_benchmarks_pages():
    show = "from django.conf import settings; print(settings.ROOT_URLCONF)"
    production = run_manage(
        "shell",
        "-c",
        show,
        DJANGO_ENV="production",
        SECRET_KEY="k3y-" + "z9Q!" * 15,
        ALLOWED_HOSTS="claims.example.org",
        BENCH_VIEWS="1",
    )
    assert production.stdout.split()[-1] == "dashboard.urls", production.stderr
    development = run_manage("shell", "-c", show, BENCH_VIEWS="1")
    assert development.stdout.split()[-1] == "bench.urls", development.stderr


def _database_options(**env) -> str:
    code = "from django.conf import settings; print(settings.DATABASES['default'].get('OPTIONS', {}))"
    result = run_manage("shell", "-c", code, DATABASE_URL="postgres://postgres@127.0.0.1:5432/x", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_postgresql_plans_index_lookups_as_cheap_as_in_memory_unless_told_otherwise():
    assert "-c random_page_cost=1.1" in _database_options()
    assert "random_page_cost=2.0" in _database_options(PG_RANDOM_PAGE_COST="2")
    assert "random_page_cost" not in _database_options(PG_RANDOM_PAGE_COST="")


def test_postgresql_starts_no_parallel_workers_for_a_page_unless_told_otherwise():
    assert "-c max_parallel_workers_per_gather=0" in _database_options()
    assert "max_parallel_workers_per_gather=2" in _database_options(PG_PARALLEL_WORKERS="2")
    assert "max_parallel_workers_per_gather" not in _database_options(PG_PARALLEL_WORKERS="")
