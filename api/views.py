"""The REST API: reports in, claims out, reviews, exports. Mounted at /api/ (docs: /api/docs).

Every endpoint needs `Authorization: Bearer <token>` (`manage.py create_api_token <user>`).
Submitting needs the `claims.add_report` permission, reviewing `claims.review_claim`. Errors
answer `{"detail": "...", "errors": [...]}` with 400, 401, 403, 404, 409 or 413.
"""

import json
from collections.abc import Callable
from typing import Annotated, Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import NinjaAPI, Query, Schema, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.pagination import paginate
from ninja.params.functions import Path as PathParam

from claims import exports
from claims.cleaning import clean_line, clean_text
from claims.filters import PARAMETERS, ClaimFilter
from claims.intake import service as intake
from claims.intake.rows import check_url
from claims.models import (
    Channel,
    Claim,
    ClaimCorrection,
    CorrectionField,
    Location,
    Proposition,
    PropositionChange,
    Report,
    StaleClaimError,
)
from claims.permissions import ADD_REPORT, REVIEW_CLAIM
from claims.propositions import queries as propositions
from claims.review import corrections
from claims.review import service as review

from . import schemas
from .auth import BearerToken
from .pagination import NumberedPages
from .schemas import MAX_ID

api = NinjaAPI(
    title="Claims tracker API",
    version="1",
    description=__doc__,
    urls_namespace="api",
    auth=BearerToken(),
)

ObjectId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
ERRORS = {400: schemas.Error, 401: schemas.Error, 403: schemas.Error}


def _error(request: HttpRequest, status: int, detail: str, errors: list[str] | None = None) -> HttpResponse:
    body = schemas.Error(detail=detail, errors=errors or [])
    return api.create_response(request, body, status=status)


# What a value that does not match a schema pattern is, in words.
PATTERN_MEANINGS = {
    schemas.ID_LIST: "not an id (ids are numbers, comma-separated)",
    schemas.STATUS_LIST: "not a status (unverified, confirmed, denied, disputed)",
    schemas.STANCE_LIST: "not a stance (asserts, confirms, denies, does_not_deny)",
    schemas.BBOX: "not a box (south,west,north,east in degrees)",
    schemas.WEB_URL: "not a web address (http or https)",
    schemas.HAS_TEXT: "no text",
}


def _sent_value(request: HttpRequest, loc: tuple) -> str:
    """The value an error's location points at (django-ninja drops it from the error)."""
    names = [part for part in loc if isinstance(part, str)]
    index = loc[-1] if loc and isinstance(loc[-1], int) else 0
    if loc and loc[0] == "query" and names:
        values = request.GET.getlist(names[-1])
        return values[index] if index < len(values) else ""
    try:
        return str(json.loads(request.body).get(names[-1], ""))
    except (ValueError, AttributeError, IndexError):
        return ""


def _validation_message(request: HttpRequest, error: dict) -> str:
    loc = tuple(error.get("loc", ()))
    where = ".".join(str(part) for part in loc if part not in ("body", "payload"))
    message = str(error.get("msg", "invalid"))
    meaning = PATTERN_MEANINGS.get(str((error.get("ctx") or {}).get("pattern", "")))
    if meaning:
        message = f"{_sent_value(request, loc)[:40]!r} is {meaning}"
    return f"{where}: {message}" if where else message


