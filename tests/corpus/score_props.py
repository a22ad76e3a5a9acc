"""Scores proposition grouping against the corpus's gold "proposition" labels. Pure Python.

Items are (gold label, predicted key, gold stance), one per gold claim matched to a predicted claim
(or per gold claim, when the gold claims themselves are grouped). Pairwise: over unordered pairs, a
pair is gold-same when the labels are equal and predicted-same when the keys are; precision =
both / predicted-same, recall = both / gold-same. Denial linking: the share of gold denials whose
label also holds a non-denial that got the denial's predicted key.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    label: str
    key: str
    stance: str


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise(items: list[Item]) -> dict[str, float | int | None]:
    """Pairwise precision, recall and F1 (counted from cluster sizes: no quadratic loop), and the
    denial-linking rate."""
    gold_same = _pairs(Counter(i.label for i in items))
    pred_same = _pairs(Counter(i.key for i in items))
    both = _pairs(Counter((i.label, i.key) for i in items))
    precision = both / pred_same if pred_same else 0.0
    recall = both / gold_same if gold_same else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    eligible, linked = denial_linking(items)
    return {
        "claims": len(items),
        "pairwise_precision": precision,
        "pairwise_recall": recall,
        "pairwise_f1": f1,
        "gold_same_pairs": gold_same,
        "pred_same_pairs": pred_same,
        "denials": eligible,
        "denial_linking": linked / eligible if eligible else None,
    }


def denial_linking(items: list[Item]) -> tuple[int, int]:
    keys_of_assertions: dict[str, set[str]] = {}
    for i in items:
        if i.stance != "denies":
            keys_of_assertions.setdefault(i.label, set()).add(i.key)
    eligible = linked = 0
    for i in items:
        if i.stance == "denies" and keys_of_assertions.get(i.label):
            eligible += 1
            linked += i.key in keys_of_assertions[i.label]
    return eligible, linked
