"""Grouping a report's claims into propositions in the database, and the analysts' changes to them.

`group_report` is what the worker runs after a report's claims are written: idempotent (a claim
already in a proposition it still fits stays; one membership per claim, by a unique key), and
safe with two workers (each scope - a topic - is grouped under a row lock, so two workers never
start the same proposition twice). Claims an analyst placed (`pinned`) are never moved, and a
proposition merged into another sends its new claims there.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from ..models import (
    Claim,
    ClaimLocation,
    ParseStatus,
    Proposition,
    PropositionChange,
    PropositionMember,
    PropositionScope,
    Report,
    Status,
)
from ..queue import TransientError, continue_grouping
from .counts import COUNTED, counts_for
from .grouping import (
    GROUPING_VERSION,
    MAX_SAMPLES,
    Candidate,
    ClaimFacts,
    Signature,
    compatible,
    match,
    own_countries,
    own_places,
    referents,
    refers_back,
    report_order,
    signature,
    unique_key,
)

log = logging.getLogger(__name__)
STATEMENT_CHARS = 300


@dataclass
class StoredClaim:
    """What grouping reads of a stored claim, as a row (a batch reads hundreds: model instances
    with their membership and proposition joined cost more to build than the query to run), with
    the id of its scope's topic (what a proposition it starts points at)."""

    pk: int
    report_id: int
    statement: str
    sentence: str
    stance: str
    figures: list | None
    timeline_date: date | None
    membership: PropositionMember | None = None
    topic_id: int | None = None


_PLACE_COLUMNS = ("location__name", "location__kind", "mention", "location__country")


def claim_facts(claim: Claim | StoredClaim, topics=None, places=None) -> ClaimFacts:
    """What grouping reads of a stored claim: its topics' slugs and its places as rows of (name,
    kind, mention, country) in the order they were linked, when not given, from the database."""
    if topics is None:
        topics = Claim.topics.through.objects.filter(claim_id=claim.pk).values_list("topic__slug", flat=True)
    if places is None:
        places = list(
            ClaimLocation.objects.filter(claim_id=claim.pk).order_by("pk").values_list(*_PLACE_COLUMNS)
        )
    return ClaimFacts(
        text=claim.statement or claim.sentence,
        stance=claim.stance,
        topics=tuple(sorted(topics)),
        places=own_places(places, claim.sentence),
        units=tuple(sorted({str(f.get("unit") or "") for f in claim.figures or () if isinstance(f, dict)})),
        day=claim.timeline_date,
        countries=own_countries(places, claim.sentence),
    )


Item = tuple[StoredClaim, ClaimFacts, Signature]
# A scope's claims to group, report by report in the order the reports are grouped.
ByScope = dict[str, list[list[Item]]]

# Reports a grouping task takes at once when others wait (a backlog: a bulk import, a worker
# catching up). One pass reads their candidates, locks their scopes and refreshes the counts once
# instead of once per report: on PostgreSQL those round trips were most of grouping's cost.
BATCH_REPORTS = 20


# A claim's signature is a pure function of its facts (rules over constant word lists), and
# the costliest part of grouping in Python; its day is only carried (a test holds it to that). So a
# statement seen again in the process on any day (a wire copy, a repost, a report parsed again, a
# plan made again under the lock) is not framed again.
_undated_signature = functools.lru_cache(maxsize=4096)(signature)


def cached_signature(facts: ClaimFacts) -> Signature:
    """`signature(facts)`, from the cache when the same facts were seen on any day."""
    if facts.day is None:
        return _undated_signature(facts)
    return replace(_undated_signature(replace(facts, day=None)), day=facts.day)


_CLAIM_COLUMNS = ("pk", "report_id", "statement", "sentence", "stance", "figures", "timeline_date")


