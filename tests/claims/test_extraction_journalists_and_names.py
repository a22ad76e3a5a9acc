"""People named again: a medium's journalist speaks for the medium ("BBC correspondent Frank
Gardner", "кореспондент BBC з питань безпеки Френк Гарднер"), and so does their surname later in
any case ("на думку Гарднера"); a person the registry does not know is the same person when named
again by surname ("По словам Пегова"); "за його словами" in the middle of a sentence is its own
speaker's, never the name after it; a referral ("нужно обращаться в Минобороны") answers nothing.
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file

DAY = date(2025, 1, 20)


@pytest.fixture(scope="module")
def shipped():
    return load_registry_file()


def sources(text, registry):
    return [(c.source_name, c.stance) for c in extract(text, DAY, registry)]


@pytest.mark.parametrize(
    "text",
    [
        "BBC security correspondent Frank Gardner said North Korea had sent 11,000 troops to Kursk. "
        "According to Gardner, the contingent cannot afford such losses without reinforcements.",
        "Кореспондент BBC з питань безпеки Френк Гарднер заявив, що КНДР направила до Курської області "
        "11 тисяч військових. На думку Гарднера, без підкріплення контингент не витримає таких втрат.",
        "Корреспондент BBC по вопросам безопасности Фрэнк Гарднер заявил, что КНДР отправила в Курскую "
        "область 11 тысяч военных. По словам Гарднера, без подкрепления контингент не выдержит таких потерь.",
    ],
)
def test_a_medium_speaks_through_its_journalist_and_their_surname(text, shipped):
    assert sources(text, shipped) == [("BBC", "asserts"), ("BBC", "asserts")]


def test_without_the_medium_the_journalist_speaks_for_themselves(shipped):
    # the same title, no medium: the person, not the BBC
    text = "Корреспондент Фрэнк Гарднер заявил, что КНДР отправила в Курскую область 11 тысяч военных."
    assert sources(text, shipped) == [("Фрэнк Гарднер", "asserts")]


@pytest.mark.parametrize(
    "text,person",
    [
        ("Военный корреспондент Семён Пегов заявил, что северокорейские саперы работают в Курской "
         "области. По словам Пегова, они прошли подготовку на российских полигонах.", "Семён Пегов"),
        ("War correspondent Semyon Pegov said North Korean sappers were clearing mines in Kursk. "
         "According to Pegov, they had trained at Russian ranges.", "Semyon Pegov"),
    ],
)  # fmt: skip
def test_a_person_the_registry_does_not_know_is_named_again_by_surname(text, person, shipped):
    assert sources(text, shipped) == [(person, "asserts"), (person, "asserts")]


def test_his_words_in_the_middle_of_a_sentence_are_its_speakers(shipped):
    text = (
        "Кореспондент BBC з питань безпеки Френк Гарднер називає це дуже високим показником, адже, "
        "за його словами, КНДР направила до Курської області близько 11 тисяч військовослужбовців."
    )
    claims = extract(text, DAY, shipped)
    assert [c.source_name for c in claims] == ["BBC"]
    assert [f.value for f in claims[0].figures] == [11000]


@pytest.mark.parametrize(
    "text",
    [
        "Песков не стал отвечать на вопрос о северокорейских военных в Курской области: по его словам, "
        "с этим вопросом нужно обращаться в Министерство обороны.",
        "Пєсков не відповів на питання про північнокорейських військових у Курській області: за його "
        "словами, з цим питанням треба звертатися до Міністерства оборони.",
    ],
)
def test_a_referral_to_another_body_is_a_non_answer(text, shipped):
    assert {stance for _name, stance in sources(text, shipped)} == {"does_not_deny"}


@pytest.mark.parametrize(
    "text,source",
    [
        ("Earlier the Ukrainian leader, citing intelligence, claimed North Korea had sent 1,000 officers "
         "to Donbas.", "Volodymyr Zelensky"),
        ("The Russian leader said North Korean troops had fought in the Kursk region.", "Kremlin"),
        ("Ранее украинский лидер, ссылаясь на разведданные, утверждал, что КНДР отправила в Донбасс "
         "1000 офицеров.", "Volodymyr Zelensky"),
        ("Російський лідер заявив, що КНДР відправила на Донбас 1000 офіцерів.", "Kremlin"),
    ],
)  # fmt: skip
def test_a_nations_leader_is_its_head_of_state_in_the_registry(text, source, shipped):
    assert [name for name, _stance in sources(text, shipped)] == [source]


def test_a_leader_of_a_country_with_no_head_in_the_registry_is_not_another_country(shipped):
    # North Korea has no head of state of its own in the registry: its leader is its government's
    text = "North Korean leader Kim Jong Un said his troops had fought in the Kursk region."
    assert [name for name, _stance in sources(text, shipped)] == ["North Korea"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "put X at N": any object, then "at" and a number
        ("Several Iranian sources put the transfer at around 400 ballistic missiles.", [400]),
        ("The Pentagon put the deployment at 10,000 troops.", [10000]),
    ],
)
def test_putting_anything_at_a_number_reports_it(text, expected, shipped):
    claims = extract(text, DAY, shipped)
    assert [f.value for c in claims for f in c.figures] == expected


def test_putting_pressure_at_talks_reports_nothing(shipped):
    assert extract("Budanov put pressure on Moscow at the talks in Istanbul in 2024.", DAY, shipped) == []


def test_its_ministry_is_the_last_speaking_governments(shipped):
    text = (
        "Russia said Ukrainian troops attacked the Kursk region. Earlier on Thursday, however, its defence "
        "ministry said Russian forces had blocked Ukrainian attempts to take other villages in Kursk."
    )
    assert [name for name, _stance in sources(text, shipped)] == [
        "Russian government",
        "Russian Ministry of Defence",
    ]


@pytest.mark.parametrize(
    "text,source",
    [
        ("Ukrainian officials believe the car was rigged. In their view, the car was there to block any "
         "Ukrainian advance on the dam.", "Ukrainian officials (unnamed)"),
        ("Budanov said North Korea sent 11,000 troops. In his view, the troops will be sent to Kursk.",
         "HUR (Ukrainian military intelligence)"),
    ],
)  # fmt: skip
def test_in_their_view_carries_the_last_speakers_words(text, source, shipped):
    assert sources(text, shipped) == [(source, "asserts"), (source, "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "Эксперты считают, что боевой вклад КНДР в Курской области постепенно снижается.",
        "Експерти вважають, що бойовий внесок КНДР у Курській області поступово зменшується.",
        "Experts believe North Korea's combat role in the Kursk region is shrinking.",
    ],
)
def test_experts_in_general_are_no_source_in_any_language(text, shipped):
    assert sources(text, shipped) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The BBC understands that North Korea sent 1,000 more troops to Kursk.", [("BBC", "asserts")]),
        (
            "The Pentagon identified the unit as North Korea's 11th Corps.",
            [("US Department of Defense", "asserts")],
        ),
        # without "as", an identification tells who was found, not what anyone says
        ("Police identified two suspects in the Kursk bombing.", []),
    ],
)
def test_understanding_that_and_identifying_as_put_a_claim_forward(text, expected, shipped):
    assert sources(text, shipped) == expected


@pytest.mark.parametrize("adverb", ["even", "repeatedly", "reportedly"])
def test_an_adverb_between_an_unknown_speaker_and_the_verb_keeps_the_speaker(adverb):
    text = f"Marat Khusnullin has {adverb} said that North Korean workers could rebuild towns in Ukraine."
    claims = extract(text, date(2024, 11, 1), load_registry_file())
    assert [c.source_name for c in claims] == ["Marat Khusnullin"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, Ihor Terekhov, confirmed that the strike hit a power substation.",
        "The city's mayor, Ihor Terekhov, said that the strike hit a power substation.",
        "Ihor Terekhov, the mayor, said that the strike hit a power substation.",
        "Mayor Ihor Terekhov said that the strike hit a power substation.",
    ],
)
def test_a_person_named_beside_a_title_between_commas_speaks(text):
    claims = extract(text, date(2024, 11, 1), load_registry_file())
    assert [c.source_name for c in claims] == ["Ihor Terekhov"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Ukrainian navy said a Russian landing ship was sunk.", "Ukrainian Armed Forces"),
        ("Ukraine's navy said a Russian landing ship was sunk.", "Ukrainian Armed Forces"),
        ("According to the Ukrainian navy, a Russian landing ship was sunk.", "Ukrainian Armed Forces"),
        ("The Russian navy said a Ukrainian drone boat was sunk.", "Russian Ministry of Defence"),
    ],
)
def test_a_branch_the_registry_does_not_name_speaks_for_the_nations_military(text, source):
    claims = extract(text, date(2024, 11, 1), load_registry_file())
    assert [c.source_name for c in claims] == [source]


def test_a_border_guard_is_not_taken_for_the_military():
    text = "The Ukrainian border guard said 20 North Korean soldiers were seen."
    claims = extract(text, date(2024, 11, 1), load_registry_file())
    assert "Ukrainian Armed Forces" not in [c.source_name for c in claims]


@pytest.mark.parametrize(
    "text, source, stance",
    [
        ("The Ukrainian side denied the report.", "Ukrainian government", "denies"),
        ("Украинская сторона эту информацию опровергла.", "Ukrainian government", "denies"),
        ("Российская сторона заявила, что удар нанесен по военным.", "Russian government", "asserts"),
        ("Українська сторона заявила, що удар завдано по військових.", "Ukrainian government", "asserts"),
    ],
)
def test_a_nations_side_is_its_government(text, source, stance):
    claims = extract(text, date(2024, 11, 1), load_registry_file())
    assert [(c.source_name, c.stance) for c in claims] == [(source, stance)]
