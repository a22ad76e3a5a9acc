"""The parse path as a service: idempotent, never half-done, keeps analysts' decisions."""

from datetime import date

import pytest
from django.db import OperationalError

from claims import queue
from claims.intake import service as intake
from claims.models import Claim, ParseStatus, Report, Source, Status
from claims.parsing import requeue, store
from claims.parsing import service as parsing
from claims.registry import snapshot

pytestmark = pytest.mark.django_db

SCRIPTED = "tests.support.extractors.scripted"


@pytest.fixture(autouse=True)
def scripted_extractor(settings, registry):
    settings.CLAIMS_EXTRACTOR = SCRIPTED


def submit(text, published=date(2024, 10, 25)):
    return intake.submit_report(text=text, published_at=published, enqueue=False).report


def test_parsing_stores_each_claim_with_its_source_places_and_offsets():
    report = submit(
        "Kremlin | denies | Nothing was sent to Kursk.\nNIS | asserts | 3,000 soldiers left for Vladivostok."
    )
    assert parsing.parse_report(report.pk) == "parsed"
    report.refresh_from_db()
    assert report.parse_status == ParseStatus.PARSED and report.claim_count == 2
    assert report.parser_version
    claims = {c.source.name: c for c in report.claims.all()}
    assert set(claims) == {"Kremlin", "NIS (South Korea)"}
    kremlin = claims["Kremlin"]
    assert (
        report.text[kremlin.char_start : kremlin.char_end] == kremlin.sentence == "Nothing was sent to Kursk."
    )
    assert kremlin.stance == "denies"
    assert [p.name for p in kremlin.locations.all()] == ["Kursk"]
    assert kremlin.timeline_date == date(2024, 10, 25)


def test_running_the_parse_twice_yields_one_set_of_claims():
    report = submit("Kremlin | denies | Nothing was sent.")
    assert parsing.parse_report(report.pk) == "parsed"
    assert parsing.parse_report(report.pk) == "skipped"
    assert Claim.objects.filter(report=report).count() == 1


def test_only_one_of_two_workers_gets_the_report():
    report = submit("Kremlin | denies | Nothing was sent.")
    first = parsing.claim_for_parsing(report.pk)
    second = parsing.claim_for_parsing(report.pk)
    assert first is not None and second is None


def test_a_late_worker_whose_report_was_taken_over_writes_nothing():
    report = submit("Kremlin | denies | Nothing was sent.")
    stale_token = parsing.claim_for_parsing(report.pk)
    requeue.sweep_stuck_reports(older_than_seconds=-1)  # the sweeper thinks the first worker died
    assert parsing.parse_report(report.pk) == "parsed"  # a second worker does the job
    registry = snapshot.current_registry()
    drafts = parsing.run_extractor(Report.objects.get(pk=report.pk), registry)
    assert store.write_claims(report.pk, stale_token, drafts) is False
    assert Claim.objects.filter(report=report).count() == 1


def test_an_actor_missing_from_the_registry_becomes_an_unreviewed_source():
    report = submit("Lithuanian intelligence | asserts | 500 officers were seen.")
    parsing.parse_report(report.pk)
    source = Source.objects.get(name="Lithuanian intelligence")
    assert source.reviewed is False
    assert source.claims.count() == 1


def test_an_extractor_exception_fails_the_report_with_its_reason():
    report = submit("[[raise]]")
    assert parsing.parse_report(report.pk) == "failed"
    report.refresh_from_db()
    assert report.parse_status == ParseStatus.FAILED
    assert "scripted extractor failure" in report.parse_error
    assert not report.claims.exists()


