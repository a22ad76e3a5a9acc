"""What every import parser produces. Pure Python: no database here.

A file-level problem (not UTF-8, not the expected shape, too big) raises ImportRejected and
nothing is stored. A row-level problem (no text, a date that is not a date) becomes a
RejectedRow with the row's place in the file and the reason, shown to the person importing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from ..cleaning import clean_line, clean_text

MAX_LISTED_ERRORS = 1000  # rejected rows kept with their reason; beyond that only counted
# Python's JSON parser recurses: lists in lists a few thousand deep raise RecursionError.
TOO_DEEP = "JSON nested too deeply to be a report"


class ImportRejected(ValueError):
    """The whole file is refused; nothing was stored. `status` is the HTTP answer (400 or 413)."""

    def __init__(self, message: str, *, status: int = 400, rows: list[RejectedRow] | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.rows = rows or []


@dataclass
class ReportRow:
    """One report to take in, with where it was in the file."""

    label: str  # "line 12", "message 4031"
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: str | None = None  # ISO 8601 datetime (UTC) or date
    source: str = ""  # a source's id, name or alias; "" for none
    source_aliases: list[str] = field(default_factory=list)
    # (channel, scope, item id, version) for items that have an identity of their own
    origin: tuple[str, str, str, str] | None = None
    is_html: bool | None = None  # None: tell from the text

    def __post_init__(self) -> None:
        # Rows are stored in the job (JSON) before they become reports: PostgreSQL refuses a
        # NUL or a lone surrogate in either, so no row carries one from the file.
        self.label = clean_line(self.label)
        self.text = clean_text(self.text)
        self.title, self.outlet = clean_line(self.title), clean_line(self.outlet)
        self.url, self.source = clean_line(self.url), clean_line(self.source)
        self.source_aliases = [a for a in (clean_line(a) for a in self.source_aliases) if a]
        if self.origin:
            limits = (10, 200, 500, 40)  # ImportedItem's channel, scope, item_id, version
            channel, scope, item_id, version = (
                clean_line(part)[:n] for part, n in zip(self.origin, limits, strict=True)
            )
            self.origin = (channel, scope, item_id, version)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["origin"] = list(self.origin) if self.origin else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> ReportRow:
        data = dict(data)
        data["origin"] = tuple(data["origin"]) if data.get("origin") else None
        return cls(**data)


@dataclass
class RejectedRow:
    label: str
    reason: str

    def as_dict(self) -> dict:
        return {"label": self.label, "reason": self.reason}


def decode_utf8(data: bytes, what: str = "The file") -> str:
    """The file's text; a byte that is not UTF-8 refuses the whole file, saying where it is."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportRejected(
            f"{what} is not valid UTF-8: byte {exc.start + 1} (line {line}) cannot be read. "
            "Save it as UTF-8 and try again. Nothing was imported."
        ) from None
    return text.removeprefix("\ufeff")


def parse_published(value) -> str | None:
    """A publication date as ISO 8601 (UTC for date-times), or None. ValueError if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).isoformat()
    if not isinstance(value, str):
        raise ValueError(f"the date {value!r} is not text")
    text = value.strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        raise ValueError(f"{text[:40]!r} is not a date (use YYYY-MM-DD or an ISO 8601 date-time)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def moment_of(iso: str | None) -> datetime | date | None:
    """The date or date-time `parse_published` wrote."""
    if not iso:
        return None
    return date.fromisoformat(iso) if len(iso) == 10 else datetime.fromisoformat(iso)


_url_validator = URLValidator(schemes=["http", "https"])


def check_url(value) -> str:
    """A web address, or "" for none. ValueError if it is not an http(s) address."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError("the url is not text")
    value = value.strip()
    if not value:
        return ""
    if len(value) > 2000:
        raise ValueError("the url is longer than 2,000 characters")
    try:
        _url_validator(value)
    except ValidationError:
        raise ValueError(f"{value[:60]!r} is not a web address (http or https)") from None
    return value


def text_field(mapping: dict, name: str) -> str:
    value = mapping.get(name)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"{name} is not text")
    return str(value)
