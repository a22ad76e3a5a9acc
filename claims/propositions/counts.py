"""A proposition's counts, kept beside it: its claims, first and last seen, and its asserting and
denying sources (distinct), so that the list reads columns instead of counting members.

Grouping, merges and moves refresh the propositions they touch in their transaction
(`service.refresh_counts`). Any other change to a member claim through the ORM - a correction of
its source, stance or date, a claim deleted - is followed by signal handlers (`connect()`, from
the app's ready()); a review (status only) changes none of them. `fresh_counts()` is what the
columns must equal.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Max, Min, Q, signals

from ..models import Claim, Proposition, PropositionMember

SUPPORTING = ("asserts", "confirms")
COUNTED = ("claim_count", "first_seen", "last_seen", "asserting_sources", "denying_sources")
# The claim's columns the counts read: a save that changes none of them (a review) changes no count.
READ_COLUMNS = frozenset({"stance", "source", "source_id", "timeline_date"})

_AGGREGATES = {
    "claim_count": Count("id"),
    "first_seen": Min("timeline_date"),
    "last_seen": Max("timeline_date"),
    "asserting_sources": Count("source", filter=Q(stance__in=SUPPORTING), distinct=True),
    "denying_sources": Count("source", filter=Q(stance="denies"), distinct=True),
}


def counts_of(prop_id: int) -> dict:
    """One proposition's counts, from its members (one aggregate over its member claims)."""
    return Claim.objects.filter(membership__proposition_id=prop_id).aggregate(**_AGGREGATES)


_COUNTS = (
    "SELECT m.proposition_id, COUNT(*), MIN(c.timeline_date), MAX(c.timeline_date),"
    " COUNT(DISTINCT CASE WHEN c.stance IN (%s, %s) THEN c.source_id END),"
    " COUNT(DISTINCT CASE WHEN c.stance = %s THEN c.source_id END)"
    " FROM {members} m JOIN {claims} c ON c.id = m.claim_id"
    " WHERE m.proposition_id IN ({ids}) GROUP BY m.proposition_id"
)


def counts_for(prop_ids: list[int]) -> dict[int, dict]:
    """The counts of the given propositions, from their members, in one grouped query (what
    `fresh_counts` computes for all, written as SQL: grouping runs it for every report)."""
    out = {pk: _zero() for pk in prop_ids}
    if not prop_ids:
        return out
    quote = connection.ops.quote_name
    sql = _COUNTS.format(
        members=quote(PropositionMember._meta.db_table),
        claims=quote(Claim._meta.db_table),
        ids=", ".join(["%s"] * len(prop_ids)),
    )
    day = Claim._meta.get_field("timeline_date")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*SUPPORTING, "denies", *prop_ids])
        for pk, n, first, last, asserting, denying in cursor.fetchall():
            first, last = (day.to_python(value) for value in (first, last))
            out[pk] = dict(zip(COUNTED, (n, first, last, asserting, denying), strict=True))
    return out


def _zero() -> dict:
    return dict.fromkeys(COUNTED, 0) | {"first_seen": None, "last_seen": None}


def fresh_counts() -> dict[int, dict]:
    """Every proposition's counts grouped from the members (a proposition without any: zeros)."""
    return _grouped(Claim.objects.filter(membership__isnull=False), _all_ids())


def _grouped(claims, prop_ids) -> dict[int, dict]:
    out = {pk: _zero() for pk in prop_ids}
    for row in claims.values("membership__proposition").annotate(**_AGGREGATES).order_by():
        out[row.pop("membership__proposition")] = row
    return out


def stored_counts() -> dict[int, dict]:
    return {row.pop("id"): row for row in Proposition.objects.values("id", *COUNTED)}


def _all_ids() -> list[int]:
    return list(Proposition.objects.values_list("pk", flat=True))


def refresh_ids(prop_ids) -> None:
    for pk in sorted(set(prop_ids)):
        Proposition.objects.filter(pk=pk).update(**counts_of(pk))


def _claim_saved(sender, instance: Claim, created: bool, raw: bool, update_fields=None, **kwargs) -> None:
    if created or raw or (update_fields is not None and not READ_COLUMNS & set(update_fields)):
        return
    member = PropositionMember.objects.filter(claim_id=instance.pk)
    refresh_ids(member.values_list("proposition_id", flat=True))


def _member_deleted(sender, instance: PropositionMember, **kwargs) -> None:
    refresh_ids([instance.proposition_id])


def connect() -> None:
    uid = "claims.propositions.counts"
    signals.post_save.connect(_claim_saved, sender=Claim, dispatch_uid=uid + ".claim_saved")
    signals.post_delete.connect(
        _member_deleted, sender=PropositionMember, dispatch_uid=uid + ".member_deleted"
    )
