#!/usr/bin/env python
"""`make eval`: the extractor's scores on every corpus and split, in one table.

Corpora: the project's own (`tests/corpus/`: real reports rewritten in our words, split by id
into a *tune* half, which rules may be developed on, and a *check* half, which is only ever
scored) and, when it is there, the shared development corpus (`../shared/corpus`). Reports of
another situation are read with only that situation's registry (`tests/corpus/registries/`);
the others with the shipped registry; to each, the imported GeoNames places are added as a worker
reads them from the database after `make setup` (`--no-gazetteer`: the registry file alone). No
database: the extractor is pure. Each situation is read whole on one of the cores (building a
registry with the imported places costs more than reading its reports): about 25 s on two cores.

    scripts/eval.py                 # the table
    scripts/eval.py --errors tune   # misses, extras, figures and places not found, of the tune half
                                    # (never look at check's)
    scripts/eval.py --json          # the figures as JSON
    scripts/eval.py --only sudan-,nk-en-25   # only these reports (a new batch's first sight)
    scripts/eval.py --annotator tests/corpus/agreement   # a second annotator against the gold
    scripts/eval.py --propositions  # and the grouping of claims into propositions, per half
    scripts/eval.py --no-gazetteer  # without the imported places (the figures before 2026-12-01)

Grouping is scored on the extractor's claims matched to gold claims ("predicted"), and on the gold
claims themselves grouped by their summaries ("gold": grouping error without extraction error).
Each half is grouped on its own, across all of its reports (situations included).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import extract, prepare_text  # noqa: E402
from claims.extraction.output import claim_as_json  # noqa: E402
from claims.extraction.shipped import SHIPPED_FILE, registry_from_data  # noqa: E402
from claims.propositions.grouping import (  # noqa: E402
    ClaimFacts,
    Grouper,
    facts_from_json,
    own_countries,
    own_places,
)
from claims.registry.geonames import with_imported_places  # noqa: E402
from tests.corpus.score import (  # noqa: E402
    Gazetteer,
    Scores,
    figure_values,
    match,
    place_found,
    place_names,
    score_report,
)
from tests.corpus.score_props import Item, pairwise  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"
HOME_SITUATION = "north-korean-troops"
COLUMNS = (
    ("reports", "reports"), ("gold", "gold"), ("attr F1", "attributed_f1"), ("recall", "claim_recall"),
    ("precision", "claim_precision"), ("figures", "figure_recall"), ("places", "place_recall"),
    ("geocode", "geocode_accuracy"), ("non-assert", "non_assert_stance"), ("stance", "stance_accuracy"),
    ("dates", "event_date_accuracy"), ("days P", "event_date_precision"),
)  # fmt: skip


def split_of(report_id: str) -> str:
    """The fixed half a report belongs to: odd numbers tune, even numbers check."""
    digits = "".join(ch for ch in report_id.rsplit("-", 1)[-1] if ch.isdigit())
    return "tune" if digits and int(digits) % 2 else "check"


def group_of(report: dict) -> str:
    situation = report.get("situation") or HOME_SITUATION
    if situation != HOME_SITUATION:
        return situation
    return "home ru+uk" if report.get("language") in ("ru", "uk") else "home en"


class Situations:
    """Registry and gazetteer per situation, built once."""

    gazetteer = True  # add the imported places, as the database holds them

    def __init__(self) -> None:
        self.cache: dict[str, tuple] = {}
        self.gazetteers: dict[str, Gazetteer] = {}

    def gazetteer_of(self, situation: str) -> Gazetteer:
        """The names the scorer reads (the registry file alone), without building a registry."""
        if situation not in self.gazetteers:
            data = json.loads(self._path(situation).read_text(encoding="utf-8"))
            self.gazetteers[situation] = Gazetteer.from_registry(data)
        return self.gazetteers[situation]

    def _path(self, situation: str) -> Path:
        path = CORPUS / "registries" / f"{situation}.json"
        return SHIPPED_FILE if situation == HOME_SITUATION or not path.exists() else path

    def get(self, situation: str):
        if situation not in self.cache:
            data = json.loads(self._path(situation).read_text(encoding="utf-8"))
            read = with_imported_places(data) if self.gazetteer else data
            self.cache[situation] = (registry_from_data(read), Gazetteer.from_registry(data))
        return self.cache[situation]


def read_reports(folder: Path):
    for path in sorted((folder / "reports").glob("*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        gold_path = folder / "gold" / path.name
        if gold_path.exists():
            yield report, json.loads(gold_path.read_text(encoding="utf-8"))


def run(report: dict, registry) -> list[dict]:
    text = report["clean_text"]
    published = date.fromisoformat(report["published"]) if report.get("published") else None
    return [claim_as_json(d, registry) for d in extract(text, published, registry)]


def chosen(report_id: str, only: list[str] | None) -> bool:
    """`--only`: report ids, or prefixes of them ending in "-" ("sudan-", "nk-ru-")."""
    return only is None or any(report_id == o or (o.endswith("-") and report_id.startswith(o)) for o in only)


def _predict(report: dict, situations: Situations) -> list[dict]:
    """One report's claims, read with its situation's registry."""
    registry, _gazetteer = situations.get(report.get("situation") or HOME_SITUATION)
    report["clean_text"] = prepare_text(report["text"])
    return run(report, registry)


def _predict_situation(reports: list[dict]) -> list[list[dict]]:
    """The claims of reports of one situation (in a worker process: it builds that registry only)."""
    situations = Situations()
    return [_predict(report, situations) for report in reports]


def predict_all(reports: list[dict]) -> list[list[dict]]:
    """Every report's claims, in order. Building a situation's registry with the imported places
    costs more than reading its reports, so each situation goes whole to one of the cores."""
    by_situation: dict[str, list[int]] = {}
    for i, report in enumerate(reports):
        by_situation.setdefault(report.get("situation") or HOME_SITUATION, []).append(i)
    batches = sorted(by_situation.values(), key=len, reverse=True)
    workers = min(os.cpu_count() or 1, 4, len(batches))
    if workers < 2:
        return _predict_situation(reports)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        results = pool.map(_predict_situation, [[reports[i] for i in batch] for batch in batches])
        out: list[list[dict]] = [[] for _ in reports]
        for batch, claims in zip(batches, results, strict=True):
            for i, found in zip(batch, claims, strict=True):
                out[i] = found
    return out


def evaluate(errors: str | None, only: list[str] | None = None) -> dict[str, dict]:
    situations = Situations()
    table: dict[str, Scores] = {}
    corpora = [("ours", CORPUS)]
    if (SHARED / "reports").exists() and only is None:
        corpora.append(("shared", SHARED))
    jobs = [
        (name, report, gold)
        for name, folder in corpora
        for report, gold in read_reports(folder)
        if chosen(report["id"], only)
    ]
    predictions = predict_all([report for _name, report, _gold in jobs])
    for (name, report, gold), predicted in zip(jobs, predictions, strict=True):
        gazetteer = situations.gazetteer_of(report.get("situation") or HOME_SITUATION)
        report["clean_text"] = prepare_text(report["text"])
        gold = [{**g, "evidence": _cleaned(g.get("evidence"))} for g in gold]
        if name == "shared":
            rows = ["shared corpus"]
        else:
            split = split_of(report["id"])
            rows = [f"ours {split}", f"  {group_of(report)} {split}"]
        for row in rows:
            scores = table.setdefault(row, Scores())
            score_report(report["clean_text"], gold, predicted, gazetteer, scores)
        if errors and any(errors in row for row in rows):
            _print_errors(report, gold, predicted, gazetteer)
    return {row: scores.summary() for row, scores in sorted(table.items(), key=lambda kv: _order(kv[0]))}


def evaluate_annotator(folder: Path) -> dict[str, dict]:
    """A second annotator's blind gold for some reports (`tests/corpus/agreement/<id>.json`, the gold
    format), scored against the corpus gold as if it were the extractor's output: how far two careful
    annotators agree, the ceiling of what the extractor can score."""
    situations = Situations()
    table: dict[str, Scores] = {}
    for path in sorted(folder.glob("*.json")):
        report = json.loads((CORPUS / "reports" / path.name).read_text(encoding="utf-8"))
        gold = json.loads((CORPUS / "gold" / path.name).read_text(encoding="utf-8"))
        gazetteer = situations.gazetteer_of(report.get("situation") or HOME_SITUATION)
        clean = prepare_text(report["text"])
        gold = [{**g, "evidence": _cleaned(g.get("evidence"))} for g in gold]
        theirs = [_as_extracted(c, clean) for c in json.loads(path.read_text(encoding="utf-8"))]
        for row in ("second annotator", f"  {split_of(report['id'])}"):
            score_report(clean, gold, theirs, gazetteer, table.setdefault(row, Scores()))
    return {row: scores.summary() for row, scores in table.items()}


def _as_extracted(claim: dict, clean: str) -> dict:
    """An annotated claim in the shape `claim_as_json` gives: its evidence sentence is its span."""
    evidence = _cleaned(claim.get("evidence")) or ""
    start = clean.find(evidence)
    return {
        **claim,
        "places": [{"name": p} for p in claim.get("places") or ()],
        "start": start,
        "end": start + len(evidence),
        "text": evidence,
    }


def _cleaned(evidence: str | None) -> str | None:
    """Evidence as the extractor sees the text (cleaned the way a submitted report is)."""
    return prepare_text(evidence).strip() if evidence else evidence


def _order(row: str) -> tuple:
    return ("shared" in row, "check" in row, row.startswith("  "), row)


def _print_errors(report: dict, gold: list[dict], predicted: list[dict], gazetteer: Gazetteer) -> None:
    scratch = Scores()
    predicted = [p for p in predicted if not isinstance(p.get("topics"), list) or p["topics"]]
    pairs = score_report(report["clean_text"], gold, predicted, gazetteer, scratch)
    rid = report["id"]
    for gi, g in enumerate(gold):
        if gi not in pairs:
            print(f"MISS  {rid}: [{g['source']} {g['stance']}] {g.get('evidence') or g['summary']}")
            continue
        p = predicted[pairs[gi]]
        src = p.get("source")
        if not gazetteer.source_ok(g["source"], src) or p.get("stance") != g["stance"]:
            got = f"[{src} {p.get('stance')}] {p['text'][:120]}"
            print(f"WRONG {rid}: gold [{g['source']} {g['stance']}] got {got}")
    for pi, p in enumerate(predicted):
        if pi not in pairs.values():
            print(f"EXTRA {rid}: [{p.get('source')} {p.get('stance')}] {p['text'][:140]}")
    _print_report_wide(rid, gold, predicted, gazetteer)


def _print_report_wide(rid: str, gold: list[dict], predicted: list[dict], gazetteer: Gazetteer) -> None:
    """Gold figures and places that no claim of the report has (they are scored report-wide)."""
    values = set().union(*(figure_values(p.get("figures")) for p in predicted)) if predicted else set()
    names = [
        s for p in predicted for n in place_names(p.get("places")) for s in gazetteer.spellings.get(n, (n,))
    ]
    for g in gold:
        missing = sorted(v for v in figure_values(g.get("figures")) if v not in values)
        if missing:
            print(f"FIGURE {rid}: {missing} not found, gold [{g['source']}] {g['summary'][:100]}")
        for place in g.get("places", ()):
            if not place_found(place, names):
                print(f"PLACE {rid}: {place!r} not found, gold [{g['source']}] {g['summary'][:100]}")


def place_kinds(situation: str) -> dict[str, tuple[str, str]]:
    """Each registry place's name and alias (folded) -> its kind and country."""
    path = CORPUS / "registries" / f"{situation}.json"
    if situation == HOME_SITUATION or not path.exists():
        path = SHIPPED_FILE
    kinds: dict[str, tuple[str, str]] = {}
    for row in json.loads(path.read_text(encoding="utf-8")).get("places", []):
        for name in (row["name"], *row.get("aliases", ())):
            kinds.setdefault(name.casefold(), (row.get("kind", ""), row.get("country") or ""))
    return kinds


