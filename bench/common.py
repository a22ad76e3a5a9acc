"""Shared helpers for the benchmarks: databases, Redis, worker processes, report texts, figures.

Benchmarks print figures; they assert nothing about time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.processes import ThrowawayRedis, WorkerProcess, child_pids, free_port  # noqa: E402, F401

DATA = ROOT / "bench" / ".data"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary_ms(samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return f"p50 {percentile(ms, 50):7.1f} ms  p95 {percentile(ms, 95):7.1f} ms  (n={len(ms)})"


def database_env(kind: str, name: str) -> dict[str, str]:
    """Environment selecting a benchmark database: a SQLite file, or a database on the server
    named by DATABASE_URL (created if missing)."""
    # BENCH_DATABASE names the database instead (a server shared with other checkouts).
    name = os.environ.get("BENCH_DATABASE") or name
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SQLITE_PATH"}}
    env["DJANGO_SETTINGS_MODULE"] = "dashboard.settings"
    env["DEBUG"] = "0"
    env["LOG_LEVEL"] = "WARNING"
    if kind == "sqlite":
        DATA.mkdir(parents=True, exist_ok=True)
        env["SQLITE_PATH"] = str(DATA / f"{name}.sqlite3")
    else:
        server = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        env["DATABASE_URL"] = f"{server}/{name}"
    return env


def adopt_env(env: dict[str, str]) -> None:
    """Make `env` this process's whole environment, so a DATABASE_URL it left out is gone too
    (otherwise the SQLite run of `make bench` would quietly use the server of DATABASE_URL)."""
    os.environ.clear()
    os.environ.update(env)


def ensure_postgres_database(url: str, recreate: bool = False) -> None:
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and recreate:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def reset_database(env: dict[str, str]) -> None:
    if "SQLITE_PATH" in env:
        for suffix in ("", "-wal", "-shm"):
            Path(env["SQLITE_PATH"] + suffix).unlink(missing_ok=True)
    else:
        ensure_postgres_database(env["DATABASE_URL"], recreate=True)
    manage(env, "migrate", "--noinput", "-v0")


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Workers(WorkerProcess):
    """`celery worker` with N prefork processes, in its own process group (tests/support)."""

    def __init__(self, env: dict[str, str], concurrency: int = 2, extra: tuple[str, ...] = ()):
        super().__init__(env, "bench", concurrency, extra)

    def peak_rss(self) -> dict[str, float]:
        out = {"main": peak_rss_mb(self.proc.pid)}
        for i, pid in enumerate(self.child_pids()):
            out[f"child{i}"] = peak_rss_mb(pid)
        return out
