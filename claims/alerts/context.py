"""The count of unread notifications in the top bar, read only if a page shows it."""

from django.utils.functional import SimpleLazyObject


def unread(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: _count(user))}


def _count(user) -> int:
    from ..models import Notification

    return Notification.objects.filter(user=user, read_at__isnull=True).count()
