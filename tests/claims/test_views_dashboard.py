from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import ClaimLocation, LocationKind, Status, Topic
from tests.support.factories import make_claim, make_place, make_report, make_source

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


def place_claims(place, n, **kw):
    claims = [make_claim(**kw) for _ in range(n)]
    for claim in claims:
        ClaimLocation.objects.create(claim=claim, location=place)
    return claims


def count_queries(client, url, **headers) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return len(ctx.captured_queries)


# ---------------------------------------------------------------------------------------------
# Access


def test_the_dashboard_asks_anonymous_visitors_to_log_in(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_an_htmx_request_without_a_session_sends_the_browser_to_the_login_page(client):
    response = client.get(
        reverse("dashboard-map"), **HX, HTTP_HX_CURRENT_URL="http://testserver/?status=denied"
    )
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith(reverse("login") + "?next=")
    assert "status%3Ddenied" in response["HX-Redirect"]


def test_map_and_timeline_data_need_a_login(client):
    assert client.get(reverse("dashboard-map")).status_code == 302
    assert client.get(reverse("dashboard-timeline")).status_code == 302


def test_the_dashboard_takes_only_get(viewer_client):
    assert viewer_client.post(reverse("dashboard")).status_code == 405


# ---------------------------------------------------------------------------------------------
# Page and fragment


def test_the_dashboard_shows_filters_map_timeline_and_list(viewer_client):
    claim = make_claim(statement="Troops arrived in Kursk")
    response = viewer_client.get(reverse("dashboard"))
    html = response.content.decode()
    assert response.status_code == 200
    for marker in ('id="filters"', 'id="map"', 'id="timeline"', 'id="claim-list"', 'id="map-config"'):
        assert marker in html
    assert "Troops arrived in Kursk" in html
    assert claim.get_absolute_url() in html


def test_a_filter_change_answers_with_the_list_fragment_only(viewer_client):
    hur, kremlin = make_source("HUR"), make_source("Kremlin")
    make_claim(source=hur, statement="HUR says troops arrived")
    make_claim(source=kremlin, statement="Kremlin says nothing")
    response = viewer_client.get(reverse("dashboard"), {"source": hur.pk}, **HX)
    html = response.content.decode()
    assert "<html" not in html and 'id="filters"' not in html
    assert html.lstrip().startswith('<div id="claim-list"')
    assert "HUR says troops arrived" in html and "Kremlin says nothing" not in html
    assert f'data-query="source={hur.pk}"' in html


def test_the_list_fragment_updates_source_and_status_counts_out_of_band(viewer_client):
    hur, kremlin = make_source("HUR"), make_source("Kremlin")
    make_claim(source=hur, status=Status.CONFIRMED)
    make_claim(source=hur)
    make_claim(source=kremlin)
    html = viewer_client.get(reverse("dashboard"), {"status": "confirmed"}, **HX).content.decode()
    assert 'id="source-options" class="options" hx-swap-oob="true"' in html
    # Source counts ignore the source filter but follow the others: only HUR has a confirmed claim.
    assert f'id="source-{hur.pk}"' in html and f'id="source-{kremlin.pk}"' not in html
    # Status counts ignore the status filter but follow the others.
    assert 'id="status-count-unverified" hx-swap-oob="true">2<' in html
    assert 'id="status-count-confirmed" hx-swap-oob="true">1<' in html


def test_the_full_page_marks_the_filter_state_from_the_url(viewer_client):
    kursk = make_place("Kursk")
    source = make_source("HUR")
    make_claim(source=source)
    ClaimLocation.objects.create(claim=make_claim(), location=kursk)
    html = viewer_client.get(
        reverse("dashboard"),
        {"source": source.pk, "status": "denied", "place": kursk.pk, "from": "2024-10-01", "window": "7d"},
    ).content.decode()
    assert f'value="{source.pk}" checked' in html
    assert 'value="denied" checked' in html
    assert f'<option value="{kursk.pk}" selected>Kursk</option>' in html
    assert 'value="2024-10-01"' in html
    assert 'id="window-7d" value="7d" checked' in html


def test_nonsense_filter_values_are_reported_not_a_server_error(viewer_client):
    response = viewer_client.get(reverse("dashboard"), {"from": "yesterday", "status": "maybe"})
    assert response.status_code == 200
    assert "not a date" in response.content.decode()


def test_the_list_is_paginated_and_sortable_by_event_and_report_date(viewer_client):
    early = make_report(published_at="2024-10-01T12:00:00Z")
    late = make_report(published_at="2024-12-01T12:00:00Z")
    a = make_claim(report=late, statement="Claim A", timeline_date=date(2024, 9, 1))
    b = make_claim(report=early, statement="Claim B", timeline_date=date(2024, 11, 1))

    def order(sort):
        html = viewer_client.get(reverse("dashboard"), {"sort": sort, "topic": "all"}, **HX).content.decode()
        return html.index(f"claim-row-{a.pk}") < html.index(f"claim-row-{b.pk}")

    assert order("event") is True  # A's event comes first
    assert order("-event") is False
    assert order("report") is False  # B's report comes first
    assert order("-report") is True

    for _ in range(30):
        make_claim()
    page1 = viewer_client.get(reverse("dashboard"), **HX).content.decode()
    page2 = viewer_client.get(reverse("dashboard"), {"page": 2}, **HX).content.decode()
    assert page1.count('class="claim-row"') == 25 and page2.count('class="claim-row"') == 7
    assert "page=2" in page1 and "Page 2 of 2" in page2


def test_rows_show_source_grade_stance_places_figures_and_status(viewer_client):
    source = make_source("HUR", reliability="B")
    claim = make_claim(
        source=source,
        stance="denies",
        status="disputed",
        figures=[{"value": 12000, "unit": "soldiers", "qualifier": "about", "text": "some 12,000 soldiers"}],
        event_start=date(2024, 10, 23),
        date_precision="day",
    )
    ClaimLocation.objects.create(claim=claim, location=make_place("Sudzha"))
    html = viewer_client.get(reverse("dashboard"), **HX).content.decode()
    assert ">HUR</a>" in html and 'class="grade grade-B"' in html
    assert "rejects it" in html and "Disputed" in html
    assert "Sudzha" in html and "about 12,000 soldiers" in html
    assert "23 Oct 2024" in html


def test_a_claim_without_event_date_is_shown_with_its_report_date_as_such(viewer_client):
    report = make_report(published_at="2024-11-04T09:00:00Z")
    make_claim(report=report, event_start=None, timeline_date=date(2024, 11, 4))
    html = viewer_client.get(reverse("dashboard"), **HX).content.decode()
    assert "reported 4 Nov 2024" in html


def test_viewers_get_no_review_controls_and_analysts_do(viewer_client, analyst, client):
    make_claim()
    assert "review-open" not in viewer_client.get(reverse("dashboard")).content.decode()
    client.force_login(analyst)
    assert "review-open" in client.get(reverse("dashboard")).content.decode()


def test_user_text_in_the_list_is_escaped(viewer_client):
    make_claim(statement="<img src=x onerror=alert(1)>", source=make_source("<b>Evil</b>"))
    html = viewer_client.get(reverse("dashboard")).content.decode()
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>Evil</b>" not in html


def test_every_topic_is_shown_first_and_a_topic_says_what_it_leaves_out(viewer_client):
    topic = Topic.objects.create(name="NK troops", slug="nk", is_default=True)
    on = make_claim(statement="On topic")
    on.topics.add(topic)
    make_claim(statement="Off topic")
    html = viewer_client.get(reverse("dashboard")).content.decode()
    assert "On topic" in html and "Off topic" in html and 'id="left-out"' not in html
    html = " ".join(viewer_client.get(reverse("dashboard"), {"topic": "nk"}).content.decode().split())
    assert "Off topic" not in html
    assert '1 claim outside the topic “NK troops” – <a href="/">show</a>' in html


def test_each_filter_part_counts_what_it_hides_with_a_link_without_it(viewer_client):
    hur, kremlin = make_source("HUR"), make_source("Kremlin")
    make_claim(source=hur, status="confirmed", statement="troops arrived")
    make_claim(source=kremlin, status="confirmed", statement="troops arrived")
    make_claim(source=hur, status="denied", statement="troops arrived")
    make_claim(source=hur, status="confirmed", statement="nothing")
    response = viewer_client.get(
        reverse("dashboard"), {"source": hur.pk, "status": "confirmed", "q": "troops"}
    )
    parts = {item.part: (item.count, item.query) for item in response.context["left_out"]}
    assert parts == {
        "sources": (1, "status=confirmed&q=troops"),
        "statuses": (1, f"source={hur.pk}&q=troops"),
        "q": (1, f"source={hur.pk}&status=confirmed"),
    }
    assert "1 claim from other sources" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"source": "hur", "status": "confirmed"},
        {"source": "hur", "status": "confirmed", "topic": "nk"},
        {"status": "denied", "topic": "nk"},
        {"source": "hur", "q": "troops"},
        {"source": "hur", "date_from": "2024-11-02"},
    ],
)
def test_what_the_filter_leaves_out_is_the_same_from_the_kept_counts_as_counted(
    viewer_client, settings, query
):
    from django.core.cache import cache

    hur, kremlin = make_source("HUR"), make_source("Kremlin")
    topic = Topic.objects.create(name="NK troops", slug="nk")
    for i, (source, status) in enumerate(
        [(hur, "confirmed"), (kremlin, "confirmed"), (hur, "denied"), (kremlin, "denied"), (hur, "confirmed")]
    ):
        claim = make_claim(source=source, status=status, statement="troops arrived" if i % 2 else "nothing")
        claim.event_start = claim.event_end = date(2024, 11, 1 + i)
        claim.timeline_date = claim.event_start
        claim.save()
        if i != 1:
            claim.topics.add(topic)
    query = query | {"source": hur.pk} if "source" in query else query
    answers = []
    for kept in (True, False):
        settings.PANEL_COUNTS = kept
        cache.clear()
        response = viewer_client.get(reverse("dashboard"), query)
        answers.append(sorted((i.part, i.count, i.query) for i in response.context["left_out"]))
    assert answers[0] == answers[1]
    assert answers[0]


