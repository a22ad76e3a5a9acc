import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def login(client, username, password, ip="203.0.113.7"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_repeated_failures_lock_that_username_from_that_address(client, analyst, password, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, analyst.username, "wrong").status_code == 200  # the form again, with an error
    assert login(client, analyst.username, "wrong").status_code == 429  # the last failure allowed locks
    locked = login(client, analyst.username, password)
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_stays_with_that_user_and_address(client, analyst, viewer, password, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, analyst.username, "wrong")
    assert login(client, analyst.username, password, ip="198.51.100.9").status_code == 302
    client.logout()
    assert login(client, viewer.username, password).status_code == 302


def test_a_success_before_the_limit_resets_the_count(client, analyst, password, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, analyst.username, "wrong")
    assert login(client, analyst.username, password).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, analyst.username, "wrong")
    assert login(client, analyst.username, password).status_code == 302


def test_an_overlong_username_is_refused_by_the_form_before_anything_is_recorded(client):
    from axes.models import AccessAttempt

    response = login(client, "a" * 400, "whatever")
    assert response.status_code == 200
    assert "at most 150 characters" in str(response.context["form"].errors["username"])
    assert not AccessAttempt.objects.exists()
