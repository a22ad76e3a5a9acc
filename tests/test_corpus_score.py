"""The corpus scorer (tests/corpus/score.py): what `make eval` reports must count what it says."""

from tests.corpus.score import Gazetteer, Scores, score_report

TEXT = "Drones hit the port of Hodeidah on Monday, the army said. Troops are in the region, it added."
REGISTRY = {
    "sources": [{"name": "Army", "aliases": ["the army"]}],
    "places": [{"name": "Hodeidah", "aliases": ["Al Hudaydah"], "latitude": 14.8, "longitude": 42.95}],
}


def claim(start, end, places=(), day=None, day_end=None):
    return {
        "source": "Army", "stance": "asserts", "start": start, "end": end, "text": TEXT[start:end],
        "places": [{"name": p, "lat": 14.8, "lon": 42.95} for p in places],
        "event_date": day, "event_date_end": day_end,
    }  # fmt: skip


def gold(evidence, summary, places=(), day=None):
    return {"source": "Army", "stance": "asserts", "evidence": evidence, "summary": summary,
            "places": list(places), "event_date": day}  # fmt: skip


def scores(golds, predicted):
    into = Scores()
    score_report(TEXT, golds, predicted, Gazetteer.from_registry(REGISTRY), into)
    return into.summary()


def test_a_place_is_found_under_any_spelling_of_its_registry_entry():
    first = TEXT.index(" the army said") + len(" the army said.")
    golds = [gold(TEXT[:first], "Drones hit the port of Al Hudaydah.", ["Al Hudaydah"], "2024-03-04")]
    found = scores(golds, [claim(0, first, ["Hodeidah"], "2024-03-04")])
    assert found["place_recall"] == 1.0
    assert found["geocode_accuracy"] == 1.0
    missed = scores(golds, [claim(0, first, [], "2024-03-04")])
    assert missed["place_recall"] == 0.0


def test_a_day_given_where_the_gold_has_none_counts_against_days_precision():
    first = TEXT.index(" the army said") + len(" the army said.")
    golds = [
        gold(TEXT[:first], "Drones hit the port of Hodeidah.", day="2024-03-04"),
        gold(TEXT[first + 1 :], "Troops are in the region."),
    ]
    right = [claim(0, first, day="2024-03-04"), claim(first + 1, len(TEXT))]
    assert scores(golds, right)["event_date_precision"] == 1.0
    lent = [claim(0, first, day="2024-03-04"), claim(first + 1, len(TEXT), day="2024-03-04")]
    assert scores(golds, lent)["event_date_precision"] == 0.5
    assert scores(golds, lent)["event_date_accuracy"] == 1.0  # the dated gold claim is still right
    # a stretch of days is no day given
    week = [
        claim(0, first, day="2024-03-04"),
        claim(first + 1, len(TEXT), day="2024-03-04", day_end="2024-03-10"),
    ]
    assert scores(golds, week)["event_date_precision"] == 1.0


def test_eval_only_takes_ids_and_prefixes_ending_in_a_dash():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "eval.py"
    spec = importlib.util.spec_from_file_location("corpus_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    only = ["sudan-", "nk-en-25"]
    assert [
        r for r in ("sudan-01", "nk-en-25", "nk-en-250", "nk-en-26", "sudanese-01") if module.chosen(r, only)
    ] == [
        "sudan-01",
        "nk-en-25",
    ]
    assert module.chosen("anything", None)


def test_a_second_annotator_is_scored_like_the_extractor(tmp_path):
    """`eval.py --annotator`: an annotation identical to the gold agrees fully; one that drops a claim
    loses recall, and one that names another source loses attribution."""
    import importlib.util
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "eval.py"
    spec = importlib.util.spec_from_file_location("corpus_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = json.loads((module.CORPUS / "gold" / "znpp-06.json").read_text(encoding="utf-8"))
    (tmp_path / "znpp-06.json").write_text(json.dumps(gold), encoding="utf-8")
    same = module.evaluate_annotator(tmp_path)["second annotator"]
    assert (same["attributed_f1"], same["claim_recall"]) == (1.0, 1.0)
    other = [{**gold[0], "source": "Somebody else"}, *gold[1:-1]]
    (tmp_path / "znpp-06.json").write_text(json.dumps(other), encoding="utf-8")
    worse = module.evaluate_annotator(tmp_path)["second annotator"]
    assert worse["claim_recall"] == (len(gold) - 1) / len(gold)
    assert worse["attributed_f1"] < same["attributed_f1"]


def test_a_new_source_named_without_the_gold_s_description_is_right_and_another_is_not():
    gazetteer = Gazetteer()
    assert gazetteer.source_ok("Nazariy Kishak (Ukrainian brigade commander)", "Nazariy Kishak")
    assert not gazetteer.source_ok("Nazariy Kishak (Ukrainian brigade commander)", "Ukrainian Armed Forces")
    assert not gazetteer.source_ok("Nazariy Kishak", "Kishak")
