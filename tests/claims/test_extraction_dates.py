"""Time phrases resolved against the publication date: start, end and precision."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.dates import anchor_from_text, find_times, resolve_relative
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


# ---------------------------------------------------------------------------------------------
# Each kind of phrase in each language, against a Friday publication date (2024-10-25).

WEEK_BEFORE = (date(2024, 10, 14), date(2024, 10, 20), "week")
THIS_WEEK = (date(2024, 10, 21), date(2024, 10, 27), "week")
WEDNESDAY = (date(2024, 10, 23), date(2024, 10, 23), "day")
LAST_FRIDAY = (date(2024, 10, 18), date(2024, 10, 18), "day")
THURSDAY = (date(2024, 10, 24), date(2024, 10, 24), "day")
PAST_WEEKEND = (date(2024, 10, 19), date(2024, 10, 20), "range")
EARLY_SEPTEMBER = (date(2024, 9, 1), date(2024, 9, 10), "range")
LATE_DECEMBER_2023 = (date(2023, 12, 21), date(2023, 12, 31), "range")
OCTOBER_21 = (date(2024, 10, 21), date(2024, 10, 21), "day")
DECEMBER_2_2023 = (date(2023, 12, 2), date(2023, 12, 2), "day")
OCT_5_TO_7 = (date(2024, 10, 5), date(2024, 10, 7), "range")


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        # a day and its month, with or without a year
        ("en", "Convoys were spotted on October 21 near the border.", OCTOBER_21),
        ("en", "Convoys were spotted on 21st October near the border.", OCTOBER_21),
        ("ru", "Колонны заметили 21 октября у границы.", OCTOBER_21),
        ("uk", "Колони помітили 21 жовтня 2024 року біля кордону.", OCTOBER_21),
        ("ru", "Об этом стало известно 2 декабря.", DECEMBER_2_2023),
        ("uk", "Про це стало відомо 2 грудня.", DECEMBER_2_2023),
        # a range of days within one month
        ("en", "Drills ran from Oct. 5-7 in the region.", OCT_5_TO_7),
        ("en", "Drills ran October 5 to 7 in the region.", OCT_5_TO_7),
        ("ru", "Учения шли с 5 по 7 октября.", OCT_5_TO_7),
        ("uk", "Навчання тривали з 5 по 7 жовтня.", OCT_5_TO_7),
        ("ru", "Учения шли 5-7 октября.", OCT_5_TO_7),
        # a part of a month
        ("en", "The units moved in early September.", EARLY_SEPTEMBER),
        ("ru", "Подразделения перебросили в начале сентября.", EARLY_SEPTEMBER),
        ("uk", "Підрозділи перекинули на початку вересня.", EARLY_SEPTEMBER),
        ("en", "The units moved in late December.", LATE_DECEMBER_2023),
        ("ru", "Подразделения перебросили в конце декабря.", LATE_DECEMBER_2023),
        ("uk", "Підрозділи перекинули наприкінці грудня.", LATE_DECEMBER_2023),
        # a weekday: the last one on or before the publication date
        ("en", "The drone struck on Wednesday.", WEDNESDAY),
        ("ru", "Беспилотник ударил в среду.", WEDNESDAY),
        ("uk", "Безпілотник ударив у середу.", WEDNESDAY),
        # a weekday of the previous week
        ("en", "The drone struck last Friday.", LAST_FRIDAY),
        ("ru", "Беспилотник ударил в прошлую пятницу.", LAST_FRIDAY),
        ("uk", "Безпілотник ударив минулої п'ятниці.", LAST_FRIDAY),
        ("uk", "Безпілотник ударив минулої п’ятниці.", LAST_FRIDAY),
        # relative days
        ("en", "The drone struck yesterday.", THURSDAY),
        ("ru", "Беспилотник ударил вчера.", THURSDAY),
        ("uk", "Безпілотник ударив учора.", THURSDAY),
        ("uk", "Безпілотник ударив вчора.", THURSDAY),
        ("ru", "Беспилотник ударил позавчера.", WEDNESDAY),
        # relative weeks and weekends
        ("en", "Reinforcements arrived last week.", WEEK_BEFORE),
        ("ru", "Подкрепление прибыло на прошлой неделе.", WEEK_BEFORE),
        ("uk", "Підкріплення прибуло на минулому тижні.", WEEK_BEFORE),
        ("uk", "Підкріплення прибуло минулого тижня.", WEEK_BEFORE),
        ("ru", "Подкрепление прибывает на этой неделе.", THIS_WEEK),
        ("en", "Reinforcements arrived over the weekend.", PAST_WEEKEND),
        ("ru", "Подкрепление прибыло на выходных.", PAST_WEEKEND),
        ("uk", "Підкріплення прибуло на вихідних.", PAST_WEEKEND),
        # a part of a month still to come this year
        (
            "ru",
            "Подразделения перебросили в начале ноября.",
            (date(2024, 11, 1), date(2024, 11, 10), "range"),
        ),
    ],
)
def test_each_kind_of_phrase_in_each_language(lang, sentence, expected):
    times = find_times(sentence, FRIDAY, lang=lang)
    assert times, f"no time phrase in {sentence!r}"
    assert (times[0].start, times[0].end, times[0].precision) == expected


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("en", "Officials said reinforcements would arrive on Sunday.", date(2024, 10, 27)),
        ("ru", "Подкрепление будет отправлено в воскресенье.", date(2024, 10, 27)),
        ("uk", "Підкріплення буде відправлено в неділю.", date(2024, 10, 27)),
        ("ru", "Министр планирует посетить регион в понедельник.", date(2024, 10, 28)),
        ("en", "Officials said reinforcements arrived on Sunday.", date(2024, 10, 20)),
        ("uk", "Підкріплення прибуло в неділю.", date(2024, 10, 20)),
    ],
)
def test_a_sentence_about_the_future_takes_the_next_weekday(lang, sentence, expected):
    (t,) = find_times(sentence, FRIDAY, lang=lang)
    assert t.start == expected


@pytest.mark.parametrize(
    "sentence, start, end, precision",
    [
        ("Fighting intensified earlier this month.", date(2024, 10, 1), date(2024, 10, 25), "range"),
        ("Fighting intensified late last month.", date(2024, 9, 21), date(2024, 9, 30), "range"),
        ("Fighting intensified over the past three days.", date(2024, 10, 22), date(2024, 10, 25), "range"),
        ("Fighting intensified last year.", date(2023, 1, 1), date(2023, 12, 31), "range"),
        ("Fighting may resume this weekend.", date(2024, 10, 26), date(2024, 10, 27), "range"),
        ("Fighting intensified from mid to late September.", date(2024, 9, 11), date(2024, 9, 30), "range"),
        (
            "Fighting intensified between Monday and Wednesday.",
            date(2024, 10, 21),
            date(2024, 10, 23),
            "range",
        ),
        ("Fighting intensified three weeks ago.", date(2024, 9, 30), date(2024, 10, 6), "week"),
        ("Fighting intensified on 2024-10-23.", date(2024, 10, 23), date(2024, 10, 23), "day"),
        ("Fighting intensified in 2023.", date(2023, 1, 1), date(2023, 12, 31), "range"),
    ],
)
def test_more_english_phrases(sentence, start, end, precision):
    assert first(sentence) == (start, end, precision)


@pytest.mark.parametrize(
    "lang, sentence, start, end",
    [
        ("ru", "Бои усилились в прошлом месяце.", date(2024, 9, 1), date(2024, 9, 30)),
        ("uk", "Бої посилилися цього року.", date(2024, 1, 1), date(2024, 12, 31)),
        ("ru", "Бои шли в 2023 году.", date(2023, 1, 1), date(2023, 12, 31)),
        ("uk", "Бої тривали у 2023 році.", date(2023, 1, 1), date(2023, 12, 31)),
        ("ru", "Бои усилились три дня назад.", date(2024, 10, 22), date(2024, 10, 22)),
        ("ru", "Бои шли в октябре.", date(2024, 10, 1), date(2024, 10, 31)),
        ("uk", "Бої тривали у вересні.", date(2024, 9, 1), date(2024, 9, 30)),
        ("ru", "Бои шли в середине сентября.", date(2024, 9, 11), date(2024, 9, 20)),
        ("ru", "Бои шли осенью 2023 года.", date(2023, 9, 1), date(2023, 11, 30)),
    ],
)
def test_more_russian_and_ukrainian_phrases(lang, sentence, start, end):
    t = find_times(sentence, FRIDAY, lang=lang)[0]
    assert (t.start, t.end) == (start, end)


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("en", "The committee may review 3,000 applications."),
        ("en", "Officials marched past the building."),
        ("ru", "Эксперты в среде военных не согласны."),
        ("uk", "Бій був лютий і довгий."),
        ("ru", "В ходе боев погибли 12 человек."),
        ("uk", "Загинули 12 людей, ще 5 поранені."),
    ],
)
def test_sentences_without_a_time(lang, sentence):
    assert find_times(sentence, FRIDAY, lang=lang) == []


def test_the_older_cyrillic_keyword_still_means_russian():
    assert first_cyr("Подкрепление прибыло на прошлой неделе.") == WEEK_BEFORE


def test_the_day_before_in_russian_is_relative_to_the_other_day():
    (t,) = find_times("Накануне военные покинули позиции.", FRIDAY, lang="ru")
    assert t.relative_to_other and t.start == date(2024, 10, 24)


def test_without_a_publication_date_named_days_take_the_year_reference():
    (t,) = find_times("Колони помітили 21 жовтня.", None, date(2024, 11, 2), lang="uk")
    assert t.start == date(2024, 10, 21)
    assert find_times("Колони помітили вчора.", None, date(2024, 11, 2), lang="uk") == []


def test_an_undated_russian_report_takes_its_anchor_from_its_own_dates():
    assert anchor_from_text("Войска прибыли в октябре 2024 года, а 9 января их стало больше.") == date(
        2024, 10, 15
    )


def first_cyr(text):
    t = find_times(text, FRIDAY, cyrillic=True)[0]
    return t.start, t.end, t.precision


@pytest.mark.parametrize(
    "text, lang",
    [
        ("a few days ago", "en"),
        ("several days ago", "en"),
        ("несколько дней назад", "ru"),
        ("кілька днів тому", "uk"),
    ],
)
def test_a_count_without_a_number_gives_a_stretch_not_a_day(text, lang):
    t = find_times(text, FRIDAY, lang=lang)[0]
    assert t.precision == "range"
    assert t.start < date(2024, 10, 23) and t.end == date(2024, 10, 23)


def event_days(text, registry_file=None):
    registry = load_registry_file()
    return [(c.source_name, c.event_start) for c in extract(text, FRIDAY, registry)]


def test_a_claim_of_the_event_without_a_day_of_its_own_happened_on_the_scenes_day():
    text = (
        "North Korean soldiers were captured near Sudzha on Wednesday in a Ukrainian assault. "
        "The SBU said the two North Korean soldiers were wounded and are being questioned."
    )
    assert ("SBU (Security Service of Ukraine)", date(2024, 10, 23)) in event_days(text)


def test_the_day_someone_spoke_or_a_stretch_begins_is_no_scene():
    spoke = (
        "The NIS said on Wednesday that North Korean units had been moved to the front. "
        "The SBU said two North Korean soldiers were captured."
    )
    stretch = (
        "North Korean soldiers have been fighting near Sudzha since October 21. "
        "The SBU said two North Korean soldiers were captured."
    )
    assert ("SBU (Security Service of Ukraine)", None) in event_days(spoke)
    assert ("SBU (Security Service of Ukraine)", None) in event_days(stretch)


def test_a_sentence_with_its_own_time_does_not_take_the_scenes_day():
    text = (
        "North Korean soldiers were captured near Sudzha on Wednesday in a Ukrainian assault. "
        "The SBU said two more North Korean soldiers were captured last week."
    )
    days = dict(event_days(text))
    assert days["SBU (Security Service of Ukraine)"] != date(2024, 10, 23)


def test_a_report_opening_on_another_event_takes_its_scene_day_from_the_sentence_on_the_topic():
    text = (
        "A drone attack on Kharkiv killed three people on Tuesday, the mayor said. "
        "North Korean soldiers were captured near Sudzha on Wednesday in a Ukrainian assault. "
        "The SBU said the two North Korean soldiers were wounded and are being questioned."
    )
    assert ("SBU (Security Service of Ukraine)", date(2024, 10, 23)) in event_days(text)


def test_ukrainian_among_is_no_wednesday():
    assert find_times("Серед поранених є двоє дітей.", FRIDAY, lang="uk") == []
    assert first_cyr_lang("Удар завдали у середу.", "uk")[0] == date(2024, 10, 23)


def first_cyr_lang(text, lang):
    t = find_times(text, FRIDAY, lang=lang)[0]
    return t.start, t.end, t.precision


def test_a_day_inside_what_was_said_sets_the_scene():
    text = (
        "Moscow claimed that the Wednesday night drone strike near Sudzha had hit North Korean soldiers. "
        "The SBU said two North Korean soldiers were wounded and are being questioned."
    )
    assert ("SBU (Security Service of Ukraine)", date(2024, 10, 23)) in event_days(text)


def test_the_day_before_a_statement_day_sets_the_scene():
    text = (
        "Citing military sources on Friday, the SBU said North Korean soldiers were killed near Sudzha "
        "in a drone strike the previous day. "
        "The HUR said three other North Korean soldiers were wounded."
    )
    assert ("HUR (Ukrainian military intelligence)", date(2024, 10, 24)) in event_days(text)


def test_what_a_claim_on_the_scenes_topic_says_of_it_belongs_to_the_scenes_day():
    text = (
        "North Korean soldiers were captured near Sudzha on Wednesday in a Ukrainian assault. "
        "The SBU said North Korean soldiers are poorly prepared for modern warfare."
    )
    assert ("SBU (Security Service of Ukraine)", date(2024, 10, 23)) in event_days(text)


def test_a_day_weeks_before_publication_is_background_not_the_scene():
    """A report published on Friday 25 October recalls an event of 2 October: its claims in later
    paragraphs are not pinned to that day; the same event three days back still sets the scene."""
    old = (
        "North Korean soldiers were captured near Sudzha on October 2 in a Ukrainian assault.\n\n"
        "The SBU said North Korean soldiers are poorly prepared for modern warfare."
    )
    recent = old.replace("October 2", "October 22")
    assert ("SBU (Security Service of Ukraine)", None) in event_days(old)
    assert ("SBU (Security Service of Ukraine)", date(2024, 10, 22)) in event_days(recent)


def test_the_day_of_a_phrasal_reporting_verb_is_no_scene():
    text = (
        "The Kremlin on Wednesday brushed aside reports that North Korean soldiers were captured "
        "near Sudzha. "
        "The SBU said North Korean soldiers are poorly prepared for modern warfare."
    )
    assert ("SBU (Security Service of Ukraine)", None) in event_days(text)


def test_a_possessive_day_names_the_day_of_the_event_after_it():
    assert first("Saturday's strike hit a fuel depot.")[:2] == (date(2024, 10, 19), date(2024, 10, 19))
    text = (
        "Officials described Wednesday's attack on Sudzha, in which North Korean soldiers were captured. "
        "The SBU said two North Korean soldiers were wounded."
    )
    assert ("SBU (Security Service of Ukraine)", date(2024, 10, 23)) in event_days(text)


@pytest.mark.parametrize(
    "scene",
    [
        "Ukrainian artillery pounded North Korean troops near Sudzha on Wednesday.",
        "Drones bombarded a North Korean unit near Sudzha on Wednesday.",
        "A lorry carrying North Korean soldiers crashed near Sudzha on Wednesday.",
        "North Korean troops were ambushed near Sudzha on Wednesday.",
        "A shell exploded among North Korean soldiers near Sudzha on Wednesday.",
    ],
)
def test_a_scene_named_by_any_verb_of_attack_sets_the_day_of_the_claims_after_it(scene):
    text = scene + " The SBU said two North Korean soldiers were wounded and are being questioned."
    assert ("SBU (Security Service of Ukraine)", date(2024, 10, 23)) in event_days(text)


@pytest.mark.parametrize(
    "phrase, day",
    [
        ("early this morning", date(2024, 10, 25)),
        ("late last night", date(2024, 10, 24)),
        ("over the past day", date(2024, 10, 24)),
    ],
)
def test_parts_of_the_report_s_day_and_night(phrase, day):
    assert first(f"Drones struck the depot {phrase}.") == (day, day, "day")


def test_the_previous_evening_counts_from_the_other_day_in_the_sentence():
    times = find_times("On Tuesday the port said drones struck the depot the previous evening.", FRIDAY)
    assert [t.start for t in resolve_relative(times, set())] == [date(2024, 10, 22), date(2024, 10, 21)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a future word in another part of the sentence leaves a past day past
        ("The toll from Tuesday's shelling of Izium could rise, officials said.", date(2024, 10, 22)),
        ("The shelling on Tuesday killed 12 people and the toll may rise.", date(2024, 10, 22)),
        ("A tanker was set ablaze on Tuesday off Hodeidah.", date(2024, 10, 22)),
        # a future word before the day, or after a day that opens the sentence, looks ahead
        ("Officials said the convoy would leave Izium on Sunday.", date(2024, 10, 27)),
        ("On Sunday, the convoy will leave Izium.", date(2024, 10, 27)),
        ("Talks are set to begin in Istanbul on Monday.", date(2024, 10, 28)),
    ],
)
def test_a_weekday_looks_ahead_only_with_a_future_word_of_its_own_clause(sentence, expected):
    (t,) = find_times(sentence, FRIDAY)
    assert t.start == expected
