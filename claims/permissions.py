"""Who may do what: the permission names every page and the API check, and the two roles.

Anyone logged in may read everything; changing something needs one of these permissions. Use
the constants, never the strings, so that a grep finds every check of a permission.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

REVIEW_CLAIM = "claims.review_claim"  # give a claim a status or a credibility
ADD_REPORT = "claims.add_report"  # submit or import reports, add feeds
CHANGE_SOURCE = "claims.change_source"  # grade a source, edit its aliases
VIEW_ALL_IMPORTS = "claims.view_importjob"  # follow other people's import jobs
VIEW_ALL_EXPORTS = "claims.view_exportjob"  # follow (and download) other people's export jobs

ANALYST_PERMISSIONS = [
    REVIEW_CLAIM,
    ADD_REPORT,
    CHANGE_SOURCE,
    "claims.view_claim",
    "claims.view_report",
    "claims.view_source",
]
VIEWER_PERMISSIONS = ["claims.view_claim", "claims.view_report", "claims.view_source"]


def _permission(name: str) -> Permission:
    app, codename = name.split(".", 1)
    return Permission.objects.get(content_type__app_label=app, codename=codename)


def ensure_roles() -> tuple[Group, Group]:
    """The Analysts and Viewers groups, with their permissions."""
    analysts, _ = Group.objects.get_or_create(name="Analysts")
    viewers, _ = Group.objects.get_or_create(name="Viewers")
    for group, perms in ((analysts, ANALYST_PERMISSIONS), (viewers, VIEWER_PERMISSIONS)):
        group.permissions.add(*[_permission(name) for name in perms])
    return analysts, viewers