@api.exception_handler(NinjaValidationError)
def invalid_request(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors = [_validation_message(request, error) for error in exc.errors]
    return _error(request, 400, "The request is not valid: " + "; ".join(errors)[:500], errors)


@api.exception_handler(RequestDataTooBig)
def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1_048_576
    return _error(request, 413, f"The request body is larger than {limit:.0f} MB.")


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return _error(request, exc.status_code, exc.message)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _error(request, 404, str(exc) or "Not found.")


def _require(request: HttpRequest, perm: str, what: str) -> None:
    if not request.user.has_perm(perm):
        raise HttpError(403, f"This token's user may not {what} (needs the {perm!r} permission).")


FILTER_PARAMS = set(PARAMETERS)
PAGE_PARAMS = set(NumberedPages.Input.model_fields)


def _filter(request: HttpRequest, query: Schema, *, paged: bool = False) -> ClaimFilter:
    """The dashboard's filter from the query. Unlike the dashboard, which drops what it cannot
    use, the API answers 400: a misspelt parameter must not silently widen the result."""
    unknown = set(request.GET) - FILTER_PARAMS - (PAGE_PARAMS if paged else set())
    if unknown:
        names = ", ".join(repr(n[:40]) for n in sorted(unknown))
        raise HttpError(
            400, f"Unknown parameter(s) {names}; the filters are {', '.join(sorted(FILTER_PARAMS))}."
        )
    values = {
        name: [clean_line(str(v)) for v in value] if isinstance(value, list) else clean_line(str(value))
        for name, value in query.model_dump(by_alias=True, exclude_none=True).items()
    }
    claim_filter = ClaimFilter.from_query(values)
    if claim_filter.errors:
        raise HttpError(400, " ".join(claim_filter.errors))
    return claim_filter


def _report_status_url(request: HttpRequest, report: Report) -> str:
    return request.build_absolute_uri(reverse("api:get_report", args=[report.pk]))


# ---------------------------------------------------------------------------------------------
# Reports


@api.post(
    "/reports",
    response={202: schemas.ReportAccepted, 200: schemas.ReportAccepted, 413: schemas.Error, **ERRORS},
    summary="Submit a report",
    description="Stores the report and queues it for parsing: 202 with its id and a status URL. "
    "The same content submitted again is not stored twice: 200 with the earlier report's id.",
)
def submit_report(request, payload: schemas.ReportIn):
    _require(request, ADD_REPORT, "submit reports")
    try:
        submission = intake.submit_report(
            text=payload.text,
            title=payload.title,
            url=payload.url,
            outlet=payload.outlet,
            published_at=payload.published,
            channel=Channel.API,
            source=payload.source or "",
            submitted_by=request.user,
        )
    except intake.ReportRejected as exc:
        status = 413 if len(payload.text or "") > settings.REPORT_MAX_CHARS else 400
        raise HttpError(status, str(exc)) from None
    report = submission.report
    if submission.created:
        status, message = 202, "Accepted: the report is queued for parsing."
    else:
        status, message = (
            200,
            f"This content was submitted before as report {report.pk}; nothing new was stored.",
        )
    accepted = schemas.ReportAccepted(
        id=report.pk,
        status_url=_report_status_url(request, report),
        parse_status=report.parse_status,
        duplicate=not submission.created,
        message=message,
    )
    return Status(status, accepted)


@api.get(
    "/reports/{report_id}",
    response={200: schemas.ReportOut, 404: schemas.Error, **ERRORS},
    url_name="get_report",
    summary="A report, its parse status and its claims",
)
def get_report(request: HttpRequest, report_id: ObjectId) -> Report:
    return get_object_or_404(Report.objects.select_related("source_hint"), pk=report_id)


# ---------------------------------------------------------------------------------------------
# Claims


@api.get(
    "/claims",
    response={200: list[schemas.ClaimOut], **ERRORS},
    summary="Claims, with the dashboard's filters, a page at a time",
)
@paginate(NumberedPages)
def list_claims(request: HttpRequest, filters: Query[schemas.ClaimQuery]) -> QuerySet[Claim]:
    return _filter(request, filters, paged=True).apply().for_list()


def _get_claim(claim_id: int) -> Claim:
    return get_object_or_404(Claim.objects.for_list(), pk=claim_id)


@api.get(
    "/claims/{claim_id}",
    response={200: schemas.ClaimDetail, 404: schemas.Error, **ERRORS},
    summary="A claim and its review history",
)
def get_claim(request: HttpRequest, claim_id: ObjectId) -> Claim:
    return _get_claim(claim_id)


@api.post(
    "/claims/{claim_id}/review",
    response={200: schemas.ReviewOut, 404: schemas.Error, 409: schemas.Conflict, **ERRORS},
    summary="Change a claim's status and/or credibility",
    description="Send the claim's `version` as you read it. If someone changed the claim since, "
    "nothing is changed and the answer is 409 with the claim as it is now. Every change is "
    "written to the claim's history.",
)
def review_claim(request, payload: schemas.ReviewIn, claim_id: ObjectId):
    _require(request, REVIEW_CLAIM, "review claims")
    claim = _get_claim(claim_id)
    if payload.status is None and payload.credibility is None:
        raise HttpError(400, "Give a status, a credibility, or both.")
    try:
        evidence_url = check_url(clean_line(payload.evidence_url))
    except ValueError as exc:
        raise HttpError(400, f"evidence_url: {exc}.") from None
    try:
        changes = review.review_claim(
            claim,
            by=request.user,
            status=payload.status,
            credibility=payload.credibility,
            note=clean_text(payload.note),
            evidence_url=evidence_url,
            expected_version=payload.version,
        )
    except StaleClaimError as exc:
        return Status(409, {"detail": str(exc), "claim": _get_claim(claim_id)})
    except DjangoValidationError as exc:
        raise HttpError(400, " ".join(exc.messages)) from None
    return {"changed": bool(changes), "claim": _get_claim(claim_id), "changes": changes}


def _correction_changes(payload: schemas.CorrectionIn, claim: Claim) -> dict:
    """The fields the payload names, as the corrections service takes them."""
    changes: dict = {}
    if payload.source is not None:
        changes[CorrectionField.SOURCE] = corrections.source_named(payload.source)
    if payload.cited_source is not None:
        cited = clean_line(payload.cited_source)
        changes[CorrectionField.CITED_SOURCE] = corrections.source_named(cited) if cited else None
    if payload.stance is not None:
        changes[CorrectionField.STANCE] = payload.stance
    if payload.statement is not None:
        changes[CorrectionField.STATEMENT] = clean_text(payload.statement).strip()
    if {"event_start", "event_end", "date_precision"} & payload.model_fields_set:
        start = payload.event_start
        changes[CorrectionField.EVENT_DATE] = corrections.EventDate(
            start, payload.event_end or start, payload.date_precision or ("day" if start else "")
        )
    if payload.figures is not None:
        changes[CorrectionField.FIGURES] = corrections.parse_figures("\n".join(payload.figures))
    if payload.topics is not None:
        changes[CorrectionField.TOPICS] = corrections.topics_by_slug(payload.topics)
    if payload.places is not None or payload.new_places:
        ids = payload.places if payload.places is not None else [p.pk for p in claim.locations.all()]
        places = list(Location.objects.filter(pk__in=ids))
        if len(places) != len(set(ids)):
            raise DjangoValidationError("places: not every id is a place of the gazetteer.")
        places += [corrections.place_unresolved(p.name, p.latitude, p.longitude) for p in payload.new_places]
        changes[CorrectionField.PLACES] = places
    return changes


def _corrected(claim_id: int, work: Callable[[], list[ClaimCorrection]]) -> Status | dict:
    """Run a correction; 409 with the claim as it is now when the version is stale. The answer
    holds models, which the response schemas read."""
    try:
        rows = work()
    except StaleClaimError as exc:
        return Status(409, {"detail": str(exc), "claim": _get_claim(claim_id)})
    except DjangoValidationError as exc:
        # Well formed (the schema's checks passed) but not applicable to this claim.
        raise HttpError(422, " ".join(exc.messages)) from None
    return {"changed": bool(rows), "claim": _get_claim(claim_id), "corrections": rows}


CORRECTION_ANSWERS = {
    200: schemas.CorrectionResult,
    404: schemas.Error,
    409: schemas.Conflict,
    422: schemas.Error,
    **ERRORS,
}


@api.post(
    "/claims/{claim_id}/corrections",
    response=CORRECTION_ANSWERS,
    summary="Correct what the parser read: source, stance, statement, date, figures, topics, places",
    description="Send the claim's `version` and only the fields to change. Each change is a row of "
    "the claim's correction history, and re-parsing the report keeps it.",
)
def correct_claim(request, payload: schemas.CorrectionIn, claim_id: ObjectId):
    _require(request, REVIEW_CLAIM, "correct claims")
    claim = _get_claim(claim_id)

    def work():
        changes = _correction_changes(payload, claim)
        return corrections.correct_claim(
            claim, by=request.user, changes=changes, note=payload.note, expected_version=payload.version
        )

    return _corrected(claim_id, work)


@api.post(
    "/claims/{claim_id}/split",
    response=CORRECTION_ANSWERS,
    summary="Split a claim in two",
    description="This claim keeps `first` as its statement; a new claim of the same report gets `second`.",
)
def split_claim(request, payload: schemas.SplitIn, claim_id: ObjectId):
    _require(request, REVIEW_CLAIM, "correct claims")
    claim = _get_claim(claim_id)

    def work():
        new = corrections.split_claim(
            claim,
            by=request.user,
            first=payload.first,
            second=payload.second,
            note=payload.note,
            expected_version=payload.version,
        )
        return list(claim.corrections.filter(other_claim=new))

    return _corrected(claim_id, work)


@api.post(
    "/claims/{claim_id}/merge",
    response=CORRECTION_ANSWERS,
    summary="Merge a duplicate into this claim",
    description="The duplicate leaves the list (kept, with its history); this claim takes its "
    "places and topics.",
)
def merge_claim(request, payload: schemas.MergeIn, claim_id: ObjectId):
    _require(request, REVIEW_CLAIM, "correct claims")
    claim = _get_claim(claim_id)
    duplicate = _get_claim(payload.duplicate)

    def work():
        corrections.merge_claims(
            claim, duplicate, by=request.user, note=payload.note, expected_version=payload.version
        )
        return list(claim.corrections.filter(other_claim=duplicate))

    return _corrected(claim_id, work)


# ---------------------------------------------------------------------------------------------
# Propositions


class _Counted:
    """A proposition with its counts of asserting and denying sources (what the list annotates)."""

    def __init__(self, prop: Proposition, asserting: int, denying: int) -> None:
        self._prop = prop
        self.asserting_sources = asserting
        self.denying_sources = denying
        self.assessment: dict[str, Any] = {}
        self.members: list[dict[str, Any]] = []
        self.history: list[PropositionChange] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._prop, name)


