"""What the proposition pages, the API and the exports read: members with their voices, and the
assessment (`assess`) built from them."""

from __future__ import annotations

from django.db.models import Count, Q

from ..models import Claim, Proposition, PropositionMember, Source
from .assess import Assessment, Member, assess, voice_of


def source_parents() -> dict[str, str | None]:
    return dict(Source.objects.values_list("name", "parent__name"))


def members_of(prop: Proposition) -> list[Claim]:
    return list(
        Claim.objects.filter(membership__proposition=prop)
        .select_related("source", "cited_source", "report", "membership")
        .prefetch_related("locations", "topics")
        .order_by("timeline_date", "pk")
    )


def _figures(claim: Claim) -> tuple[tuple[float, float, str], ...]:
    out = []
    for f in claim.figures or ():
        try:
            low = float(f["value"])
            high = float(f.get("value_max") or low)
        except (KeyError, TypeError, ValueError):
            continue
        out.append((low, high, str(f.get("unit") or "")))
    return tuple(out)


def member_voice(c: Claim, parents: dict[str, str | None]) -> str:
    return voice_of(c.source.name, parents, c.cited_source.name if c.cited_source else None, c.stance)


def assessment(claims: list[Claim], parents: dict[str, str | None] | None = None) -> Assessment:
    parents = source_parents() if parents is None else parents
    members = [
        Member(
            claim_id=c.pk,
            source=c.source.name,
            voice=member_voice(c, parents),
            stance=c.stance,
            day=c.timeline_date,
            figures=_figures(c),
        )
        for c in claims
    ]
    return assess(members)


def proposition_list(topic_slug: str | None = None):
    """Live propositions with their counts of asserting and denying sources."""
    rows = Proposition.objects.live().filter(claim_count__gt=0)
    if topic_slug:
        rows = rows.filter(scope=topic_slug)
    supporting = Q(members__claim__stance__in=["asserts", "confirms"])
    return rows.annotate(
        asserting_sources=Count("members__claim__source", filter=supporting, distinct=True),
        denying_sources=Count(
            "members__claim__source", filter=Q(members__claim__stance="denies"), distinct=True
        ),
    ).order_by("-claim_count", "-last_seen", "-id")


def propositions_for(claim_filter):
    """Live propositions with at least one member among the filtered claims (the dashboard's filter
    applied to propositions), with their counts of asserting and denying sources."""
    claims = claim_filter.apply(sort=False).values("pk")
    ids = PropositionMember.objects.filter(claim__in=claims).values("proposition_id")
    supporting = Q(members__claim__stance__in=["asserts", "confirms"])
    return (
        Proposition.objects.live()
        .filter(claim_count__gt=0, pk__in=ids)
        .select_related("topic")
        .annotate(
            asserting_sources=Count("members__claim__source", filter=supporting, distinct=True),
            denying_sources=Count(
                "members__claim__source", filter=Q(members__claim__stance="denies"), distinct=True
            ),
        )
        .order_by("-claim_count", "-last_seen", "-id")
    )
