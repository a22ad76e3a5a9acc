"""The claims domain: who says what happened, where and when, and what analysts decided about it.

State changes that must leave a trace are model methods that write their history row in the
same transaction (`Claim.review`). Nothing changes a claim's status through `queryset.update()`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

# ---------------------------------------------------------------------------------------------
# Sources


class SourceKind(models.TextChoices):
    HEAD_OF_STATE = "head_of_state", "Head of state or government"
    GOVERNMENT = "government", "Government body"
    MILITARY = "military", "Military"
    INTELLIGENCE = "intelligence", "Intelligence service"
    MEDIA = "media", "Media"
    INTERNATIONAL = "international", "International organisation"
    ANONYMOUS = "anonymous", "Anonymous officials"
    OTHER = "other", "Other"


class Reliability(models.TextChoices):
    """Admiralty (NATO) source reliability."""

    A = "A", "A - completely reliable"
    B = "B", "B - usually reliable"
    C = "C", "C - fairly reliable"
    D = "D", "D - not usually reliable"
    E = "E", "E - unreliable"
    F = "F", "F - reliability cannot be judged"


def clean_aliases(values) -> list[str]:
    """Aliases as a list of distinct, trimmed, non-empty strings (order kept)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = re.split(r"[\n;]", values)
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        text = " ".join(str(value).split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


def search_text(statement: str, sentence: str, source_name: str) -> str:
    """What the claim search matches: casefolded, so that any script matches case-insensitively."""
    return "\n".join((statement or "", sentence or "", source_name or "")).casefold()


def refresh_search_text(claims) -> int:
    """Recompute the search text of these claims (after their source was renamed)."""
    rows = list(claims.select_related("source").only("pk", "statement", "sentence", "source__name"))
    for claim in rows:
        claim.search_text = search_text(claim.statement, claim.sentence, claim.source.name)
    Claim.objects.bulk_update(rows, ["search_text"], batch_size=500)
    return len(rows)


class Source(models.Model):
    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.OTHER)
    country = models.CharField(max_length=100, blank=True, help_text="Country the source speaks for.")
    aliases = models.JSONField(default=list, blank=True, help_text="Other names, in any language.")
    reliability = models.CharField(max_length=1, choices=Reliability.choices, default=Reliability.F)
    notes = models.TextField(blank=True)
    reviewed = models.BooleanField(
        default=False,
        help_text="An analyst has checked this source. Sources found by the parser start unreviewed.",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this source speaks for (US Department of Defense -> US government): "
        "sources under one parent count as one independent voice.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["reviewed"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.aliases = clean_aliases(self.aliases)
        renamed = self.pk is not None and Source.objects.filter(pk=self.pk).exclude(name=self.name).exists()
        with transaction.atomic():
            super().save(*args, **kwargs)
            if renamed:
                refresh_search_text(Claim.objects.filter(source=self))

    def get_absolute_url(self) -> str:
        return reverse("source-detail", args=[self.pk])

    def clean(self) -> None:
        self.aliases = clean_aliases(self.aliases)
        if self.pk and self.parent_id:
            seen, node = {self.pk}, self.parent
            while node is not None:
                if node.pk in seen:
                    raise ValidationError({"parent": "A source cannot be its own parent, even indirectly."})
                seen.add(node.pk)
                node = node.parent


# ---------------------------------------------------------------------------------------------
# Places


class LocationKind(models.TextChoices):
    SETTLEMENT = "settlement", "Settlement"
    REGION = "region", "Region"
    FACILITY = "facility", "Facility (training ground, port, base)"
    COUNTRY = "country", "Country"
    AREA = "area", "Broad area"


class Precision(models.TextChoices):
    """As ACLED's geo_precision: 1 the place itself, 2 near it, 3 only the region is known."""

    EXACT = "exact", "Exact"
    NEAR = "near", "Near"
    REGION = "region", "Region"


class Origin(models.TextChoices):
    """Where a place came from: entered by an analyst or the shipped registry, or a gazetteer import."""

    CURATED = "curated", "Curated"
    IMPORTED = "imported", "Imported (GeoNames)"


class Location(models.Model):
    name = models.CharField(max_length=200, unique=True)
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other names and spellings, in any language."
    )
    latitude = models.FloatField(validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(validators=[MinValueValidator(-180), MaxValueValidator(180)])
    kind = models.CharField(max_length=20, choices=LocationKind.choices, default=LocationKind.SETTLEMENT)
    precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.EXACT)
    radius_km = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="Extent of an area, for drawing it.",
    )
    country = models.CharField(max_length=100, blank=True)
    origin = models.CharField(
        max_length=10,
        choices=Origin.choices,
        default=Origin.CURATED,
        help_text="Curated places always win over imported ones of the same name.",
    )
    geonames_id = models.PositiveBigIntegerField(
        null=True, blank=True, unique=True, help_text="GeoNames id of an imported populated place."
    )
    admin1 = models.CharField(
        max_length=12,
        blank=True,
        help_text="GeoNames first-level region code (RU.41 is the Kursk region): of the place, or of "
        "the region itself.",
    )
    population = models.PositiveBigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"]), models.Index(fields=["origin", "kind"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.aliases = clean_aliases(self.aliases)
        super().save(*args, **kwargs)

    @property
    def is_area(self) -> bool:
        return self.kind in {LocationKind.AREA, LocationKind.REGION, LocationKind.COUNTRY}


