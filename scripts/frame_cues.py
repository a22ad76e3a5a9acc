#!/usr/bin/env python
"""Diagnostic (not shipped): the frame each gold claim of the tune half and of the shared corpus gets,
and WHICH cue decided it, with the other frames whose cues also stand in the claim.

    scripts/frame_cues.py                 # claims whose frame is not their label's usual frame
    scripts/frame_cues.py --all           # every claim
    scripts/frame_cues.py --text "..."    # one statement

Never run on the check half: it reads odd-numbered (tune) reports of `tests/corpus/` only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval import (  # noqa: E402
    CORPUS,
    HOME_SITUATION,
    SHARED,
    gold_facts,
    place_kinds,
    read_reports,
    split_of,
)

from claims.propositions import grouping as g  # noqa: E402
from claims.propositions.frames import FRAMES  # noqa: E402


def cue_of(frame, words: list[str]) -> tuple[int, str] | None:
    """The first word position and the cue (stem word, phrase, near pair ...) of `frame` in `words`."""
    folded = " ".join(words)
    unless = g._UNLESS.get(frame.name)
    if unless is not None:
        folded = unless.sub(" ", folded)
    kept = folded.split()
    found: list[tuple[int, str]] = []
    for i, w in enumerate(kept):
        if g._cue_at(frame, w):
            found.append((i, f"stem:{w}"))
            break
    for p in frame.phrases:
        at = (" " + folded).find(" " + p)
        if at >= 0:
            found.append((folded.count(" ", 0, at), f"phrase:{p}"))
    near = g._NEAR.get(frame.name)
    if near is not None and g._near_cue(near[0], kept):
        found.append((_near_at(near[0], kept), "near"))
    if frame.name in g._PREDICATIVE and g._predicative_cue(g._PREDICATIVE[frame.name], kept):
        found.append((0, "predicative"))
    if g._ground_attack(frame, words):
        found.append((0, "ground-attack"))
    return min(found) if found else None


def _near_at(pairs, words):
    for first, then in pairs:
        for i, word in enumerate(words):
            if g._at(first, word) and any(g._at(then, w) for w in words[i + 1 : i + 2 + g.NEAR_SPAN]):
                return i
    return 0


def explain(text: str, units=(), named_place=False, areas=()) -> dict:
    words = g._folded_words(text)
    outside = g._SIDE_CLAUSE.sub(" ", g._ASIDE.sub(" ", text or ""))
    unbracketed = g._folded_words(outside)
    first = outside.split(";", 1)[0]
    leading = g._folded_words(first)
    parts = [  # as `frame_of` tries them
        ("main", g._outside_reason(first, leading)),
        ("first clause", leading if len(leading) < len(unbracketed) else []),
        ("unbracketed", unbracketed if len(unbracketed) < len(words) else []),
        ("whole", words),
    ]
    claim = g._Claim(frozenset(units), not named_place, tuple(areas))
    chosen = g.frame_of(text, units, named_place=named_place, areas=areas)
    decided = ""
    for label, part in parts:
        if not part:
            continue
        found = g._first_frame(part, words, claim)
        if found:
            frame = g.FRAMES_BY_NAME.get(found)
            cue = cue_of(frame, part) if frame else None
            decided = f"{label} {cue}" if cue else f"{label} (override)"
            break
    others = []
    for frame in FRAMES:
        cue = cue_of(frame, words)
        if cue and frame.name != chosen:
            others.append(f"{frame.name}@{cue[0]}:{cue[1]}")
    return {"frame": chosen, "decided": decided, "others": others, "n": len(words)}


def gold_claims():
    for folder, name in ((CORPUS, None), (SHARED, "shared")):
        if not (folder / "reports").exists():
            continue
        for report, gold in read_reports(folder):
            split = name or split_of(report["id"])
            if split == "check":
                continue  # never read check
            kinds = place_kinds(report.get("situation") or HOME_SITUATION)
            for claim in gold:
                yield split, report["id"], claim, gold_facts(claim, report, kinds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--text")
    args = parser.parse_args()
    if args.text:
        print(explain(args.text))
        return
    rows = defaultdict(list)
    for split, rid, claim, facts in gold_claims():
        sig = g.signature(facts)
        specific = [g.place_key(n) for n, k in facts.places if k in g.SPECIFIC_PLACE_KINDS]
        areas = [g.place_key(n) for n, k in facts.places if k == "area"]
        info = explain(facts.text, facts.units, named_place=bool(specific), areas=areas)
        rows[(split, claim["proposition"])].append((rid, sig.frame, info, facts))
    for (split, label), items in sorted(rows.items()):
        usual = Counter(f for _, f, _, _ in items).most_common(1)[0][0]
        odd = [it for it in items if it[1] != usual]
        if not (args.all or odd):
            continue
        print(f"== {split} {label}: usual frame {usual!r}, {len(items)} claims, {len(odd)} off")
        for rid, frame, info, facts in items if args.all else odd:
            mark = "  " if frame == usual else "! "
            print(f"{mark}{rid} [{frame}] {info['decided']} units={list(facts.units)}")
            print(f"     {facts.text}")
            if info["others"]:
                print(f"     also: {', '.join(info['others'])}")


if __name__ == "__main__":
    main()
