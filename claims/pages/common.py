"""What every view shares: the typed HTMX request, access helpers and the login guard."""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.http import HttpRequest
from django.shortcuts import get_object_or_404, resolve_url
from django.templatetags.static import static
from django.utils.functional import cached_property
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails

from ..models import Claim, Location, Report, Source


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def wants_fragment(request: HtmxHttpRequest) -> bool:
    """An HTMX request for a part of the page (a history restore wants the whole page)."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def permission_required(permission: str):
    """login_required, then 403 for a user without `permission` (one of claims.permissions)."""

    def decorate(view):
        @wraps(view)
        def guarded(request: HtmxHttpRequest, *args, **kwargs):
            if not request.user.has_perm(permission):
                raise PermissionDenied(f"You may not do this (it needs the {permission!r} permission).")
            return view(request, *args, **kwargs)

        return login_required(guarded)

    return decorate


# Room for the form's other fields and the multipart envelope around an uploaded file.
UPLOAD_ENVELOPE_BYTES = 64 * 1024


def upload_too_large(request: HttpRequest) -> bool:
    """The one upload guard: the declared body is larger than the upload limit and its envelope.
    Checked before anything reads the body (the CSRF check would read it whole); an upload whose
    length is not declared is stopped while it streams by `UploadLimit`."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    return length > settings.UPLOAD_MAX_BYTES + UPLOAD_ENVELOPE_BYTES


def login_required(view):
    """Like Django's, but an HTMX request is sent to the login page as a whole page, instead of
    having the login form swapped into a panel."""

    @wraps(view)
    def guarded(request: HtmxHttpRequest, *args, **kwargs):
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if request.htmx:
            back = request.htmx.current_url_abs_path or request.get_full_path()
            login = resolve_url(settings.LOGIN_URL)
            return HttpResponseClientRedirect(redirect_to_login(back, login)["Location"])
        return redirect_to_login(request.get_full_path())

    return guarded


# The offline basemap `make setup` builds (scripts/build-basemap.mjs).
BASEMAP = "build/basemap.json"


def map_tiles() -> dict:
    """Where map tiles come from (settings.MAP_TILES_URL), and the offline basemap drawn when
    they fail; the maps work without either."""
    return {
        "tiles": settings.MAP_TILES_URL,
        "attribution": settings.MAP_TILES_ATTRIBUTION,
        "basemap_url": basemap_url(),
    }


def basemap_url() -> str | None:
    """The offline basemap's URL, or None when it was not built (no npm where `make setup` ran)."""
    try:
        url = static(BASEMAP)  # the manifest storage of production refuses a file it lacks
    except ValueError:
        return None
    return url if not settings.DEBUG or finders.find(BASEMAP) else None


class CountedPaginator(Paginator):
    """A paginator told the total, when it was counted already (with the facets)."""

    def __init__(self, object_list, per_page, *, total: int):
        super().__init__(object_list, per_page)
        self.total = total

    @cached_property
    def count(self) -> int:
        return self.total


def paginate(items, number, per_page: int, *, count: int | None = None) -> Page:
    paginator = (
        Paginator(items, per_page) if count is None else CountedPaginator(items, per_page, total=count)
    )
    return paginator.get_page(number)


# One helper per model fetches the object a URL names. Every logged-in user may read every
# claim, report and source; changes are checked against permissions in the views.


def get_claim(pk: int) -> Claim:
    return get_object_or_404(Claim.objects.for_list(), pk=pk)


def get_report(pk: int) -> Report:
    return get_object_or_404(Report, pk=pk)


def get_source(pk: int) -> Source:
    return get_object_or_404(Source, pk=pk)


def place_marker(place: Location, status: str, mention: str = "") -> dict:
    """A place as the small maps of the claim and proposition pages draw it (static/js/map.js)."""
    return {
        "id": place.pk,
        "name": place.name,
        "lat": place.latitude,
        "lon": place.longitude,
        "kind": place.kind,
        "kind_label": place.get_kind_display(),
        "precision": place.get_precision_display(),
        "area": place.is_area,
        "radius_km": place.radius_km,
        "mention": mention,
        "status": status,
    }
