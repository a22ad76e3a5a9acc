"""Reports: submit one (pasted or uploaded), follow its parsing live, read its claims."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import retarget

from ..intake.service import ReportRejected, submit_report
from ..models import Channel, ParseStatus, Report
from ..permissions import ADD_REPORT
from .common import HtmxHttpRequest, get_report, login_required, paginate, upload_too_large, wants_fragment
from .forms import ReportForm


def highlighted_text(report: Report, claims) -> list[dict]:
    """The report's text cut into plain and claim segments (claims in text order, overlaps skipped)."""
    text = report.text
    segments, pos = [], 0
    for claim in sorted(claims, key=lambda c: (c.char_start, c.char_end)):
        start, end = claim.char_start, claim.char_end
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            segments.append({"text": text[pos:start]})
        segments.append({"text": text[start:end], "claim": claim})
        pos = end
    if pos < len(text):
        segments.append({"text": text[pos:]})
    return segments


def report_context(report: Report) -> dict:
    # The page shows each claim's source, not its places or topics: nothing else is fetched.
    claims = list(report.claims.current().select_related("source").order_by("char_start", "id"))
    return {
        "poll_seconds": settings.REPORT_POLL_SECONDS,
        "report": report,
        "claims": claims,
        "segments": highlighted_text(report, claims),
        "in_progress": report.parse_status in (ParseStatus.QUEUED, ParseStatus.PARSING),
        "delayed": report.parse_status == ParseStatus.QUEUED and report.enqueued_at is None,
    }


@require_GET
@login_required
def report_list(request: HtmxHttpRequest) -> HttpResponse:
    reports = Report.objects.defer("text").order_by("-received_at", "-id")
    status = request.GET.get("status", "")
    if status in ParseStatus.values:
        reports = reports.filter(parse_status=status)
    page = paginate(reports, request.GET.get("page"), 50)
    return render(
        request,
        "claims/report_list.html",
        {"page": page, "reports": page.object_list, "status": status, "statuses": ParseStatus.choices},
    )


@require_GET
@login_required
def report_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """The report page; while its parse is in progress, the status panel polls this URL."""
    report = get_report(pk)
    context = report_context(report)
    if wants_fragment(request):
        if context["in_progress"]:
            return render(request, "claims/report_detail.html#report-status", context)
        # Done: the poll's answer replaces the whole body (status, highlighted text, claims).
        return retarget(render(request, "claims/report_detail.html#report-body", context), "#report-body")
    return render(request, "claims/report_detail.html", context)


class UploadLimit(FileUploadHandler):
    """Stops reading an upload as soon as it passes the limit, instead of spooling it to disk."""

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.UPLOAD_MAX_BYTES:
            self.request.upload_too_large = True  # type: ignore[union-attr]  # read by upload_too_large()
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None


def too_large(request: HtmxHttpRequest, limit: int | None = None) -> HttpResponse:
    form = ReportForm()
    limit = limit or settings.UPLOAD_MAX_BYTES
    return render(
        request,
        "claims/report_form.html",
        {
            "form": form,
            "error": f"The upload is too large: the limit is {limit:,} bytes ({limit // 2**20} MB).",
        },
        status=413,
    )


# The size check must come before the CSRF check reads the request body: csrf_exempt here,
# csrf_protect on the inner view (the pattern Django documents for custom upload handlers).
@csrf_exempt
@require_http_methods(["GET", "POST"])
@login_required
def report_new(request: HtmxHttpRequest) -> HttpResponse:
    if not request.user.has_perm(ADD_REPORT):
        return render(request, "claims/report_form.html", {"forbidden": True}, status=403)
    if request.method == "POST":
        if upload_too_large(request):
            return too_large(request)
        request.upload_handlers.insert(0, UploadLimit(request))
    try:
        return _report_new(request)
    except RequestDataTooBig:  # pasted text past DATA_UPLOAD_MAX_MEMORY_SIZE: the form says so
        return too_large(request, limit=settings.DATA_UPLOAD_MAX_MEMORY_SIZE)


@csrf_protect
def _report_new(request: HtmxHttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "claims/report_form.html", {"form": ReportForm()})
    form = ReportForm(request.POST, request.FILES)
    if getattr(request, "upload_too_large", False):
        return too_large(request)
    if not form.is_valid():
        return render(request, "claims/report_form.html", {"form": form}, status=400)
    data = form.cleaned_data
    upload = data.get("file")
    try:
        submission = submit_report(
            text=upload["text"] if upload else data["text"],
            is_html=upload["is_html"] if upload else None,
            title=data["title"] or (upload["name"] if upload else ""),
            url=data["url"],
            outlet=data["outlet"],
            published_at=data["published"],
            channel=Channel.FILE if upload else Channel.WEB,
            submitted_by=request.user,
        )
    except ReportRejected as exc:
        form.add_error(None, str(exc))
        return render(request, "claims/report_form.html", {"form": form}, status=400)
    report = submission.report
    if not submission.created:
        messages.info(request, "This text was submitted before: here is the earlier report.")
    elif not submission.enqueued:
        messages.warning(
            request,
            "The report is saved, but the parser queue is unreachable: it waits, "
            "and is queued by itself as soon as the queue is back.",
        )
    else:
        messages.success(request, "The report is saved and queued for parsing.")
    return redirect(report.get_absolute_url())