# ---------------------------------------------------------------------------------------------
# Topics


class Topic(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    terms = models.JSONField(
        default=list, blank=True, help_text="Words that mark a sentence as about this topic, in any language."
    )
    is_default = models.BooleanField(default=False, help_text="The topic the dashboard shows first.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.terms = clean_aliases(self.terms)
        super().save(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# Reports


class Channel(models.TextChoices):
    WEB = "web", "Web form"
    API = "api", "API"
    FEED = "feed", "Feed"
    TELEGRAM = "telegram", "Telegram import"
    FILE = "file", "File import"
    DEMO = "demo", "Demo data"


class ParseStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    PARSING = "parsing", "Parsing"
    PARSED = "parsed", "Parsed"
    FAILED = "failed", "Failed"


def content_hash(text: str) -> str:
    """The identity of a report's content: whitespace and case do not make a new report."""
    normal = " ".join((text or "").split()).casefold()
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()


class Report(models.Model):
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, help_text="When the outlet published it.")
    received_at = models.DateTimeField(default=timezone.now, help_text="When the tracker received it.")
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.WEB)
    source_hint = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hinted_reports",
        help_text="Who speaks when the text does not say (a channel's owner, a feed's default source).",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    content_hash = models.CharField(max_length=64, unique=True, editable=False)

    parse_status = models.CharField(
        max_length=10, choices=ParseStatus.choices, default=ParseStatus.QUEUED, db_index=True
    )
    parse_error = models.TextField(blank=True)
    parser_version = models.CharField(max_length=20, blank=True)
    parse_attempts = models.PositiveIntegerField(default=0)
    parse_token = models.UUIDField(null=True, blank=True, editable=False)
    status_changed_at = models.DateTimeField(default=timezone.now)
    enqueued_at = models.DateTimeField(
        null=True, blank=True, help_text="Last time a parse job reached the queue."
    )
    parsed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    grouped_at = models.DateTimeField(
        null=True, blank=True, help_text="When its claims were last grouped into propositions."
    )
    grouping_version = models.CharField(
        max_length=32, blank=True, default="", help_text="The grouping rules' version it was grouped by."
    )
    # A grouping batch that took the report (claims.propositions.service.group_waiting); cleared
    # when grouped, stale after CLAIMS_STUCK_AFTER_SECONDS (a worker that died).
    grouping_token = models.UUIDField(null=True, blank=True, editable=False)
    grouping_since = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    claim_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-received_at"]
        indexes = [
            models.Index(fields=["received_at"]),
            models.Index(fields=["published_at"]),
            models.Index(fields=["parse_status", "status_changed_at"]),
            # The reports waiting to be grouped (propositions.service.waiting_reports), oldest
            # parse first: a grouping batch and the sweeper read them without scanning every
            # report (13 ms at 20,000 reports, growing with them). Without the parse status in
            # its condition, which SQLite cannot match to a bound parameter: the few reports
            # never parsed are in it too, and the query's own condition leaves them out.
            models.Index(
                fields=["parsed_at", "id"],
                condition=Q(grouped_at__isnull=True) | Q(grouped_at__lt=F("parsed_at")),
                name="claims_report_waiting_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"Report {self.pk}"

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("report-detail", args=[self.pk])

    @property
    def reference_date(self):
        """The date relative expressions in the text are resolved against."""
        return (
            (self.published_at or self.received_at).date()
            if (self.published_at or self.received_at)
            else None
        )


# ---------------------------------------------------------------------------------------------
# Claims


class Stance(models.TextChoices):
    """What the speaker does, in the analyst's words (the verdict words - Confirmed, Denied - are
    the analyst's own, so a stance never reads like one: "rejects", not "denies")."""

    ASSERTS = "asserts", "Says"
    CONFIRMS = "confirms", "Confirms"
    DENIES = "denies", "Rejects"
    # A non-denial, a cannot-yet-confirm and a declined-to-comment all land here.
    DOES_NOT_DENY = "does_not_deny", "Won't confirm or deny"


class Status(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    CONFIRMED = "confirmed", "Confirmed"
    DENIED = "denied", "Denied"
    DISPUTED = "disputed", "Disputed"


class Credibility(models.IntegerChoices):
    """Admiralty information credibility."""

    CONFIRMED = 1, "1 - confirmed by other sources"
    PROBABLY_TRUE = 2, "2 - probably true"
    POSSIBLY_TRUE = 3, "3 - possibly true"
    DOUBTFUL = 4, "4 - doubtful"
    IMPROBABLE = 5, "5 - improbable"
    CANNOT_BE_JUDGED = 6, "6 - cannot be judged"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    RANGE = "range", "Range"


class StaleClaimError(Exception):
    """The claim changed since the analyst loaded it; their change was not applied."""

    def __init__(self, claim: Claim, expected_version: int):
        self.claim = claim
        self.expected_version = expected_version
        super().__init__(
            f"This claim was changed by someone else since you opened it (now {claim.get_status_display()}, "
            f"credibility {claim.credibility}). Reload it and review again."
        )


class ClaimQuerySet(models.QuerySet["Claim"]):
    def current(self) -> ClaimQuerySet:
        """Claims the latest parse of their report still produces."""
        return self.filter(superseded_at__isnull=True)

    def for_list(self) -> ClaimQuerySet:
        return self.select_related("source", "report", "cited_source").prefetch_related("locations", "topics")


class Claim(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="claims")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims")
    cited_source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cited_in_claims",
        help_text="The source whose account this claim confirms, denies or relays.",
    )
    fingerprint = models.CharField(
        max_length=64,
        editable=False,
        help_text="Identity of the claim within its report, stable across re-parses.",
    )
    sentence = models.TextField(help_text="The exact text the claim was taken from.")
    char_start = models.PositiveIntegerField()
    char_end = models.PositiveIntegerField()
    statement = models.TextField(help_text="Short statement of the claim.")
    stance = models.CharField(max_length=15, choices=Stance.choices, default=Stance.ASSERTS, db_index=True)
    locations = models.ManyToManyField(Location, blank=True, related_name="claims", through="ClaimLocation")
    topics = models.ManyToManyField(Topic, blank=True, related_name="claims")

    event_start = models.DateField(
        null=True, blank=True, help_text="First day of the time the claim is about."
    )
    event_end = models.DateField(null=True, blank=True, help_text="Last day of the time the claim is about.")
    date_precision = models.CharField(max_length=10, choices=DatePrecision.choices, blank=True)
    date_text = models.CharField(max_length=200, blank=True, help_text="The words the time was read from.")
    # The date the timeline places the claim on: the event's start, or the report's date.
    timeline_date = models.DateField(null=True, blank=True)
    figures = models.JSONField(
        default=list, blank=True, help_text="[{value, value_max, unit, qualifier, text}]"
    )
    unplaced_places = models.JSONField(
        default=list,
        blank=True,
        help_text="Names the text gives places that no gazetteer knows, as written: for an analyst to place.",
    )
    # Statement, sentence and source name, casefolded: what the search box reads. SQLite's LIKE
    # folds ASCII letters only, so "владивосток" would not find "Владивосток" in the text itself.
    search_text = models.TextField(blank=True, default="", editable=False)

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNVERIFIED)
    credibility = models.PositiveSmallIntegerField(
        choices=Credibility.choices,
        default=Credibility.CANNOT_BE_JUDGED,
        validators=[MinValueValidator(1), MaxValueValidator(6)],
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped by every review; guards against overwrites."
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    superseded_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when a re-parse no longer produces this claim; kept because an analyst reviewed it.",
    )

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-timeline_date", "-id"]
        permissions = [("review_claim", "Can review claims (set status and credibility)")]
        constraints = [
            models.UniqueConstraint(fields=["report", "fingerprint"], name="claim_unique_per_report"),
            models.CheckConstraint(
                condition=models.Q(credibility__gte=1) & models.Q(credibility__lte=6),
                name="claim_credibility_1_6",
            ),
            models.CheckConstraint(
                condition=models.Q(char_end__gte=models.F("char_start")), name="claim_offsets"
            ),
        ]
        indexes = [
            models.Index(fields=["source", "timeline_date"]),
            models.Index(fields=["status", "timeline_date"]),
            models.Index(fields=["timeline_date"]),
            models.Index(fields=["event_start"]),
            models.Index(fields=["created_at"]),
            # Narrow copy of what the map, timeline and filter counts group by: joins from the
            # topic and place tables read this index instead of the wide claim rows (3-5x faster
            # at 100,000 claims on SQLite).
            models.Index(
                fields=["id", "superseded_at", "status", "source", "timeline_date", "event_start", "stance"],
                name="claim_panels_idx",
            ),
            # The timeline's spans (claims about several days) are a few among many: without
            # this index their grouping reads every claim (0.6-0.9 s at 1,000,000 on PostgreSQL);
            # with the id in it, PostgreSQL counts them from the index alone (3 ms).
            models.Index(
                fields=["event_start", "event_end", "status", "id"],
                condition=models.Q(event_end__gt=models.F("event_start"), superseded_at__isnull=True),
                name="claim_spans_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source}: {self.statement[:80]}"

    def save(self, *args, **kwargs):
        self.clean()
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"statement", "sentence", "source"} & set(update_fields):
            name = self.source.name if self.source_id else ""
            self.search_text = search_text(self.statement, self.sentence, name)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", args=[self.pk])

    def clean(self) -> None:
        if self.credibility is not None and not 1 <= int(self.credibility) <= 6:
            raise ValidationError({"credibility": "Credibility is 1 to 6 (Admiralty)."})

    def review(
        self,
        *,
        by,
        status: str | None = None,
        credibility: int | None = None,
        note: str = "",
        evidence_url: str = "",
        expected_version: int | None = None,
    ) -> list[StatusChange]:
        """Change status and/or credibility, writing one history row per changed field.

        With `expected_version`, a claim changed by someone else in the meantime is refused with
        StaleClaimError instead of being overwritten.
        """
        if status is not None and status not in Status.values:
            raise ValidationError({"status": f"Unknown status {status!r}."})
        if credibility is not None:
            try:
                credibility = int(credibility)
            except (TypeError, ValueError):
                raise ValidationError({"credibility": "Credibility is a number from 1 to 6."}) from None
            if not 1 <= credibility <= 6:
                raise ValidationError({"credibility": "Credibility is 1 to 6 (Admiralty)."})
        with transaction.atomic():
            locked = Claim.objects.select_for_update().get(pk=self.pk)
            if expected_version is not None and locked.version != int(expected_version):
                raise StaleClaimError(locked, int(expected_version))
            # The dashboard's counts follow the status in the same transaction (read after the lock,
            # so that a concurrent review is counted once).
            changes = self._apply_review(locked, by, status, credibility, note, evidence_url)
        # Keep the caller's instance in step with the database.
        self.status, self.credibility, self.version = locked.status, locked.credibility, locked.version
        return changes

    @staticmethod
    def _apply_review(locked, by, status, credibility, note, evidence_url) -> list[StatusChange]:
        """The review's changes on the locked claim, with their history rows and the panel counts."""
        from . import panel_counts  # it reads these models

        changes: list[StatusChange] = []
        now = timezone.now()
        with panel_counts.kept(lambda: [locked.pk]):
            for field, new in (("status", status), ("credibility", credibility)):
                if new is None or getattr(locked, field) == new:
                    continue
                changes.append(
                    StatusChange(
                        claim=locked,
                        field=field,
                        from_value=str(getattr(locked, field)),
                        to_value=str(new),
                        changed_by=by if getattr(by, "pk", None) else None,
                        changed_at=now,
                        note=note,
                        evidence_url=evidence_url,
                    )
                )
                setattr(locked, field, new)
            if changes:
                locked.version += 1
                locked.save(update_fields=["status", "credibility", "version", "updated_at"])
                StatusChange.objects.bulk_create(changes)
        return changes

    def set_status(self, new: str, *, by, note: str = "", evidence_url: str = "", expected_version=None):
        return self.review(
            by=by, status=new, note=note, evidence_url=evidence_url, expected_version=expected_version
        )


class ClaimLocation(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE)
    location = models.ForeignKey(Location, on_delete=models.PROTECT)
    mention = models.CharField(
        max_length=200, blank=True, help_text="The words in the text that named the place."
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "location"], name="claim_location_once")]
        indexes = [models.Index(fields=["location", "claim"])]

    def __str__(self) -> str:
        return f"{self.claim_id} @ {self.location_id}"


# ---------------------------------------------------------------------------------------------
# History


class HistoryIsAppendOnly(Exception):
    pass


class StatusChangeQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise HistoryIsAppendOnly("Status history rows cannot be changed.")

    def delete(self):
        raise HistoryIsAppendOnly("Status history rows cannot be deleted.")


class StatusChange(models.Model):
    """Append-only history of every status or credibility change of a claim."""

    class Field(models.TextChoices):
        STATUS = "status", "Status"
        CREDIBILITY = "credibility", "Credibility"

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="history")
    field = models.CharField(max_length=12, choices=Field.choices, default=Field.STATUS)
    from_value = models.CharField(max_length=20)
    to_value = models.CharField(max_length=20)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="status_changes",
    )
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True)
    evidence_url = models.URLField(max_length=2000, blank=True)

    objects = StatusChangeQuerySet.as_manager()

    class Meta:
        ordering = ["changed_at", "id"]
        default_permissions = ("add", "view")

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.field} {self.from_value} -> {self.to_value}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise HistoryIsAppendOnly("Status history rows cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise HistoryIsAppendOnly("Status history rows cannot be deleted.")


# ---------------------------------------------------------------------------------------------
# Ingestion: where reports came from, feeds, and import jobs


class ImportedItem(models.Model):
    """One item of an outside channel (a Telegram post, a feed entry) already taken in.

    Importing the same export or polling the same feed again finds the item here and adds
    nothing. `version` tells apart the versions of an edited post (its edit time)."""

    channel = models.CharField(max_length=10, choices=Channel.choices)
    scope = models.CharField(max_length=200, help_text="The chat id, the feed id ...")
    item_id = models.CharField(max_length=500, help_text="The message id, the entry's guid ...")
    version = models.CharField(max_length=40, blank=True)
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="imported_items")
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "scope", "item_id", "version"], name="imported_item_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.channel}:{self.scope}/{self.item_id}"


