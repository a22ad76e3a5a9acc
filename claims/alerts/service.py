"""Saved views and alerts: an analyst keeps a filter under a name, follows it, and hears about
new claims that match it - in the app, and once in an email digest.

`run_alerts` is what Celery beat calls: it turns claims created since each subscription was last
checked into notifications, then mails each user one digest of the notifications not yet sent.
Safe to run twice: a subscription's `checked_until` moves forward in the transaction that writes
its notification, and a notification is mailed once (`emailed_at`).
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from ..cleaning import clean_line
from ..filters import ClaimFilter
from ..models import Notification, SavedView, Subscription
from ..queries import Scope

MAX_IDS = 50  # claim ids a notification lists (it counts them all)


def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "view"
    slug, n = base, 1
    while SavedView.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def normal_query(query: str) -> str:
    """The filter's own query string: what it does not understand, and the page, dropped."""
    flt = ClaimFilter.from_query(QueryDict(query or ""))
    return flt.querystring()


def save_view(owner, name: str, query: str, *, subscribe: bool = False) -> SavedView:
    name = clean_line(name)[:100]
    if not name:
        raise ValueError("Name the view.")
    with transaction.atomic():
        view = SavedView.objects.create(
            owner=owner, name=name, slug=_unique_slug(name), query=normal_query(query)
        )
        if subscribe:
            Subscription.objects.create(view=view, user=owner)
    return view


def toggle_subscription(view: SavedView, user) -> bool:
    """Follow the view, or stop following it; True when the user follows it now."""
    deleted, _ = Subscription.objects.filter(view=view, user=user).delete()
    if deleted:
        return False
    Subscription.objects.get_or_create(view=view, user=user)
    return True


def view_filter(view: SavedView) -> ClaimFilter:
    return ClaimFilter.from_query(QueryDict(view.query))


# ---------------------------------------------------------------------------------------------
# Checking and sending


def check_subscription(subscription: Subscription, now=None) -> Notification | None:
    """New claims in the view since the last check become one notification."""
    now = now or timezone.now()
    with transaction.atomic():
        sub = Subscription.objects.select_for_update().select_related("view").get(pk=subscription.pk)
        new = (
            Scope.of(view_filter(sub.view))
            .claims(sort=False)
            .filter(created_at__gt=sub.checked_until, created_at__lte=now)
            .order_by("-created_at", "-id")
        )
        ids = list(new.values_list("pk", flat=True))
        sub.checked_until = now
        sub.save(update_fields=["checked_until"])
        if not ids:
            return None
        return Notification.objects.create(
            user_id=sub.user_id, view=sub.view, claim_ids=ids[:MAX_IDS], count=len(ids), created_at=now
        )


def check_all(now=None) -> int:
    now = now or timezone.now()
    made = 0
    for subscription in Subscription.objects.all().only("pk"):
        made += check_subscription(subscription, now) is not None
    return made


def digest_text(notifications: list[Notification], base_url: str) -> str:
    lines = ["New claims in the views you follow:", ""]
    for note in notifications:
        noun = "claim" if note.count == 1 else "claims"
        lines.append(f"- {note.view.name}: {note.count} new {noun}")
        lines.append(f"  {base_url}{note.view.get_absolute_url()}")
    lines += ["", f"All notifications: {base_url}{reverse('notifications')}"]
    return "\n".join(lines)


def send_digests() -> int:
    """One email per user with notifications not mailed yet; users without an address are
    skipped (their notifications stay in the app)."""
    pending = (
        Notification.objects.filter(emailed_at__isnull=True)
        .exclude(user__email="")
        .select_related("user", "view")
        .order_by("created_at", "id")
    )
    per_user: dict[int, list[Notification]] = defaultdict(list)
    for note in pending:
        per_user[note.user_id].append(note)
    sent = 0
    for notes in per_user.values():
        user = notes[0].user
        total = sum(n.count for n in notes)
        subject = f"{total} new claim{'s' if total != 1 else ''} in your saved views"
        send_mail(subject, digest_text(notes, settings.SITE_URL), None, [user.email])
        Notification.objects.filter(pk__in=[n.pk for n in notes]).update(emailed_at=timezone.now())
        sent += 1
    return sent


def run_alerts() -> dict:
    """Celery beat's job: new notifications, then the digests."""
    return {"notifications": check_all(), "emails": send_digests()}
