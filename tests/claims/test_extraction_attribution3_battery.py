"""A third battery of short made-up sentences on attribution: a body named as a noun's modifier ("a
UN post"), a place where the speakers are ("hospitals in El Fasher"), words between a speaker and
its verb ("has so far refrained from"), a speaker telling of its own silence ("said it does not
comment") against the narrator's note of one ("did not comment"), a registry person named by
surname alone, partners with no name ("its allies"), "the army" with no state body named before,
and reporting nouns ("in a statement", "a statement from X"). Several wars; Russian and Ukrainian
where the same shape exists. A registry made up here. Each case: the (source, stance) pairs an
analyst expects.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 4, 2)

SOURCES = [
    ("UNIFIL", "international", ["UN peacekeepers"]),
    ("United Nations", "international", ["UN", "U.N.", "ООН"]),
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["SAF", "Sudan's army", "the Sudanese army"]),
    ("Israel Defense Forces", "military", ["IDF", "Israeli military", "Israeli army"]),
    ("Hamas", "military", []),
    ("Hezbollah", "military", []),
    ("Houthis", "military", ["Ansar Allah", "Houthi"]),
    ("Al-Masirah TV", "media", ["Al-Masirah"]),
    ("SANA", "media", []),
    ("Syrian government", "government", ["Damascus", "Syria"]),
    ("North Korea", "government", ["Kim Jong Un", "Pyongyang"]),
    ("Russian Ministry of Defence", "government", ["Минобороны России", "Міноборони Росії"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov", "Кремль", "Песков"]),
    ("HUR", "intelligence",
     ["Kyrylo Budanov", "Ukrainian military intelligence", "Кирилл Буданов", "Кирило Буданов", "ГУР"]),
    ("Ukrainian government", "government", ["Ukraine", "Kyiv", "Украина", "Україна", "Киев", "Київ"]),
    ("Russian government", "government", ["Russia", "Moscow"]),
    ("Tigray People's Liberation Front", "military", ["TPLF"]),
    ("Ethiopian government", "government", ["Addis Ababa", "Ethiopia"]),
    ("Myanmar junta", "government", ["Naypyidaw", "the junta"]),
    ("Arakan Army", "military", []),
    ("Azerbaijani Defence Ministry", "government", ["Azerbaijan's defence ministry"]),
    ("Armenian Defence Ministry", "government", ["Armenia's defence ministry"]),
    ("Malian Armed Forces", "military", ["FAMa", "the Malian army"]),
    ("Syrian Observatory for Human Rights", "other", ["SOHR", "Rami Abdel Rahman"]),
    ("Yemeni government", "government", ["Yemen's government"]),
]  # fmt: skip
PLACES = [
    ("El Fasher", 13.63, 25.35), ("Naqoura", 33.12, 35.14), ("Mekelle", 13.5, 39.47), ("Sittwe", 20.15, 92.9),
    ("Gaza City", 31.5, 34.47), ("Kidal", 18.44, 1.41), ("Kharkiv", 49.99, 36.23), ("Hodeidah", 14.8, 42.95),
    ("Khartoum", 15.5, 32.56), ("Idlib", 35.93, 36.63), ("Lachin", 39.64, 46.55), ("Aleppo", 36.2, 37.16),
    ("Харьков", 49.99, 36.23), ("Харків", 49.99, 36.23), ("Lebanon", 33.85, 35.86),
]  # fmt: skip
TERMS = """drone drones missile missiles rocket rockets shelling shelled strike strikes attack killed wounded
дрон дроны дрони удар обстрел обстріл""".split()


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


def said(text, registry):
    return made_up.said(text, registry, DAY)


UN, RSF, SAF, IDF = "United Nations", "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces"
KREMLIN, HUR, UA, RU = "Kremlin", "HUR", "Ukrainian government", "Russian government"
TPLF, ETH = "Tigray People's Liberation Front", "Ethiopian government"
JUNTA, AA = "Myanmar junta", "Arakan Army"
AZ, AM, MALI = "Azerbaijani Defence Ministry", "Armenian Defence Ministry", "Malian Armed Forces"
SOHR = "Syrian Observatory for Human Rights"
A, D, N = "asserts", "denies", "does_not_deny"

# A body named as a noun's modifier after an article or a number says whose the noun is: it does
# not speak ("post", "posts" are verbs too).
MODIFIERS = [
    ("The IDF said its troops fired at a UN post near Naqoura.", [(IDF, A)]),
    ("Israeli tanks fired on two UN posts in Naqoura, wounding two peacekeepers.", []),
    ("A shell hit a UN post near Naqoura, wounding two peacekeepers, the IDF said.", [(IDF, A)]),
    ("Two drones struck a UN convoy near El Fasher, the RSF said.", [(RSF, A)]),
    ("The junta said its jets struck an Arakan Army post near Sittwe.", [(JUNTA, A)]),
    ("Junta troops shelled an Arakan Army post near Sittwe, the Arakan Army said.", [(AA, A)]),
    ("The Ethiopian government said its forces overran a TPLF post near Mekelle.", [(ETH, A)]),
    ("Malian soldiers fired on a UN post near Kidal, FAMa said.", [(MALI, A)]),
    # ... but a body before its own post, with no article, speaks
    ("UNIFIL said a rocket hit one of its posts near Naqoura.", [("UNIFIL", A)]),
    ("Hezbollah posts a video of every strike, the IDF said.", [(IDF, A)]),
    # ... and a body's report or post that speaks is the body speaking
    ("A UN report said 40 people were killed in El Fasher.", [(UN, A)]),
    ("According to a UN report, 40 people were killed in El Fasher.", [(UN, A)]),
    ("An RSF post on Telegram said its drones hit El Fasher.", [(RSF, A)]),
    ("A Houthi post on X claimed a missile hit a ship off Hodeidah.", [("Houthis", A)]),
]  # fmt: skip

# A body right before another, nothing between, says whose the other is: the other speaks.
HEADS = [
    ("According to the Houthi al-Masirah television, US jets struck Hodeidah.", [("Al-Masirah TV", A)]),
    ("US jets struck Hodeidah, according to the Houthi Al-Masirah TV.", [("Al-Masirah TV", A)]),
    ("According to the Syrian SANA agency, Israeli jets struck Aleppo.", [("SANA", A)]),
    ("The Houthi Al-Masirah TV said US jets struck Hodeidah.", [("Al-Masirah TV", A)]),
    # a medium named alone speaks
    ("According to Al-Masirah, US jets struck Hodeidah.", [("Al-Masirah TV", A)]),
]  # fmt: skip

# A place the registry knows only as a place is where the speakers are, never who speaks (the
# people there speak for themselves: test_extraction_witness_groups.py).
PLACES_NOT_SPEAKERS = [
    ("Hospitals in El Fasher admitted 40 wounded after the shelling.", []),
    ("Hospitals in El Fasher admitted 40 wounded after the shelling, the RSF said.", [(RSF, A)]),
    ("Hospitals in Mekelle said they had treated 30 wounded.", []),
    ("Medics in Gaza City said 12 people were killed in the strike.", [("Medics (unnamed)", A)]),
    ("Doctors in Idlib said a drone strike killed five people, SOHR said.", [(SOHR, A)]),
    ("Residents in Aleppo reported heavy shelling overnight.", [("Residents (unnamed)", A)]),
    ("Witnesses in Sittwe said junta jets struck a market.", [("Witnesses (unnamed)", A)]),
    ("An aid worker in El Fasher said 12 people were killed.", []),
    # a capital the registry names as a government speaks
    ("Kyiv said Russian drones struck Kharkiv.", [(UA, A)]),
    ("Addis Ababa said the TPLF shelled Mekelle.", [(ETH, A)]),
    ("В больницах Харькова заявили, что приняли 40 раненых.", []),
    ("У лікарнях Харкова заявили, що прийняли 40 поранених.", []),
]  # fmt: skip

# Words that may stand between a speaker and its verb.
GAPS = [
    ("The Kremlin has so far refrained from commenting on the strike.", [(KREMLIN, N)]),
    ("Moscow has so far refrained from confirming the losses.", [(RU, N)]),
    ("The TPLF has thus far refrained from commenting on the shelling of Mekelle.", [(TPLF, N)]),
    ("The junta has so far said nothing about the strike on Sittwe.", []),
    ("The IDF has so far said that 10 militants were killed in Gaza City.", [(IDF, A)]),
    ("Hamas has so far denied that its fighters were in the hospital in Gaza City.", [("Hamas", D)]),
    ("FAMa has so far confirmed the deaths of 10 soldiers near Kidal.", [(MALI, "confirms")]),
    # a name the registry does not know, as well
    ("The Sudan Doctors Network has so far refrained from commenting on the strike.",
     [("Sudan Doctors Network", N)]),
    ("The Tigray Interim Administration has thus far said 30 people were killed in Mekelle.",
     [("Tigray Interim Administration", A)]),
    ("Кремль пока воздержался от комментариев по поводу удара.", [(KREMLIN, N)]),
]  # fmt: skip

# A speaker that tells of its own silence refuses to answer, whatever the tense; the narrator's
# "did not comment" stays silence.
REFUSALS = [
    ("The IDF said it does not comment on reports of foreign strikes.", [(IDF, N)]),
    ("The IDF said it does not comment on operational matters.", [(IDF, N)]),
    ("Peskov said he could not comment because he had no information.", [(KREMLIN, N)]),
    ("The IDF said it could not comment because the incident was under review.", [(IDF, N)]),
    ("The RSF said that it did not comment on military operations.", [(RSF, N)]),
    ("Azerbaijan's defence ministry said it would not comment on the shelling near Lachin.", [(AZ, N)]),
    ("The Houthis said they do not comment on the movements of their forces.", [("Houthis", N)]),
    # ... an act not done is no refusal to answer
    ("The IDF said it did not respond to the rocket fire from Lebanon.", [(IDF, A)]),
    ("The TPLF said it would not respond to provocations near Mekelle.", []),  # a pledge: no claim
    ("The IDF did not comment on the report.", []),
    ("The IDF did not immediately comment on the strike in Naqoura.", []),
    ("The RSF did not respond to a request for comment.", []),
    ("The junta did not comment on the strike, and the Arakan Army said 12 people were killed.", [(AA, A)]),
    ("The IDF said Hamas had not commented on the strike.", []),
    ("Песков сказал, что не может это прокомментировать, потому что у него нет информации.", [(KREMLIN, N)]),
    ("Песков заявил, что не комментирует сообщения об ударе.", [(KREMLIN, N)]),
    ("Кремль не прокомментировал удар.", []),
    ("Буданов сказав, що не може це прокоментувати.", [(HUR, N)]),
    ("Буданов не прокоментував удар.", []),
]  # fmt: skip

# A person the registry knows by full name, named by surname alone.
SURNAMES = [
    ("Budanov said Russia was massing troops near Kharkiv.", [(HUR, A)]),
    ("Budanov told reporters that Russia was massing troops near Kharkiv.", [(HUR, A)]),
    ("Kyrylo Budanov said Russia was massing troops. Budanov said the drones came from Iran.",
     [(HUR, A), (HUR, A)]),
    ("Abdel Rahman said a drone strike killed five people in Idlib.", [(SOHR, A)]),
    ("Rahman said a drone strike killed five people in Idlib.", [(SOHR, A)]),
    ("Буданов заявил, что Россия стягивает войска к Харькову.", [(HUR, A)]),
    ("Буданов заявив, що Росія стягує війська до Харкова.", [(HUR, A)]),
]  # fmt: skip

# Partners with no name of their own: the named speaker speaks.
ALLIES = [
    ("Ukraine and its allies say Russia fired missiles at Kharkiv.", [(UA, A)]),
    ("Ukraine and its Western allies say Russia fired missiles at Kharkiv.", [(UA, A)]),
    ("Kyiv and its allies accuse Russia of shelling the plant with drones.", [(UA, A)]),
    ("The RSF and its allies said the army shelled El Fasher.", [(RSF, A)]),
    ("The junta and its Russian backers said the Arakan Army shelled Sittwe.", [(JUNTA, A)]),
    ("Hamas and its allies in Lebanon said 12 people were killed in Gaza City.", [("Hamas", A)]),
    ("Russia said drones hit the plant. Its allies accused Ukraine of shelling it.", [(RU, A)]),
    ("Russia's allies said the strike on Kharkiv was provoked.", []),
    ("Hamas's allies in Lebanon said 12 people were killed in Gaza City.", []),
    ("Украина и её союзники заявляют, что Россия обстреляла Харьков.", [(UA, A)]),
    ("Киев и его западные партнёры заявили, что Россия обстреляла Харьков.", [(UA, A)]),
    ("Україна та її союзники заявляють, що Росія обстріляла Харків.", [(UA, A)]),
]  # fmt: skip

# "The army", "the military": a state's; with none named before, nobody, never the armed group
# that spoke last.
ARMIES = [
    ("The RSF said it took the town. The army said it repelled the attack.", [(RSF, A)]),
    ("Hamas said 12 people were killed. The army said it struck a command centre.", [("Hamas", A)]),
    ("The TPLF said it shelled Mekelle. The military said it repelled the attack.", [(TPLF, A)]),
    ("The Houthis said a missile hit a ship off Hodeidah. The military said the crew was safe.",
     [("Houthis", A)]),
    ("The IDF said its jets struck Gaza City. The army said 10 militants were killed.", [(IDF, A), (IDF, A)]),
    ("The Sudanese army said it retook Khartoum. The RSF said it shelled El Fasher. "
     "The army said 30 fighters were killed.", [(SAF, A), (RSF, A), (SAF, A)]),
    ("The junta said the Arakan Army shelled Sittwe. The military said 20 fighters were killed.",
     [(JUNTA, A), (JUNTA, A)]),
]  # fmt: skip

# A statement names its speaker as the verb's subject does.
STATEMENTS = [
    ("In a statement, the RSF said its drones hit El Fasher.", [(RSF, A)]),
    ("The Sudanese army said it retook Khartoum. In a statement, the army said 30 fighters were killed.",
     [(SAF, A), (SAF, A)]),
    ("A statement from the IDF said troops struck a rocket launcher.", [(IDF, A)]),
    ("The IDF's statement said troops struck a rocket launcher.", [(IDF, A)]),
    ("According to a statement by the Sudanese army, 30 RSF fighters were killed.", [(SAF, A)]),
    ("According to a statement from the Houthis, a missile hit a ship off Hodeidah.", [("Houthis", A)]),
    ("In its statement, the IDF said troops struck a rocket launcher.", [(IDF, A)]),
    ("The junta said in a statement that the Arakan Army shelled Sittwe.", [(JUNTA, A)]),
    ("Armenia's defence ministry said in a statement that Azerbaijani forces shelled Lachin.", [(AM, A)]),
    ("A statement issued by the RSF said its drones hit El Fasher.", [(RSF, A)]),
    ("The RSF, in a statement, said its drones hit El Fasher.", [(RSF, A)]),
    ("In a statement on Telegram, the Arakan Army said it seized Sittwe.", [(AA, A)]),
    ("The statement, issued by the Houthis, said a missile hit a ship off Hodeidah.", [("Houthis", A)]),
    ("A TPLF statement said its forces shelled Mekelle.", [(TPLF, A)]),
    ("According to an IDF statement, its jets struck Gaza City.", [(IDF, A)]),
    ("In a joint statement, Armenia's defence ministry and Azerbaijan's defence ministry said the shelling "
     "near Lachin had stopped.", [(AM, A), (AZ, A)]),
    # "the statement": the latest that made a claim, not the latest named
    ("The Kremlin said Russian troops retook the village. Peskov said Moscow was grateful to Kim Jong Un. "
     "The statement said North Korean soldiers fought bravely.", [(KREMLIN, A), (KREMLIN, A)]),
    ("The RSF said its fighters took the airport. The army's commander met the Sudanese army chief. "
     "The statement said 30 soldiers were killed.", [(RSF, A), (RSF, A)]),
    ("Как говорится в заявлении ГУР, дроны ударили по Харькову.", [(HUR, A)]),
    ("В сообщении ГУР сказано, что дроны ударили по Харькову.", [(HUR, A)]),
    ("В заявлении ГУР говорится, что дроны ударили по Харькову.", [(HUR, A)]),
    ("В заявлении Минобороны России говорится, что дроны ударили по Харькову.",
     [("Russian Ministry of Defence", A)]),
    ("У заяві ГУР йдеться про те, що дрони вдарили по Харкову.", [(HUR, A)]),
    ("У повідомленні Міноборони Росії сказано, що дрони вдарили по Харкову.",
     [("Russian Ministry of Defence", A)]),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    MODIFIERS + HEADS + PLACES_NOT_SPEAKERS + GAPS + REFUSALS + SURNAMES + ALLIES + ARMIES + STATEMENTS,
)
def test_the_analyst_gets_the_source_and_stance_they_expect(text, expected, registry):
    assert said(text, registry) == expected