def test_the_place_chooser_is_the_same_from_the_kept_counts_as_from_the_claims(settings):
    from claims.queries import places_with_claims

    kursk, orel, _nowhere = make_place("Kursk"), make_place("orel"), make_place("Nowhere")
    ClaimLocation.objects.create(claim=make_claim(), location=kursk)
    ClaimLocation.objects.create(claim=make_claim(), location=orel)
    superseded = make_claim()
    ClaimLocation.objects.create(claim=superseded, location=_nowhere)
    superseded.superseded_at = superseded.created_at
    superseded.save()
    settings.PANEL_COUNTS = True
    kept = list(places_with_claims())
    settings.PANEL_COUNTS = False
    assert kept == list(places_with_claims()) == [(kursk.pk, "Kursk"), (orel.pk, "orel")]


# ---------------------------------------------------------------------------------------------
# Query counts do not grow with the data


def make_many(n):
    places = [make_place(lat=50 + i / 10, lon=36 + i / 10) for i in range(3)]
    sources = [make_source() for _ in range(3)]
    for i in range(n):
        claim = make_claim(
            source=sources[i % 3],
            status=Status.values[i % 4],
            figures=[{"value": i, "unit": "soldiers"}],
            timeline_date=date(2024, 10, 1 + i % 28),
        )
        ClaimLocation.objects.create(claim=claim, location=places[i % 3])


