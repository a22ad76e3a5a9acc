"""Propositions at scale: a new claim is compared with the propositions of its slot and date window
only (an indexed lookup, the same number of queries however many propositions there are), the
kept counts equal a fresh count after every kind of change, and a proposition's page shows a page
of its sources whatever its size."""

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Proposition, PropositionMember
from claims.propositions import counts, service
from claims.propositions.assess import DISAGREE_DAYS, DISAGREE_RATIO, _disagreements, _n
from claims.propositions.grouping import ClaimFacts, signature
from claims.review.corrections import EventDate, correct_claim
from tests.support.factories import make_claim, make_source

from .test_propositions import TEXT, parsed, scripted  # noqa: F401 - the fixture


def strike_signature(day=date(2024, 11, 10)):
    sig = signature(
        ClaimFacts(
            text="Drones attacked an airfield near Sudzha overnight.",
            topics=("nk",),
            places=(("Sudzha", "settlement"),),
            day=day,
        )
    )
    assert sig.window is not None and sig.frame, "an event frame, with a date window"
    return sig


def make_prop(key, sig, first=None, last=None, **kw):
    fields = {"scope": sig.scope, "frame": sig.frame, "place": sig.place} | kw
    return Proposition.objects.create(key=key, statement=key, first_seen=first, last_seen=last, **fields)


@pytest.mark.django_db
def test_a_claim_is_compared_only_with_its_slot_and_date_window():
    sig = strike_signature()
    day, window = sig.day, timedelta(days=sig.window)
    make_prop("in window", sig, day - window, day)
    make_prop("spans the day", sig, day - 3 * window, day + 3 * window)
    make_prop("not dated yet", sig)
    make_prop("weeks before", sig, day - 6 * window, day - 2 * window)
    make_prop("weeks after", sig, day + 2 * window, day + 4 * window)
    make_prop("another place", sig, day, day, place="korenevo")
    make_prop("another frame", sig, day, day, frame="deployment")
    make_prop("another topic", sig, day, day, scope="red-sea")
    found = [p.key for p in service.candidate_rows([sig])]
    assert sorted(found) == ["in window", "not dated yet", "spans the day"]


@pytest.mark.django_db
def test_a_claim_is_compared_with_the_most_recently_seen_of_a_crowded_slot():
    sig = signature(ClaimFacts(text="North Korean troops were sent to Kursk.", topics=("nk",)))
    for i in range(service.CANDIDATE_LIMIT + 5):
        make_prop(f"p{i}", sig, date(2024, 1, 1), date(2024, 1, 1) + timedelta(days=i))
    found = [p.key for p in service.candidate_rows([sig])]
    assert len(found) == service.CANDIDATE_LIMIT
    assert found[0] == f"p{service.CANDIDATE_LIMIT + 4}" and "p0" not in found


@pytest.mark.django_db
def test_grouping_a_report_costs_the_same_queries_however_many_propositions_exist(scripted):  # noqa: F811
    service.group_report(parsed(TEXT).pk)
    right = Proposition.objects.get()

    def queries_to_group(text):
        report = parsed(text)
        with CaptureQueriesContext(connection) as ctx:
            service.group_report(report.pk)
        return len(ctx.captured_queries), report

    few, _ = queries_to_group("NATO | confirms | North Korean troops were sent to Kursk, NATO said.")
    sig = signature(service.claim_facts(Claim.objects.filter(stance="denies").first()))
    # Many propositions of the same topic about other places and other questions.
    Proposition.objects.bulk_create(
        [
            Proposition(key=f"{frame} {i}", scope=sig.scope, frame=frame, place=f"at {i}", statement="x")
            for i in range(300)
            for frame in ("deployment", "combat", "")
        ]
    )
    many, report = queries_to_group("Pentagon | confirms | North Korean troops were sent to Kursk, it said.")
    assert many == few
    joined = PropositionMember.objects.filter(claim__report=report).values_list("proposition", flat=True)
    assert set(joined) == {right.pk}