@api.get(
    "/propositions",
    response={200: list[schemas.PropositionOut], **ERRORS},
    summary="Propositions, with the dashboard's filters, a page at a time",
    description="The propositions at least one of whose claims the filters select (the filters "
    "are the claims' filters: source, status, stance, place, topic, dates, text ...), the most "
    "claims first, with their counts of asserting and denying sources.",
)
@paginate(NumberedPages)
def list_propositions(request: HttpRequest, filters: Query[schemas.ClaimQuery]) -> QuerySet[Proposition]:
    return propositions.propositions_for(_filter(request, filters, paged=True))


def _assessment(verdict) -> dict:
    return {
        "independent": verdict.independent_line,
        "supporting": sorted(verdict.supporting),
        "denying": sorted(verdict.denying),
        "neither": sorted(verdict.silent),
        "contested": verdict.contested,
        "suggested_status": verdict.suggested,
        "reasons": verdict.reasons,
        "estimates": [
            {"unit": unit, "day": day, "low": low, "high": high, "source": source, "claim_id": claim_id}
            for unit, points in verdict.series.items()
            for day, low, high, source, claim_id in points
        ],
        "disagreements": verdict.disagreements,
    }


@api.get(
    "/propositions/{proposition_id}",
    response={200: schemas.PropositionDetail, 404: schemas.Error, **ERRORS},
    summary="A proposition: its member claims with their stances, the assessment and the history",
    description="A proposition merged into another answers with the one it was merged into.",
)
def get_proposition(request, proposition_id: ObjectId):
    prop = get_object_or_404(Proposition.objects.select_related("topic"), pk=proposition_id)
    seen = set()
    while prop.merged_into_id and prop.pk not in seen:
        seen.add(prop.pk)
        prop = Proposition.objects.select_related("topic").get(pk=prop.merged_into_id)
    claims = propositions.members_of(prop)
    parents = propositions.source_parents()
    verdict = propositions.assessment(claims, parents)
    history = PropositionChange.objects.filter(proposition=prop).select_related("changed_by")
    counted = _Counted(prop, len(verdict.supporting), len(verdict.denying))
    counted.assessment = _assessment(verdict)
    counted.members = [
        {
            "stance": c.stance,
            "voice": propositions.member_voice(c, parents),
            "pinned": c.membership.pinned,
            "claim": c,
        }
        for c in claims
    ]
    counted.history = list(history.order_by("changed_at", "id"))
    return counted