@pytest.mark.parametrize(
    ("name", "headers", "limit"),
    [
        ("dashboard", {}, 13),
        ("dashboard", HX, 11),
        ("dashboard-map", {}, 6),
        ("dashboard-timeline", {}, 5),
        ("dashboard-changes", {}, 3),
    ],
)
def test_query_counts_are_pinned_and_do_not_grow_with_claims(
    viewer_client, django_assert_max_num_queries, name, headers, limit
):
    url = reverse(name)
    make_many(4)
    few = count_queries(viewer_client, url, **headers)
    make_many(40)
    with django_assert_max_num_queries(limit):
        many = count_queries(viewer_client, url, **headers)
    assert many == few


def test_the_place_chooser_lists_places_with_claims_escaped_with_the_chosen_one_selected(viewer_client):
    kursk = make_place("Kursk <b>oblast</b>")
    sudzha = make_place("Sudzha & around")
    make_place("Nowhere in any claim")
    place_claims(kursk, 1)
    place_claims(sudzha, 2)
    html = viewer_client.get(reverse("dashboard"), {"place": sudzha.pk}).content.decode()
    chooser = html[html.index('id="filter-place"') : html.index("</select>", html.index('id="filter-place"'))]
    assert f'<option value="{kursk.pk}">Kursk &lt;b&gt;oblast&lt;/b&gt;</option>' in chooser
    assert f'<option value="{sudzha.pk}" selected>Sudzha &amp; around</option>' in chooser
    assert "Nowhere" not in chooser and "<b>" not in chooser
    assert chooser.count(" selected") == 1


