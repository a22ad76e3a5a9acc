"""Requests/s under concurrent load: gunicorn with 2 workers, load from a second process (wrk, or
a small Python client when wrk is missing), 16 connections, at 100,000 claims.

Measured in one run: a mix of the dashboard page, its claim list, the map and timeline data, a
claim page and a report page (bench/mix.lua cycles through them), beside a plain Django
`ListView` of 50 claims (bench/urls.py, served with BENCH_VIEWS=1 only), the dashboard page
alone and a bare Django response. Target (issue 14): the mix reaches the ListView's req/s, with
p99 <= 3x its p50 and no errors.

usage: python bench/load.py [--db sqlite|postgres] [--seconds 10] [--connections 16] [--rounds 3]
Needs the database from bench/build_db.py.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.build_db import CLAIMS, database_name  # noqa: E402
from bench.common import ROOT, adopt_env, child_pids, database_env, free_port, peak_rss_mb  # noqa: E402

MIX_SCRIPT = ROOT / "bench" / "mix.lua"

# Cycles through argv's paths ("hx:" = an htmx request); prints req/s, p50, p99 (ms), errors.
PY_CLIENT = r"""
import http.client, sys, threading, time
host, port, cookie = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seconds, conns = float(sys.argv[4]), int(sys.argv[5])
paths = [(p[3:], True) if p.startswith("hx:") else (p, False) for p in sys.argv[6:]]
done, errors, lat, lock = [0], [0], [], threading.Lock()
end = time.monotonic() + seconds
def run(offset):
    c = http.client.HTTPConnection(host, port, timeout=30)
    i = offset
    while time.monotonic() < end:
        path, hx = paths[i % len(paths)]
        i += 1
        headers = {"Cookie": cookie, **({"HX-Request": "true"} if hx else {})}
        t = time.perf_counter()
        try:
            c.request("GET", path, headers=headers)
            r = c.getresponse(); r.read(); bad = r.status >= 400
        except OSError:
            c.close(); c = http.client.HTTPConnection(host, port, timeout=30); bad = True
        with lock:
            done[0] += 1; errors[0] += bad; lat.append(time.perf_counter() - t)
