"""The extractor never raises and stays linear on whatever text it is given."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract, prepare_text
from claims.extraction.shipped import load_registry_file

REGISTRY = load_registry_file()
SAMPLE = (
    "Kremlin spokesman Dmitry Peskov said on Monday that 3,000 North Korean soldiers were in Kursk. "
    'According to the NIS, "about 1,500 troops" left Wonsan between Oct. 8-13.\n'
    "Зеленський заявив, що військові КНДР прибули до Курської області."
)
PIECES = [
    "said", "according to", "citing", "U.S.", "Lt. Gen.", "Oct.", "1,000", "3 000", "10k", "between", "and",
    '"', "“", "”", "«", "»", ",", ".", "\n", "Kursk", "North Korean", "Путин", "заявил", "<p>", "</div>",
    "&amp;",
    "He", "These units", "if", "would", "did not deny", ":", "—", "\u00a0", "\ufffd", "(", ")",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=80),
    st.sampled_from([None, date(2024, 10, 25), date(2024, 2, 29)]),
)
def test_it_never_raises_on_any_mix_of_words_and_symbols(parts, published):
    text = " ".join(parts)
    for claim in extract(text, published, REGISTRY):
        assert text[claim.start : claim.end] == claim.sentence


def test_empty_and_blank_reports_give_no_claims():
    assert extract("", None, REGISTRY) == []
    assert extract("   \n\n  ", date(2024, 1, 1), REGISTRY) == []


def test_pasted_html_is_read_as_its_visible_text():
    html = (
        "<html><body><p>According to the <b>NIS</b>, 1,500 North Korean soldiers reached Vladivostok.</p>"
        "<script>var said = 1;</script></body></html>"
    )
    claims = extract(prepare_text(html), date(2024, 10, 18), REGISTRY)
    assert [c.source_name for c in claims] == ["NIS (South Korea)"]
    assert "<" not in claims[0].sentence


# Not a speed measurement (bench/extract.py does that): a generous limit that only a pathological,
# super-linear pattern (catastrophic backtracking) could hit on these inputs.
@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text",
    [
        "." * 100_000,
        '"' * 50_000,
        "said " * 40_000,
        "according to " * 20_000,
        ", " * 50_000 + "said",
        "North Korean " * 20_000,
        "1,000 " * 20_000,
        "The " + "Aaa " * 20_000 + "said",
        "a" * 200_000,
        SAMPLE * 200,
    ],
    ids=[
        "dots",
        "quotes",
        "said",
        "according",
        "commas",
        "terms",
        "numbers",
        "names",
        "one-word",
        "long-report",
    ],
)
def test_pathological_and_very_long_reports_are_read_without_error(text):
    claims = extract(text, date(2024, 10, 25), REGISTRY)
    assert all(text[c.start : c.end] == c.sentence for c in claims)


def test_a_very_long_report_gives_the_claims_of_each_of_its_parts():
    text = "\n".join(SAMPLE.replace("3,000", f"{1000 + i:,}") for i in range(50))
    claims = extract(text, date(2024, 10, 25), REGISTRY)
    kremlin = [c for c in claims if c.source_name == "Kremlin"]
    assert len(kremlin) == 50 and len({c.figures[0].value for c in kremlin}) == 50


def test_the_same_figure_repeated_by_the_same_source_is_one_claim():
    text = (
        "The White House said 1,000 North Korean troops were killed or wounded in Kursk last week. "
        "(Photo caption) The White House reported on Dec. 27 that 1,000 North Korean troops had been killed "
        "or wounded in Kursk."
    )
    (claim,) = extract(text, date(2024, 12, 29), REGISTRY)
    assert claim.source_name == "White House" and [f.value for f in claim.figures] == [1000]