# ---------------------------------------------------------------------------------------------
# Map data


def test_the_map_gets_one_entry_per_place_aggregated_on_the_server(viewer_client):
    kursk = make_place("Kursk", 51.73, 36.19)
    vladivostok = make_place("Vladivostok", 43.12, 131.89)
    place_claims(kursk, 3, status="confirmed")
    place_claims(vladivostok, 1, status="confirmed")
    place_claims(vladivostok, 2, status="denied")
    data = viewer_client.get(reverse("dashboard-map")).json()
    by_name = {p["name"]: p for p in data["places"]}
    assert set(by_name) == {"Kursk", "Vladivostok"}
    assert by_name["Kursk"]["count"] == 3 and by_name["Kursk"]["status"] == "confirmed"
    assert by_name["Vladivostok"]["count"] == 3 and by_name["Vladivostok"]["status"] == "mixed"
    assert by_name["Vladivostok"]["statuses"] == {"confirmed": 1, "denied": 2}
    assert by_name["Kursk"]["lat"] == 51.73 and by_name["Kursk"]["lon"] == 36.19


def test_the_map_sends_only_places_inside_the_visible_box(viewer_client):
    place_claims(make_place("Kursk", 51.73, 36.19), 1)
    place_claims(make_place("Vladivostok", 43.12, 131.89), 1)
    data = viewer_client.get(reverse("dashboard-map"), {"view": "45,30,60,50"}).json()
    assert [p["name"] for p in data["places"]] == ["Kursk"]


def test_a_visible_box_across_the_antimeridian_keeps_both_sides(viewer_client):
    place_claims(make_place("Anadyr", 64.7, 177.5), 1)
    place_claims(make_place("Nome", 64.5, -165.4), 1)
    place_claims(make_place("Kursk", 51.73, 36.19), 1)
    data = viewer_client.get(reverse("dashboard-map"), {"view": "50,170,70,-160"}).json()
    assert sorted(p["name"] for p in data["places"]) == ["Anadyr", "Nome"]


def test_the_map_follows_the_filters(viewer_client):
    hur = make_source("HUR")
    kursk, seoul = make_place("Kursk"), make_place("Seoul", 37.56, 126.97)
    place_claims(kursk, 2, source=hur)
    place_claims(seoul, 1)
    data = viewer_client.get(reverse("dashboard-map"), {"source": hur.pk}).json()
    assert [(p["name"], p["count"]) for p in data["places"]] == [("Kursk", 2)]


def test_areas_come_with_a_radius_to_draw(viewer_client):
    region = make_place("Kursk region", kind=LocationKind.REGION, radius_km=120)
    country = make_place("Russia", 61.5, 105.3, kind=LocationKind.COUNTRY)
    town = make_place("Sudzha")
    for place in (region, country, town):
        place_claims(place, 1)
    by_name = {p["name"]: p for p in viewer_client.get(reverse("dashboard-map")).json()["places"]}
    assert by_name["Kursk region"]["area"] is True and by_name["Kursk region"]["radius_km"] == 120
    assert by_name["Russia"]["area"] is True and by_name["Russia"]["radius_km"] > 0
    assert by_name["Sudzha"]["area"] is False


def test_a_nonsense_visible_box_is_ignored(viewer_client):
    place_claims(make_place("Kursk"), 1)
    response = viewer_client.get(reverse("dashboard-map"), {"view": "x,y", "bbox": "1,2"})
    assert response.status_code == 200
    assert len(response.json()["places"]) == 1
    assert response.json()["errors"]


# ---------------------------------------------------------------------------------------------
# Timeline data


