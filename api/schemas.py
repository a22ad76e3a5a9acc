"""What the API accepts and answers, as the OpenAPI schema shows it."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, get_args, get_origin, get_type_hints

from ninja import Field, Schema
from pydantic import AfterValidator, BeforeValidator, create_model

from claims.filters import PARAMETERS, SORTS, WINDOWS, ClaimFilter
from claims.intake.rows import parse_published
from claims.models import (
    Claim,
    ClaimCorrection,
    DatePrecision,
    Location,
    Proposition,
    PropositionChange,
    Report,
    Stance,
    Status,
    StatusChange,
)

MAX_ID = 2**53 - 1  # ids JSON numbers hold exactly
RowId = Annotated[int, Field(ge=1, le=MAX_ID)]  # a row's id in a list (a bigger number is a 422, not a 500)

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
ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
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


def _absolute_url(obj: Claim | Report | Proposition, context: dict[str, Any]) -> str:
    return context["request"].build_absolute_uri(obj.get_absolute_url())


class ClaimOut(Schema):
    """Read from a Claim (fetched with `Claim.objects.for_list()`); the request is in the context."""

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
    unplaced_places: list[str] = Field(
        description="Names the text gives places that no gazetteer knows, as written: not on the map yet."
    )
    topics: list[str]
    figures: list[dict]
    superseded: bool
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_web_url(claim: Claim, context: dict[str, Any]) -> str:
        return _absolute_url(claim, context)

    @staticmethod
    def resolve_places(claim: Claim) -> list[Location]:
        return list(claim.locations.all())

    @staticmethod
    def resolve_topics(claim: Claim) -> list[str]:
        return [t.slug for t in claim.topics.all()]

    @staticmethod
    def resolve_figures(claim: Claim) -> list[dict]:
        return [f for f in (claim.figures or []) if isinstance(f, dict)]

    @staticmethod
    def resolve_superseded(claim: Claim) -> bool:
        return claim.superseded_at is not None


class StatusChangeOut(Schema):
    field: str
    from_value: str
    to_value: str
    changed_by: str | None
    changed_at: datetime
    note: str
    evidence_url: str

    @staticmethod
    def resolve_changed_by(change: StatusChange) -> str | None:
        return change.changed_by.get_username() if change.changed_by else None


class CorrectionOut(Schema):
    """Read from a ClaimCorrection."""

    field: str
    from_value: str
    to_value: str
    other_claim_id: int | None
    changed_by: str | None
    changed_at: datetime
    note: str

    @staticmethod
    def resolve_changed_by(correction: ClaimCorrection) -> str | None:
        return correction.changed_by.get_username() if correction.changed_by else None


class ClaimDetail(ClaimOut):
    history: list[StatusChangeOut]
    corrections: list[CorrectionOut]

    @staticmethod
    def resolve_history(claim: Claim) -> list[StatusChange]:
        return list(claim.history.select_related("changed_by").order_by("changed_at", "id"))

    @staticmethod
    def resolve_corrections(claim: Claim) -> list[ClaimCorrection]:
        return list(claim.corrections.select_related("changed_by").order_by("changed_at", "id"))


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

    @staticmethod
    def resolve_web_url(report: Report, context: dict[str, Any]) -> str:
        return _absolute_url(report, context)

    @staticmethod
    def resolve_claims(report: Report) -> list[Claim]:
        return list(report.claims.current().for_list().order_by("char_start", "id"))


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


def _day_text(value: Any) -> Any:
    """A day only as the schema writes it ("YYYY-MM-DD"), not 0 or a date-time (pydantic's lax
    reading would take both)."""
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str) or not re.fullmatch(ISO_DATE, value):
        raise ValueError("a day as YYYY-MM-DD")
    return value


EventDay = Annotated[date, BeforeValidator(_day_text)]


class NewPlaceIn(Schema):
    name: str = Field(min_length=1, max_length=200, pattern=HAS_TEXT)
    latitude: float = Field(ge=-90, le=90, strict=True)  # strict: a number, not true or "1"
    longitude: float = Field(ge=-180, le=180, strict=True)


class CorrectionIn(Schema):
    """Only the fields you send are corrected; each change is one row of the claim's history."""

    version: int = Field(ge=1, le=MAX_ID, description="The claim's version you based the correction on.")
    source: str | None = Field(
        None,
        max_length=200,
        pattern=HAS_TEXT,
        description="A source's name or alias; new names are created unreviewed.",
    )
    cited_source: str | None = Field(
        None, max_length=200, description="Whose account this is about; empty for nobody."
    )
    stance: Stance | None = None
    statement: str | None = Field(None, max_length=4000, pattern=HAS_TEXT)
    event_start: EventDay | None = None
    event_end: EventDay | None = None
    date_precision: DatePrecision | None = Field(None, description="With event_start.")
    figures: list[str] | None = Field(None, description="One figure each: 'about 12,000 troops'.")
    topics: list[str] | None = Field(None, description="The claim's topic slugs (the whole list).")
    places: list[RowId] | None = Field(None, description="The claim's place ids (the whole list).")
    new_places: list[NewPlaceIn] = Field(
        default_factory=list, description="Names the gazetteer lacks, placed."
    )
    note: str = Field("", max_length=5000)