def _claims_of(report_ids: list[int]) -> dict[int, list[Item]]:
    """The reports' current claims with their facts and signatures, per report (three queries; a
    fourth for the memberships of claims grouped before)."""
    rows = (
        Claim.objects.current()
        .filter(report_id__in=report_ids)
        .order_by("report_id", "char_start", "pk")
        .values_list(*_CLAIM_COLUMNS, "membership__id")
    )
    claims, grouped = [], []
    for *columns, member_id in rows:
        claims.append(StoredClaim(*columns))
        if member_id is not None:
            grouped.append(claims[-1])
    if grouped:
        members = PropositionMember.objects.select_related("proposition").filter(
            claim_id__in=[claim.pk for claim in grouped]
        )
        found = {member.claim_id: member for member in members}
        for claim in grouped:
            claim.membership = found.get(claim.pk)
    ids = [claim.pk for claim in claims]
    topics: dict[int, list[str]] = defaultdict(list)
    topic_ids: dict[str, int] = {}
    for claim_id, slug, topic_id in Claim.topics.through.objects.filter(claim_id__in=ids).values_list(
        "claim_id", "topic__slug", "topic_id"
    ):
        topics[claim_id].append(slug)
        topic_ids[slug] = topic_id
    places: dict[int, list[tuple[str, str, str, str]]] = defaultdict(list)
    links = ClaimLocation.objects.filter(claim_id__in=ids).order_by("pk")
    for claim_id, *place in links.values_list("claim_id", *_PLACE_COLUMNS):
        places[claim_id].append(tuple(place))
    items: dict[int, list[Item]] = {pk: [] for pk in report_ids}
    for claim in claims:
        facts = claim_facts(claim, topics[claim.pk], places[claim.pk])
        sig = cached_signature(facts)
        claim.topic_id = topic_ids.get(sig.scope)
        items[claim.report_id].append((claim, facts, sig))
    return items


def _by_scope(report_ids: list[int]) -> ByScope:
    """The reports' claims to group per scope (claims an analyst placed are left out)."""
    by_scope: ByScope = defaultdict(lambda: [[] for _ in report_ids])
    for i, items in enumerate(_claims_of(report_ids).values()):
        for claim, facts, sig in items:
            membership = getattr(claim, "membership", None)
            if membership is not None and membership.pinned:
                continue
            by_scope[sig.scope][i].append((claim, facts, sig))
    return by_scope


def group_report(report_id: int) -> str:
    """Put each current claim of a parsed report in its proposition. Returns what happened."""
    return "grouped" if group_reports([report_id]) else "skipped"


def group_reports(report_ids: list[int], then: Callable[[], None] | None = None) -> int:
    """Group the claims of these reports (those parsed), in the order they were parsed, in one
    pass; how many were grouped. The same as grouping them one after another. `then` runs in the
    same transaction, after the reports are marked grouped (the next batch taken, under the write
    lock this one holds: on SQLite every lock taken apart waits behind the parsing workers)."""
    try:
        parsed = list(
            Report.objects.filter(pk__in=report_ids, parse_status=ParseStatus.PARSED)
            .order_by("parsed_at", "pk")
            .values_list("pk", flat=True)
        )
        if parsed:
            _group(parsed, _by_scope(parsed), then)
    except OperationalError as exc:
        raise TransientError(str(exc)) from exc
    return len(parsed)


def waiting_reports():
    """Parsed reports whose claims were not grouped since their last parse."""
    return Report.objects.filter(parse_status=ParseStatus.PARSED).filter(
        Q(grouped_at__isnull=True) | Q(grouped_at__lt=F("parsed_at"))
    )


# Batches one grouping task groups at most, one after another (a backlog left beyond them waits
# for the next task, or the sweeper).
MAX_BATCHES = 50


def group_waiting(report_id: int, batch: int = BATCH_REPORTS, most: int = MAX_BATCHES) -> str:
    """What the worker runs for a report's grouping task: the report, if it still waits, and the
    other reports waiting (oldest parse first), `batch` at a time, until none waits or `most`
    batches are done - unless another worker's loop is at it (`_batch_running`): that loop looks
    again after each batch, so it takes this task's report too. Each batch is taken by a
    conditional update, so two workers never take the same report (a batch's claim goes stale
    after CLAIMS_STUCK_AFTER_SECONDS: a worker that died). A web or worker process schedules one
    task per GROUPING_DELAY_SECONDS however many reports it parses meanwhile
    (`queue.enqueue_grouping`): that task takes them all."""
    grouped = 0
    following: list[tuple[uuid.UUID, list[int]]] = []  # the next batch, taken as this one ended
    for i in range(most):
        if following:
            token, taken = following.pop()
        elif _batch_running():
            break  # that worker's loop takes what waits, this report too: one loop at a time
        else:
            token, taken = _take(report_id if i == 0 else None, batch)
        if not taken:
            break
        take_next = (lambda: following.append(_take(None, batch))) if i + 1 < most else None
        grouped += _group_taken(token, taken, take_next)
    else:
        continue_grouping()  # a backlog beyond `most` batches: another task goes on with it
    if not grouped:
        return "skipped"  # grouped already (a duplicate delivery), or another worker is at it
    return "grouped" if grouped == 1 else f"grouped {grouped} reports"


