"""Synthetic claims for looking at the dashboard and measuring it at scale (not for tests).

SQLITE_PATH=/tmp/ui.sqlite3 .venv/bin/python bench/ui_data.py 100000
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dashboard.settings")

STATUSES = ["unverified"] * 6 + ["confirmed"] * 2 + ["denied", "disputed"]
STANCES = ["asserts"] * 5 + ["confirms", "denies", "does_not_deny"]
VERBS = ["arrived in", "were seen near", "trained at", "fought near", "were moved to", "suffered losses near"]


def populate(n_claims: int, seed: int = 1, batch: int = 5000) -> int:
    """Add `n_claims` claims (5 per report) spread over the shipped places and sources."""
    from django.db import transaction

    from claims.models import Claim, ClaimLocation, Location, Report, Source, Topic, content_hash
    from claims.registry import load_shipped_registry

    load_shipped_registry()
    rnd = random.Random(seed)
    sources = list(Source.objects.values_list("pk", flat=True))
    places = list(Location.objects.values_list("pk", "name"))
    topic = Topic.objects.filter(is_default=True).first()
    start_day = date(2024, 9, 1)
    base = Claim.objects.count()
    made = 0
    while made < n_claims:
        size = min(batch, n_claims - made)
        with transaction.atomic():
            reports = []
            for i in range(0, size, 5):
                day = start_day + timedelta(days=rnd.randrange(200))
                text = f"Synthetic report {base + made + i} about {rnd.choice(places)[1]}."
                reports.append(
                    Report(
                        title=f"Synthetic report {base + made + i}",
                        text=text,
                        content_hash=content_hash(text),
                        outlet="Synthetic",
                        published_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                        parse_status="parsed",
                        claim_count=5,
                        channel="demo",
                    )
                )
            reports = Report.objects.bulk_create(reports)
            claims = []
            for i in range(size):
                report = reports[i // 5]
                place = rnd.choice(places)
                sentence = f"North Korean soldiers {rnd.choice(VERBS)} {place[1]}, number {base + made + i}."
                dated = rnd.random() < 0.8
                event = report.published_at.date() - timedelta(days=rnd.randrange(10)) if dated else None
                claims.append(
                    Claim(
                        report=report,
                        source_id=rnd.choice(sources),
                        fingerprint=f"syn-{base + made + i}",
                        sentence=sentence,
                        char_start=0,
                        char_end=len(sentence),
                        statement=sentence,
                        stance=rnd.choice(STANCES),
                        status=rnd.choice(STATUSES),
                        event_start=event,
                        event_end=event,
                        date_precision="day" if dated else "",
                        timeline_date=event or report.published_at.date(),
                        figures=[
                            {"value": rnd.randrange(100, 12000), "unit": "soldiers", "qualifier": "about"}
                        ]
                        if rnd.random() < 0.3
                        else [],
                    )
                )
            claims = Claim.objects.bulk_create(claims)
            links, topics = [], []
            for claim in claims:
                for pk in {rnd.choice(places)[0] for _ in range(rnd.choice([1, 1, 1, 2]))}:
                    links.append(ClaimLocation(claim=claim, location_id=pk))
                if topic:
                    topics.append(Claim.topics.through(claim_id=claim.pk, topic_id=topic.pk))
            ClaimLocation.objects.bulk_create(links)
            Claim.topics.through.objects.bulk_create(topics)
        made += size
    return made


if __name__ == "__main__":
    import django

    django.setup()
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(f"Added {populate(count)} synthetic claims.")
