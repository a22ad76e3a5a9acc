"""The demo scenario: the shipped registry, two demo accounts and a dozen reports, parsed."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model

from .extraction import PARSER_VERSION
from .intake import service as intake
from .models import Channel, ParseStatus, Report, Source
from .parsing import requeue
from .parsing import service as parsing
from .permissions import ensure_roles
from .propositions.service import group_report
from .registry.loader import load_shipped_registry

DEMO_REPORTS = Path(__file__).resolve().parent / "data" / "demo_reports.json"
DEMO_ACCOUNTS = (("analyst", "Analysts"), ("viewer", "Viewers"))


@dataclass
class DemoResult:
    reports_created: int = 0
    reports_existing: int = 0
    claims: int = 0
    new_passwords: dict[str, str] = field(default_factory=dict)


def ensure_demo_accounts(reset_passwords: bool = False) -> dict[str, str]:
    """Create the demo analyst and viewer. Passwords are random and returned only when set."""
    analysts, viewers = ensure_roles()
    groups = {"Analysts": analysts, "Viewers": viewers}
    users = get_user_model()
    passwords = {}
    for username, group in DEMO_ACCOUNTS:
        user, created = users.objects.get_or_create(username=username)
        user.groups.add(groups[group])
        if created or reset_passwords:
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.save()
            passwords[username] = password
    return passwords


def load_demo(reset_passwords: bool = False) -> DemoResult:
    load_shipped_registry()
    result = DemoResult(new_passwords=ensure_demo_accounts(reset_passwords))
    for row in json.loads(DEMO_REPORTS.read_text(encoding="utf-8")):
        hint = Source.objects.filter(name=row["source_hint"]).first() if row.get("source_hint") else None
        submission = intake.submit_report(
            text=row["text"],
            title=row["title"],
            url=row["url"],
            outlet=row["outlet"],
            published_at=date.fromisoformat(row["published"]),
            channel=Channel.DEMO,
            source_hint=hint,
            enqueue=False,
        )
        if submission.created:
            result.reports_created += 1
        else:
            result.reports_existing += 1
        report = submission.report
        if report.parse_status != ParseStatus.QUEUED and report.parser_version != PARSER_VERSION:
            # Loaded by an older parser: read it again (analysts' decisions are kept).
            requeue.request_reparse(Report.objects.filter(pk=report.pk), enqueue=False)
            report.refresh_from_db()
        # Parsed here, so the demo shows claims even before a worker runs.
        if report.parse_status == ParseStatus.QUEUED:
            parsing.parse_report(report.pk)
        report.refresh_from_db()
        if report.grouped_at is None or (report.parsed_at and report.grouped_at < report.parsed_at):
            group_report(report.pk)  # and grouped here: the propositions show at once too
        submission.report.refresh_from_db()
        result.claims += submission.report.claim_count
    return result
