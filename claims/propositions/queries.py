"""What the proposition pages, the API and the exports read: members with their voices, and the
assessment (`assess`) built from them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.db import connection

from ..models import Claim, ClaimLocation, Location, Proposition, PropositionMember, Source
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
    return _figures_of(claim.figures)


def _figures_of(figures) -> tuple[tuple[float, float, str], ...]:
    out = []
    for f in figures or ():
        try:
            low = float(f["value"])
            high = float(f.get("value_max") or low)
        except (KeyError, TypeError, ValueError):
            continue
        out.append((low, high, str(f.get("unit") or "")))
    return tuple(out)


def member_voice(c: Claim, parents: dict[str, str | None]) -> str:
    return voice_of(c.source.name, parents, c.cited_source.name if c.cited_source else None, c.stance)


@dataclass
class MemberFacts:
    """What a proposition's page reads of every member, as plain rows (no claim objects: a
    proposition may have thousands of members), in date order; each member's day for ordering
    (its timeline date, or the day it was recorded) and its review status."""

    members: list[Member]
    days: dict[int, date]
    statuses: dict[int, str]


def member_facts(prop: Proposition) -> MemberFacts:
    names = dict(Source.objects.values_list("pk", "name"))
    parents = source_parents()
    facts = MemberFacts([], {}, {})
    for pk, source_id, cited_id, stance, day, figures, status, created in _member_rows(prop.pk):
        source = names[source_id]
        facts.members.append(
            Member(
                claim_id=pk,
                source=source,
                voice=voice_of(source, parents, names.get(cited_id), stance),
                stance=stance,
                day=day,
                figures=_figures_of(figures),
            )
        )
        facts.days[pk] = day or created.date()
        facts.statuses[pk] = status
    return facts


_MEMBERS = (
    "SELECT c.id, c.source_id, c.cited_source_id, c.stance, c.timeline_date, c.figures,"
    " c.status, c.created_at"
    " FROM {members} m JOIN {claims} c ON c.id = m.claim_id WHERE m.proposition_id = %s"
    " ORDER BY c.timeline_date, c.id"
)


def _member_rows(prop_id: int):
    """The member claims' columns the page reads, in date order, as SQL: the ORM's per-row
    conversions cost more than the query over a few thousand members."""
    quote = connection.ops.quote_name
    sql = _MEMBERS.format(members=quote(PropositionMember._meta.db_table), claims=quote(Claim._meta.db_table))
    day, figures = Claim._meta.get_field("timeline_date"), Claim._meta.get_field("figures")
    created = Claim._meta.get_field("created_at")  # a datetime, or SQLite's text of one (UTC)
    with connection.cursor() as cursor:
        cursor.execute(sql, [prop_id])
        for pk, source, cited, stance, when, raw, status, made in cursor.fetchall():
            yield (
                pk,
                source,
                cited,
                stance,
                day.to_python(when),
                figures.from_db_value(raw, figures.cached_col, connection),
                status,
                created.to_python(made),
            )


def places_of(prop: Proposition, facts: MemberFacts, most: int) -> list[tuple[Location, str]]:
    """The members' places named most often (at most `most` of them), each once with the status
    of the first claim naming it. Reads only the links (the members' days and statuses are in
    `facts`): joining the claims again would cost as much as the members' own query."""
    first: dict[int, str] = {}
    named: Counter[int] = Counter()
    members = PropositionMember.objects.filter(proposition=prop).values("claim_id")
    links = ClaimLocation.objects.filter(claim_id__in=members)
    rows = sorted(
        links.values_list("claim_id", "pk", "location_id"), key=lambda r: (facts.days[r[0]], r[0], r[1])
    )
    for claim_id, _pk, place_id in rows:
        first.setdefault(place_id, facts.statuses[claim_id])
        named[place_id] += 1
    top = [pk for pk, _ in named.most_common(most)]
    places = Location.objects.in_bulk(top)
    return [(places[pk], first[pk]) for pk in top if pk in places]


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
    # The counts are kept columns (`counts`): no grouping over the members.
    return rows.order_by("-claim_count", "-last_seen", "-id")


def propositions_for(claim_filter):
    """Live propositions with at least one member among the filtered claims (the dashboard's filter
    applied to propositions), with their counts of asserting and denying sources."""
    claims = claim_filter.apply(sort=False).values("pk")
    ids = PropositionMember.objects.filter(claim__in=claims).values("proposition_id")
    return (
        Proposition.objects.live()
        .filter(claim_count__gt=0, pk__in=ids)
        .select_related("topic")
        .order_by("-claim_count", "-last_seen", "-id")
    )
