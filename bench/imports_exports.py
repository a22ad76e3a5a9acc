"""Figures for reports in and claims out: import and export throughput, API page latency.

Runs on a fresh SQLite file in a temporary directory (or the database in DATABASE_URL, which
it fills: use a scratch one). Parse jobs are not queued, so the figures are the tracker's own
work, not Redis round trips.

    .venv/bin/python bench/imports_exports.py [--rows 5000] [--claims 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dashboard.settings")
if not os.environ.get("DATABASE_URL"):
    os.environ["SQLITE_PATH"] = str(Path(tempfile.mkdtemp(prefix="bench-ingest-")) / "bench.sqlite3")


def timed(label: str, n: int, unit: str, func):
    started = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - started
    print(f"{label:<48} {n:>7,} {unit:<8} {seconds:7.2f} s  {n / seconds:9,.0f} {unit}/s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--claims", type=int, default=10000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from api.models import ApiToken
    from claims import exports, queue
    from claims.filters import ClaimFilter
    from claims.intake import jobs
    from claims.models import Claim, ClaimLocation, Location, Report, Source, Status

    call_command("migrate", verbosity=0)

    def no_queue(report_id: int, *, stamped: bool = False) -> bool:
        return False  # measure ingestion, not the queue

    queue.enqueue_parse = no_queue

    def run(data: bytes, kind: str):
        job = jobs.create_import_job(data, kind=kind, filename=f"bench.{kind}")
        jobs.run_import_job(job.pk)
        return job

    words = "According to the Pentagon, {n} North Korean soldiers arrived near Kursk on day {n}."
    jsonl = "\n".join(
        json.dumps(
            {"text": words.format(n=n), "title": f"Row {n}", "published": "2024-10-23", "source": "Pentagon"}
        )
        for n in range(args.rows)
    ).encode()
    print(f"Database: {os.environ.get('DATABASE_URL') or 'SQLite ' + os.environ['SQLITE_PATH']}")
    timed("JSONL import, new reports", args.rows, "rows", lambda: run(jsonl, "jsonl"))
    timed("JSONL import again (all already here)", args.rows, "rows", lambda: run(jsonl, "jsonl"))
    export = {
        "name": "Bench Channel",
        "type": "public_channel",
        "id": 4242,
        "messages": [
            {
                "id": n,
                "type": "message",
                "date": "2024-10-23T10:00:00",
                "date_unixtime": str(1729677600 + n),
                "text": ["Update ", {"type": "bold", "text": f"{n}"}, ": HUR says troops moved."],
            }
            for n in range(1, args.rows + 1)
        ],
    }
    data = json.dumps(export).encode()
    timed("Telegram import, new posts", args.rows, "posts", lambda: run(data, "telegram"))
    timed("Telegram import again (adds nothing)", args.rows, "posts", lambda: run(data, "telegram"))

    # Claims for the exports, written directly (the parser is not what is measured here).
    source = Source.objects.get_or_create(name="Bench source")[0]
    places = [
        Location.objects.create(name=f"Bench place {n}", latitude=50 + n / 100, longitude=36)
        for n in range(50)
    ]
    reports = list(Report.objects.all()[: args.claims // 10 + 1])
    claims = Claim.objects.bulk_create(
        Claim(
            report=reports[n % len(reports)],
            source=source,
            fingerprint=f"bench-{n}",
            sentence=f"Claim {n}.",
            char_start=0,
            char_end=9,
            statement=f"Claim {n}",
            status=Status.CONFIRMED if n % 3 else Status.DENIED,
            timeline_date=date(2024, 10, 1) + timedelta(days=n % 60),
        )
        for n in range(args.claims)
    )
    ClaimLocation.objects.bulk_create(
        ClaimLocation(claim=c, location=places[n % 50]) for n, c in enumerate(claims)
    )
    every = ClaimFilter.from_query({"topic": "all"})
    host = "https://tracker.example.org".__add__
    size = {}
    for label, func in (
        ("CSV export", exports.claims_csv),
        ("GeoJSON export", exports.places_geojson),
        ("ClaimReview JSON-LD export", exports.claimreview_jsonld),
    ):
        size[label] = timed(label, args.claims, "claims", lambda f=func: sum(len(p) for p in f(every, host)))
    print("Export sizes: " + ", ".join(f"{k} {v / 1_048_576:.1f} MB" for k, v in size.items()))

    user = get_user_model().objects.create_superuser("bench", password="bench-pass-" + "x" * 12)
    raw = ApiToken.issue(user, "bench")[1]
    client = Client(headers={"Authorization": f"Bearer {raw}"})
    n = 50
    timed(
        "API GET /api/claims (page of 50)",
        n,
        "requests",
        lambda: [client.get("/api/claims?topic=all&page=3") for _ in range(n)],
    )


if __name__ == "__main__":
    main()
