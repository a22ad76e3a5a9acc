"""Builds the benchmark database: 100,000 claims, 2,000 places, 300 sources, 20,000 reports
(`--claims N`: N claims and N/5 reports; 1,000,000 goes to a database of its own,
claims_bench_1000000), then the dashboard's kept counts (claims/panel_counts.py).

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
        from claims.models import PanelCount

        if not PanelCount.objects.exists():
            rebuild_counts()
        return
    from django.db import connections

    connections.close_all()
    reset_database(env)
    began = time.perf_counter()
    made = build(claims_wanted=args.claims)
    built = time.perf_counter() - began
    rebuild_counts()
    from django.db import connection

    with connection.cursor() as cursor:
        # What a live database has after autovacuum: statistics, and (PostgreSQL) a visibility
        # map so that index-only scans work.
        cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM ANALYZE")
    print(f"built benchmark database on {args.db}: {made:,} claims in {built:.0f} s")


def rebuild_counts() -> None:
    from claims import panel_counts

    began = time.perf_counter()
    cells = panel_counts.rebuild()
    print(f"panel counts: {cells:,} cells rebuilt from the claims in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