def test_the_timeline_counts_per_day_and_status_and_marks_report_dates(viewer_client):
    make_claim(timeline_date=date(2024, 10, 1), event_start=date(2024, 10, 1), status="confirmed")
    make_claim(timeline_date=date(2024, 10, 1), event_start=None)
    make_claim(timeline_date=date(2024, 10, 3), event_start=date(2024, 10, 3), status="denied")
    data = viewer_client.get(reverse("dashboard-timeline")).json()
    assert data["unit"] == "day" and data["total"] == 3 and data["by_report"] == 1
    days = {b["start"]: b for b in data["buckets"]}
    # Three days of data are shown in two weeks, in the middle: one day never fills the chart.
    assert len(days) == 14 and data["buckets"][0]["start"] < "2024-10-01" < data["buckets"][-1]["start"]
    first = days["2024-10-01"]
    assert first["total"] == 2
    assert first["counts"] == {"confirmed": {"event": 1}, "unverified": {"report": 1}}
    assert days["2024-10-02"]["total"] == 0 and days["2024-10-03"]["total"] == 1


def test_claims_about_several_days_come_as_spans_and_the_report_date_is_a_basis(viewer_client):
    report = make_report(published_at="2024-11-20T10:00:00Z")
    make_claim(
        report=report,
        timeline_date=date(2024, 11, 1),
        event_start=date(2024, 11, 1),
        event_end=date(2024, 11, 5),
        date_precision="range",
    )
    make_claim(report=report, timeline_date=date(2024, 11, 2), event_start=date(2024, 11, 2))
    data = viewer_client.get(reverse("dashboard-timeline")).json()
    span = {"start": "2024-11-01", "end": "2024-11-05", "status": "unverified", "count": 1}
    assert data["ranges"] == [span]
    data = viewer_client.get(reverse("dashboard-timeline"), {"basis": "report"}).json()
    assert data["basis"] == "report" and data["ranges"] == []
    days = {b["start"]: b["total"] for b in data["buckets"]}
    assert days["2024-11-20"] == 2 and sum(days.values()) == 2


def test_long_ranges_are_counted_per_week(viewer_client):
    make_claim(timeline_date=date(2024, 9, 2))
    make_claim(timeline_date=date(2024, 9, 4))
    make_claim(timeline_date=date(2025, 3, 1))
    data = viewer_client.get(reverse("dashboard-timeline")).json()
    assert data["unit"] == "week"
    first = data["buckets"][0]
    assert (first["start"], first["end"], first["total"]) == ("2024-09-02", "2024-09-08", 2)
    assert sum(b["total"] for b in data["buckets"]) == 3


def test_the_timeline_spans_the_chosen_dates(viewer_client):
    make_claim(timeline_date=date(2024, 10, 5))
    data = viewer_client.get(reverse("dashboard-timeline"), {"from": "2024-10-01", "to": "2024-10-10"}).json()
    assert data["buckets"][0]["start"] == "2024-10-01" and data["buckets"][-1]["end"] == "2024-10-10"
    assert len(data["buckets"]) == 10


# ---------------------------------------------------------------------------------------------
# Live updates


def test_the_change_poll_is_silent_until_claims_change(viewer_client, analyst):
    claim = make_claim()
    first = viewer_client.get(reverse("dashboard-changes"), **HX)
    assert first.status_code == 200 and first["HX-Trigger"] == "claims-changed"
    stamp = first.content.decode().split("stamp=")[1].split('"')[0]
    assert viewer_client.get(reverse("dashboard-changes"), {"stamp": stamp}, **HX).status_code == 204

    make_claim()  # a worker adds a claim
    after_new = viewer_client.get(reverse("dashboard-changes"), {"stamp": stamp}, **HX)
    assert after_new.status_code == 200 and after_new["HX-Trigger"] == "claims-changed"
    stamp = after_new.content.decode().split("stamp=")[1].split('"')[0]

    claim.review(by=analyst, status="confirmed")  # someone reviews one
    after_review = viewer_client.get(reverse("dashboard-changes"), {"stamp": stamp}, **HX)
    assert after_review.status_code == 200 and 'id="change-poller"' in after_review.content.decode()


def test_spans_of_years_are_counted_per_month(viewer_client):
    make_claim(timeline_date=date(2022, 2, 24))
    make_claim(timeline_date=date(2024, 10, 23))
    data = viewer_client.get(reverse("dashboard-timeline")).json()
    assert data["unit"] == "month"
    assert data["buckets"][0]["start"] == "2022-02-01" and data["buckets"][-1]["end"] == "2024-10-31"
    assert len(data["buckets"]) == 33


