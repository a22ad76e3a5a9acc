"""A battery of short made-up sentences on precision: what is no attributed claim, or no claim of
the one named. An act told with a verb of answering ("responded with artillery fire"), the one told
("told Reuters"), a question put, a report's silence ("had issued no word", "had neither confirmed
nor denied"), hearsay with no source ("reportedly"), a pure evaluation ("those who fought are
heroes"), "he" after a body named only in narration, a dateline - beside the statements each of
these must not swallow ("responded by saying", "declined to comment", "Asked whether ..., X said").
Several wars; a registry made up here. Each case: the (source, stance) pairs an analyst expects,
following the annotation guidelines (../shared/corpus/README.md).
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 6)

SOURCES = [
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["SAF", "Sudan's army", "the Sudanese army"]),
    ("Israel Defense Forces", "military", ["IDF", "Israeli military", "Israel's military", "Israeli army"]),
    ("Hamas", "military", []),
    ("Hezbollah", "military", []),
    ("Houthis", "military", ["Ansar Allah"]),
    ("IAEA", "international", ["International Atomic Energy Agency"]),
    ("Malian Armed Forces", "military", ["FAMa", "Mali's army", "the Malian army"]),
    ("Armenian Defence Ministry", "government", ["Armenia's defence ministry"]),
    ("Azerbaijani Defence Ministry", "government", ["Azerbaijan's defence ministry"]),
    ("Myanmar military", "military", ["junta", "Tatmadaw"]),
    ("Arakan Army", "military", []),
    ("Tigray People's Liberation Front", "military", ["TPLF"]),
    ("Ethiopian National Defense Force", "military", ["Ethiopia's army", "the Ethiopian army"]),
    ("Syrian Observatory for Human Rights", "other", ["the Observatory"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov"]),
    ("Ukrainian Foreign Ministry", "government", ["Ukraine's Foreign Ministry"]),
    ("Rosatom", "other", []),
    ("Reuters", "media", []),
    ("SANA", "media", []),
    ("AFP", "media", []),
]  # fmt: skip
PLACES = [
    ("El Fasher", 13.63, 25.35), ("Rafah", 31.29, 34.25), ("Hodeidah", 14.8, 42.95), ("Lachin", 39.64, 46.55),
    ("Kidal", 18.44, 1.41), ("Idlib", 35.93, 36.63), ("Naqoura", 33.12, 35.14), ("Tyre", 33.27, 35.2),
    ("Kharkiv", 49.99, 36.23), ("Enerhodar", 47.5, 34.65), ("Sittwe", 20.15, 92.9), ("Mekelle", 13.5, 39.47),
]  # fmt: skip
TERMS = """drone drones missile missiles rocket rockets shelling shells strike strikes attack attacks killed
airstrike airstrikes fighters""".split()


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


def said(text, registry):
    return made_up.said(text, registry, DAY)


RSF, SAF, IDF, HEZ = "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces", "Hezbollah"
MALI, AM, KREMLIN = "Malian Armed Forces", "Armenian Defence Ministry", "Kremlin"
TATMADAW, AA, ENDF = "Myanmar military", "Arakan Army", "Ethiopian National Defense Force"
SOHR, UA_MFA = "Syrian Observatory for Human Rights", "Ukrainian Foreign Ministry"
A, C, D, N = "asserts", "confirms", "denies", "does_not_deny"

# A verb of answering that tells an act, not words: no claim. Answering with words stays a claim.
ACTS = [
    ("The IDF responded with air strikes on Hezbollah positions near Tyre.", []),
    ("The Sudanese army answered with two waves of drone strikes on RSF bases near El Fasher.", []),
    ("Hezbollah replied with a barrage of 40 rockets at an army base.", []),
    ("Hezbollah responded to the strike by firing 30 rockets at an army base.", []),
    ("The Houthis responded with a missile attack on a tanker off Hodeidah.", []),
    ("The Arakan Army answered with a drone attack on junta positions near Sittwe.", []),
    ("The TPLF responded to the airstrike on Mekelle with shelling of army positions.", []),
    ("Armenia's defence ministry said Azerbaijani troops fired on its posts near Lachin, and that its "
     "units responded with artillery fire.", [(AM, A)]),
    ("The IDF responded with a statement saying its jets struck 12 targets near Tyre.", [(IDF, A)]),
    ("The RSF responded by saying it had shot down two drones over El Fasher.", [(RSF, A)]),
    ("Rosatom replied that the plant near Enerhodar was operating safely.", [("Rosatom", A)]),
    ("The junta responded that 20 Arakan Army fighters were killed near Sittwe.", [(TATMADAW, A)]),
]  # fmt: skip

# A report's silence is no stance (guideline 10); an explicit refusal or a non-answer given is one.
SILENCE = [
    ("Hezbollah had issued no official word on the commander's fate after the strike near Tyre.", []),
    ("Hamas gave no word on the fate of its commanders in Rafah.", []),
    ("Until Monday the Houthis had neither confirmed nor denied the attack on the ship off Hodeidah.", []),
    ("The RSF has neither confirmed nor denied the drone strike on El Fasher.", []),
    ("The TPLF had neither confirmed nor denied the attack on the army base near Mekelle.", []),
    ("The RSF has not commented on the drone strike on El Fasher.", []),
    ("The Malian army did not respond to a request for comment on the strike near Kidal.", []),
    ("The Arakan Army could not be reached for comment on the airstrike near Sittwe.", []),
    ("Asked about the strike near Kidal, the Malian army neither confirmed nor denied it.", [(MALI, N)]),
    ("The Kremlin declined to comment on the drone strikes on Kharkiv.", [(KREMLIN, N)]),
    ('"We\'re not going to comment on the strike at Kharkiv," Peskov said.', [(KREMLIN, N)]),
    ("Ethiopia's army declined to comment on the drone strike near Mekelle.", [(ENDF, N)]),
]  # fmt: skip

# A question puts nothing forward, neither for the one asked nor for the asker; the answer does.
QUESTIONS = [
    ('"Does Russia still claim there are no drones hitting Kharkiv?" Ukraine\'s Foreign Ministry asked.', []),
    ('"And I have one question for my Russian colleague: does Moscow still say no drones hit Kharkiv? '
     'That is my only question," Peskov said.', []),
    ("Reporters asked the IDF whether its jets had struck Tyre.", []),
    ("Hamas asked whether the IDF would stop its strikes on Rafah.", []),
    ('"Has the junta ever admitted an airstrike on Sittwe?" the Arakan Army asked.', []),
    ("Asked whether Russian troops were in Kharkiv, Peskov referred questions to the Russian Defence "
     "Ministry.", [(KREMLIN, N)]),
    ("Asked whether the RSF had shelled El Fasher, the Sudanese army said 40 shells hit the city on Monday.",
     [(SAF, A)]),
    ('"Why would we hide our losses? Twelve of our fighters were killed near Naqoura," Hezbollah said.',
     [(HEZ, A)]),
    ('"Who else would fire rockets at Tyre?" the IDF said, adding that Hezbollah fired 40 rockets at '
     "the town.", [(IDF, A)]),
]  # fmt: skip

# The one told is never the speaker: who told is, or nobody when the teller is not known.
TOLD = [
    ("An IDF spokesman told Reuters that the Hamas commander had been killed in Rafah.", [(IDF, A)]),
    ("Another army spokesman, Captain Eli Dror, told Reuters that the Hamas commander had been killed in "
     "strikes on Rafah.", []),
    ("A military spokesman, Major Tun Aung, told AFP that 12 fighters were killed near Sittwe.", []),
    ("Sudan's army told Reuters that its jets hit RSF positions near El Fasher.", [(SAF, A)]),
    ("The Houthis told SANA that a missile hit a ship off Hodeidah.", [("Houthis", A)]),
    ("The Syrian Observatory for Human Rights told AFP that 9 people were killed in strikes on Idlib.",
     [(SOHR, A)]),
    ("Reuters said the IDF struck Rafah overnight, killing 12 people.", [("Reuters", A)]),
]  # fmt: skip

# Hearsay with no source is narration (guideline 1); a source named in the sentence still speaks.
HEARSAY = [
    ("The ship was reportedly hit by two missiles off Hodeidah.", []),
    ("According to reports, 12 people were killed in a drone strike on El Fasher.", []),
    ("Reportedly, the RSF fired drones at El Fasher airport.", []),
    ("Hezbollah fighters are believed to have fired 20 rockets from near Tyre.", []),
    ("Hamas is said to have lost 30 fighters in Rafah.", []),
    ("Junta jets reportedly bombed a market near Sittwe, killing 15 people.", []),
    ("Drones reportedly struck the plant's training centre in Enerhodar, the IAEA said.", [("IAEA", A)]),
    # a speaker passing on reports it names no source for
    ("The Sudanese army told a parliamentary hearing there were reports that RSF commanders had been killed "
     "near El Fasher.", []),
    ("The IDF said there had been unconfirmed reports of 12 rockets fired at Naqoura.", []),
    ("The Sudanese army said 30 RSF fighters were killed near El Fasher and that there were reports of more "
     "dead.", [(SAF, A)]),
    ("The junta said reports that its jets bombed Sittwe were false.", [(TATMADAW, D)]),
]  # fmt: skip

# "He" is the latest person or speaker, not a body named in the narration between.
ANAPHORS = [
    ('"There are some 800 RSF fighters in El Fasher," Smith said. Kremlin forces have struggled to push back '
     'the incursion. "That is all I can say about the drones," he said.', [("Smith", A), ("Smith", A)]),
    ("Peskov said Russian drones hit only military targets in Kharkiv. The Kremlin has long been silent on "
     "civilian losses. He said the strikes would go on.", [(KREMLIN, A), (KREMLIN, A)]),
    ('"We shot down 12 drones over El Fasher," Osman said. RSF fighters have besieged the city since May. '
     '"More drones will come," he said.', [("Osman", A), ("Osman", A)]),
]  # fmt: skip

# Pure evaluations are no claim (guideline 1); an evaluation that tells what happened where is.
EVALUATIONS = [
    ('"Those who fought for justice are all heroes of the motherland," the Houthis said.', []),
    ('"The men who died defending our city are heroes," the TPLF said.', []),
    ("The IAEA said it was vital that both sides respect the plant's safety zone.", []),
    ("The Kremlin said Russia would never forget the help of its friends.", []),
    ("Ukraine's Foreign Ministry condemned the drone strike on Kharkiv as a war crime.", []),
    ("The RSF said the army's behaviour was irresponsible and reckless.", []),
    ("The Arakan Army said the junta's conduct was despicable.", []),
    ("Hezbollah said its fighters who fired 40 rockets at Naqoura were heroes.", [(HEZ, A)]),
]  # fmt: skip

# A dateline or a wire credit before the lede is no speaker; one statement repeated is one claim;
# two speakers in one sentence are two.
FRAMES = [
    ("KHARTOUM, May 3 (Reuters) - The RSF said its fighters shot down two army drones over El Fasher.",
     [(RSF, A)]),
    ("BEIRUT (AP) - Hezbollah said its fighters fired 40 rockets at an army base near Naqoura.", [(HEZ, A)]),
    ("ADDIS ABABA, May 4 (Reuters) - Ethiopia's army said it killed 50 TPLF fighters near Mekelle.",
     [(ENDF, A)]),
    ("Hamas said Israeli strikes killed 12 people in Rafah, and Hamas said again that Israeli strikes "
     "killed 12 people in Rafah.", [("Hamas", A)]),
    ("Hezbollah said its fighters hit a tank near Naqoura, while the IDF said two soldiers were wounded.",
     [(HEZ, A), (IDF, A)]),
    ("The Sudanese army said it shot down 10 drones near El Fasher; the RSF said none were lost.",
     [(SAF, A), (RSF, A)]),
]  # fmt: skip

CASES = ACTS + SILENCE + QUESTIONS + TOLD + HEARSAY + ANAPHORS + EVALUATIONS + FRAMES


def test_the_battery_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_precision_battery(registry, text, expected):
    assert said(text, registry) == expected
