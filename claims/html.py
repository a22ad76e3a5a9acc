"""HTML built in Python for lists of thousands of rows (place options, chart marks), escaped as
Django's templates and `format_html_join` escape."""

from __future__ import annotations

import html

from django.utils.safestring import mark_safe


def _escaped(value) -> str:
    """What `conditional_escape` gives, without building a SafeString per value."""
    html_method = getattr(value, "__html__", None)
    return html_method() if html_method else html.escape(str(value))


def escaped_join(sep: str, fmt: str, rows) -> str:
    """`format_html_join` for thousands of rows: every value escaped the same way, about ten
    times faster (one str.format per row instead of a SafeString and a lazy check per value)."""
    return mark_safe(sep.join(fmt.format(*map(_escaped, row)) for row in rows))  # noqa: S308 - every value escaped
