"""The processes the tests and the benchmarks start: a throwaway Redis and Celery workers.

One implementation for all (`tests/conftest.py`, `tests/faults/`, `bench/`, and
`scripts/ensure-redis.sh` through `main`). A throwaway Redis
is a private `redis-server` on a free port without persistence; only such a Redis is ever
flushed, never the one a developer's REDIS_URL names. Waits poll a condition, never a fixed sleep.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output"


def wait_until(
    predicate: Callable, timeout: float = 30.0, interval: float = 0.05, message: str = "condition"
):
    """Poll until predicate() is truthy and return its value; TimeoutError after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"Timed out after {timeout:.0f}s waiting for {message}")
        time.sleep(interval)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayRedis:
    """A private redis-server (no persistence) that may be killed, restarted and flushed."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="claims-redis-")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("redis-server") is not None

    def start(self) -> ThrowawayRedis:
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.proc = subprocess.Popen(
            ["redis-server", *args, "--dir", self.dir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_until(self.answers, 10, message="the throwaway Redis to start")
        return self

    def client(self):
        import redis

        return redis.Redis(port=self.port, socket_connect_timeout=0.5)

    def answers(self) -> bool:
        import redis

        try:
            return bool(self.client().ping())
        except redis.RedisError:
            return False

    def flush(self) -> None:
        self.client().flushdb()

    def queue_length(self, queue: str | None = None) -> int:
        """Messages waiting in one queue, or in all of them (settings.CELERY_TASK_QUEUES)."""
        from django.conf import settings

        queues = [queue] if queue else list(settings.CELERY_TASK_QUEUES)
        return sum(int(self.client().llen(name)) for name in queues)

    def kill(self) -> None:
        """kill -9: without persistence every queued message is gone."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        wait_until(lambda: not self.answers(), 10, message="the throwaway Redis to stop")

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> ThrowawayRedis:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


def child_pids(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


class WorkerProcess:
    """`celery worker` in its own process group, with its log under test-output/."""

    def __init__(
        self,
        env: dict[str, str],
        name: str,
        concurrency: int = 1,
        extra_args=(),
        loglevel: str = "INFO",
    ) -> None:
        OUTPUT.mkdir(exist_ok=True)
        self.log_path = OUTPUT / f"worker-{name}.log"
        self.log = open(self.log_path, "w")  # noqa: SIM115 - lives as long as the worker
        command = [sys.executable, "-m", "celery", "-A", "dashboard", "worker", f"--loglevel={loglevel}"]
        command += [f"--concurrency={concurrency}", "--pool=prefork", "--without-gossip"]
        command += ["--without-mingle", "--without-heartbeat", "-n", f"{name}@%h", *extra_args]
        self.proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_ready(self, timeout: float = 60.0) -> WorkerProcess:
        def ready() -> bool:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Celery worker exited early:\n{self.log_path.read_text()[-3000:]}")
            return "ready." in self.log_path.read_text()

        wait_until(ready, timeout, message="the Celery worker to start")
        return self

    def child_pids(self) -> list[int]:
        return child_pids(self.proc.pid)

    def stop(self, sig=signal.SIGTERM, timeout: float = 20.0) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, sig)
                self.proc.wait(timeout)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self.log.close()


def point_celery_at(url: str) -> None:
    """Point this process's Celery app (and kombu's pools) at another broker."""
    from kombu import pools

    from dashboard.celery import app

    with contextlib.suppress(Exception):
        pools.reset()  # closes and forgets kombu's global connection and producer pools
    app.conf.broker_url = url
    app.conf.result_backend = url
    app._after_fork()  # drop cached connection and producer pools
    app._backend_cache = None
    if hasattr(app._local, "backend"):
        del app._local.backend


def main(argv: list[str]) -> int:
    """For scripts/ensure-redis.sh: `ping URL` (exit 0 when Redis answers there) and `start-redis`
    (a throwaway Redis left running; prints its URL, pid and directory for the script to stop)."""
    import redis

    if argv[:1] == ["ping"] and len(argv) == 2:
        try:
            redis.Redis.from_url(argv[1], socket_connect_timeout=2).ping()
        except redis.RedisError:
            return 1
        return 0
    if argv == ["start-redis"]:
        server = ThrowawayRedis().start()
        assert server.proc is not None
        print(server.url, server.proc.pid, server.dir)
        return 0
    print("usage: python -m tests.support.processes ping URL | start-redis", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
