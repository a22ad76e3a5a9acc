"""A battery of short made-up sentences on the stance a source takes: confirmations (a second source
backing what was reported, an admission), denials (rejected, dismissed as false, "no such", "never
happened", in the passive and as a noun), non-answers (declined to comment, neither confirmed nor
denied, would not say, referred questions elsewhere, cannot confirm, no information) and silence,
which gives no claim (the corpus guide, rules 4 and 10). Several wars and kinds of speaker; a
registry made up here. Each case: the (source, stance) pairs an analyst expects.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 20)

SOURCES = [
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["SAF", "Sudan's army", "the Sudanese army"]),
    ("Israel Defense Forces", "military", ["IDF", "Israeli military", "Israel's military", "Israeli army"]),
    ("Hamas", "military", []),
    ("Hezbollah", "military", []),
    ("Houthis", "military", ["Ansar Allah"]),
    ("UNIFIL", "international", ["UN peacekeepers"]),
    ("OCHA", "international", ["UN humanitarian office", "UN humanitarian agency"]),
    ("World Health Organization", "international", ["WHO"]),
    ("IAEA", "international", ["International Atomic Energy Agency"]),
    ("Myanmar military", "military", ["junta", "Tatmadaw", "Myanmar's military"]),
    ("Arakan Army", "military", []),
    ("Tigray People's Liberation Front", "military", ["TPLF", "Tigrayan forces"]),
    ("Ethiopian government", "government", ["Ethiopia", "Addis Ababa"]),
    ("Malian Armed Forces", "military", ["FAMa", "Mali's army", "the Malian army"]),
    ("Wagner Group", "military", ["Wagner"]),
    ("Azerbaijani Defence Ministry", "government", ["Azerbaijan's defence ministry"]),
    ("Armenian Defence Ministry", "government", ["Armenia's defence ministry"]),
    ("Syrian Observatory for Human Rights", "other", ["Syrian Observatory"]),
    ("Syrian Ministry of Defence", "government", ["Syria's defence ministry"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov", "Песков", "Пєсков"]),
    ("Russian Ministry of Defence", "government",
     ["Russian Defence Ministry", "Russia's defence ministry", "Минобороны России", "Міноборони Росії"]),
    ("Ukrainian Air Force", "military", ["Yuriy Ihnat"]),
    ("US Department of Defense", "government", ["Pentagon", "Pat Ryder"]),
    ("US Department of State", "government", ["State Department"]),
    ("Iranian government", "government", ["Iran", "Tehran"]),
    ("Iranian Foreign Ministry", "government", ["Iran's foreign ministry", "Nasser Kanaani"]),
    ("Rosatom", "other", ["Росатом"]),
    ("Energoatom", "other", ["Енергоатом", "Энергоатом"]),
    ("Ukrainian General Staff", "military", ["Генштаб ВСУ", "Генеральний штаб ЗСУ"]),
    ("Russian government", "government", ["Russia", "Moscow"]),
    ("Ukrainian government", "government", ["Ukraine", "Kyiv"]),
]  # fmt: skip
PLACES = [
    ("El Fasher", 13.63, 25.35), ("Rafah", 31.29, 34.25), ("Hodeidah", 14.8, 42.95), ("Lachin", 39.64, 46.55),
    ("Kidal", 18.44, 1.41), ("Idlib", 35.93, 36.63), ("Tyre", 33.27, 35.2), ("Kharkiv", 49.99, 36.23),
    ("Энергодар", 47.5, 34.65), ("Енергодар", 47.5, 34.65), ("Курск", 51.73, 36.19),
    ("Sittwe", 20.15, 92.9), ("Mekelle", 13.5, 39.47), ("Enerhodar", 47.5, 34.65),
]  # fmt: skip
TERMS = """drone drones missile missiles rocket rockets shelling shelled strike strikes struck attack
bombed bombing killed killing massacre airstrike дрон дронов удар удара ударе дронів удару""".split()


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


def said(text, registry):
    return made_up.said(text, registry, DAY)


RSF, SAF, IDF = "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces"
HEZ, HOU = "Hezbollah", "Houthis"
OCHA, WHO, IAEA, UNIFIL = "OCHA", "World Health Organization", "IAEA", "UNIFIL"
JUNTA, AA = "Myanmar military", "Arakan Army"
TPLF, ETH = "Tigray People's Liberation Front", "Ethiopian government"
MALI, WAGNER = "Malian Armed Forces", "Wagner Group"
AZ, AM = "Azerbaijani Defence Ministry", "Armenian Defence Ministry"
SOHR, SY_MOD = "Syrian Observatory for Human Rights", "Syrian Ministry of Defence"
KREMLIN, RU_MOD, AIR = "Kremlin", "Russian Ministry of Defence", "Ukrainian Air Force"
DOD, STATE = "US Department of Defense", "US Department of State"
RU, UA = "Russian government", "Ukrainian government"
IRAN, IR_MFA, ROSATOM, EATOM = "Iranian government", "Iranian Foreign Ministry", "Rosatom", "Energoatom"
GS = "Ukrainian General Staff"
A, C, D, N = "asserts", "confirms", "denies", "does_not_deny"

# A second source confirming what was reported, or an admission.
CONFIRMATIONS = [
    ("The Pentagon confirmed that Russian drones struck a power plant near Kharkiv.", [(DOD, C)]),
    ("A Pentagon spokesman later confirmed the strike on the power plant near Kharkiv.", [(DOD, C)]),
    ("The strike on the clinic in El Fasher was confirmed by the WHO.", [(WHO, C)]),
    ("The Arakan Army acknowledged that its fighters had shelled a market in Sittwe.", [(AA, C)]),
    ("The junta admitted that its jets had bombed the village school.", [(JUNTA, C)]),
    ("Hezbollah conceded that three of its commanders were killed in the strike near Tyre.", [(HEZ, C)]),
    ("The UN humanitarian office corroborated the survivors' account of the attack.", [(OCHA, C)]),
    ("The IAEA verified that a drone struck the training centre in Enerhodar.", [(IAEA, C)]),
    ("The RSF confirmed the deaths of two of its commanders in a drone strike.", [(RSF, C)]),
    ("The Russian Defence Ministry reconfirmed that its forces struck a fuel depot.", [(RU_MOD, C)]),
    ("Kyiv's account of the missile strike was corroborated by the Pentagon.", [(DOD, C), (UA, A)]),
    ("Ethiopia acknowledged that its drones had hit a market in Mekelle.", [(ETH, C)]),
    ("The Malian army conceded that civilians had died in the drone strike near Kidal.", [(MALI, C)]),
    ("A UNIFIL spokesperson confirmed that an Israeli tank fired at a watchtower near Tyre.", [(UNIFIL, C)]),
    ("In a rare admission, the junta said its aircraft bombed a monastery near Sittwe.", [(JUNTA, C)]),
    ("The Syrian Observatory validated the toll of 12 dead in the airstrike on Idlib.", [(SOHR, C)]),
    ("The IDF admitted striking a building in Rafah where displaced families were sheltering.", [(IDF, C)]),
    ("Yuriy Ihnat confirmed that Russian missiles struck Kharkiv overnight.", [(AIR, C)]),
    ("The Pentagon backed up Kyiv's account of the drone strike.", [(DOD, C), (UA, A)]),
    ("The IDF substantiated the report of a rocket attack on Tyre.", [(IDF, C)]),
    # an adverb between the auxiliary and the verb of a passive
    ("The drone strike on the depot was later acknowledged by the Houthis.", [(HOU, C)]),
    ("The strike on the market in El Fasher has since been confirmed by the WHO.", [(WHO, C)]),
    ("The casualty figures were later disputed by the RSF.", [(RSF, D)]),
]  # fmt: skip

# The source rejects the proposition: a denying verb, a describing frame, "no such", "never happened".
DENIALS = [
    ("The RSF denied shelling the displaced persons camp in El Fasher.", [(RSF, D)]),
    ("The attack on the camp in El Fasher was denied by the RSF.", [(RSF, D)]),
    ("Sudan's army rejected the reports of the airstrike as propaganda.", [(SAF, D)]),
    ("The junta dismissed the accounts of the massacre near Sittwe as fabricated.", [(JUNTA, D)]),
    ('The Kremlin called the reports of the drone strike "fake news".', [(KREMLIN, D)]),
    ("Hezbollah rejected Israel's claims that it stored rockets near a school in Tyre.", [(HEZ, D)]),
    ("The Russian Defence Ministry said the strike on a hospital in Kharkiv never happened.", [(RU_MOD, D)]),
    ("Ansar Allah said the reports of a missile striking a tanker off Hodeidah were untrue.", [(HOU, D)]),
    ("Ethiopia described the allegations of drone strikes in Mekelle as baseless.", [(ETH, D)]),
    ("Azerbaijan's defence ministry refuted the claims that its forces shelled Lachin.", [(AZ, D)]),
    ("The IDF said reports that it struck a watchtower near Tyre were false.", [(IDF, D)]),
    ("The TPLF flatly denied that its fighters had looted the town after the shelling.", [(TPLF, D)]),
    ("Hamas dismissed the Israeli account of the strike in Rafah as lies.", [("Hamas", D)]),
    ("Moscow disputed Kyiv's version of the missile strike.", [(RU, D)]),
    ("The RSF said it had nothing to do with the attack on the market in El Fasher.", [(RSF, D)]),
    ("The Houthis said they were not behind the attack on the ship off Hodeidah.", [(HOU, D)]),
    ("The Arakan Army said its fighters were not responsible for the shelling of Sittwe.", [(AA, D)]),
    ("Wagner denied any involvement in the killings near Kidal.", [(WAGNER, D)]),
    ("The Kremlin brushed off the reports of the drone strike as Western propaganda.", [(KREMLIN, D)]),
    ("Kyiv rebuffed the claims that its drones struck the plant in Enerhodar.", [(UA, D)]),
    ("Mali's army spokesman said the allegation of a massacre was completely unfounded.", [(MALI, D)]),
    ("Israel's military said the allegation of a strike on the hospital was without foundation.", [(IDF, D)]),
    ("The junta's spokesman said no such airstrike had taken place near Sittwe.", [(JUNTA, D)]),
    ("The Kremlin issued a flat denial that Russian drones struck the market.", [(KREMLIN, D)]),
    ("Syria's defence ministry rejected as fabricated the reports of an airstrike on Idlib.", [(SY_MOD, D)]),
    ("Armenia's defence ministry said the reports of shelling near Lachin did not correspond to reality.",
     [(AM, D)]),
    ("The RSF spokesman called the accusations of a massacre in El Fasher a smear campaign.", [(RSF, D)]),
    ("The Russian Defence Ministry said its forces did not target civilian sites in Kharkiv.", [(RU_MOD, D)]),
    ("Hamas said the claim that rockets were fired from the hospital in Rafah was a lie.", [("Hamas", D)]),
    ("The Malian army said there had been no massacre near Kidal.", [(MALI, D)]),
    ("The Pentagon repudiated the reports of a US strike near Hodeidah.", [(DOD, D)]),
    ("The accounts of the drone strike were rejected by the Tigrayan forces.", [(TPLF, D)]),
]  # fmt: skip

# Non-answers: declined, deflected, cannot (yet) confirm, no information, no evidence.
NON_ANSWERS = [
    ("The Pentagon declined to comment on the reports of a strike near Hodeidah.", [(DOD, N)]),
    ("Asked about the drone strike in Kharkiv, Peskov declined to comment.", [(KREMLIN, N)]),
    ("The IDF would neither confirm nor deny the strike in Rafah.", [(IDF, N)]),
    ("The IDF would not say whether its jets struck the convoy near Tyre.", [(IDF, N)]),
    ("The RSF refused to discuss the attack on the camp in El Fasher.", [(RSF, N)]),
    ("Ethiopia said it had no information on the drone strike in Mekelle.", [(ETH, N)]),
    ("The UN humanitarian office said it could not confirm the death toll of the airstrike.", [(OCHA, N)]),
    ("A UNIFIL spokesperson said he had no comment on the strike near Tyre.", [(UNIFIL, N)]),
    ("The junta stopped short of confirming that its jets bombed the village near Sittwe.", [(JUNTA, N)]),
    ("The Russian Defence Ministry referred questions about the missile strike to the General Staff.",
     [(RU_MOD, N)]),
    ("Peskov said the drone strike was a question for the Defence Ministry.", [(KREMLIN, N)]),
    ("The Houthis said they were not aware of any attack on the vessel off Hodeidah.", [(HOU, N)]),
    ("The Pentagon said it had seen no evidence of Iranian troops near Hodeidah.", [(DOD, N)]),
    ("The IAEA said it was unable to independently verify the reports of a drone strike.", [(IAEA, N)]),
    ("The Malian army said it would not speculate on the cause of the blast near Kidal.", [(MALI, N)]),
    ("Hezbollah neither confirmed nor denied the death of its commander in the strike.", [(HEZ, N)]),
    ("The Russian Defence Ministry did not deny that drones struck the depot.", [(RU_MOD, N)]),
    ("The Kremlin did not rule out that a missile struck the market.", [(KREMLIN, N)]),
    ("The junta's spokesman refused to be drawn on the bombing of the monastery.", [(JUNTA, N)]),
    ("The TPLF said it was too early to say who fired the rockets at Mekelle.", [(TPLF, N)]),
    ("The State Department deferred questions about the airstrike to the Pentagon.", [(STATE, N)]),
    ("A Pentagon spokesman said he had nothing to share on the strike near Hodeidah.", [(DOD, N)]),
    ("The Kremlin said it did not have any information about the drone attack.", [(KREMLIN, N)]),
    ("Israel's military said it could not immediately confirm the strike in Rafah.", [(IDF, N)]),
    ("The RSF said it had no knowledge of the attack on the hospital in El Fasher.", [(RSF, N)]),
    ("The Syrian Observatory said it could not verify the toll of the airstrike on Idlib.", [(SOHR, N)]),
    ("Sudan's army said it was checking the reports of a drone strike in El Fasher.", [(SAF, N)]),
    ("The Pentagon did not confirm the strike near Hodeidah.", [(DOD, N)]),
    ("Asked about the shelling of Lachin, Armenia's defence ministry said: \"No comment.\"", [(AM, N)]),
    ("The Pentagon said it was in no position to confirm the drone strike.", [(DOD, N)]),
    ("The junta declined to say how many people were killed in the airstrike near Sittwe.", [(JUNTA, N)]),
    ("The Ethiopian government would not be drawn on the drone strike in Mekelle.", [(ETH, N)]),
    ("The Malian army did not dispute the reports of a drone strike near Kidal.", [(MALI, N)]),
]  # fmt: skip

# The wordings of other wars: drones supplied, a nuclear plant struck, a commander killed.
OTHER_WARS = [
    ("Tehran has repeatedly denied supplying drones to Russia for use in Ukraine.", [(IRAN, D)]),
    ("Iran insists it has not provided Moscow with any drones for the war.", [(IRAN, D)]),
    ("Iran's foreign ministry acknowledged that Tehran had sent a few drones to Russia before the war.",
     [(IR_MFA, C)]),
    ("Iran dismissed the accusations that its drones were used against Kharkiv as baseless.", [(IRAN, D)]),
    ('Iran\'s foreign ministry said the claims that Iranian instructors were in Crimea were "unfounded".',
     [(IR_MFA, D)]),
    ("Moscow denies that its forces use Iranian drones.", [(RU, D)]),
    ("Tehran denies any role in the drone attacks on Kharkiv.", [(IRAN, D)]),
    ("Iran flatly rejected the report, saying it had sent no drones to Russia.", [(IRAN, D)]),
    ("The IAEA said it could not determine who was responsible for the strike on the plant.", [(IAEA, N)]),
    ("The IAEA said it was not in a position to attribute the shelling to either side.", [(IAEA, N)]),
    ("The IDF said it was aware of the reports of a strike near Tyre and was looking into them.", [(IDF, N)]),
    ("The Israeli military said it had no record of a strike in the area of Tyre.", [(IDF, N)]),
    ("The IDF says it does not target civilians in Rafah.", [(IDF, D)]),
    ('Hezbollah said the Israeli claims about the rocket attack were "lies".', [(HEZ, D)]),
    ("Hezbollah confirmed the death of its commander in an Israeli strike near Tyre.", [(HEZ, C)]),
    ("Hezbollah did not immediately confirm the death of its commander in the strike.", [(HEZ, N)]),
    ("Energoatom said it was still establishing the circumstances of the drone strike.", [(EATOM, N)]),
    ('The Kremlin said the claims about the drone strike were "absolutely untrue".', [(KREMLIN, D)]),
    ("Peskov said the Kremlin had nothing to say about the drone strike.", [(KREMLIN, N)]),
    ("The Pentagon said it could not independently confirm the drone strike near Hodeidah.", [(DOD, N)]),
    ("The Houthis claimed responsibility for the missile strike on the ship off Hodeidah.", [(HOU, A)]),
    ("The Russian Defence Ministry admitted that a missile struck the apartment block in Kharkiv.",
     [(RU_MOD, C)]),
    ("The RSF denied responsibility for the shelling of El Fasher.", [(RSF, D)]),
    ('The junta said reports of the airstrike near Sittwe were "fake news" from the rebels.', [(JUNTA, D)]),
    ("Armenia's defence ministry said the reports of shelling near Lachin were disinformation.", [(AM, D)]),
    ("The Ukrainian Air Force declined to say how many drones struck Kharkiv.", [(AIR, N)]),
    ("Песков опроверг сообщения об ударе дронов по Энергодару.", [(KREMLIN, D)]),
    ("Песков назвал сообщения об ударе дронов фейком.", [(KREMLIN, D)]),
    ("Песков отказался комментировать сообщения об ударе дронов.", [(KREMLIN, N)]),
    ("В Минобороны России не стали комментировать сообщения об ударе дронов.", [(RU_MOD, N)]),
    ("Минобороны России подтвердило удар дронов по Энергодару.", [(RU_MOD, C)]),
    ("Песков заявил, что не располагает информацией об ударе дронов.", [(KREMLIN, N)]),
    ("Песков переадресовал вопрос об ударе дронов в Минобороны.", [(KREMLIN, N)]),
    ("В Минобороны России заявили, что информация об ударе дронов не соответствует действительности.",
     [(RU_MOD, D)]),
    ("Генштаб ВСУ признал удар дронов по Курску.", [(GS, C)]),
    ("Генштаб ВСУ не подтвердил удар дронов по Курску.", [(GS, N)]),
    ("Росатом затруднился ответить на вопрос об ударе дронов.", [(ROSATOM, N)]),
    ("Пєсков спростував повідомлення про удар дронів по Енергодару.", [(KREMLIN, D)]),
    ("Пєсков назвав повідомлення про удар дронів фейком.", [(KREMLIN, D)]),
    ("Пєсков відмовився коментувати повідомлення про удар дронів.", [(KREMLIN, N)]),
    ("Міноборони Росії підтвердило удар дронів по Енергодару.", [(RU_MOD, C)]),
    ("Пєсков заявив, що не має інформації про удар дронів.", [(KREMLIN, N)]),
    ("Генеральний штаб ЗСУ заявив, що інформація про удар дронів не відповідає дійсності.", [(GS, D)]),
    ("Генеральний штаб ЗСУ визнав удар дронів по Енергодару.", [(GS, C)]),
    ("Генеральний штаб ЗСУ утримався від коментарів щодо удару дронів.", [(GS, N)]),
    ("Енергоатом заперечив удар дронів по Енергодару.", [(EATOM, D)]),
]  # fmt: skip

# More wordings: a statement denying, "confirming earlier reports", a non-answer with more words
# between its negation and its verb, "too early to comment", "neither confirm nor rule out".
MORE = [
    ("Hezbollah issued a statement denying that its fighters fired the rockets at Tyre.", [(HEZ, D)]),
    ("Hezbollah refrained from confirming the death of its commander in the strike.", [(HEZ, N)]),
    ("Confirming earlier reports, the IDF said its jets struck a building in Rafah.", [(IDF, C)]),
    ("The RSF, confirming the attack on the camp, said its fighters had shelled El Fasher.", [(RSF, C)]),
    ("Officials at the Pentagon confirmed to reporters that drones struck the base.", [(DOD, C)]),
    ("The IDF acknowledged the strike on Rafah but said it had targeted Hamas fighters.", [(IDF, C)]),
    ("The IDF said it was aware of the reports of a strike in Rafah.", [(IDF, N)]),
    ("The IDF said it was too early to comment on the strike in Rafah.", [(IDF, N)]),
    ("A spokesperson for the RSF declined to comment when contacted about the attack.", [(RSF, N)]),
    ('The Kremlin said that was "not the case" when asked about the drone strike.', [(KREMLIN, D)]),
    ("A spokesperson for the junta denied the report of the airstrike to Reuters.", [(JUNTA, D)]),
    ("The TPLF insisted the reports of the massacre were false.", [(TPLF, D)]),
    ("The RSF categorically denied any involvement in the killing of civilians in El Fasher.", [(RSF, D)]),
    ('The Houthis rejected as "lies" the claims that they struck a tanker off Hodeidah.', [(HOU, D)]),
    ("The IAEA said it had not been able to verify the reports of a drone strike.", [(IAEA, N)]),
    ("The Pentagon said it had nothing to announce about the strike near Hodeidah.", [(DOD, N)]),
    ("The Kremlin said reports that Russian drones struck the plant were part of a disinformation campaign.",
     [(KREMLIN, D)]),
    ("The State Department said it could neither confirm nor rule out the drone strike.", [(STATE, N)]),
    ("The Pentagon said its own assessment matched Kyiv's account of the drone strike.", [(DOD, C), (UA, A)]),
    ("The Syrian Observatory said it was working to verify the toll of the airstrike on Idlib.", [(SOHR, N)]),
    ("The IDF denied that its troops had fired at the watchtower near Tyre, saying they fired at militants.",
     [(IDF, D)]),
    ("Hamas admitted that some hostages had been killed in the Israeli strike on Rafah.", [("Hamas", C)]),
    ("Myanmar's military conceded for the first time that its jets had bombed the monastery.", [(JUNTA, C)]),
    ('Asked about the drone strike, Peskov said: "I have nothing to tell you."', [(KREMLIN, N)]),
    ("Asked about the drone strike, Peskov said the Kremlin had no such information.", [(KREMLIN, N)]),
    ("Peskov said there had been no drone strike on the plant.", [(KREMLIN, D)]),
    # a harm negated reports what happened
    ("The Tatmadaw said no civilians had been killed in the airstrike near Sittwe.", [(JUNTA, A)]),
    ("Пєсков заявив, що ніякого удару дронів по Енергодару не було.", [(KREMLIN, D)]),
    ("Пєсков ухилився від відповіді на питання про удар дронів.", [(KREMLIN, N)]),
    ("Песков уклонился от ответа на вопрос об ударе дронов.", [(KREMLIN, N)]),
    ("Песков заявил, что никакого удара дронов по Энергодару не было.", [(KREMLIN, D)]),
    ("Минобороны России отвергло обвинения в ударе дронов по Энергодару.", [(RU_MOD, D)]),
    ("Пєсков заявив, що не може ні підтвердити, ні спростувати удар дронів.", [(KREMLIN, N)]),
    ("«Это неправда», — заявил Песков об ударе дронов.", [(KREMLIN, D)]),
    ("Как заявил Песков, сообщения об ударе дронов не соответствуют действительности.", [(KREMLIN, D)]),
    ("По словам Пескова, Кремль не располагает информацией об ударе дронов.", [(KREMLIN, N)]),
    ("Росатом назвал сообщения об ударе дронов абсурдными.", [(ROSATOM, D)]),
    ("Песков отказался подтвердить или опровергнуть сообщения об ударе дронов.", [(KREMLIN, N)]),
    ("Минобороны России заявило, что не наносило ударов по Энергодару.", [(RU_MOD, D)]),
    ("Песков заявил, что российские военные не обстреливали Энергодар.", [(KREMLIN, D)]),
    ("Міноборони Росії заявило, що не завдавало ударів по Енергодару.", [(RU_MOD, D)]),
    ("Пєсков заявив, що російські військові не обстрілювали Енергодар.", [(KREMLIN, D)]),
    ("За словами Пєскова, Кремль не має інформації про удар дронів.", [(KREMLIN, N)]),
    ("Пєсков спростував інформацію про те, що дрони вдарили по Енергодару.", [(KREMLIN, D)]),
    # a harm negated reports what happened
    ("Песков заявил, что удар дронов не нанёс ущерба станции.", [(KREMLIN, A)]),
]  # fmt: skip

# The claim inside a quotation; an adverb between the auxiliary and the verb; a picture said to be
# fake (the picture is the subject of the claim, not what the verb shows).
QUOTED = [
    ('"We cannot confirm this information," Peskov said of the drone strike.', [(KREMLIN, N)]),
    ('"I cannot say anything about the drone strike," Peskov said.', [(KREMLIN, N)]),
    ('"That is not true," the Russian Defence Ministry said of the drone strike.', [(RU_MOD, D)]),
    ('"It\'s a lie," Peskov said of the reports of the drone strike.', [(KREMLIN, D)]),
    ('"We did not carry out any strike on the hospital," an IDF spokesman said.', [(IDF, D)]),
    ('"No such thing happened," the RSF spokesman said of the attack on El Fasher.', [(RSF, D)]),
    ('"We have nothing to do with this attack," the RSF said.', [(RSF, D)]),
    ('"We are not in a position to confirm the strike," a Pentagon spokesman said.', [(DOD, N)]),
    ('"Yes, our forces struck the depot," the Russian Defence Ministry confirmed.', [(RU_MOD, C)]),
    ('The Russian Defence Ministry denied the strike, calling the reports "a fabrication".', [(RU_MOD, D)]),
    ('Peskov rejected what he called "groundless accusations" about the drone strike.', [(KREMLIN, D)]),
    ("Hezbollah denied it had fired the rockets that struck Tyre.", [(HEZ, D)]),
    ("Iran has consistently denied arming Russia with drones.", [(IRAN, D)]),
    ("Tehran has adamantly denied supplying drones to Russia.", [(IRAN, D)]),
    ('The IDF said it "was not aware" of a strike in Rafah.', [(IDF, N)]),
    ("The Pentagon said there was no indication that drones struck the base.", [(DOD, N)]),
    ("The IAEA said it had found no evidence of a drone strike on the reactor.", [(IAEA, N)]),
    ('The Malian army described the reports of a massacre near Kidal as "pure fabrication".', [(MALI, D)]),
    ("The junta branded the accounts of the airstrike near Sittwe as lies.", [(JUNTA, D)]),
    ('Sudan\'s army said it "categorically rejects" the accusations about the airstrike.', [(SAF, D)]),
    ("The Russian Defence Ministry said the video was fake.", [(RU_MOD, D)]),
    ("The Russian Defence Ministry said the video of the drone strike was fake.", [(RU_MOD, D)]),
    ("The IDF said the footage of the strike in Rafah had been doctored.", [(IDF, D)]),
    ("The Houthis posted a video of the missile strike on the ship off Hodeidah.", []),
    ("The Houthis released footage of the strike that was filmed off Hodeidah.", []),
    # a deflection: "would only say"; "said only" with a claim after it asserts
    ("The Pentagon would say only that drones struck near Hodeidah.", [(DOD, N)]),
    ("The Pentagon said only the base near Hodeidah was struck by drones.", [(DOD, A)]),
    ("The IDF said it was not in a position to discuss the strike in Rafah.", [(IDF, N)]),
    ("It was unclear whether the IDF struck the convoy near Tyre.", []),
    # long-standing denials; figures rejected; never acknowledged is silence, never confirmed a non-answer
    ("Tehran has long denied supplying drones to Russia.", [(IRAN, D)]),
    ("Iran has always denied supplying drones to Russia.", [(IRAN, D)]),
    ("Russia has never acknowledged using Iranian drones.", []),
    ("Moscow has never publicly confirmed the use of Iranian drones.", [(RU, N)]),
    ("The Russian Defence Ministry said it did not recognise the figures for the strike.", [(RU_MOD, D)]),
    ("The IDF said the death toll from the strike in Rafah was inflated.", [(IDF, D)]),
    ("Hamas said Israel's figures for the strike in Rafah were exaggerated.", [("Hamas", D)]),
    ("Iran later admitted to supplying Russia with drones, but said they were sent earlier.", [(IRAN, C)]),
    ("Iran says the drones it supplied were sent before the war.", [(IRAN, A)]),
    ("The IDF was quick to deny the strike in Rafah.", [(IDF, D)]),
]  # fmt: skip

# A report's silence is no stance (the corpus guide, rule 10).
SILENCE: list[tuple[str, list[tuple[str, str]]]] = [
    ("The RSF has so far not commented on the attack on the camp in El Fasher.", []),
    ("The Kremlin did not immediately respond to a request for comment on the drone strike.", []),
    ("Neither the junta nor the Arakan Army has acknowledged the bombing.", []),
    ("The Houthis could not be reached for comment on the missile strike.", []),
    ("The Pentagon was unavailable for comment on the strike near Hodeidah.", []),
    ("No group has claimed the attack on the convoy near Kidal.", []),
]  # fmt: skip

# Assertions that only look like stances: a denial word on a thing, a denial inside the claim.
ASSERTIONS = [
    ("The Pentagon said Russian drones struck a power plant near Kharkiv.", [(DOD, A)]),
    ("The SAF said RSF fighters carrying fake documents were killed in the strike on El Fasher.", [(SAF, A)]),
    ("The IDF said the strike in Rafah was not aimed at civilians but at a Hamas commander.", [(IDF, A)]),
    ("The UN humanitarian office said no aid convoy had reached El Fasher since the shelling.", [(OCHA, A)]),
    ("The WHO said no one was hurt in the strike on the clinic in El Fasher.", [(WHO, A)]),
    ("The IAEA said the drone strike caused no damage to the reactor in Enerhodar.", [(IAEA, A)]),
    # the report's note that no evidence was given is no non-answer of the speaker's
    ("The Russian Defence Ministry said, offering no evidence, that Ukrainian drones struck the plant.",
     [(RU_MOD, A)]),
    ("The Russian Defence Ministry said, without providing evidence, that Ukrainian drones struck the plant.",
     [(RU_MOD, A)]),
    ("The Russian Defence Ministry claimed that Ukrainian drones struck the plant, but gave no evidence.",
     [(RU_MOD, A)]),
    ("The IDF said Hamas fighters were in the building in Rafah, without presenting any proof.", [(IDF, A)]),
    ("The RSF said the army's drones struck the market, and produced no evidence.", [(RSF, A)]),
    # a detail left unsaid after "but" neither silences nor takes back what came before it
    ("The IDF confirmed the strike in Rafah but could not say how many people were killed.", [(IDF, C)]),
    ("The Ukrainian Air Force said Russian drones struck Kharkiv but could not say how many.", [(AIR, A)]),
    ("The IDF said its jets struck a building in Rafah, but did not say when.", [(IDF, A)]),
    ("The Pentagon confirmed the drone strike near Hodeidah but declined to give details.", [(DOD, C)]),
    ("The IDF did not say when the strike in Rafah took place.", []),
    ("The IDF said it did not know how many militants were killed in the strike in Rafah.", [(IDF, A)]),
    ("The Pentagon said Iran had denied the reports of a drone strike.", [(DOD, A), (IRAN, D)]),
    # a confirming word describing a noun confirms nothing
    ("The WHO said there were 40 confirmed deaths after the strike on El Fasher.", [(WHO, A)]),
    ("The UN humanitarian office said it had recorded 12 verified attacks on hospitals.", [(OCHA, A)]),
    ("The UN humanitarian office said the confirmed death toll from the strike on El Fasher rose to 40.",
     [(OCHA, A)]),
    # a pledge is no denial of what happened (nor a claim: the speaker's own intention)
    ("Hezbollah said it would not strike Israeli towns near the border.", []),
    ("The Houthis said they will not attack ships bound for Chinese ports.", []),
    ("Hezbollah said Israel would not strike Lebanese towns near the border.", [(HEZ, A)]),
    ("The Houthis said they did not attack the ship off Hodeidah.", [(HOU, D)]),
    # patients taken in, a thing recognized as something: no admission
    ("Officials said 25 people were admitted to hospital after the strike, the WHO said.", [(WHO, A)]),
    ("OCHA said the strike was acknowledged as one of the deadliest.", [(OCHA, A)]),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    CONFIRMATIONS + DENIALS + NON_ANSWERS + OTHER_WARS + MORE + QUOTED + SILENCE + ASSERTIONS,
)
def test_the_analyst_gets_the_stance_they_expect(text, expected, registry):
    assert said(text, registry) == expected
