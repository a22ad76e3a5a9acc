"""Response times of the dashboard at 100,000 claims, each beside the bare SQL behind it.

usage: python bench/web.py [--db sqlite|postgres] [--runs 30] [--claims 100000] [--only WORD]
Needs the database from bench/build_db.py (with the same --claims). Runs pinned to one core.
For each response it prints p50/p95 with a cold aggregate cache (every request computes) and
warm (repeated requests), and the time of the same SQL statements run bare through a cursor in
the same run; the target (cold p95 <= 100 ms) beside the cold figure. `--only proposition`: only
the responses whose name holds that word.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.build_db import CLAIMS, database_name  # noqa: E402
from bench.common import adopt_env, database_env, summary_ms  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--claims", type=int, default=CLAIMS)
    parser.add_argument("--only", default="", help="only the responses whose name holds this word")
    args = parser.parse_args()
    adopt_env(database_env(args.db, database_name(args.claims)))
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

    total = Claim.objects.count()
    if total < args.claims:
        sys.exit(f"only {total:,} claims: run bench/build_db.py --db {args.db} first")
    user, _ = get_user_model().objects.get_or_create(username="bench-viewer")
    client = Client()
    client.force_login(user)
    busy_source = Source.objects.filter(name__startswith="Bench source").order_by("pk").first()
    busy_place = Location.objects.filter(claims__isnull=False).order_by("pk").first()
    assert busy_source is not None and busy_place is not None
    # The biggest proposition (the first the list shows) and a middling one (the median size).
    live = Proposition.objects.live().filter(claim_count__gt=0)
    biggest = live.order_by("-claim_count", "-id").first()
    middling = live.order_by("-claim_count", "-id")[live.count() // 2]
    assert biggest is not None, f"no propositions: run bench/build_db.py --db {args.db} again"
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
        (f"proposition, {biggest.claim_count:,} claims", f"/propositions/{biggest.pk}/", {}),
        (f"proposition, {middling.claim_count:,} claims", f"/propositions/{middling.pk}/", {}),
    ]
    cases = [case for case in cases if args.only in case[0]]

    def bare_sql(queries) -> float:
        began = time.perf_counter()
        with connection.cursor() as cursor:
            for q in queries:
                cursor.execute(q["sql"])
                cursor.fetchall()
        return time.perf_counter() - began

    where = f"{connection.vendor} {connection.settings_dict['NAME']}"
    print(f"== web responses on {where}: {total:,} claims, one core, {args.runs} runs each ==")
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
        for _ in range(args.runs):
            began = time.perf_counter()
            client.get(url, **headers)
            warm.append(time.perf_counter() - began)
        print(f"  {name:<27} cold {summary_ms(cold)}  target p95 <= 100 ms")
        print(f"  {'':<27} warm {summary_ms(warm)}")
        print(f"  {'':<27} SQL  {summary_ms(sql)}  ({len(queries)} queries)")


if __name__ == "__main__":
    main()
