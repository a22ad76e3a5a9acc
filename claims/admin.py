from django.contrib import admin, messages

from .models import Claim, ClaimLocation, Location, Report, Source, StatusChange, Topic
from .parsing import requeue


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "reliability", "reviewed", "updated_at"]
    list_filter = ["kind", "reliability", "reviewed", "country"]
    search_fields = ["name", "aliases", "country", "notes"]
    actions = ["mark_reviewed"]

    @admin.action(description="Mark selected sources as reviewed")
    def mark_reviewed(self, request, queryset):
        for source in queryset:
            source.reviewed = True
            source.save(update_fields=["reviewed", "updated_at"])
        self.message_user(request, f"{queryset.count()} source(s) marked as reviewed.")


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "precision", "latitude", "longitude", "radius_km", "country"]
    list_filter = ["kind", "precision", "country"]
    search_fields = ["name", "aliases", "country"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "is_default", "updated_at"]
    list_filter = ["is_default"]
    search_fields = ["name", "description", "terms"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "outlet",
        "channel",
        "published_at",
        "received_at",
        "parse_status",
        "claim_count",
        "parser_version",
    ]
    list_filter = ["parse_status", "channel", "parser_version", "outlet"]
    search_fields = ["title", "text", "url", "outlet"]
    date_hierarchy = "received_at"
    readonly_fields = [
        "content_hash",
        "parse_status",
        "parse_error",
        "parser_version",
        "parse_attempts",
        "status_changed_at",
        "enqueued_at",
        "parsed_at",
        "claim_count",
    ]
    actions = ["reparse"]

    @admin.action(description="Re-parse selected reports (keeps analysts' decisions)")
    def reparse(self, request, queryset):
        count = requeue.request_reparse(queryset)
        self.message_user(request, f"{count} report(s) queued for parsing again.", messages.SUCCESS)


class ClaimLocationInline(admin.TabularInline):
    model = ClaimLocation
    extra = 0
    autocomplete_fields = ["location"]


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    fields = ["changed_at", "changed_by", "field", "from_value", "to_value", "note", "evidence_url"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["statement_short", "source", "stance", "status", "credibility", "timeline_date", "report"]
    list_filter = ["status", "stance", "credibility", "date_precision", "topics", "source__kind"]
    search_fields = ["statement", "sentence", "source__name", "report__title"]
    date_hierarchy = "timeline_date"
    list_select_related = ["source", "report"]
    raw_id_fields = ["report"]
    autocomplete_fields = ["source", "cited_source"]
    # Status and credibility change only through reviews, which write the history.
    readonly_fields = [
        "status",
        "credibility",
        "version",
        "fingerprint",
        "created_at",
        "updated_at",
        "superseded_at",
    ]
    inlines = [ClaimLocationInline, StatusChangeInline]

    @admin.display(description="Statement")
    def statement_short(self, obj):
        return obj.statement[:100]


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    """History is read-only everywhere, the admin included."""

    list_display = ["changed_at", "claim", "field", "from_value", "to_value", "changed_by"]
    list_filter = ["field", "to_value"]
    search_fields = ["note", "claim__statement", "changed_by__username"]
    list_select_related = ["claim", "changed_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# ---------------------------------------------------------------------------------------------
# Ingestion: feeds, import jobs, imported items

from .models import Feed, ImportedItem, ImportJob  # noqa: E402


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "default_source",
        "active",
        "last_polled_at",
        "failures",
        "next_poll_at",
        "last_error",
    ]
    list_filter = ["active"]
    search_fields = ["url", "title"]
    autocomplete_fields = ["default_source"]
    readonly_fields = [
        "etag",
        "last_modified",
        "last_polled_at",
        "last_success_at",
        "last_error",
        "last_result",
        "failures",
        "entries_ingested",
        "created_by",
        "created_at",
    ]
    actions = ["poll_soon"]

    @admin.action(description="Poll selected feeds on the next round")
    def poll_soon(self, request, queryset):
        from django.utils import timezone

        count = queryset.update(next_poll_at=timezone.now())
        self.message_user(request, f"{count} feed(s) will be polled within a minute.")


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "kind",
        "filename",
        "state",
        "total",
        "created",
        "duplicates",
        "rejected",
        "created_by",
    ]
    list_filter = ["kind", "state"]
    search_fields = ["filename", "created_by__username"]
    list_select_related = ["created_by"]
    exclude = ["payload"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in ImportJob._meta.fields if f.name != "payload"]

    def has_add_permission(self, request):
        return False


@admin.register(ImportedItem)
class ImportedItemAdmin(admin.ModelAdmin):
    list_display = ["channel", "scope", "item_id", "version", "report", "imported_at"]
    list_filter = ["channel"]
    search_fields = ["scope", "item_id"]
    raw_id_fields = ["report"]
