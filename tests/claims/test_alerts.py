"""Saved views and alerts: new claims in a followed view become a notification in the app and one
email digest; Celery beat sends them (a real worker and beat on a real Redis)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from claims.alerts import service as alerts
from claims.models import Notification, SavedView, Subscription
from tests.conftest import wait_for
from tests.support.factories import make_claim, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def email_backend(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def test_a_saved_view_has_a_readable_url_that_opens_the_dashboard_with_its_filter(analyst_client, analyst):
    response = analyst_client.post(
        reverse("saved-views"), {"name": "Denied in Kursk!", "query": "status=denied&q=Kursk&page=3&junk=1"}
    )
    view = SavedView.objects.get()
    assert view.slug == "denied-in-kursk" and response["Location"] == "/views/denied-in-kursk/"
    assert view.query == "status=denied&q=Kursk"  # the page and what the filter ignores dropped
    assert analyst_client.get("/views/denied-in-kursk/")["Location"] == "/?status=denied&q=Kursk"
    assert not Subscription.objects.exists()  # unticked box
    again = alerts.save_view(analyst, "Denied in Kursk", "")
    assert again.slug == "denied-in-kursk-2"


def test_new_matching_claims_make_one_notification_and_one_digest(analyst, email_backend):
    hur = make_source("HUR")
    analyst.email = "ana@example.org"
    analyst.save()
    view = alerts.save_view(analyst, "HUR", f"source={hur.pk}", subscribe=True)
    Subscription.objects.update(checked_until=timezone.now() - timedelta(minutes=1))
    make_claim(source=hur, statement="Troops arrived in Kursk")
    make_claim(source=hur, statement="More troops")
    make_claim(statement="Someone else")
    assert alerts.run_alerts() == {"notifications": 1, "emails": 1}
    note = Notification.objects.get()
    assert (note.user, note.view, note.count) == (analyst, view, 2)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "2 new claims in your saved views"
    assert "HUR: 2 new claims" in mail.outbox[0].body and "/views/hur/" in mail.outbox[0].body
    assert alerts.run_alerts() == {"notifications": 0, "emails": 0}  # nothing twice


def test_notifications_show_in_the_app_and_are_marked_read(analyst_client, analyst):
    view = alerts.save_view(analyst, "All", "", subscribe=True)
    claim = make_claim(statement="Troops arrived")
    Notification.objects.create(user=analyst, view=view, claim_ids=[claim.pk], count=1)
    page = analyst_client.get(reverse("notifications")).content.decode()
    assert "Troops arrived" in page and 'class="notifications-count">1' in page
    analyst_client.post(reverse("notifications"))
    assert Notification.objects.get().read_at is not None


def test_following_and_unfollowing_a_colleagues_view(viewer_client, viewer, analyst):
    view = alerts.save_view(analyst, "Kursk", "q=Kursk")
    viewer_client.post(reverse("saved-view-follow", args=[view.slug]))
    assert Subscription.objects.filter(user=viewer, view=view).exists()
    viewer_client.post(reverse("saved-view-follow", args=[view.slug]))
    assert not Subscription.objects.filter(user=viewer).exists()


def test_celery_beat_sends_the_alerts_with_a_real_worker(start_worker, analyst):
    hur = make_source("HUR")
    analyst.email = "ana@example.org"
    analyst.save()
    alerts.save_view(analyst, "HUR", f"source={hur.pk}", subscribe=True)
    Subscription.objects.update(checked_until=timezone.now() - timedelta(minutes=1))
    make_claim(source=hur, statement="Troops arrived in Kursk")
    start_worker(
        env={"ALERTS_EVERY_SECONDS": "1", "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
        beat=True,
    )
    wait_for(
        lambda: Notification.objects.filter(emailed_at__isnull=False).exists(),
        60,
        message="beat to notify and mail the digest",
    )
    assert Notification.objects.get().count == 1
