"""Claims out, for any filter: CSV of claims, GeoJSON of places with their claims, and
schema.org ClaimReview JSON-LD for the claims analysts gave a verdict.

Every export takes a ClaimFilter (the dashboard's filter state, or the API's parameters) and
yields its text in pieces, so a web view can stream it: a large export starts at once and
never holds every claim in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from itertools import groupby

from django.conf import settings
from django.db.models import Max, Q
from django.http import StreamingHttpResponse
from django.utils import timezone

from .cleaning import web_url
from .filters import ClaimFilter
from .models import Claim, ClaimLocation, Proposition, PropositionMember, Status

CHUNK = 1000
Absolute = Callable[[str], str]  # a path made into an absolute URL: request.build_absolute_uri

CSV_COLUMNS = [
    "claim_id",
    "claim_url",
    "statement",
    "sentence",
    "source",
    "source_id",
    "source_reliability",
    "cited_source",
    "stance",
    "status",
    "credibility",
    "event_start",
    "event_end",
    "date_precision",
    "date_text",
    "timeline_date",
    "places",
    "place_ids",
    "unplaced_places",
    "topics",
    "figures",
    "proposition_id",
    "report_id",
    "report_title",
    "report_url",
    "report_outlet",
    "report_published_at",
    "report_received_at",
    "version",
    "updated_at",
]
# Spreadsheets run a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """A text cell a spreadsheet shows as text (OWASP's CSV-injection advice)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _iso(value) -> str:
    return value.isoformat() if value else ""


class _Line:
    """csv.writer writes one row into this; the row's text is what write() returns."""

    def write(self, value: str) -> str:
        return value


def proposition_id(claim: Claim) -> int | str:
    """The proposition the claim stands in ("" for none); membership is select_related."""
    membership = getattr(claim, "membership", None)
    return membership.proposition_id if membership is not None else ""


def claim_csv_row(claim: Claim, absolute: Absolute) -> list:
    places = list(claim.locations.all())
    return [
        claim.pk,
        absolute(claim.get_absolute_url()),
        _cell(claim.statement),
        _cell(claim.sentence),
        _cell(claim.source.name),
        claim.source_id,
        claim.source.reliability,
        _cell(claim.cited_source.name if claim.cited_source else ""),
        claim.stance,
        claim.status,
        claim.credibility,
        _iso(claim.event_start),
        _iso(claim.event_end),
        claim.date_precision,
        _cell(claim.date_text),
        _iso(claim.timeline_date),
        _cell("; ".join(p.name for p in places)),
        ";".join(str(p.pk) for p in places),
        _cell("; ".join(claim.unplaced_places)),
        _cell("; ".join(t.slug for t in claim.topics.all())),
        json.dumps(claim.figures, ensure_ascii=False) if claim.figures else "",
        proposition_id(claim),
        claim.report_id,
        _cell(claim.report.title),
        _cell(web_url(claim.report.url)),
        _cell(claim.report.outlet),
        _iso(claim.report.published_at),
        _iso(claim.report.received_at),
        claim.version,
        _iso(claim.updated_at),
    ]


def claims_csv(claim_filter: ClaimFilter, absolute: Absolute) -> Iterator[str]:
    """The filtered claims as CSV (UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8)."""
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    for claim in claim_filter.apply().for_list().select_related("membership").iterator(chunk_size=CHUNK):
        yield writer.writerow(claim_csv_row(claim, absolute))


# ---------------------------------------------------------------------------------------------
# GeoJSON


def _place_feature(location, links: list[ClaimLocation], absolute: Absolute) -> dict:
    statuses: dict[str, int] = {}
    claims = []
    for link in links:
        claim = link.claim
        statuses[claim.status] = statuses.get(claim.status, 0) + 1
        claims.append(
            {
                "id": claim.pk,
                "url": absolute(claim.get_absolute_url()),
                "statement": claim.statement,
                "source": claim.source.name,
                "source_id": claim.source_id,
                "stance": claim.stance,
                "status": claim.status,
                "credibility": claim.credibility,
                "timeline_date": _iso(claim.timeline_date),
                "mention": link.mention,
                "proposition_id": proposition_id(claim) or None,
            }
        )
    return {
        "type": "Feature",
        "id": location.pk,
        "geometry": {"type": "Point", "coordinates": [location.longitude, location.latitude]},
        "properties": {
            "name": location.name,
            "kind": location.kind,
            "precision": location.precision,
            "radius_km": location.radius_km,
            "country": location.country,
            "claim_count": len(claims),
            "statuses": statuses,
            "claims": claims,
        },
    }


def places_geojson(claim_filter: ClaimFilter, absolute: Absolute) -> Iterator[str]:
    """A FeatureCollection: one Point per place the filtered claims name, with those claims."""
    claims = claim_filter.apply(sort=False).values("pk")
    links = (
        ClaimLocation.objects.filter(claim__in=claims)
        .select_related("location", "claim", "claim__source", "claim__membership")
        .order_by("location__name", "location_id", "-claim__timeline_date", "-claim_id")
    )
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for _, same_place in groupby(links.iterator(chunk_size=CHUNK), key=lambda link: link.location_id):
        group = list(same_place)
        feature = json.dumps(_place_feature(group[0].location, group, absolute), ensure_ascii=False)
        yield feature if first else ",\n" + feature
        first = False
    yield "]}\n"


# ---------------------------------------------------------------------------------------------
# schema.org ClaimReview

# ratingValue on a 1-5 scale (as fact-checkers publish it); alternateName carries the status.
RATING: dict[str, int] = {Status.CONFIRMED: 5, Status.DISPUTED: 3, Status.DENIED: 1}


def claim_review(claim: Claim, absolute: Absolute) -> dict:
    report = claim.report
    reviewed_at = getattr(claim, "reviewed_at", None) or claim.updated_at
    appearance = {"@type": "CreativeWork", "url": web_url(report.url) or absolute(report.get_absolute_url())}
    if report.title:
        appearance["headline"] = report.title
    item = {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": claim.source.name},
        "appearance": appearance,
    }
    published = report.published_at or report.received_at
    if published:
        item["datePublished"] = published.date().isoformat()
    return {
        "@type": "ClaimReview",
        "url": absolute(claim.get_absolute_url()),
        "claimReviewed": claim.statement,
        "datePublished": reviewed_at.date().isoformat(),
        "author": {
            "@type": "Organization",
            "name": settings.CLAIMREVIEW_AUTHOR,
        },
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[claim.status],
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": claim.get_status_display(),
        },
    }


