from datetime import date

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimLocation, StatusChange
from tests.support.factories import make_claim, make_place, make_report, make_source

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


def claim_in_report(text="First sentence. Troops arrived in Kursk on Monday. Last sentence.", **kw):
    report = make_report(text=text)
    sentence = "Troops arrived in Kursk on Monday."
    start = text.index(sentence)
    return Claim.objects.create(
        report=report,
        source=kw.pop("source", None) or make_source("HUR", reliability="B"),
        fingerprint=kw.pop("fingerprint", "fp-kursk"),
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        statement=kw.pop("statement", "Troops arrived in Kursk"),
        timeline_date=date(2024, 10, 28),
        **kw,
    )


def review_data(claim, **changes):
    data = {
        "status": "confirmed",
        "credibility": "2",
        "note": "Seen on video",
        "evidence_url": "",
        "version": claim.version,
    }
    data.update(changes)
    return data


# ---------------------------------------------------------------------------------------------
# The claim page


def test_the_claim_is_highlighted_inside_its_report_text(viewer_client):
    claim = claim_in_report()
    html = viewer_client.get(claim.get_absolute_url()).content.decode()
    assert (
        'First sentence. <mark id="claim-mark" class="claim-mark">Troops arrived in Kursk on Monday.</mark>'
        " Last sentence." in html
    )


def test_offsets_that_no_longer_fit_fall_back_to_finding_the_sentence(viewer_client):
    claim = claim_in_report()
    Claim.objects.filter(pk=claim.pk).update(char_start=0, char_end=5)
    html = viewer_client.get(claim.get_absolute_url()).content.decode()
    assert '<mark id="claim-mark" class="claim-mark">Troops arrived in Kursk on Monday.</mark>' in html


def test_the_claim_page_shows_source_grade_places_figures_time_and_other_claims(viewer_client):
    claim = claim_in_report(
        event_start=date(2024, 10, 28),
        date_precision="day",
        date_text="on Monday",
        figures=[
            {"value": 3000, "unit": "soldiers", "qualifier": "at_least", "text": "at least 3,000 soldiers"}
        ],
    )
    ClaimLocation.objects.create(claim=claim, location=make_place("Kursk"), mention="Kursk")
    other = make_claim(report=claim.report, statement="Another claim in the same report")
    html = viewer_client.get(claim.get_absolute_url()).content.decode()
    assert ">HUR</a>" in html and "B - usually reliable" in html
    assert "28 Oct 2024" in html and "(day, from “on Monday”)" in html
    assert "at least 3,000 soldiers" in html
    assert 'id="claim-map"' in html and '"name": "Kursk"' in html
    assert other.get_absolute_url() in html and "Another claim in the same report" in html


def test_the_history_lists_who_changed_what_when_with_note_and_evidence(viewer_client, analyst):
    claim = claim_in_report()
    claim.review(
        by=analyst,
        status="confirmed",
        credibility=2,
        note="Video geolocated",
        evidence_url="https://example.org/v",
    )
    html = viewer_client.get(claim.get_absolute_url()).content.decode()
    assert "ann.analyst" in html
    assert "Status: Unverified → <strong>Confirmed</strong>" in html
    assert "Credibility: 6 - cannot be judged → <strong>2 - probably true</strong>" in html
    assert "Video geolocated" in html and 'href="https://example.org/v"' in html


def test_user_text_on_the_claim_page_is_never_html(viewer_client):
    text = "Intro. The <img src=x onerror=alert(1)> claim. End."
    report = make_report(text=text)
    sentence = "The <img src=x onerror=alert(1)> claim."
    claim = Claim.objects.create(
        report=report,
        source=make_source("<script>alert(2)</script>"),
        fingerprint="xss",
        sentence=sentence,
        char_start=text.index(sentence),
        char_end=text.index(sentence) + len(sentence),
        statement="<img src=x onerror=alert(1)>",
        timeline_date=date(2024, 10, 1),
    )
    ClaimLocation.objects.create(claim=claim, location=make_place("</script><b>x"), mention="<i>k</i>")
    html = viewer_client.get(claim.get_absolute_url()).content.decode()
    assert "<img src=x" not in html and "<script>alert(2)" not in html and "<i>k</i>" not in html
    # The map data reaches JavaScript through json_script, which escapes <, > and &.
    assert "\\u003C/script\\u003E\\u003Cb\\u003Ex" in html


def test_an_evidence_link_that_is_not_a_web_address_is_never_linked(viewer_client, analyst):
    claim = claim_in_report()
    claim.review(by=analyst, status="denied", evidence_url="javascript:alert(1)")
    html = viewer_client.get(claim.get_absolute_url()).content.decode()
    assert 'href="javascript:' not in html
    assert "evidence: javascript:alert(1)</span>" in html  # shown as text, not linked


