import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Source
from tests.support.factories import make_claim, make_source

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


def test_the_source_list_counts_claims_by_status(viewer_client):
    hur = make_source("HUR", reliability="B")
    for status in ["confirmed", "confirmed", "denied", "unverified"]:
        make_claim(source=hur, status=status)
    html = viewer_client.get(reverse("source-list")).content.decode()
    row = html[html.index(f'id="source-row-{hur.pk}"') :].split("</tr>")[0]
    cells = [c.split("</td>")[0] for c in row.split('<td class="num">')[1:]]
    assert cells[:4] == ["2", "1", "0", "1"]
    assert ">4</a>" in cells[4]
    assert 'class="grade grade-B"' in row


def test_unreviewed_sources_come_first_and_stand_out(viewer_client):
    make_source("Aardvark Agency", reviewed=True)
    found = make_source("Zed Channel", reviewed=False)
    html = viewer_client.get(reverse("source-list")).content.decode()
    assert html.index("Zed Channel") < html.index("Aardvark Agency")
    assert f'<tr class="is-unreviewed" id="source-row-{found.pk}">' in html
    only = viewer_client.get(reverse("source-list"), {"unreviewed": "1"}).content.decode()
    assert "Zed Channel" in only and "Aardvark Agency" not in only


def test_sources_sort_by_name_whatever_its_case(viewer_client):
    for name in ["bellingcat", "Zvezda", "afp", "Meduza"]:
        make_source(name, reviewed=True)
    html = viewer_client.get(reverse("source-list")).content.decode()
    assert sorted(["bellingcat", "Zvezda", "afp", "Meduza"], key=html.index) == [
        "afp",
        "bellingcat",
        "Meduza",
        "Zvezda",
    ]


def test_the_source_list_query_count_does_not_grow_with_sources(viewer_client):
    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert viewer_client.get(reverse("source-list")).status_code == 200
        return len(ctx.captured_queries)

    for _ in range(3):
        make_claim()
    few = queries()
    for _ in range(30):
        make_claim()
    assert queries() == few <= 8


def test_an_analyst_grades_a_source_and_edits_its_aliases(analyst_client):
    source = make_source("Zed Channel", reviewed=False)
    response = analyst_client.post(
        reverse("source-edit", args=[source.pk]),
        {"reliability": "D", "aliases": "Зед\nZed TV\n zed tv \n", "notes": "Pro-Kremlin", "reviewed": "on"},
        **HX,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="source-card"') and "<html" not in html
    assert "Saved." in html
    source.refresh_from_db()
    assert (source.reliability, source.aliases, source.reviewed) == ("D", ["Зед", "Zed TV"], True)


def test_an_invalid_grade_is_refused(analyst_client):
    source = make_source("Zed Channel")
    response = analyst_client.post(
        reverse("source-edit", args=[source.pk]), {"reliability": "Z", "aliases": ""}, **HX
    )
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    source.refresh_from_db()
    assert source.reliability == "F"


def test_viewers_may_not_edit_sources(viewer_client):
    source = make_source("Zed Channel")
    html = viewer_client.get(source.get_absolute_url()).content.decode()
    assert "source-form" not in html
    response = viewer_client.post(reverse("source-edit", args=[source.pk]), {"reliability": "A"})
    assert response.status_code == 403
    assert Source.objects.get(pk=source.pk).reliability == "F"


def test_the_source_page_lists_its_claims(viewer_client):
    source = make_source("HUR")
    make_claim(source=source, statement="Troops arrived")
    make_claim(statement="Someone else said")
    html = viewer_client.get(source.get_absolute_url()).content.decode()
    assert "Troops arrived" in html and "Someone else said" not in html
    assert f"?source={source.pk}&amp;topic=all" in html


def test_source_names_and_aliases_are_never_html(viewer_client):
    source = make_source("<script>alert(1)</script>", aliases=["<img src=x onerror=alert(2)>"])
    html = viewer_client.get(source.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
