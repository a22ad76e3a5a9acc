"""Who says what: attribution forms, aliases, anonymous and unknown speakers, continuation, relays.

Pure function calls on short texts written for these tests, with the shipped registry.
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file

DAY = date(2024, 10, 25)


@pytest.fixture(scope="module")
def registry():
    return load_registry_file()


def claims_of(text, registry, published=DAY):
    return extract(text, published, registry)


def sources_of(text, registry, published=DAY):
    return [c.source_name for c in claims_of(text, registry, published)]


@pytest.mark.parametrize(
    "text, source",
    [
        ("According to the Pentagon, 3,000 North Korean soldiers are in eastern Russia.",
        "US Department of Defense"),
        ("The NIS said North Korea had sent about 1,500 special forces to Vladivostok.", "NIS (South Korea)"),
        ("Budanov told reporters that North Korean units were moving towards the border.",
        "HUR (Ukrainian military intelligence)"),
        ("The SBU reported that North Korean officers had arrived in Kursk.",
        "SBU (Security Service of Ukraine)"),
        ("Zelensky warned that Russia could send North Korean troops to the front soon.",
        "Volodymyr Zelensky"),
        ("The White House estimated that 10,000 North Korean soldiers were training in Russia.",
        "White House"),
        ("HUR claimed that North Korean soldiers had deserted near the Kursk region.",
        "HUR (Ukrainian military intelligence)"),
        ('"They are already in Kursk," said Andriy Kovalenko about the North Korean troops.',
        "Center for Countering Disinformation (Ukraine)"),
        ("North Korean units have reached the Kursk region, the GUR said on its Telegram channel.",
        "HUR (Ukrainian military intelligence)"),
        ("The troop figures were confirmed by the Pentagon during a briefing about North Korean soldiers.",
        "US Department of Defense"),
        ("Seoul: North Korea has moved 3,000 more soldiers to Russia by sea.", "South Korean government"),
    ],
)  # fmt: skip
def test_each_attribution_form_finds_its_speaker(text, source, registry):
    assert sources_of(text, registry) == [source]


@pytest.mark.parametrize(
    "alias",
    ["HUR", "GUR", "Defence Intelligence of Ukraine", "Budanov's agency", "Ukraine's military intelligence"],
)
def test_aliases_of_ukrainian_military_intelligence_resolve_to_one_source(alias, registry):
    text = f"{alias} said that North Korean soldiers were training near Ussuriysk."
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == ["HUR (Ukrainian military intelligence)"]
    assert claims[0].source_key is not None


@pytest.mark.parametrize("alias", ["The Pentagon", "The US Department of Defense", "Lloyd Austin"])
def test_aliases_of_the_pentagon_resolve_to_one_source(alias, registry):
    assert sources_of(f"{alias} said North Korean troops were in Russia.", registry) == [
        "US Department of Defense"
    ]


def test_a_speaker_with_a_long_title_is_still_the_speaker(registry):
    text = (
        "Kremlin spokesman Dmitry Peskov, asked about the North Korean soldiers, "
        "told reporters it was a bilateral matter."
    )
    assert sources_of(text, registry) == ["Kremlin"]


def test_an_unknown_named_speaker_becomes_a_new_source(registry):
    text = "The Baltic Defence Review reported that 400 North Korean engineers were working in Donetsk."
    claims = claims_of(text, registry)
    assert [(c.source_name, c.source_key) for c in claims] == [("Baltic Defence Review", None)]
    assert claims[0].source_kind == "media"


def test_anonymous_officials_get_a_clean_group_name(registry):
    text = "A senior U.S. official said North Korean troops had suffered several hundred casualties in Kursk."
    claims = claims_of(text, registry)
    assert [(c.source_name, c.source_key, c.source_kind) for c in claims] == [
        ("US officials (unnamed)", None, "anonymous")
    ]


def test_officials_of_several_countries_each_get_the_claim(registry):
    text = "U.S. and Ukrainian officials say North Korean troops have taken heavy losses in the Kursk region."
    assert sorted(sources_of(text, registry)) == ["US officials (unnamed)", "Ukrainian officials (unnamed)"]


def test_estimates_of_several_governments_give_each_government_the_claim(registry):
    text = (
        "U.S., Ukrainian and South Korean intelligence estimates put North Korean troops in Russia at 11,000."
    )
    assert sorted(sources_of(text, registry)) == [
        "South Korean government",
        "US government",
        "Ukrainian government",
    ]


def test_two_sources_in_one_sentence_each_get_the_claim_and_the_confirmation_is_recorded(registry):
    text = "The U.S. confirmed reports from Seoul that 3,000 North Korean soldiers were sent to Russia."
    claims = {c.source_name: c for c in claims_of(text, registry)}
    assert set(claims) == {"US government", "South Korean government"}
    assert claims["US government"].stance == "confirms"
    assert claims["US government"].cited_source_name == "South Korean government"
    assert claims["South Korean government"].stance == "asserts"


def test_a_speaker_citing_another_keeps_the_claim_and_records_whom_it_cites(registry):
    text = "Zelensky said, citing the SBU, that North Korean soldiers could reach the front by Sunday."
    claims = claims_of(text, registry)
    assert [(c.source_name, c.cited_source_name) for c in claims] == [
        ("Volodymyr Zelensky", "SBU (Security Service of Ukraine)")
    ]


def test_a_medium_citing_a_source_passes_the_claim_to_that_source(registry):
    text = "Yonhap reported, citing the NIS, that North Korean soldiers were told to avoid capture."
    assert sources_of(text, registry) == ["NIS (South Korea)"]


def test_a_news_agency_relaying_a_speaker_is_not_the_source(registry):
    text = "According to TASS, Putin thanked North Korea for sending soldiers to the Kursk region."
    assert sources_of(text, registry) == ["Kremlin"]


def test_sources_in_a_capital_are_anonymous_officials_of_that_country(registry):
    # the guidelines name anonymous sources of a country as its officials (unnamed)
    text = "Sources in Kyiv told the newspaper that North Korean troops were moving towards Sudzha."
    assert sources_of(text, registry) == ["Ukrainian officials (unnamed)"]


def test_pronoun_continuation_keeps_the_previous_speaker(registry):
    text = (
        "Budanov said that North Korean soldiers had arrived in the Kursk region. "
        "He said they had been trained in Primorsky Krai for three weeks."
    )
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == ["HUR (Ukrainian military intelligence)"] * 2


def test_a_sentence_about_these_units_continues_the_account(registry):
    text = (
        "The NIS said the first North Korean units had reached Russia. "
        "These units had been trained at the Sergeyevka training ground."
    )
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == ["NIS (South Korea)", "NIS (South Korea)"]
    assert claims[1].sentence.startswith("These units")


def test_the_agency_refers_to_the_last_agency_that_spoke(registry):
    text = (
        "Zelensky said North Korea was preparing more troops. "
        "The NIS said 1,500 soldiers had arrived in Vladivostok. "
        "The soldiers were later moved to Khabarovsk, the agency said."
    )
    assert sources_of(text, registry)[-1] == "NIS (South Korea)"


def test_the_defence_minister_refers_back_to_the_minister_who_spoke(registry):
    text = (
        "Rustem Umerov said the front near Pokrovsk was holding. "
        "The defence minister also said about 2,000 North Korean soldiers had moved towards Kursk."
    )
    assert sources_of(text, registry) == ["Ukrainian Ministry of Defence"] * 2


def test_part_of_a_body_s_name_named_before_is_that_body(registry):
    text = (
        "The Joint Chiefs of Staff in Seoul said North Korea had shipped more shells to Russia. "
        "The Joint Chiefs also said about 300 North Korean soldiers had been killed near Kursk."
    )
    assert sources_of(text, registry) == ["South Korean Ministry of Defence"] * 2


def test_a_think_tank_in_an_apposition_is_no_speaking_capital(registry):
    text = (
        "North Korean units were rotating out of Kursk, said the Institute for the Study of War, "
        "a Washington think tank."
    )
    assert sources_of(text, registry) == ["Institute for the Study of War"]


def test_reports_that_say_something_are_an_unnamed_media_report(registry):
    text = "Reports said North Korean gunners had been moved to the Zaporizhzhia front."
    assert sources_of(text, registry) == ["Media report (unnamed)"]


def test_according_to_him_is_the_person_who_spoke_before(registry):
    text = (
        "Andriy Kovalenko said the front near Sudzha was calm. "
        "According to him, 200 North Korean soldiers had been wounded there in December."
    )
    assert sources_of(text, registry) == ["Center for Countering Disinformation (Ukraine)"] * 2


def test_a_capital_s_ministry_is_that_country_s_ministry(registry):
    text = "Kyiv's defence ministry said 150 North Korean soldiers had surrendered near Kursk."
    assert sources_of(text, registry) == ["Ukrainian Ministry of Defence"]


def test_he_is_the_person_who_spoke_not_one_named_beside_him(registry):
    text = (
        "Antony Blinken told a press conference held with Lloyd Austin that North Korean troops were "
        "in Kursk. He said they had been trained to fly drones."
    )
    assert sources_of(text, registry) == ["US Department of State"] * 2


def test_a_verb_inside_a_sentence_closed_by_an_attribution_is_that_speaker_s_words(registry):
    text = (
        "Washington believes some 3,000 North Korean gunners are now near Kursk, "
        "State Department spokesman Matthew Miller said on Tuesday."
    )
    assert sources_of(text, registry) == ["US Department of State"]


def test_one_of_a_country_s_diplomats_speaks_not_the_body_where_they_sit(registry):
    text = (
        "On Friday one of Russia's diplomats at the United Nations dismissed reports of North Korean "
        "gunners in Kursk as lies."
    )
    assert sources_of(text, registry) == ["Russian government"]


def test_an_official_comment_is_no_speaking_official(registry):
    text = (
        "The first official comment on the gunners came after Putin declined to comment on reports "
        "of North Korean troops in Kursk."
    )
    assert [(c.source_name, c.stance) for c in claims_of(text, registry)] == [("Kremlin", "does_not_deny")]


def test_a_body_named_with_where_it_sits_speaks_for_itself(registry):
    text = (
        "The Center for Countering Disinformation at the National Security and Defense Council said "
        "50 North Korean soldiers had died near Sudzha."
    )
    assert sources_of(text, registry) == ["Center for Countering Disinformation (Ukraine)"]


def test_posting_a_video_shows_and_does_not_say(registry):
    text = (
        "Zelensky said in a video address that 3,000 North Korean soldiers had been killed. "
        "He also posted a video of two North Korean prisoners: one sits on a bed in a Kyiv hospital."
    )
    assert sources_of(text, registry) == ["Volodymyr Zelensky"]


def test_the_agency_that_quoted_a_statement_is_no_source_of_it(registry):
    text = (
        "In a statement quoted by AFP, the NIS confirmed that Ukraine had captured three "
        "North Korean soldiers near Sudzha."
    )
    assert sources_of(text, registry) == ["NIS (South Korea)"]


def test_a_source_in_a_known_body_named_with_a_body_word_speaks_for_it(registry):
    text = "A source in the Kremlin administration told reporters that 500 North Korean cadets were in Kursk."
    assert sources_of(text, registry) == ["Kremlin"]


def test_a_reporting_verb_inside_a_compound_word_is_no_cue(registry):
    text = "It was the third Kremlin-announced capture of North Korean deserters near Kursk this month."
    assert claims_of(text, registry) == []


def test_describing_something_without_saying_what_it_was_is_no_claim(registry):
    text = "Andriy Kovalenko described the clash with North Korean troops near Sudzha in more detail."
    assert claims_of(text, registry) == []
    text = "Andriy Kovalenko described the clash with North Korean troops near Sudzha as the fiercest yet."
    assert sources_of(text, registry) == ["Center for Countering Disinformation (Ukraine)"]


def test_the_country_s_body_is_the_body_of_the_nation_named_before(registry):
    text = (
        "A Ukrainian lawmaker, citing the country's military intelligence, said 400 North Korean "
        "soldiers had died in Kursk."
    )
    assert sources_of(text, registry) == ["HUR (Ukrainian military intelligence)"]


def test_unattributed_narration_is_not_a_claim(registry):
    text = "North Korean troops were seen near Kursk. The war has lasted nearly three years."
    assert claims_of(text, registry) == []


def test_passive_hearsay_without_a_source_is_not_a_claim(registry):
    text = "About 11,000 North Korean troops are believed to have been deployed to the Kursk region."
    assert claims_of(text, registry) == []


def test_pure_opinion_is_not_a_claim(registry):
    text = 'Rutte described the deployment as "a dangerous escalation" and a breach of international law.'
    assert claims_of(text, registry) == []


def test_a_statement_about_the_alliance_in_general_is_not_a_claim(registry):
    text = "Pyongyang and Moscow are old partners and will keep deepening their ties, the Kremlin said."
    assert claims_of(text, registry) == []
    text = "The Kremlin said its ally North Korea had sent 2,000 soldiers to the Kursk region."
    assert sources_of(text, registry) == ["Kremlin"]


def test_the_background_after_amid_reports_is_not_the_speaker_s_claim(registry):
    text = (
        "Pyongyang remains Moscow's old friend and partner, Peskov said amid reports that 3,000 "
        "North Korean troops had reached Kursk."
    )
    assert claims_of(text, registry) == []


def test_a_judgement_in_a_relative_clause_does_not_own_the_sentence_s_figures(registry):
    text = "The assault, which Zelensky condemned as barbaric, involved 2,000 North Korean soldiers."
    assert claims_of(text, registry) == []


def test_a_bare_conditional_is_not_a_claim(registry):
    text = (
        "The Pentagon said that if North Korean troops joined the fighting, it would be a serious escalation."
    )
    assert claims_of(text, registry) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Should these troops engage in combat against Ukraine, they would become legitimate targets," '
        "the Pentagon said.",
        "The Pentagon said that, were North Korea to send more troops to the front, Kyiv would strike them.",
        "Had the Kremlin known of the deployment, it would have objected, Seoul said.",
    ],
)
def test_a_condition_by_inversion_is_a_bare_conditional(text, registry):
    assert claims_of(text, registry) == []


@pytest.mark.parametrize(
    "text,source",
    [
        ("The Pentagon said North Korean troops should leave Russia's Kursk region.",
         "US Department of Defense"),
        ("Seoul said 3,000 North Korean soldiers had been killed and that more would follow.",
         "South Korean government"),
        ("Kyiv said the troops, who had arrived in Kursk, were fighting and would stay.",
         "Ukrainian government"),
    ],
)  # fmt: skip
def test_should_or_had_inside_a_clause_is_no_condition(text, source, registry):
    assert sources_of(text, registry) == [source]


def test_silence_is_not_a_claim(registry):
    text = "The Russian Defence Ministry did not immediately respond to a request for comment on the troops."
    assert claims_of(text, registry) == []


def test_a_country_in_a_place_phrase_does_not_speak(registry):
    text = "North Korean soldiers are fighting beside Russian troops in Ukraine, some killed, says Seoul."
    assert sources_of(text, registry) == ["South Korean government"]


def test_a_verb_inside_a_quote_does_not_make_its_subject_a_speaker(registry):
    text = '"North Korea has told its soldiers to avoid capture," Yonhap reported, citing NIS officials.'
    assert sources_of(text, registry) == ["NIS (South Korea)"]


def test_a_lawmaker_relaying_the_nis_leaves_the_claim_with_the_nis(registry):
    text = (
        "The NIS said 2,000 wounded North Korean soldiers had been flown home, according to Lee Seong-kweun, "
        "a member of the intelligence committee."
    )
    assert sources_of(text, registry) == ["NIS (South Korea)"]


def test_each_claim_carries_its_sentence_and_exact_offsets(registry):
    text = "Background first.\nThe Kremlin said on Monday that no North Korean troops were in Kursk."
    (claim,) = claims_of(text, registry)
    assert text[claim.start : claim.end] == claim.sentence
    assert claim.sentence.startswith("The Kremlin said")


def test_a_second_stance_of_the_same_source_in_one_sentence_is_a_second_claim(registry):
    text = (
        "Budanov said North Korean activity had fallen because of heavy losses, but he rejected reports that "
        "the North Korean troops had left the front, calling them wrong."
    )
    claims = claims_of(text, registry)
    assert sorted(c.stance for c in claims) == ["asserts", "denies"]
    assert {c.source_name for c in claims} == {"HUR (Ukrainian military intelligence)"}


def test_russian_and_ukrainian_speakers_are_found_by_stem(registry):
    ru = "Песков заявил, что военнослужащие КНДР находятся в Курской области."
    uk = "За даними ГУР, північнокорейські військові прибули до Курської області."
    assert sources_of(ru, registry) == ["Kremlin"]
    assert sources_of(uk, registry) == ["HUR (Ukrainian military intelligence)"]


def test_western_officials_in_ukrainian_are_anonymous_western_officials(registry):
    text = "Західні посадовці повідомили, що близько тисячі північнокорейських військових загинули."
    assert sources_of(text, registry) == ["Western officials (unnamed)"]


STATEMENTS = [
    (
        "The SBU said on Monday that 12,000 North Korean soldiers were in Russia.",
        "12,000 North Korean soldiers were in Russia.",
    ),
    (
        "According to the Pentagon, 3,000 North Korean soldiers are in eastern Russia.",
        "3,000 North Korean soldiers are in eastern Russia.",
    ),
    (
        '"North Korean troops are already in Kursk," Kovalenko said.',
        "North Korean troops are already in Kursk.",
    ),
]


@pytest.mark.parametrize("text, statement", STATEMENTS)
def test_the_statement_is_the_claim_without_its_attribution(text, statement, registry):
    (claim,) = claims_of(text, registry)
    assert claim.statement == statement


def test_lines_under_a_telegram_style_header_belong_to_the_header_source(registry):
    text = (
        "HUR update:\n"
        "North Korean units have reached the Kursk region\n"
        "- 3,000 soldiers\n"
        "- 500 officers and 3 generals\n"
        "\n"
        "Snow fell in Kyiv on Monday and the roads were icy."
    )
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == ["HUR (Ukrainian military intelligence)"] * 3
    assert [f.value for c in claims for f in c.figures] == [3000, 500, 3]


def test_intelligence_agencies_of_a_bloc_are_an_anonymous_intelligence_source(registry):
    text = "Western intelligence agencies estimate that about 12,000 North Korean troops are in Russia."
    assert sources_of(text, registry) == ["Western intelligence (unnamed)"]


def test_a_medium_citing_an_unnamed_body_keeps_the_claim(registry):
    text = "South Korean media, citing the military, reported that 10,000 North Korean soldiers had arrived."
    assert sources_of(text, registry) == ["South Korean media"]


def test_analysts_opinions_are_not_claims(registry):
    assert (
        claims_of("Analysts believe the deployment could grow to 100,000 North Korean soldiers.", registry)
        == []
    )


@pytest.mark.parametrize(
    "text, source, stance",
    [
        (
            "Как сообщил Генштаб ВСУ, в Курской области находятся военные КНДР.",
            "Ukrainian General Staff",
            "asserts",
        ),
        ("Захарова назвала сообщения о военных КНДР фейком.", "Russian Foreign Ministry", "denies"),
        ("У Кремлі відмовилися коментувати повідомлення про військових КНДР.", "Kremlin", "does_not_deny"),
    ],
)
def test_russian_and_ukrainian_attribution_forms(text, source, stance, registry):
    assert [(c.source_name, c.stance) for c in claims_of(text, registry)] == [(source, stance)]


def test_calling_for_something_is_not_an_evaluation_that_hides_the_claim(registry):
    text = (
        'Yermak called for more weapons for Kyiv: "North Korean troops are already in the Kursk region," '
        "he said."
    )
    assert sources_of(text, registry) == ["Ukrainian government"]


def test_a_medium_quoting_a_faceless_source_keeps_the_claim_and_records_the_source(registry):
    text = "Quoting an unnamed military source, the Kremlin Snuffbox channel said North Korean officers came."
    claims = claims_of(text, registry)
    assert [(c.source_name, c.cited_source_name) for c in claims] == [
        ("Kremlin Snuffbox (Russian Telegram channel)", "Military sources (unnamed)")
    ]


def test_a_medium_citing_officials_of_a_country_passes_the_claim_to_them(registry):
    text = (
        "Citing Western officials, The Wall Street Journal reported that a North Korean general was wounded."
    )
    assert sources_of(text, registry) == ["Western officials (unnamed)"]


def test_a_source_inside_an_institution_speaks_for_it(registry):
    text = "A source in the Ukrainian military told CNN that 200 North Korean soldiers were killed."
    assert sources_of(text, registry) == ["Ukrainian Armed Forces"]


def test_each_speaker_of_a_two_clause_sentence_carries_only_its_own_figures(registry):
    text = "Ukrainian officials estimate that 12,000 North Korean troops are in Kursk; Moscow denied it."
    claims = {c.source_name: c for c in claims_of(text, registry)}
    assert [f.value for f in claims["Ukrainian officials (unnamed)"].figures] == [12000]
    assert claims["Russian government"].figures == [] and claims["Russian government"].stance == "denies"


def test_a_named_spokesman_for_a_known_body_speaks_for_that_body(registry):
    text = "John Smith, a spokesman for the Pentagon, said 5,000 North Korean troops had reached Kursk."
    assert sources_of(text, registry) == ["US Department of Defense"]


def test_a_bare_surname_is_the_person_named_before_not_one_named_later(registry):
    text = (
        "South Korea's Defence Minister Kim Yong-hyun told lawmakers North Korean officers had died. "
        "Kim said more North Korean troops would follow under the pact Kim Jong Un signed with Moscow."
    )
    assert sources_of(text, registry) == ["South Korean Ministry of Defence"] * 2


def test_said_to_is_hearsay_not_a_statement(registry):
    assert (
        claims_of("North Korea, said to have sent 10,000 soldiers, is training more in Wonsan.", registry)
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Около 100 военных КНДР погибли, сообщили в пресс-службе СБУ.",
        "В пресс-службе СБУ заявили, что 100 военных КНДР погибли.",
        "Загинули 100 військових КНДР, повідомили в пресслужбі СБУ.",
    ],
)
def test_a_press_service_speaks_for_its_body(text, registry):
    assert sources_of(text, registry) == ["SBU (Security Service of Ukraine)"]


@pytest.mark.parametrize(
    "text",
    [
        "Двое солдат КНДР попали в плен, сообщил президент Украины Владимир Зеленский.",
        "Двоє солдатів КНДР потрапили в полон, повідомив президент України Володимир Зеленський.",
    ],
)
def test_a_title_and_a_country_before_a_name_give_the_person(text, registry):
    assert sources_of(text, registry) == ["Volodymyr Zelensky"]


def test_modifiers_joined_by_and_stay_in_one_group(registry):
    text = "U.S. defense and intelligence officials said 10,000 North Korean troops were in Kursk."
    assert sources_of(text, registry) == ["US officials (unnamed)"]


@pytest.mark.parametrize(
    "text",
    [
        "Around 3,000 more North Korean soldiers may soon arrive in the Kursk region.\n"
        "Source: Kyrylo Budanov, chief of Ukraine's military intelligence, speaking to a Japanese daily.",
        "В Курскую область могут прибыть ещё 3000 северокорейских военных.\n"
        "Источник: ГУР Минобороны Украины.",
        "До Курської області можуть прибути ще 3000 північнокорейських військових.\n"
        "Джерело: ГУР Міноборони України.",
    ],
)
def test_a_source_line_names_the_source_of_the_sentence_before_it_and_is_no_claim(text, registry):
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == ["HUR (Ukrainian military intelligence)"]
    assert claims[0].sentence.startswith(text.split("\n")[0][:20])


def test_a_source_line_naming_nobody_known_gives_no_unnamed_source(registry):
    text = "Around 3,000 more North Korean soldiers may soon arrive.\nSource: a local resident."
    assert "Sources (unnamed)" not in sources_of(text, registry)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "About 2,000 North Korean soldiers crossed into the Belgorod region.\n"
            "Source: the Moldovan Border Agency, in a statement on Tuesday.",
            "Moldovan Border Agency",
        ),
        (
            "Около 2000 северокорейских военных перебросили в Белгородскую область.\n"
            "Источник: Пограничная служба Молдовы.",
            "Пограничная служба Молдовы",
        ),
        (
            "Близько 2000 північнокорейських військових перекинули до Бєлгородської області.\n"
            "Джерело: Прикордонна служба Молдови.",
            "Прикордонна служба Молдови",
        ),
    ],
)
def test_a_source_line_naming_a_body_the_registry_does_not_know_gives_it_a_new_source(text, source, registry):
    claims = claims_of(text, registry)
    assert [(c.source_name, c.source_key) for c in claims] == [(source, None)]
    assert claims[0].sentence == text.split("\n")[0]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Кремль официально признал участие военных КНДР в боях.", "Kremlin"),
        ("КНДР впервые публично признала, что её военные воюют в Курской области.", "North Korea"),
        ("Пхеньян офіційно визнав участь своїх військових у боях.", "North Korea"),
    ],
)
def test_an_adverb_between_a_speaker_and_its_verb_keeps_the_speaker(text, source, registry):
    assert sources_of(text, registry) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "И Москва, и Пхеньян признали участие военных КНДР в боях.",
        "Москва и Пхеньян признали участие военных КНДР в боях.",
        "Москва та Пхеньян визнали участь військових КНДР у боях.",
        "Moscow and Pyongyang confirmed that North Korean troops took part in the fighting.",
    ],
)
def test_speakers_joined_before_one_verb_each_make_the_claim(text, registry):
    assert sorted(sources_of(text, registry)) == ["North Korea", "Russian government"]


@pytest.mark.parametrize(
    "text",
    [
        "Як повідомили Суспільному в ГУР, з позицій у Курській області втекли 18 військових КНДР.",
        "Как сообщили Би-би-си в ГУР, из Курской области бежали 18 военных КНДР.",
        "Как рассказали «Коммерсанту» в ГУР, из Курской области бежали 18 военных КНДР.",
    ],
)
def test_a_medium_told_something_is_not_its_speaker(text, registry):
    assert sources_of(text, registry) == ["HUR (Ukrainian military intelligence)"]


def test_a_medium_in_the_dative_is_never_the_speaker_even_when_the_body_is_unnamed(registry):
    text = "Як повідомили Суспільному в розвідці, з позицій у Курській області втекли 18 військових КНДР."
    assert "Suspilne" not in sources_of(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "По словам депутатов, ссылающихся на южнокорейскую разведку, 3000 военных КНДР ранены в Курске.",
        "3000 военных КНДР ранены в Курске, сообщили депутаты со ссылкой на южнокорейскую разведку.",
        "За словами депутатів, які посилаються на південнокорейську розвідку, 3000 військових КНДР поранені.",
        "3000 військових КНДР поранені, повідомили депутати з посиланням на південнокорейську розвідку.",
        "About 3,000 North Korean soldiers were wounded in Kursk, lawmakers said, citing the NIS.",
    ],
)
def test_lawmakers_relaying_a_body_credit_that_body(text, registry):
    assert sources_of(text, registry) == ["NIS (South Korea)"]


@pytest.mark.parametrize(
    "text",
    [
        "Около 600 военных КНДР погибли в Курской области, сообщили депутаты после брифинга, который "
        "для них провела южнокорейская разведка. По словам депутата, около 2000 военных вернулись в КНДР.",
        "Some 600 North Korean soldiers have been killed in Kursk, lawmakers briefed by the NIS said. "
        "The lawmakers said about 2,000 soldiers had returned to North Korea.",
    ],
)
def test_lawmakers_briefed_by_a_body_relay_it_for_the_rest_of_the_report(text, registry):
    assert sources_of(text, registry) == ["NIS (South Korea)", "NIS (South Korea)"]


def test_a_bare_body_where_ukrainian_press_says_something_is_its_own_countrys(registry):
    text = "«Російські командири приховують втечу 18 військових КНДР», — наголосили в розвідці."
    assert sources_of(text, registry) == ["HUR (Ukrainian military intelligence)"]


def test_lawmakers_with_no_body_behind_them_stay_unnamed_lawmakers(registry):
    text = "По словам депутатов, около 3000 военных КНДР ранены в Курской области."
    assert sources_of(text, registry) == ["Lawmakers (unnamed)"]


def test_a_clause_set_off_by_commas_before_an_inverted_verb_is_what_was_reported(registry):
    text = (
        "Двое солдат КНДР, воевавших на стороне России, сдались в плен под Суджей, "
        "сообщил президент Украины Владимир Зеленский."
    )
    assert sources_of(text, registry) == ["Volodymyr Zelensky"]


def test_the_korean_intelligence_service_written_in_lower_case_briefs_lawmakers(registry):
    text = (
        "Около 300 военных КНДР ранены под Курском, рассказали депутаты после брифинга, "
        "который провела национальная разведывательная служба."
    )
    assert sources_of(text, registry) == ["NIS (South Korea)"]


@pytest.mark.parametrize(
    "text",
    [
        "Не менее 200 военных КНДР погибли под Курском, заявил южнокорейский депутат Пак Мин Су. "
        "Он выступил перед журналистами после закрытого брифинга, который провела разведка Южной Кореи.",
        "About 200 North Korean soldiers have been killed in Kursk, a South Korean lawmaker said. "
        "The lawmakers said so after a closed-door briefing by the NIS.",
    ],
)
def test_lawmakers_the_report_later_says_were_briefed_relay_the_body_from_the_start(text, registry):
    assert sources_of(text, registry)[0] == "NIS (South Korea)"


def test_ukrainian_upershe_may_stand_between_a_speaker_and_its_verb(registry):
    text = "Пхеньян уперше офіційно визнав, що його військові воюють у Курській області."
    assert [(c.source_name, c.stance) for c in claims_of(text, registry)] == [("North Korea", "confirms")]


def test_a_namesake_after_a_body_and_its_role_word_speaks_for_that_body(registry):
    text = (
        "Представник Міністерства оборони України Ігор Коваленко заявив, що військові КНДР уже під Курськом."
    )
    assert sources_of(text, registry) == ["Ukrainian Ministry of Defence"]


def test_their_presence_refers_back_to_the_topic_of_the_sentence_before(registry):
    text = (
        "Військові КНДР уже перебувають на Донеччині, заявив Буданов. "
        "Про їхню присутність там раніше говорив Зеленський."
    )
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == ["HUR (Ukrainian military intelligence)", "Volodymyr Zelensky"]
    assert claims[1].topic_keys


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "У СБУ з'ясували, що полонені військові КНДР пройшли навчання в Бурятії.",
            "SBU (Security Service of Ukraine)",
        ),
        (
            "В СБУ выяснили, что пленные военные КНДР проходили обучение в Бурятии.",
            "SBU (Security Service of Ukraine)",
        ),
    ],
)
def test_what_a_body_found_out_is_its_claim(text, source, registry):
    assert sources_of(text, registry) == [source]


def test_an_adviser_to_a_president_of_no_named_country_in_ukrainian_press_is_the_government(registry):
    text = "Радник президента Михайло Подоляк заявив, що військові КНДР воюють під Курськом."
    assert sources_of(text, registry) == ["Ukrainian government"]
    named = "Радник президента США заявив, що військові КНДР воюють під Курськом."
    assert "Ukrainian government" not in sources_of(named, registry)


@pytest.mark.parametrize(
    "text",
    [
        "Президент встретился с представителем Пентагона, который заявил, что 500 военных КНДР погибли.",
        "Президент зустрівся з представником Пентагону, який заявив, що 500 військових КНДР загинули.",
    ],
)
def test_the_speaker_of_a_relative_clause_is_the_noun_it_hangs_on(text, registry):
    assert sources_of(text, registry) == ["US Department of Defense"]


@pytest.mark.parametrize(
    "text",
    [
        "Около 500 военных КНДР ранены под Курском, заявили депутаты. Слова депутатов передаёт Reuters.",
        "Близько 500 військових КНДР поранені, заявили депутати. Слова депутатів передає агенція Reuters.",
    ],
)
def test_a_sentence_saying_who_relays_the_words_is_no_claim_of_its_own(text, registry):
    assert sources_of(text, registry) == ["Lawmakers (unnamed)"]


@pytest.mark.parametrize(
    "text",
    [
        "Пленный военный КНДР рассказал следователям, что его отправили в Курскую область в ноябре.",
        "Полонений військовий КНДР розповів слідчим, що його відправили в Курську область у листопаді.",
    ],
)
def test_a_soldier_of_a_country_speaks_for_himself_not_for_the_country(text, registry):
    assert "North Korea" not in sources_of(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "300 військових КНДР загинули, повідомили в ГУР. Це високий показник: туди направили 3000 солдатів.",
        "300 военных КНДР погибли, сообщили в ГУР. Это высокий показатель: туда направили 3000 солдат.",
    ],
)
def test_this_is_a_high_figure_carries_on_the_account_before(text, registry):
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == ["HUR (Ukrainian military intelligence)"] * 2
    assert [f.value for f in claims[1].figures] == [3000]


@pytest.mark.parametrize(
    "text",
    [
        "Чому військові КНДР відступили з-під Курська, пояснив Буданов.",
        "Почему военные КНДР отступили из-под Курска, рассказал Буданов.",
    ],
)
def test_a_sentence_opening_on_a_question_someone_explains_is_no_claim(text, registry):
    assert sources_of(text, registry) == []


@pytest.mark.parametrize(
    "text",
    [
        "Путін назвав північнокорейських військових «справжніми друзями».",
        "Путин назвал северокорейских военных «настоящими друзьями».",
    ],
)
def test_calling_someone_a_name_in_quotes_is_a_description_not_a_claim(text, registry):
    assert sources_of(text, registry) == []


def test_a_description_of_something_that_happened_is_still_a_claim(registry):
    text = "Путин назвал «героической» атаку северокорейских военных под Курском."
    assert sources_of(text, registry) == ["Kremlin"]


@pytest.mark.parametrize(
    "text",
    [
        "Представник Держдепу заявив, що країни, які допомагають Росії, як-от КНДР, несуть відповідальність.",
        "Представитель Госдепа заявил, что страны, помогающие России, как КНДР, несут ответственность.",
    ],
)
def test_saying_who_bears_responsibility_is_a_judgement_not_a_claim(text, registry):
    assert sources_of(text, registry) == []


def test_a_member_of_parliament_citing_a_body_relays_it_and_so_does_his_surname_later(registry):
    text = (
        "Около 1000 военных КНДР погибли под Курском. Как пишет издание Politico, об этом со ссылкой "
        "на южнокорейскую разведку сообщил член парламента страны Пак Мин Су. "
        "Ещё 3000 военных КНДР ранены, сказал Пак."
    )
    assert sources_of(text, registry) == ["NIS (South Korea)", "NIS (South Korea)"]


@pytest.mark.parametrize(
    "text",
    [
        "30 військових КНДР загинули під Курськом, повідомив у четвер Генштаб ЗСУ.",
        "Генштаб ЗСУ у четвер повідомив, що 30 військових КНДР загинули під Курськом.",
        "Генштаб ЗСУ 24 жовтня повідомив, що 30 військових КНДР загинули під Курськом.",
    ],
)
def test_a_day_may_stand_between_a_speaker_and_its_verb(text, registry):
    claims = claims_of(text, registry)
    assert [(c.source_name, c.event_start) for c in claims] == [("Ukrainian General Staff", None)]


@pytest.mark.parametrize(
    "text, source",
    [
        ("У Києві заявили, що 20 військових КНДР загинули під Курськом.", "Ukrainian government"),
        (
            "У Міноборони Південної Кореї заявили, що 20 військових КНДР загинули.",
            "South Korean Ministry of Defence",
        ),
        (
            "Близько 600 військових КНДР загинули, повідомили депутати після брифінгу, який провела "
            "Національна служба розвідки.",
            "NIS (South Korea)",
        ),
    ],
)
def test_bodies_named_by_their_seat_or_full_ukrainian_name_speak(text, source, registry):
    assert sources_of(text, registry) == [source]


def _andes_registry():
    from claims.extraction.shipped import registry_from_data

    names = {
        "Chilean government": "Chile",
        "Peruvian government": "Peru",
        "Argentine government": "Argentina",
    }
    return registry_from_data(
        {
            "sources": [{"name": n, "kind": "government", "aliases": [a]} for n, a in names.items()],
            "topics": [{"name": "Arms for rebels", "terms": ["rifles", "shipment"]}],
        }
    )


def test_countries_condemning_what_they_describe_as_an_act_each_assert_it():
    text = (
        "Chile, Peru and Argentina condemned what they described as Venezuela's shipment of rifles "
        "to rebel groups."
    )
    claims = extract(text, DAY, _andes_registry())
    assert [(c.source_name, c.stance) for c in claims] == [
        ("Chilean government", "asserts"),
        ("Peruvian government", "asserts"),
        ("Argentine government", "asserts"),
    ]


def test_a_country_formally_accusing_another_asserts_the_act():
    claims = extract(
        "Chile formally accused Venezuela of sending rifles to rebel groups.", DAY, _andes_registry()
    )
    assert [(c.source_name, c.stance) for c in claims] == [("Chilean government", "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "Аль-Джазира сообщила, что в Перу доставили винтовки. Ранее этот телеканал сообщал, что винтовки "
        "отправили повстанцам.",
        "Аль-Джазира повідомила, що до Перу доставили гвинтівки. Раніше цей телеканал повідомляв, що "
        "гвинтівки відправили повстанцям.",
    ],
)
def test_this_channel_points_back_to_the_medium_named_before(text):
    from claims.extraction.shipped import registry_from_data

    registry = registry_from_data(
        {
            "sources": [{"name": "Al Jazeera", "kind": "media", "aliases": ["Аль-Джазира"]}],
            "topics": [{"name": "Arms for rebels", "terms": ["винтовк", "гвинтівк"]}],
        }
    )
    assert [c.source_name for c in extract(text, DAY, registry)] == ["Al Jazeera", "Al Jazeera"]


def _medium_registry():
    from claims.extraction.shipped import registry_from_data

    return registry_from_data(
        {
            "sources": [
                {"name": "Al Jazeera", "kind": "media", "aliases": ["Аль-Джазира", "Al Jazeera"]},
                {"name": "Chilean government", "kind": "government", "aliases": ["Chile"]},
            ],
            "topics": [{"name": "Arms for rebels", "terms": ["винтовк", "гвинтівк", "rifles"]}],
        }
    )


@pytest.mark.parametrize(
    "text",
    [
        "Как пишет Аль-Джазира со ссылкой на источники в американской разведке, в Перу доставили винтовки. "
        "По словам собеседников телеканала, винтовки отправили повстанцам. Собеседники Аль-Джазиры "
        "считают, что винтовок было больше.",
        "Al Jazeera з посиланням на джерела в американській розвідці повідомила, що до Перу доставили "
        "гвинтівки. За словами співрозмовників телеканалу, гвинтівки відправили повстанцям.",
    ],
)
def test_a_mediums_own_sources_are_the_unnamed_group_it_cited(text):
    sources = {c.source_name for c in extract(text, DAY, _medium_registry())}
    assert sources == {"US intelligence (unnamed)"}


@pytest.mark.parametrize(
    "text",
    [
        "According to Chile, rebel rifles left Lima on October 3.",
        "По словам Аль-Джазиры, винтовки 3 октября вывезли из Лимы.",
    ],
)
def test_a_day_after_according_to_and_a_comma_is_the_events(text):
    claims = extract(text, DAY, _medium_registry())
    assert [c.event_start for c in claims] == [date(2024, 10, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "The new sanctions will cover the airline that flew rifles to the rebels, Chile said.",
        "Санкции затронут авиакомпанию, которая возила винтовки повстанцам, заявили в Чили.",
        "Санкції зачеплять авіакомпанію, що возила гвинтівки повстанцям, заявили в Чилі.",
    ],
)
def test_a_sentence_opening_on_sanctions_is_about_the_response_not_a_claim(text):
    from claims.extraction.shipped import registry_from_data

    registry = registry_from_data(
        {
            "sources": [
                {"name": "Chilean government", "kind": "government", "aliases": ["Chile", "Чили", "Чилі"]}
            ],
            "topics": [{"name": "Arms for rebels", "terms": ["rifles", "винтовк", "гвинтівк"]}],
        }
    )
    assert extract(text, DAY, registry) == []
    assert [
        c.source_name for c in extract("Chile said the airline flew rifles to the rebels.", DAY, registry)
    ] == ["Chilean government"]


def test_a_nations_unnamed_sources_are_its_unnamed_officials(registry):
    text = "Several Polish sources say Belarus has moved 2,000 soldiers to the border."
    assert sources_of(text, registry) == ["Polish officials (unnamed)"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Warsaw Voice, citing intelligence sources, said Belarus moved 2,000 soldiers to the border.",
         "ABW (Polish intelligence)"),
        ("The Warsaw Voice, citing sources, said Belarus had moved 2,000 soldiers to the border.",
         "Polish officials (unnamed)"),
    ],
)  # fmt: skip
def test_a_mediums_faceless_sources_are_of_its_own_country(text, source):
    from claims.extraction.shipped import registry_from_data

    registry = registry_from_data(
        {
            "sources": [
                {
                    "name": "The Warsaw Voice",
                    "kind": "media",
                    "country": "Poland",
                    "aliases": ["Warsaw Voice"],
                },
                {
                    "name": "ABW (Polish intelligence)",
                    "kind": "intelligence",
                    "aliases": ["Polish intelligence"],
                },
            ],
            "topics": [{"name": "Belarus troops", "terms": ["soldiers"]}],
        }
    )
    assert [c.source_name for c in extract(text, DAY, registry)] == [source]


def test_a_presidential_official_speaks_for_the_government(registry):
    text = "A top Polish presidential official said Belarus had moved 2,000 soldiers to the border."
    assert sources_of(text, registry) == ["Polish government"]


@pytest.mark.parametrize("noun", ["assertions", "allegations", "accusations"])
def test_a_denial_of_a_nations_assertions_gives_that_nation_its_claim(noun, registry):
    text = f"The Kremlin brushed aside Polish {noun} that Belarus had moved 2,000 soldiers to the border."
    claims = claims_of(text, registry)
    assert [(c.source_name, c.stance) for c in claims] == [
        ("Kremlin", "denies"),
        ("Polish government", "asserts"),
    ]


def test_a_quoted_speaker_adding_what_another_thinks_keeps_its_own_quote():
    text = '"Rifles reached the rebels," Chile said, while stressing that Peru does not think they will win.'
    claims = extract(text, DAY, _andes_registry())
    assert [c.source_name for c in claims] == ["Chilean government"]
    relayed = extract("Chile said Peru believes rifles have reached the rebels.", DAY, _andes_registry())
    assert [c.source_name for c in relayed] == ["Peruvian government"]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Two convoys were hit near Kursk, as reported by the Pentagon.", "US Department of Defense"),
        ("As reported by the Kremlin, two convoys were hit near Kursk.", "Kremlin"),
        ("Two convoys were hit near Kursk, as per the Pentagon.", "US Department of Defense"),
        (
            "Two convoys were hit near Kursk, according to the latest update from the Pentagon.",
            "US Department of Defense",
        ),
        ("Two convoys were hit near Kursk, according to a readout from the White House.", "White House"),
        (
            "Two convoys were hit near Kursk, according to preliminary figures from the Pentagon.",
            "US Department of Defense",
        ),
    ],
)
def test_an_according_or_as_reported_phrase_alone_names_the_source(text, source, registry):
    assert sources_of(text, registry) == [source]


def test_as_reported_by_passes_on_the_voice_the_sentence_names(registry):
    text = "Putin said two convoys were hit near Kursk, as reported by TASS."
    assert sources_of(text, registry) == ["Kremlin"]


@pytest.mark.parametrize(
    "speaker, source",
    [
        ("A person familiar with the matter", "Sources (unnamed)"),
        ("People briefed on the matter", "Sources (unnamed)"),
        ("Two people with knowledge of the matter", "Sources (unnamed)"),
        ("Three Israeli people familiar with the matter", "Israeli officials (unnamed)"),
    ],
)
def test_people_speaking_on_condition_of_anonymity_are_unnamed_sources(speaker, source, registry):
    assert sources_of(f"{speaker} said 12 rockets hit the airbase.", registry) == [source]


def test_an_identity_card_is_no_speaker(registry):
    text = "The soldier with the ID said 12 rockets hit the airbase."
    assert "ID" not in sources_of(text, registry)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Nine people died when a shell hit the market, according to local authorities.",
            "Local authorities (unnamed)",
        ),
        (
            "Nine people died when a shell hit the market, city authorities said.",
            "Local authorities (unnamed)",
        ),
        ("The authorities said nine people died when a shell hit the market.", "Authorities (unnamed)"),
    ],
)
def test_unnamed_authorities_are_an_unnamed_government(text, source, registry):
    assert sources_of(text, registry) == [source]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "The Pentagon issued a statement saying two convoys were hit near Kursk.",
            "US Department of Defense",
        ),
        ("The Pentagon's advisory said two convoys were hit near Kursk.", "US Department of Defense"),
        (
            "The Pentagon's latest intelligence update said two convoys were hit near Kursk.",
            "US Department of Defense",
        ),
    ],
)
def test_a_body_speaks_through_the_documents_it_issues(text, source, registry):
    assert sources_of(text, registry) == [source]


def test_saying_nothing_is_silence(registry):
    assert sources_of("The Kremlin said nothing about the convoys hit near Kursk.", registry) == []


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "The Pentagon was quoted by Reuters as saying two convoys were hit near Kursk.",
            "US Department of Defense",
        ),
        ("The Kremlin was cited by TASS as saying two convoys were hit near Kursk.", "Kremlin"),
        ("The Pentagon was quoted as saying two convoys were hit near Kursk.", "US Department of Defense"),
    ],
)
def test_a_source_quoted_by_a_medium_as_saying_speaks(text, source, registry):
    assert sources_of(text, registry) == [source]


@pytest.mark.parametrize("verb", ["fears", "suspects", "reckons", "calculated"])
def test_a_body_s_judgement_is_its_claim(verb, registry):
    text = f"The Pentagon {verb} that 300 mercenaries are fighting near Bakhmut."
    assert sources_of(text, registry) == ["US Department of Defense"]


@pytest.mark.parametrize(
    "speaker, source",
    [
        ("Greek officials", "Greek officials (unnamed)"),
        ("Saudi officials", "Saudi officials (unnamed)"),
        ("Two Egyptian security sources", "Egyptian officials (unnamed)"),
        ("Beijing's officials", "Chinese officials (unnamed)"),
    ],
)
def test_the_officials_of_any_nation(speaker, source, registry):
    assert sources_of(f"{speaker} said 12 sailors were rescued from the tanker.", registry) == [source]


@pytest.mark.parametrize(
    "speaker, name",
    [
        ("Supreme Leader Ayatollah Ali Khamenei", "Ali Khamenei"),
        ("Chancellor Olaf Scholz", "Olaf Scholz"),
        ("Rear Adm. Marc Miguez", "Marc Miguez"),
        ("Vice Admiral George Wikoff", "George Wikoff"),
    ],
)
def test_a_new_speaker_s_titles_are_no_part_of_the_name(speaker, name, registry):
    assert sources_of(f"{speaker} said 12 drones were downed over the Red Sea.", registry) == [name]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Officials in the region said 40 soldiers had crossed the border.", "Officials (unnamed)"),
        ("Sources close to the investigation said 40 soldiers had crossed the border.", "Sources (unnamed)"),
        (
            "Sources at shipping firms involved in the search said 40 sailors were missing.",
            "Sources (unnamed)",
        ),
    ],
)
def test_a_faceless_group_described_in_plain_words_still_speaks(text, source, registry):
    assert sources_of(text, registry) == [source]


def test_the_ministry_is_the_ministry_named_lately_not_a_later_army(registry):
    """ "the Ministry of Defence" after the Russian defence ministry and the Ukrainian army were named
    (the army last, as the object of an attack) is the ministry: a description's head noun."""
    text = (
        "Russian Defence Minister Andrei Belousov briefed the president on the raid, the Kremlin said.\n\n"
        "Peskov said the ministry had reported an attack by the Ukrainian Armed Forces on the port.\n\n"
        "According to the Ministry of Defence, two North Korean soldiers were wounded in the Kursk region."
    )
    claims = claims_of(text, registry)
    last = [c for c in claims if "wounded" in c.statement]
    assert [c.source_name for c in last] == ["Russian Ministry of Defence"]


