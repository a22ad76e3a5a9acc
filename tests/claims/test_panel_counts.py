"""The dashboard's counts are kept in the same transaction as the changes that move claims: after
random parses, re-parses, reviews, topic and place changes they equal a fresh count, and every
panel answers the same from them as from grouping the claims themselves."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.db.models import F, Q

from claims import panel_counts, queries
from claims.extraction import ClaimDraft, PlaceMention
from claims.filters import ClaimFilter
from claims.models import (
    Claim,
    ClaimCorrection,
    ClaimLocation,
    CorrectionField,
    PanelCount,
    ParseStatus,
    Report,
    Topic,
)
from claims.parsing.store import write_claims
from claims.review import corrections
from claims.review.corrections import EventDate
from tests.support.factories import make_claim, make_place, make_report, make_source

pytestmark = pytest.mark.django_db

STANCES = ["asserts", "denies", "confirms", "does_not_deny"]


def parse(report: Report, drafts: list[ClaimDraft]) -> None:
    token = uuid.uuid4()
    Report.objects.filter(pk=report.pk).update(parse_status=ParseStatus.PARSING, parse_token=token)
    with transaction.atomic():
        assert write_claims(report.pk, token, drafts)


def random_drafts(rng, sources, places, topics, n) -> list[ClaimDraft]:
    drafts = []
    for i in range(n):
        sentence = f"Sentence {rng.randrange(6)} number {i}."
        source = rng.choice(sources)
        day = date(2024, 10, 1) + timedelta(days=rng.randrange(20)) if rng.random() < 0.6 else None
        drafts.append(
            ClaimDraft(
                sentence=sentence,
                start=0,
                end=len(sentence),
                statement=sentence,
                source_key=str(source.pk),
                source_name=source.name,
                stance=rng.choice(STANCES),
                places=[PlaceMention(str(p.pk), p.name) for p in rng.sample(places, rng.randrange(3))],
                event_start=day,
                topic_keys=[str(t.pk) for t in rng.sample(topics, rng.randrange(3))],
            )
        )
    return drafts


def orm_write(rng, analyst, topics, places, sources) -> None:
    """A write past the services, as the admin, a shell or a script would make it."""
    claim = rng.choice(list(Claim.objects.current()))
    action = rng.randrange(8)
    if action == 0:
        claim.review(by=analyst, status=rng.choice(["confirmed", "denied", "disputed", "unverified"]))
    elif action == 1:
        claim.topics.add(rng.choice(topics))
    elif action == 2:
        claim.topics.remove(rng.choice(topics))
    elif action == 3:
        rng.choice(topics).claims.add(claim)  # from the other side
    elif action == 4:
        claim.locations.add(rng.choice(places))
    elif action == 5:
        link = ClaimLocation.objects.filter(claim=claim).first()
        if link:
            link.delete()
    elif action == 6:
        claim.source = rng.choice(sources)
        claim.timeline_date = date(2024, 10, 1) + timedelta(days=rng.randrange(20))
        claim.save()
    elif (
        not claim.history.exists()
        and not ClaimCorrection.objects.filter(Q(claim=claim) | Q(other_claim=claim)).exists()
    ):
        claim.delete()


def correct(rng, analyst, topics, places, sources) -> None:
    """An analyst's correction: a place, topic, date or source changed, a split, a merge."""
    current = list(Claim.objects.current())
    claim = rng.choice(current)
    action = rng.randrange(6)
    if action == 0:
        changes: dict = {CorrectionField.PLACES: rng.sample(places, rng.randrange(3))}
    elif action == 1:
        changes = {CorrectionField.TOPICS: rng.sample(topics, rng.randrange(len(topics) + 1))}
    elif action == 2:
        start = rng.choice([None, date(2024, 10, 1) + timedelta(days=rng.randrange(20))])
        changes = {CorrectionField.EVENT_DATE: EventDate(start, None, "day" if start else "")}
    elif action == 3:
        changes = {CorrectionField.SOURCE: rng.choice(sources)}
    if action <= 3:
        corrections.correct_claim(claim, by=analyst, changes=changes)
    elif action == 4:
        corrections.split_claim(claim, by=analyst, first="The first part.", second="The second part.")
    elif len(current) > 1:
        other = rng.choice([c for c in current if c.pk != claim.pk])
        corrections.merge_claims(claim, other, by=analyst)


FILTERS = [
    {},
    {"topic": "all"},
    {"topic": "other"},
    {"status": "confirmed"},
    {"status": "denied,disputed", "topic": "all"},
    {"from": "2024-10-05", "to": "2024-10-12"},
    {"topic": "all", "from": "2024-10-10"},
    {"source": "SOURCE"},
    {"stance": "denies"},
]


