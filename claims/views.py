from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .models import Claim, Report, Source


@require_GET
def dashboard(request):
    claims = Claim.objects.for_list()[:50]
    return render(request, "claims/dashboard.html", {"claims": claims})


@require_GET
def claim_detail(request, pk: int):
    claim = get_object_or_404(Claim.objects.for_list(), pk=pk)
    return render(request, "claims/claim_detail.html", {"claim": claim})


@require_GET
def report_detail(request, pk: int):
    report = get_object_or_404(Report, pk=pk)
    return render(
        request, "claims/report_detail.html", {"report": report, "claims": report.claims.for_list()}
    )


@require_GET
def source_detail(request, pk: int):
    source = get_object_or_404(Source, pk=pk)
    return render(
        request, "claims/source_detail.html", {"source": source, "claims": source.claims.for_list()[:50]}
    )
