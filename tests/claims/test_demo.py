from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Claim, Location, Report, Source, Topic

pytestmark = pytest.mark.django_db


def counts():
    return {m.__name__: m.objects.count() for m in (Report, Claim, Source, Location, Topic, get_user_model())}


def test_the_demo_loads_a_scenario_and_loading_it_twice_changes_nothing(capsys):
    call_command("load_demo")
    first_out = capsys.readouterr().out
    first = counts()
    call_command("load_demo")
    second_out = capsys.readouterr().out
    assert counts() == first
    assert "analyst /" in first_out and "analyst /" not in second_out  # the password is shown once
    assert first["Report"] >= 8
    dates = {r.published_at.date() for r in Report.objects.all()}
    assert min(dates) >= date(2024, 10, 1) and max(dates) <= date(2025, 1, 31)
    assert Report.objects.values("outlet").distinct().count() >= 4
    assert Source.objects.filter(name__icontains="HUR").get().aliases
    assert Location.objects.get(name="Kursk").latitude == pytest.approx(51.73, abs=0.1)


def test_the_demo_accounts_have_the_right_permissions():
    call_command("load_demo")
    users = get_user_model().objects
    assert users.get(username="analyst").has_perm("claims.review_claim")
    assert not users.get(username="viewer").has_perm("claims.review_claim")
    assert users.get(username="viewer").has_perm("claims.view_claim")


def test_loading_the_demo_again_rereads_reports_an_older_parser_left():
    call_command("load_demo")
    Report.objects.update(parser_version="old")
    call_command("load_demo")
    assert not Report.objects.filter(parser_version="old").exists()
    assert Report.objects.filter(parse_status="parsed").count() == Report.objects.count()


def test_the_demo_shows_propositions_with_both_sides_an_estimate_series_and_a_suggestion():
    from claims.propositions import queries

    call_command("load_demo")
    both_sides = [p for p in queries.proposition_list() if p.asserting_sources and p.denying_sources]
    assert len(both_sides) >= 3
    verdicts = {p.pk: queries.assessment(queries.members_of(p)) for p in both_sides}
    assert any(v.suggested == "disputed" and v.reasons for v in verdicts.values())
    series = [sorted({lo for _, lo, *_ in points}) for v in verdicts.values() for points in v.series.values()]
    assert [1500, 3000, 8000, 10000, 12000] in series
