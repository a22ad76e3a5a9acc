import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import HistoryIsAppendOnly, Report, StaleClaimError, Status, StatusChange
from tests.support.factories import make_claim, make_report

pytestmark = pytest.mark.django_db


def test_a_status_change_writes_exactly_one_history_row(analyst):
    claim = make_claim()
    claim.set_status(
        Status.CONFIRMED,
        by=analyst,
        note="Seen in two independent videos",
        evidence_url="https://example.org/v",
    )
    rows = list(StatusChange.objects.filter(claim=claim))
    assert len(rows) == 1
    row = rows[0]
    assert (row.field, row.from_value, row.to_value) == ("status", "unverified", "confirmed")
    assert row.changed_by == analyst
    assert row.note == "Seen in two independent videos"
    assert row.evidence_url == "https://example.org/v"
    claim.refresh_from_db()
    assert claim.status == Status.CONFIRMED
    assert claim.version == 2


def test_setting_the_same_status_again_writes_no_history(analyst):
    claim = make_claim()
    claim.set_status(Status.DENIED, by=analyst)
    claim.set_status(Status.DENIED, by=analyst)
    assert StatusChange.objects.filter(claim=claim).count() == 1


def test_a_review_of_status_and_credibility_writes_one_row_for_each(analyst):
    claim = make_claim()
    changes = claim.review(by=analyst, status=Status.DISPUTED, credibility=4)
    assert sorted(c.field for c in changes) == ["credibility", "status"]
    assert StatusChange.objects.filter(claim=claim).count() == 2
    claim.refresh_from_db()
    assert (claim.status, claim.credibility) == ("disputed", 4)


@pytest.mark.parametrize("bad", [0, 7, -1, "seven"])
def test_credibility_outside_1_to_6_is_rejected(analyst, bad):
    claim = make_claim()
    with pytest.raises(ValidationError):
        claim.review(by=analyst, credibility=bad)
    claim.refresh_from_db()
    assert claim.credibility == 6
    assert not StatusChange.objects.filter(claim=claim).exists()


def test_credibility_outside_1_to_6_cannot_be_saved_directly():
    claim = make_claim()
    claim.credibility = 9
    with pytest.raises(ValidationError):
        claim.save()


def test_the_database_refuses_credibility_outside_1_to_6():
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        type(claim).objects.filter(pk=claim.pk).update(credibility=0)


def test_an_unknown_status_is_rejected(analyst):
    claim = make_claim()
    with pytest.raises(ValidationError):
        claim.set_status("probably", by=analyst)


def test_a_review_based_on_an_old_version_is_refused(analyst, viewer):
    claim = make_claim()
    seen_version = claim.version
    claim.set_status(Status.CONFIRMED, by=analyst, expected_version=seen_version)
    with pytest.raises(StaleClaimError) as err:
        claim.set_status(Status.DENIED, by=viewer, expected_version=seen_version)
    assert "changed by someone else" in str(err.value)
    claim.refresh_from_db()
    assert claim.status == Status.CONFIRMED
    assert [c.to_value for c in claim.history.all()] == ["confirmed"]


def test_history_rows_cannot_be_changed_or_deleted(analyst):
    claim = make_claim()
    (row,) = claim.set_status(Status.CONFIRMED, by=analyst)
    row.note = "rewritten"
    with pytest.raises(HistoryIsAppendOnly):
        row.save()
    with pytest.raises(HistoryIsAppendOnly):
        row.delete()
    with pytest.raises(HistoryIsAppendOnly):
        StatusChange.objects.filter(claim=claim).update(note="rewritten")
    with pytest.raises(HistoryIsAppendOnly):
        StatusChange.objects.filter(claim=claim).delete()
    assert StatusChange.objects.get(pk=row.pk).note == ""


def test_a_reviewed_claim_keeps_its_report(analyst):
    claim = make_claim()
    claim.set_status(Status.CONFIRMED, by=analyst)
    with pytest.raises(IntegrityError), transaction.atomic():
        claim.report.delete()


def test_the_same_report_content_stored_twice_is_refused():
    make_report("The same words.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.create(text="The same words.")
