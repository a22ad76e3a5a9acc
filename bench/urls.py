"""The app's URLs plus the benchmarks' yardstick: a plain Django `ListView` of the 50 newest
claims (`/bench/claims/`), what bench/load.py compares the dashboard's pages with.

Served only with the BENCH_VIEWS setting (never in production: dashboard/settings.py).
"""

from __future__ import annotations

from django.template import engines
from django.template.response import TemplateResponse
from django.urls import path
from django.views.generic import ListView

from claims.models import Claim
from dashboard.urls import urlpatterns as app_urlpatterns

CLAIM_LIST = engines["django"].from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Claims</title></head>
<body><h1>Claims</h1>
<table>
<thead><tr><th>Date</th><th>Source</th><th>Statement</th><th>Status</th></tr></thead>
<tbody>{% for claim in claim_list %}
<tr><td>{{ claim.timeline_date|default:"" }}</td><td>{{ claim.source.name }}</td>
<td><a href="{{ claim.get_absolute_url }}">{{ claim.statement|truncatechars:200 }}</a></td>
<td>{{ claim.get_status_display }}</td></tr>{% endfor %}
</tbody></table></body></html>
"""
)


class BareClaimList(ListView):
    """What any Django app does for a list page: one query, one template, no caching."""

    queryset = Claim.objects.select_related("source").order_by("-id")[:50]

    def render_to_response(self, context, **response_kwargs):
        return TemplateResponse(self.request, CLAIM_LIST, context, **response_kwargs)


urlpatterns = [path("bench/claims/", BareClaimList.as_view(), name="bench-claim-list"), *app_urlpatterns]
