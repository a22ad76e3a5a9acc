"""Stance: asserts, confirms, denies, does_not_deny, with negation and silence."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file
from claims.extraction.stance import is_silence, stance_of


@pytest.fixture(scope="module")
def registry():
    return load_registry_file()


def stances(text, registry):
    return [(c.source_name, c.stance) for c in extract(text, date(2024, 10, 30), registry)]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The Pentagon said 10,000 North Korean soldiers were in Russia.", "asserts"),
        ("The Pentagon confirmed that 10,000 North Korean soldiers were in Russia.", "confirms"),
        ("The Kremlin denied that North Korean soldiers were in Russia.", "denies"),
        ("The Kremlin dismissed reports of North Korean soldiers in Kursk as rumours.", "denies"),
        ('The Kremlin called the reports about North Korean troops "fake news".', "denies"),
        ("The Kremlin rejected claims that North Korean soldiers were fighting in Kursk.", "denies"),
        ("The Kremlin declined to comment on the North Korean soldiers in Kursk.", "does_not_deny"),
        ("Putin did not deny that North Korean soldiers were in Russia.", "does_not_deny"),
        ("The Pentagon could not confirm that North Korean soldiers were fighting.", "does_not_deny"),
        ("The Pentagon has not confirmed that North Korean troops have entered combat.", "does_not_deny"),
        (
            "Peskov said there was no confirmation of North Korean troops in the Kursk region.",
            "does_not_deny",
        ),
        ("Peskov said he had nothing to add about North Korean troops in Kursk.", "does_not_deny"),
        (
            "Peskov referred questions about the North Korean soldiers to the Defence Ministry.",
            "does_not_deny",
        ),
        ("Pyongyang neither confirmed nor denied that its soldiers were in Russia.", "does_not_deny"),
        ("Peskov brushed off reports of North Korean gunners in Kursk as contradictory.", "does_not_deny"),
        ("Prime Minister Denys Shmyhal said 300 North Korean soldiers were held in Kyiv.", "asserts"),
        (
            "Pyongyang said any posting of its gunners to Kursk would, if true, be a lawful act.",
            "does_not_deny",
        ),
        ("The Kremlin brushed aside reports of North Korean gunners in Kursk as a fabrication.", "denies"),
    ],
)
def test_the_stance_follows_the_verb_and_its_negation(text, stance, registry):
    (claim,) = extract(text, date(2024, 10, 30), registry)
    assert claim.stance == stance


def test_backing_up_another_sources_account_confirms_it(registry):
    text = "The Pentagon backed up Kyiv's account of North Korean soldiers in Kursk."
    assert dict(stances(text, registry)) == {
        "US Department of Defense": "confirms",
        "Ukrainian government": "asserts",
    }


def test_did_not_deny_is_not_a_denial():
    assert stance_of("Putin did not deny that troops were there") == "does_not_deny"
    assert stance_of("Putin denied that troops were there") == "denies"


def test_fake_is_a_denial_only_in_a_denying_frame():
    assert stance_of("soldiers were issued fake military documents") == "asserts"
    assert stance_of('the ministry called the report "fake"') == "denies"
    assert stance_of("the ministry said this was absolutely false") == "denies"
    assert stance_of("the ministry said the reports were fake") == "denies"
    # a report that its subjects used fake papers reports them; "is not known" denies nothing
    text = "ARD reported that a crew, whose names are not known, had used fake passports to rent a boat"
    assert stance_of(text) == "asserts"
    assert stance_of("ARD reported that a group used fake passports to rent a boat") == "asserts"
    assert stance_of('"It\'s a lie," the spokesman said') == "denies"
    assert stance_of("the spokesman said these were fabrications") == "denies"


def test_silence_is_told_apart_from_declining_to_comment():
    assert is_silence("The ministry did not immediately respond to a request for comment")
    assert not is_silence("The ministry declined to comment")


@pytest.mark.parametrize(
    "text",
    [
        "The navy did not comment on the raid on the tanker.",
        "The embassy has not commented on the report.",
        "Officials did not immediately comment on it.",
    ],
)
def test_not_commenting_is_silence_not_a_refusal(text):
    assert is_silence(text)


def test_a_refusal_to_comment_is_a_non_answer_and_silence_no_claim(registry):
    refusal = "The Pentagon would not comment on reports that 3,000 North Korean soldiers were in Kursk."
    silence = "The Pentagon did not comment on reports that 3,000 North Korean soldiers were in Kursk."
    assert stances(refusal, registry) == [("US Department of Defense", "does_not_deny")]
    assert stances(silence, registry) == []
    refused = "Песков не стал комментировать сообщения о 3000 северокорейских военных в Курской области."
    assert stances(refused, registry) == [("Kremlin", "does_not_deny")]


def test_russian_and_ukrainian_non_denials():
    assert stance_of("«Мне нечего добавить», — сказал Песков") == "does_not_deny"
    assert stance_of("Міноборони відмовилося коментувати повідомлення") == "does_not_deny"
    assert stance_of("Кремль опроверг сообщения") == "denies"


def test_a_denial_by_one_source_does_not_colour_another_sources_claim(registry):
    text = "Kyiv said 3,000 North Korean soldiers were in Kursk, while the Kremlin denied it."
    assert dict(stances(text, registry)) == {"Ukrainian government": "asserts", "Kremlin": "denies"}


def test_calling_reports_rubbish_is_a_denial(registry):
    text = "Kim Yo Jong called the reports about North Korean soldiers in Russia 'rubbish'."
    assert stances(text, registry) == [("North Korea", "denies")]


def test_saying_the_reports_are_groundless_is_a_denial(registry):
    text = (
        'North Korea\'s ambassador to the UN, Kim Song, said the reports about its troops were "groundless".'
    )
    assert stances(text, registry) == [("North Korea", "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "The NIS did not rule out that North Korean troops were in Kursk.",
        "The NIS said there was no evidence that North Korean troops had left Kursk.",
    ],
)
def test_a_sentence_attributed_only_by_a_phrase_is_read(text, registry):
    """No reporting verb, only "not ... rule out" or "no evidence": the sentence is still read."""
    assert stances(text, registry) == [("NIS (South Korea)", "does_not_deny")]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Pentagon spokesman Pat Ryder said the U.S. had not yet seen North Korean troops in Kursk.",
            "US Department of Defense",
        ),
        ("Песков заявил, что Кремль пока не видит войск КНДР в Курской области.", "Kremlin"),
        (
            "У ГУР заявили, що поки не бачать військових КНДР на фронті.",
            "HUR (Ukrainian military intelligence)",
        ),
    ],
)
def test_not_yet_seeing_is_no_confirmation(text, source, registry):
    assert stances(text, registry) == [(source, "does_not_deny")]


def test_one_source_asserting_and_not_confirming_in_one_sentence_gives_each_claim_its_own_part(registry):
    text = (
        "The Pentagon said about 5,000 North Korean soldiers were near Kursk, "
        "but that it could not confirm they had entered combat."
    )
    claims = {c.stance: c for c in extract(text, date(2024, 10, 30), registry)}
    assert [f.value for f in claims["asserts"].figures] == [5000]
    assert claims["does_not_deny"].figures == []
    assert claims["does_not_deny"].statement.startswith("It could not confirm")


def test_a_source_confirmed_by_another_keeps_only_its_own_claim_when_it_speaks_in_the_report(registry):
    text = (
        "Kyiv said 40 North Korean soldiers had been killed near Kursk. "
        "The Pentagon later backed up Kyiv's account of the North Korean losses."
    )
    assert stances(text, registry) == [
        ("Ukrainian government", "asserts"),
        ("US Department of Defense", "confirms"),
    ]


def test_a_source_dodging_the_same_question_twice_gives_one_claim(registry):
    text = (
        "The Pentagon said there was no sign that North Korea was sending more soldiers to Russia. "
        "Asked again on Friday, the Pentagon could not confirm whether North Korea was sending more "
        "soldiers to Russia."
    )
    assert stances(text, registry) == [("US Department of Defense", "does_not_deny")]
    text = (
        "The Pentagon said there was no sign that North Korea was sending more soldiers to Russia. "
        "The Pentagon also could not confirm that North Korean gunners had died near Kursk."
    )
    assert stances(text, registry) == [("US Department of Defense", "does_not_deny")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said it saw no sign that North Korea was sending more gunners to Russia.",
        "Sabrina Singh told reporters that she had seen reports of North Korean gunners near Kursk "
        "but had no further details.",
    ],
)
def test_a_verb_that_only_leads_to_the_same_speaker_s_non_answer_asserts_nothing(text, registry):
    assert stances(text, registry) == [("US Department of Defense", "does_not_deny")]


def test_a_source_confirming_and_stating_the_same_thing_gives_the_confirmation_only(registry):
    text = (
        "The Pentagon confirmed that North Korean gunners had entered combat near Kursk. "
        "Pat Ryder said the North Korean gunners had entered combat near Kursk last week."
    )
    assert stances(text, registry) == [("US Department of Defense", "confirms")]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Пресс-секретарь Кремля посоветовал считать противоречивыми сообщения о военных КНДР.",
            "Kremlin",
        ),
        ("Разведка Южной Кореи пока не обнаружила признаков новой отправки войск КНДР.", "NIS (South Korea)"),
        ("Розвідка Південної Кореї поки не виявила ознак нової відправки військ КНДР.", "NIS (South Korea)"),
        ("Пентагон не имеет подтверждения этим сообщениям о военных КНДР.", "US Department of Defense"),
    ],
)
def test_calling_reports_contradictory_or_finding_no_sign_yet_is_a_non_answer(text, source, registry):
    assert stances(text, registry) == [(source, "does_not_deny")]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Пентагон пока не может подтвердить гибель военных КНДР под Курском.", "US Department of Defense"),
        ("У Пентагоні не можуть підтвердити загибель військових КНДР.", "US Department of Defense"),
        ("В Кремле не подтвердили и не опровергли сообщения о военных КНДР.", "Kremlin"),
        ("Песков не стал отрицать, что военные КНДР находятся в России.", "Kremlin"),
        ("Пєсков не став заперечувати, що військові КНДР перебувають у Росії.", "Kremlin"),
        ("Песков отказался подтвердить присутствие военных КНДР.", "Kremlin"),
        ("Песков уклонился от ответа на вопрос о военных КНДР.", "Kremlin"),
        ("Пєсков ухилився від відповіді на запитання про військових КНДР.", "Kremlin"),
    ],
)
def test_russian_and_ukrainian_non_answers_with_their_own_verb(text, source, registry):
    assert stances(text, registry) == [(source, "does_not_deny")]


def test_calling_reports_groundless_or_a_plant_is_a_denial(registry):
    assert stances("Песков назвал сообщения о военных КНДР безосновательными.", registry) == [
        ("Kremlin", "denies")
    ]
    assert stances("Захарова заявила, что сообщения о военных КНДР — это вброс.", registry) == [
        ("Russian Foreign Ministry", "denies")
    ]


@pytest.mark.parametrize(
    "text, stance",
    [
        (
            "Chile was quick to reply, calling the report that it had shipped rifles to rebels nonsense.",
            "denies",
        ),
        ("Argentina went on to say that the rifles had reached rebel groups last month.", "asserts"),
    ],
)
def test_a_speaker_quick_to_reply_or_going_on_to_say_still_speaks(text, stance):
    from claims.extraction.shipped import registry_from_data

    names = {"Chilean government": "Chile", "Argentine government": "Argentina"}
    registry = registry_from_data(
        {
            "sources": [{"name": n, "kind": "government", "aliases": [a]} for n, a in names.items()],
            "topics": [{"name": "Arms for rebels", "terms": ["rifles"]}],
        }
    )
    claims = extract(text, date(2024, 10, 25), registry)
    assert [c.stance for c in claims] == [stance]


def test_not_saying_how_many_is_silence_not_a_non_answer():
    from claims.extraction.shipped import registry_from_data

    registry = registry_from_data(
        {
            "sources": [{"name": "Chilean government", "kind": "government", "aliases": ["Chile"]}],
            "topics": [{"name": "Arms for rebels", "terms": ["rifles"]}],
        }
    )
    text = "Chile said rifles for the rebels were seized at sea. It did not say how many rifles were found."
    claims = extract(text, date(2024, 10, 25), registry)
    assert [(c.source_name, c.stance) for c in claims] == [("Chilean government", "asserts")]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Chile also acknowledged fears that rifles had reached the rebels.", "asserts"),
        ("Chile acknowledged concern that the rifles could reach the rebels.", "asserts"),
        ("Chile acknowledged that rifles had reached the rebels.", "confirms"),
    ],
)
def test_acknowledging_a_worry_confirms_nothing(text, stance):
    assert stance_of(text, "en") == stance


def test_what_an_act_would_be_is_a_condition_but_a_forecast_is_a_claim():
    from claims.extraction.shipped import registry_from_data

    registry = registry_from_data(
        {
            "sources": [{"name": "Chilean government", "kind": "government", "aliases": ["Chile"]}],
            "topics": [{"name": "Arms for rebels", "terms": ["rifles"]}],
        }
    )
    day = date(2024, 10, 25)
    assert (
        extract("Chile warned that sending rifles to the rebels would be a grave escalation.", day, registry)
        == []
    )
    forecast = extract("Chile warned that the rifles would reach the rebels within weeks.", day, registry)
    assert [c.source_name for c in forecast] == ["Chilean government"]


@pytest.mark.parametrize(
    "text, stance",
    [
        # non-answers with the other verbs of checking, and checks still going on
        ("The Pentagon said it was unable to independently verify the reports of 40 dead.", "does_not_deny"),
        ("The Pentagon said it was not in a position to verify that the bridge was hit.", "does_not_deny"),
        ("The Kremlin said it was premature to draw conclusions about the downed airliner.", "does_not_deny"),
        ("The Pentagon said it had yet to see evidence that mercenaries were near Bakhmut.", "does_not_deny"),
        ("The Pentagon said it was looking into reports of an explosion at the airbase.", "does_not_deny"),
        ("The Pentagon stopped short of confirming the strike on the ammunition depot.", "does_not_deny"),
        ("The Kremlin said it had no knowledge of foreign fighters in the Donbas.", "does_not_deny"),
        # refusals
        ("The Kremlin would not be drawn on whether conscripts had crossed the border.", "does_not_deny"),
        ("Peskov said the Kremlin had nothing to say about the soldiers in Kherson.", "does_not_deny"),
        ("The Kremlin said it was unable to comment on the reports of a mutiny.", "does_not_deny"),
        # denials in the other words of news English
        ('The Kremlin said the reports of a coup "do not correspond to reality".', "denies"),
        ('The Kremlin said the claims of looting had "nothing to do with reality".', "denies"),
        ("The Kremlin flatly rebutted the allegations that its jets had bombed the dam.", "denies"),
        ("The Kremlin branded the reports of mass desertions bogus.", "denies"),
        # confirmations
        ("The Pentagon conceded that two of its drones had been lost over Syria.", "confirms"),
    ],
)
def test_the_wider_vocabulary_of_non_answers_denials_and_confirmations(text, stance, registry):
    assert [s for _, s in stances(text, registry)] == [stance]


def test_refusing_an_act_is_no_non_answer(registry):
    assert stances("The Kremlin has refused to withdraw its troops from Transnistria.", registry) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin declined to give details of the strike on the Kerch bridge.",
        "The Kremlin refused to be drawn on the strike on the Kerch bridge.",
        "The Kremlin declined to confirm that the Kerch bridge was hit.",
    ],
)
def test_refusing_to_answer_is_a_non_answer(text, registry):
    assert [s for _, s in stances(text, registry)] == ["does_not_deny"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said the accusations of shelling the plant were part of a disinformation campaign.",
        "The Kremlin said the story about the sunk cruiser was fake.",
    ],
)
def test_accusations_and_stories_called_false_are_denied(text, registry):
    assert [s for _, s in stances(text, registry)] == ["denies"]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The Pentagon said it was verifying reports that the Antonov plant was hit.", "does_not_deny"),
        ("The Pentagon is still verifying reports that the Antonov plant was hit.", "does_not_deny"),
        ("The Pentagon verified that the Antonov plant was hit.", "confirms"),
    ],
)
def test_a_check_under_way_confirms_nothing(text, stance, registry):
    assert [s for _, s in stances(text, registry)] == [stance]


@pytest.mark.parametrize(
    "text, stance",
    [
        ('"We\'re not going to comment on the strike at Engels," Peskov said.', "does_not_deny"),
        ('"We don\'t have anything to announce about the strike at Engels," Peskov said.', "does_not_deny"),
        ('"I can\'t tell you anything about the strike at Engels," Peskov said.', "does_not_deny"),
        ('"We have nothing to share on the strike at Engels," Peskov said.', "does_not_deny"),
        ('"We are aware of the strike at Engels and are looking into it," Peskov said.', "does_not_deny"),
        # a denial's own negation is no "not ... say"
        ('"This is absolutely not true," Peskov said of the strike at Engels.', "denies"),
    ],
)
def test_non_answers_and_denials_in_a_speaker_s_own_words(text, stance, registry):
    assert [s for _, s in stances(text, registry)] == [stance]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon echoed Ukrainian estimates that 40 tanks were lost near Avdiivka.",
        "The Pentagon said 40 tanks were lost near Avdiivka, corroborating Ukrainian reports.",
        "The Pentagon said 40 tanks were lost near Avdiivka, in line with earlier Ukrainian reports.",
    ],
)
def test_agreeing_with_an_earlier_account_confirms_it(text, registry):
    assert ("US Department of Defense", "confirms") in stances(text, registry)


@pytest.mark.parametrize(
    "text, stance",
    [
        # a fact of presence, tie or act negated in the speaker's own words denies it
        ("The navy said the tanker is not Italian-owned and has no Italians among its crew.", "denies"),
        ("The firm said it had no connection with any Chilean entity.", "denies"),
        ("The envoy said there are no Cuban advisers in the region.", "denies"),
        ("The envoy said Havana had never sent advisers to the region.", "denies"),
        ("The envoy said the advisers were never in the region.", "denies"),
        ("The envoy said Havana had not given rifles to the rebels.", "denies"),
        ("The envoy said Havana has never sold rifles to the rebels.", "denies"),
        # an answer not given is no denial
        ("The envoy said he had not given details about the rifles sent to the rebels.", "asserts"),
        ("Посол заявил, что никаких кубинских советников в регионе нет.", "denies"),
        ("Посол заявив, що угорських радників у регіоні немає.", "denies"),
        ("Посол заявив, що жодних кубинських радників у регіоні немає.", "denies"),
        ("Посол заявил, что венгерских советников в этом горном регионе нет.", "denies"),
        # a nation's people lacking something are not said to be absent
        ("По словам посла, у венгерских советников нет опыта работы в горах.", "asserts"),
        ("Посол заявив, що в угорських радників немає досвіду роботи в горах.", "asserts"),
        # ... but not a harm negated, a contrast, "not only", "no longer", a relative clause,
        # a negated hedge or a question
        ("The firm said none of the tanker's crew were hurt.", "asserts"),
        ("The firm said there is no danger of a spill from the tanker.", "asserts"),
        ("The prisoner said he was sent to guard a depot, not to fight.", "asserts"),
        ("The envoy said the advisers were not only Cuban.", "asserts"),
        ("The envoy said the advisers are no longer in the region.", "asserts"),
        ("The envoy said the advisers, who were not Cuban, left the region.", "asserts"),
        ("The envoy did not rule out that Cuban advisers were in the region.", "does_not_deny"),
        ("The envoy asked: does Havana still maintain that there are no Cuban advisers there?", "asserts"),
        ("Посол заявив, що вони прибули на навчання, а не на війну з кубинськими радниками.", "asserts"),
    ],
)
def test_a_negated_fact_in_the_speaker_s_words_denies_it(text, stance):
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it was still assessing the reports of Cuban advisers in the region.",
        "The ministry said it is monitoring reports of Cuban advisers in the region.",
        "В министерстве заявили, что изучают сообщения о кубинских советниках в регионе.",
        "В министерстве заявили, что проверяют информацию о кубинских советниках.",
        "У міністерстві заявили, що перевіряють інформацію про кубинських радників.",
        "У міністерстві заявили, що вивчають повідомлення про кубинських радників.",
    ],
)
def test_a_check_of_reports_under_way_does_not_deny(text):
    assert stance_of(text) == "does_not_deny"


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon refrained from commenting on reports of North Korean gunners near Engels.",
        '"It\'s not something I can confirm," Ryder said of North Korean gunners near Engels.',
        "«Такой информацией мы не располагаем», — сказал Песков о северокорейских артиллеристах у Энгельса.",
        "«Інформацією не володіємо», — заявив Зеленський про північнокорейських артилеристів біля Енгельса.",
        # an adverb between the body named with "в"/"у" and its verb
        "В Пентагоне пока не могут подтвердить присутствие северокорейских артиллеристов у Энгельса.",
        "У ГУР наразі не можуть підтвердити присутність північнокорейських артилеристів біля Енгельса.",
    ],
)
def test_more_non_answers_do_not_deny(text, registry):
    assert [s for _, s in stances(text, registry)] == ["does_not_deny"]


def test_a_nation_a_missing_detail_is_about_is_not_negated():
    assert stance_of("The envoy said he had no details about Hungarian advisers in the region.") == "asserts"


def _clauses(text, registry):
    claims = extract(text, date(2024, 10, 30), registry)
    return [(c.source_name, c.stance, [f.value for f in c.figures]) for c in claims]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "The Russian Defence Ministry said 40 drones were shot down over Belgorod and also denied "
            "that any soldiers were killed.",
            "Russian Ministry of Defence",
        ),
        (
            "Песков заявил, что над Белгородом сбиты 40 беспилотников, и опроверг сообщения "
            "о погибших военных.",
            "Kremlin",
        ),
        (
            "Міноборони Росії повідомило, що над Бєлгородом збито 40 дронів, але заперечило "
            "загибель військових.",
            "Russian Ministry of Defence",
        ),
    ],
)
def test_a_second_verb_joined_to_the_first_speaker_keeps_its_own_stance(text, source, registry):
    """ "X said A, and denied B": the denial is a claim of its own, by the same speaker; the figure
    stays with the assertion it is part of."""
    assert _clauses(text, registry) == [(source, "asserts", [40]), (source, "denies", [])]


def test_a_second_verb_of_the_same_stance_adds_no_claim(registry):
    text = (
        "The Russian Defence Ministry said 40 drones were shot down over Belgorod and added that "
        "the attack failed."
    )
    assert _clauses(text, registry) == [("Russian Ministry of Defence", "asserts", [40])]


@pytest.mark.parametrize(
    "text, stance",
    [
        # a denial that happened to the speaker, told in the passive: no denial of theirs
        (
            "The Red Cross said it had asked for access to the prisoners, but that its request had "
            "been rejected.",
            "asserts",
        ),
        ("В Минобороны заявили, что просили доступ к пленным, но их просьба была отклонена.", "asserts"),
        (
            "У Міноборони заявили, що просили доступ до полонених, але їхнє прохання було відхилене.",
            "asserts",
        ),
        # the passive with its agent: the agent denies
        ("Reports of Cuban advisers in Belgorod were rejected by the Kremlin as fake.", "denies"),
        ("The Kremlin said reports of Cuban advisers in Belgorod were false and rejected them.", "denies"),
    ],
)
def test_a_passive_denial_without_an_agent_is_no_denial_of_the_speaker(text, stance, registry):
    assert [s for _, s in stances(text, registry)] == [stance]


@pytest.mark.parametrize(
    "text, stance",
    [
        # who did it, negated: a denial in the speaker's own words, in each language
        ("Havana said none of its advisers were involved in the fighting near Belgorod.", "denies"),
        ("The Kremlin said Moscow had no ties to the group that blew up the bridge.", "denies"),
        ("В Кремле заявили, что российские военные не причастны к взрыву моста.", "denies"),
        ("Кремль заявил о непричастности к взрыву моста.", "denies"),
        ("У Кремлі заявили, що російські військові не причетні до вибуху мосту.", "denies"),
        # knowing of none is a non-answer, not a denial
        ("Zakharova said she did not know of any Cuban advisers in Belgorod.", "does_not_deny"),
        # a negation that describes people ("with no ..."), not a fact denied
        (
            "Cubans with no connection to the advisers are hoping for aid from Moscow, the Kremlin said.",
            "asserts",
        ),
        # "по данным" names who says it: "нет ... данные" across it is no missing data
        ("Выживших нет: по данным Минобороны России, погибли все 10 человек на борту.", "asserts"),
    ],
)
def test_negated_involvement_and_what_only_looks_like_it(text, stance, registry):
    assert [s for _, s in stances(text, registry)] == [stance]


def test_data_said_to_be_missing_stays_a_non_answer_beside_an_according_phrase():
    assert stance_of("По данным ведомства, данных о потерях нет.", "ru") == "does_not_deny"
    assert stance_of("Данных о потерях нет, по данным ведомства.", "ru") == "does_not_deny"


@pytest.mark.parametrize(
    "text, stance",
    [
        # an agent said not to have done harm denies doing it
        ("The Kremlin said its forces did not kill any civilians in Belgorod.", "denies"),
        ("Havana said its troops don't harm civilians in any way.", "denies"),
        # harm that did not happen is what happened: the outcome is asserted
        ("The Kremlin said the strike on Belgorod did not injure anyone.", "asserts"),
        ("The Kremlin said no one was hurt in the strike on Belgorod.", "asserts"),
        ("The Kremlin said its forces did not suffer any losses near Belgorod.", "asserts"),
    ],
)
def test_harm_an_agent_did_not_do_is_denied_harm_that_did_not_happen_is_asserted(text, stance, registry):
    assert [s for _, s in stances(text, registry)] == [stance]


@pytest.mark.parametrize(
    "text, stance",
    [
        # the writer's concessive caveat is the outlet's note, not the speaker's stance
        (
            "The Kremlin said two soldiers were killed near Belgorod, although this could not be "
            "independently confirmed.",
            "asserts",
        ),
        (
            "The Kremlin said two soldiers were killed near Belgorod, but this could not be verified.",
            "asserts",
        ),
        # a detail the speaker cannot confirm leaves its claim an assertion
        (
            "The Kremlin said two soldiers were killed near Belgorod but could not confirm their names.",
            "asserts",
        ),
        (
            "The Kremlin confirmed two soldiers were killed near Belgorod but could not confirm their names.",
            "confirms",
        ),
        # what it cannot confirm is a proposition of its own: a non-answer still
        (
            "The Kremlin said Cuban advisers were near Belgorod but could not confirm that they had fought.",
            "does_not_deny",
        ),
    ],
)
def test_a_caveat_or_a_detail_left_open_does_not_change_the_speaker_s_stance(text, stance, registry):
    assert [s for _, s in stances(text, registry)] == [stance]
