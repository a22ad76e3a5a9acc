"""Small display helpers for claims: dates with their precision, figures, status glyphs, links."""

from __future__ import annotations

import hashlib
from datetime import date

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.dateformat import format as date_format

from .. import cleaning
from ..html import escaped_join

register = template.Library()

# A glyph per status, so status never rests on colour alone (the text label goes beside it).
STATUS_GLYPHS = {"confirmed": "✓", "denied": "✗", "disputed": "⇄", "unverified": "?", "mixed": "◐"}
QUALIFIERS = {
    "about": "about",
    "at_least": "at least",
    "up_to": "up to",
    "more_than": "more than",
    "less_than": "less than",
    "nearly": "nearly",
}


def _day(value: date) -> str:
    return date_format(value, "j M Y")


@register.simple_tag
def place_options(places, selected) -> str:
    """`<option>`s for (id, name) pairs, escaped, the selected ids marked. Thousands of places:
    built in one pass, several times faster than the same loop in template language, and kept
    per list of places, which changes far less often than the data's stamp (workers adding
    claims to known places): escaping 2,000 names costs more than reading them."""
    rows = list(places)
    chosen = set(selected)
    key = "place-options:" + hashlib.sha256(repr((rows, sorted(chosen))).encode()).hexdigest()
    options = cache.get(key)
    if options is None:
        options = escaped_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((pk, " selected" if pk in chosen else "", name) for pk, name in rows),
        )
        cache.set(key, options, timeout=settings.PANEL_CACHE_SECONDS)
    return options


SOURCE_OPTION = (
    '<label class="option{}{}"><input type="checkbox" name="source" id="source-{}" value="{}"{}>'
    ' <span class="option-name">{}</span>'
    ' <abbr class="grade grade-{}" title="Reliability {}">{}</abbr>'
    ' <span class="count" title="claims in this view">{}</span></label>'
)


@register.simple_tag
def source_options(facets) -> str:
    """The filter bar's source checkboxes ({source, count, selected} per source), escaped: a few
    hundred sources, built in one pass (the same loop in template language costs several times
    more on every cold list)."""
    return escaped_join(
        "\n",
        SOURCE_OPTION,
        (
            (
                "" if facet["count"] else " is-empty",
                "" if facet["source"].reviewed else " is-unreviewed",
                facet["source"].pk,
                facet["source"].pk,
                " checked" if facet["selected"] else "",
                facet["source"].name,
                facet["source"].reliability,
                facet["source"].get_reliability_display(),
                facet["source"].reliability,
                facet["count"],
            )
            for facet in facets
        ),
    )


@register.filter
def status_glyph(status: str) -> str:
    return STATUS_GLYPHS.get(status, "")


@register.filter
def get_count(counts: dict, key) -> int:
    return (counts or {}).get(key, 0)


@register.simple_tag
def claim_when(claim) -> str:
    """The time a claim is about, as precisely as the text gave it; or the report's date."""
    start, end, precision = claim.event_start, claim.event_end, claim.date_precision
    if start is None:
        return ""
    if precision == "month":
        return date_format(start, "M Y")
    if precision == "week":
        return f"week of {_day(start)}"
    if end and end != start:
        same_year = start.year == end.year
        return f"{date_format(start, 'j M' if same_year else 'j M Y')} – {_day(end)}"
    return _day(start)


@register.filter
def report_day(report) -> str:
    moment = report.published_at or report.received_at
    return _day(moment.date()) if moment else ""


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


@register.filter
def figure_label(figure) -> str:
    """A figure as words: 'about 12,000 soldiers', '10,000–12,000 troops'."""
    if not isinstance(figure, dict):
        return str(figure)
    value, unit = figure.get("value"), figure.get("unit") or ""
    if value is None:
        return figure.get("text") or ""
    amount = _number(value)
    if figure.get("value_max") is not None:
        amount = f"{amount}–{_number(figure['value_max'])}"
    qualifier = QUALIFIERS.get(figure.get("qualifier") or "", "")
    return " ".join(part for part in (qualifier, amount, unit) if part)


@register.filter
def web_url(url: str) -> str:
    """The URL if it is a web address (http or https), else nothing: never a javascript: link."""
    return cleaning.web_url(url)


# What the speaker does, as a verb phrase after their name; `{}` is whose account it is about.
STANCE_PHRASES = {
    "asserts": ("says", "says, citing {}"),
    "confirms": ("confirms it", "confirms what {} says"),
    "denies": ("rejects it", "rejects what {} says"),
    "does_not_deny": ("won't confirm or deny it", "won't confirm or deny what {} says"),
}


@register.simple_tag
def stance_phrase(claim) -> str:
    """The stance in plain words, naming whom a confirmation or a non-answer is about:
    "won't confirm or deny what Ukrainian government says"."""
    alone, about = STANCE_PHRASES.get(claim.stance, ("says", "says, citing {}"))
    cited = claim.cited_source
    return about.format(cited.name) if cited is not None else alone


@register.filter
def count_of(n, noun: str) -> str:
    """'1 claim', '3 claims' ('noun' or 'singular,plural')."""
    singular, _, plural = noun.partition(",")
    n = int(n or 0)
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"