def test_viewers_see_no_review_form(viewer_client):
    claim = claim_in_report()
    html = viewer_client.get(claim.get_absolute_url()).content.decode()
    assert "review-form" not in html and "Save review" not in html


def test_an_unknown_claim_is_a_404(viewer_client):
    assert viewer_client.get(reverse("claim-detail", args=[999999])).status_code == 404


# ---------------------------------------------------------------------------------------------
# Reviewing


def test_an_analyst_confirms_a_claim_and_gets_the_updated_panel_and_an_event(analyst_client, analyst):
    claim = claim_in_report()
    response = analyst_client.post(
        reverse("claim-review", args=[claim.pk]), review_data(claim), **HX, HTTP_HX_TARGET="claim-review"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert response["HX-Trigger"] == "claims-changed"
    assert html.lstrip().startswith('<section id="claim-review"') and "<html" not in html
    assert 'data-status="confirmed"' in html and "Review saved." in html
    claim.refresh_from_db()
    assert (claim.status, claim.credibility, claim.version) == ("confirmed", 2, 2)
    changes = list(StatusChange.objects.filter(claim=claim).order_by("field"))
    assert [(c.field, c.to_value, c.changed_by) for c in changes] == [
        ("credibility", "2", analyst),
        ("status", "confirmed", analyst),
    ]
    assert changes[0].note == "Seen on video"


def test_a_review_from_the_list_answers_with_the_updated_row(analyst_client):
    claim = claim_in_report()
    response = analyst_client.post(
        reverse("claim-review", args=[claim.pk]),
        review_data(claim, status="denied"),
        **HX,
        HTTP_HX_TARGET=f"claim-row-{claim.pk}",
    )
    html = response.content.decode()
    assert response.status_code == 200 and response["HX-Trigger"] == "claims-changed"
    assert html.lstrip().startswith(f'<article id="claim-row-{claim.pk}"')
    assert 'data-status="denied"' in html and "review-form" not in html


def test_the_list_row_opens_and_closes_its_review_form(analyst_client):
    claim = claim_in_report()
    opened = analyst_client.get(
        reverse("claim-review", args=[claim.pk]), **HX, HTTP_HX_TARGET=f"claim-row-{claim.pk}"
    ).content.decode()
    assert f'<article id="claim-row-{claim.pk}"' in opened and "review-form" in opened
    assert f'name="version" value="{claim.version}"' in opened
    closed = analyst_client.get(reverse("claim-row", args=[claim.pk]), **HX).content.decode()
    assert f'<article id="claim-row-{claim.pk}"' in closed and "review-form" not in closed


def test_a_stale_review_is_refused_with_a_clear_message(analyst_client, analyst, viewer):
    claim = claim_in_report()
    loaded_version = claim.version
    claim.review(by=analyst, status="denied", note="first analyst")  # someone else, meanwhile
    response = analyst_client.post(
        reverse("claim-review", args=[claim.pk]),
        review_data(claim, version=loaded_version),
        **HX,
        HTTP_HX_TARGET="claim-review",
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "changed by someone else" in html and "Denied" in html
    assert "HX-Trigger" not in response
    claim.refresh_from_db()
    assert claim.status == "denied" and claim.history.count() == 1
    # The form now carries the current version, so a deliberate second try can go through.
    assert f'name="version" value="{claim.version}"' in html


def test_invalid_review_input_is_a_400_with_the_reason(analyst_client):
    claim = claim_in_report()
    response = analyst_client.post(
        reverse("claim-review", args=[claim.pk]),
        review_data(claim, status="maybe", credibility="9", evidence_url="javascript:alert(1)"),
        **HX,
        HTTP_HX_TARGET="claim-review",
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "not one of the available choices" in html
    assert "http:// or https://" in html
    claim.refresh_from_db()
    assert claim.status == "unverified" and claim.version == 1


def test_viewers_may_not_review(viewer_client):
    claim = claim_in_report()
    response = viewer_client.post(
        reverse("claim-review", args=[claim.pk]), review_data(claim), **HX, HTTP_HX_TARGET="claim-review"
    )
    assert response.status_code == 403
    assert "may browse claims but not review them" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "unverified"
    assert viewer_client.post(reverse("claim-review", args=[claim.pk]), review_data(claim)).status_code == 403


def test_anonymous_users_may_not_review(client):
    claim = claim_in_report()
    response = client.post(reverse("claim-review", args=[claim.pk]), review_data(claim))
    assert response.status_code == 302 and reverse("login") in response["Location"]
    claim.refresh_from_db()
    assert claim.status == "unverified"


def test_a_review_needs_the_csrf_token(analyst):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    claim = claim_in_report()
    response = client.post(reverse("claim-review", args=[claim.pk]), review_data(claim), **HX)
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == "unverified"


def test_a_review_without_javascript_redirects_back_to_the_claim(analyst_client):
    claim = claim_in_report()
    response = analyst_client.post(reverse("claim-review", args=[claim.pk]), review_data(claim), follow=True)
    assert response.redirect_chain[-1][0] == claim.get_absolute_url() + "#claim-review"
    assert "Review saved." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "confirmed"


def test_saving_the_same_verdict_again_changes_nothing(analyst_client):
    claim = claim_in_report()
    response = analyst_client.post(
        reverse("claim-review", args=[claim.pk]),
        review_data(claim, status="unverified", credibility="6"),
        **HX,
        HTTP_HX_TARGET="claim-review",
    )
    assert response.status_code == 200 and "HX-Trigger" not in response
    assert "Nothing changed" in response.content.decode()
    assert StatusChange.objects.count() == 0


def test_review_is_post_or_get_only(analyst_client):
    claim = claim_in_report()
    assert analyst_client.put(reverse("claim-review", args=[claim.pk])).status_code == 405


def test_the_claim_page_query_count_does_not_grow_with_history_or_sibling_claims(
    viewer_client, analyst, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    claim = claim_in_report()
    ClaimLocation.objects.create(claim=claim, location=make_place("Kursk"))

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert viewer_client.get(claim.get_absolute_url()).status_code == 200
        return len(ctx.captured_queries)

    few = queries()
    for i in range(10):
        make_claim(report=claim.report, source=make_source())
        claim.review(by=analyst, credibility=1 + i % 6, note=f"note {i}")
        ClaimLocation.objects.create(claim=claim, location=make_place())
    with django_assert_max_num_queries(12):
        assert queries() == few


def test_the_claim_page_query_count_does_not_grow_with_corrections_topics_or_reviews(
    analyst_client, analyst, django_assert_max_num_queries
):
    """An analyst's claim page (review form, correction panel, history of verdicts and
    corrections, topics, places) costs the same number of queries however much the claim has;
    the correction form's choosers and the likely duplicates are fragments loaded on demand."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.models import CorrectionField, Topic
    from claims.review import corrections

    claim = claim_in_report()

    def queries(url, **headers):
        with CaptureQueriesContext(connection) as ctx:
            response = analyst_client.get(url, **headers)
            assert response.status_code == 200
        return len(ctx.captured_queries), response.content.decode()

    pages = {
        "page": (claim.get_absolute_url(), {}),
        "form": (reverse("claim-correct", args=[claim.pk]), HX),
        "duplicates": (reverse("claim-merge", args=[claim.pk]), HX),
    }
    few = {name: queries(url, **headers)[0] for name, (url, headers) in pages.items()}
    topics = [Topic.objects.create(name=f"Topic {i}", slug=f"topic-{i}") for i in range(6)]
    places = [make_place(f"Place {i}") for i in range(6)]
    for i in range(6):
        claim.refresh_from_db()
        changes = {
            CorrectionField.STATEMENT: f"Troops arrived, take {i}",
            CorrectionField.TOPICS: topics[: i + 1],
            CorrectionField.PLACES: places[: i + 1],
        }
        corrections.correct_claim(claim, by=analyst, changes=changes, note=f"fix {i}")
        claim.refresh_from_db()
        claim.review(by=analyst, credibility=1 + i % 6, note=f"note {i}")
        make_claim(report=claim.report, source=make_source(), statement=f"Troops arrived, take {i}")
    with django_assert_max_num_queries(12):
        count, html = queries(claim.get_absolute_url())
    assert count == few["page"]
    assert "Topic 5" in html and "Place 5" in html and "fix 5" in html and "note 5" in html
    assert "Save corrections" not in html  # its choosers come with the fragment
    count, html = queries(*pages["form"][:1], **HX)
    assert count == few["form"] and "Save corrections" in html and "<html" not in html
    count, html = queries(*pages["duplicates"][:1], **HX)
    assert count == few["duplicates"] and "Likely duplicates" in html
    # Without htmx (no JavaScript) the same URL is the claim page with both already in it.
    html = analyst_client.get(reverse("claim-correct", args=[claim.pk])).content.decode()
    assert "<html" in html and "Save corrections" in html and "Likely duplicates" in html