def _batch_running() -> bool:
    """Whether another worker holds a batch (a fresh claim: a dead worker's goes stale). Grouping
    in one loop at a time keeps two batches of one topic from planning twice - the second again
    under the lock - and, on SQLite, from queueing for the one write lock."""
    try:
        stale = timezone.now() - timedelta(seconds=settings.CLAIMS_STUCK_AFTER_SECONDS)
        return Report.objects.filter(grouping_since__gte=stale).exists()
    except OperationalError as exc:
        raise TransientError(str(exc)) from exc


def _take(first: int | None, batch: int) -> tuple[uuid.UUID, list[int]]:
    """Up to `batch` waiting reports no other batch holds (`first` among them if it is one),
    claimed for this batch; their ids."""
    try:
        now = timezone.now()
        stale = now - timedelta(seconds=settings.CLAIMS_STUCK_AFTER_SECONDS)
        free = waiting_reports().filter(Q(grouping_since__isnull=True) | Q(grouping_since__lt=stale))
        ids = [first] if first is not None and free.filter(pk=first).exists() else []
        others = free.exclude(pk__in=ids).order_by("parsed_at", "pk").values_list("pk", flat=True)
        ids += others[: max(batch - len(ids), 0)]
        token = uuid.uuid4()
        if not ids:
            return token, []
        free.filter(pk__in=ids).update(grouping_token=token, grouping_since=now)
        # Those of them it took (another batch may have taken some meanwhile), by their ids: the
        # token has no index, and a scan of every report held SQLite's write lock 25 ms a batch.
        held = Report.objects.filter(pk__in=ids, grouping_token=token)
        return token, list(held.values_list("pk", flat=True))
    except OperationalError as exc:
        raise TransientError(str(exc)) from exc


def _group_taken(token: uuid.UUID, taken: list[int], then: Callable[[], None] | None = None) -> int:
    grouped = 0
    try:
        grouped = group_reports(taken, then)
        return grouped
    finally:
        # What it did not group (a report queued for a new parse meanwhile), or all when it
        # failed: free for the next task at once rather than after the claim's age. (Grouping
        # freed those it grouped; a write for nothing would wait for SQLite's lock.)
        if grouped < len(taken):
            with contextlib.suppress(OperationalError):
                Report.objects.filter(pk__in=taken, grouping_token=token).update(
                    grouping_token=None, grouping_since=None
                )


def _group(report_ids: list[int], by_scope: ByScope, then: Callable[[], None] | None = None) -> None:
    """Plan each scope's claims without a lock (reading candidates and comparing texts is most of
    the work), then write the plans in one transaction under the scopes' locks. A scope someone
    grouped in meanwhile (its version moved) is planned again there from the claims as they are
    now (another worker may have grouped some of them). The write lock (all of SQLite, the scopes'
    rows on PostgreSQL) is held for the writes, once per batch of reports. Every scope's
    candidates are read in one query, and the plans written together (one insert of new
    propositions, one of memberships): round trips per batch, not per scope."""
    scopes = sorted(by_scope)
    seen = _versions(scopes)
    found = _candidates_by_scope(by_scope)
    plans = {scope: _plan(by_scope[scope], found.get(scope, [])) for scope in scopes}
    with transaction.atomic():
        fresh: ByScope | None = None
        for scope, version in _lock(scopes).items():
            if version != seen[scope]:
                fresh = fresh or _by_scope(report_ids)
                plans[scope] = _plan(fresh.get(scope) or [])
        _write([plans[scope] for scope in scopes])
        refresh_counts([prop for plan in plans.values() for prop in plan.touched.values()])
        bump_scopes(scopes)
        Report.objects.filter(pk__in=report_ids).update(
            grouped_at=timezone.now(),
            grouping_version=GROUPING_VERSION,
            grouping_token=None,
            grouping_since=None,
        )
        if then is not None:
            then()