class Feed(models.Model):
    """An RSS or Atom feed the workers poll; its new entries become reports."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    default_source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feeds",
        help_text="Who speaks in this feed's entries when their text does not say.",
    )
    active = models.BooleanField(default=True)
    poll_interval = models.PositiveIntegerField(
        default=900, validators=[MinValueValidator(60)], help_text="Seconds between polls."
    )
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_result = models.CharField(max_length=500, blank=True)
    failures = models.PositiveIntegerField(default=0, help_text="Failed polls in a row.")
    next_poll_at = models.DateTimeField(default=timezone.now, db_index=True)
    entries_ingested = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="feeds"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def is_failing(self) -> bool:
        return bool(self.last_error)


class ImportJob(models.Model):
    """A file import (Telegram export, JSONL/CSV) and its progress, counted as it goes."""

    class Kind(models.TextChoices):
        TELEGRAM = "telegram", "Telegram export"
        JSONL = "jsonl", "JSON Lines"
        JSON = "json", "JSON list"
        CSV = "csv", "CSV"

    class State(models.TextChoices):
        PENDING = "pending", "Waiting"
        RUNNING = "running", "Importing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    filename = models.CharField(max_length=255, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING, db_index=True)
    strict = models.BooleanField(default=False, help_text="All or nothing: any bad row stops the import.")
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Source given to every report of this import.",
    )
    total = models.PositiveIntegerField(default=0, help_text="Reports to take in.")
    processed = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0, help_text="Already here: nothing added.")
    rejected = models.PositiveIntegerField(default=0)
    rejected_rows = models.JSONField(default=list, blank=True, help_text="[{line, reason}]")
    skipped = models.PositiveIntegerField(default=0, help_text="Not reports: service messages, no text.")
    notes = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    payload = models.JSONField(
        default=list, blank=True, help_text="The rows still to import; emptied when the job ends."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="Last progress written; a running job silent for long was lost."
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.filename} ({self.get_state_display()})"

    def get_absolute_url(self) -> str:
        return reverse("import-job", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.state in {self.State.DONE, self.State.FAILED}

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.processed / self.total))


# ---------------------------------------------------------------------------------------------
# Propositions


class PropositionScope(models.Model):
    """One row per grouping scope (a topic): the lock two workers grouping claims of the same
    topic take in turn, so that they never start the same proposition twice."""

    key = models.CharField(max_length=200, unique=True)
    # Raised by every write to the scope's propositions: a plan made before it is planned again.
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return self.key


class PropositionQuerySet(models.QuerySet):
    def live(self):
        """Propositions not merged into another."""
        return self.filter(merged_into__isnull=True)


class Proposition(models.Model):
    """What several claims, in any reports, are about; each member claim takes a stance on it."""

    key = models.CharField(max_length=300, unique=True, help_text="Natural key: scope, frame, place, date.")
    scope = models.CharField(max_length=200, blank=True, db_index=True, help_text="The topic grouped in.")
    frame = models.CharField(max_length=40, blank=True, help_text="The kind of question (grouping.FRAMES).")
    place = models.CharField(max_length=200, blank=True)
    statement = models.TextField(help_text="Short canonical statement: what the claims are about.")
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    first_seen = models.DateField(null=True, blank=True)
    last_seen = models.DateField(null=True, blank=True)
    specific_places = models.JSONField(default=list, blank=True)
    targets = models.JSONField(
        default=list, blank=True, help_text="For one attack: the kinds of what it hit."
    )
    samples = models.JSONField(default=list, blank=True, help_text="Members' words, for grouping.")
    claim_count = models.PositiveIntegerField(default=0)
    # Distinct sources of the members that assert or confirm it, and that deny it: kept with
    # claim_count (`service.refresh_counts`), so the list need not count members.
    asserting_sources = models.PositiveIntegerField(default=0)
    denying_sources = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNVERIFIED)
    version = models.PositiveIntegerField(default=1)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PropositionQuerySet.as_manager()

    class Meta:
        ordering = ["-last_seen", "-id"]
        indexes = [
            models.Index(fields=["merged_into", "last_seen"]),
            models.Index(fields=["scope", "merged_into"]),
            # The list, biggest first; a new claim's candidates (its slot, recently seen first).
            models.Index(fields=["merged_into", "claim_count", "last_seen"], name="claims_prop_list_idx"),
            models.Index(fields=["scope", "frame", "place", "last_seen"], name="claims_prop_slot_idx"),
        ]

    def __str__(self) -> str:
        return self.statement[:80] or self.key

    def get_absolute_url(self) -> str:
        return reverse("proposition-detail", args=[self.pk])


class PropositionMember(models.Model):
    """A claim's place in a proposition: one per claim (a duplicate delivery cannot add another)."""

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="membership")
    proposition = models.ForeignKey(Proposition, on_delete=models.PROTECT, related_name="members")
    pinned = models.BooleanField(
        default=False, help_text="An analyst put the claim here: re-grouping leaves it where it is."
    )
    grouped_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["proposition", "claim"])]

    def __str__(self) -> str:
        return f"{self.claim_id} in {self.proposition_id}"


class PropositionChangeQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise HistoryIsAppendOnly("Proposition history cannot be changed.")

    def delete(self):
        raise HistoryIsAppendOnly("Proposition history cannot be deleted.")


class PropositionChange(models.Model):
    """Append-only history of a proposition: reviews, merges, claims moved out or in."""

    class Kind(models.TextChoices):
        REVIEW = "review", "Review"
        MERGE = "merge", "Merged"
        MOVE_OUT = "move_out", "Claim moved out"
        MOVE_IN = "move_in", "Claim moved in"

    proposition = models.ForeignKey(Proposition, on_delete=models.PROTECT, related_name="history")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    from_value = models.CharField(max_length=40, blank=True)
    to_value = models.CharField(max_length=40, blank=True)
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    other = models.ForeignKey(Proposition, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True)

    objects = PropositionChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.proposition_id} {self.kind} {self.changed_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise HistoryIsAppendOnly("Proposition history cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise HistoryIsAppendOnly("Proposition history cannot be deleted.")


# ---------------------------------------------------------------------------------------------
# Corrections


class CorrectionField(models.TextChoices):
    SOURCE = "source", "Source"
    CITED_SOURCE = "cited_source", "About whom"
    STANCE = "stance", "Stance"
    STATEMENT = "statement", "Statement"
    PLACES = "places", "Places"
    FIGURES = "figures", "Figures"
    EVENT_DATE = "event_date", "Event date"
    TOPICS = "topics", "Topics"
    SPLIT = "split", "Split"
    MERGE = "merge", "Merged in"
    MERGED_INTO = "merged_into", "Merged into"


# The claim's columns each correction owns: a re-parse leaves them as the analyst set them.
CORRECTED_COLUMNS: dict[str, tuple[str, ...]] = {
    CorrectionField.SOURCE: ("source",),
    CorrectionField.CITED_SOURCE: ("cited_source",),
    CorrectionField.STANCE: ("stance",),
    CorrectionField.STATEMENT: ("statement",),
    CorrectionField.FIGURES: ("figures",),
    CorrectionField.PLACES: ("unplaced_places",),
    CorrectionField.EVENT_DATE: ("event_start", "event_end", "date_precision", "date_text", "timeline_date"),
}


class ClaimCorrectionQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise HistoryIsAppendOnly("Correction history rows cannot be changed.")

    def delete(self):
        raise HistoryIsAppendOnly("Correction history rows cannot be deleted.")

    def corrected_fields(self, claim_ids) -> dict[int, set[str]]:
        """Per claim, the fields an analyst corrected by hand (what a re-parse must keep)."""
        out: dict[int, set[str]] = {}
        for claim_id, name in self.filter(claim_id__in=list(claim_ids)).values_list("claim_id", "field"):
            out.setdefault(claim_id, set()).add(name)
        return out


class ClaimCorrection(models.Model):
    """Append-only history of every hand correction of what the extractor read: who, when, which
    field, old -> new (as readable text). A split or merge names the other claim."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="corrections")
    field = models.CharField(max_length=20, choices=CorrectionField.choices)
    from_value = models.TextField(blank=True)
    to_value = models.TextField(blank=True)
    other_claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The claim split off from, or merged with, this one.",
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claim_corrections",
    )
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True)

    objects = ClaimCorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["changed_at", "id"]
        default_permissions = ("add", "view")
        indexes = [models.Index(fields=["claim", "field"])]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.field} {self.from_value[:40]} -> {self.to_value[:40]}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise HistoryIsAppendOnly("Correction history rows cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise HistoryIsAppendOnly("Correction history rows cannot be deleted.")


# ---------------------------------------------------------------------------------------------
# Saved views and alerts


class SavedView(models.Model):
    """A dashboard filter kept under a name, at a readable URL (/views/<slug>/)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_views")
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=120, unique=True)
    query = models.TextField(blank=True, help_text="The dashboard's query string.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("saved-view", args=[self.slug])


class Subscription(models.Model):
    """A user follows a saved view: new claims matching it become notifications."""

    view = models.ForeignKey(SavedView, on_delete=models.CASCADE, related_name="subscriptions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions")
    checked_until = models.DateTimeField(
        default=timezone.now, help_text="Claims created after this are new to the subscriber."
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["view", "user"], name="subscription_once")]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.view_id}"


