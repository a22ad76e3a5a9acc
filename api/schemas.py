"""What the API accepts and answers, as the OpenAPI schema shows it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from ninja import Field, Schema
from pydantic import AfterValidator

from claims.intake.rows import parse_published
from claims.models import Stance, Status

MAX_ID = 2**53 - 1  # ids JSON numbers hold exactly

# The schema says exactly what the API accepts (schemathesis checks both ways: nothing it calls
# valid is refused, nothing it calls invalid is taken). Patterns use ASCII classes only, which
# JSON Schema (ECMA), pydantic (Rust) and Python read alike.
_ID = "[0-9]{1,11}"


def _list_of(item: str) -> str:
    """Comma-separated values, spaces and empty parts allowed (as the filter reads them)."""
    return rf"^ *({item})? *(, *({item})? *)*$"


ID_LIST = _list_of(_ID)
STATUS_LIST = _list_of("|".join(Status.values))
STANCE_LIST = _list_of("|".join(Stance.values))
_LAT = r"-?(90(\.0+)?|[0-8]?[0-9](\.[0-9]+)?)"
_LON = r"-?(180(\.0+)?|(1[0-7][0-9]|[0-9]?[0-9])(\.[0-9]+)?)"
BBOX = rf"^({_LAT},{_LON},{_LAT},{_LON})?$"
# A character that is neither a control character nor whitespace: a report has at least one.
HAS_TEXT = "[^\\x00-\\x20\\x7f\\x85\\xa0\\u1680\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]"
# A web address: a strict subset of what Django's URLValidator accepts (http or https, a host
# name with a top-level domain, an optional port, path, query and fragment without spaces).
_LABEL = "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
_URL_TAIL = "[A-Za-z0-9._~%!$&'()*+,;=:@/?#-]*"
WEB_URL = rf"^(https?://{_LABEL}(\.{_LABEL})*\.[a-zA-Z]{{2,63}}(:[0-9]{{1,5}})?([/?#]{_URL_TAIL})?)?$"


def _readable_date(value: str) -> str:
    parse_published(value)  # ValueError: not a date or date-time
    return value


PublishedDate = Annotated[
    str,
    AfterValidator(_readable_date),
    Field(
        max_length=40,
        json_schema_extra={"anyOf": [{"maxLength": 0}, {"format": "date"}, {"format": "date-time"}]},
    ),
]
IdList = Annotated[str, Field(pattern=ID_LIST, max_length=2000)]


class Error(Schema):
    detail: str = Field(description="What went wrong, for a person to read.")
    errors: list[str] = Field(default_factory=list, description="Each problem, when there are several.")


class ReportIn(Schema):
    text: str = Field(
        min_length=1,
        pattern=HAS_TEXT,
        description="The report's text (plain text or HTML); at most 1,000,000 characters.",
    )
    title: str = Field("", max_length=500)
    url: str = Field(
        "", max_length=2000, pattern=WEB_URL, description="Where it was published (http or https)."
    )
    outlet: str = Field("", max_length=200, description="Who published it.")
    published: PublishedDate = Field(
        "", description="When: YYYY-MM-DD or an ISO 8601 date-time (UTC if no offset); empty: unknown."
    )
    source: str | None = Field(
        None,
        max_length=200,
        description="Who speaks when the text does not say: a source's id, name or alias. "
        "A name the tracker does not know becomes a new, unreviewed source.",
    )


class ReportAccepted(Schema):
    id: int
    status_url: str = Field(description="GET it to follow the parse and read the claims.")
    parse_status: str
    duplicate: bool = Field(description="True: this content was submitted before; `id` is that report.")
    message: str


class SourceRef(Schema):
    id: int
    name: str
    reliability: str
    reviewed: bool


class PlaceRef(Schema):
    id: int
    name: str
    latitude: float
    longitude: float
    kind: str
    precision: str


class ClaimOut(Schema):
    id: int
    web_url: str
    report_id: int
    source: SourceRef
    cited_source: SourceRef | None
    statement: str
    sentence: str
    stance: Stance
    status: Status
    credibility: int
    version: int = Field(description="Send it back with a review; a changed claim answers 409.")
    event_start: date | None
    event_end: date | None
    date_precision: str
    date_text: str
    timeline_date: date | None
    places: list[PlaceRef]
    topics: list[str]
    figures: list[dict]
    superseded: bool
    created_at: datetime
    updated_at: datetime


class StatusChangeOut(Schema):
    field: str
    from_value: str
    to_value: str
    changed_by: str | None
    changed_at: datetime
    note: str
    evidence_url: str


class ClaimDetail(ClaimOut):
    history: list[StatusChangeOut]


class ClaimPage(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    next: str | None
    previous: str | None
    results: list[ClaimOut]


class ReportOut(Schema):
    id: int
    web_url: str
    title: str
    text: str
    url: str
    outlet: str
    published_at: datetime | None
    received_at: datetime
    channel: str
    source_hint: SourceRef | None
    parse_status: str
    parse_error: str
    parsed_at: datetime | None
    claim_count: int
    claims: list[ClaimOut]


class ReviewIn(Schema):
    """A status, a credibility, or both (the view answers 400 to neither)."""

    model_config = {
        "json_schema_extra": {
            "anyOf": [
                {"required": ["status"], "properties": {"status": {"type": "string"}}},
                {"required": ["credibility"], "properties": {"credibility": {"type": "integer"}}},
            ]
        }
    }

    version: int = Field(ge=1, le=MAX_ID, description="The claim's version you based the review on.")
    status: Status | None = None
    credibility: int | None = Field(None, ge=1, le=6, description="Admiralty credibility, 1 to 6.")
    note: str = Field("", max_length=5000)
    evidence_url: str = Field(
        "", max_length=2000, pattern=WEB_URL, description="A web address (http or https), or empty."
    )


class ReviewOut(Schema):
    changed: bool
    claim: ClaimDetail
    changes: list[StatusChangeOut]


class Conflict(Schema):
    detail: str
    claim: ClaimOut


class ClaimQuery(Schema):
    """The dashboard's filters. Lists: repeat the parameter or separate values with commas."""

    source: list[IdList] = Field(default_factory=list, description="Source ids.")
    status: list[Annotated[str, Field(pattern=STATUS_LIST, max_length=2000)]] = Field(
        default_factory=list, description="unverified, confirmed, denied, disputed."
    )
    stance: list[Annotated[str, Field(pattern=STANCE_LIST, max_length=2000)]] = Field(
        default_factory=list, description="asserts, confirms, denies, does_not_deny."
    )
    place: list[IdList] = Field(default_factory=list, description="Place ids.")
    topic: str | None = Field(
        None, max_length=200, description="A topic slug; `all` for every topic. Default: the default topic."
    )
    date_from: date | None = Field(None, alias="from", description="Claims about this day or later.")
    date_to: date | None = Field(None, alias="to", description="Claims about this day or earlier.")
    q: str | None = Field(None, max_length=200, description="Text in the statement, sentence or source name.")
    window: str | None = Field(
        None, pattern="^(24h|7d|30d)?$", description="Reports received in the last 24h, 7d or 30d."
    )
    bbox: str | None = Field(
        None, max_length=200, pattern=BBOX, description="south,west,north,east in degrees."
    )
    sort: str | None = Field(
        None,
        pattern="^(-event|event|-report|report)?$",
        description="-event (default), event, -report, report.",
    )