def _candidates_by_scope(by_scope: ByScope) -> dict[str, list[Proposition]]:
    """The candidates of every scope's claims (`candidate_rows`, one query), per scope, in the
    order read."""
    found: dict[str, list[Proposition]] = defaultdict(list)
    sigs = [sig for reports in by_scope.values() for items in reports for _, _, sig in items]
    for prop in candidate_rows(sigs):
        found[prop.scope].append(prop)
    return found


def _versions(scopes: list[str]) -> dict[str, int]:
    found = dict(PropositionScope.objects.filter(key__in=scopes).values_list("key", "version"))
    for scope in set(scopes) - set(found):
        found[scope] = PropositionScope.objects.get_or_create(key=scope)[0].version
    return found


def _lock(scopes: list[str]) -> dict[str, int]:
    """The scopes' rows locked, in the order of their keys (two workers never wait on each other
    in a circle), with their versions."""
    rows = PropositionScope.objects.select_for_update().filter(key__in=scopes).order_by("key")
    return dict(rows.values_list("key", "version"))


def bump_scopes(scopes) -> None:
    """Tell plans made before this write that they read an older state of these scopes."""
    PropositionScope.objects.filter(key__in=list(scopes)).update(version=F("version") + 1)


def candidate_of(prop: Proposition) -> Candidate:
    return Candidate(
        key=prop.key,
        scope=prop.scope,
        frame=prop.frame,
        place=prop.place,
        specific=set(prop.specific_places or ()),
        targets=set(prop.targets or ()),
        first_day=prop.first_seen,
        last_day=prop.last_seen,
        samples=list(prop.samples or ()),
    )


# A slot's propositions a claim is compared with, at most: the most recently seen. A slot (topic,
# frame, place) rarely holds more; the limit keeps a claim's cost flat however many there are.
CANDIDATE_LIMIT = 200


_SLOT = "(scope = %s AND frame = %s AND place = %s{window})"
_WINDOW = " AND ((last_seen >= %s AND first_seen <= %s) OR last_seen IS NULL OR first_seen IS NULL)"
_CANDIDATES = (
    "SELECT * FROM (SELECT {table}.*, ROW_NUMBER() OVER (PARTITION BY scope, frame, place"
    " ORDER BY last_seen DESC, id DESC) AS recency FROM {table} WHERE {slots}) ranked"
    " WHERE recency <= %s ORDER BY last_seen DESC, id DESC"
)


def _may_join(sig: Signature) -> tuple[str, tuple]:
    """The propositions a claim with this signature may join, as an indexed condition: its slot
    (the keys `compatible` requires to be equal), and for an event frame its date window."""
    window = sig.window
    if window is None or not sig.day:
        return _SLOT.format(window=""), (sig.scope, sig.frame, sig.place)
    span = timedelta(days=window)
    low, high = (connection.ops.adapt_datefield_value(day) for day in (sig.day - span, sig.day + span))
    return _SLOT.format(window=_WINDOW), (sig.scope, sig.frame, sig.place, low, high)


def candidate_rows(sigs: list[Signature]) -> list[Proposition]:
    """The propositions the claims with these signatures may join, in one indexed query: per slot
    at most CANDIDATE_LIMIT, the most recently seen, in that order (the order grouping compares
    them in). Written as SQL: the ORM took longer to build it than the database to run it."""
    conditions = sorted({_may_join(sig) for sig in sigs}, key=repr)
    if not conditions:
        return []
    slots = " OR ".join(condition for condition, _ in conditions)
    params = [param for _, values in conditions for param in values] + [CANDIDATE_LIMIT]
    table = connection.ops.quote_name(Proposition._meta.db_table)
    return list(Proposition.objects.raw(_CANDIDATES.format(table=table, slots=slots), params))


def free_keys(bases: list[str]) -> list[str]:
    """A free key for each base (`base`, `base#2` ...), the same base twice getting two, looked up
    together (one query, unless a base has more than 32 taken)."""
    tried = {base: [base, *(f"{base}#{n}" for n in range(2, 33))] for base in bases}
    taken = set(
        Proposition.objects.filter(key__in=[k for keys in tried.values() for k in keys]).values_list(
            "key", flat=True
        )
    )
    out = []
    for base in bases:
        key = next((k for k in tried[base] if k not in taken), None) or free_key(base, taken)
        taken.add(key)
        out.append(key)
    return out


