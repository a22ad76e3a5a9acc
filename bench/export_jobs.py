"""Exports as jobs at 100,000 claims: one CSV export of every claim written by a worker, then the
dashboard's p95 alone and while four exports run.

usage: python bench/export_jobs.py [--db sqlite|postgres] [--runs 40]
Needs the database from bench/build_db.py. The export worker (`exports` queue only) runs one
process at nice 10, as scripts/serve.sh runs it beside the web (`--concurrency N`: N exports at
once; `--nice N`: another priority, 0 for the normal one); on separate worker hosts (README,
"Running it for a team") they share nothing but the database.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ThrowawayRedis, Workers, adopt_env, database_env, percentile, summary_ms  # noqa: E402


def dashboard_times(client, runs: int, cold: bool) -> list[float]:
    from django.core.cache import cache

    times = []
    for _ in range(runs):
        if cold:
            cache.clear()
        began = time.perf_counter()
        response = client.get("/")
        times.append(time.perf_counter() - began)
        assert response.status_code == 200
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--nice", type=int, default=10, help="CPU priority of the export workers (0-19)")
    parser.add_argument("--concurrency", type=int, default=1, help="export worker processes (serve.sh: 1)")
    args = parser.parse_args()
    env = database_env(args.db, "claims_bench")
    redis = ThrowawayRedis().start()
    env.update(REDIS_URL=redis.url, EXPORT_MAX_CONCURRENT_PER_USER="4")
    env["EXPORTS_DIR"] = str(Path(redis.dir) / "exports")
    adopt_env(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from claims import export_jobs
    from claims.filters import ClaimFilter
    from claims.models import Claim, ExportJob

    total = Claim.objects.count()
    user, _ = get_user_model().objects.get_or_create(username="bench-exporter")
    client = Client()
    client.force_login(user)
    workers = Workers({**env, "LOG_LEVEL": "WARNING"}, concurrency=args.concurrency, extra=("-Q", "exports"))
    if args.nice:
        os.setpriority(os.PRIO_PGRP, workers.proc.pid, args.nice)
    workers.wait_ready()
    every = ClaimFilter.from_query({"topic": "all"})

    def export_all(n: int) -> float:
        began = time.perf_counter()
        jobs = [
            export_jobs.request_export("csv", every, user=user, base_url="https://t.example.org/")
            for _ in range(n)
        ]
        pending = {job.pk for job in jobs}
        while pending:
            done = ExportJob.objects.filter(pk__in=pending, state__in=["done", "failed"])
            for job in done:
                assert job.state == "done", job.error
                pending.discard(job.pk)
            time.sleep(0.2)
        return time.perf_counter() - began

    try:
        print(
            f"== exports as jobs on {args.db}: {total:,} claims, export workers at nice {args.nice};"
            f" load average {os.getloadavg()[0]:.1f} =="
        )
        client.get("/")
        alone = export_all(1)
        job = ExportJob.objects.order_by("-pk")[0]
        print(
            f"  one CSV export of {job.total:,} claims as a job: {alone:.1f} s "
            f"({job.size / 1_048_576:.0f} MB, {job.total / alone:,.0f} claims/s)"
        )
        for cold in (False, True):
            label = "cold" if cold else "warm"
            quiet = dashboard_times(client, args.runs, cold)
            jobs = [
                export_jobs.request_export("csv", every, user=user, base_url="https://t.example.org/")
                for _ in range(4)
            ]
            ids = [j.pk for j in jobs]
            deadline = time.monotonic() + 60
            while (
                ExportJob.objects.filter(pk__in=ids, state="running").count() < args.concurrency
            ):  # all busy
                assert time.monotonic() < deadline, "the export workers did not start"
                time.sleep(0.2)
            busy = dashboard_times(client, args.runs, cold)
            running = ExportJob.objects.filter(pk__in=ids, state="running").count()
            print(f"  dashboard {label}, no export running:    {summary_ms(quiet)}")
            print(f"  dashboard {label}, four exports queued ({running} running): {summary_ms(busy)}")
            change = percentile(busy, 95) / percentile(quiet, 95) - 1
            print(f"    p95 {change:+.0%} (target: within +20%)")
            while ExportJob.objects.filter(state__in=["pending", "running"]).exists():
                time.sleep(0.5)
    finally:
        workers.stop()
        redis.close()


if __name__ == "__main__":
    main()
