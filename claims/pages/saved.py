"""Saved views (a named dashboard filter at a readable URL), following them, and notifications."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..alerts import service as alerts
from ..models import Claim, Notification, SavedView, Subscription
from .common import HtmxHttpRequest, login_required
from .forms import SavedViewForm


class UserRequest(HtmxHttpRequest):
    user: User  # the pages here are login_required: never anonymous


@require_http_methods(["GET", "POST"])
@login_required
def saved_views(request: UserRequest) -> HttpResponse:
    """GET: every saved view, the user's first. POST: save the dashboard's current filter."""
    if request.method == "POST":
        form = SavedViewForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            view = alerts.save_view(request.user, data["name"], data["query"], subscribe=data["subscribe"])
            note = " You will be told about new claims in it." if data["subscribe"] else ""
            messages.success(request, f"Saved as “{view.name}” at {view.get_absolute_url()}.{note}")
            return redirect(view.get_absolute_url())
        messages.error(request, "Give the view a name.")
        return redirect(
            reverse("dashboard") + ("?" + request.POST.get("query", "") if request.POST.get("query") else "")
        )
    views = SavedView.objects.select_related("owner").order_by("name", "id")
    followed = set(Subscription.objects.filter(user=request.user).values_list("view_id", flat=True))
    mine = [v for v in views if v.owner_id == request.user.pk]
    others = [v for v in views if v.owner_id != request.user.pk]
    return render(request, "claims/saved_views.html", {"mine": mine, "others": others, "followed": followed})


@require_GET
@login_required
def saved_view(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """A saved view's readable URL: the dashboard with its filter."""
    view = get_object_or_404(SavedView, slug=slug)
    return redirect(reverse("dashboard") + (f"?{view.query}" if view.query else ""))


@require_POST
@login_required
def follow(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    view = get_object_or_404(SavedView, slug=slug)
    if alerts.toggle_subscription(view, request.user):
        messages.success(request, f"You follow “{view.name}”: new claims in it will be notified.")
    else:
        messages.success(request, f"You no longer follow “{view.name}”.")
    return redirect("saved-views")


@require_http_methods(["GET", "POST"])
@login_required
def notifications(request: UserRequest) -> HttpResponse:
    """GET: the user's notifications, newest first. POST: mark them all read."""
    mine = Notification.objects.filter(user=request.user)
    if request.method == "POST":
        mine.filter(read_at__isnull=True).update(read_at=timezone.now())
        return redirect("notifications")
    rows = list(mine.select_related("view")[:100])
    wanted = {pk for note in rows for pk in note.claim_ids[:5]}
    claims = Claim.objects.select_related("source").in_bulk(wanted)
    listed = [(note, [claims[pk] for pk in note.claim_ids[:5] if pk in claims]) for note in rows]
    return render(request, "claims/notifications.html", {"notifications": listed})
