"""The maintenance commands, run as an operator runs them: reparse, regroup, sweep_stuck_reports,
load_registry."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.models import Location, ParseStatus, Report, Source
from claims.parsing import service as parsing
from tests.support.factories import make_report

pytestmark = pytest.mark.django_db

TEXT = "South Korea's spy agency said 3,000 North Korean soldiers had arrived in Kursk."


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_reparse_now_parses_the_named_reports_here(registry):
    report = make_report(TEXT)
    assert "1 parsed, 0 failed." in run("reparse", str(report.pk), "--now")
    report.refresh_from_db()
    assert report.parse_status == ParseStatus.PARSED
    assert report.claims.exists()


def test_reparse_outdated_queues_only_reports_of_an_older_parser(registry, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    old, current = make_report(TEXT), make_report(TEXT + " Kyiv agreed.")
    for report in (old, current):
        parsing.parse_report(report.pk)
    Report.objects.filter(pk=old.pk).update(parser_version="0.1")
    assert "1 report(s) queued for parsing." in run("reparse", "--outdated")
    assert Report.objects.get(pk=old.pk).parse_status == ParseStatus.QUEUED
    assert Report.objects.get(pk=current.pk).parse_status == ParseStatus.PARSED


def test_reparse_refuses_an_unknown_id_and_no_choice():
    with pytest.raises(CommandError, match="No report with id 999"):
        run("reparse", "999")
    with pytest.raises(CommandError, match="--outdated or --all"):
        run("reparse")


def test_regroup_now_puts_the_claims_in_propositions_again_and_leaves_pinned_ones(registry):
    from claims.models import Proposition, PropositionMember

    report = make_report(TEXT)
    parsing.parse_report(report.pk)
    claims = list(report.claims.current())
    assert claims
    PropositionMember.objects.all().delete()  # as if grouped by rules that no longer hold
    assert run("regroup", str(report.pk), "--now") == "1 report(s) grouped.\n"
    assert all(PropositionMember.objects.filter(claim=claim).exists() for claim in claims)
    chosen = Proposition.objects.create(key="analyst:choice", scope="x", statement="Chosen by hand")
    PropositionMember.objects.filter(claim=claims[0]).update(proposition=chosen, pinned=True)
    run("regroup", "--all", "--now")
    assert PropositionMember.objects.get(claim=claims[0]).proposition == chosen


def test_regroup_outdated_takes_only_reports_grouped_by_older_rules(registry):
    from claims.propositions.grouping import GROUPING_VERSION

    old, current = make_report(TEXT), make_report(TEXT + " Kyiv agreed.")
    for report in (old, current):
        parsing.parse_report(report.pk)
    run("regroup", str(old.pk), str(current.pk), "--now")
    assert set(Report.objects.values_list("grouping_version", flat=True)) == {GROUPING_VERSION}
    waiting = make_report(TEXT + " Seoul agreed.")
    parsing.parse_report(waiting.pk)
    Report.objects.filter(pk=waiting.pk).update(grouped_at=None, grouping_version="")  # its task is queued
    Report.objects.filter(pk=old.pk).update(grouping_version="0")
    assert run("regroup", "--outdated", "--now") == "1 report(s) grouped.\n"
    assert Report.objects.get(pk=old.pk).grouping_version == GROUPING_VERSION
    assert Report.objects.get(pk=waiting.pk).grouping_version == ""  # left to its own grouping task
    assert run("regroup", "--outdated", "--now") == "0 report(s) grouped.\n"


def test_regroup_refuses_an_unknown_id_and_no_choice():
    with pytest.raises(CommandError, match="No report with id 999999"):
        run("regroup", "999999")
    with pytest.raises(CommandError, match="--outdated or --all"):
        run("regroup")


def test_sweep_enqueues_reports_stuck_in_the_queue_again(settings, monkeypatch):
    from claims.parsing import requeue

    enqueued = []
    monkeypatch.setattr(requeue, "enqueue_parse", lambda pk: enqueued.append(pk) or True)
    stuck, fresh = make_report(TEXT), make_report(TEXT + " Later.")
    long_ago = timezone.now() - timedelta(hours=1)
    Report.objects.filter(pk__in=[stuck.pk, fresh.pk]).update(
        parse_status=ParseStatus.QUEUED, enqueued_at=None
    )
    Report.objects.filter(pk=stuck.pk).update(status_changed_at=long_ago)
    Report.objects.filter(pk=fresh.pk).update(status_changed_at=timezone.now())
    assert "1 report(s) enqueued again." in run("sweep_stuck_reports", "--older-than", "600")
    assert enqueued == [stuck.pk]


def test_load_registry_loads_the_shipped_registry_and_again_changes_nothing():
    first = run("load_registry")
    assert Source.objects.exists() and Location.objects.exists()
    again = run("load_registry")
    assert "0 created, 0 updated" in again and first != again


def test_load_registry_grows_the_gazetteer_from_csv(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("name,latitude,longitude,aliases\nSudzha,51.19,35.27,Суджа;Sudža\n", encoding="utf-8")
    assert "places: 1 created" in run("load_registry", str(path))
    assert Location.objects.get(name="Sudzha").aliases == ["Суджа", "Sudža"]


def test_load_registry_refuses_a_broken_file_and_loads_nothing(tmp_path):
    path = tmp_path / "registry.json"
    path.write_text(json.dumps({"sources": [{"name": "Good"}, {"kind": "media"}]}), encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was loaded"):
        run("load_registry", str(path))
    assert not Source.objects.filter(name="Good").exists()