# ---------------------------------------------------------------------------------------------
# Exports


def _file_response(content_type: str, description: str, schema: dict | None = None) -> dict:
    schema = schema or {"type": "string"}
    return {"responses": {200: {"description": description, "content": {content_type: {"schema": schema}}}}}


@api.get(
    "/exports/claims.csv",
    response={200: None, **ERRORS},
    openapi_extra=_file_response("text/csv", "The filtered claims as CSV."),
    summary="CSV of the filtered claims",
)
def export_claims_csv(request, filters: Query[schemas.ClaimQuery]):
    return exports.download("csv", _filter(request, filters), request.build_absolute_uri)


@api.get(
    "/exports/places.geojson",
    response={200: None, **ERRORS},
    openapi_extra=_file_response(
        "application/geo+json", "A GeoJSON FeatureCollection of places.", schemas.GEOJSON_SCHEMA
    ),
    summary="GeoJSON of the places the filtered claims name, with those claims",
)
def export_places_geojson(request, filters: Query[schemas.ClaimQuery]):
    return exports.download("geojson", _filter(request, filters), request.build_absolute_uri)


@api.get(
    "/exports/claimreview.jsonld",
    response={200: None, **ERRORS},
    openapi_extra=_file_response(
        "application/ld+json", "schema.org ClaimReview JSON-LD.", schemas.CLAIMREVIEW_SCHEMA
    ),
    summary="schema.org ClaimReview JSON-LD of the filtered claims analysts reviewed",
)
def export_claimreview(request, filters: Query[schemas.ClaimQuery]):
    return exports.download("claimreview", _filter(request, filters), request.build_absolute_uri)