def test_counts_combine_the_source_and_status_filters(viewer_client):
    hur, kremlin = make_source("HUR"), make_source("Kremlin")
    for source, status in [
        (hur, "confirmed"),
        (hur, "denied"),
        (kremlin, "confirmed"),
        (kremlin, "confirmed"),
    ]:
        make_claim(source=source, status=status)
    html = viewer_client.get(
        reverse("dashboard"), {"source": hur.pk, "status": "confirmed"}, **HX
    ).content.decode()
    assert ">1 claim<" in html
    # Per source: under the status filter only (HUR 1 confirmed, Kremlin 2 confirmed).
    options = html[html.index('id="source-options"') :]
    assert f'id="source-{kremlin.pk}"' in options and ">2</span>" in options
    # Per status: under the source filter only (HUR: 1 confirmed, 1 denied).
    assert 'id="status-count-denied" hx-swap-oob="true">1<' in html
    assert 'id="status-count-confirmed" hx-swap-oob="true">1<' in html


def test_panning_the_map_replaces_the_url_instead_of_adding_history(viewer_client):
    url = reverse("dashboard")
    moved = viewer_client.get(url, {"bbox": "45,30,60,50"}, **HX, HTTP_X_MAP_MOVE="1")
    assert moved["HX-Replace-Url"] == "/?bbox=45%2C30%2C60%2C50"
    assert "HX-Replace-Url" not in viewer_client.get(url, {"bbox": "45,30,60,50"}, **HX)


def test_the_download_links_carry_the_current_filter(viewer_client):
    source = make_source("Pentagon")
    make_claim(source=source, statement="Troops moved")
    html = viewer_client.get(reverse("dashboard"), {"source": source.pk, "topic": "all"}).content.decode()
    query = f"source={source.pk}"  # topic=all is the default: not repeated
    for name in ("export-claims-csv", "export-places-geojson", "export-claimreview"):
        assert f'href="{reverse(name)}?{query}"' in html
    fragment = viewer_client.get(reverse("dashboard"), {"status": "confirmed"}, HTTP_HX_REQUEST="true")
    assert f'href="{reverse("export-claims-csv")}?status=confirmed"' in fragment.content.decode()


def test_a_cached_page_never_shows_another_requests_filter_errors(viewer_client):
    make_claim()
    bad = viewer_client.get(reverse("dashboard"), {"source": "abc"}).content.decode()
    assert "Ignored source=" in bad
    clean = viewer_client.get(reverse("dashboard")).content.decode()
    assert "Ignored source=" not in clean


def test_pages_name_an_icon_that_exists_so_browsers_do_not_ask_for_a_missing_favicon(viewer_client):
    from django.contrib.staticfiles import finders

    html = viewer_client.get(reverse("dashboard")).content.decode()
    assert '<link rel="icon" type="image/svg+xml" href="/static/img/icon.svg">' in html
    assert finders.find("img/icon.svg")


def test_place_options_are_escaped_marked_and_the_same_from_the_cache():
    from django.utils.safestring import SafeString

    from claims.templatetags.claims_ui import place_options

    rows = [(1, "Kursk <oblast>"), (2, "Orel & Co")]
    first, second = place_options(rows, [2]), place_options(iter(rows), [2])
    assert (
        first
        == second
        == (
            '<option value="1">Kursk &lt;oblast&gt;</option><option value="2" selected>Orel &amp; Co</option>'
        )
    )
    assert isinstance(second, SafeString)
    assert place_options(rows, []) != first


def test_escaped_join_escapes_every_value_as_format_html_join_does():
    from django.utils.html import format_html_join
    from django.utils.safestring import SafeString, mark_safe

    from claims.html import escaped_join

    hostile = "\"><script>alert('x')</script>&amp;"
    rows = [(1, hostile, mark_safe("<b>kept</b>")), ("<i>", 2.5, None)]
    fmt = '<option value="{}" title="{}">{}</option>'
    joined = escaped_join("\n", fmt, rows)
    assert joined == format_html_join("\n", fmt, rows)
    assert isinstance(joined, SafeString)
    assert "<script>" not in joined and "&lt;script&gt;" in joined and "&#x27;x&#x27;" in joined
    assert "<b>kept</b>" in joined  # already safe: left as it is
