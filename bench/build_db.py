"""Builds the benchmark database: 100,000 claims, 2,000 places, 300 sources, 20,000 reports
(`--claims N`: N claims and N/5 reports; 1,000,000 goes to a database of its own,
claims_bench_1000000), then the dashboard's kept counts (claims/panel_counts.py) and the claims
grouped into propositions (the worker's grouping, run in memory a report at a time).

usage: python bench/build_db.py [--db sqlite|postgres] [--claims 100000] [--force]
Skips the work when the database already holds that many claims (unless --force).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import adopt_env, database_env, ensure_postgres_database, manage, reset_database  # noqa: E402

CLAIMS, PLACES, SOURCES, REPORTS = 100_000, 2_000, 300, 20_000
BATCH = 5_000


def database_name(claims: int) -> str:
    return "claims_bench" if claims == CLAIMS else f"claims_bench_{claims}"


def build(seed: int = 42, claims_wanted: int = CLAIMS) -> int:
    from django.contrib.auth import get_user_model

    from claims.models import (
        Claim,
        ClaimLocation,
        Location,
        Report,
        Source,
        StatusChange,
        Topic,
        content_hash,
    )
    from claims.registry.loader import load_shipped_registry

    rng = random.Random(seed)
    load_shipped_registry()
    topic = Topic.objects.get(is_default=True)
    user, _ = get_user_model().objects.get_or_create(username="bench-analyst")

    Location.objects.bulk_create(
        [
            Location(
                name=f"Bench place {i:04d}",
                latitude=rng.uniform(35, 60),
                longitude=rng.uniform(25, 140),
                kind=rng.choice(["settlement"] * 8 + ["region", "facility"]),
                radius_km=None,
            )
            for i in range(PLACES - Location.objects.count())
        ],
        batch_size=BATCH,
    )
    Source.objects.bulk_create(
        [
            Source(
                name=f"Bench source {i:03d}",
                kind=rng.choice(["government", "media", "military", "anonymous"]),
                reliability=rng.choice("ABCDEF"),
                reviewed=rng.random() < 0.7,
            )
            for i in range(SOURCES - Source.objects.count())
        ],
        batch_size=BATCH,
    )
    place_ids = list(Location.objects.values_list("pk", flat=True))
    source_ids = list(Source.objects.values_list("pk", flat=True))
    hot_places = place_ids[:60]  # real places get most of the mentions, as in real data
    start = date(2024, 8, 1)

    sentence = "According to the source, about {n} soldiers arrived in the area on the day described."
    reports = []
    for i in range(claims_wanted // 5):
        text = " ".join(sentence.format(n=rng.randint(100, 20000)) for _ in range(5)) + f" (bench report {i})"
        published = datetime.combine(start + timedelta(days=rng.randrange(330)), datetime.min.time(), UTC)
        reports.append(
            Report(
                title=f"Bench report {i}",
                text=text,
                content_hash=content_hash(text),
                outlet=f"Outlet {i % 40}",
                published_at=published,
                received_at=published + timedelta(hours=rng.randrange(48)),
                channel="file",
                parse_status="parsed",
                parser_version="bench",
                claim_count=5,
                url=f"https://example.org/bench/{i}",
            )
        )
    Report.objects.bulk_create(reports, batch_size=BATCH)
    report_rows = list(
        Report.objects.filter(parser_version="bench").values_list("pk", "published_at", "text")
    )

    statuses = ["unverified"] * 70 + ["confirmed"] * 15 + ["denied"] * 10 + ["disputed"] * 5
    stances = ["asserts"] * 80 + ["confirms"] * 8 + ["denies"] * 6 + ["does_not_deny"] * 6
    made = 0
    for chunk_start in range(0, len(report_rows), BATCH // 5):
        claims = []
        for pk, published_at, text in report_rows[chunk_start : chunk_start + BATCH // 5]:
            assert published_at is not None
            published = published_at
            offset = 0
            for j in range(5):
                end = text.index(".", offset) + 1
                dated = rng.random() < 0.4
                event = (published.date() - timedelta(days=rng.randrange(7))) if dated else None
                claims.append(
                    Claim(
                        report_id=pk,
                        source_id=rng.choice(source_ids),
                        fingerprint=f"bench-{pk}-{j}",
                        sentence=text[offset:end].strip(),
                        char_start=offset,
                        char_end=end,
                        statement=text[offset:end].strip(),
                        stance=rng.choice(stances),
                        status=rng.choice(statuses),
                        credibility=rng.randint(1, 6),
                        event_start=event,
                        event_end=event,
                        date_precision="day" if dated else "",
                        timeline_date=event or published.date(),
                        figures=[
                            {"value": rng.randint(100, 20000), "unit": "soldiers", "qualifier": "about"}
                        ],
                    )
                )
                offset = end
        Claim.objects.bulk_create(claims, batch_size=BATCH)
        links, topics, history = [], [], []
        for claim in claims:
            for place in {
                rng.choice(hot_places) if rng.random() < 0.7 else rng.choice(place_ids)
                for _ in range(rng.randint(1, 2))
            }:
                links.append(ClaimLocation(claim_id=claim.pk, location_id=place))
            if rng.random() < 0.8:
                topics.append(Claim.topics.through(claim_id=claim.pk, topic_id=topic.pk))
            if claim.status != "unverified":
                history.append(
                    StatusChange(
                        claim_id=claim.pk,
                        field="status",
                        from_value="unverified",
                        to_value=claim.status,
                        changed_by=user,
                        note="bench",
                    )
                )
        ClaimLocation.objects.bulk_create(links, batch_size=BATCH)
        Claim.topics.through.objects.bulk_create(topics, batch_size=BATCH)
        StatusChange.objects.bulk_create(history, batch_size=BATCH)
        made += len(claims)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--claims", type=int, default=CLAIMS)
    args = parser.parse_args()
    env = database_env(args.db, database_name(args.claims))
    if args.db == "postgres":
        ensure_postgres_database(env["DATABASE_URL"])
    adopt_env(env)
    manage(env, "migrate", "--noinput", "-v0")
    import django

    django.setup()
    from claims.models import Claim

    if Claim.objects.count() >= args.claims and not args.force:
        print(f"benchmark database on {args.db} already has {Claim.objects.count():,} claims")
        from claims.models import PanelCount, Proposition

        if not PanelCount.objects.exists():
            rebuild_counts()
        if not Proposition.objects.exists():
            group_claims()
        return
    from django.db import connections

    connections.close_all()
    reset_database(env)
    began = time.perf_counter()
    made = build(claims_wanted=args.claims)
    built = time.perf_counter() - began
    rebuild_counts()
    group_claims()
    from django.db import connection

    with connection.cursor() as cursor:
        # What a live database has after autovacuum: statistics, and (PostgreSQL) a visibility
        # map so that index-only scans work.
        cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM ANALYZE")
    print(f"built benchmark database on {args.db}: {made:,} claims in {built:.0f} s")


def group_claims() -> None:
    """The claims in propositions, as the grouping task would put them (`Grouper` is the pure
    grouping the task runs against the database), written in bulk with their kept counts."""
    from itertools import groupby

    from django.utils import timezone

    from claims.models import Claim, ClaimLocation, Proposition, PropositionMember, Report, Topic
    from claims.propositions import counts
    from claims.propositions.grouping import ClaimFacts, Grouper

    began = time.perf_counter()
    topics: dict[int, list[str]] = {}
    for claim_id, slug in Claim.topics.through.objects.values_list("claim_id", "topic__slug"):
        topics.setdefault(claim_id, []).append(slug)
    places: dict[int, list[tuple[str, str]]] = {}
    links = ClaimLocation.objects.order_by("pk").values_list("claim_id", "location__name", "location__kind")
    for claim_id, name, kind in links:
        places.setdefault(claim_id, []).append((name, kind))
    rows = Claim.objects.order_by("report_id", "char_start", "pk").values_list(
        "pk", "report_id", "statement", "stance", "figures", "timeline_date"
    )
    grouper, members, statements = Grouper(), [], dict[str, str]()
    for _, chunk in groupby(rows.iterator(chunk_size=BATCH), key=lambda row: row[1]):
        claims = list(chunk)
        facts = [
            ClaimFacts(
                text=text,
                stance=stance,
                topics=tuple(sorted(topics.get(pk, ()))),
                places=tuple(places.get(pk, ())),
                units=tuple(sorted({str(f.get("unit") or "") for f in figures or ()})),
                day=day,
            )
            for pk, _, text, stance, figures, day in claims
        ]
        for (pk, *_), fact, key in zip(claims, facts, grouper.add_report(facts), strict=True):
            members.append((pk, key))
            statements.setdefault(key, fact.text)
    topic_ids = dict(Topic.objects.values_list("slug", "pk"))
    Proposition.objects.bulk_create(
        [
            Proposition(
                key=c.key,
                scope=c.scope,
                frame=c.frame,
                place=c.place,
                statement=statements[c.key][:300],
                topic_id=topic_ids.get(c.scope),
                specific_places=sorted(c.specific),
                targets=sorted(c.targets),
                samples=c.samples,
            )  # fmt: skip
            for slot in grouper.by_slot.values()
            for c in slot
        ],
        batch_size=BATCH,
    )
    prop_ids = dict(Proposition.objects.values_list("key", "pk"))
    PropositionMember.objects.bulk_create(
        [PropositionMember(claim_id=pk, proposition_id=prop_ids[key]) for pk, key in members],
        batch_size=BATCH,
    )
    fresh = counts.fresh_counts()
    props = list(Proposition.objects.all())
    for prop in props:
        for field, value in fresh[prop.pk].items():
            setattr(prop, field, value)
    Proposition.objects.bulk_update(props, list(counts.COUNTED), batch_size=BATCH)
    Report.objects.filter(parser_version="bench").update(grouped_at=timezone.now())
    print(
        f"propositions: {len(props):,} grouping {len(members):,} claims"
        f" in {time.perf_counter() - began:.1f} s (in memory, written in bulk)"
    )


def rebuild_counts() -> None:
    from claims import panel_counts

    began = time.perf_counter()
    cells = panel_counts.rebuild()
    print(f"panel counts: {cells:,} cells rebuilt from the claims in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
