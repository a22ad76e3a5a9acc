"""The status history of a claim is append-only everywhere: the pages, the API and the admin,
for a superuser too. Deleting what the history hangs on (its claim, that claim's report, the
analyst who wrote it) is refused with an explanation, never a server error."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from api.models import ApiToken
from claims.models import Claim, Report, StatusChange
from tests.support.factories import make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "x-long-pass-99")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def reviewed(analyst) -> Claim:
    """A claim reviewed twice: two history rows."""
    claim = make_claim(statement="Troops arrived in Kursk")
    claim.review(by=analyst, status="disputed", note="first look", evidence_url="https://example.org/1")
    claim.review(by=analyst, status="confirmed", credibility=2, note="video")
    claim.refresh_from_db()
    return claim


def history(claim=None) -> list[tuple]:
    rows = StatusChange.objects.order_by("id")
    if claim is not None:
        rows = rows.filter(claim=claim)
    return list(rows.values_list("id", "claim_id", "field", "from_value", "to_value", "note", "evidence_url"))


# ---------------------------------------------------------------------------------------------
# The pages and the API only ever add to it


def test_a_review_on_the_page_appends_and_leaves_earlier_rows_as_they_were(analyst_client, reviewed):
    before = history(reviewed)
    response = analyst_client.post(
        reverse("claim-review", args=[reviewed.pk]),
        {"status": "denied", "credibility": "2", "note": "retracted", "version": reviewed.version},
    )
    assert response.status_code == 302
    after = history(reviewed)
    assert after[: len(before)] == before
    assert [(row[2], row[4], row[5]) for row in after[len(before) :]] == [("status", "denied", "retracted")]


def test_a_review_through_the_api_appends_and_leaves_earlier_rows_as_they_were(client, analyst, reviewed):
    token = ApiToken.issue(analyst, "t")[1]
    before = history(reviewed)
    response = client.post(
        reverse("api:review_claim", args=[reviewed.pk]),
        json.dumps({"status": "denied", "version": reviewed.version}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    assert history(reviewed)[: len(before)] == before and len(history(reviewed)) == len(before) + 1


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
@pytest.mark.parametrize("name", ["api:get_claim", "api:review_claim"])
def test_the_api_has_no_way_to_change_or_delete_a_review(client, superuser, reviewed, method, name):
    token = ApiToken.issue(superuser, "t")[1]
    before = history()
    response = getattr(client, method)(
        reverse(name, args=[reviewed.pk]),
        json.dumps({"status": "unverified", "note": "rewritten"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 405
    assert history() == before


# ---------------------------------------------------------------------------------------------
# The admin: the history's own pages


def test_the_admin_shows_the_history_read_only(admin_client, reviewed):
    row = reviewed.history.first()
    html = admin_client.get(reverse("admin:claims_statuschange_change", args=[row.pk])).content.decode()
    assert "first look" in html
    assert 'name="note"' not in html and 'name="_save"' not in html


def test_not_even_a_superuser_changes_a_history_row_in_the_admin(admin_client, reviewed):
    row = reviewed.history.first()
    before = history()
    response = admin_client.post(
        reverse("admin:claims_statuschange_change", args=[row.pk]),
        {"note": "rewritten", "to_value": "denied", "from_value": "confirmed", "field": "status"},
    )
    assert response.status_code == 403
    assert history() == before


def test_not_even_a_superuser_adds_a_history_row_in_the_admin(admin_client, reviewed):
    before = history()
    response = admin_client.post(
        reverse("admin:claims_statuschange_add"),
        {"claim": reviewed.pk, "field": "status", "from_value": "confirmed", "to_value": "denied"},
    )
    assert response.status_code == 403
    assert history() == before


def test_not_even_a_superuser_deletes_a_history_row_in_the_admin(admin_client, reviewed):
    row = reviewed.history.first()
    before = history()
    url = reverse("admin:claims_statuschange_delete", args=[row.pk])
    assert admin_client.get(url).status_code == 403
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert history() == before


def test_the_history_list_offers_no_bulk_delete_and_refuses_one(admin_client, reviewed):
    changelist = reverse("admin:claims_statuschange_changelist")
    html = admin_client.get(changelist).content.decode()
    assert "Troops arrived in Kursk" in html
    assert "delete_selected" not in html
    before = history()
    ids = [row[0] for row in before]
    response = admin_client.post(
        changelist, {"action": "delete_selected", "_selected_action": ids, "post": "yes"}
    )
    assert response.status_code == 200  # the list again, nothing done
    assert history() == before


# ---------------------------------------------------------------------------------------------
# The admin: what the history hangs on


def test_the_claim_form_cannot_change_or_delete_its_history_inline(admin_client, reviewed):
    url = reverse("admin:claims_claim_change", args=[reviewed.pk])
    page = admin_client.get(url)
    data = form_data(page)
    assert "history-TOTAL_FORMS" in data  # the inline is on the page (read-only)
    for index in range(int(data["history-INITIAL_FORMS"])):
        data[f"history-{index}-DELETE"] = "on"
        data[f"history-{index}-note"] = "rewritten"
        data[f"history-{index}-to_value"] = "unverified"
    data["history-TOTAL_FORMS"] = str(int(data["history-TOTAL_FORMS"]) + 1)
    extra = int(data["history-TOTAL_FORMS"]) - 1
    data.update({f"history-{extra}-field": "status", f"history-{extra}-to_value": "denied"})
    data["statement"] = "Troops arrived in Kursk (edited)"
    before = history()
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Claim.objects.get(pk=reviewed.pk).statement == "Troops arrived in Kursk (edited)"
    assert history() == before


def test_a_claim_with_history_cannot_be_deleted_and_the_admin_says_why(admin_client, reviewed):
    url = reverse("admin:claims_claim_delete", args=[reviewed.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert refused_for_its_history(page)
    before = history()
    response = admin_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert Claim.objects.filter(pk=reviewed.pk).exists() and history() == before


def test_a_bulk_delete_of_claims_that_include_a_reviewed_one_deletes_none(admin_client, reviewed):
    unreviewed = make_claim(statement="Nobody looked at this")
    changelist = reverse("admin:claims_claim_changelist")
    selected = {"action": "delete_selected", "_selected_action": [reviewed.pk, unreviewed.pk]}
    page = admin_client.post(changelist, selected)
    assert page.status_code == 200 and refused_for_its_history(page)
    before = history()
    response = admin_client.post(changelist, {**selected, "post": "yes"})
    assert response.status_code == 200
    assert Claim.objects.filter(pk__in=[reviewed.pk, unreviewed.pk]).count() == 2
    assert history() == before


def test_a_report_whose_claim_has_history_cannot_be_deleted(admin_client, reviewed):
    url = reverse("admin:claims_report_delete", args=[reviewed.report_id])
    assert refused_for_its_history(admin_client.get(url))
    before = history()
    assert admin_client.post(url, {"post": "yes"}).status_code == 200
    assert Report.objects.filter(pk=reviewed.report_id).exists() and history() == before


def test_the_analyst_who_wrote_history_cannot_be_deleted(admin_client, reviewed, analyst):
    url = reverse("admin:auth_user_delete", args=[analyst.pk])
    assert refused_for_its_history(admin_client.get(url))
    before = history()
    assert admin_client.post(url, {"post": "yes"}).status_code == 200
    assert User.objects.filter(pk=analyst.pk).exists() and history() == before


def test_a_claim_without_history_can_still_be_deleted(admin_client):
    claim = make_claim(statement="A parsing mistake")
    response = admin_client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Claim.objects.filter(pk=claim.pk).exists()


def refused_for_its_history(page) -> bool:
    """The admin's "Cannot delete" page, naming the status history as what stands in the way."""
    html = page.content.decode()
    return "<h1>Cannot delete" in html and "<li>status change" in html.replace("\n", "")


