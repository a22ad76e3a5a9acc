"""Ingestion: 1,000 reports submitted and drained by 2 worker processes through the real Redis,
beside the drain of 1,000 no-op tasks by the same workers in the same run.

usage: python bench/ingest.py [--db sqlite|postgres] [--reports 1000]
(postgres uses the server of DATABASE_URL, database claims_bench_ingest)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ThrowawayRedis, Workers, adopt_env, database_env, reset_database  # noqa: E402
from bench.extract import make_report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()

    env = database_env(args.db, "claims_bench_ingest")
    with ThrowawayRedis() as broker:
        env["REDIS_URL"] = broker.url
        reset_database(env)
        adopt_env(env)
        import django

        django.setup()
        from django.conf import settings
        from redis import Redis

        from claims.intake.service import submit_report
        from claims.models import ParseStatus, Report
        from claims.registry.loader import load_shipped_registry
        from dashboard.celery import app

        load_shipped_registry()
        rng = random.Random(7)
        # The extractor benchmark's realistic ~400-word reports, published over six months.
        texts = [
            (make_report(rng, 400), date(2024, 10, 1) + timedelta(days=rng.randrange(180)))
            for _ in range(args.reports)
        ]
        words = sum(len(t.split()) for t, _ in texts)

        workers = Workers(env, concurrency=2, extra=("-I", "bench.tasks"))
        workers.wait_ready()
        try:
            # Baseline: the same number of tasks that only count.
            key = f"bench:noop:{uuid.uuid4()}"
            r = Redis.from_url(settings.CELERY_BROKER_URL)
            began = time.perf_counter()
            for _ in range(args.reports):
                app.send_task("bench.noop", args=[key])
            enqueued = time.perf_counter() - began
            while int(r.get(key) or 0) < args.reports:
                time.sleep(0.01)
            noop_total = time.perf_counter() - began

            began = time.perf_counter()
            for text, published in texts:
                submit_report(text=text, published_at=published)
            submitted = time.perf_counter() - began
            while Report.objects.exclude(parse_status__in=[ParseStatus.PARSED, ParseStatus.FAILED]).exists():
                time.sleep(0.05)
            total = time.perf_counter() - began
            rss = workers.peak_rss()
        finally:
            workers.stop()
        parsed = Report.objects.filter(parse_status=ParseStatus.PARSED).count()
        failed = Report.objects.filter(parse_status=ParseStatus.FAILED).count()
        claims = sum(Report.objects.values_list("claim_count", flat=True))

    print(
        f"== ingestion on {args.db}: {args.reports} reports (~{words // args.reports} words),"
        " 2 worker processes =="
    )
    print(
        f"  no-op tasks : enqueue {enqueued:6.2f} s, all drained {noop_total:6.2f} s  "
        f"({args.reports / noop_total:7.0f} tasks/s)"
    )
    print(
        f"  reports     : submit  {submitted:6.2f} s, all parsed  {total:6.2f} s  "
        f"({args.reports / total:7.0f} reports/s)  target <= 30 s"
    )
    print(f"  outcome     : {parsed} parsed, {failed} failed, {claims} claims")
    print("  worker peak RSS: " + ", ".join(f"{k} {v:.0f} MB" for k, v in rss.items()))


if __name__ == "__main__":
    main()