class Notification(models.Model):
    """New claims in a followed view, shown in the app and sent once in an email digest."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    view = models.ForeignKey(SavedView, on_delete=models.CASCADE, related_name="notifications")
    claim_ids = models.JSONField(default=list)
    count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return f"{self.count} new in {self.view_id} for {self.user_id}"


# ---------------------------------------------------------------------------------------------
# Exports too large to stream at once: a worker writes them to a file, offered for a while


class ExportJob(models.Model):
    """An export of a filter, written by a worker (claims.exports.jobs) and offered as a download
    link to whoever asked for it until `expires_at`."""

    class State(models.TextChoices):
        PENDING = "pending", "Waiting"
        RUNNING = "running", "Writing"
        DONE = "done", "Ready"
        FAILED = "failed", "Failed"
        EXPIRED = "expired", "Expired"

    kind = models.CharField(max_length=20, help_text="csv, geojson or claimreview (claims.exports.FORMATS).")
    query = models.TextField(blank=True, help_text="The filter, as the dashboard's query string.")
    base_url = models.CharField(max_length=500, help_text="The site's address, for the links in the file.")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING, db_index=True)
    total = models.PositiveIntegerField(default=0, help_text="Claims the filter matched when asked.")
    processed = models.PositiveIntegerField(default=0)
    filename = models.CharField(max_length=200, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_jobs"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["created_by", "state"])]

    def __str__(self) -> str:
        return f"Export {self.kind} #{self.pk} ({self.get_state_display()})"

    def get_absolute_url(self) -> str:
        return reverse("export-job", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.state in {self.State.DONE, self.State.FAILED, self.State.EXPIRED}

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.processed / self.total))

    @property
    def downloadable(self) -> bool:
        return self.state == self.State.DONE and bool(self.expires_at and self.expires_at > timezone.now())


# ---------------------------------------------------------------------------------------------
# Panel counts

# The day of a cell that has none: a panel without days, or an undated claim on the timeline.
NO_DAY = date(1, 1, 1)


class PanelCount(models.Model):
    """How many current claims fall in each cell the dashboard's panels group by: per day and
    status (timeline), per source and status (filter bar), per place and status (map), each per
    topic (`topic` 0: every claim, whatever its topics). Kept in the same transaction as the
    claim writes, reviews and topic changes that move a claim between cells
    (claims/panel_counts.py), so that a cold panel reads a few thousand rows, not every claim;
    `manage.py rebuild_panel_counts` recomputes them from the claims."""

    class Panel(models.TextChoices):
        TIMELINE = "t", "Per day (timeline)"
        SOURCE = "s", "Per source (filter bar)"
        PLACE = "p", "Per place (map)"

    panel = models.CharField(max_length=1, choices=Panel.choices)
    topic = models.BigIntegerField(default=0, help_text="A topic's id; 0 for every claim.")
    key = models.BigIntegerField(default=0, help_text="The source's or the place's id; 0 on the timeline.")
    day = models.DateField(default=NO_DAY)
    status = models.CharField(max_length=12, choices=Status.choices)
    by_event = models.BooleanField(default=False, help_text="Timeline: dated by the event, not the report.")
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["panel", "topic", "key", "day", "status", "by_event"], name="panel_count_cell"
            )
        ]

    def __str__(self) -> str:
        return f"{self.panel} topic {self.topic} key {self.key} {self.day} {self.status}: {self.n}"
