"""Adds claims through the real write path until stopped, as a Celery worker parsing a stream of
reports would: each report is submitted through the intake service (not queued), then parsed by
`claims.parsing.service.parse_report` (extractor, claims stored in bulk, panel counts kept in the
same transaction). bench/web.py --while-writing runs two of these beside its measurements.

usage: python bench/writer.py --db postgres --claims 1000000 [--seed 1] [--pause 0] [--words 150]
                             [--nice 0]
Runs until terminated; uses the Redis of REDIS_URL only for the grouping job each parse queues.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.build_db import CLAIMS, database_name  # noqa: E402
from bench.common import adopt_env, database_env  # noqa: E402
from bench.extract import make_report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--claims", type=int, default=CLAIMS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pause", type=float, default=0.0, help="seconds between two reports")
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--nice", type=int, default=0, help="CPU priority (scripts/serve.sh's worker: 10)")
    args = parser.parse_args()
    adopt_env(database_env(args.db, database_name(args.claims)) | {"REDIS_URL": os.environ["REDIS_URL"]})
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, range(os.cpu_count() or 1))  # not the measuring process's one core
    os.nice(args.nice)
    import time

    import django

    django.setup()
    from claims.intake.service import submit_report
    from claims.parsing.service import parse_report

    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    rng = random.Random(args.seed)
    start = date(2025, 1, 1)
    n = 0
    while not stop:
        text = make_report(rng, args.words) + f" (writer {args.seed}, report {n})"
        published = start + timedelta(days=rng.randrange(300))
        submission = submit_report(text=text, published_at=published, enqueue=False)
        parse_report(submission.report.pk)
        n += 1
        if args.pause:
            time.sleep(args.pause)


if __name__ == "__main__":
    main()
