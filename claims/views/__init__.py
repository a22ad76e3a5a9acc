"""The analyst's pages: dashboard, claims, reports, sources."""

from .claims import claim_detail, claim_row, review
from .dashboard import changes, dashboard, map_data, timeline_data
from .reports import report_detail, report_list, report_new
from .sources import source_detail, source_edit, source_list

__all__ = [
    "changes",
    "claim_detail",
    "claim_row",
    "dashboard",
    "map_data",
    "report_detail",
    "report_list",
    "report_new",
    "review",
    "source_detail",
    "source_edit",
    "source_list",
    "timeline_data",
]
