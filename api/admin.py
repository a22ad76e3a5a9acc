from django.contrib import admin, messages

from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "name", "user", "created_at", "last_used_at", "expires_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix", "user__username"]
    list_select_related = ["user"]
    autocomplete_fields = ["user"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        return (
            ["user", "name", "expires_at"]
            if obj is None
            else ["user", "name", "prefix", "created_at", "last_used_at", "expires_at", "revoked_at"]
        )

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else ["user", "prefix", "created_at", "last_used_at", "revoked_at"]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        token, raw = ApiToken.issue(obj.user, obj.name, expires_at=obj.expires_at)
        obj.pk = token.pk
        obj.refresh_from_db()
        self.message_user(
            request,
            f"The token for {token.user}: {raw} - copy it now, it is not shown again.",
            messages.WARNING,
        )

    @admin.action(description="Revoke selected tokens")
    def revoke(self, request, queryset):
        for token in queryset:
            token.revoke()
        self.message_user(request, f"{queryset.count()} token(s) revoked.")