def form_data(response) -> dict:
    """What the browser would post back from an admin change page, unchanged."""
    data: dict = {}

    def add(form, prefix: str = "") -> None:
        for name, field in form.fields.items():
            value = form[name].value()
            key = f"{prefix}{name}"
            if isinstance(value, bool):
                if value:
                    data[key] = "on"
                continue
            value = field.prepare_value(value)
            if value is None:
                data[key] = ""
            elif isinstance(value, list | tuple):
                data[key] = [str(v) for v in value]
            else:
                data[key] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = str(value)
        for form in formset.initial_forms:
            add(form, f"{form.prefix}-")
    return data


def test_the_database_itself_refuses_to_change_or_delete_history_rows(reviewed):
    """Raw SQL, past Django: the triggers of migration 0007 refuse UPDATE and DELETE."""
    from django.db import IntegrityError, connection, transaction

    row = StatusChange.objects.filter(claim=reviewed).first()
    before = StatusChange.objects.filter(claim=reviewed).count()
    for sql in (
        "UPDATE claims_statuschange SET note = 'rewritten' WHERE id = %s",
        "UPDATE claims_statuschange SET to_value = 'confirmed' WHERE id = %s",
        "DELETE FROM claims_statuschange WHERE id = %s",
    ):
        with (
            pytest.raises(IntegrityError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [row.pk])
    row.refresh_from_db()
    assert row.note == "first look" and StatusChange.objects.filter(claim=reviewed).count() == before
    # Appending is what the history is for: still allowed in raw SQL.
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO claims_statuschange"
            " (claim_id, field, from_value, to_value, changed_at, note, evidence_url)"
            " VALUES (%s, 'status', 'disputed', 'confirmed', %s, '', '')",
            [reviewed.pk, row.changed_at],
        )
    assert StatusChange.objects.filter(claim=reviewed).count() == before + 1


