"""Ingestion with and without grouping into propositions, on a database that already holds
100,000 claims grouped into propositions (bench/build_db.py's).

usage: python bench/grouping.py [--db sqlite|postgres] [--reports 1000] [--rounds 1]
Each run starts from a copy of the benchmark database (claims_bench_grouping): the same reports
are submitted and drained by 2 worker processes through a throwaway Redis, once by workers that
only parse (the grouping tasks wait in their queue, untouched) and once by workers that parse
and group (a grouping task runs GROUPING_DELAY_SECONDS after its parse and takes the reports
waiting beside its own); the second run ends when every report is parsed and grouped. Then a
quarter as many other reports are parsed and grouped in this process, half one at a time and
half in batches: the CPU per claim, free of the queue and of workers competing for the cores
and the database (the figures that move least on a shared machine).
Target: grouping adds at most 20% to the ingestion time.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.build_db import CLAIMS, database_name  # noqa: E402
from bench.common import ThrowawayRedis, Workers, adopt_env, database_env  # noqa: E402
from bench.extract import make_report  # noqa: E402

SCRATCH = "grouping"  # the copy: claims_bench_grouping


def copy_database(db: str) -> dict[str, str]:
    """A fresh copy of the 100,000-claim database (named after it, with BENCH_DATABASE too), and
    the environment that selects it."""
    source = database_env(db, database_name(CLAIMS))
    env = dict(source)
    if db == "sqlite":
        env["SQLITE_PATH"] = source["SQLITE_PATH"].replace(".sqlite3", f"_{SCRATCH}.sqlite3")
        for suffix in ("", "-wal", "-shm"):
            Path(env["SQLITE_PATH"] + suffix).unlink(missing_ok=True)
        with sqlite3.connect(source["SQLITE_PATH"]) as src, sqlite3.connect(env["SQLITE_PATH"]) as dst:
            src.backup(dst)
        return env
    import psycopg

    server, template = source["DATABASE_URL"].rsplit("/", 1)
    name = f"{template}_{SCRATCH}"
    env["DATABASE_URL"] = f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return env


def submitted(after: int):
    from claims.models import Report

    return Report.objects.filter(pk__gt=after)


def drained(after: int, grouped: bool) -> bool:
    from claims.models import ParseStatus

    reports = submitted(after)
    if reports.exclude(parse_status__in=[ParseStatus.PARSED, ParseStatus.FAILED]).exists():
        return False
    ungrouped = reports.filter(parse_status=ParseStatus.PARSED, grouped_at__isnull=True)
    return not grouped or not ungrouped.exists()


def ingest(env: dict[str, str], texts: list[tuple[str, date]], queues: str) -> tuple[float, int, float]:
    """Seconds from the first submission until every report is parsed (and grouped, when the
    workers take the grouping queue), the last report before them, and the seconds from the last
    parse to the last grouping (the grouping delay and the last batch: what no worker overlaps)."""
    from django.db import connections
    from django.db.models import Max

    from claims.intake.service import submit_report
    from claims.models import Report

    last = Report.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    connections.close_all()
    workers = Workers(env, concurrency=2, extra=("-Q", queues))
    workers.wait_ready()
    try:
        began = time.perf_counter()
        for text, published in texts:
            submit_report(text=text, published_at=published)
        while not drained(last, grouped="grouping" in queues):
            time.sleep(0.05)
        took = time.perf_counter() - began
        ends = submitted(last).aggregate(parsed=Max("parsed_at"), grouped=Max("grouped_at"))
        tail = (ends["grouped"] - ends["parsed"]).total_seconds() if ends["grouped"] else 0.0
        return took, last, tail
    finally:
        workers.stop()


def in_process(texts: list[tuple[str, date]]) -> tuple[list[int], float, list[float], list[int]]:
    """Parse, then group, reports here, one after another: the CPU each costs, without the queue
    and without workers competing for the cores or the database. Half the reports are grouped one
    at a time, the other half in batches as a worker takes a backlog (`group_reports`). Returns
    the claims of each half, the parsing time, the grouping time of each half and the round trips
    to the database grouping each half took (figures that do not move with the machine's load)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.intake.service import submit_report
    from claims.models import Claim
    from claims.parsing.service import parse_report
    from claims.propositions.service import BATCH_REPORTS, group_report, group_reports

    ids = [submit_report(text=t, published_at=d, enqueue=False).report.pk for t, d in texts]
    parse_report(ids[0])  # compiles the registry and loads the lemmatizers, as a worker's first task
    group_report(ids[0])
    began = time.perf_counter()
    for pk in ids[1:]:
        parse_report(pk)
    parsing = time.perf_counter() - began
    half = len(ids) // 2
    single, batched = ids[1:half], ids[half:]
    with CaptureQueriesContext(connection) as one:
        began = time.perf_counter()
        for pk in single:
            group_report(pk)
        one_by_one = time.perf_counter() - began
    with CaptureQueriesContext(connection) as batches:
        began = time.perf_counter()
        for i in range(0, len(batched), BATCH_REPORTS):
            group_reports(batched[i : i + BATCH_REPORTS])
        in_batches = time.perf_counter() - began
    claims = [Claim.objects.filter(report_id__in=part).count() for part in (single, batched)]
    trips = [len(one.captured_queries), len(batches.captured_queries)]
    return claims, parsing, [one_by_one, in_batches], trips


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="pairs of runs (parse only, then parse and group), each on a fresh copy: the median"
        " of the pairs' ratios moves less with what else the machine does than one pair",
    )
    args = parser.parse_args()

    rng = random.Random(7)
    texts = [
        (make_report(rng, 400), date(2024, 10, 1) + timedelta(days=rng.randrange(180)))
        for _ in range(args.reports + args.reports // 4)
    ]
    texts, alone = texts[: args.reports], texts[args.reports :]
    with ThrowawayRedis() as broker:
        env = copy_database(args.db)
        env["REDIS_URL"] = broker.url
        adopt_env(env)
        import django

        django.setup()
        from django.db import connections
        from redis import Redis

        from claims.models import Claim, Proposition

        before = Claim.objects.count()
        if before < CLAIMS or not Proposition.objects.exists():
            sys.exit(f"{before:,} claims, propositions: run bench/build_db.py --db {args.db} first")
        props = Proposition.objects.count()
        pairs = []
        for i in range(args.rounds):
            if i:
                connections.close_all()
                env = copy_database(args.db)
                env["REDIS_URL"] = broker.url
            without, _, _ = ingest(env, texts, "parsing")
            # The first run's grouping tasks, still queued, would find the second run's reports.
            redis = Redis.from_url(broker.url)
            redis.delete(*redis.keys("grouping*"))

            connections.close_all()
            env = copy_database(args.db)
            env["REDIS_URL"] = broker.url
            with_grouping, _, tail = ingest(env, texts, "parsing,grouping")
            pairs.append((without, with_grouping, tail))
        added = Claim.objects.count() - before
        claims, parsing, grouping, trips = in_process(alone)

    print(
        f"== ingestion with grouping on {args.db}: {args.reports} reports (~400 words), 2 worker processes,"
        f" onto {before:,} claims in {props:,} propositions =="
    )
    for without, with_grouping, tail in pairs:
        print(f"  parse only          : all parsed          {without:6.2f} s")
        print(f"  parse and group     : all parsed, grouped {with_grouping:6.2f} s  ({added:,} claims)")
        extra = (with_grouping / without - 1) * 100
        print(f"  grouping adds       : {extra:+6.1f} %  target <= +20 %")
        print(f"    after the last parse: {tail:5.2f} s  (the grouping delay, then the last batch)")
    if len(pairs) > 1:
        extras = sorted((w / p - 1) * 100 for p, w, _ in pairs)
        print(
            f"  median of {len(pairs)} pairs : {statistics.median(extras):+6.1f} %  (each: "
            + ", ".join(f"{e:+.1f}" for e in extras)
            + ")"
        )
    print(
        f"  in one process      : {len(alone) - 1} other reports, {sum(claims):,} claims: parsing"
        f" {parsing:5.2f} s, {parsing / sum(claims) * 1000:.2f} ms per claim"
    )
    halves = [len(alone) // 2 - 1, len(alone) - len(alone) // 2]  # reports (the first warms up)
    labels = ("one at a time", "in batches")
    for label, n, took, trip, m in zip(labels, claims, grouping, trips, halves, strict=True):
        print(
            f"    grouping {label:<14}: {took / max(n, 1) * 1000:.2f} ms per claim,"
            f" {trip / max(m, 1):.1f} round trips per report"
        )


if __name__ == "__main__":
    main()
