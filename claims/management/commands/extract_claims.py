"""Run the extractor on JSON lines without touching the database (the evaluation contract).

    python manage.py extract_claims INPUT.jsonl      # or - for standard input
    python manage.py extract_claims --propositions INPUT.jsonl

With --propositions every claim also carries a "proposition" key (a string): claims with equal keys,
in any report of the input, are grouped together - the grouping the workers do, in memory. Lines
are then printed after the whole input was read (still in input order).

Each input line is {"id": "...", "published": "YYYY-MM-DD" or null, "text": "..."}; each output
line is {"id": "...", "claims": [...]}, in input order. The registry is the database's, read the
way the worker reads it; the text is cleaned the way a submitted report is. A bad line is
reported on standard error (and, when it has an id, answered with an empty claim list and an
"error"), and the other lines go on.
"""

from __future__ import annotations

import json
import sys
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from claims import extraction
from claims.extraction.output import claim_as_json
from claims.propositions.grouping import Grouper, facts_from_json
from claims.registry import snapshot


class BadLine(ValueError):
    pass


def _parse_line(line: str) -> tuple[str, date | None, str]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(row, dict):
        raise BadLine("a line must be a JSON object with id, published and text")
    rid = row.get("id")
    if rid is None or isinstance(rid, (dict, list)) or str(rid).strip() == "":
        raise BadLine("the line has no id")
    rid = str(rid)
    text = row.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise BadLine(f"report {rid}: text must be a string", rid)
    published = row.get("published")
    if published in (None, ""):
        day = None
    elif isinstance(published, str):
        try:
            day = date.fromisoformat(published.strip()[:10])
        except ValueError as exc:
            raise BadLine(f"report {rid}: published {published!r} is not a YYYY-MM-DD date", rid) from exc
    else:
        raise BadLine(f"report {rid}: published must be a YYYY-MM-DD string or null", rid)
    return rid, day, text


class Command(BaseCommand):
    help = (
        "Extract claims from JSON lines (id, published, text) and print one JSON line per report. No writes."
    )

    def add_arguments(self, parser):
        parser.add_argument("input", help="A JSONL file, or - for standard input.")
        parser.add_argument(
            "--propositions",
            action="store_true",
            help='Add a "proposition" key to every claim, grouping claims across all reports of the input.',
        )

    def handle(self, *args, input=None, propositions=False, **options):  # noqa: A002
        self.grouper = Grouper() if propositions else None
        try:
            registry = snapshot.current_registry()
        except DatabaseError as exc:
            raise CommandError(
                f"The database is not set up ({exc}): run `make setup` (or manage.py migrate) first."
            ) from exc
        if not registry.sources and not registry.places:
            raise CommandError("The registry is empty: run `make setup` (or manage.py load_registry) first.")
        try:
            stream = sys.stdin if input == "-" else open(input, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"Cannot read {input}: {exc}") from exc
        failed = 0
        try:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    rid, published, text = _parse_line(line)
                except BadLine as exc:
                    failed += 1
                    self.stderr.write(f"line {number}: {exc.args[0]}")
                    if len(exc.args) > 1:
                        self._emit({"id": exc.args[1], "claims": [], "error": exc.args[0]})
                    continue
                try:
                    clean = extraction.prepare_text(text)
                    drafts = extraction.extract(clean, published, registry)
                    claims = [claim_as_json(d, registry) for d in drafts]
                except Exception as exc:  # the extractor must not take the other reports down
                    failed += 1
                    reason = f"the extractor failed ({type(exc).__name__}: {exc})"
                    self.stderr.write(f"line {number} (report {rid}): {reason}")
                    self._emit({"id": rid, "claims": [], "error": reason})
                    continue
                if self.grouper is not None:
                    keys = self.grouper.add_report([facts_from_json(c, published) for c in claims])
                    for claim, key in zip(claims, keys, strict=True):
                        claim["proposition"] = key
                self._emit({"id": rid, "claims": claims})
        except UnicodeDecodeError as exc:
            raise CommandError(f"{input} is not UTF-8 text: {exc}") from exc
        finally:
            if stream is not sys.stdin:
                stream.close()
        if failed:
            self.stderr.write(f"{failed} line(s) could not be read; the others were extracted.")

    def _emit(self, row: dict) -> None:
        self.stdout.write(json.dumps(row, ensure_ascii=False))
