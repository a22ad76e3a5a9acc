"""Exports of the dashboard's current filter (given in the query string): CSV, GeoJSON, ClaimReview.

A small export streams at once; a large one becomes a job (claims.export_jobs) whose page shows
its progress and, when it is written, a download link that expires.
"""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from .. import export_jobs, exports
from ..filters import ClaimFilter
from ..models import ExportJob
from ..permissions import VIEW_ALL_EXPORTS
from .common import HtmxHttpRequest, login_required, wants_fragment


def _export(request: HtmxHttpRequest, kind: str):
    claim_filter = ClaimFilter.from_query(request.GET)
    if export_jobs.streams(claim_filter):
        return exports.download(kind, claim_filter, request.build_absolute_uri)
    try:
        job = export_jobs.request_export(
            kind, claim_filter, user=request.user, base_url=request.build_absolute_uri("/")
        )
    except export_jobs.TooManyExports as exc:
        jobs = ExportJob.objects.filter(created_by_id=request.user.pk, state__in=export_jobs.ACTIVE)
        return render(request, "claims/io/export_busy.html", {"error": str(exc), "jobs": jobs}, status=429)
    return redirect(job)


@login_required
@require_GET
def export_claims_csv(request: HtmxHttpRequest):
    return _export(request, "csv")


@login_required
@require_GET
def export_places_geojson(request: HtmxHttpRequest):
    return _export(request, "geojson")


@login_required
@require_GET
def export_claimreview(request: HtmxHttpRequest):
    return _export(request, "claimreview")


def export_job_for(user, pk: int) -> ExportJob:
    """An export job its owner (or someone allowed to see every export) may look at."""
    job = get_object_or_404(ExportJob, pk=pk)
    if job.created_by_id != user.pk and not user.has_perm(VIEW_ALL_EXPORTS):
        raise Http404("No such export.")
    return job


@login_required
@require_GET
def export_job(request: HtmxHttpRequest, pk: int):
    job = export_job_for(request.user, pk)
    template = (
        "claims/io/export_job.html#export-progress"
        if wants_fragment(request)
        else "claims/io/export_job.html"
    )
    return render(request, template, {"job": job})


@login_required
@require_GET
def export_download(request: HtmxHttpRequest, pk: int):
    job = export_job_for(request.user, pk)
    if not job.downloadable:
        return render(request, "claims/io/export_job.html", {"job": job, "gone": True}, status=410)
    _, content_type, stem, extension = exports.FORMATS[job.kind]
    name = f"{stem}-{job.finished_at:%Y%m%d-%H%M}.{extension}"
    try:
        handle = open(export_jobs.path_of(job), "rb")  # noqa: SIM115 - FileResponse closes it
    except FileNotFoundError:
        return render(request, "claims/io/export_job.html", {"job": job, "gone": True}, status=410)
    return FileResponse(handle, as_attachment=True, filename=name, content_type=content_type)
