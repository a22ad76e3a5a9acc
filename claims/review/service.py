"""An analyst's verdict on a claim, with its note and evidence cleaned and checked."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from ..cleaning import clean_line, clean_text, web_url
from ..models import Claim


def _evidence_url(value) -> str:
    url = clean_line(value)
    if url and not web_url(url):
        raise ValidationError({"evidence_url": "The evidence link is not a web address (http or https)."})
    if len(url) > 2000:
        raise ValidationError({"evidence_url": "The evidence link is longer than 2,000 characters."})
    return url


def review_claim(
    claim: Claim, *, by, status=None, credibility=None, note="", evidence_url="", expected_version=None
):
    """An analyst's verdict on a claim; raises StaleClaimError if someone else changed it first."""
    return claim.review(
        by=by,
        status=status,
        credibility=credibility,
        note=clean_text(note).strip(),
        evidence_url=_evidence_url(evidence_url),
        expected_version=expected_version,
    )
