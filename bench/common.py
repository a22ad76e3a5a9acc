"""Shared helpers for the benchmarks: databases, Redis, worker processes, report texts, figures.

Benchmarks print figures; they assert nothing about time.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayRedis:
    """The Redis at REDIS_URL if it answers, else a private redis-server for the run."""

    def __init__(self):
        self.proc = None
        self.dir = None
        self.url = os.environ.get("REDIS_URL", "")

    def __enter__(self):
        if not self.url:
            port = free_port()
            self.dir = tempfile.mkdtemp(prefix="bench-redis-")
            self.proc = subprocess.Popen(
                [
                    "redis-server",
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    self.dir,
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.url = f"redis://127.0.0.1:{port}/0"
            time.sleep(0.5)
        return self

    def __exit__(self, *exc):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(10)
            shutil.rmtree(self.dir, ignore_errors=True)


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def child_pids(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


class Workers:
    """`celery worker` with N prefork processes, in its own process group."""

    def __init__(self, env: dict[str, str], concurrency: int = 2, extra: tuple[str, ...] = ()):
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the worker
            "w+", prefix="bench-worker-", suffix=".log", delete=False
        )
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "dashboard",
                "worker",
                "--loglevel=WARNING",
                f"--concurrency={concurrency}",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, app) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if app.control.ping(timeout=0.5):
                    return
            except Exception:  # noqa: S110 - the broker may not answer yet
                pass
            time.sleep(0.3)
        raise RuntimeError(f"worker did not start; log in {self.log.name}")

    def peak_rss(self) -> dict[str, float]:
        out = {"main": peak_rss_mb(self.proc.pid)}
        for i, pid in enumerate(child_pids(self.proc.pid)):
            out[f"child{i}"] = peak_rss_mb(pid)
        return out

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