def panels(flt: dict, source_id: int) -> tuple:
    query = {k: (str(source_id) if v == "SOURCE" else v) for k, v in flt.items()}
    scope = queries.Scope.of(ClaimFilter.from_query(query))
    cache.clear()
    timeline = queries.timeline(scope)
    facets = queries.facets(scope)
    return (
        queries.map_places(scope),
        timeline,
        facets.total,
        sorted(facets.source_rows),
        dict(sorted(facets.statuses.items())),
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_counts_equal_a_fresh_count_and_panels_read_the_same_after_random_writes(seed, analyst, settings):
    rng = random.Random(seed)
    Topic.objects.create(name="Troops", slug="troops", is_default=True)
    Topic.objects.create(name="Other", slug="other")
    topics = list(Topic.objects.all())
    sources = [make_source(f"Source {i}") for i in range(4)]
    places = [make_place(f"Place {i}") for i in range(5)]
    reports = [make_report(published_at=None) for _ in range(6)]
    for _ in range(60):
        action = rng.random()
        if action < 0.5:  # a parse or a re-parse: claims added, changed, superseded, deleted
            parse(rng.choice(reports), random_drafts(rng, sources, places, topics, rng.randrange(6)))
        elif action < 0.75 and Claim.objects.current().exists():
            orm_write(rng, analyst, topics, places, sources)
        elif Claim.objects.current().exists():
            correct(rng, analyst, topics, places, sources)
    Claim.objects.current().first().review(by=analyst, status="confirmed")
    assert Claim.objects.count() > 10
    assert ClaimCorrection.objects.exists()
    make_report().delete()  # a report deleted with its claims (the admin does so)
    factory_claim = make_claim(report=rng.choice(reports), source=sources[1])  # the tests' factories
    factory_claim.topics.add(topics[0])
    ClaimLocation.objects.create(claim=factory_claim, location=places[0])

    assert panel_counts.stored_counts() == panel_counts.fresh_counts()
    for flt in FILTERS:
        settings.PANEL_COUNTS = True
        kept = panels(flt, sources[0].pk)
        settings.PANEL_COUNTS = False
        assert kept == panels(flt, sources[0].pk), flt

    # The panels do read the counts: counts off by one show.
    PanelCount.objects.update(n=F("n") + 1)
    settings.PANEL_COUNTS = True
    assert (
        panels({}, sources[0].pk) != kept
        or panels({"topic": "all"}, sources[0].pk)[2] > Claim.objects.count()
    )

    PanelCount.objects.all().delete()
    call_command("rebuild_panel_counts")
    assert panel_counts.stored_counts() == panel_counts.fresh_counts()


def test_a_change_that_fails_leaves_the_counts_as_they_were(analyst):
    claim_report = make_report()
    source = make_source("Ministry")
    sentence = "Troops arrived."
    parse(claim_report, [ClaimDraft(sentence, 0, len(sentence), sentence, str(source.pk), source.name)])
    before = panel_counts.stored_counts()
    claim = Claim.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        claim.review(by=analyst, status="confirmed")
        raise IntegrityError("the rest of the request failed")
    assert panel_counts.stored_counts() == before == panel_counts.fresh_counts()


def test_the_rebuild_command_checks_and_repairs(capsys):
    source = make_source("Ministry")
    sentence = "Troops arrived."
    parse(make_report(), [ClaimDraft(sentence, 0, len(sentence), sentence, str(source.pk), source.name)])
    call_command("rebuild_panel_counts", "--check")
    PanelCount.objects.update(n=7)
    with pytest.raises(SystemExit):
        call_command("rebuild_panel_counts", "--check")
    call_command("rebuild_panel_counts")
    call_command("rebuild_panel_counts", "--check")
    assert "agree" in capsys.readouterr().out


def test_the_migration_counts_the_claims_written_before_it():
    import importlib

    from django.db import connection

    migration = importlib.import_module("claims.migrations.0008_panel_counts")
    source = make_source("Ministry")
    place = make_place("Kursk")
    for n in range(3):
        sentence = f"Troops arrived, {n}."
        draft = ClaimDraft(sentence, 0, len(sentence), sentence, str(source.pk), source.name)
        draft.places = [PlaceMention(str(place.pk), "Kursk")]
        draft.event_start = date(2024, 10, n + 1) if n else None
        parse(make_report(), [draft])
    PanelCount.objects.all().delete()

    class Editor:  # what the migration uses of a schema editor (SQLite's refuses to open here)
        def execute(self, sql, params=None):
            with connection.cursor() as cursor:
                cursor.execute(sql)

    migration.count_existing_claims(None, Editor())
    assert panel_counts.stored_counts() == panel_counts.fresh_counts()


@pytest.mark.parametrize("field", ["places", "topics", "event_date", "source", "split", "merge"])
def test_a_correction_moves_the_claim_between_cells(field, analyst):
    """Each correction that changes a claim's cells keeps the counts, in its own transaction."""
    troops = Topic.objects.create(name="Troops", slug="troops")
    ministry, agency = make_source("Ministry"), make_source("Agency")
    kursk, sumy = make_place("Kursk"), make_place("Sumy")
    report = make_report()
    sentences = ["Troops arrived in Kursk.", "Troops left Sumy."]
    drafts = []
    for sentence in sentences:
        draft = ClaimDraft(sentence, 0, len(sentence), sentence, str(ministry.pk), ministry.name)
        draft.places = [PlaceMention(str(kursk.pk), "Kursk")]
        drafts.append(draft)
    parse(report, drafts)
    claim, other = Claim.objects.order_by("pk")
    before = panel_counts.stored_counts()
    assert before == panel_counts.fresh_counts()
    if field == "split":
        corrections.split_claim(claim, by=analyst, first="Troops arrived.", second="In Kursk.")
    elif field == "merge":
        corrections.merge_claims(claim, other, by=analyst)
    else:
        value = {
            "places": [sumy],
            "topics": [troops],
            "event_date": EventDate(date(2024, 10, 3), None, "day"),
            "source": agency,
        }[field]
        corrections.correct_claim(claim, by=analyst, changes={field: value})
    assert panel_counts.stored_counts() == panel_counts.fresh_counts() != before
