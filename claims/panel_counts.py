"""The dashboard's counts, kept as claims change (the PanelCount table).

The services that move claims between panel cells - a parse writing, updating, superseding or
deleting claims in bulk, a review changing a status - run inside `kept(...)`: the cells of the
claims they touch are read before and after, and the difference is added to the counts in the
same transaction. Any other write through the ORM (the admin, a shell, the tests' factories:
saving or deleting a claim, adding or removing its topics or places) is followed by signal
handlers the same way (`connect()`, from the app's ready()). Bulk writes past both (raw SQL,
`queryset.update()`, a restored backup) need `manage.py rebuild_panel_counts`.
`fresh_counts()` is what the counts must equal.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import cast

from django.db import connection, transaction
from django.db.models import Count, Q, signals

from .models import NO_DAY, Claim, ClaimLocation, PanelCount

Cell = tuple[str, int, int, date, str, bool]  # panel, topic, key, day, status, by_event
TIMELINE, SOURCE, PLACE = PanelCount.Panel.TIMELINE, PanelCount.Panel.SOURCE, PanelCount.Panel.PLACE
ALL = 0  # the topic of cells that count every claim


def _cells_of_claim(status, source, day, dated, topics, places) -> Iterator[Cell]:
    for topic in (ALL, *topics):
        yield (TIMELINE, topic, 0, day or NO_DAY, status, dated)
        yield (SOURCE, topic, source, NO_DAY, status, False)
        for place in places:
            yield (PLACE, topic, place, NO_DAY, status, False)


def cells(claim_ids: Iterable[int]) -> Counter[Cell]:
    """The cells the given claims count in (only current claims count)."""
    ids = list(claim_ids)
    if not ids:
        return Counter()
    rows = list(
        Claim.objects.current()
        .filter(pk__in=ids)
        .values_list("pk", "status", "source_id", "timeline_date", "event_start")
    )
    current = [row[0] for row in rows]
    topics: dict[int, list[int]] = defaultdict(list)
    places: dict[int, list[int]] = defaultdict(list)
    for claim, topic in Claim.topics.through.objects.filter(claim_id__in=current).values_list(
        "claim_id", "topic_id"
    ):
        topics[claim].append(topic)
    for claim, place in ClaimLocation.objects.filter(claim_id__in=current).values_list(
        "claim_id", "location_id"
    ):
        places[claim].append(place)
    counter: Counter[Cell] = Counter()
    for pk, status, source, day, event in rows:
        counter.update(_cells_of_claim(status, source, day, event is not None, topics[pk], places[pk]))
    return counter


_UPSERT = (
    "INSERT INTO {table} (panel, topic, {key}, day, status, by_event, n) VALUES (%s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (panel, topic, {key}, day, status, by_event) DO UPDATE SET n = {table}.n + excluded.n"
)


def add(delta: Counter[Cell]) -> None:
    """Add `delta` to the counts (cells in a fixed order: concurrent writers lock them alike)."""
    rows = [(*cell, n) for cell, n in sorted(delta.items()) if n]
    if not rows:
        return
    q = connection.ops.quote_name
    sql = _UPSERT.format(table=q(PanelCount._meta.db_table), key=q("key"))
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


_local = threading.local()


def _handled_by_a_service() -> bool:
    return getattr(_local, "depth", 0) > 0


@contextmanager
def kept(claim_ids: Callable[[], Iterable[int]]):
    """Keep the counts right across the block, for the claims `claim_ids()` names before and
    after it (a report's claims, one claim). Opens a transaction if none is open; the signal
    handlers stand aside meanwhile."""
    with transaction.atomic():
        before_ids = set(claim_ids())
        before = cells(before_ids)
        _local.depth = getattr(_local, "depth", 0) + 1
        try:
            yield
        finally:
            _local.depth -= 1
        delta = cells(before_ids | set(claim_ids()))
        delta.subtract(before)
        add(delta)


# ---------------------------------------------------------------------------------------------
# Writes through the ORM elsewhere: signal handlers


def _pending() -> dict:
    if not hasattr(_local, "pending"):
        _local.pending = {}
    return _local.pending


def _begin(key, claim_ids: list[int]) -> None:
    _pending()[key] = (claim_ids, cells(claim_ids))


def _finish(key) -> None:
    claim_ids, before = _pending().pop(key, ((), None))
    if before is None:
        return
    delta = cells(claim_ids)
    delta.subtract(before)
    add(delta)


def _claim_saving(sender, instance, raw=False, **kwargs):
    if not raw and not _handled_by_a_service():
        _begin(("claim", id(instance)), [instance.pk] if instance.pk else [])


def _claim_saved(sender, instance, raw=False, **kwargs):
    if raw or _handled_by_a_service():
        return
    claim_ids, before = _pending().pop(("claim", id(instance)), ([], Counter()))
    delta = cells([instance.pk])
    delta.subtract(before)
    add(delta)


def _claim_deleting(sender, instance, **kwargs):
    if not _handled_by_a_service():
        delta: Counter[Cell] = Counter()
        delta.subtract(cells([instance.pk]))
        add(delta)


def _link_origin_is_itself(origin) -> bool:
    """A place link deleted on its own, not with its claim (whose handler counted it already)."""
    model = getattr(origin, "model", None) or type(origin)
    return model is ClaimLocation


def _link_changing(sender, instance, origin=None, **kwargs):
    if _handled_by_a_service() or kwargs.get("raw"):
        return
    if origin is not None and not _link_origin_is_itself(origin):
        return
    _begin(("link", id(instance)), [instance.claim_id])


def _link_changed(sender, instance, **kwargs):
    if not _handled_by_a_service():
        _finish(("link", id(instance)))


def _m2m_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if _handled_by_a_service() or action not in {
        "pre_add",
        "pre_remove",
        "pre_clear",
        "post_add",
        "post_remove",
        "post_clear",
    }:
        return
    key = ("m2m", sender, id(instance))
    if action.startswith("post_"):
        _finish(key)
        return
    if not reverse:
        claim_ids = [instance.pk]
    elif pk_set is not None:
        claim_ids = list(pk_set)
    else:  # clearing a topic or place of every claim
        field = "topic_id" if sender is Claim.topics.through else "location_id"
        claim_ids = list(sender.objects.filter(**{field: instance.pk}).values_list("claim_id", flat=True))
    _begin(key, claim_ids)


def connect() -> None:
    uid = "claims.panel_counts"
    signals.pre_save.connect(_claim_saving, sender=Claim, dispatch_uid=uid + ".pre_save")
    signals.post_save.connect(_claim_saved, sender=Claim, dispatch_uid=uid + ".post_save")
    signals.pre_delete.connect(_claim_deleting, sender=Claim, dispatch_uid=uid + ".pre_delete")
    signals.pre_save.connect(_link_changing, sender=ClaimLocation, dispatch_uid=uid + ".link_pre_save")
    signals.post_save.connect(_link_changed, sender=ClaimLocation, dispatch_uid=uid + ".link_post_save")
    signals.pre_delete.connect(_link_changing, sender=ClaimLocation, dispatch_uid=uid + ".link_pre_delete")
    signals.post_delete.connect(_link_changed, sender=ClaimLocation, dispatch_uid=uid + ".link_post_delete")
    for through in (Claim.topics.through, ClaimLocation):
        signals.m2m_changed.connect(
            _m2m_changed, sender=through, dispatch_uid=f"{uid}.m2m.{through.__name__}"
        )


# ---------------------------------------------------------------------------------------------
# From scratch


def fresh_counts() -> Counter[Cell]:
    """Every count, grouped from the claims in the database (a few grouped queries)."""
    counter: Counter[Cell] = Counter()
    claims = Claim.objects.current()
    tagged = Claim.topics.through.objects.filter(claim__superseded_at__isnull=True)
    links = ClaimLocation.objects.filter(claim__superseded_at__isnull=True)
    by_day = {"n": Count("id"), "dated": Count("event_start")}
    for day, status, n, dated in claims.values_list("timeline_date", "status").annotate(**by_day).order_by():
        counter[(TIMELINE, ALL, 0, day or NO_DAY, status, True)] += dated
        counter[(TIMELINE, ALL, 0, day or NO_DAY, status, False)] += n - dated
    day_in_topic = {"n": Count("id"), "dated": Count("claim__event_start")}
    for topic, day, status, n, dated in (
        tagged.values_list("topic_id", "claim__timeline_date", "claim__status")
        .annotate(**day_in_topic)
        .order_by()
    ):
        counter[(TIMELINE, topic, 0, day or NO_DAY, status, True)] += dated
        counter[(TIMELINE, topic, 0, day or NO_DAY, status, False)] += n - dated
    for source, status, n in claims.values_list("source_id", "status").annotate(n=Count("id")).order_by():
        counter[(SOURCE, ALL, source, NO_DAY, status, False)] += n
    for topic, source, status, n in (
        tagged.values_list("topic_id", "claim__source_id", "claim__status").annotate(n=Count("id")).order_by()
    ):
        counter[(SOURCE, topic, source, NO_DAY, status, False)] += n
    for place, status, n in (
        links.values_list("location_id", "claim__status").annotate(n=Count("id")).order_by()
    ):
        counter[(PLACE, ALL, place, NO_DAY, status, False)] += n
    topic_places = (
        Claim.topics.through.objects.filter(claim__superseded_at__isnull=True)
        .filter(Q(claim__claimlocation__isnull=False))
        .values_list("topic_id", "claim__claimlocation__location_id", "claim__status")
        .annotate(n=Count("id"))
        .order_by()
    )
    for topic, place, status, n in topic_places:
        counter[(PLACE, topic, place, NO_DAY, status, False)] += n
    return +counter  # zero cells dropped


def stored_counts() -> Counter[Cell]:
    rows = PanelCount.objects.filter(n__gt=0).values_list(
        "panel", "topic", "key", "day", "status", "by_event", "n"
    )
    return Counter({cast(Cell, tuple(row[:6])): row[6] for row in rows})


# Every count, grouped in the database: (panel, topic, key) and the tables they come from. The
# same statements fill the counts in migration 0008 for claims written before it.
REBUILD_SQL = [
    # Table and column names only, no value from outside.
    f"""INSERT INTO claims_panelcount (panel, topic, "key", day, status, by_event, n)
    SELECT {panel}, {topic}, {key}, {day}, c.status, {by_event}, COUNT(*)
    FROM claims_claim c {join}
    WHERE c.superseded_at IS NULL
    GROUP BY {group}"""  # noqa: S608
    for panel, topic, key, day, by_event, join, group in [
        (
            "'t'",
            "0",
            "0",
            "COALESCE(c.timeline_date, '0001-01-01')",
            "c.event_start IS NOT NULL",
            "",
            "COALESCE(c.timeline_date, '0001-01-01'), c.status, c.event_start IS NOT NULL",
        ),
        (
            "'t'",
            "ct.topic_id",
            "0",
            "COALESCE(c.timeline_date, '0001-01-01')",
            "c.event_start IS NOT NULL",
            "JOIN claims_claim_topics ct ON ct.claim_id = c.id",
            "ct.topic_id, COALESCE(c.timeline_date, '0001-01-01'), c.status, c.event_start IS NOT NULL",
        ),
        ("'s'", "0", "c.source_id", "'0001-01-01'", "FALSE", "", "c.source_id, c.status"),
        (
            "'s'",
            "ct.topic_id",
            "c.source_id",
            "'0001-01-01'",
            "FALSE",
            "JOIN claims_claim_topics ct ON ct.claim_id = c.id",
            "ct.topic_id, c.source_id, c.status",
        ),
        (
            "'p'",
            "0",
            "cl.location_id",
            "'0001-01-01'",
            "FALSE",
            "JOIN claims_claimlocation cl ON cl.claim_id = c.id",
            "cl.location_id, c.status",
        ),
        (
            "'p'",
            "ct.topic_id",
            "cl.location_id",
            "'0001-01-01'",
            "FALSE",
            "JOIN claims_claim_topics ct ON ct.claim_id = c.id"
            " JOIN claims_claimlocation cl ON cl.claim_id = c.id",
            "ct.topic_id, cl.location_id, c.status",
        ),
    ]
]


def rebuild() -> int:
    """Replace every count by a fresh one, grouped in the database; returns how many cells."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM claims_panelcount")
        for statement in REBUILD_SQL:
            cursor.execute(statement)
    return PanelCount.objects.count()
