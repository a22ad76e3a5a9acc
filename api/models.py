"""API tokens: one or more per user, stored only as a hash; the token itself is shown once."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

TOKEN_PREFIX = "ct_"  # noqa: S105 (a marker, not a secret)
# Writing last_used_at on every request would make each read a write; once a minute is enough.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def hash_token(raw: str) -> str:
    # A random 256-bit token needs no slow hash: there is nothing to brute-force.
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self):
        now = timezone.now()
        return self.filter(revoked_at__isnull=True, user__is_active=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="What the token is for (a script, a partner).")
    prefix = models.CharField(max_length=12, editable=False, help_text="The token's first characters.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.prefix}... ({self.name}, {self.user})"

    @classmethod
    def issue(cls, user, name: str, *, expires_at=None) -> tuple[ApiToken, str]:
        """A new token for the user: (the stored row, the token to give them - shown only now)."""
        raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user, name=name[:100], prefix=raw[:12], key_hash=hash_token(raw), expires_at=expires_at
        )
        return token, raw

    @classmethod
    def user_for(cls, raw: str):
        """The active user a token belongs to, or None for an unknown, revoked or expired token."""
        if not raw or len(raw) > 200:
            return None
        token = cls.objects.usable().select_related("user").filter(key_hash=hash_token(raw)).first()
        if token is None:
            return None
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
            cls.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