def gold_facts(claim: dict, report: dict, kinds: dict[str, tuple[str, str]]) -> ClaimFacts:
    """A gold claim as grouping sees it: its summary, its places' kinds and countries from the
    registry, the report's situation as its topic."""
    day = claim.get("event_date") or report.get("published")
    text = claim.get("summary") or claim.get("evidence") or ""
    # rows as grouping reads a stored claim's places: a gold place names no words (as one an analyst
    # added), so every one counts
    rows = []
    for name in claim.get("places") or ():
        kind, country = kinds.get(name.casefold(), ("", ""))
        rows.append((name, kind, "", country))
    return ClaimFacts(
        text=text,
        stance=claim["stance"],
        topics=(report.get("situation") or HOME_SITUATION,),
        places=own_places(rows, text),
        units=tuple(sorted({f.get("unit") or "" for f in claim.get("figures") or ()})),
        day=date.fromisoformat(day[:10]) if day else None,
        countries=own_countries(rows, text),
    )


def evaluate_propositions() -> dict[str, dict]:
    """Pairwise grouping scores per half (and on the shared corpus, when it is there), on predicted
    claims matched to gold and on gold claims."""
    situations = Situations()
    items: dict[str, list[Item]] = {}
    groupers: dict[str, Grouper] = {}
    corpora: list[tuple[Path, str | None]] = [(CORPUS, None)]
    if (SHARED / "reports").exists():
        corpora.append((SHARED, "shared"))
    jobs = [
        (report, gold, name or split_of(report["id"]))
        for folder, name in corpora
        for report, gold in read_reports(folder)
    ]
    predictions = predict_all([report for report, _gold, _split in jobs])
    for (report, gold, split), predicted in zip(jobs, predictions, strict=True):
        _group_report(report, gold, predicted, situations, groupers, items, split)
    order = (
        "tune predicted",
        "tune gold",
        "check predicted",
        "check gold",
        "shared predicted",
        "shared gold",
    )
    return {row: pairwise(items[row]) for row in order if row in items}