@pytest.mark.django_db
def test_a_new_key_skips_those_taken_whatever_their_number():
    sig = strike_signature()
    assert service.free_key("k") == "k"
    for key in ["k", *(f"k#{n}" for n in range(2, 41))]:
        make_prop(key, sig)
    assert service.free_key("k") == "k#41"
    assert service.free_key("other") == "other"


@pytest.mark.django_db
def test_a_new_key_is_found_in_one_query_however_many_share_its_base():
    sig = strike_signature()
    Proposition.objects.bulk_create(
        [
            Proposition(key=key, statement=key, scope=sig.scope, frame=sig.frame, place=sig.place)
            for key in ["t", *(f"t#{n}" for n in range(2, 301) if n != 150), "T#150", "t#1500x", "tt#150"]
        ]
    )
    with CaptureQueriesContext(connection) as ctx:
        assert service.free_key("t") == "t#150"
        assert service.free_key("t", also_taken={"t#150"}) == "t#301"
    assert len(ctx.captured_queries) == 2
    assert service.free_keys(["t", "t", "u"]) == ["t#150", "t#301", "u"]


@pytest.mark.django_db
def test_the_kept_counts_equal_a_fresh_count_after_every_kind_of_change(scripted, analyst):  # noqa: F811
    def consistent():
        assert counts.stored_counts() == counts.fresh_counts()

    service.group_report(parsed(TEXT).pk)
    service.group_report(parsed("NATO | confirms | North Korean troops were sent to Kursk, NATO said.").pk)
    other = parsed("NIS (South Korea) | asserts | North Korean soldiers died in battles near Kursk.")
    service.group_report(other.pk)
    consistent()
    first = Proposition.objects.get(claim_count=3)
    assert (first.asserting_sources, first.denying_sources) == (2, 1)
    denial = Claim.objects.get(stance="denies")
    correct_claim(denial, by=analyst, changes={"stance": "confirms"}, note="misread")
    consistent()
    assert Proposition.objects.get(pk=first.pk).denying_sources == 0
    earlier = EventDate(date(2024, 9, 1), date(2024, 9, 1), "day")
    correct_claim(denial, by=analyst, changes={"event_date": earlier}, note="earlier")
    consistent()
    moved = service.move_out(Claim.objects.filter(membership__proposition=first).first(), by=analyst)
    consistent()
    service.merge(first, Proposition.objects.exclude(pk__in=[first.pk, moved.pk]).get(), by=analyst)
    consistent()
    Claim.objects.get(pk=denial.pk).review(by=analyst, status="confirmed", note="seen")
    consistent()
    Claim.objects.filter(report=other).delete()
    consistent()


def brute_force_disagreements(series):
    found = []
    for unit, points in series.items():
        for i, (d1, lo1, hi1, s1, _) in enumerate(points):
            for d2, lo2, hi2, s2, _ in points[i + 1 :]:
                if s1 == s2 or not (d1 and d2) or abs((d1 - d2).days) > DISAGREE_DAYS:
                    continue
                if hi1 < lo2 / DISAGREE_RATIO or hi2 < lo1 / DISAGREE_RATIO:
                    found.append(f"{s1} ({_n(lo1, hi1)}) and {s2} ({_n(lo2, hi2)}) disagree on {unit}")
    return found[:5]


def test_disagreements_are_found_as_by_comparing_every_pair():
    rng = random.Random(3)
    for _ in range(200):
        series = {}
        for unit in ("soldiers", "killed")[: rng.randint(1, 2)]:
            points = []
            for i in range(rng.randint(0, 30)):
                day = None if rng.random() < 0.2 else date(2024, 9, 1) + timedelta(days=rng.randrange(200))
                low = rng.choice([100, 1000, 1500, 3000, 10000])
                points.append((day, low, low * rng.choice([1, 1, 2]), rng.choice("ABC"), i))
            # The assessment hands them over in date order, the undated first.
            series[unit] = sorted(points, key=lambda p: (p[0] or date.min, p[4]))
        assert _disagreements(series) == brute_force_disagreements(series)


