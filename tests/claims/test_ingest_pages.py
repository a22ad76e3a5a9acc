"""The upload pages: a file is checked whole, then imported by a worker while the page counts."""

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from claims.intake import jobs
from claims.models import ImportJob, ParseStatus, Report
from tests.support.processes import wait_until as wait_for

EXPORT = (Path(__file__).parent / "data" / "telegram_export.json").read_bytes()


def upload(client, kind: str, name: str, data: bytes, **fields):
    return client.post("/import/", {"kind": kind, "file": SimpleUploadedFile(name, data), **fields})


@pytest.mark.django_db
def test_the_import_page_needs_a_login_and_the_add_report_permission(viewer_client):
    assert Client().get("/import/").status_code == 302
    assert viewer_client.get("/import/").status_code == 403


@pytest.mark.django_db
def test_the_import_page_offers_a_telegram_and_a_bulk_upload(analyst_client):
    html = analyst_client.get("/import/").content.decode()
    assert 'id="telegram-import"' in html and 'id="bulk-import"' in html


@pytest.mark.django_db
def test_an_uploaded_export_becomes_a_job_whose_page_counts_the_import(analyst_client, analyst):
    response = upload(analyst_client, "telegram", "result.json", EXPORT, username="frontline_digest")
    assert response.status_code == 303
    job = ImportJob.objects.get()
    assert response["Location"] == f"/import/jobs/{job.pk}/"
    assert (job.state, job.total, job.created_by) == ("pending", 3, analyst)

    waiting = analyst_client.get(response["Location"], headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in waiting and 'id="import-progress"' in waiting
    assert 'hx-trigger="every 1s"' in waiting  # the page keeps polling while the job runs

    jobs.run_import_job(job.pk)
    done = analyst_client.get(response["Location"], headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in done  # finished: polling stops
    assert '<span class="io-created">3</span> new' in done
    assert '<span class="io-skipped">3</span> skipped' in done
    assert Report.objects.filter(url="https://t.me/frontline_digest/2").exists()
    page = analyst_client.get(response["Location"]).content.decode()
    assert "<html" in page and "Frontline Digest" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "name", "data", "expected"),
    [
        ("telegram", "result.json", b'{"chats": 3}', "not a Telegram Desktop JSON export"),
        ("telegram", "result.json", b"\x89PNG\r\n\x1a\n", "not valid UTF-8"),
        ("bulk", "reports.jsonl", b'{"text": "caf\xe9"}', "not valid UTF-8"),
        ("bulk", "reports.csv", b"title\nno text column\n", "no &#x27;text&#x27; column"),
        ("bulk", "reports.json", b'{"text": "x"}', "expected a list of report objects"),
        ("bulk", "reports.xlsx", b"PK\x03\x04", "format"),
    ],
)
def test_a_file_that_cannot_be_imported_is_a_400_with_the_reason_and_nothing_stored(
    analyst_client, kind, name, data, expected
):
    response = upload(analyst_client, kind, name, data)
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert ImportJob.objects.count() == 0 and Report.objects.count() == 0


@pytest.mark.django_db
def test_all_or_nothing_lists_the_bad_rows_on_the_page(analyst_client):
    data = b'{"text": "Good one."}\n{"title": "bad"}\n'
    response = upload(analyst_client, "bulk", "r.jsonl", data, strict="on")
    assert response.status_code == 400
    html = response.content.decode()
    assert "nothing was imported" in html and "line 2: no text" in html
    assert Report.objects.count() == 0


@pytest.mark.django_db
def test_an_upload_over_the_limit_is_refused_with_413_before_it_is_read(analyst_client, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    response = upload(analyst_client, "bulk", "big.jsonl", b'{"text": "x"}\n' * 10_000)
    assert response.status_code == 413
    assert "upload limit" in response.content.decode()
    assert ImportJob.objects.count() == 0


@pytest.mark.django_db
def test_a_file_just_over_the_limit_is_refused_with_413_after_it_is_read(analyst_client, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    response = upload(analyst_client, "bulk", "big.jsonl", b'{"text": "x"}\n' * 80)
    assert response.status_code == 413
    assert "the limit is" in response.content.decode()


@pytest.mark.django_db
def test_someone_elses_import_job_is_not_shown(client, django_user_model, analyst):
    job = jobs.create_import_job(b'{"text": "A."}', kind="jsonl", created_by=analyst)
    other = django_user_model.objects.create_user("other", password="x" * 20)
    client.force_login(other)
    assert client.get(f"/import/jobs/{job.pk}/").status_code == 404


@pytest.mark.worker
@pytest.mark.timeout(180)
def test_an_upload_is_imported_and_parsed_by_a_real_worker(registry, analyst, client, celery_worker):
    client.force_login(analyst)
    data = b"\n".join(
        json.dumps(
            {"text": f"According to the Pentagon, {n},000 soldiers arrived.", "published": "2024-10-23"}
        ).encode()
        for n in range(1, 6)
    )
    response = upload(client, "bulk", "reports.jsonl", data)
    assert response.status_code == 303

    def finished():
        html = client.get(response["Location"], headers={"HX-Request": "true"}).content.decode()
        return html if 'data-state="done"' in html else None

    html = wait_for(finished, 60, message="the worker to finish the import")
    assert '<span class="io-created">5</span> new' in html
    wait_for(
        lambda: Report.objects.filter(parse_status=ParseStatus.PARSED).count() == 5,
        60,
        message="the worker to parse the imported reports",
    )
