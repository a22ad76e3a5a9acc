"""The REST API: reports in, claims out, reviews, exports. Mounted at /api/ (docs: /api/docs).

Every endpoint needs `Authorization: Bearer <token>` (`manage.py create_api_token <user>`).
Submitting needs the `claims.add_report` permission, reviewing `claims.review_claim`. Errors
answer `{"detail": "...", "errors": [...]}` with 400, 401, 403, 404, 409 or 413.
"""

from __future__ import annotations

import json
import math
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import NinjaAPI, Path, Query, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from claims import exports
from claims.cleaning import clean_line, clean_text
from claims.filters import ClaimFilter
from claims.intake import service as intake
from claims.intake.rows import check_url
from claims.models import Channel, Claim, Report, StaleClaimError
from claims.permissions import ADD_REPORT, REVIEW_CLAIM
from claims.review import service as review

from . import schemas
from .auth import BearerToken
from .schemas import MAX_ID

api = NinjaAPI(
    title="Claims tracker API",
    version="1",
    description=__doc__,
    urls_namespace="api",
    auth=BearerToken(),
)

ObjectId = Path[int, {"ge": 1, "le": MAX_ID}]
ERRORS = {400: schemas.Error, 401: schemas.Error, 403: schemas.Error}


def _error(request, status: int, detail: str, errors=()):
    return api.create_response(request, {"detail": detail, "errors": list(errors)}, status=status)


# What a value that does not match a schema pattern is, in words.
PATTERN_MEANINGS = {
    schemas.ID_LIST: "not an id (ids are numbers, comma-separated)",
    schemas.STATUS_LIST: "not a status (unverified, confirmed, denied, disputed)",
    schemas.STANCE_LIST: "not a stance (asserts, confirms, denies, does_not_deny)",
    schemas.BBOX: "not a box (south,west,north,east in degrees)",
    schemas.WEB_URL: "not a web address (http or https)",
    schemas.HAS_TEXT: "no text",
}


def _sent_value(request, loc: tuple) -> str:
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


def _validation_message(request, error: dict) -> str:
    loc = tuple(error.get("loc", ()))
    where = ".".join(str(part) for part in loc if part not in ("body", "payload"))
    message = str(error.get("msg", "invalid"))
    meaning = PATTERN_MEANINGS.get((error.get("ctx") or {}).get("pattern"))
    if meaning:
        message = f"{_sent_value(request, loc)[:40]!r} is {meaning}"
    return f"{where}: {message}" if where else message


@api.exception_handler(NinjaValidationError)
def invalid_request(request, exc: NinjaValidationError):
    errors = [_validation_message(request, error) for error in exc.errors]
    return _error(request, 400, "The request is not valid: " + "; ".join(errors)[:500], errors)


@api.exception_handler(RequestDataTooBig)
def too_big(request, exc):
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1_048_576
    return _error(request, 413, f"The request body is larger than {limit:.0f} MB.")


@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    return _error(request, exc.status_code, exc.message)


@api.exception_handler(Http404)
def not_found(request, exc):
    return _error(request, 404, str(exc) or "Not found.")


def _require(request, perm: str, what: str) -> None:
    if not request.user.has_perm(perm):
        raise HttpError(403, f"This token's user may not {what} (needs the {perm!r} permission).")


FILTER_PARAMS = {field.alias or name for name, field in schemas.ClaimQuery.model_fields.items()}
PAGE_PARAMS = set(schemas.PageQuery.model_fields)


def _filter(request: HttpRequest, *, paged: bool = False) -> ClaimFilter:
    """The dashboard's filter from the query string. Unlike the dashboard, which drops what it
    cannot use, the API answers 400: a misspelt parameter must not silently widen the result."""
    unknown = set(request.GET) - FILTER_PARAMS - (PAGE_PARAMS if paged else set())
    if unknown:
        names = ", ".join(repr(n[:40]) for n in sorted(unknown))
        raise HttpError(
            400, f"Unknown parameter(s) {names}; the filters are {', '.join(sorted(FILTER_PARAMS))}."
        )
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        query.setlist(key, [clean_line(v) for v in values])
    claim_filter = ClaimFilter.from_query(query)
    if claim_filter.errors:
        raise HttpError(400, " ".join(claim_filter.errors))
    return claim_filter


# ---------------------------------------------------------------------------------------------
# Serialising


def _source(source) -> dict | None:
    if source is None:
        return None
    return {
        "id": source.pk,
        "name": source.name,
        "reliability": source.reliability,
        "reviewed": source.reviewed,
    }


def _claim(request, claim: Claim) -> dict:
    return {
        "id": claim.pk,
        "web_url": request.build_absolute_uri(claim.get_absolute_url()),
        "report_id": claim.report_id,
        "source": _source(claim.source),
        "cited_source": _source(claim.cited_source),
        "statement": claim.statement,
        "sentence": claim.sentence,
        "stance": claim.stance,
        "status": claim.status,
        "credibility": claim.credibility,
        "version": claim.version,
        "event_start": claim.event_start,
        "event_end": claim.event_end,
        "date_precision": claim.date_precision,
        "date_text": claim.date_text,
        "timeline_date": claim.timeline_date,
        "places": [
            {
                "id": p.pk,
                "name": p.name,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "kind": p.kind,
                "precision": p.precision,
            }
            for p in claim.locations.all()
        ],
        "topics": [t.slug for t in claim.topics.all()],
        "figures": [f for f in (claim.figures or []) if isinstance(f, dict)],
        "superseded": claim.superseded_at is not None,
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
    }