def free_key(base: str, also_taken: set[str] | frozenset[str] = frozenset()) -> str:
    """`unique_key` against the stored keys: the first of `base`, `base#2` ... neither stored nor
    in `also_taken`, from the keys stored under that base, in one indexed query however many there
    are (a topic's propositions without a question share one base: thousands of them, in time)."""
    stored = Proposition.objects.filter(Q(key=base) | Q(key__startswith=f"{base}#"))
    under = stored.values_list("key", flat=True)
    # (SQLite's LIKE ignores case: only this base's own keys count)
    taken = {key for key in under if key == base or key.startswith(f"{base}#")}
    return unique_key(base, taken | also_taken)


class _Scope:
    """A plan: the scope's propositions a report's claims were compared with (`candidates_for`),
    those the report starts (`create`: saved by `_write`), and where each claim goes (`join`)."""

    def __init__(self) -> None:
        self.props: dict[str, Proposition] = {}
        self.candidates: dict[str, Candidate] = {}
        self.touched: dict[str, Proposition] = {}  # by key (a new one's key is a placeholder)
        self.new: list[tuple[Proposition, str]] = []  # with its key's base
        self.joined: dict[int, Proposition] = {}  # by claim: the memberships to write
        # The candidates by slot, each in the order it came into `candidates`: a claim is
        # compared with its slot's, not with every proposition its scope's claims may join.
        self.by_slot: dict[tuple[str, str, str], list[Candidate]] = defaultdict(list)

    def put(self, key: str, cand: Candidate) -> None:
        known = self.candidates.get(key)
        if known is None:
            self.by_slot[cand.slot].append(cand)
        elif known is not cand:
            slot = self.by_slot[known.slot]
            slot[slot.index(known)] = cand
        self.candidates[key] = cand

    def load(self, rows: list[Proposition]) -> None:
        for prop in rows:
            self.props[prop.key] = prop
            self.put(prop.key, candidate_of(prop))

    def candidates_for(self, sig: Signature) -> list[Candidate]:
        return self.by_slot.get(sig.slot, [])

    def join(self, claim: StoredClaim, prop: Proposition) -> None:
        self.joined[claim.pk] = prop

    def live(self, prop: Proposition) -> Proposition:
        seen = set()
        while prop.merged_into_id and prop.pk not in seen:
            seen.add(prop.pk)
            prop = Proposition.objects.get(pk=prop.merged_into_id)
        return prop

    def create(self, sig: Signature, claim: StoredClaim) -> Proposition:
        prop = Proposition(
            key=f"new {len(self.new)}",  # its real key once written (`free_keys`, under the lock)
            scope=sig.scope,
            frame=sig.frame,
            place=sig.place,
            statement=(claim.statement or claim.sentence)[:STATEMENT_CHARS],
            topic_id=claim.topic_id if sig.scope else None,
        )
        self.new.append((prop, sig.base_key()[:280]))
        self.props[prop.key] = prop
        self.put(prop.key, Candidate(key=prop.key, scope=sig.scope, frame=sig.frame, place=sig.place))
        return prop


def _write(plans: list[_Scope]) -> None:
    """The plans' new propositions (their keys looked up together), then their memberships in one
    statement (`_join`). The caller refreshes the counts of the propositions touched."""
    new = [entry for plan in plans for entry in plan.new]
    if new:
        for (prop, _), key in zip(new, free_keys([base for _, base in new]), strict=True):
            prop.key = key
        Proposition.objects.bulk_create([prop for prop, _ in new])
    _join([(claim_id, prop.pk) for plan in plans for claim_id, prop in plan.joined.items()])


_JOIN = (
    "INSERT INTO {members} ({claim}, {proposition}, {pinned}, {grouped_at}) VALUES {rows}"
    " ON CONFLICT ({claim}) DO UPDATE SET {proposition} = EXCLUDED.{proposition},"
    " {grouped_at} = EXCLUDED.{grouped_at}"
)
JOIN_ROWS = 500  # memberships per statement (SQLite allows 32,766 parameters in one)


