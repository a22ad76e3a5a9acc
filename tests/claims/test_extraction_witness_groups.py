"""People who speak from where things happen, for no body: medics, doctors, rescuers, witnesses,
residents, activists, survivors. "Medics in Gaza said ...", "Sudanese activists said ...",
"According to medics, ..." are claims of an unnamed group named by its noun (and its nation, when
the text gives one), as the corpus guide names unnamed sources. The same nouns as the counted or
the addressed ("killing 30 residents", "warned residents to leave") speak for nobody. Several wars;
a registry made up here.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 20)
SOURCES = [
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["Sudan's army", "SAF", "армия Судана", "армії Судану"]),
    ("Israel Defense Forces", "military", ["IDF", "Israeli military"]),
    ("Lebanese Health Ministry", "government", ["Lebanon's health ministry"]),
    ("Malian Armed Forces", "military", ["FAMa", "Mali's army"]),
    ("Myanmar military", "military", ["junta", "Tatmadaw"]),
]  # fmt: skip
PLACES = [
    ("El Fasher", 13.63, 25.35), ("Gaza", 31.5, 34.47), ("Rafah", 31.29, 34.25), ("Kidal", 18.44, 1.41),
    ("Sittwe", 20.15, 92.9),
]  # fmt: skip
TERMS = """strike strikes shelling shelled drones drone killed attack attacked bodies wounded prisoners
training war удар дроны удара удару загинули пленных учения навчання""".split()
RSF, SAF, IDF = "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces"
LEB = "Lebanese Health Ministry"
A, D = "asserts", "denies"


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


CASES = [
    ("Medics in Gaza said at least 30 people were killed in the strike.", [("Medics (unnamed)", A)]),
    ("Sudanese activists said the RSF shelled the camp overnight.", [("Sudanese activists (unnamed)", A)]),
    ("Witnesses told Reuters that drones struck the market in El Fasher.", [("Witnesses (unnamed)", A)]),
    ("Rescuers said they had pulled 14 bodies from the rubble after the strike.",
     [("Rescuers (unnamed)", A)]),
    ("Residents said the shelling lasted all night.", [("Residents (unnamed)", A)]),
    ("Local residents said drones hit the power station.", [("Residents (unnamed)", A)]),
    ("Eyewitnesses reported heavy shelling near Kidal.", [("Eyewitnesses (unnamed)", A)]),
    ("Palestinian medics said an Israeli strike killed eight people in Rafah.",
     [("Palestinian medics (unnamed)", A)]),
    ("According to medics, the attack killed at least nine people.", [("Medics (unnamed)", A)]),
    ("The RSF said it had not attacked the camp, but residents said drones hit it twice.",
     [(RSF, D), ("Residents (unnamed)", A)]),
    ("Paramedics said the drone strike in Sittwe wounded 11 people.", [("Paramedics (unnamed)", A)]),
    ("A witness told Reuters that drones struck the market in El Fasher.", [("Witnesses (unnamed)", A)]),
    # prisoners speak of what they lived through
    ("The prisoners said they had been told they were going to training.", [("Prisoners (unnamed)", A)]),
    ("One of the North Korean prisoners said he had not known he was being sent to war.",
     [("North Korean prisoners (unnamed)", A)]),
    # Russian and Ukrainian, by lemma, named by the English group
    ("По словам очевидцев, дроны ударили по рынку в Кидале.", [("Eyewitnesses (unnamed)", A)]),
    ("Пленные рассказали, что их отправили на учения, а не на войну.", [("Prisoners (unnamed)", A)]),
    ("Північнокорейські полонені розповіли, що їх везли на навчання.",
     [("North Korean prisoners (unnamed)", A)]),
    ("Медики повідомили, що внаслідок удару загинули п'ятеро людей.", [("Medics (unnamed)", A)]),
    ("За словами свідків, удар по ринку було завдано вранці.", [("Witnesses (unnamed)", A)]),
    # ... unless the noun is part of a name
    ("The Sudan Doctors Network said drones struck a hospital in El Fasher.", [("Sudan Doctors Network", A)]),
    ("Doctors Without Borders said the strike wounded 20 people in Rafah.", [("Doctors Without Borders", A)]),
    # Counted, addressed or only at work: nobody's claim but the body's
    ("Drones struck the market, killing 30 residents, Sudan's army said.", [(SAF, A)]),
    ("The strike killed two paramedics, Lebanon's health ministry said.", [(LEB, A)]),
    ("The IDF said it had warned residents to leave before the strike.", [(IDF, A)]),
    ("Rescuers were still searching the rubble for bodies on Friday.", []),
    ("Ukraine and the RSF swapped 150 prisoners, Sudan's army said.", [(SAF, A)]),
    ("Внаслідок удару загинули троє жителів, повідомили в армії Судану.", [(SAF, A)]),
    ("Армия Судана сообщила, что освободила 90 пленных.", [(SAF, A)]),
    ("Volunteers distributed food in the camp after the attack.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_people_on_the_ground_speak_for_themselves(text, expected, registry):
    assert made_up.said(text, registry, DAY) == expected
