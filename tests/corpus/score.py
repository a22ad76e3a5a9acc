"""Scores extracted claims against the corpus's gold claims. Pure Python: no Django.

A predicted claim matches a gold claim when its sentence overlaps the gold claim's `evidence` in
the report (when the gold gives one; without it, when it shares a figure or enough content words
with the gold summary); each gold
claim and each predicted claim is matched at most once, best pairs first. `Scores` adds up what
the README's extraction table reports: claim recall and precision, attributed recall and F1 (the
source right too), stance accuracy (overall and on confirms/denies/does_not_deny), figure and
place recall over the report, geocoding within 100 km and event dates.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset(
    """the a an of to in on and or that is was were be been has have had by for with as at from it its
    this their they he she said says would will could""".split()
)
_REGION_SUFFIX = re.compile(r"\s+(?:region|oblast|province|krai|governorate|district)$")
MATCH_KM = 100.0
_DESCRIPTION = re.compile(r"\s*\([^)]*\)\s*$")


def norm(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").casefold()))


def content_words(text: str | None) -> set[str]:
    return {w for w in _WORD.findall((text or "").casefold()) if w not in _STOP and len(w) > 2}


def place_key(name: str) -> str:
    return _REGION_SUFFIX.sub("", norm(name))


@dataclass
class Gazetteer:
    """Names of the situation's registry: source aliases and place coordinates."""

    source_names: dict[str, str] = field(default_factory=dict)  # any alias -> canonical name
    places: dict[str, tuple[float, float]] = field(default_factory=dict)  # any name -> (lat, lon)
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # any name -> all of its entry's

    @classmethod
    def from_registry(cls, data: dict) -> Gazetteer:
        out = cls()
        for row in data.get("sources", []):
            for alias in (row["name"], *row.get("aliases", ())):
                out.source_names.setdefault(norm(alias), row["name"])
        for row in data.get("places", []):
            point = (float(row["latitude"]), float(row["longitude"]))
            names = tuple(place_key(alias) for alias in (row["name"], *row.get("aliases", ())))
            for name in names:
                out.places.setdefault(name, point)
                out.spellings.setdefault(name, names)
        return out

    def canonical(self, name: str) -> str:
        return self.source_names.get(norm(name), norm(name))

    def source_ok(self, gold: str, predicted: str | dict | None) -> bool:
        if isinstance(predicted, dict):
            predicted = predicted.get("name")
        if not predicted:
            return False
        if self.canonical(gold) == self.canonical(predicted) or norm(gold) == norm(predicted):
            return True
        # a source new to the registry, which the gold names with what it is ("Nazariy Kishak
        # (Ukrainian brigade commander)"): its name alone is right
        bare = _DESCRIPTION.sub("", gold)
        return bare != gold and norm(bare) == norm(predicted)


def place_names(places) -> list[str]:
    return [place_key(p.get("name", "") if isinstance(p, dict) else p) for p in places or ()]


def place_found(gold: str, names: list[str]) -> bool:
    g = place_key(gold)
    return any(
        g == n or (len(g) > 4 and (g in n or n in g)) or SequenceMatcher(None, g, n).ratio() >= 0.85
        for n in names
    )


def figure_values(figures) -> set[int]:
    out = set()
    for f in figures or ():
        try:
            out.add(round(float(f["value"] if isinstance(f, dict) else f)))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _evidence_span(text: str, evidence: str | None) -> tuple[int, int] | None:
    if not evidence:
        return None
    at = text.find(evidence)
    return (at, at + len(evidence)) if at >= 0 else None


def _overlaps(span: tuple[int, int] | None, claim: dict) -> bool:
    if span is None or claim.get("start") is None:
        return False
    return claim["start"] < span[1] and span[0] < claim["end"]


def pair_score(text: str, gold: dict, claim: dict, gazetteer: Gazetteer) -> float:
    """How strongly a predicted claim expresses a gold claim (0: not at all)."""
    evidence = _evidence_span(text, gold.get("evidence"))
    on_evidence = _overlaps(evidence, claim)
    if evidence is not None and not on_evidence:
        return 0.0  # the gold claim says where it is: a claim elsewhere in the report is another one
    gold_figures, claim_figures = figure_values(gold.get("figures")), figure_values(claim.get("figures"))
    shared_figure = bool(gold_figures & claim_figures)
    if gold_figures and claim_figures and not shared_figure and not on_evidence:
        return 0.0
    words = content_words(gold.get("summary"))
    overlap = len(words & content_words(claim.get("statement") or claim.get("text"))) / max(1, len(words))
    if not (on_evidence or shared_figure or overlap >= 0.34):
        return 0.0
    score = 3.0 * on_evidence + 2.0 * shared_figure + 2.0 * overlap
    score += 0.5 * any(place_found(p, place_names(claim.get("places"))) for p in gold.get("places", ()))
    score += 0.75 * gazetteer.source_ok(gold["source"], claim.get("source"))
    return score


