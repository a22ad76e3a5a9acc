"""A private Redis per test, which the test may kill and restart, and the in-process Celery app
pointed at it (workers started by the test get the same URL)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
import redis
from kombu import pools

from dashboard.celery import app
from tests.conftest import wait_for


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateRedis:
    def __init__(self):
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="claims-redis-")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self):
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
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
        wait_for(self.answers, 10, message="the private Redis to start")
        return self

    def answers(self) -> bool:
        try:
            return redis.Redis(port=self.port, socket_connect_timeout=0.5).ping()
        except redis.RedisError:
            return False

    def kill(self):
        """kill -9: without persistence every queued message is gone."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        wait_for(lambda: not self.answers(), 10, message="the private Redis to stop")

    def queue_length(self) -> int:
        return redis.Redis(port=self.port).llen("celery")

    def close(self):
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def point_app_at(url: str):
    with contextlib.suppress(Exception):
        pools.reset()  # closes and forgets kombu's global connection and producer pools
    app.conf.broker_url = url
    app.conf.result_backend = url
    app._after_fork()  # drop cached connection and producer pools
    app._backend_cache = None
    if hasattr(app._local, "backend"):
        del app._local.backend


@pytest.fixture
def private_redis(settings):
    if shutil.which("redis-server") is None:
        pytest.fail("These tests need redis-server on PATH (make test installs it where it can).")
    server = PrivateRedis().start()
    before = (app.conf.broker_url, app.conf.result_backend)
    point_app_at(server.url)
    settings.CELERY_BROKER_URL = server.url
    yield server
    point_app_at(before[0])
    app.conf.result_backend = before[1]
    server.close()
    time.sleep(0.1)