@pytest.mark.django_db
def test_a_big_propositions_page_shows_a_page_of_its_sources_in_the_same_queries(client, viewer):
    client.force_login(viewer)
    prop = Proposition.objects.create(key="big", scope="nk", statement="Troops in Kursk")

    def add_members(sources, per_source):
        for s in range(sources):
            source = make_source(f"Source {PropositionMember.objects.count()}-{s}")
            for i in range(per_source):
                claim = make_claim(
                    source=source,
                    timeline_date=date(2024, 10, 1) + timedelta(days=i),
                    figures=[{"value": 1000 * (i + 1), "unit": "soldiers"}],
                )
                PropositionMember.objects.create(claim=claim, proposition=prop)
        service.refresh_counts([prop])

    add_members(2, 1)
    with CaptureQueriesContext(connection) as small:
        assert client.get(prop.get_absolute_url()).status_code == 200
    add_members(30, 4)
    with CaptureQueriesContext(connection) as big:
        page = client.get(prop.get_absolute_url()).content.decode()
    assert len(big.captured_queries) == len(small.captured_queries)
    assert "sources 1–25 of 32" in page and "and 1 earlier claim" in page
    assert "of 122 estimates shown" in page
    rest = client.get(prop.get_absolute_url() + "?page=2").content.decode()
    assert "sources 26–32 of 32" in rest


@pytest.mark.django_db
def test_a_plan_made_before_another_workers_write_is_made_again_under_the_lock(scripted, monkeypatch):  # noqa: F811
    service.group_report(parsed(TEXT).pk)
    report = parsed("NATO | confirms | North Korean troops were sent to Kursk, NATO said.")
    planned = []
    real_plan = service._plan

    def plan_and_meanwhile_write(reports, *candidates):
        planned.append(sum(len(items) for items in reports))
        state = real_plan(reports, *candidates)
        if len(planned) == 1:  # another worker groups in the scope between the plan and the lock
            service.bump_scopes([reports[0][0][2].scope])
        return state

    monkeypatch.setattr(service, "_plan", plan_and_meanwhile_write)
    service.group_report(report.pk)
    assert planned == [1, 1]
    assert Proposition.objects.count() == 1
    assert Proposition.objects.get().claim_count == 3
    assert PropositionMember.objects.filter(claim__report=report).count() == 1


SAME_WORDS = [
    ("Drones attacked an airfield near Sudzha overnight.", (("Sudzha", "settlement"),), ()),
    ("About 11,000 soldiers were sent to the Kursk region.", (("Kursk region", "region"),), ("soldiers",)),
    ("Pyongyang denied sending any troops.", (), ()),
    ("Российские войска потеряли 200 человек убитыми.", (), ("people",)),
    ("Moscow said the ship was hit by a missile on Tuesday.", (), ()),
]


@pytest.mark.parametrize(("text", "places", "units"), SAME_WORDS)
def test_a_claims_signature_reads_its_day_only_to_carry_it(text, places, units):
    """What lets grouping keep one signature per statement whatever its day (the cache)."""
    days = [None, date(2024, 11, 10), date(2025, 3, 2)]
    sigs = [
        signature(ClaimFacts(text=text, topics=("nk",), places=places, units=units, day=day)) for day in days
    ]
    assert all(sig.day == day for sig, day in zip(sigs, days, strict=True))
    assert len({replace(sig, day=None) for sig in sigs}) == 1


def test_the_signature_cache_gives_what_signature_gives_on_any_day():
    for text, places, units in SAME_WORDS:
        for day in (None, date(2024, 11, 10), date(2024, 11, 11)):
            facts = ClaimFacts(text=text, topics=("nk",), places=places, units=units, day=day)
            assert service.cached_signature(facts) == signature(facts)