def test_the_database_refuses_to_change_or_delete_corrections_and_proposition_changes(analyst):
    """Raw SQL, past Django: migration 0011 gives the other history tables the same triggers."""
    from django.db import IntegrityError, connection, transaction

    from claims.models import ClaimCorrection, Proposition, PropositionChange
    from claims.review import corrections

    claim = make_claim(statement="Troops arrived in Kursk")
    corrections.correct_claim(claim, by=analyst, changes={"statement": "Troops arrived in Sumy"})
    correction = ClaimCorrection.objects.get(claim=claim)
    proposition = Proposition.objects.create(key="t:arrival", scope="t", statement="Troops arrived")
    change = PropositionChange.objects.create(
        proposition=proposition, kind=PropositionChange.Kind.MOVE_IN, claim=claim, note="grouped"
    )
    for sql, pk in (
        ("UPDATE claims_claimcorrection SET note = 'rewritten' WHERE id = %s", correction.pk),
        ("UPDATE claims_claimcorrection SET to_value = 'x' WHERE id = %s", correction.pk),
        ("DELETE FROM claims_claimcorrection WHERE id = %s", correction.pk),
        ("UPDATE claims_propositionchange SET note = 'rewritten' WHERE id = %s", change.pk),
        ("UPDATE claims_propositionchange SET kind = 'merge' WHERE id = %s", change.pk),
        ("DELETE FROM claims_propositionchange WHERE id = %s", change.pk),
    ):
        with (
            pytest.raises(IntegrityError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [pk])
    correction.refresh_from_db()
    change.refresh_from_db()
    assert correction.to_value == "Troops arrived in Sumy" and change.note == "grouped"
    # A proposition change outlives a deleted claim (on_delete=SET_NULL): only claim_id is cleared.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_propositionchange SET claim_id = NULL WHERE id = %s", [change.pk])
    change.refresh_from_db()
    assert change.claim_id is None and change.note == "grouped"
