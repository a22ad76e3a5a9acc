"""JSONL / JSON / CSV imports: parsing, row-by-row rejection, all-or-nothing, the command."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from claims.intake import bulk, jobs
from claims.intake.rows import ImportRejected
from claims.models import Channel, ImportJob, Report, Source
from tests.support.factories import make_source


def jsonl(*rows) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows).encode()


GOOD = {"text": "Seoul said 1,500 soldiers left.", "title": "NIS", "published": "2024-10-18", "source": "NIS"}


# ---------------------------------------------------------------------------------------------
# Parsing


def test_jsonl_rows_become_reports_and_bad_lines_are_listed_with_their_line_and_reason():
    data = jsonl(
        GOOD,
        "",
        "{not json",
        {"title": "no text"},
        ["a", "list"],
        {"text": "Dated badly.", "published": "yesterday"},
        {"text": "Linked badly.", "url": "ftp://example.org/x"},
        {"body": "Kyiv said so.", "published_at": "2024-10-20T10:00:00+03:00", "link": "https://e.org/a"},
    )
    rows, rejected = bulk.parse_file(data, "jsonl")
    assert [r.label for r in rows] == ["line 1", "line 8"]
    assert rows[1].text == "Kyiv said so." and rows[1].url == "https://e.org/a"
    assert rows[1].published == "2024-10-20T07:00:00+00:00"
    reasons = {r.label: r.reason for r in rejected}
    assert set(reasons) == {"line 3", "line 4", "line 5", "line 6", "line 7"}
    assert "not valid JSON" in reasons["line 3"]
    assert reasons["line 4"] == "no text"
    assert "not an object" in reasons["line 5"]
    assert "not a date" in reasons["line 6"]
    assert "web address" in reasons["line 7"]


def test_csv_with_a_header_is_read_with_quoted_newlines_and_semicolons():
    data = b'title;text;published\nOne;"First line\nsecond line";2024-10-21\nTwo;;2024-10-22\n'
    rows, rejected = bulk.parse_file(data, "csv")
    assert [(r.title, r.text, r.published) for r in rows] == [
        ("One", "First line\nsecond line", "2024-10-21")
    ]
    assert [(r.label, r.reason) for r in rejected] == [("line 4", "no text")]


def test_a_csv_row_with_more_values_than_columns_is_rejected():
    rows, rejected = bulk.parse_file(b"text,title\nA report.,T\nB report.,T,extra\n", "csv")
    assert len(rows) == 1 and rejected[0].label == "line 3"


def test_a_json_list_is_read_and_a_json_object_is_the_wrong_shape():
    rows, _ = bulk.parse_file(json.dumps([GOOD, GOOD | {"text": "Other."}]).encode(), "json")
    assert [r.label for r in rows] == ["item 1", "item 2"]
    with pytest.raises(ImportRejected, match="expected a list of report objects"):
        bulk.parse_file(b'{"text": "one report"}', "json")


@pytest.mark.parametrize(
    ("data", "fmt", "expected"),
    [
        (b'{"text": "caf\xe9"}\n', "jsonl", "not valid UTF-8: byte 14 \\(line 1\\)"),
        (b"", "jsonl", "no reports"),
        (b"{oops\n[1]\n", "jsonl", "No row of this file is a report"),
        (b"title,body2\nx,y\n", "csv", "no 'text' column"),
        (b'text\n"unclosed\n', "csv", "not valid CSV"),
        (b"[1, 2", "json", "not JSON"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(data, fmt, expected):
    with pytest.raises(ImportRejected, match=expected):
        bulk.parse_file(data, fmt)


def test_the_format_comes_from_the_file_name_unless_declared():
    assert bulk.format_for("reports.JSONL") == "jsonl"
    assert bulk.format_for("export.csv") == "csv"
    assert bulk.format_for("x.bin", "json") == "json"
    with pytest.raises(ImportRejected, match="format"):
        bulk.format_for("reports.xlsx")


# ---------------------------------------------------------------------------------------------
# Importing


def run(data: bytes, kind="jsonl", **options) -> ImportJob:
    job = jobs.create_import_job(data, kind=kind, filename=f"reports.{kind}", **options)
    jobs.run_import_job(job.pk)
    return ImportJob.objects.get(pk=job.pk)


@pytest.mark.django_db
def test_good_rows_are_imported_and_bad_rows_listed_never_dropped_silently():
    job = run(jsonl(GOOD, {"title": "no text"}, {"text": "Second report."}, "{broken"))
    assert (job.state, job.total, job.created, job.rejected) == ("done", 2, 2, 2)
    assert [r["label"] for r in job.rejected_rows] == ["line 2", "line 4"]
    assert Report.objects.count() == 2
    assert job.created + job.duplicates + job.rejected == 4  # every row accounted for
    report = Report.objects.get(title="NIS")
    assert report.channel == Channel.FILE
    assert report.source_hint.name == "NIS" and report.source_hint.reviewed is False


@pytest.mark.django_db
def test_a_row_the_service_refuses_is_rejected_with_the_services_reason(settings):
    settings.REPORT_MAX_CHARS = 50
    job = run(jsonl({"text": "<p></p><div></div>"}, {"text": "Fine."}))
    assert job.created == 1 and job.rejected == 1
    assert job.rejected_rows == [{"label": "line 1", "reason": "The report has no text."}]


@pytest.mark.django_db
def test_all_or_nothing_imports_nothing_when_any_row_is_bad():
    with pytest.raises(ImportRejected, match="nothing was imported") as caught:
        run(jsonl(GOOD, {"text": "<p></p>"}, {"text": "Third."}), strict=True)
    assert [r.label for r in caught.value.rows] == ["line 2"]
    assert Report.objects.count() == 0 and ImportJob.objects.count() == 0
    assert run(jsonl(GOOD, {"text": "Third."}), strict=True).created == 2


@pytest.mark.django_db
def test_importing_the_same_file_again_adds_nothing():
    data = jsonl(GOOD, {"text": "Second report."})
    run(data)
    again = run(data)
    assert (again.created, again.duplicates) == (0, 2)
    assert Report.objects.count() == 2


@pytest.mark.django_db
def test_a_source_column_matches_known_sources_by_alias():
    known = make_source("National Intelligence Service", aliases=["NIS"])
    run(jsonl(GOOD))
    assert Report.objects.get().source_hint == known
    assert Source.objects.count() == 1


@pytest.mark.django_db
def test_a_file_over_the_upload_limit_is_refused_with_413(settings):
    settings.UPLOAD_MAX_BYTES = 100
    with pytest.raises(ImportRejected) as caught:
        run(jsonl(GOOD, GOOD | {"text": "x" * 200}))
    assert caught.value.status == 413 and "limit" in caught.value.message
    assert Report.objects.count() == 0


@pytest.mark.django_db
def test_a_job_is_run_once_even_if_delivered_twice():
    job = jobs.create_import_job(jsonl(GOOD), kind="jsonl")
    assert jobs.run_import_job(job.pk) == "done"
    assert jobs.run_import_job(job.pk) == "skipped"


@pytest.mark.django_db
def test_progress_is_reported_while_the_import_runs(monkeypatch):
    monkeypatch.setattr(jobs, "PROGRESS_EVERY_SECONDS", 0)
    seen = []
    job = jobs.create_import_job(jsonl(*({"text": f"Report {n}."} for n in range(5))), kind="jsonl")
    jobs.run_import_job(job.pk, progress=lambda j: seen.append((j.processed, j.state)))
    assert [p for p, _ in seen] == [1, 2, 3, 4, 5, 5]
    assert seen[-1][1] == "done"
    stored = [ImportJob.objects.get(pk=job.pk).processed]
    assert stored == [5]


@pytest.mark.django_db
def test_a_failure_mid_import_marks_the_job_failed_and_keeps_what_was_stored(monkeypatch):
    real = jobs.import_row
    calls = {"n": 0}

    def flaky(row, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("database went away")
        return real(row, **kw)

    monkeypatch.setattr(jobs, "import_row", flaky)
    job = run(jsonl({"text": "One."}, {"text": "Two."}, {"text": "Three."}))
    assert job.state == "failed"
    assert "stopped after 1 of 3 rows" in job.error and "database went away" in job.error
    assert Report.objects.count() == 1


# ---------------------------------------------------------------------------------------------
# The command


@pytest.mark.django_db
def test_the_command_imports_a_csv_and_lists_rejected_rows(tmp_path, capsys):
    path = tmp_path / "reports.csv"
    path.write_text("text,title\nFirst report.,A\n,B\nSecond report.,C\n")
    call_command("import_reports", str(path))
    captured = capsys.readouterr()
    assert "2 new report(s), 0 already here, 1 rejected." in captured.out
    assert "rejected line 3: no text" in captured.err


@pytest.mark.django_db
def test_the_command_in_strict_mode_lists_the_bad_rows_and_imports_nothing(tmp_path, capsys):
    path = tmp_path / "reports.jsonl"
    path.write_bytes(jsonl(GOOD, {"title": "no text"}))
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_reports", str(path), "--strict")
    assert "line 2: no text" in capsys.readouterr().err
    assert Report.objects.count() == 0


@pytest.mark.django_db
def test_the_command_draws_a_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    from claims.management import progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(progress.ProgressBar, "MIN_INTERVAL", 0)
    monkeypatch.setattr(jobs, "PROGRESS_EVERY_SECONDS", 0)
    path = tmp_path / "reports.jsonl"
    path.write_bytes(jsonl(*({"text": f"Report {n}."} for n in range(4))))
    out = Terminal()
    call_command("import_reports", str(path), stdout=out)
    text = out.getvalue()
    assert "\r[" in text and "4/4 reports" in text and "] 1/4 reports" in text


@pytest.mark.django_db
def test_the_command_prints_no_bar_when_output_is_not_a_terminal(tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_bytes(jsonl({"text": "Only one."}))
    out = io.StringIO()
    call_command("import_reports", str(path), stdout=out)
    assert "\r" not in out.getvalue() and "1 new report(s)" in out.getvalue()


@pytest.mark.django_db
def test_a_job_whose_worker_was_lost_resumes_after_its_last_saved_row(settings):
    from datetime import timedelta

    from django.utils import timezone

    job = jobs.create_import_job(jsonl({"text": "One."}, {"text": "Two."}, {"text": "Three."}), kind="jsonl")
    long_ago = timezone.now() - timedelta(seconds=settings.CLAIMS_STUCK_AFTER_SECONDS + 5)
    ImportJob.objects.filter(pk=job.pk).update(state="running", processed=1, created=1, heartbeat_at=long_ago)
    assert jobs.run_import_job(job.pk) == "done"
    job.refresh_from_db()
    assert (job.processed, job.created) == (3, 3)
    assert sorted(Report.objects.values_list("text", flat=True)) == ["Three.", "Two."]  # row 1 was not re-run


@pytest.mark.django_db
def test_a_job_running_now_is_not_taken_by_a_second_delivery():
    from django.utils import timezone

    job = jobs.create_import_job(jsonl({"text": "One."}), kind="jsonl")
    ImportJob.objects.filter(pk=job.pk).update(state="running", heartbeat_at=timezone.now())
    assert jobs.run_import_job(job.pk) == "skipped"
    assert Report.objects.count() == 0
