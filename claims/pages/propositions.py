"""Propositions: the list, one proposition's page (who says it, who denies it, the estimates,
its places, the suggested status and the review), and the analysts' merges and moves."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from ..html import escaped_join
from ..models import Claim, Location, Proposition, PropositionChange, Status
from ..permissions import REVIEW_CLAIM
from ..propositions import queries, service
from ..propositions.assess import assess
from .common import (
    HtmxHttpRequest,
    login_required,
    map_tiles,
    permission_required,
    place_marker,
    wants_fragment,
)

CHART_W, CHART_H = 560, 180
CHART_POINTS = 60  # estimates drawn per unit, at most
SOURCES_PER_PAGE = 25  # sources shown per page of a proposition's voices
CLAIMS_PER_SOURCE = 3  # each source's latest claims shown
MAP_PLACES = 100  # places on the proposition's map: those its claims name most


class PropositionReviewForm(forms.Form):
    status = forms.ChoiceField(choices=Status.choices, widget=forms.RadioSelect)
    note = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    evidence_url = forms.URLField(required=False, max_length=2000, assume_scheme="https")
    apply_to_claims = forms.BooleanField(required=False, label="Apply the verdict to its claims")
    version = forms.IntegerField(widget=forms.HiddenInput)


def get_proposition(pk: int) -> Proposition:
    return get_object_or_404(Proposition.objects.select_related("merged_into", "topic"), pk=pk)


def _spread(points: list, most: int) -> list:
    """At most `most` of the points, evenly spaced, the first and the last always among them."""
    if len(points) <= most:
        return points
    step = (len(points) - 1) / (most - 1)
    return [points[round(i * step)] for i in range(most)]


def estimate_chart(series: dict) -> list[dict]:
    """Each unit's estimates as points of a small SVG chart (x by date, y by value); at most
    CHART_POINTS of them, spread over the series (more would not be told apart at this width)."""
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
            for d, p in _spread(list(zip(days, dated, strict=True)), CHART_POINTS)
        ]
        charts.append(
            {
                "unit": unit,
                "marks": marks,
                "top": f"{top:,.0f}",
                "points": dated,
                "svg_marks": _svg_marks(marks),
                "links": _mark_links(marks),
            }
        )
    return charts


# A chart's marks are written here rather than by template loops: a proposition with thousands
# of members draws hundreds of them, and the template engine took most of the page's time.
def _svg_marks(marks: list[dict]) -> str:
    return escaped_join(
        "",
        '<g><title>{}</title><line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#36c" stroke-width="3"/>'
        '<circle cx="{}" cy="{}" r="4" fill="#36c"/></g>',
        ((m["label"], m["x"], m["x"], m["y"], m["y2"], m["x"], m["y"]) for m in marks),
    )


def _mark_links(marks: list[dict]) -> str:
    before, after = reverse("claim-detail", args=[0]).rsplit("0", 1)
    return escaped_join(
        "", '<li><a href="{}">{}</a></li>', ((f"{before}{m['claim']}{after}", m["label"]) for m in marks)
    )


def _places(places: list[tuple[Location, str]]) -> list[dict]:
    return [place_marker(place, status) for place, status in places]


def _voices(request: HtmxHttpRequest, members: list, days: dict) -> tuple[Page, list[tuple]]:
    """The sources in the order they first spoke, a page of them, each with its latest
    CLAIMS_PER_SOURCE claims (and how many earlier ones are not shown)."""
    by_source: dict[str, list[int]] = {}
    for m in sorted(members, key=lambda m: (days[m.claim_id], m.claim_id)):
        by_source.setdefault(m.source, []).append(m.claim_id)
    page = Paginator(list(by_source.items()), SOURCES_PER_PAGE).get_page(request.GET.get("page"))
    shown = [ids[-CLAIMS_PER_SOURCE:] for _, ids in page.object_list]
    claims = Claim.objects.select_related("source", "report").in_bulk([pk for ids in shown for pk in ids])
    rows = [
        (source, [claims[pk] for pk in latest], len(ids) - len(latest))
        for (source, ids), latest in zip(page.object_list, shown, strict=True)
    ]
    return page, rows


def detail_context(request: HtmxHttpRequest, prop: Proposition, form=None, error: str = "") -> dict:
    # The assessment reads every member as a plain row; only the claims shown are loaded whole,
    # so the page costs the same for 5 members and for 5,000.
    facts = queries.member_facts(prop)
    verdict = assess(facts.members)
    places = _places(queries.places_of(prop, facts, MAP_PLACES))
    sources_page, by_source = _voices(request, facts.members, facts.days)
    return {
        "prop": prop,
        "by_source": by_source,
        "sources_page": sources_page,
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
