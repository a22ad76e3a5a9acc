"""Kinds read off the seventh blind batch's tune half, each written here for any war and language
(the sentences are ours, not the corpus's):

- a participle opening an aside between a speaker and its verb ("Peskov, asked by reporters about
  ..., said") may be as long as a relative clause; so may a restrictive relative with no comma
  before it ("lawmakers that attended the briefing, however, said");
- after "said", a name followed by a finite verb, or a nation's word, opens what was said and is no
  inverted speaker ("..., said Moscow and Pyongyang are free to", "said North Korean troops were");
- a verb of describing that names reports as something (not as credible) rejects them;
- a passive of verifying in a relative clause after a comma ("a number that could not be
  independently verified") is the outlet's caveat, not the speaker's non-answer;
- capitals in brackets right after a registry body stand for it later in the report ("(NRC)");
- a large place whose name is also a surname is no place after a given name ("Yevhen Romanov");
- quotation marks inside a group's words ('an unnamed Ukrainian "military source"') join them;
- Russian and Ukrainian particles ("же", "ж") between a body and its verb, bodies joined after the
  opening preposition ("В НАТО и США заявили"), a bare "у розвідці" after another country's
  intelligence was named (that body, not the language's own country's), and citizens counted;
- "a criminal case" is a legal act, not a judgement; with no speaker in the sentence, a participle
  after a comma is said by the subject that opens it ("X visited ..., saying ...");
- read off batch 8's tune half: a registry body right before "of (the)" speaks, not the body it
  belongs to ("Main Intelligence Directorate (HUR) of the Defence Ministry announced"); after "по
  словам" a title's chain ends on the person, not the country of the title ("президента России
  Владимира Путина").
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file

DAY = date(2024, 11, 20)


@pytest.fixture(scope="module")
def shipped():
    return load_registry_file()


def read(text, registry):
    return [(c.source_name, c.stance) for c in extract(text, DAY, registry)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Dmitry Peskov, asked by reporters on Friday about the arrival of North Korean soldiers in the "
            "Kursk region, said the Kremlin had nothing to add.",
            [("Kremlin", "does_not_deny")],
        ),
        (
            "South Korean lawmakers that attended the closed briefing, however, said 1,000 North Korean "
            "soldiers had been killed.",
            [("South Korean lawmakers", "asserts")],
        ),
        (
            "North Korean troops in Kursk are a matter for two sovereign states, said Moscow and Pyongyang "
            "are free to cooperate as they wish.",
            [],
        ),
        (
            "Yevhen Romanov, a Ukrainian officer, said North Korean troops were in Kursk.",
            [("Yevhen Romanov", "asserts")],
        ),
        (
            "North Korea's UN mission described the reports that its soldiers were fighting in Kursk as "
            '"a smear campaign".',
            [("North Korea", "denies")],
        ),
        (
            "The Pentagon described the reports that North Korean soldiers were fighting in Kursk as "
            "credible.",
            [("US Department of Defense", "asserts")],
        ),
        (
            "Kyiv said that 3,000 North Korean soldiers had been killed in Kursk, a number that could not be "
            "independently verified.",
            [("Ukrainian government", "asserts")],
        ),
        (
            "The Pentagon said the reports of North Korean soldiers in Kursk could not be confirmed.",
            [("US Department of Defense", "does_not_deny")],
        ),
        (
            'CNN, citing an unnamed Ukrainian "military source," reported that North Korean troops had '
            "reached Kursk.",
            [("Ukrainian officials (unnamed)", "asserts")],
        ),
        (
            "В Кремле же опровергли сообщения о том, что северокорейские военные находятся в Курской "
            "области.",
            [("Kremlin", "denies")],
        ),
        (
            "У Кремлі ж заперечили, що війська КНДР перебувають у Курській області.",
            [("Kremlin", "denies")],
        ),
        (
            "В НАТО и США заявили, что пока не могут подтвердить присутствие войск КНДР в Курской области.",
            [("NATO", "does_not_deny"), ("US government", "does_not_deny")],
        ),
        (
            "Zelensky visited troops near Kursk on Monday, saying 3,000 North Korean soldiers had been "
            "killed or wounded.",
            [("Volodymyr Zelensky", "asserts")],
        ),
        (
            "The SBU said it had opened a criminal case against the North Korean commanders.",
            [("SBU (Security Service of Ukraine)", "asserts")],
        ),
        (
            "Ukraine's Main Intelligence Directorate (HUR) of the Defence Ministry announced that North "
            "Korean soldiers had reached Kursk.",
            [("HUR (Ukrainian military intelligence)", "asserts")],
        ),
        (
            "По словам президента России Владимира Путина, северокорейские военные воевали в Курской "
            "области.",
            [("Kremlin", "asserts")],
        ),
        (
            "Про присутність військових КНДР у Курській області повідомило Корейське центральне "
            "інформаційне агентство.",
            [("North Korea", "asserts")],
        ),
    ],
)
def test_speaker_and_stance(shipped, text, expected):
    assert read(text, shipped) == expected


def test_a_judgement_word_still_makes_an_opinion_when_no_legal_noun_follows_it(shipped):
    assert read("The SBU said the conduct of the North Korean commanders was criminal.", shipped) == []


def test_capitals_in_brackets_after_a_body_stand_for_it_later(shipped):
    text = (
        "Ukraine's National Resistance Center (NRC) said North Korean troops had arrived in Kursk. "
        "The NRC later said 300 North Korean soldiers had been killed there."
    )
    assert [c.source_name for c in extract(text, DAY, shipped)] == [
        "National Resistance Center (Ukraine)"
    ] * 2


def test_a_surname_that_is_also_a_city_is_no_place_after_a_given_name(shipped):
    import json

    from claims.extraction.shipped import SHIPPED_FILE, registry_from_data
    from claims.registry.geonames import with_imported_places

    registry = registry_from_data(with_imported_places(json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))))
    claims = extract(
        "Yevhen Romanov, a Ukrainian officer, said North Korean troops were in Kursk.", DAY, registry
    )
    assert [p.text for p in claims[0].places] == ["Kursk"]
    claims = extract("Murmansk, the NIS said, hosts North Korean sailors.", DAY, registry)
    assert "Murmansk" in [p.text for p in claims[0].places]


def test_a_bare_intelligence_is_the_one_the_report_named_lately(shipped):
    cited = (
        "Yonhap, citing South Korea's National Intelligence Service, said North Korean soldiers were "
        "killed in Kursk. Як стверджують у розвідці, солдатів КНДР примушують накладати на себе руки."
    )
    assert [c.source_name for c in extract(cited, DAY, shipped)] == ["NIS (South Korea)"] * 2
    alone = "Як повідомили у розвідці, війська КНДР перебувають у Курській області."
    assert [c.source_name for c in extract(alone, DAY, shipped)] == ["HUR (Ukrainian military intelligence)"]


def test_citizens_are_counted_people(shipped):
    text = (
        "За даними NIS, у Курській області загинули 200 військових КНДР, а ще 1,5 тис. громадян КНДР "
        "дістали поранення."
    )
    (claim,) = extract(text, DAY, shipped)
    assert sorted((f.value, f.unit) for f in claim.figures) == [(200, "killed"), (1500, "wounded")]


def test_a_stance_with_nothing_of_its_own_takes_the_topic_of_what_was_just_told(shipped):
    text = (
        "Ukraine's military intelligence said North Korean troops had arrived in Kursk. "
        "В НАТО заявили, что пока не могут этого подтвердить."
    )
    claims = extract(text, DAY, shipped)
    assert [(c.source_name, c.stance) for c in claims][-1] == ("NATO", "does_not_deny")
    assert claims[-1].topic_keys == claims[0].topic_keys != []
