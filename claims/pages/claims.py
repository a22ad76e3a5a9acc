"""A claim in its report's context, and the analyst's review of it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import CharField, F, IntegerField, Value
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from ..models import (
    Claim,
    ClaimCorrection,
    ClaimLocation,
    CorrectionField,
    Credibility,
    Location,
    PropositionMember,
    Source,
    StaleClaimError,
    Status,
    StatusChange,
)
from ..permissions import REVIEW_CLAIM as REVIEW_PERMISSION  # noqa: E402
from ..review.service import review_claim
from .common import HtmxHttpRequest, get_claim, login_required, map_tiles, place_marker, wants_fragment
from .forms import CorrectionForm, MergeForm, ReviewForm, SplitForm


def report_excerpt(claim: Claim) -> tuple[str, str, str]:
    """The report's text split around the claim: before, the claim itself, after.

    Offsets that do not (or no longer) point at the claim's sentence fall back to finding the
    sentence in the text; when even that fails the sentence is shown on its own.
    """
    text = claim.report.text
    start, end = claim.char_start, claim.char_end
    if not (0 <= start <= end <= len(text)) or text[start:end] != claim.sentence:
        found = text.find(claim.sentence) if claim.sentence else -1
        if found < 0:
            return "", claim.sentence, ""
        start, end = found, found + len(claim.sentence)
    return text[:start], text[start:end], text[end:]


def claim_places(claim: Claim) -> list[dict]:
    """Places of one claim with the words that named them, for the page and its small map."""
    rows = ClaimLocation.objects.filter(claim=claim).select_related("location").order_by("location__name")
    return [place_marker(row.location, claim.status, row.mention) for row in rows]


HISTORY_LABELS = {
    "status": dict(Status.choices),
    "credibility": {str(value): label for value, label in Credibility.choices},
}


HISTORY_FIELDS = {
    "review": dict(StatusChange.Field.choices),
    "correction": dict(CorrectionField.choices),
}
HISTORY_COLUMNS = (
    "kind",
    "id",
    "changed_at",
    "who",
    "field",
    "from_value",
    "to_value",
    "note",
    "evidence",
    "other",
)


def history_rows(claim: Claim) -> list[dict]:
    """Verdicts and corrections together, newest first: who, when, which field, old -> new.

    Both kinds of row come in one query (a UNION of the two append-only tables, the author's name
    joined in), so the page costs the same however long the history is.
    """
    reviews = (
        StatusChange.objects.filter(claim=claim)
        .annotate(
            kind=Value("review", CharField()),
            who=F("changed_by__username"),
            evidence=F("evidence_url"),
            other=Value(None, IntegerField()),
        )
        .order_by()
        .values_list(*HISTORY_COLUMNS)
    )
    fixes = (
        ClaimCorrection.objects.filter(claim=claim)
        .annotate(
            kind=Value("correction", CharField()),
            who=F("changed_by__username"),
            evidence=Value("", CharField()),
            other=F("other_claim_id"),
        )
        .order_by()
        .values_list(*HISTORY_COLUMNS)
    )
    rows = []
    for kind, pk, at, who, field, old, new, note, evidence, other in reviews.union(fixes, all=True):
        labels = HISTORY_LABELS.get(field, {}) if kind == "review" else {}
        rows.append(
            {
                "kind": kind,
                "at": at,
                "id": pk,
                "who": who or "",
                "field": HISTORY_FIELDS[kind].get(field, field),
                "from_label": labels.get(old, old),
                "to_label": labels.get(new, new),
                "note": note,
                "evidence_url": evidence,
                "other": other,
            }
        )
    rows.sort(key=lambda row: (row["at"], row["kind"], row["id"]), reverse=True)
    return rows


def likely_duplicates(claim: Claim, limit: int = 5):
    """Current claims of the same source on the same day, or with the same statement."""
    same_day = Claim.objects.current().filter(source_id=claim.source_id, timeline_date=claim.timeline_date)
    same_text = Claim.objects.current().filter(statement__iexact=claim.statement)
    return (same_day | same_text).exclude(pk=claim.pk).select_related("source").order_by("-id")[:limit]


def merged_into(claim: Claim) -> int | None:
    row = (
        ClaimCorrection.objects.filter(claim=claim, field=CorrectionField.MERGED_INTO)
        .order_by("-changed_at", "-id")
        .first()
    )
    return row.other_claim_id if row else None


def correction_context(request: HtmxHttpRequest, claim: Claim) -> dict:
    """The correction panel's shell: the split and merge forms (no query). The correction form,
    with its choosers of every source and place, and the likely duplicates are fragments loaded
    when the analyst opens their part of the panel (`correction_form_context`,
    `duplicates_context`), so reading a claim never pays for them."""
    if not request.user.has_perm(REVIEW_PERMISSION):
        return {}
    return {
        "can_correct": True,
        "split_form": SplitForm(initial={"first": claim.statement, "version": claim.version}),
        "merge_form": MergeForm(initial={"version": claim.version}),
    }


def correction_form_context(claim: Claim) -> dict:
    return {
        "claim": claim,
        "correct_form": CorrectionForm(claim=claim),
        "source_names": Source.objects.order_by(Lower("name")).values_list("name", flat=True),
        "place_names": Location.objects.order_by(Lower("name")).values_list("name", flat=True),
    }


def duplicates_context(claim: Claim) -> dict:
    return {"claim": claim, "duplicates": likely_duplicates(claim)}


def review_context(
    request: HtmxHttpRequest, claim: Claim, form=None, error: str = "", notice: str = ""
) -> dict:
    can_review = request.user.has_perm(REVIEW_PERMISSION)
    return {
        "claim": claim,
        "can_review": can_review,
        "form": form or (ReviewForm(claim=claim) if can_review else None),
        "error": error,
        "notice": notice,
        "history": history_rows(claim),
    }


@require_GET
@login_required
def claim_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    return claim_page(request, pk)


# What the page's list of the report's other claims shows (status, statement, source, stance).
OTHER_CLAIM_COLUMNS = ("id", "status", "statement", "stance", "source__name", "cited_source__name")


def claim_page(request: HtmxHttpRequest, pk: int, *, corrections_open: bool = False) -> HttpResponse:
    """The claim page. `corrections_open`: with the correction form and the likely duplicates
    already in it and the form open (the page without JavaScript, which cannot load them)."""
    # The claim's proposition comes with it (a claim has at most one membership); its places are
    # read with their mentions by claim_places, its topics by a plain query (cheaper than a
    # prefetch for one claim), the other claims with only the columns their list shows.
    related = ("source", "report", "cited_source", "membership__proposition")
    claim = get_object_or_404(Claim.objects.select_related(*related), pk=pk)
    before, marked, after = report_excerpt(claim)
    others = (
        Claim.objects.current()
        .filter(report_id=claim.report_id)
        .exclude(pk=claim.pk)
        .select_related("source", "cited_source")
        .only(*OTHER_CLAIM_COLUMNS)
        .order_by("char_start", "id")
    )
    places = claim_places(claim)
    membership: PropositionMember | None = getattr(claim, "membership", None)
    proposition = membership.proposition if membership else None
    while proposition is not None and proposition.merged_into_id:
        proposition = proposition.merged_into
    context = (
        review_context(request, claim)
        | {
            "proposition": proposition,
            "before": before,
            "marked": marked,
            "after": after,
            "places": places,
            "others": others,
            "topics": list(claim.topics.all()),
            "merged_into": merged_into(claim) if claim.superseded_at else None,
            "map_config": {"places": places, **map_tiles()},
        }
        | correction_context(request, claim)
    )
    if corrections_open and context.get("can_correct"):
        context |= correction_form_context(claim) | duplicates_context(claim) | {"form_open": True}
    return render(request, "claims/claim_detail.html", context)


@require_GET
@login_required
def claim_row(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """One row of the claim list: closes an inline review form without saving."""
    claim = get_claim(pk)
    return render(request, "claims/dashboard.html#claim-row", {"claim": claim})


def _answer(
    request: HtmxHttpRequest, claim: Claim, *, form=None, error="", notice="", status=200, changed=False
):
    """The fragment the review came from (a list row or the claim page's review panel)."""
    context = review_context(request, claim, form, error, notice)
    if request.htmx.target == f"claim-row-{claim.pk}":
        context["editing"] = form is not None or bool(error)
        response = render(request, "claims/dashboard.html#claim-row", context, status=status)
    else:
        response = render(request, "claims/claim_detail.html#claim-review", context, status=status)
    if changed:
        response["HX-Trigger"] = "claims-changed"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def review(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """GET: the review form (for a list row). POST: apply the review.

    A review is refused when the claim changed since the form was loaded (409), when the input
    is invalid (400) or when the user may not review (403); each answer says why.
    """
    claim = get_claim(pk)
    if not request.user.has_perm(REVIEW_PERMISSION):
        message = "You may browse claims but not review them: ask for the analyst role."
        if not wants_fragment(request):
            raise PermissionDenied(message)
        return _answer(request, claim, error=message, status=403)
    if request.method == "GET":
        if not wants_fragment(request):
            return redirect(claim.get_absolute_url() + "#claim-review")
        return _answer(request, claim, form=ReviewForm(claim=claim))

    form = ReviewForm(request.POST, claim=claim)
    if not form.is_valid():
        if not wants_fragment(request):
            for field, errors in form.errors.items():
                messages.error(request, f"{field}: {' '.join(str(e) for e in errors)}")
            return redirect(claim.get_absolute_url() + "#claim-review")
        return _answer(request, claim, form=form, error="The review was not saved: see below.", status=400)
    data = form.cleaned_data
    try:
        changes = review_claim(
            claim,
            by=request.user,
            status=data["status"],
            credibility=data["credibility"],
            note=data["note"],
            evidence_url=data["evidence_url"],
            expected_version=data["version"],
        )
    except StaleClaimError as exc:
        fresh = get_claim(pk)
        if not wants_fragment(request):
            messages.error(request, str(exc))
            return redirect(fresh.get_absolute_url() + "#claim-review")
        return _answer(request, fresh, form=ReviewForm(claim=fresh), error=str(exc), status=409)
    except ValidationError as exc:
        message = " ".join(exc.messages)
        if not wants_fragment(request):
            messages.error(request, message)
            return redirect(claim.get_absolute_url() + "#claim-review")
        return _answer(request, claim, form=form, error=message, status=400)
    claim = get_claim(pk)
    note = (
        "Review saved." if changes else "Nothing changed: the claim already had that status and credibility."
    )
    if not wants_fragment(request):
        messages.success(request, note)
        return redirect(claim.get_absolute_url() + "#claim-review")
    return _answer(request, claim, notice=note, changed=bool(changes))
