"""Requests/s of the dashboard under concurrent load: gunicorn with 2 workers, load from a second
process (wrk, or a small Python client when wrk is missing), beside a bare Django response.

usage: python bench/load.py [--db sqlite|postgres] [--seconds 10] [--connections 8]
Needs the database from bench/build_db.py.
"""

from __future__ import annotations

import argparse
import http.client
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, adopt_env, child_pids, database_env, free_port, peak_rss_mb  # noqa: E402

PY_CLIENT = r"""
import http.client, sys, threading, time
host, port, path, cookie = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
seconds, conns = float(sys.argv[5]), int(sys.argv[6])
done, lat, lock = [0], [], threading.Lock()
end = time.monotonic() + seconds
def run():
    c = http.client.HTTPConnection(host, port)
    while time.monotonic() < end:
        t = time.perf_counter()
        c.request("GET", path, headers={"Cookie": cookie})
        r = c.getresponse(); r.read()
        with lock:
            done[0] += 1; lat.append(time.perf_counter() - t)
ts = [threading.Thread(target=run) for _ in range(conns)]
[t.start() for t in ts]; [t.join() for t in ts]
lat.sort()
print(f"{done[0] / seconds:.1f} {lat[len(lat) // 2] * 1000:.1f} {lat[int(len(lat) * 0.95)] * 1000:.1f}")
"""


def wrk(url: str, cookie: str, seconds: int, connections: int) -> tuple[float, float, float]:
    """requests/s, p50 ms, p99 ms (wrk) or p95 ms (Python client)."""
    if shutil.which("wrk"):
        out = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}", url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

        def ms(label: str) -> float:
            m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
            assert m is not None, out
            value, unit = float(m.group(1)), m.group(2)
            return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

        found = re.search(r"Requests/sec:\s+([\d.]+)", out)
        assert found is not None, out
        rps = float(found.group(1))
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        if errors:
            raise RuntimeError(f"{errors.group(1)} error responses from {url}")
        return rps, ms("50"), ms("99")
    host, port_path = url.split("//", 1)[1].split(":", 1)
    port, path = port_path.split("/", 1)
    figures = subprocess.run(
        [sys.executable, "-c", PY_CLIENT, host, port, "/" + path, cookie, str(seconds), str(connections)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(figures[0]), float(figures[1]), float(figures[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    env = database_env(args.db, "claims_bench")
    adopt_env(env)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from claims.models import Claim

    if Claim.objects.count() < 100_000:
        sys.exit(f"run bench/build_db.py --db {args.db} first")
    user, _ = get_user_model().objects.get_or_create(username="bench-viewer")
    client = Client()
    client.force_login(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"

    port = free_port()
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "dashboard.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        base = f"http://127.0.0.1:{port}"
        tool = "wrk" if shutil.which("wrk") else "python client"
        tail = "p99" if tool == "wrk" else "p95"
        wrk(f"{base}/", cookie, 2, args.connections)  # warm both workers' caches and connections
        print(
            f"== load on {args.db}: gunicorn 2 workers, {args.connections} connections,"
            f" {args.seconds} s, {tool} =="
        )
        for label, path in (("dashboard page", "/"), ("bare Django response", "/healthz")):
            rps, p50, p_tail = wrk(base + path, cookie, args.seconds, args.connections)
            print(f"  {label:<22} {rps:8.0f} req/s   p50 {p50:6.1f} ms   {tail} {p_tail:6.1f} ms")
        pids = [server.pid, *child_pids(server.pid)]
        print(
            "  web peak RSS: "
            + ", ".join(f"{peak_rss_mb(pid):.0f} MB" for pid in pids)
            + " (master, workers)"
        )
    finally:
        server.terminate()
        server.wait(20)


if __name__ == "__main__":
    main()
