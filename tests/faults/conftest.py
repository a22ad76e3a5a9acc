"""A private Redis per test, which the test may kill and restart, and the in-process Celery app
pointed at it (workers started by the test get the same URL)."""

from __future__ import annotations

import pytest

from dashboard.celery import app
from tests.support.processes import ThrowawayRedis, point_celery_at


@pytest.fixture
def private_redis(settings, celery_on_throwaway_redis):
    if not ThrowawayRedis.available():
        pytest.fail("These tests need redis-server on PATH (make test installs it where it can).")
    server = ThrowawayRedis().start()
    before = (app.conf.broker_url, app.conf.result_backend)
    point_celery_at(server.url)
    settings.CELERY_BROKER_URL = server.url
    yield server
    point_celery_at(before[0])
    app.conf.result_backend = before[1]
    server.close()