class PageQuery(Schema):
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(50, ge=1, le=200)


# JSON Schemas of the export documents, for the OpenAPI description of the export endpoints.
_STRING = {"type": "string"}
_ORG = {"type": "object", "required": ["@type", "name"], "properties": {"@type": _STRING, "name": _STRING}}
GEOJSON_SCHEMA = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "id", "geometry", "properties"],
                "properties": {
                    "type": {"type": "string", "enum": ["Feature"]},
                    "id": {"type": "integer"},
                    "geometry": {
                        "type": "object",
                        "required": ["type", "coordinates"],
                        "properties": {
                            "type": {"type": "string", "enum": ["Point"]},
                            "coordinates": {
                                "type": "array",
                                "items": {"type": "number"},
                                "minItems": 2,
                                "maxItems": 2,
                                "description": "[longitude, latitude]",
                            },
                        },
                    },
                    "properties": {
                        "type": "object",
                        "required": ["name", "claim_count", "statuses", "claims"],
                        "properties": {
                            "name": _STRING,
                            "kind": _STRING,
                            "precision": _STRING,
                            "radius_km": {"type": ["number", "null"]},
                            "country": _STRING,
                            "claim_count": {"type": "integer"},
                            "statuses": {"type": "object", "additionalProperties": {"type": "integer"}},
                            "claims": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["id", "url", "statement", "source", "status"],
                                    "properties": {
                                        "id": {"type": "integer"},
                                        "url": _STRING,
                                        "statement": _STRING,
                                        "source": _STRING,
                                        "source_id": {"type": "integer"},
                                        "stance": _STRING,
                                        "status": _STRING,
                                        "credibility": {"type": "integer"},
                                        "timeline_date": _STRING,
                                        "mention": _STRING,
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}
CLAIMREVIEW_SCHEMA = {
    "type": "object",
    "required": ["@context", "@graph"],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@graph": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "@type",
                    "url",
                    "claimReviewed",
                    "datePublished",
                    "author",
                    "itemReviewed",
                    "reviewRating",
                ],
                "properties": {
                    "@type": {"type": "string", "enum": ["ClaimReview"]},
                    "url": _STRING,
                    "claimReviewed": _STRING,
                    "datePublished": {"type": "string", "format": "date"},
                    "author": _ORG,
                    "itemReviewed": {
                        "type": "object",
                        "required": ["@type", "author", "appearance"],
                        "properties": {
                            "@type": {"type": "string", "enum": ["Claim"]},
                            "author": _ORG,
                            "datePublished": {"type": "string", "format": "date"},
                            "appearance": {
                                "type": "object",
                                "required": ["@type", "url"],
                                "properties": {"@type": _STRING, "url": _STRING, "headline": _STRING},
                            },
                        },
                    },
                    "reviewRating": {
                        "type": "object",
                        "required": ["@type", "ratingValue", "alternateName"],
                        "properties": {
                            "@type": {"type": "string", "enum": ["Rating"]},
                            "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                            "bestRating": {"type": "integer"},
                            "worstRating": {"type": "integer"},
                            "alternateName": {"type": "string", "enum": ["Confirmed", "Denied", "Disputed"]},
                        },
                    },
                },
            },
        },
    },
}
