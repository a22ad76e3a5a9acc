"""Large exports are jobs: written by a worker with their progress, offered to their owner as a
download link that expires, at most a few per user at a time. Small ones stream at once."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims import export_jobs
from claims.models import ExportJob
from tests.support.factories import make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims(settings):
    settings.EXPORT_STREAM_MAX_CLAIMS = 3
    return [make_claim(statement=f"Claim {n}") for n in range(5)]


def test_a_small_export_streams_at_once(viewer_client, claims, settings):
    settings.EXPORT_STREAM_MAX_CLAIMS = 5
    response = viewer_client.get(reverse("export-claims-csv"), {"topic": "all"})
    assert response.status_code == 200 and response.streaming
    assert not ExportJob.objects.exists()


def test_a_large_export_becomes_a_job_whose_file_matches_the_stream(viewer_client, viewer, claims, settings):
    response = viewer_client.get(reverse("export-claims-csv"), {"topic": "all"})
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    assert job.state == ExportJob.State.PENDING and job.created_by == viewer
    page = viewer_client.get(job.get_absolute_url())
    assert b"worker is writing it" in page.content and b'hx-trigger="every 1s"' in page.content

    assert export_jobs.run_export_job(job.pk) == "done"
    assert export_jobs.run_export_job(job.pk) == "not waiting"  # a second delivery does nothing
    job.refresh_from_db()
    assert job.state == ExportJob.State.DONE and job.total == 5 and job.processed == 5
    assert job.expires_at > timezone.now() + timedelta(hours=settings.EXPORT_LINK_HOURS - 1)
    fragment = viewer_client.get(job.get_absolute_url(), HTTP_HX_REQUEST="true")
    assert b"<html" not in fragment.content and b"Download" in fragment.content

    download = viewer_client.get(reverse("export-download", args=[job.pk]))
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]
    written = b"".join(download.streaming_content).decode("utf-8")
    settings.EXPORT_STREAM_MAX_CLAIMS = 100
    streamed = b"".join(viewer_client.get(reverse("export-claims-csv"), {"topic": "all"}).streaming_content)
    assert written == streamed.decode("utf-8")
    assert written.count("\n") == 6


@pytest.mark.parametrize("kind", ["export-places-geojson", "export-claimreview"])
def test_every_kind_of_export_can_be_a_job(analyst_client, analyst, claims, kind):
    for claim in claims:
        claim.review(by=analyst, status="confirmed")
    analyst_client.get(reverse(kind), {"topic": "all"})
    job = ExportJob.objects.get()
    assert export_jobs.run_export_job(job.pk) == "done"
    assert analyst_client.get(reverse("export-download", args=[job.pk])).status_code == 200


def test_only_its_owner_sees_or_downloads_an_export(viewer_client, analyst, claims):
    from claims.filters import ClaimFilter

    job = export_jobs.request_export("csv", ClaimFilter(), user=analyst, base_url="http://testserver/")
    export_jobs.run_export_job(job.pk)
    assert viewer_client.get(job.get_absolute_url()).status_code == 404
    assert viewer_client.get(reverse("export-download", args=[job.pk])).status_code == 404


def test_a_user_has_at_most_the_allowed_exports_running(viewer_client, claims, settings):
    settings.EXPORT_MAX_CONCURRENT_PER_USER = 2
    for _ in range(2):
        assert viewer_client.get(reverse("export-claims-csv"), {"topic": "all"}).status_code == 302
    refused = viewer_client.get(reverse("export-claims-csv"), {"topic": "all"})
    assert refused.status_code == 429 and b"at most 2" in refused.content
    assert ExportJob.objects.count() == 2
    export_jobs.run_export_job(ExportJob.objects.first().pk)  # one finishes: room for another
    assert viewer_client.get(reverse("export-claims-csv"), {"topic": "all"}).status_code == 302


def test_an_expired_link_is_gone_and_its_file_deleted(viewer_client, claims):
    viewer_client.get(reverse("export-claims-csv"), {"topic": "all"})
    job = ExportJob.objects.get()
    export_jobs.run_export_job(job.pk)
    job.refresh_from_db()
    path = export_jobs.path_of(job)
    assert path.exists()
    ExportJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert viewer_client.get(reverse("export-download", args=[job.pk])).status_code == 410
    assert export_jobs.expire_exports() == 1
    assert not os.path.exists(path) and ExportJob.objects.get(pk=job.pk).state == ExportJob.State.EXPIRED


def test_a_job_whose_worker_went_silent_is_failed(claims, viewer):
    from claims.filters import ClaimFilter

    job = export_jobs.request_export("csv", ClaimFilter(), user=viewer, base_url="http://testserver/")
    ExportJob.objects.filter(pk=job.pk).update(
        state=ExportJob.State.RUNNING, heartbeat_at=timezone.now() - timedelta(hours=1)
    )
    assert export_jobs.expire_exports() == 1
    assert ExportJob.objects.get(pk=job.pk).state == ExportJob.State.FAILED
