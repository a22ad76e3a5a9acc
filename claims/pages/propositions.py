"""Propositions: the list, one proposition's page (who says it, who denies it, the estimates,
its places, the suggested status and the review), and the analysts' merges and moves."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from ..models import Claim, Proposition, PropositionChange, Status
from ..permissions import REVIEW_CLAIM
from ..propositions import queries, service
from .common import HtmxHttpRequest, login_required, map_tiles, permission_required, wants_fragment

CHART_W, CHART_H = 560, 180


class PropositionReviewForm(forms.Form):
    status = forms.ChoiceField(choices=Status.choices, widget=forms.RadioSelect)
    note = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    evidence_url = forms.URLField(required=False, max_length=2000, assume_scheme="https")
    apply_to_claims = forms.BooleanField(required=False, label="Apply the verdict to its claims")
    version = forms.IntegerField(widget=forms.HiddenInput)


def get_proposition(pk: int) -> Proposition:
    return get_object_or_404(Proposition.objects.select_related("merged_into", "topic"), pk=pk)


def estimate_chart(series: dict) -> list[dict]:
    """Each unit's estimates as points of a small SVG chart (x by date, y by value)."""
    charts = []
    for unit, points in series.items():
        dated = [p for p in points if p[0]]
        if len(dated) < 2:
            continue
        days = [p[0].toordinal() for p in dated]
        top = max(p[2] for p in dated) or 1
        span = (max(days) - min(days)) or 1
        marks = [
            {
                "x": round(30 + (d - min(days)) / span * (CHART_W - 60), 1),
                "y": round(CHART_H - 20 - p[1] / top * (CHART_H - 40), 1),
                "y2": round(CHART_H - 20 - p[2] / top * (CHART_H - 40), 1),
                "label": f"{p[3]}: {p[1]:,.0f}"
                + (f"-{p[2]:,.0f}" if p[2] != p[1] else "")
                + f" ({p[0]:%d %b %Y})",
                "claim": p[4],
            }
            for d, p in zip(days, dated, strict=True)
        ]
        charts.append({"unit": unit, "marks": marks, "top": f"{top:,.0f}", "points": dated})
    return charts


def _places(claims: list[Claim]) -> list[dict]:
    seen: dict[int, dict] = {}
    for c in claims:
        for place in c.locations.all():
            seen.setdefault(
                place.pk,
                {
                    "id": place.pk, "name": place.name, "lat": place.latitude, "lon": place.longitude,
                    "kind": place.kind, "kind_label": place.get_kind_display(),
                    "precision": place.get_precision_display(), "area": place.is_area,
                    "radius_km": place.radius_km, "mention": "", "status": c.status,
                },
            )  # fmt: skip
    return list(seen.values())


def detail_context(request: HtmxHttpRequest, prop: Proposition, form=None, error: str = "") -> dict:
    claims = queries.members_of(prop)
    verdict = queries.assessment(claims)
    places = _places(claims)
    sources: dict[str, list] = {}
    for c in claims:
        sources.setdefault(c.source.name, []).append(c)
    return {
        "prop": prop,
        "claims": claims,
        "by_source": sorted(
            sources.items(), key=lambda kv: kv[1][0].timeline_date or kv[1][0].created_at.date()
        ),
        "verdict": verdict,
        "charts": estimate_chart(verdict.series),
        "places": places,
        "map_config": {"places": places, **map_tiles()},
        "can_review": request.user.has_perm(REVIEW_CLAIM),
        "form": form or PropositionReviewForm(initial={"status": verdict.suggested, "version": prop.version}),
        "error": error,
        "history": PropositionChange.objects.filter(proposition=prop).select_related(
            "changed_by", "claim", "other"
        ),
        "chart_w": CHART_W,
        "chart_h": CHART_H,
    }


@require_GET
@login_required
def proposition_list(request: HtmxHttpRequest) -> HttpResponse:
    page = Paginator(queries.proposition_list(request.GET.get("topic") or None), 50).get_page(
        request.GET.get("page")
    )
    template = (
        "claims/propositions.html#proposition-list" if wants_fragment(request) else "claims/propositions.html"
    )
    return render(request, template, {"page": page})


@require_GET
@login_required
def proposition_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    prop = get_proposition(pk)
    if prop.merged_into is not None:
        messages.info(request, f"Proposition {prop.pk} was merged into this one.")
        return redirect(prop.merged_into.get_absolute_url())
    return render(request, "claims/proposition_detail.html", detail_context(request, prop))


@require_POST
@permission_required(REVIEW_CLAIM)
def proposition_review(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    prop = get_proposition(pk)
    form = PropositionReviewForm(request.POST)
    if not form.is_valid():
        context = detail_context(request, prop, form=form, error="The review was not saved: see below.")
        return render(request, "claims/proposition_detail.html", context, status=400)
    data = form.cleaned_data
    try:
        service.review(
            prop,
            by=request.user,
            status=data["status"],
            note=data["note"],
            evidence_url=data["evidence_url"],
            apply_to_claims=data["apply_to_claims"],
            expected_version=data["version"],
        )
    except service.PropositionError as exc:
        return render(
            request,
            "claims/proposition_detail.html",
            detail_context(request, prop, error=str(exc)),
            status=409,
        )
    messages.success(request, "Review saved.")
    return redirect(prop.get_absolute_url())


@require_POST
@permission_required(REVIEW_CLAIM)
def proposition_merge(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Merge another proposition (by its number) into this one."""
    prop = get_proposition(pk)
    try:
        other = Proposition.objects.get(pk=int(request.POST.get("other", "")))
        service.merge(prop, other, by=request.user, note=request.POST.get("note", "")[:2000])
    except (ValueError, Proposition.DoesNotExist):
        messages.error(request, "No proposition with that number.")
    except service.PropositionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Proposition {other.pk} merged into this one.")
    return redirect(prop.get_absolute_url())


@require_POST
@permission_required(REVIEW_CLAIM)
def proposition_move_out(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Move one claim out of this proposition, into a new one of its own."""
    prop = get_proposition(pk)
    claim = Claim.objects.filter(pk=request.POST.get("claim") or 0, membership__proposition=prop).first()
    if claim is None:
        messages.error(request, "That claim is not in this proposition.")
        return redirect(prop.get_absolute_url())
    into = service.move_out(claim, by=request.user, note=request.POST.get("note", "")[:2000])
    messages.success(request, f"The claim now stands in proposition {into.pk}.")
    return redirect(prop.get_absolute_url())