def reviewed_claims(claim_filter: ClaimFilter):
    """The filtered claims analysts gave a verdict (confirmed, denied, disputed), with the time
    of their latest status change."""
    return (
        claim_filter.apply()
        .filter(status__in=list(RATING))
        .select_related("source", "report")
        .annotate(reviewed_at=Max("history__changed_at", filter=Q(history__field="status")))
    )


def reviewed_propositions(claim_filter: ClaimFilter):
    """Live propositions analysts gave a verdict, with a member among the filtered claims, with the
    time of their latest review."""
    claims = claim_filter.apply(sort=False).values("pk")
    ids = PropositionMember.objects.filter(claim__in=claims).values("proposition_id")
    return (
        Proposition.objects.live()
        .filter(status__in=list(RATING), pk__in=ids)
        .annotate(reviewed_at=Max("history__changed_at", filter=Q(history__kind="review")))
        .order_by("pk")
    )


def proposition_review(prop: Proposition, absolute: Absolute) -> dict:
    """A proposition's verdict as a ClaimReview: the claim reviewed is the proposition's statement,
    made by the sources that assert it (its first appearance: the earliest asserting claim)."""
    members = (
        Claim.objects.filter(membership__proposition=prop, stance__in=["asserts", "confirms"])
        .select_related("source", "report")
        .order_by("timeline_date", "pk")
    )
    authors = sorted({c.source.name for c in members})
    first = members.first()
    item: dict = {"@type": "Claim", "author": [{"@type": "Organization", "name": a} for a in authors]}
    if first is not None:
        report = first.report
        item["appearance"] = {
            "@type": "CreativeWork",
            "url": web_url(report.url) or absolute(report.get_absolute_url()),
        }
    if prop.first_seen:
        item["datePublished"] = prop.first_seen.isoformat()
    reviewed_at = getattr(prop, "reviewed_at", None) or prop.updated_at
    return {
        "@type": "ClaimReview",
        "url": absolute(prop.get_absolute_url()),
        "claimReviewed": prop.statement,
        "datePublished": reviewed_at.date().isoformat(),
        "author": {"@type": "Organization", "name": settings.CLAIMREVIEW_AUTHOR},
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[prop.status],
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": prop.get_status_display(),
        },
    }


def claimreview_jsonld(claim_filter: ClaimFilter, absolute: Absolute) -> Iterator[str]:
    """One JSON-LD document: the ClaimReview of every reviewed claim the filter shows, then of
    every reviewed proposition one of those claims stands in."""
    yield '{"@context": "https://schema.org", "@graph": ['
    first = True
    for claim in reviewed_claims(claim_filter).iterator(chunk_size=CHUNK):
        review = json.dumps(claim_review(claim, absolute), ensure_ascii=False)
        yield review if first else ",\n" + review
        first = False
    for prop in reviewed_propositions(claim_filter).iterator(chunk_size=CHUNK):
        review = json.dumps(proposition_review(prop, absolute), ensure_ascii=False)
        yield review if first else ",\n" + review
        first = False
    yield "]}\n"


# name -> (writer, content type, file name stem, extension)
FORMATS: dict[str, tuple[Callable[[ClaimFilter, Absolute], Iterator[str]], str, str, str]] = {
    "csv": (claims_csv, "text/csv; charset=utf-8", "claims", "csv"),
    "geojson": (places_geojson, "application/geo+json", "places", "geojson"),
    "claimreview": (claimreview_jsonld, "application/ld+json", "claimreview", "jsonld"),
}


def download(name: str, claim_filter: ClaimFilter, absolute: Absolute) -> StreamingHttpResponse:
    """An export of the filter as a streamed, dated attachment (for the pages and the API alike)."""
    write, content_type, stem, extension = FORMATS[name]
    response = StreamingHttpResponse(write(claim_filter, absolute), content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{stem}-{timezone.now():%Y%m%d-%H%M}.{extension}"'
    )
    return response
