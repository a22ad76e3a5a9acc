"""Topics: a claim belongs to a topic when its sentence, or the account it continues, names a topic term."""

from datetime import date

import pytest

from claims.extraction import Registry, SourceEntry, TopicEntry, extract
from claims.extraction.shipped import load_registry_file


@pytest.fixture(scope="module")
def registry():
    return load_registry_file()


def topic_names(text, registry):
    names = {t.key: t.name for t in registry.topics}
    return [[names[k] for k in c.topic_keys] for c in extract(text, date(2024, 12, 20), registry)]


def test_a_claim_naming_a_topic_term_is_tagged(registry):
    text = "The NIS said North Korean soldiers had been deployed to the Kursk region."
    assert topic_names(text, registry) == [["North Korean troops in Russia"]]


def test_a_claim_about_another_subject_of_the_same_war_has_no_topic(registry):
    text = (
        "Governor Vasily Anokhin said a Ukrainian drone had set an oil depot on fire in the Smolensk region."
    )
    assert topic_names(text, registry) == [[]]


def test_a_claim_that_continues_an_account_keeps_its_topic(registry):
    text = (
        "Zelensky said North Korean troops were being sent into assaults with little protection. "
        "He said they were executed by their own side when they tried to surrender."
    )
    assert topic_names(text, registry) == [["North Korean troops in Russia"]] * 2


def test_a_different_speaker_after_a_topic_sentence_does_not_inherit_it(registry):
    text = (
        "Zelensky said North Korean troops were being sent into assaults. "
        "The Russian Defence Ministry said its forces had retaken two villages near Sudzha."
    )
    assert topic_names(text, registry) == [["North Korean troops in Russia"], []]


@pytest.mark.parametrize(
    "term_text",
    [
        "The Kremlin said the DPRK soldiers were not in Kursk.",
        "The Kremlin said Pyongyang had sent no soldiers.",
        "Песков заявил, что военных КНДР нет в Курской области.",
        "ГУР повідомило, що північнокорейські військові загинули.",
    ],
)
def test_topic_terms_match_in_any_language(term_text, registry):
    assert topic_names(term_text, registry) == [["North Korean troops in Russia"]]


def test_topics_come_from_the_registry_not_from_the_code():
    registry = Registry(
        sources=(SourceEntry(key="1", name="Ministry of Ports", aliases=("port ministry",)),),
        topics=(TopicEntry(key="t", name="Grain corridor", terms=("grain", "зерно")),),
    )
    claims = extract(
        "The Ministry of Ports said grain ships left Odesa on Monday.", date(2024, 12, 2), registry
    )
    assert [c.topic_keys for c in claims] == [["t"]]


def test_a_reaction_to_the_reports_just_mentioned_belongs_to_their_topic(registry):
    text = (
        "HUR said 30 North Korean soldiers were killed near Sudzha. "
        "Peskov referred questions about the claims to the Defence Ministry."
    )
    assert topic_names(text, registry)[-1] == ["North Korean troops in Russia"]


def test_a_count_right_after_a_sentence_on_the_reports_topic_is_about_it_whoever_speaks(registry):
    text = (
        "North Korean units were moved to the front near Sudzha last week, the NIS said. "
        "A Ukrainian commander said 40 of them were wounded in the first assault. "
        "Seoul says more North Korean soldiers may follow."
    )
    assert topic_names(text, registry)[1] == ["North Korean troops in Russia"]


def test_a_sentence_that_turns_to_another_subject_does_not_take_the_topic_before_it(registry):
    text = (
        "North Korean units were moved to the front near Sudzha last week, the NIS said. "
        "Meanwhile, Ukraine's air force said it shot down 30 drones over the Odesa region. "
        "Seoul says more North Korean soldiers may follow."
    )
    assert topic_names(text, registry)[1] == []


def test_a_topic_named_once_is_not_the_scene_of_the_next_speakers_count(registry):
    text = (
        "The NIS said North Korean units were moved to the front near Sudzha. "
        "Governor Vasily Anokhin said 12 drones were shot down over the Smolensk region."
    )
    assert topic_names(text, registry) == [["North Korean troops in Russia"], []]


def test_a_russian_claim_about_the_prisoners_already_named_is_on_their_topic(registry):
    text = (
        "Двое военных КНДР попали в плен под Курском, сообщил Зеленский. "
        "Военные КНДР ранены, добавил он. "
        "В СБУ сообщили, что пленные не говорят по-русски."
    )
    claims = extract(text, date(2025, 1, 12), registry)
    assert claims[-1].source_name == "SBU (Security Service of Ukraine)"
    assert claims[-1].topic_keys


def test_such_statements_refer_back_to_the_topic_of_the_sentence_before(registry):
    text = (
        "Зеленский заявил, что 3000 военных КНДР воюют под Курском. "
        "В Пентагоне сказали, что не имеют подтверждения таким высказываниям."
    )
    claims = extract(text, date(2024, 11, 5), registry)
    assert [c.source_name for c in claims] == ["Volodymyr Zelensky", "US Department of Defense"]
    assert claims[1].topic_keys


def test_the_opening_count_is_on_the_one_topic_the_report_comes_back_to(registry):
    text = (
        "Around 40 soldiers were killed in the assault near Sudzha, Zelensky said.\n\n"
        "North Korean units led the assault. The North Korean troops had arrived there in November."
    )
    claims = extract(text, date(2025, 1, 12), registry)
    assert claims[0].source_name == "Volodymyr Zelensky"
    assert claims[0].topic_keys


def test_a_headline_does_not_take_the_topic_the_report_comes_back_to(registry):
    text = (
        "Around 40 soldiers killed in the assault near Sudzha, Zelensky says\n\n"
        "North Korean units led the assault. The North Korean troops had arrived there in November."
    )
    claims = extract(text, date(2025, 1, 12), registry)
    assert [c.topic_keys for c in claims if c.source_name == "Volodymyr Zelensky"] == [[]]


def test_a_russian_claim_naming_no_people_of_the_report_stays_off_its_topic(registry):
    text = (
        "Двое военных КНДР попали в плен под Курском, сообщил Зеленский. "
        "Военные КНДР ранены, добавил он. "
        "В Пентагоне сказали, что их оценка расходится с украинской."
    )
    claims = extract(text, date(2025, 1, 12), registry)
    assert claims[-1].source_name == "US Department of Defense"
    assert claims[-1].topic_keys == []