def _group_report(
    report: dict, gold: list[dict], claims: list[dict], situations: Situations, groupers, items, split: str
) -> None:
    """Group one report's predicted claims and its gold claims into its split's groupers."""
    situation = report.get("situation") or HOME_SITUATION
    gazetteer = situations.gazetteer_of(situation)
    report["clean_text"] = prepare_text(report["text"])
    gold = [{**g, "evidence": _cleaned(g.get("evidence"))} for g in gold]
    predicted = [p for p in claims if p.get("topics")]
    published = date.fromisoformat(report["published"]) if report.get("published") else None
    pred_group = groupers.setdefault(f"{split} predicted", Grouper())
    keys = pred_group.add_report([facts_from_json(p, published) for p in predicted])
    for gi, pi in match(report["clean_text"], gold, predicted, gazetteer).items():
        items.setdefault(f"{split} predicted", []).append(
            Item(gold[gi]["proposition"], keys[pi], gold[gi]["stance"])
        )
    gold_group = groupers.setdefault(f"{split} gold", Grouper())
    kinds = place_kinds(situation)
    gold_keys = gold_group.add_report([gold_facts(g, report, kinds) for g in gold])
    for g, key in zip(gold, gold_keys, strict=True):
        items.setdefault(f"{split} gold", []).append(Item(g["proposition"], key, g["stance"]))