def _change(change) -> dict:
    return {
        "field": change.field,
        "from_value": change.from_value,
        "to_value": change.to_value,
        "changed_by": change.changed_by.get_username() if change.changed_by else None,
        "changed_at": change.changed_at,
        "note": change.note,
        "evidence_url": change.evidence_url,
    }


def _claim_detail(request, claim: Claim) -> dict:
    history = claim.history.select_related("changed_by").order_by("changed_at", "id")
    return {**_claim(request, claim), "history": [_change(c) for c in history]}


def _report_status_url(request, report: Report) -> str:
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
            source=payload.source,
            submitted_by=request.user,
        )
    except intake.ReportRejected as exc:
        status = 413 if len(payload.text or "") > settings.REPORT_MAX_CHARS else 400
        raise HttpError(status, str(exc)) from None
    report = submission.report
    body = {
        "id": report.pk,
        "status_url": _report_status_url(request, report),
        "parse_status": report.parse_status,
        "duplicate": not submission.created,
    }
    if submission.created:
        return Status(202, {**body, "message": "Accepted: the report is queued for parsing."})
    return Status(
        200,
        {
            **body,
            "message": f"This content was submitted before as report {report.pk}; nothing new was stored.",
        },
    )


@api.get(
    "/reports/{report_id}",
    response={200: schemas.ReportOut, 404: schemas.Error, **ERRORS},
    url_name="get_report",
    summary="A report, its parse status and its claims",
)
def get_report(request, report_id: ObjectId):
    report = get_object_or_404(Report.objects.select_related("source_hint"), pk=report_id)
    claims = report.claims.current().for_list().order_by("char_start", "id")
    return {
        "id": report.pk,
        "web_url": request.build_absolute_uri(report.get_absolute_url()),
        "title": report.title,
        "text": report.text,
        "url": report.url,
        "outlet": report.outlet,
        "published_at": report.published_at,
        "received_at": report.received_at,
        "channel": report.channel,
        "source_hint": _source(report.source_hint),
        "parse_status": report.parse_status,
        "parse_error": report.parse_error,
        "parsed_at": report.parsed_at,
        "claim_count": report.claim_count,
        "claims": [_claim(request, c) for c in claims],
    }


# ---------------------------------------------------------------------------------------------
# Claims


@api.get(
    "/claims",
    response={200: schemas.ClaimPage, **ERRORS},
    summary="Claims, with the dashboard's filters, a page at a time",
)
def list_claims(request, filters: Query[schemas.ClaimQuery], paging: Query[schemas.PageQuery]):
    claim_filter = _filter(request, paged=True)
    claims = claim_filter.apply().for_list()
    count = claims.count()
    pages = max(1, math.ceil(count / paging.page_size))
    start = (paging.page - 1) * paging.page_size
    results = list(claims[start : start + paging.page_size]) if start < count else []

    def page_url(page: int) -> str:
        params = [*claim_filter.to_params(), ("page", str(page)), ("page_size", str(paging.page_size))]
        return request.build_absolute_uri(reverse("api:list_claims") + "?" + urlencode(params))

    return {
        "count": count,
        "page": paging.page,
        "page_size": paging.page_size,
        "pages": pages,
        "next": page_url(paging.page + 1) if paging.page < pages else None,
        "previous": page_url(min(paging.page - 1, pages)) if paging.page > 1 else None,
        "results": [_claim(request, c) for c in results],
    }


def _get_claim(claim_id: int) -> Claim:
    return get_object_or_404(Claim.objects.for_list(), pk=claim_id)


@api.get(
    "/claims/{claim_id}",
    response={200: schemas.ClaimDetail, 404: schemas.Error, **ERRORS},
    summary="A claim and its review history",
)
def get_claim(request, claim_id: ObjectId):
    return _claim_detail(request, _get_claim(claim_id))


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
        return Status(409, {"detail": str(exc), "claim": _claim(request, _get_claim(claim_id))})
    except DjangoValidationError as exc:
        raise HttpError(400, " ".join(exc.messages)) from None
    fresh = _get_claim(claim_id)
    return {
        "changed": bool(changes),
        "claim": _claim_detail(request, fresh),
        "changes": [_change(c) for c in changes],
    }


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
    return exports.download("csv", _filter(request), request.build_absolute_uri)


@api.get(
    "/exports/places.geojson",
    response={200: None, **ERRORS},
    openapi_extra=_file_response(
        "application/geo+json", "A GeoJSON FeatureCollection of places.", schemas.GEOJSON_SCHEMA
    ),
    summary="GeoJSON of the places the filtered claims name, with those claims",
)
def export_places_geojson(request, filters: Query[schemas.ClaimQuery]):
    return exports.download("geojson", _filter(request), request.build_absolute_uri)


@api.get(
    "/exports/claimreview.jsonld",
    response={200: None, **ERRORS},
    openapi_extra=_file_response(
        "application/ld+json", "schema.org ClaimReview JSON-LD.", schemas.CLAIMREVIEW_SCHEMA
    ),
    summary="schema.org ClaimReview JSON-LD of the filtered claims analysts reviewed",
)
def export_claimreview(request, filters: Query[schemas.ClaimQuery]):
    return exports.download("claimreview", _filter(request), request.build_absolute_uri)
