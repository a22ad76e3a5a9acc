"""Pages for bringing reports in (file uploads, feeds) and taking claims out (exports).

Uploads are checked whole before anything is stored, then imported by a worker while the job
page shows a live count (htmx polls its progress fragment). Exports stream, for the dashboard's
filter given in the query string.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh

from ..intake import feeds as feed_service
from ..intake import jobs
from ..intake.bulk import format_for
from ..intake.rows import ImportRejected
from ..models import Feed, ImportJob
from ..permissions import ADD_REPORT, VIEW_ALL_IMPORTS
from ..queue import enqueue_import
from .common import login_required, permission_required, upload_too_large
from .forms import BulkImportForm, FeedForm, TelegramImportForm


def job_for(user, pk: int) -> ImportJob:
    """An import job its importer (or someone allowed to see every job) may look at."""
    job = get_object_or_404(ImportJob.objects.select_related("source"), pk=pk)
    if job.created_by_id != user.pk and not user.has_perm(VIEW_ALL_IMPORTS):
        raise Http404("No such import.")
    return job


def _too_large(request) -> HttpResponse:
    limit_mb = settings.UPLOAD_MAX_BYTES / 1_048_576
    context = _import_context(request)
    context["error"] = (
        f"The file is larger than the upload limit of {limit_mb:.0f} MB. Split it and import the parts."
    )
    return render(request, "claims/io/import.html", context, status=413)


def _import_context(request, **extra) -> dict:
    return {
        "telegram_form": TelegramImportForm(),
        "bulk_form": BulkImportForm(),
        "jobs": ImportJob.objects.filter(created_by=request.user)[:10],
        "upload_limit_mb": settings.UPLOAD_MAX_BYTES / 1_048_576,
        **extra,
    }


@csrf_exempt  # checked below, once the request is known not to be oversized
@permission_required(ADD_REPORT)
@require_http_methods(["GET", "POST"])
def import_page(request):
    if request.method == "POST" and upload_too_large(request):
        return _too_large(request)
    return _import_page(request)


@csrf_protect
def _import_page(request):
    if request.method != "POST":
        return render(request, "claims/io/import.html", _import_context(request))
    kind = request.POST.get("kind")
    form_class = TelegramImportForm if kind == "telegram" else BulkImportForm
    form = form_class(request.POST, request.FILES)
    forms = {"telegram_form": form} if kind == "telegram" else {"bulk_form": form}
    if not form.is_valid():
        return render(request, "claims/io/import.html", _import_context(request, **forms), status=400)
    upload = form.cleaned_data["file"]
    try:
        jobs.check_size(upload.size)
        if kind == "telegram":
            job_kind: str = ImportJob.Kind.TELEGRAM
            options = {"username": form.cleaned_data["username"]}
        else:
            job_kind = format_for(upload.name, form.cleaned_data["format"])
            options = {"strict": form.cleaned_data["strict"]}
        job = jobs.create_import_job(
            upload.read(),
            kind=job_kind,
            filename=upload.name,
            created_by=request.user,
            source=form.cleaned_data["source"],
            **options,
        )
    except ImportRejected as exc:
        context = _import_context(request, error=exc.message, rejected_rows=exc.rows[:200], **forms)
        context["rejected_total"] = len(exc.rows)
        return render(request, "claims/io/import.html", context, status=exc.status)
    enqueue_import(job.pk)
    response = HttpResponseRedirect(job.get_absolute_url())
    response.status_code = 303  # See Other: the job's page, fetched with GET
    return response


@login_required
@require_GET
def import_job(request, pk: int):
    job = job_for(request.user, pk)
    template = "claims/io/import_job.html#import-progress" if request.htmx else "claims/io/import_job.html"
    return render(request, template, {"job": job})


# ---------------------------------------------------------------------------------------------
# Feeds


@login_required
@require_http_methods(["GET", "POST"])
def feeds_page(request):
    form = FeedForm()
    status = 200
    if request.method == "POST":
        if not request.user.has_perm(ADD_REPORT):
            raise PermissionDenied("You may read the feeds but not add them: ask for the analyst role.")
        form = FeedForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                feed = feed_service.add_feed(
                    data["url"],
                    default_source=data["default_source"],
                    title=data["title"],
                    poll_interval=data["poll_interval"],
                    created_by=request.user,
                )
            except ValueError as exc:
                form.add_error("url", str(exc))
            else:
                messages.success(request, f"Feed {feed} added; it is polled within a minute.")
                return redirect("feeds")
        status = 400
    feeds = Feed.objects.select_related("default_source").order_by("title", "url")
    return render(request, "claims/io/feeds.html", {"form": form, "feeds": feeds}, status=status)


@permission_required(ADD_REPORT)
@require_POST
def feed_poll_soon(request, pk: int):
    """Poll a feed on the next beat (a web request does not wait for someone else's server)."""
    updated = Feed.objects.filter(pk=pk).update(next_poll_at=timezone.now())
    if not updated:
        raise Http404("No such feed.")
    if request.htmx:
        return HttpResponseClientRefresh()
    messages.info(request, "The feed will be polled within a minute.")
    return redirect("feeds")
