"""Response times of the dashboard at 100,000 claims, each beside the bare SQL behind it.

usage: python bench/web.py [--db sqlite|postgres] [--runs 30] [--claims 100000] [--only WORD]
                          [--while-writing [--writers 2] [--writer-pause 0] [--writer-nice 0]]
Needs the database from bench/build_db.py (with the same --claims). Runs pinned to one core.
For each response it prints p50/p95 with a cold aggregate cache (every request computes) and
warm (repeated requests), and the time of the same SQL statements run bare through a cursor in
the same run; the target (cold p95 <= 100 ms) beside the cold figure of the responses it covers.
`--only proposition`: only the responses whose name holds that word.

--while-writing: two writer processes (bench/writer.py) keep adding claims through the real
write path (intake, parse, claims stored with their panel counts) during the measurements, on a
throwaway Redis for the grouping jobs they queue (at normal priority unless --writer-nice N;
scripts/serve.sh runs workers at nice 10); prints how many claims they added. Besides cold
(cache emptied), each response is then measured as served, the caches kept: cold whenever a
writer committed since the previous request (the number of distinct change stamps says how
often). Target (issue 14, at 1,000,000 claims): cold p95 <= 100 ms for the dashboard, the list,
one source, the map and the timeline while they write.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.build_db import CLAIMS, database_name  # noqa: E402
from bench.common import ROOT, ThrowawayRedis, adopt_env, database_env, percentile, summary_ms  # noqa: E402

TARGET_MS = 100.0
# Issue 14's five responses; issue 12 adds every proposition page (see target()).
TARGETED = {"dashboard page", "claim list fragment", "claim list, one source", "map data", "timeline data"}


@contextlib.contextmanager
def writers(args: argparse.Namespace, count: int) -> Iterator[None]:
    """`count` writer processes adding claims (bench/writer.py) for as long as the block runs."""
    with ThrowawayRedis() as broker:
        env = os.environ | {"REDIS_URL": broker.url}
        command = [sys.executable, str(ROOT / "bench" / "writer.py"), "--db", args.db]
        command += [
            "--claims",
            str(args.claims),
            "--pause",
            str(args.writer_pause),
            "--nice",
            str(args.writer_nice),
        ]
        procs = [
            subprocess.Popen([*command, "--seed", str(100 + i)], cwd=ROOT, env=env) for i in range(count)
        ]
        try:
            yield
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--claims", type=int, default=CLAIMS)
    parser.add_argument("--only", default="", help="only the responses whose name holds this word")
    parser.add_argument("--while-writing", action="store_true", help="two writers add claims meanwhile")
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--writer-pause", type=float, default=0.0, help="each writer's pause between reports")
    parser.add_argument("--writer-nice", type=int, default=0, help="the writers' CPU priority (serve.sh: 10)")
    args = parser.parse_args()
    adopt_env(database_env(args.db, database_name(args.claims)))
    if not args.while_writing:
        measure(args)
        return
    import django

    django.setup()
    from claims.models import Claim

    before = Claim.objects.count()
    began = time.perf_counter()
    with writers(args, args.writers):
        time.sleep(5)  # the writers' imports and first reports
        written_before = Claim.objects.count()
        measure(args, writing=f"while {args.writers} writers (nice {args.writer_nice}) add claims")
        written = Claim.objects.count() - written_before
    took = time.perf_counter() - began
    print(
        f"  writers added {Claim.objects.count() - before:,} claims in {took:.0f} s"
        f" ({written:,} during the measurements); load average {os.getloadavg()[0]:.1f}"
    )


def target(name: str, samples: list[float]) -> str:
    if name not in TARGETED and not name.startswith("proposition"):
        return ""
    met = percentile(samples, 95) * 1000 <= TARGET_MS
    return f"  target p95 <= {TARGET_MS:.0f} ms: {'met' if met else 'NOT met'}"


def measure(args: argparse.Namespace, writing: str = "") -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim, Location, Proposition, Source
    from claims.queries import change_stamp

    total = Claim.objects.count()
    if total < args.claims:
        sys.exit(f"only {total:,} claims: run bench/build_db.py --db {args.db} first")
    user, _ = get_user_model().objects.get_or_create(username="bench-viewer")
    client = Client()
    client.force_login(user)
    busy_source = Source.objects.filter(name__startswith="Bench source").order_by("pk").first()
    busy_place = Location.objects.filter(claims__isnull=False).order_by("pk").first()
    assert busy_source is not None and busy_place is not None
    hx: dict[str, Any] = {"HTTP_HX_REQUEST": "true"}
    cases = [
        ("dashboard page", "/", {}),
        ("claim list fragment", "/", hx),
        ("claim list, one source", f"/?source={busy_source.pk}", hx),
        ("map data", "/panels/map.json?view=33,30,60,136", {}),
        ("map popup, one place", f"/panels/map.json?at={busy_place.pk}", {}),
        ("timeline data", "/panels/timeline.json", {}),
        ("proposition list", "/?view=propositions", {}),
        ("proposition list fragment", "/?view=propositions", hx),
    ]
    # The biggest proposition (the first the list shows) and a middling one (the median size).
    live = Proposition.objects.live().filter(claim_count__gt=0).order_by("-claim_count", "-id")
    count = live.count()
    if count:
        for prop in (live[0], live[count // 2]):
            cases.append((f"proposition, {prop.claim_count:,} claims", f"/propositions/{prop.pk}/", {}))
    else:
        print(f"  no propositions (built before grouping): run bench/build_db.py --db {args.db} --force")
    cases = [case for case in cases if args.only in case[0]]

    def bare_sql(queries) -> float:
        began = time.perf_counter()
        with connection.cursor() as cursor:
            for q in queries:
                cursor.execute(q["sql"])
                cursor.fetchall()
        return time.perf_counter() - began

    where = f"{connection.vendor} {connection.settings_dict['NAME']}"
    print(
        f"== web responses on {where}: {total:,} claims, one core, {args.runs} runs each"
        f"{', ' + writing if writing else ''}; load average {os.getloadavg()[0]:.1f} =="
    )
    for name, url, headers in cases:
        cold, warm, sql = [], [], []
        client.get(url, **headers)  # connections, imports, template loading
        for _ in range(args.runs):
            cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                began = time.perf_counter()
                response = client.get(url, **headers)
                cold.append(time.perf_counter() - began)
            assert response.status_code == 200, (url, response.status_code)
            queries = ctx.captured_queries
            sql.append(bare_sql(queries))
        stamps = set()
        for _ in range(args.runs):
            stamps.add(change_stamp())  # untimed: whether a writer committed since the last request
            began = time.perf_counter()
            client.get(url, **headers)
            warm.append(time.perf_counter() - began)
        print(f"  {name:<27} cold {summary_ms(cold)}{target(name, cold)}")
        if writing:
            # Served as it comes, caches kept: cold whenever a writer committed meanwhile (a new
            # change stamp), while what is keyed by content (the place chooser) stays.
            print(f"  {'':<27} as served {summary_ms(warm)}{target(name, warm)}  ({len(stamps)} stamps)")
        else:
            print(f"  {'':<27} warm {summary_ms(warm)}")
        print(f"  {'':<27} SQL  {summary_ms(sql)}  ({len(queries)} queries)")


if __name__ == "__main__":
    main()