def test_a_body_of_a_ministry_speaks_though_a_government_spoke_before(registry):
    """ "X (HUR) of the Defence Ministry announced": X speaks, however late another government spoke;
    "of the Defence Ministry" is whose X is, not an anaphor for the last government."""
    text = (
        "Japan is following the deployment of North Korean troops with concern, Yoshimasa Hayashi said.\n\n"
        "Ukraine's Main Intelligence Directorate (HUR) of the Defence Ministry announced on Thursday that "
        "the first North Korean units had been spotted in the Kursk region."
    )
    claims = claims_of(text, registry)
    spotted = [c for c in claims if "spotted" in c.statement]
    assert [c.source_name for c in spotted] == ["HUR (Ukrainian military intelligence)"]


_GOVERNOR = "Belgorod regional administration"


@pytest.mark.parametrize(
    "text",
    [
        "According to the Belgorod governor, 12 civilians were killed in the shelling of Shebekino. "
        "Another 40 people were wounded, 5 of them children.",
        "По данным губернатора Белгородской области, при обстреле Шебекино погибли 12 мирных жителей. "
        "Ещё 40 человек ранены.",
        "За даними губернатора Бєлгородської області, під час обстрілу Шебекіного загинули 12 мирних "
        "жителів. Ще 40 людей поранені.",
    ],
)
def test_a_count_right_after_a_source_s_claim_carries_its_account_on(text, registry):
    """A sentence with a number and no speaker, next in the paragraph to one source's claim, goes on
    with that source's account."""
    claims = claims_of(text, registry)
    assert [c.source_name for c in claims] == [_GOVERNOR, _GOVERNOR]
    assert 40 in [f.value for f in claims[1].figures]


@pytest.mark.parametrize(
    "second",
    [
        "\nAnother 40 people were wounded.",  # another paragraph
        " Another 40 people were reportedly wounded.",  # hearsay
        " For comparison, 40 people were killed there last year.",  # the writer's aside
        " Meanwhile, 40 people were wounded in Kharkiv.",  # another subject
        " Another 40 people are said to have been wounded.",  # a verb of speech with no speaker
        " The town was almost empty.",  # no count
    ],
)
def test_a_sentence_that_is_not_the_account_going_on_is_not_carried(second, registry):
    text = (
        "According to the Belgorod governor, 12 civilians were killed in the shelling of Shebekino." + second
    )
    assert sources_of(text, registry) == [_GOVERNOR]