def test_a_database_outage_puts_the_report_back_and_asks_for_a_retry(monkeypatch):
    report = submit("Kremlin | denies | Nothing was sent.")

    def unavailable(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(parsing, "write_claims", unavailable)
    with pytest.raises(queue.TransientError):
        parsing.parse_report(report.pk)
    report.refresh_from_db()
    assert report.parse_status == ParseStatus.QUEUED
    monkeypatch.undo()
    assert parsing.parse_report(report.pk) == "parsed"


def test_a_reparse_keeps_decisions_on_claims_that_still_exist(analyst):
    report = submit(
        "Kremlin | denies | Nothing was sent.\n"
        "NIS | asserts | 3,000 soldiers left.\n"
        "HUR | asserts | A convoy was seen."
    )
    parsing.parse_report(report.pk)
    kept = Claim.objects.get(report=report, sentence="Nothing was sent.")
    reviewed_then_gone = Claim.objects.get(report=report, sentence="3,000 soldiers left.")
    kept.set_status(Status.DENIED, by=analyst, note="contradicted by satellite images")
    reviewed_then_gone.set_status(Status.CONFIRMED, by=analyst)

    # The parser now reads the report differently: one claim vanishes, one is new.
    report.text = "Kremlin | denies | Nothing was sent.\nHUR | asserts | Trains were seen."
    Report.objects.filter(pk=report.pk).update(text=report.text)
    assert requeue.request_reparse(Report.objects.filter(pk=report.pk), enqueue=False) == 1
    assert parsing.parse_report(report.pk) == "parsed"

    again = Claim.objects.get(pk=kept.pk)
    assert again.status == Status.DENIED
    assert again.history.count() == 1
    gone = Claim.objects.get(pk=reviewed_then_gone.pk)
    assert gone.superseded_at is not None and gone.status == Status.CONFIRMED
    assert not Claim.objects.filter(sentence="A convoy was seen.").exists()
    assert set(Claim.objects.current().filter(report=report).values_list("sentence", flat=True)) == {
        "Nothing was sent.",
        "Trains were seen.",
    }
    assert Report.objects.get(pk=report.pk).claim_count == 2


def test_the_sweeper_requeues_reports_stuck_in_parsing_and_leaves_fresh_ones_alone(monkeypatch):
    stuck, fresh = submit("Kremlin | denies | A."), submit("Kremlin | denies | B.")
    parsing.claim_for_parsing(stuck.pk)
    parsing.claim_for_parsing(fresh.pk)
    Report.objects.filter(pk=stuck.pk).update(status_changed_at=stuck.received_at.replace(year=2020))
    enqueued = []
    monkeypatch.setattr(requeue, "enqueue_parse", lambda pk: enqueued.append(pk) or True)
    assert requeue.sweep_stuck_reports(older_than_seconds=60) == 1
    assert enqueued == [stuck.pk]
    assert Report.objects.get(pk=stuck.pk).parse_status == ParseStatus.QUEUED
    assert Report.objects.get(pk=fresh.pk).parse_status == ParseStatus.PARSING


def test_reparse_of_outdated_reports_picks_only_older_parser_versions():
    old, current = submit("Kremlin | denies | A."), submit("Kremlin | denies | B.")
    parsing.parse_report(old.pk)
    parsing.parse_report(current.pk)
    Report.objects.filter(pk=old.pk).update(parser_version="old")
    assert list(requeue.outdated_reports()) == [Report.objects.get(pk=old.pk)]


def test_the_reports_source_hint_is_the_author_of_what_nobody_else_says(settings):
    settings.CLAIMS_EXTRACTOR = "claims.extraction.extract"
    channel = Source.objects.create(name="Frontline Digest", reviewed=False)
    text = "About 200 North Korean soldiers were killed near Sudzha on Tuesday. The Kremlin denied it."
    hinted = intake.submit_report(
        text=text, published_at=date(2024, 12, 18), source_hint=channel, enqueue=False
    ).report
    plain = submit(text.replace("About 200", "About 300"), published=date(2024, 12, 18))
    assert parsing.parse_report(hinted.pk) == "parsed" and parsing.parse_report(plain.pk) == "parsed"
    spoken = sorted((c.source.name, c.stance) for c in hinted.claims.all())
    assert spoken == [("Frontline Digest", "asserts"), ("Kremlin", "denies")]
    assert [c.source.name for c in plain.claims.all()] == ["Kremlin"]