ts = [threading.Thread(target=run, args=(k * 3,)) for k in range(conns)]
[t.start() for t in ts]; [t.join() for t in ts]
lat.sort()
p99 = lat[min(int(len(lat) * 0.99), len(lat) - 1)]
print(done[0] / seconds, lat[len(lat) // 2] * 1000, p99 * 1000, errors[0])
"""


@dataclass
class Load:
    rps: float
    p50: float  # ms
    p99: float  # ms
    errors: int

    def line(self, label: str) -> str:
        return (
            f"  {label:<30} {self.rps:8.0f} req/s   p50 {self.p50:7.1f} ms   p99 {self.p99:7.1f} ms"
            f"   errors {self.errors}"
        )


def _wrk_ms(out: str, label: str) -> float:
    m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
    assert m is not None, out
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def _wrk(base: str, cookie: str, paths: list[str], seconds: int, connections: int) -> Load:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "--latency"]
    command += ["-H", f"Cookie: {cookie}", "-s", str(MIX_SCRIPT), base, "--", *paths]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert found is not None, out
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket:
        errors += sum(int(n) for n in socket.groups())
    return Load(float(found.group(1)), _wrk_ms(out, "50"), _wrk_ms(out, "99"), errors)


def measure(base: str, cookie: str, paths: list[str], seconds: int, connections: int) -> Load:
    """Load from `connections` connections cycling through `paths` for `seconds`."""
    if shutil.which("wrk"):
        return _wrk(base, cookie, paths, seconds, connections)
    host, port = base.split("//", 1)[1].split(":", 1)
    figures = subprocess.run(
        [sys.executable, "-c", PY_CLIENT, host, port, cookie, str(seconds), str(connections), *paths],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return Load(float(figures[0]), float(figures[1]), float(figures[2]), int(figures[3]))


def mix_paths() -> list[str]:
    """The six pages of the mix, in equal parts; claim and report pages vary over a few claims."""
    from claims.models import Claim

    ids = list(Claim.objects.order_by("pk").values_list("pk", "report_id"))
    picked = [ids[len(ids) * k // 5] for k in range(5)]
    paths = []
    for claim_id, report_id in picked:
        paths += ["/", "hx:/", "/panels/map.json?view=33,30,60,136", "/panels/timeline.json"]
        paths += [f"/claims/{claim_id}/", f"/reports/{report_id}/"]
    return paths


def start_server(env: dict[str, str], port: int) -> subprocess.Popen:
    gunicorn = str(ROOT / ".venv" / "bin" / "gunicorn")
    command = [gunicorn, "dashboard.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env | {"BENCH_VIEWS": "1"})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.2)
    return server


YARDSTICK, MIX = "plain ListView of 50 claims", "mix of 6 pages"


def median(loads: list[Load]) -> Load:
    """Medians over the rounds (req/s, p50 and p99 each on its own); errors summed."""

    def mid(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    return Load(
        mid([x.rps for x in loads]),
        mid([x.p50 for x in loads]),
        mid([x.p99 for x in loads]),
        sum(x.errors for x in loads),
    )


def verdict(mix: Load, yardstick: Load) -> str:
    tail_ok = mix.p99 <= 3 * mix.p50
    checks = [
        f"req/s {mix.rps:.0f} >= {yardstick.rps:.0f}: {'met' if mix.rps >= yardstick.rps else 'NOT met'}",
        f"p99 {mix.p99:.1f} <= 3 x p50 = {3 * mix.p50:.1f} ms: {'met' if tail_ok else 'NOT met'}",
        f"errors {mix.errors} = 0: {'met' if mix.errors == 0 else 'NOT met'}",
    ]
    return "  target (mix vs ListView): " + "; ".join(checks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of ListView and mix, alternating")
    args = parser.parse_args()
    env = database_env(args.db, database_name(CLAIMS))
    adopt_env(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from claims.models import Claim

    if Claim.objects.count() < CLAIMS:
        sys.exit(f"run bench/build_db.py --db {args.db} first")
    user, _ = get_user_model().objects.get_or_create(username="bench-viewer")
    client = Client()
    client.force_login(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    paths = mix_paths()

    port = free_port()
    server = start_server(env, port)
    try:
        base = f"http://127.0.0.1:{port}"
        tool = "wrk" if shutil.which("wrk") else "python client (wrk not installed)"
        measure(base, cookie, [*paths, "/bench/claims/"], 3, args.connections)  # warm both workers
        load = os.getloadavg()[0]
        print(
            f"== load on {args.db}: gunicorn 2 workers, {args.connections} connections,"
            f" {args.seconds} s each, {tool}, load average {load:.1f} =="
        )
        # The yardstick and the mix in alternating rounds, so a change in the machine's load
        # (it is shared) falls on both; the medians are compared.
        rounds: dict[str, list[Load]] = {YARDSTICK: [], MIX: []}
        for i in range(args.rounds):
            for label in (YARDSTICK, MIX) if i % 2 == 0 else (MIX, YARDSTICK):
                urls = paths if label == MIX else ["/bench/claims/"]
                rounds[label].append(measure(base, cookie, urls, args.seconds, args.connections))
                print(rounds[label][-1].line(f"{label} ({i + 1})"), flush=True)
        mix, yardstick = median(rounds[MIX]), median(rounds[YARDSTICK])
        print(yardstick.line(f"{YARDSTICK} (median)"))
        print(mix.line(f"{MIX} (median)"))
        for label, urls in (("dashboard page alone", ["/"]), ("bare Django response", ["/healthz"])):
            print(measure(base, cookie, urls, args.seconds, args.connections).line(label), flush=True)
        print(verdict(mix, yardstick))
        pids = [server.pid, *child_pids(server.pid)]
        print(
            "  web peak RSS: "
            + ", ".join(f"{peak_rss_mb(pid):.0f} MB" for pid in pids)
            + f" (master, workers); load average after: {os.getloadavg()[0]:.1f}"
        )
    finally:
        server.terminate()
        server.wait(20)


if __name__ == "__main__":
    main()
