import pytest
from django.db import connection

from tests.support.processes import ThrowawayRedis


@pytest.mark.django_db
def test_the_health_check_reports_the_database_and_the_broker(client, settings):
    redis = ThrowawayRedis().start()
    try:
        settings.CELERY_BROKER_URL = redis.url
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.content == b"database ok\nbroker ok\n"
        redis.kill()
        response = client.get("/healthz")
        assert response.status_code == 200, "a broker outage must not take the web out of the balancer"
        assert b"broker down" in response.content
    finally:
        redis.close()


@pytest.mark.django_db
def test_the_health_check_answers_503_when_the_database_is_down(client, monkeypatch):
    def broken(*args, **kwargs):
        raise connection.Database.OperationalError("unreachable")

    monkeypatch.setattr("dashboard.views.connection.cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503 and b"database down" in response.content