PROPOSITION_COLUMNS = (
    ("claims", "claims"), ("precision", "pairwise_precision"), ("recall", "pairwise_recall"),
    ("F1", "pairwise_f1"), ("gold pairs", "gold_same_pairs"), ("pred pairs", "pred_same_pairs"),
    ("denials", "denials"), ("denials linked", "denial_linking"),
)  # fmt: skip


def _cell(value) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.2f}"


def print_table(results: dict[str, dict], columns=COLUMNS, title: str = "corpus / split") -> None:
    header = [title] + [c for c, _ in columns]
    rows = [[name] + [_cell(scores[key]) for _, key in columns] for name, scores in results.items()]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--errors", metavar="ROW", help="list misses and extras of rows containing ROW")
    parser.add_argument(
        "--only",
        metavar="IDS",
        help="score only these reports: ids or id prefixes ending in '-', comma-separated "
        "(a batch's first sight: scripts/eval.py --only sudan-,kursk-)",
    )
    parser.add_argument(
        "--annotator",
        metavar="DIR",
        type=Path,
        help="score a second annotator's blind gold (tests/corpus/agreement) against the corpus gold",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--propositions", action="store_true", help="also score the grouping of claims into propositions"
    )
    parser.add_argument(
        "--no-gazetteer",
        action="store_true",
        help="read each registry file alone, without the imported places",
    )
    args = parser.parse_args()
    Situations.gazetteer = not args.no_gazetteer
    if args.annotator:
        print_table(evaluate_annotator(args.annotator))
        return
    results = evaluate(args.errors, args.only.split(",") if args.only else None)
    grouping = evaluate_propositions() if args.propositions else None
    if args.json:
        both = {"extraction": results, "propositions": grouping}
        print(json.dumps(both if grouping else results, indent=1))
        return
    print_table(results)
    if grouping:
        print()
        print_table(grouping, PROPOSITION_COLUMNS, "propositions (ours)")


if __name__ == "__main__":
    main()
