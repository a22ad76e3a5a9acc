"""Time phrases resolved against the publication date: start, end and precision."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.dates import anchor_from_text, find_times
from claims.extraction.shipped import load_registry_file

FRIDAY = date(2024, 10, 25)  # a Friday


def first(text, ref=FRIDAY):
    times = find_times(text, ref)
    assert times, f"no time phrase found in {text!r}"
    t = times[0]
    return t.start, t.end, t.precision


@pytest.mark.parametrize(
    "phrase, start, end, precision",
    [
        ("on Wednesday", date(2024, 10, 23), date(2024, 10, 23), "day"),
        ("on Friday", date(2024, 10, 25), date(2024, 10, 25), "day"),
        ("last week", date(2024, 10, 14), date(2024, 10, 20), "week"),
        ("early August", date(2024, 8, 1), date(2024, 8, 10), "range"),
        ("mid-October", date(2024, 10, 11), date(2024, 10, 20), "range"),
        ("late September", date(2024, 9, 21), date(2024, 9, 30), "range"),
        ("between Oct. 8-13", date(2024, 10, 8), date(2024, 10, 13), "range"),
        ("on November 1", date(2024, 11, 1), date(2024, 11, 1), "day"),
        ("on December 20", date(2023, 12, 20), date(2023, 12, 20), "day"),
        ("on October 1", date(2024, 10, 1), date(2024, 10, 1), "day"),
        ("on 9 January 2025", date(2025, 1, 9), date(2025, 1, 9), "day"),
        ("in October", date(2024, 10, 1), date(2024, 10, 31), "month"),
        ("last month", date(2024, 9, 1), date(2024, 9, 30), "month"),
        ("yesterday", date(2024, 10, 24), date(2024, 10, 24), "day"),
        ("two days ago", date(2024, 10, 23), date(2024, 10, 23), "day"),
        ("the day before", date(2024, 10, 24), date(2024, 10, 24), "day"),
        ("over the weekend", date(2024, 10, 19), date(2024, 10, 20), "range"),
        ("in the autumn of 2024", date(2024, 9, 1), date(2024, 11, 30), "range"),
    ],
)
def test_each_time_phrase_resolves_against_the_publication_date(phrase, start, end, precision):
    assert first(f"Soldiers arrived {phrase} near the border.") == (start, end, precision)


def test_a_weekday_in_a_sentence_about_the_future_is_the_next_one():
    assert first("Troops will be sent to the front on Sunday.") == (
        date(2024, 10, 27),
        date(2024, 10, 27),
        "day",
    )


def test_this_weekend_in_a_forecast_is_the_coming_weekend():
    start, end, _ = first("Troops may reach combat zones as soon as this weekend.")
    assert (start, end) == (date(2024, 10, 26), date(2024, 10, 27))


def test_between_sunday_and_monday_in_a_forecast_is_a_two_day_range():
    assert first("Troops could be sent to the front between Sunday and Monday.") == (
        date(2024, 10, 27),
        date(2024, 10, 28),
        "range",
    )


def test_the_day_before_counts_from_the_other_day_in_the_sentence(registry):
    text = (
        "The Kyiv Post, citing HUR on Friday, said six North Korean officers died in a strike the day before."
    )
    (claim,) = extract(text, date(2024, 10, 7), registry)
    assert (claim.event_start, claim.date_precision) == (date(2024, 10, 3), "day")


def test_the_day_a_statement_was_made_is_not_the_event_date(registry):
    text = "The SBU said on Monday that North Korean soldiers had reached the Kursk region."
    (claim,) = extract(text, date(2024, 10, 30), registry)
    assert claim.event_start is None


def test_the_event_date_is_the_one_the_event_happened_on(registry):
    text = "On Sunday, the NIS confirmed that Ukraine had captured two North Korean soldiers on January 9."
    (claim,) = extract(text, date(2025, 1, 13), registry)
    assert (claim.event_start, claim.event_end, claim.date_precision) == (
        date(2025, 1, 9),
        date(2025, 1, 9),
        "day",
    )


def test_relative_days_need_a_publication_date():
    assert find_times("They arrived on Wednesday and yesterday.", None) == []


def test_an_undated_report_takes_the_year_of_named_dates_from_its_own_text(registry):
    text = (
        "Kyiv first reported the deployment in October 2024. "
        "According to the SBU, one North Korean soldier was captured on Jan. 9 in the Kursk region."
    )
    assert anchor_from_text(text) == date(2024, 10, 15)
    claim = next(c for c in extract(text, None, registry) if "Jan. 9" in c.sentence)
    assert claim.event_start == date(2025, 1, 9)


def test_years_and_numbers_that_look_like_days_are_not_misread():
    assert find_times("They say 3,000 troops may march on.", FRIDAY) == []


def test_russian_and_ukrainian_time_phrases():
    assert first("на прошлой неделе военные прибыли") == (date(2024, 10, 14), date(2024, 10, 20), "week")
    assert first("станом на середину січня") == (date(2024, 1, 11), date(2024, 1, 20), "range")
    assert first("9 січня військових захопили", date(2025, 1, 13))[0] == date(2025, 1, 9)


@pytest.fixture(scope="module")
def registry():
    return load_registry_file()
