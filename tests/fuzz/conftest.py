"""Fuzzing every form, page and API endpoint with hypothesis through the Django test client.

Every answer must be 2xx, 3xx or 4xx (the test client re-raises a view's exception, so a 500
fails with its traceback and hypothesis's smallest example). Each example runs in a transaction
rolled back afterwards, so examples do not see each other's rows, and a refused request (4xx)
must leave the database exactly as it found it.

The number of cases tried per endpoint is printed at the end of the run and written to
test-output/fuzz-cases.json. FUZZ_EXAMPLES scales the number of examples (default 1.0);
FUZZ_RANDOM=1 draws new examples each run instead of the same ones.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from django.apps import apps
from django.db import transaction
from hypothesis import HealthCheck, settings

OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
CASES: Counter = Counter()
OUTCOMES: dict[str, Counter] = defaultdict(Counter)
SCALE = float(os.environ.get("FUZZ_EXAMPLES") or 1.0)


def fuzz_settings(examples: int):
    """Bounded and, unless FUZZ_RANDOM is set, the same examples on every run (CI on a loaded
    machine must not find a new case at random one day and pass the next)."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        derandomize=not os.environ.get("FUZZ_RANDOM"),
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,  # the fixtures' rows are shared on purpose
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
        print_blob=True,
    )


def record(endpoint: str, response) -> None:
    CASES[endpoint] += 1
    OUTCOMES[endpoint][f"{response.status_code // 100}xx"] += 1


def pytest_terminal_summary(terminalreporter):
    if not CASES:
        return
    write = terminalreporter.write_line
    terminalreporter.section("fuzz cases tried (hypothesis)")
    width = max(len(name) for name in CASES)
    for name in sorted(CASES):
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(OUTCOMES[name].items()))
        write(f"{name:<{width}}  {CASES[name]:>5}   {outcomes}")
    write(f"{'total':<{width}}  {sum(CASES.values()):>5}   across {len(CASES)} endpoints")
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "fuzz-cases.json").write_text(
        json.dumps(
            {
                "total": sum(CASES.values()),
                "endpoints": {k: {"cases": CASES[k], **OUTCOMES[k]} for k in CASES},
            },
            indent=2,
        )
    )


# ---------------------------------------------------------------------------------------------
# The database an example runs against


COUNTED = ("claims", "api", "auth")


def row_counts() -> dict[str, int]:
    return {
        model._meta.label_lower: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.app_label in COUNTED
    }


@contextmanager
def rolled_back():
    """One example: rolled back afterwards, whatever happened."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def send(client, endpoint: str, method: str, path: str, data=None, **extra):
    """Send one request; an export is read to its end (a streamed body fails while streaming).
    Bytes are sent as they are (client.post would re-encode them for a charset it is given)."""
    if isinstance(data, bytes):
        response = client.generic(method, path, data, **extra)
    else:
        response = getattr(client, method.lower())(path, data, **extra)
    if response.streaming:
        b"".join(response.streaming_content)
    record(endpoint, response)
    if os.environ.get("FUZZ_DEBUG") and response.status_code >= 400:
        explain(endpoint, response, data)
    assert response.status_code < 500, f"{method} {path}: {response.status_code}"
    return response


def explain(endpoint: str, response, data) -> None:
    """FUZZ_DEBUG=1 (with -s): why each request was refused, to tune the strategies."""
    body = "" if response.streaming else response.content.decode(errors="replace")
    errors = re.findall(r'(?:errorlist|class="error"|class="io-error")[^>]*>(.*?)</(?:li|div)', body, re.S)
    fields = {k: str(v)[:30] for k, v in data.items()} if isinstance(data, dict) else ""
    print(endpoint, response.status_code, fields, errors[:2] or body[:200])


def refused_changes_nothing(response, before: dict[str, int]) -> None:
    if response.status_code >= 400:
        after = row_counts()
        changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
        assert not changed, f"refused with {response.status_code} but rows changed: {changed}"


# ---------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(autouse=True)
def small_limits(settings):
    """The size limits, small: oversize input is then cheap to send, and takes the same paths."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.REPORT_MAX_CHARS = 20_000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    settings.UPLOAD_MAX_BYTES = 128 * 1024
    # Parse jobs are enqueued on commit, which an example (rolled back) never reaches.
    settings.CELERY_TASK_ALWAYS_EAGER = False


@pytest.fixture
def world(db, analyst):
    """A topic, sources, places and claims for the pages and filters to work on."""
    from claims.models import ClaimLocation, ImportJob, Topic
    from tests.support.factories import make_claim, make_place, make_report, make_source

    topic = Topic.objects.create(name="Troops", slug="troops", is_default=True)
    hur = make_source("HUR", reliability="B", aliases=["ГУР"])
    kursk = make_place("Kursk", 51.73, 36.19)
    report = make_report(text="HUR said troops arrived in Kursk.", url="https://example.org/a")
    claims = []
    for n in range(3):
        claim = make_claim(
            report=report, source=hur, statement=f"Troops arrived {n}", timeline_date=date(2024, 10, 20 + n)
        )
        claim.topics.add(topic)
        ClaimLocation.objects.create(claim=claim, location=kursk, mention="Kursk")
        claims.append(claim)
    claims[0].review(by=analyst, status="confirmed", credibility=2, note="seen")
    job = ImportJob.objects.create(kind=ImportJob.Kind.JSONL, filename="a.jsonl", created_by=analyst)
    return {"topic": topic, "source": hur, "place": kursk, "report": report, "claims": claims, "job": job}