def _join(members: list[tuple[int, int]]) -> None:
    """Each claim in its proposition, one membership per claim: inserted, or moved where the claim
    had one (a duplicate delivery, or a second worker that read the claims before the first
    wrote), pinned or not as it was. As SQL: bulk_create built the statement slower than the
    database ran it."""
    if not members:
        return
    quote, now = connection.ops.quote_name, connection.ops.adapt_datetimefield_value(timezone.now())
    names = {field.name: quote(str(field.column)) for field in PropositionMember._meta.concrete_fields}
    names.pop("id")
    with connection.cursor() as cursor:
        for start in range(0, len(members), JOIN_ROWS):
            chunk = members[start : start + JOIN_ROWS]
            rows = ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
            sql = _JOIN.format(members=quote(PropositionMember._meta.db_table), rows=rows, **names)
            cursor.execute(sql, [value for pair in chunk for value in (*pair, False, now)])


def _plan(reports: list[list[Item]], candidates: list[Proposition] | None = None) -> _Scope:
    """Where each claim goes, report after report: a later report's claims may join what an
    earlier one started. `candidates`: the scope's, when read already (else read here)."""
    state = _Scope()
    if candidates is None:
        candidates = candidate_rows([sig for items in reports for _, _, sig in items])
    state.load(candidates)
    for items in reports:
        _plan_report(state, items)
    return state


def _plan_report(state: _Scope, items: list[Item]) -> None:
    later = [refers_back(facts, sig) for _, facts, sig in items]
    referred = referents([facts for _, facts, _ in items], [sig for _, _, sig in items], later)
    joined: dict[int, Proposition] = {}  # the proposition each claim of the report is in
    for i in report_order(later):
        claim, _, sig = items[i]
        membership = getattr(claim, "membership", None)
        if membership is not None:
            current = state.live(membership.proposition)
            if later[i] or compatible(sig, candidate_of(current)) or current.merged.exists():
                _absorb(state, current, sig)
                joined[i] = current
                continue  # it still fits where it is (or where an analyst merged it): leave it
        # A claim that refers back joins what it refers to (`referents`) before any look-alike
        # without a question.
        prop = joined.get(referred[i]) if i in referred else None
        if prop is None:
            found = match(sig, state.candidates_for(sig))
            prop = state.live(state.props[found.key]) if found else state.create(sig, claim)
        joined[i] = prop
        state.join(claim, prop)
        if membership is not None and membership.proposition_id != prop.pk:
            state.touched[membership.proposition.key] = membership.proposition
        _absorb(state, prop, sig)


def _absorb(state: _Scope, prop: Proposition, sig: Signature) -> None:
    cand = state.candidates.get(prop.key) or candidate_of(prop)
    cand.absorb(sig)
    state.put(prop.key, cand)
    prop.specific_places = sorted(cand.specific)
    prop.targets = sorted(cand.targets)
    prop.samples = cand.samples[:MAX_SAMPLES]
    state.touched[prop.key] = prop


def refresh_counts(props) -> None:
    """Claim counts and first/last seen from the members; a proposition left with none stays (its
    history may hang on it) with a count of 0."""
    props = sorted({prop.pk: prop for prop in props}.values(), key=lambda prop: prop.pk)
    fresh, now = counts_for([prop.pk for prop in props]), timezone.now()
    for prop in props:
        for field, value in fresh[prop.pk].items():
            setattr(prop, field, value)
        prop.updated_at = now
    _save_all(props, [*COUNTED, "specific_places", "targets", "samples", "updated_at"])


_UPDATE = "UPDATE {table} SET {sets} WHERE {id} = %s"


def _save_all(props: list[Proposition], names: list[str]) -> None:
    """`save(update_fields=names)` of each, as one prepared statement run for all (a report touches
    a handful of propositions; bulk_update's CASE expressions cost more to build than to run)."""
    if not props:
        return
    fields = [field for field in Proposition._meta.concrete_fields if field.name in names]
    quote = connection.ops.quote_name
    sets = ", ".join(quote(str(f.column)) + " = %s" for f in fields)
    sql = _UPDATE.format(table=quote(Proposition._meta.db_table), sets=sets, id=quote("id"))
    rows = [[f.get_db_prep_save(getattr(p, f.attname), connection) for f in fields] + [p.pk] for p in props]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def ungrouped_reports(older_than_seconds: int = 60):
    """Parsed reports whose claims were not grouped since (a lost task, a broker that was down)."""
    return waiting_reports().filter(parsed_at__lt=timezone.now() - timedelta(seconds=older_than_seconds))


# ---------------------------------------------------------------------------------------------
# Analysts' changes


class PropositionError(ValueError):
    pass


