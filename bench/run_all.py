"""`make bench`: every benchmark, on SQLite and (when DATABASE_URL is set) PostgreSQL.

Builds the 100,000-claim database once per engine, then prints the figures of each benchmark
as it goes. Nothing is asserted: targets are printed beside the figures.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(script: str, *args: str) -> None:
    print(f"\n$ python bench/{script} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], cwd=ROOT, check=True)


def main() -> None:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")), "?"
    )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"
    )
    engines = ["sqlite"] + (["postgres"] if os.environ.get("DATABASE_URL", "").startswith("postgres") else [])
    if (ROOT / "bench" / "extract.py").exists():
        run("extract.py")
    for engine in engines:
        run("build_db.py", "--db", engine)
        run("web.py", "--db", engine)
        run("load.py", "--db", engine)
        run("ingest.py", "--db", engine)
        run("grouping.py", "--db", engine)
        run("export_jobs.py", "--db", engine)


if __name__ == "__main__":
    main()
