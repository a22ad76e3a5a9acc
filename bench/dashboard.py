"""How fast the dashboard answers with many claims: page, list fragment, map and timeline.

    .venv/bin/python bench/dashboard.py [claims=100000]

Builds (once) a throwaway database with synthetic claims (SQLite under /tmp, or the PostgreSQL
database of DATABASE_URL), then times each response with Django's test client and prints the
median and worst of several runs with the number of queries. Figures, not assertions.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dashboard.settings")
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
if not os.environ.get("DATABASE_URL"):
    os.environ.setdefault("SQLITE_PATH", f"/tmp/claims-bench-{N}.sqlite3")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from claims.models import Claim, Location, Source  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from ui_data import populate  # noqa: E402

RUNS = 7


def main() -> None:
    call_command("migrate", verbosity=0)
    have = Claim.objects.count()
    if have < N:
        started = time.perf_counter()
        populate(N - have)
        print(f"built {N - have:,} claims in {time.perf_counter() - started:.0f} s")
    if connection.vendor == "postgresql":
        # What autovacuum does soon after a bulk load: without statistics the planner guesses.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    user, _ = get_user_model().objects.get_or_create(username="bench-viewer")
    client = Client()
    client.force_login(user)
    kursk = Location.objects.get(name="Kursk")
    source = Source.objects.order_by("pk").first()
    hx = {"HTTP_HX_REQUEST": "true"}
    cases = [
        ("dashboard page", "/", {}),
        ("list fragment", "/", hx),
        ("list, one source", f"/?source={source.pk}", hx),
        ("list, text search", "/?q=Sudzha", hx),
        ("list, page 200", "/?page=200", hx),
        ("map, initial view", "/panels/map.json?view=33,30,60,136", {}),
        ("map, whole world", "/panels/map.json", {}),
        ("map, one place", f"/panels/map.json?place={kursk.pk}", {}),
        ("timeline", "/panels/timeline.json", {}),
        ("timeline, one month", "/panels/timeline.json?from=2024-10-01&to=2024-10-31", {}),
        ("change poll", "/panels/changes/?stamp=x", {}),
    ]
    print(f"{Claim.objects.count():,} claims, database {connection.vendor}")
    print(f"{'response':<22}{'median ms':>10}{'worst ms':>10}{'queries':>9}{'bytes':>9}")
    for name, url, headers in cases:
        times = []
        for _ in range(RUNS):
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                response = client.get(url, **headers)
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        print(
            f"{name:<22}{statistics.median(times):>10.1f}{max(times):>10.1f}"
            f"{len(ctx.captured_queries):>9}{len(response.content):>9,}"
        )


if __name__ == "__main__":
    main()