def merge(target: Proposition, other: Proposition, *, by, note: str = "") -> Proposition:
    """Move every claim of `other` into `target`; `other` stays, pointing at `target`, for history."""
    if target.pk == other.pk:
        raise PropositionError("A proposition cannot be merged into itself.")
    with transaction.atomic():
        locked = {
            p.pk: p for p in Proposition.objects.select_for_update().filter(pk__in=[target.pk, other.pk])
        }
        target, other = locked[target.pk], locked[other.pk]
        if other.merged_into_id or target.merged_into_id:
            raise PropositionError("One of these was already merged into another proposition.")
        PropositionMember.objects.filter(proposition=other).update(proposition=target, pinned=True)
        target.samples = (list(target.samples) + list(other.samples))[:MAX_SAMPLES]
        target.specific_places = sorted(set(target.specific_places) | set(other.specific_places))
        target.targets = sorted(set(target.targets) | set(other.targets))
        other.merged_into = target
        other.save(update_fields=["merged_into", "updated_at"])
        bump_scopes({target.scope, other.scope})
        now = timezone.now()
        PropositionChange.objects.bulk_create(
            [
                PropositionChange(
                    proposition=one, kind="merge", other=two, changed_by=_user(by), changed_at=now, note=note
                )
                for one, two in ((target, other), (other, target))
            ]
        )
        refresh_counts([target, other])
    return target


def move_out(claim: Claim, *, by, note: str = "", into: Proposition | None = None) -> Proposition:
    """Take a claim out of its proposition, into `into` or a new proposition of its own; pinned,
    so re-grouping leaves it there."""
    with transaction.atomic():
        member = PropositionMember.objects.select_for_update().select_related("proposition").get(claim=claim)
        source = member.proposition
        if into is None:
            into = Proposition.objects.create(
                key=free_key(f"{source.key}:split"),
                scope=source.scope,
                frame=source.frame,
                place=source.place,
                statement=(claim.statement or claim.sentence)[:STATEMENT_CHARS],
                topic=source.topic,
            )
        elif into.pk == source.pk:
            raise PropositionError("The claim is already in that proposition.")
        member.proposition, member.pinned, member.grouped_at = into, True, timezone.now()
        member.save()
        bump_scopes({source.scope, into.scope})
        now = timezone.now()
        PropositionChange.objects.bulk_create(
            [
                PropositionChange(
                    proposition=source, kind="move_out", claim=claim, other=into, changed_by=_user(by),
                    changed_at=now, note=note,
                ),
                PropositionChange(
                    proposition=into, kind="move_in", claim=claim, other=source, changed_by=_user(by),
                    changed_at=now, note=note,
                ),
            ]
        )  # fmt: skip
        refresh_counts([source, into])
    return into


def review(
    prop: Proposition,
    *,
    by,
    status: str,
    note: str = "",
    evidence_url: str = "",
    apply_to_claims: bool = False,
    expected_version: int | None = None,
) -> Proposition:
    """Set a proposition's status (with history); optionally give each member claim the verdict,
    each through `Claim.review` and its history. A denial's verdict is the opposite: a claim that
    denies a confirmed proposition is denied, and the other way round."""
    if status not in Status.values:
        raise PropositionError(f"Unknown status {status!r}.")
    with transaction.atomic():
        locked = Proposition.objects.select_for_update().get(pk=prop.pk)
        if expected_version is not None and locked.version != int(expected_version):
            raise PropositionError(
                "Someone changed this proposition since you opened it: reload and review again."
            )
        if locked.status != status:
            PropositionChange.objects.create(
                proposition=locked, kind="review", from_value=locked.status, to_value=status,
                changed_by=_user(by), note=note,
            )  # fmt: skip
            locked.status = status
            locked.version += 1
            locked.save(update_fields=["status", "version", "updated_at"])
        if apply_to_claims:
            for claim in Claim.objects.filter(membership__proposition=locked):
                claim.review(
                    by=by, status=verdict_for(claim.stance, status), note=note, evidence_url=evidence_url
                )
    prop.status, prop.version = locked.status, locked.version
    return prop


def verdict_for(stance: str, status: str) -> str:
    flip: dict[str, str] = {Status.CONFIRMED: Status.DENIED, Status.DENIED: Status.CONFIRMED}
    return flip.get(status, status) if stance == "denies" else status


def _user(by):
    return by if getattr(by, "pk", None) else None