class SplitIn(Schema):
    version: int = Field(ge=1, le=MAX_ID)
    first: str = Field(
        min_length=1, max_length=4000, pattern=HAS_TEXT, description="What this claim says after the split."
    )
    second: str = Field(
        min_length=1, max_length=4000, pattern=HAS_TEXT, description="What the new claim says."
    )
    note: str = Field("", max_length=5000)


class MergeIn(Schema):
    version: int = Field(ge=1, le=MAX_ID)
    duplicate: int = Field(ge=1, le=MAX_ID, description="The id of the claim that says the same.")
    note: str = Field("", max_length=5000)


class CorrectionResult(Schema):
    changed: bool
    claim: ClaimDetail
    corrections: list[CorrectionOut]


class ReviewOut(Schema):
    changed: bool
    claim: ClaimDetail
    changes: list[StatusChangeOut]


class Conflict(Schema):
    detail: str
    claim: ClaimOut


def _choice_pattern(values) -> str:
    """One of `values`, or empty (the filter's default)."""
    return "^(" + "|".join(values) + ")?$"


# The pattern each query parameter's values must match (the schema says exactly what the filter
# takes: schemathesis checks that nothing the schema calls valid is refused, and the reverse).
QUERY_PATTERNS: dict[str, str] = {
    "source": ID_LIST,
    "status": STATUS_LIST,
    "stance": STANCE_LIST,
    "place": ID_LIST,
    "window": _choice_pattern(WINDOWS),
    "bbox": BBOX,
    "sort": _choice_pattern(SORTS),
}


def _query_field(name: str, annotation: Any) -> tuple[Any, Any]:
    """A query parameter of the API from a field of the dashboard's filter. Values arrive as text
    and are parsed by `ClaimFilter.from_query`, so that the API and the pages read them alike (a
    value it cannot use is a 400 naming it); the schema's patterns refuse what it would not take."""
    meta = PARAMETERS[name].metadata
    alias = name if name != PARAMETERS[name].name else None
    pattern = QUERY_PATTERNS.get(name)
    if get_origin(annotation) is list:
        item = Annotated[str, Field(pattern=pattern, max_length=2000)] if pattern else str
        return list[item], Field(default_factory=list, alias=alias, description=meta["doc"])  # type: ignore[valid-type]
    if date in get_args(annotation):  # text, for ClaimFilter to read: pydantic takes 0 for 1970-01-01
        return str | None, Field(
            None,
            alias=alias,
            description=meta["doc"],
            pattern=ISO_DATE,
            json_schema_extra={"format": "date"},
        )
    return str | None, Field(
        None, alias=alias, description=meta["doc"], max_length=meta["max_length"], pattern=pattern
    )


_FILTER_TYPES = get_type_hints(ClaimFilter)
_QUERY_FIELDS: dict[str, Any] = {
    f.name: _query_field(name, _FILTER_TYPES[f.name]) for name, f in PARAMETERS.items()
}
ClaimQuery = create_model(
    "ClaimQuery",
    __base__=Schema,
    __doc__=ClaimFilter.__doc__ or "",
    **_QUERY_FIELDS,
)


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


class PropositionOut(Schema):
    id: int
    web_url: str
    statement: str = Field(description="A short canonical statement: what the member claims are about.")
    topic: str | None = Field(description="The topic's slug.")
    frame: str = Field(description="The kind of question (deployment, casualties, combat ...).")
    place: str
    first_seen: date | None
    last_seen: date | None
    claim_count: int
    asserting_sources: int = Field(description="Sources whose member claims assert or confirm it.")
    denying_sources: int = Field(description="Sources whose member claims deny it.")
    status: Status = Field(description="The analysts' verdict (never set by the tracker itself).")
    version: int

    @staticmethod
    def resolve_web_url(prop: Proposition, context: dict[str, Any]) -> str:
        return _absolute_url(prop, context)

    @staticmethod
    def resolve_topic(prop: Proposition) -> str | None:
        return prop.topic.slug if prop.topic else (prop.scope or None)


class MemberOut(Schema):
    stance: Stance = Field(description="The member claim's stance toward the proposition.")
    voice: str = Field(description="The independent voice the claim counts as (its source's root).")
    pinned: bool = Field(description="An analyst put the claim here; re-grouping leaves it.")
    claim: ClaimOut


class EstimateOut(Schema):
    unit: str
    day: date | None
    low: float
    high: float
    source: str
    claim_id: int


class AssessmentOut(Schema):
    independent: str = Field(description='"asserted by N independent sources (M in all)".')
    supporting: list[str]
    denying: list[str]
    neither: list[str]
    contested: bool = Field(description="Independent sources assert and deny it.")
    suggested_status: Status = Field(description="A suggestion for the analyst; never applied by itself.")
    reasons: list[str]
    estimates: list[EstimateOut]
    disagreements: list[str]


class PropositionChangeOut(Schema):
    kind: str
    from_value: str
    to_value: str
    claim_id: int | None
    other_id: int | None
    changed_by: str | None
    changed_at: datetime
    note: str

    @staticmethod
    def resolve_changed_by(change: PropositionChange) -> str | None:
        return change.changed_by.get_username() if change.changed_by else None


class PropositionDetail(PropositionOut):
    assessment: AssessmentOut
    members: list[MemberOut]
    history: list[PropositionChangeOut]
