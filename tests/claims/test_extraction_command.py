"""`manage.py extract_claims`: JSON lines in, one JSON line per report out, nothing written."""

import io
import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from claims.models import Claim, Location, Report, Source, Topic

pytestmark = pytest.mark.django_db

REPORTS = [
    {
        "id": "a1",
        "published": "2024-10-25",
        "text": "The SBU said on Wednesday that about 12,000 North Korean soldiers, including 500 officers, "
        "were in the Kursk region.",
    },
    {"id": "b2", "published": None, "text": "Nothing here is attributed to anyone."},
]


def run(*args, stdin=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command("extract_claims", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def counts():
    return [m.objects.count() for m in (Report, Claim, Source, Location, Topic)]


def test_it_prints_one_line_per_report_with_structured_claims_and_writes_nothing(registry, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in REPORTS), encoding="utf-8")
    before = counts()
    rows, err = run(str(path))
    assert counts() == before
    assert err == ""
    assert [r["id"] for r in rows] == ["a1", "b2"]
    assert rows[1]["claims"] == []
    (claim,) = rows[0]["claims"]
    assert claim["source"] == "SBU (Security Service of Ukraine)"
    assert claim["stance"] == "asserts"
    assert claim["text"].startswith("The SBU said")
    assert [(f["value"], f["unit"], f["qualifier"]) for f in claim["figures"]] == [
        (12000, "soldiers", "about"),
        (500, "officers", "exact"),
    ]
    (place,) = claim["places"]
    assert place["name"] == "Kursk region" and place["precision"] == "region"
    assert place["lat"] == pytest.approx(51.5, abs=0.5) and place["lon"] == pytest.approx(36.0, abs=0.5)
    assert claim["topics"] == ["North Korean troops in Russia"]
    assert claim["event_date"] is None  # "said on Wednesday" dates the statement, not the event


def test_a_range_is_printed_as_both_of_its_ends(registry, tmp_path):
    path = tmp_path / "in.jsonl"
    text = "The NIS said between 1,000 and 3,000 North Korean troops were moved to Kursk on January 20."
    path.write_text(json.dumps({"id": "r", "published": "2025-02-27", "text": text}), encoding="utf-8")
    (row,), _ = run(str(path))
    (claim,) = row["claims"]
    assert [f["value"] for f in claim["figures"]] == [1000, 3000]
    assert (claim["event_date"], claim["event_date_end"], claim["date_precision"]) == (
        "2025-01-20",
        "2025-01-20",
        "day",
    )


def test_a_dash_reads_standard_input(registry, monkeypatch):
    rows, _ = run("-", stdin=json.dumps(REPORTS[0]) + "\n", monkeypatch=monkeypatch)
    assert [r["id"] for r in rows] == ["a1"] and rows[0]["claims"]


def test_a_bad_line_is_reported_on_stderr_and_the_others_go_on(registry, monkeypatch):
    lines = [
        json.dumps(REPORTS[0]),
        "{not json",
        json.dumps({"id": "c3", "published": "25/10/2024", "text": "x"}),
        json.dumps({"id": "d4", "published": "2024-10-25", "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps(REPORTS[1]),
    ]
    rows, err = run("-", stdin="\n".join(lines) + "\n", monkeypatch=monkeypatch)
    assert [r["id"] for r in rows] == ["a1", "c3", "d4", "b2"]
    assert rows[1]["claims"] == [] and "YYYY-MM-DD" in rows[1]["error"]
    assert "text must be a string" in rows[2]["error"]
    assert "line 2: not valid JSON" in err
    assert "line 3" in err and "line 4" in err and "line 5: a line must be a JSON object" in err


def test_html_in_the_text_is_read_as_a_submitted_report_would_be(registry, monkeypatch):
    html = "<p>According to the <b>Pentagon</b>, 10,000 North Korean soldiers are in Russia.</p><p>More.</p>"
    rows, _ = run(
        "-", stdin=json.dumps({"id": "h", "published": "2024-10-31", "text": html}), monkeypatch=monkeypatch
    )
    (claim,) = rows[0]["claims"]
    assert claim["source"] == "US Department of Defense" and "<" not in claim["text"]


def test_it_uses_the_registry_in_the_database(registry, monkeypatch):
    source = Source.objects.get(name="NIS (South Korea)")
    source.aliases = [*source.aliases, "the Seoul Watchers"]
    source.save()
    text = "The Seoul Watchers said North Korean soldiers were in Kursk."
    rows, _ = run(
        "-", stdin=json.dumps({"id": "w", "published": "2024-11-01", "text": text}), monkeypatch=monkeypatch
    )
    assert [c["source"] for c in rows[0]["claims"]] == ["NIS (South Korea)"]


def test_an_empty_registry_is_a_clear_error(monkeypatch):
    with pytest.raises(CommandError, match="registry is empty"):
        run("-", stdin="", monkeypatch=monkeypatch)


def test_a_database_never_migrated_is_a_clear_error(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["SQLITE_PATH"] = str(tmp_path / "never-migrated.sqlite3")
    done = subprocess.run(
        [sys.executable, "manage.py", "extract_claims", "-"],
        cwd=settings.BASE_DIR, env=env, input="", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "database is not set up" in done.stderr and "make setup" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_file_is_a_clear_error(registry):
    with pytest.raises(CommandError, match="Cannot read"):
        run("/nonexistent/reports.jsonl")
