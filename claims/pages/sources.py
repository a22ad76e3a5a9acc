"""Sources: who speaks, how reliable they are, and what they have claimed."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from ..models import Claim, Source
from ..permissions import CHANGE_SOURCE as EDIT_PERMISSION  # noqa: E402
from ..queries import STATUS_ORDER
from .common import HtmxHttpRequest, get_source, login_required, paginate, wants_fragment
from .forms import SourceForm


def with_claim_counts(sources):
    current = Q(claims__superseded_at__isnull=True)
    counts = {
        f"n_{status}": Count("claims", filter=current & Q(claims__status=status)) for status in STATUS_ORDER
    }
    return sources.annotate(n_total=Count("claims", filter=current), **counts)


@require_GET
@login_required
def source_list(request: HtmxHttpRequest) -> HttpResponse:
    """Every source with its grade and claim counts; sources the parser found and no analyst has
    checked yet come first and stand out."""
    sources = with_claim_counts(Source.objects.all()).order_by("reviewed", Lower("name"), "pk")
    only_unreviewed = request.GET.get("unreviewed") == "1"
    if only_unreviewed:
        sources = sources.filter(reviewed=False)
    page = paginate(sources, request.GET.get("page"), 100)
    return render(
        request,
        "claims/source_list.html",
        {
            "page": page,
            "sources": page.object_list,
            "only_unreviewed": only_unreviewed,
            "unreviewed_count": Source.objects.filter(reviewed=False).count(),
            "statuses": STATUS_ORDER,
            "can_edit": request.user.has_perm(EDIT_PERMISSION),
        },
    )


def source_context(request: HtmxHttpRequest, source: Source, form=None, notice: str = "") -> dict:
    counted = with_claim_counts(Source.objects.filter(pk=source.pk)).get()
    can_edit = request.user.has_perm(EDIT_PERMISSION)
    return {
        "source": counted,
        "can_edit": can_edit,
        "form": form or (SourceForm(instance=source) if can_edit else None),
        "notice": notice,
        "statuses": STATUS_ORDER,
    }


def source_page(request: HtmxHttpRequest, source: Source, form=None, status: int = 200) -> HttpResponse:
    claims = Claim.objects.current().filter(source=source).for_list().order_by("-timeline_date", "-id")
    page = paginate(claims, request.GET.get("page"), 25)
    context = source_context(request, source, form) | {"page": page, "claims": page.object_list}
    return render(request, "claims/source_detail.html", context, status=status)


@require_GET
@login_required
def source_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return source_page(request, get_source(pk))


@require_http_methods(["POST"])
@login_required
def source_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Grade a source, edit its aliases and mark it reviewed (analysts only)."""
    source = get_source(pk)
    if not request.user.has_perm(EDIT_PERMISSION):
        raise PermissionDenied("You may read sources but not grade them: ask for the analyst role.")
    form = SourceForm(request.POST, instance=source)
    if not form.is_valid():
        if not wants_fragment(request):
            return source_page(request, get_source(pk), form, status=400)
        context = source_context(request, source, form)
        return render(request, "claims/source_detail.html#source-card", context, status=400)
    form.save()
    if not wants_fragment(request):
        messages.success(request, "Source saved.")
        return redirect(source.get_absolute_url())
    context = source_context(request, source, notice="Saved.")
    return render(request, "claims/source_detail.html#source-card", context)
