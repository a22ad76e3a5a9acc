"""Analysts correcting the extractor: every change a history row, kept by a re-parse; split, merge."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Claim, ClaimCorrection, CorrectionField, Location, Source, StaleClaimError, Topic
from claims.parsing import service as parsing
from claims.review import corrections
from tests.support.factories import make_claim, make_place, make_report, make_source

pytestmark = pytest.mark.django_db

TEXT = (
    "Zelensky said 12,000 North Korean troops were in Kursk region on 4 November. "
    "The Pentagon could not yet confirm the report."
)


def parsed_claims(report):
    parsing.parse_report(report.pk)
    return list(Claim.objects.current().filter(report=report).order_by("char_start"))


def test_each_corrected_field_is_one_history_row_with_who_and_old_and_new(analyst):
    claim = make_claim(statement="Troops in Kyiv", stance="asserts")
    kyiv, kursk = make_place("Kyiv", 50.45, 30.52), make_place("Kursk", 51.73, 36.19)
    claim.locations.add(kyiv)
    topic = Topic.objects.create(name="Troops", slug="troops")
    rows = corrections.correct_claim(
        claim,
        by=analyst,
        changes={
            CorrectionField.STANCE: "does_not_deny",
            CorrectionField.PLACES: [kursk],
            CorrectionField.TOPICS: [topic],
            CorrectionField.FIGURES: corrections.parse_figures("about 12,000 troops"),
            CorrectionField.EVENT_DATE: corrections.EventDate(date(2024, 11, 4), date(2024, 11, 6), "range"),
            CorrectionField.SOURCE: corrections.source_named("Pentagon"),
        },
        note="read it again",
        expected_version=claim.version,
    )
    got = {row.field: (row.from_value, row.to_value) for row in rows}
    assert got[CorrectionField.STANCE] == ("Says", "Won't confirm or deny")
    assert got[CorrectionField.PLACES] == ("Kyiv", "Kursk")
    assert got[CorrectionField.TOPICS] == ("none", "Troops")
    assert got[CorrectionField.FIGURES] == ("none", "about 12,000 troops")
    assert got[CorrectionField.EVENT_DATE][1] == "2024-11-04 – 2024-11-06 (range)"
    assert all(row.changed_by == analyst and row.note == "read it again" for row in rows)
    claim.refresh_from_db()
    assert claim.version == 2 and claim.timeline_date == date(2024, 11, 4)
    assert Source.objects.get(name="Pentagon").reviewed is False  # created, to be graded
    assert list(claim.locations.all()) == [kursk]


def test_a_correction_from_a_stale_page_is_refused(analyst):
    claim = make_claim()
    claim.review(by=analyst, status="confirmed")
    with pytest.raises(StaleClaimError):
        corrections.correct_claim(
            claim, by=analyst, changes={CorrectionField.STANCE: "denies"}, expected_version=1
        )
    assert not ClaimCorrection.objects.exists()


def test_unchanged_values_write_no_history(analyst):
    claim = make_claim(stance="confirms")
    assert corrections.correct_claim(claim, by=analyst, changes={CorrectionField.STANCE: "confirms"}) == []


def test_a_corrected_claim_survives_reparse_all_with_its_corrections(registry, analyst):
    report = make_report(TEXT)
    claim = parsed_claims(report)[0]
    fingerprint = claim.fingerprint
    moscow = Location.objects.get(name="Moscow")
    topic = Topic.objects.create(name="Hand topic", slug="hand")
    corrections.correct_claim(
        claim,
        by=analyst,
        changes={
            CorrectionField.STANCE: "does_not_deny",
            CorrectionField.PLACES: [moscow],
            CorrectionField.TOPICS: [topic],
            CorrectionField.FIGURES: [],
            CorrectionField.EVENT_DATE: corrections.EventDate(date(2024, 11, 1), date(2024, 11, 1), "day"),
        },
    )
    call_command("reparse", "--all", "--now", stdout=io.StringIO())
    claim = Claim.objects.get(report=report, fingerprint=fingerprint)
    assert claim.superseded_at is None
    assert claim.stance == "does_not_deny"
    assert [p.name for p in claim.locations.all()] == ["Moscow"]
    assert [t.slug for t in claim.topics.all()] == ["hand"]
    assert claim.figures == []
    assert claim.event_start == date(2024, 11, 1)
    assert {c.field for c in claim.corrections.all()} == {
        "stance",
        "places",
        "topics",
        "figures",
        "event_date",
    }


def test_split_makes_a_second_claim_that_a_reparse_keeps(registry, analyst):
    report = make_report(TEXT)
    claim = parsed_claims(report)[0]
    new = corrections.split_claim(claim, by=analyst, first="12,000 troops", second="They are in Kursk region")
    assert new.report_id == report.pk and new.statement == "They are in Kursk region"
    assert set(new.locations.all()) == set(claim.locations.all())
    assert claim.corrections.filter(field="split", other_claim=new).exists()
    assert new.corrections.filter(field="split", other_claim=claim).exists()
    call_command("reparse", "--all", "--now", stdout=io.StringIO())
    assert Claim.objects.current().filter(pk=new.pk).exists()
    assert Claim.objects.get(pk=claim.pk).statement == "12,000 troops"


def test_merge_hides_the_duplicate_for_good(registry, analyst):
    first, second = make_report(TEXT), make_report(TEXT + " Seoul agreed.")
    keep, duplicate = parsed_claims(first)[0], parsed_claims(second)[0]
    corrections.merge_claims(keep, duplicate, by=analyst)
    assert not Claim.objects.current().filter(pk=duplicate.pk).exists()
    assert keep.corrections.get().field == "merge"
    call_command("reparse", "--all", "--now", stdout=io.StringIO())
    assert not Claim.objects.current().filter(pk=duplicate.pk).exists()
    assert Claim.objects.get(pk=duplicate.pk).corrections.get().other_claim_id == keep.pk


def test_the_claim_page_corrects_places_and_shows_the_history(analyst_client):
    claim = make_claim(statement="Troops in Kyiv")
    claim.locations.add(make_place("Kyiv", 50.45, 30.52))
    make_place("Kursk", 51.73, 36.19)
    page = analyst_client.get(claim.get_absolute_url())
    assert b"Correct the reading" in page.content
    assert b"Save corrections" not in page.content  # the form comes when the panel is opened
    fragment = analyst_client.get(reverse("claim-correct", args=[claim.pk]), HTTP_HX_REQUEST="true")
    assert b"Save corrections" in fragment.content and b"<html" not in fragment.content
    form = fragment.context["correct_form"].initial
    data = {
        "source": claim.source.name,
        "stance": claim.stance,
        "statement": claim.statement,
        "figures": "",
        "add_place": "kursk",
        "place_name": "Sergeyevka",
        "latitude": "43.9",
        "longitude": "131.6",
        "version": form["version"],
    }
    response = analyst_client.post(reverse("claim-correct", args=[claim.pk]), data, follow=True)
    assert response.status_code == 200
    assert sorted(p.name for p in claim.locations.all()) == ["Kursk", "Sergeyevka"]
    assert "Places: Kyiv → " in " ".join(response.content.decode().split())


def test_a_viewer_sees_no_correction_form(viewer_client):
    claim = make_claim()
    assert b"Correct the reading" not in viewer_client.get(claim.get_absolute_url()).content
    source = make_source("Other")
    response = viewer_client.post(reverse("claim-correct", args=[claim.pk]), {"source": source.name})
    assert response.status_code == 403


UNPLACED_TEXT = "Zelensky said 12,000 North Korean troops were fighting near Ulanok in the Kursk region."


def test_a_place_no_gazetteer_knows_waits_on_the_claim_until_an_analyst_places_it(
    registry, analyst, analyst_client
):
    report = make_report(UNPLACED_TEXT)
    claim = parsed_claims(report)[0]
    assert claim.unplaced_places == ["Ulanok"]
    assert [p.name for p in claim.locations.all()] == ["Kursk region"]
    page = " ".join(analyst_client.get(claim.get_absolute_url()).content.decode().split())
    assert 'not on the map: <span class="place">Ulanok</span>' in page

    ulanok = corrections.place_unresolved("Ulanok", 51.2, 35.1)
    corrections.correct_claim(
        claim, by=analyst, changes={CorrectionField.PLACES: [*claim.locations.all(), ulanok]}
    )
    claim.refresh_from_db()
    assert claim.unplaced_places == []
    call_command("reparse", "--all", "--now", stdout=io.StringIO())
    claim.refresh_from_db()
    assert claim.unplaced_places == []
    assert sorted(p.name for p in claim.locations.all()) == ["Kursk region", "Ulanok"]
    assert "not on the map" not in analyst_client.get(claim.get_absolute_url()).content.decode()


def test_a_reparse_refreshes_the_unplaced_names_of_an_uncorrected_claim(registry):
    report = make_report(UNPLACED_TEXT)
    claim = parsed_claims(report)[0]
    Claim.objects.filter(pk=claim.pk).update(unplaced_places=["Stale"])
    call_command("reparse", "--all", "--now", stdout=io.StringIO())
    claim.refresh_from_db()
    assert claim.unplaced_places == ["Ulanok"]
