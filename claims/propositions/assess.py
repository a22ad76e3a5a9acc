"""What a proposition's members add up to: independent voices, contested or not, the estimates
over time, and a suggested status with its reasons. Pure: member facts in, an assessment out.

Independence: sources under one parent (the Pentagon and the State Department under the US
government) are one voice; a claim that relays another source (its cited source) is that source's
voice, unless it confirms or denies it (a confirmation is a voice of its own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SUPPORTING = frozenset({"asserts", "confirms"})
DISAGREE_RATIO = 1.5  # estimates of one quantity this far apart (and whose ranges miss) disagree
DISAGREE_DAYS = 45  # ... when given within this many days of each other


@dataclass(frozen=True)
class Member:
    claim_id: int
    source: str
    voice: str  # the independent voice: the root of the source (or of the cited source it relays)
    stance: str
    day: date | None
    figures: tuple[tuple[float, float, str], ...] = ()  # (low, high, unit)


@dataclass
class Assessment:
    supporting: set[str] = field(default_factory=set)
    denying: set[str] = field(default_factory=set)
    silent: set[str] = field(default_factory=set)
    sources: int = 0
    contested: bool = False
    admissions: list[str] = field(default_factory=list)
    series: dict[str, list[tuple[date | None, float, float, str, int]]] = field(default_factory=dict)
    disagreements: list[str] = field(default_factory=list)
    suggested: str = "unverified"
    reasons: list[str] = field(default_factory=list)

    @property
    def independent_line(self) -> str:
        n = len(self.supporting)
        return f"asserted by {n} independent source{'s' if n != 1 else ''} ({self.sources} in all)"


def voice_of(source: str, parents: dict[str, str | None], cited: str | None, stance: str) -> str:
    """The root of the source's chain of parents (or of the cited source a plain assertion relays)."""
    name = cited if cited and stance == "asserts" else source
    seen: set[str] = set()
    while name not in seen:
        parent = parents.get(name)
        if not parent:
            break
        seen.add(name)
        name = parent
    return name


def assess(members: list[Member]) -> Assessment:
    out = Assessment(sources=len({m.source for m in members}))
    latest: dict[str, Member] = {}
    for m in sorted(members, key=lambda m: (m.day or date.min, m.claim_id)):
        latest[m.voice] = m
        _add_figures(out, m)
    history: dict[str, list[str]] = {}
    for m in sorted(members, key=lambda m: (m.day or date.min, m.claim_id)):
        history.setdefault(m.voice, []).append(m.stance)
    for voice, m in latest.items():
        if m.stance in SUPPORTING:
            out.supporting.add(voice)
        elif m.stance == "denies":
            out.denying.add(voice)
        else:
            out.silent.add(voice)
        if m.stance in SUPPORTING and {"denies", "does_not_deny"} & set(history[voice][:-1]):
            out.admissions.append(voice)
    out.contested = bool(out.supporting and out.denying)
    out.disagreements = _disagreements(out.series)
    out.suggested, out.reasons = suggest(out)
    return out


def _add_figures(out: Assessment, m: Member) -> None:
    for low, high, unit in m.figures:
        out.series.setdefault(unit, []).append((m.day, low, high, m.source, m.claim_id))


def _disagreements(series, limit: int = 5) -> list[str]:
    """The first `limit` pairs of estimates that disagree. A unit's points come in date order
    (undated first), so the pairs of a point end at the first one too late to compare."""
    found: list[str] = []
    for unit, points in series.items():
        for i, (d1, lo1, hi1, s1, _) in enumerate(points):
            if not d1:
                continue
            for d2, lo2, hi2, s2, _ in points[i + 1 :]:
                if (d2 - d1).days > DISAGREE_DAYS:
                    break
                if s1 != s2 and (hi1 < lo2 / DISAGREE_RATIO or hi2 < lo1 / DISAGREE_RATIO):
                    found.append(f"{s1} ({_n(lo1, hi1)}) and {s2} ({_n(lo2, hi2)}) disagree on {unit}")
                    if len(found) == limit:
                        return found
    return found


def _n(lo: float, hi: float) -> str:
    return f"{lo:,.0f}" if lo == hi else f"{lo:,.0f}-{hi:,.0f}"


def suggest(a: Assessment) -> tuple[str, list[str]]:
    """A status an analyst may accept, with the reasons; never applied by itself."""
    n_for, n_against = len(a.supporting), len(a.denying)
    reasons = [a.independent_line]
    if a.admissions:
        reasons.append(f"admitted by {', '.join(sorted(a.admissions))}, who had denied or dodged it")
    if n_against:
        reasons.append(f"denied by {', '.join(sorted(a.denying))}")
    if a.silent:
        reasons.append(f"neither confirmed nor denied by {', '.join(sorted(a.silent))}")
    if a.disagreements:
        reasons.append("estimates disagree: " + "; ".join(a.disagreements[:2]))
    if n_for >= 2 and a.admissions:
        return "confirmed", reasons
    if n_for >= 3 and not n_against:
        return "confirmed", reasons
    if n_for and n_against:
        if n_for == 1:
            reasons.insert(0, "asserted only by one side, denied by the other")
        return "disputed", reasons
    if n_against and not n_for:
        return "denied", reasons
    return "unverified", reasons
