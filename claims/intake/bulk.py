"""JSON Lines, a JSON list, or CSV files of reports -> report rows.

Every row (a JSON object, a CSV line) is one report with these fields; only `text` is required:

    text       the report's text (plain text, or HTML)
    title      headline
    url        where it was published (http or https)
    outlet     who published it (a newspaper, an agency)
    published  when: YYYY-MM-DD, or an ISO 8601 date-time (UTC unless it says otherwise)
    source     who speaks when the text does not say: a source's id, name or alias; a name the
               tracker does not know yet becomes a new, unreviewed source

`published_at`/`date`, `body`/`content`, `link` and `source_hint` are read as the same fields.

Rows are checked one by one: a row that cannot be a report is rejected with its line number and
the reason, the others are imported (or, in strict mode, nothing is imported when any row is
rejected). A file that cannot be read at all - not UTF-8, not JSON Lines/CSV, no `text` column,
no row that is a report - is refused as a whole.
"""

from __future__ import annotations

import csv
import io
import json

from .rows import (
    TOO_DEEP,
    ImportRejected,
    RejectedRow,
    ReportRow,
    check_url,
    decode_utf8,
    parse_published,
    text_field,
)

FIELDS = ("text", "title", "url", "outlet", "published", "source")
SYNONYMS = {
    "published_at": "published",
    "date": "published",
    "body": "text",
    "content": "text",
    "link": "url",
    "source_hint": "source",
}
FORMATS = ("jsonl", "json", "csv")


def format_for(filename: str, declared: str = "") -> str:
    """The format to read a file as: the one declared, else the file's extension."""
    if declared:
        if declared not in FORMATS:
            raise ImportRejected(f"Unknown format {declared[:20]!r}: use one of {', '.join(FORMATS)}.")
        return declared
    name = (filename or "").lower()
    if name.endswith((".jsonl", ".ndjson", ".jsonlines")):
        return "jsonl"
    if name.endswith(".json"):
        return "json"
    if name.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    raise ImportRejected("Cannot tell the file's format from its name: use .jsonl, .json or .csv.")


def row_from_mapping(mapping: dict, label: str, max_chars: int | None) -> ReportRow | RejectedRow:
    """One row as a report, or the reason it cannot be one."""
    data: dict = {}
    for key, value in mapping.items():
        name = SYNONYMS.get(str(key).strip().lower(), str(key).strip().lower())
        if name in FIELDS and (name not in data or data[name] in (None, "")):
            data[name] = value
    try:
        text = text_field(data, "text")
        if not text.strip():
            return RejectedRow(label, "no text")
        if max_chars is not None and len(text) > max_chars:
            return RejectedRow(
                label, f"the text is {len(text):,} characters long; the limit is {max_chars:,}"
            )
        return ReportRow(
            label=label,
            text=text,
            title=text_field(data, "title"),
            url=check_url(data.get("url")),
            outlet=text_field(data, "outlet"),
            published=parse_published(data.get("published")),
            source=text_field(data, "source").strip(),
        )
    except ValueError as exc:
        return RejectedRow(label, str(exc))


def _collect(items, max_chars) -> tuple[list[ReportRow], list[RejectedRow]]:
    rows: list[ReportRow] = []
    rejected: list[RejectedRow] = []
    for label, item in items:
        if isinstance(item, RejectedRow):
            rejected.append(item)
            continue
        if not isinstance(item, dict):
            rejected.append(RejectedRow(label, f"a JSON {type(item).__name__}, not an object with a text"))
            continue
        out = row_from_mapping(item, label, max_chars)
        if isinstance(out, RejectedRow):
            rejected.append(out)
        else:
            rows.append(out)
    if not rows and rejected:
        first = "; ".join(f"{r.label}: {r.reason}" for r in rejected[:3])
        raise ImportRejected(
            f"No row of this file is a report ({first}). Nothing was imported.", rows=rejected
        )
    if not rows:
        raise ImportRejected("The file has no reports in it.")
    return rows, rejected


def _jsonl_items(text: str):
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        label = f"line {number}"
        try:
            yield label, json.loads(line)
        except json.JSONDecodeError as exc:
            yield label, RejectedRow(label, f"not valid JSON ({exc.msg} at column {exc.colno})")
        except RecursionError:
            yield label, RejectedRow(label, TOO_DEEP)


def parse_jsonl(text: str, max_chars: int | None = None):
    return _collect(_jsonl_items(text), max_chars)


def parse_json_list(text: str, max_chars: int | None = None):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            f"The file is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}). "
            "Nothing was imported. For one report per line, use a .jsonl file."
        ) from None
    except RecursionError:
        raise ImportRejected(f"The file is {TOO_DEEP}. Nothing was imported.") from None
    if isinstance(data, dict) and isinstance(data.get("reports"), list):
        data = data["reports"]
    if not isinstance(data, list):
        raise ImportRejected(
            f"The file is a JSON {type(data).__name__}; expected a list of report objects. "
            "Nothing was imported."
        )
    return _collect(((f"item {n}", item) for n, item in enumerate(data, start=1)), max_chars)


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse_csv(text: str, max_chars: int | None = None):
    if not text.strip():
        raise ImportRejected("The file is empty.")
    header_line = text.split("\n", 1)[0]
    limit = max(csv.field_size_limit(), (max_chars or 0) * 4 + 1024, 10 * 1024 * 1024)
    csv.field_size_limit(limit)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        raise ImportRejected(f"The first line of the file is not a CSV header ({exc}).") from None
    names = [SYNONYMS.get(h, h) for h in header]
    if "text" not in names:
        raise ImportRejected(
            f"The CSV file has no 'text' column (its columns: {', '.join(h for h in header if h)[:200]}). "
            "Nothing was imported."
        )

    def items():
        while True:
            line = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                # The rows after a broken one cannot be told apart: refuse the file, not just a row.
                raise ImportRejected(f"Line {line} is not valid CSV ({exc}). Nothing was imported.") from None
            if not any(v.strip() for v in values):
                continue
            label = f"line {line}"
            if len(values) > len(header):
                yield label, RejectedRow(label, f"{len(values)} values for {len(header)} columns")
                continue
            yield label, dict(zip(header, values, strict=False))

    return _collect(items(), max_chars)


def parse_file(data: bytes, fmt: str, max_chars: int | None = None):
    """(rows, rejected rows) of a file; ImportRejected when the file as a whole cannot be read."""
    text = decode_utf8(data)
    parser = {"jsonl": parse_jsonl, "json": parse_json_list, "csv": parse_csv}[fmt]
    return parser(text, max_chars)
