"""A second battery of short made-up sentences on attribution: bodies named again by their kind
("the group", "the UN mission", "the agency"), a relative clause between a speaker and its verb,
denials with an object ("rejected Moscow's account"), accusations and speakers coordinated "in
turn", non-answers of a check under way ("was looking into the reports"), and Russian and Ukrainian
wordings (a body in guillemets after its kind noun, "за його словами", a negated fact, an inflected
registry name). Several wars; a registry made up here. Each case: the (source, stance) pairs an
analyst expects.
"""

from datetime import date

import pytest

from claims.extraction import extract
from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 3, 12)

SOURCES = [
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["SAF", "Sudan's army", "the Sudanese army"]),
    ("Israel Defense Forces", "military",
     ["IDF", "Israeli military", "Israel's military", "Israeli army", "ЦАХАЛ", "Армия обороны Израиля",
      "Армія оборони Ізраїлю"]),
    ("Hamas", "military", ["ХАМАС"]),
    ("Hezbollah", "military", ["Хезболла", "Хезболла"]),
    ("Houthis", "military", ["Ansar Allah", "хуситы", "хусити"]),
    ("UNIFIL", "international", ["UN peacekeepers", "UN peacekeeping mission in Lebanon"]),
    ("MINUSMA", "international", []),
    ("IAEA", "international", ["International Atomic Energy Agency", "МАГАТЭ", "МАГАТЕ"]),
    ("Malian Armed Forces", "military", ["FAMa", "Mali's army", "the Malian army"]),
    ("Azerbaijani Defence Ministry", "government", ["Azerbaijan's defence ministry"]),
    ("Armenian Defence Ministry", "government", ["Armenia's defence ministry"]),
    ("SANA", "media", []),
    ("KCNA", "media", []),
    ("Yonhap", "media", []),
    ("Ukrainian Foreign Ministry", "government",
     ["Ukraine's Foreign Ministry", "МИД Украины", "МЗС України"]),
    ("Russian government", "government", ["Russia", "Moscow", "Москва"]),
    ("Ukrainian government", "government", ["Ukraine", "Kyiv", "Киев", "Київ"]),
    ("Western governments", "government", ["Western allies"]),
    ("Rosatom", "other", ["Росатом"]),
    ("Energoatom", "other", ["Энергоатом", "Енергоатом"]),
    ("Ukrainian Air Force", "military", ["Повітряні сили", "Юрій Ігнат"]),
    ("Russian Ministry of Defence", "government",
     ["Russian Defence Ministry", "Минобороны России", "Міноборони Росії"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov", "Кремль", "Песков"]),
    ("Center for the Study of Occupation", "other",
     ["Petro Andriushchenko", "Андрющенко", "Петро Андрющенко"]),
    ("Reuters", "media", []),
]  # fmt: skip
PLACES = [
    ("El Fasher", 13.63, 25.35), ("Rafah", 31.29, 34.25), ("Hodeidah", 14.8, 42.95), ("Lachin", 39.64, 46.55),
    ("Kidal", 18.44, 1.41), ("Damascus", 33.51, 36.29), ("Naqoura", 33.12, 35.14), ("Tyre", 33.27, 35.2),
    ("Kharkiv", 49.99, 36.23), ("Enerhodar", 47.5, 34.65),
]  # fmt: skip
TERMS = """drone drones missile missiles rocket rockets shelling strike strikes attack killed дрон дронов
ракет обстрел удар дронів обстріл""".split()


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


def said(text, registry):
    return made_up.said(text, registry, DAY)


RSF, SAF, IDF, HEZ = "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces", "Hezbollah"
AZ, AM, MALI = "Azerbaijani Defence Ministry", "Armenian Defence Ministry", "Malian Armed Forces"
IAEA = "IAEA"
AIR, RU_MOD, KREMLIN = "Ukrainian Air Force", "Russian Ministry of Defence", "Kremlin"
UA_MFA, RU, UA = "Ukrainian Foreign Ministry", "Russian government", "Ukrainian government"
WEST = "Western governments"
CSO = "Center for the Study of Occupation"
A, C, D, N = "asserts", "confirms", "denies", "does_not_deny"

# A body named again by its kind: the nearest earlier body that the noun can describe.
KIND_NOUNS = [
    ("Hezbollah said its fighters fired rockets at an army base. The group said the base was hit.",
     [(HEZ, A), (HEZ, A)]),
    ("The IDF said its jets struck Hezbollah positions near Tyre. "
     "The group said it fired 40 rockets in response.",
     [(IDF, A), (HEZ, A)]),
    ("Hamas said two of its commanders were killed in Rafah. "
     "The movement said the strike also killed 12 people.",
     [("Hamas", A), ("Hamas", A)]),
    ("Sudan's army said its jets hit RSF positions near El Fasher. "
     "The paramilitary group said it shot down two drones.", [(SAF, A), (RSF, A)]),
    ("The Houthis said a missile hit a ship off Hodeidah. The group added that the crew had been warned.",
     [("Houthis", A), ("Houthis", A)]),
    ("UNIFIL said a shell hit its base in Naqoura. The UN mission said two peacekeepers were hurt.",
     [("UNIFIL", A), ("UNIFIL", A)]),
    ("Israeli troops fired at a UNIFIL tower in Naqoura, the IDF said. "
     "The UN mission said two peacekeepers were hurt.", [(IDF, A), ("UNIFIL", A)]),
    # named by its kind only: the one registry body of that kind whose names hold the description
    ("Israeli troops fired near a UN position in Naqoura, the IDF said. The UN mission said two of its "
     "peacekeepers were hurt.", [(IDF, A), ("UNIFIL", A)]),
    ("MINUSMA said a convoy hit a mine near Kidal. The peacekeeping mission said three soldiers were killed.",
     [("MINUSMA", A), ("MINUSMA", A)]),
    ("The IAEA said drones hit the plant's training centre. "
     "The agency said no rise in radiation was recorded.",
     [(IAEA, A), (IAEA, A)]),
    ("SANA said Israeli jets struck Damascus airport. The agency said two soldiers were hurt.",
     [("SANA", A), ("SANA", A)]),
    ("KCNA said the North fired a new missile. The state news agency said the launch was a success.",
     [("KCNA", A), ("KCNA", A)]),
    ("The IDF said it struck Hamas positions in Rafah. The military said 10 militants were killed.",
     [(IDF, A), (IDF, A)]),
    ("The IDF said it struck Hamas positions in Rafah. Hamas said the strike killed civilians. "
     "The military said 10 militants were killed.", [(IDF, A), ("Hamas", A), (IDF, A)]),
    ("Hamas said Israeli strikes killed 12 people in Rafah. The Israeli army said it hit a command centre. "
     "The movement said the dead were civilians.", [("Hamas", A), (IDF, A), ("Hamas", A)]),
    ("The Sudanese army said it retook Khartoum. The RSF said the army shelled El Fasher. "
     "The army said 30 fighters were killed.", [(SAF, A), (RSF, A), (SAF, A)]),
    # a modifier between the article and the kind noun
    ("Hezbollah said its fighters hit a tank. The Iran-backed group said 3 soldiers were killed.",
     [(HEZ, A), (HEZ, A)]),
    ("Israeli jets struck Hezbollah positions near Tyre. The Lebanese group said it fired 40 rockets.",
     [(HEZ, A)]),
    ("The IDF said its jets struck Tyre. The Iran-backed group said the strike killed 5 people.", [(IDF, A)]),
    # what the group has not yet confirmed is its silence, not an answer
    ("The IDF said a Hamas commander had been killed in Rafah, but the group had not confirmed it.",
     [(IDF, A)]),
    ("Hamas said it has not confirmed that its commander was killed in Rafah.", [("Hamas", N)]),
    # a name with "Group" in it is no description
    ("Hamas said 12 people were killed in Rafah. The Wagner Group said its fighters killed 20 militants "
     "near Kidal.", [("Hamas", A), ("Wagner Group", A)]),
    # no group named before: "the group" is nobody, never the army that spoke last
    ("The IDF said its jets struck Tyre. The group said the strike killed 5 people.", [(IDF, A)]),
    ("Hezbollah said its fighters hit a tank sent to back up the Israeli soldiers near Tyre.", [(HEZ, A)]),
    ("ХАМАС заявил, что в Рафахе погибли 12 человек. Движение также заявило, что удар пришелся по школе.",
     [("Hamas", A), ("Hamas", A)]),
    ("Хезболла заявила, что обстреляла базу ЦАХАЛа. Группировка заявила, что попала в танк.",
     [(HEZ, A), (HEZ, A)]),
    ("Хусити заявили, що влучили ракетою в судно біля Ходейди. "
     "Угруповання також заявило, що екіпаж попередили.",
     [("Houthis", A), ("Houthis", A)]),
]  # fmt: skip

# A relative clause between the speaker and its verb.
RELATIVE = [
    ("The Israeli military, which has been trading fire with Hezbollah since October, declined to comment.",
     [(IDF, N)]),
    ("The RSF, which has besieged El Fasher since May, said its drones hit army positions.", [(RSF, A)]),
    # what the relative clause reports is the body's claim too
    ("Armenia's defence ministry, which had earlier reported shelling near Lachin, denied that its troops "
     "opened fire.", [(AM, A), (AM, D)]),
    ("The Israeli military, which has been trading fire with the Iran-backed group since the war began in "
     "October, declined to comment.", [(IDF, N)]),
    ("The Houthis, who control most of northern Yemen, said their missiles hit a ship off Hodeidah.",
     [("Houthis", A)]),
    ("The IAEA, whose experts have been at the plant since 2022, said mines were found near "
     "the cooling pond.",
     [(IAEA, A)]),
    ("The Malian army, which is fighting jihadists in the north, said 20 militants were killed near Kidal.",
     [(MALI, A)]),
    ("The Houthis, who have controlled most of northern Yemen and the capital Sanaa since they ousted the "
     "government in 2014, said their missiles hit a ship off Hodeidah.", [("Houthis", A)]),
    ("Sudan's army, which has been fighting the paramilitary RSF for control of the country since April "
     "last year, said its jets struck El Fasher.", [(SAF, A)]),
    ("Минобороны России, которое ранее сообщало об атаках дронов, заявило, что сбиты 20 дронов.",
     [(RU_MOD, A)]),
    ("Повітряні сили, які щоночі звітують про атаки, повідомили, що збито 30 дронів.", [(AIR, A)]),
]  # fmt: skip

# Denials whose object names what is denied; accusations; speakers coordinated "in turn".
DENIALS = [
    # the account rejected is its owner's claim (as "backed up Kyiv's account" is Kyiv's)
    ("Ukraine's Foreign Ministry has rejected Moscow's account.", [(UA_MFA, D), (RU, A)]),
    ("Ukraine and its Western allies accuse Russia of using the plant as a military base.",
     [(UA, A), (WEST, A)]),
    ("The Sudanese army dismissed the claims.", [(SAF, D)]),
    ("Armenia's defence ministry refuted the report.", [(AM, D)]),
    ("Hamas rejected the Israeli account of the strike in Rafah.", [("Hamas", D)]),
    ("The Kremlin has dismissed Kyiv's version of events.", [(KREMLIN, D)]),
    ("The RSF rejected the army's claims of a drone strike on El Fasher.", [(RSF, D)]),
    ("Azerbaijan's defence ministry accused Armenian forces of shelling positions near Lachin.", [(AZ, A)]),
    ("Hamas accuses Israel of striking a school in Rafah.", [("Hamas", A)]),
    ("Ukraine and its Western allies, in turn, accuse Russia of using the plant as a military base.",
     [(UA, A), (WEST, A)]),
    ("Russia, in turn, accuses Ukraine of shelling the plant.", [(RU, A)]),
    ("Sudan's army and the RSF accuse each other of shelling El Fasher.", [(SAF, A), (RSF, A)]),
    ("The IDF said Hezbollah fighters operate near UNIFIL posts, endangering the peacekeepers.", [(IDF, A)]),
    ("In an interview with Reuters Peskov said drones hit Kharkiv.", [(KREMLIN, A)]),
    # a negation made emphatic after it denies; a harm negated, a refusal to comment do not
    ("The RSF said its fighters did not shell El Fasher at all.", [(RSF, D)]),
    ("Houthi forces did not target the ship off Hodeidah in any way, Ansar Allah said.", [("Houthis", D)]),
    ("The IDF said no one was hurt at all in the strike on Rafah.", [(IDF, A)]),
    ("The IDF said it would not comment at all on the strike in Rafah.", [(IDF, N)]),
    ("МИД Украины отверг версию Москвы.", [(UA_MFA, D)]),
    ("Минобороны России опровергло заявления Киева об ударе.", [(RU_MOD, D)]),
    ("МЗС України відкинуло версію Москви.", [(UA_MFA, D)]),
    ("Київ звинуватив Москву в обстрілі станції.", [(UA, A)]),
]  # fmt: skip

# A check still under way: neither an assertion nor a denial (the corpus guide, rule 4).
CHECKS = [
    ("The IDF said it was conducting a thorough review of the incident in Naqoura.", [(IDF, N)]),
    ("The Israeli military said it was looking into the reports of a strike on a UN base.", [(IDF, N)]),
    ("The IDF said it was still examining the circumstances of the strike.", [(IDF, N)]),
    ("Sudan's army said it was investigating the incident in El Fasher.", [(SAF, N)]),
    ("The Malian army said an investigation was under way into the deaths near Kidal.", [(MALI, N)]),
    ("The IDF said the incident was under review.", [(IDF, N)]),
    ("Armenia's defence ministry said the circumstances of the shelling near Lachin were being clarified.",
     [(AM, N)]),
    ("The Houthis said they were reviewing the reports of a strike off Hodeidah.", [("Houthis", N)]),
    ("В Минобороны России заявили, что изучают обстоятельства инцидента.", [(RU_MOD, N)]),
    ("Повітряні сили повідомили, що з'ясовують обставини падіння дрона.", [(AIR, N)]),
    # ... but a finding is asserted
    ("The IDF said a review found that troops fired at a UN base in Naqoura.", [(IDF, A)]),
]  # fmt: skip

CYRILLIC = [
    ("В госкорпорации «Росатом» и вовсе заявили, что удар по станции можно считать терроризмом.",
     [("Rosatom", A)]),
    ("В компании «Энергоатом» заявили, что дрон ударил по станции.", [("Energoatom", A)]),
    ("В «Росатоме» заявили, что дрон ударил по станции.", [("Rosatom", A)]),
    ("«Росатом» и вовсе заявил, что дрон ударил по станции.", [("Rosatom", A)]),
    ("В «Енергоатомі» й взагалі заявили, що дрон вдарив по станції.", [("Energoatom", A)]),
    ("ЦАХАЛ отчитался об ударах по 300 объектам «Хезболлы».", [(IDF, A)]),
    ("Андрющенко заявив, що росіяни обстріляли станцію. "
     "Натомість, за його словами, цієї ночі росіяни знову обстрілювали Енергодар.", [(CSO, A), (CSO, A)]),
    ("Песков заявил, что удар нанесли дроны. По его словам, жертв нет.", [(KREMLIN, A), (KREMLIN, A)]),
    ("Песков заявил, что удар нанесли дроны. Зато, по его словам, жертв нет.", [(KREMLIN, A), (KREMLIN, A)]),
    # a harm negated reports what happened; an emphatic "no ... at all" before a negation denies
    ("Песков заявил, что никакого ущерба станции не нанесено.", [(KREMLIN, A)]),
    ("Андрющенко заявив, що жодних втрат серед персоналу немає.", [(CSO, A)]),
    ("Водночас, наголосив Андрющенко, жодного такого удару не зафіксувала навіть місія МАГАТЕ.", [(CSO, D)]),
    ("При этом, подчеркнул Песков, никакого удара по станции не было.", [(KREMLIN, D)]),
    ("Армія оборони Ізраїлю заявила, що завдала ударів по об'єктах «Хезболли».", [(IDF, A)]),
    ("ЦАХАЛ відзвітував про удари по понад 300 об'єктах «Хезболли».", [(IDF, A)]),
    ("Армия обороны Израиля сообщила об ударах по объектам «Хезболлы».", [(IDF, A)]),
    ("Речник Армії оборони Ізраїлю заявив, що ракети влучили в Тир.", [(IDF, A)]),
    ("Повітряні сили відзвітували про 40 збитих дронів.", [(AIR, A)]),
    ("У Міноборони Росії відзвітували про знищення 20 дронів.", [(RU_MOD, A)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", KIND_NOUNS + RELATIVE + DENIALS + CHECKS + CYRILLIC)
def test_the_analyst_gets_the_source_and_stance_they_expect(text, expected, registry):
    assert said(text, registry) == expected


def topics_of(text, registry):
    return [(c.source_name, c.stance, bool(c.topic_keys)) for c in extract(text, DAY, registry)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stance on a named source's account is about what that account is about
        ("Moscow said Ukrainian drones struck the plant.\n\nKyiv has rejected Moscow's account.",
         [(RU, A, True), (UA, D, True)]),
        # a reply "in turn" is about what it answers
        ("Russia accused Ukraine of shelling the plant with drones. "
         "Ukraine and its Western allies, in turn, accuse Russia of using the plant as a base.",
         [(RU, A, True), (UA, A, True), (WEST, A, True)]),
    ],
)  # fmt: skip
def test_a_denial_or_a_reply_is_about_the_account_it_answers(text, expected, registry):
    assert topics_of(text, registry) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Israel's military said a Hezbollah commander had been killed near Tyre, but Hezbollah had not "
         "confirmed it.", IDF),
        ("The IDF said a Hamas commander had been killed in Rafah, but the group had not confirmed it.", IDF),
        ("The RSF said its drones hit the airport in El Fasher, but Sudan's army had not confirmed it.",
         RSF),
    ],
)  # fmt: skip
def test_another_subjects_non_answer_after_but_is_not_the_speakers(text, speaker, registry):
    claims = said(text, registry)
    assert (speaker, A) in claims
    assert (speaker, N) not in claims
