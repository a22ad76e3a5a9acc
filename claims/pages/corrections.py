"""Correcting a claim on its page: the extractor's reading, a split in two, a merge of duplicates."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from ..models import Claim, CorrectionField, StaleClaimError
from ..permissions import REVIEW_CLAIM
from ..review import corrections
from .claims import claim_page, correction_form_context, duplicates_context
from .common import HtmxHttpRequest, get_claim, permission_required, wants_fragment
from .forms import CorrectionForm, MergeForm, SplitForm


def form_changes(data: dict) -> dict:
    """The corrected values of a valid CorrectionForm, as the service takes them."""
    places = list(data["places"])
    if data.get("add_place") is not None:
        places.append(data["add_place"])
    if data.get("place_name"):
        places.append(corrections.place_unresolved(data["place_name"], data["latitude"], data["longitude"]))
    cited = data.get("cited_source", "").strip()
    return {
        CorrectionField.SOURCE: corrections.source_named(data["source"]),
        CorrectionField.CITED_SOURCE: corrections.source_named(cited) if cited else None,
        CorrectionField.STANCE: data["stance"],
        CorrectionField.STATEMENT: data["statement"].strip(),
        CorrectionField.EVENT_DATE: corrections.EventDate(
            data.get("event_start"),
            data.get("event_end") or data.get("event_start"),
            data.get("date_precision") or ("day" if data.get("event_start") else ""),
        ),
        CorrectionField.FIGURES: corrections.parse_figures(data.get("figures", "")),
        CorrectionField.TOPICS: list(data["topics"]),
        CorrectionField.PLACES: places,
    }


def _back(claim: Claim, anchor: str = "claim-correct") -> HttpResponse:
    return redirect(f"{claim.get_absolute_url()}#{anchor}")


def _errors(request, form) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label or field.replace("_", " ") if field in form.fields else ""
        messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))


@require_http_methods(["GET", "POST"])
@permission_required(REVIEW_CLAIM)
def correct(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """GET: the correction form, loaded when the analyst opens it on the claim page (its choosers
    list every source and place); without htmx, the claim page with the form in it, open.
    POST: apply it; one history row per changed field."""
    if request.method == "GET":
        if not wants_fragment(request):
            return claim_page(request, pk, corrections_open=True)
        return render(
            request, "claims/claim_detail.html#correct-form", correction_form_context(get_claim(pk))
        )
    claim = get_claim(pk)
    form = CorrectionForm(request.POST, claim=claim)
    if not form.is_valid():
        _errors(request, form)
        return _back(claim)
    try:
        rows = corrections.correct_claim(
            claim,
            by=request.user,
            changes=form_changes(form.cleaned_data),
            note=form.cleaned_data["note"],
            expected_version=form.cleaned_data["version"],
        )
    except (StaleClaimError, ValidationError) as exc:
        messages.error(request, str(exc) if isinstance(exc, StaleClaimError) else " ".join(exc.messages))
        return _back(claim)
    count = len(rows)
    messages.success(
        request, f"{count} correction{'s' if count != 1 else ''} saved." if count else "Nothing changed."
    )
    return _back(claim)


@require_POST
@permission_required(REVIEW_CLAIM)
def split(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    claim = get_claim(pk)
    form = SplitForm(request.POST)
    if not form.is_valid():
        _errors(request, form)
        return _back(claim, "claim-split")
    data = form.cleaned_data
    try:
        new = corrections.split_claim(
            claim,
            by=request.user,
            first=data["first"],
            second=data["second"],
            note=data["note"],
            expected_version=data["version"],
        )
    except (StaleClaimError, ValidationError) as exc:
        messages.error(request, str(exc) if isinstance(exc, StaleClaimError) else " ".join(exc.messages))
        return _back(claim, "claim-split")
    messages.success(request, f"Split: the second part is now claim {new.pk}.")
    return _back(claim, "history")


@require_http_methods(["GET", "POST"])
@permission_required(REVIEW_CLAIM)
def merge(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """GET: the likely duplicates, loaded when the analyst opens the merge form (without htmx:
    the claim page with them in it). POST: merge."""
    if request.method == "GET":
        if not wants_fragment(request):
            return claim_page(request, pk, corrections_open=True)
        return render(request, "claims/claim_detail.html#duplicates", duplicates_context(get_claim(pk)))
    claim = get_claim(pk)
    form = MergeForm(request.POST)
    if not form.is_valid():
        _errors(request, form)
        return _back(claim, "claim-merge")
    data = form.cleaned_data
    duplicate = Claim.objects.filter(pk=data["duplicate"]).first()
    try:
        if duplicate is None:
            raise ValidationError(f"There is no claim {data['duplicate']}.")
        corrections.merge_claims(
            claim, duplicate, by=request.user, note=data["note"], expected_version=data["version"]
        )
    except (StaleClaimError, ValidationError) as exc:
        messages.error(request, str(exc) if isinstance(exc, StaleClaimError) else " ".join(exc.messages))
        return _back(claim, "claim-merge")
    messages.success(request, f"Claim {duplicate.pk} merged into this one.")
    return _back(claim, "history")