@dataclass
class Scores:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, value: int | bool = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + int(value)

    def ratio(self, a: str, b: str) -> float | None:
        return self.counts.get(a, 0) / self.counts[b] if self.counts.get(b) else None

    def summary(self) -> dict[str, float | int | None]:
        recall, precision = self.ratio("matched", "gold"), self.ratio("matched", "predicted")
        attributed = self.ratio("attributed", "gold")
        f1 = None
        if attributed is not None and precision is not None and attributed + precision:
            f1 = 2 * attributed * precision / (attributed + precision)
        return {
            "reports": self.counts.get("reports", 0),
            "gold": self.counts.get("gold", 0),
            "predicted": self.counts.get("predicted", 0),
            "claim_recall": recall,
            "claim_precision": precision,
            "attributed_recall": attributed,
            "attributed_f1": f1,
            "stance_accuracy": self.ratio("stance_ok", "matched"),
            "non_assert_stance": self.ratio("marked_ok", "marked"),
            "figure_recall": self.ratio("figures_found", "figures"),
            "place_recall": self.ratio("places_found", "places"),
            "geocode_accuracy": self.ratio("geocoded", "geocodable"),
            "event_date_accuracy": self.ratio("dated_ok", "dated"),
            "event_date_precision": self.ratio("day_given_ok", "day_given"),
        }


def match(text: str, gold: list[dict], predicted: list[dict], gazetteer: Gazetteer) -> dict[int, int]:
    pairs = sorted(
        (
            (pair_score(text, g, p, gazetteer), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = {}
    for score, gi, pi in pairs:
        if score > 0 and gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            out[gi] = pi
    return out


def score_report(
    text: str, gold: list[dict], predicted: list[dict], gazetteer: Gazetteer, into: Scores
) -> dict:
    """Adds one report's counts to `into`; returns the gold-index -> predicted-index matching."""
    predicted = [p for p in predicted if not isinstance(p.get("topics"), list) or p["topics"]]
    into.add("reports")
    into.add("gold", len(gold))
    into.add("predicted", len(predicted))
    pairs = match(text, gold, predicted, gazetteer)
    _score_report_wide(gold, predicted, gazetteer, into)
    for gi, pi in pairs.items():
        g, p = gold[gi], predicted[pi]
        into.add("matched")
        into.add("attributed", gazetteer.source_ok(g["source"], p.get("source")))
        into.add("stance_ok", p.get("stance") == g["stance"])
        if g["stance"] != "asserts":
            into.add("marked")
            into.add("marked_ok", p.get("stance") == g["stance"])
        if g.get("event_date"):
            into.add("dated")
            into.add("dated_ok", str(p.get("event_date") or "")[:10] == g["event_date"])
        day = _predicted_day(p)
        if day:
            # a day given where the gold has another or none (rule 8: a state of affairs, a vague
            # period): what the timeline would put on the wrong day
            into.add("day_given")
            into.add("day_given_ok", day == (g.get("event_date") or ""))
    return pairs


def _predicted_day(claim: dict) -> str:
    """The day a predicted claim is pinned to, or "" (a period of several days is no day)."""
    start, end = str(claim.get("event_date") or "")[:10], str(claim.get("event_date_end") or "")[:10]
    return start if start and (not end or end == start) else ""


def _score_report_wide(gold: list[dict], predicted: list[dict], gazetteer: Gazetteer, into: Scores) -> None:
    """Figures, places and coordinates found anywhere in the report's claims."""
    values = set().union(*(figure_values(p.get("figures")) for p in predicted)) if predicted else set()
    # A predicted place is found under any spelling the registry gives it (gold spells as the text).
    names = [
        s for p in predicted for n in place_names(p.get("places")) for s in gazetteer.spellings.get(n, (n,))
    ]
    coords = {
        place_key(pl["name"]): (float(pl["lat"]), float(pl["lon"]))
        for p in predicted
        for pl in p.get("places") or ()
        if isinstance(pl, dict) and pl.get("lat") is not None
    }
    for g in gold:
        for value in figure_values(g.get("figures")):
            into.add("figures")
            into.add("figures_found", value in values)
        for place in g.get("places", ()):
            into.add("places")
            into.add("places_found", place_found(place, names))
            truth = gazetteer.places.get(place_key(place))
            if truth is None:
                continue
            into.add("geocodable")
            # The place of that very name first, then one whose name contains it or is close to it.
            spelled = set(gazetteer.spellings.get(place_key(place), (place_key(place),)))
            exact = [c for n, c in coords.items() if spelled & set(gazetteer.spellings.get(n, (n,)))]
            hits = exact or [c for n, c in coords.items() if place_found(place, [n])]
            into.add("geocoded", bool(hits) and distance_km(hits[0], truth) <= MATCH_KM)
