"""People who speak for a body named with them: "a Pentagon source", "Hamas officials", "a source in
Ukrainian intelligence", "officials close to the Kremlin". The person is no unnamed group and no
silence: the body speaks. Several wars, a registry made up here. Each case: the (source, stance)
pairs an analyst expects.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 4, 2)

SOURCES = [
    ("Rapid Support Forces", "military", ["RSF"]),
    ("Sudanese Armed Forces", "military", ["SAF", "Sudan's army", "the Sudanese army"]),
    ("Israel Defense Forces", "military", ["IDF", "Israeli military"]),
    ("Hamas", "military", []),
    ("Houthis", "military", ["Ansar Allah", "Houthi"]),
    ("US Department of Defense", "government", ["Pentagon"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov"]),
    ("HUR", "intelligence",
     ["Ukrainian military intelligence", "Ukrainian intelligence", "Ukraine's military intelligence",
      "украинская разведка", "українська розвідка"]),
    ("United Nations", "international", ["UN", "U.N."]),
    ("Reuters", "media", []),
]  # fmt: skip
PLACES = [
    ("Харьков", 49.99, 36.23),
    ("Харків", 49.99, 36.23),
    ("El Fasher", 13.63, 25.35),
    ("Kharkiv", 49.99, 36.23),
    ("Hodeidah", 14.8, 42.95),
    ("Rafah", 31.29, 34.25),
]
TERMS = "drone drones missile missiles rocket rockets shelling strike strikes attack killed wounded".split()
TERMS += ["дроны", "дрони"]

RSF, SAF, IDF = "Rapid Support Forces", "Sudanese Armed Forces", "Israel Defense Forces"
DOD, HUR = "US Department of Defense", "HUR"
A, D = "asserts", "denies"

CASES = [
    # a person in, close to or familiar with a body named after them
    ("A source in Ukrainian intelligence said Russian drones struck Kharkiv overnight.", [(HUR, A)]),
    ("A source in Ukraine's military intelligence told Reuters that drones struck Kharkiv.", [(HUR, A)]),
    ("Sources close to the RSF said its drones struck El Fasher.", [(RSF, A)]),
    ("An official in the Sudanese army said RSF shelling killed 12 people in El Fasher.", [(SAF, A)]),
    ("Officials at the UN said 40 people were killed in El Fasher.", [("United Nations", A)]),
    ("A senior source close to the Kremlin said the drone attack on Kharkiv was a reply.", [("Kremlin", A)]),
    # a person named after the body
    ("A Pentagon source said two missiles struck near Hodeidah.", [(DOD, A)]),
    ("Two senior Pentagon officials said the strikes on Hodeidah hit radar sites.", [(DOD, A)]),
    ("A Hamas official said 15 people were killed in the strike on Rafah.", [("Hamas", A)]),
    ("A senior Houthi official denied that the missile attack had failed.", [("Houthis", D)]),
    ("Hamas's officials said the strike on Rafah killed 15 people.", [("Hamas", A)]),
    # the body said something about such people: the body speaks, not they
    ("The IDF said Hamas officials had fled Rafah before the strike.", [(IDF, A)]),
    # a medium's sources are not the medium
    ("Sources told Reuters that drones struck Kharkiv overnight.", [("Sources (unnamed)", A)]),
    # a place is no body
    ("A source in Kharkiv said drones struck the city overnight.", [("Sources (unnamed)", A)]),
    # Russian and Ukrainian: a source in a nation's body
    ("Источник в украинской разведке сообщил, что дроны атаковали Харьков.", [(HUR, A)]),
    ("Джерело в українській розвідці повідомило, що дрони атакували Харків.", [(HUR, A)]),
    ("Источник в силовых структурах сообщил, что дроны атаковали Харьков.", [("Sources (unnamed)", A)]),
]


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_a_body_speaks_for_its_people(text, expected, registry):
    assert made_up.said(text, registry, DAY) == expected


# A state body named by its kind and then its country in the genitive is that country's body, never
# the body of the language's own country that the kind alone names.
COUNTRY_SOURCES = [
    ("UK Ministry of Defence", "government", ["British Ministry of Defence", "British Defence Ministry"]),
    ("UK government", "government", ["Britain", "UK", "British government"]),
    ("US Department of Defense", "government", ["Pentagon", "Defense Department"]),
    ("Ukrainian Ministry of Defence", "government", ["Міноборони", "Минобороны Украины"]),
    ("Russian Ministry of Defence", "government", ["Минобороны", "Минобороны России"]),
]  # fmt: skip
UKMOD = "UK Ministry of Defence"
COUNTRY_CASES = [
    ("Минобороны Великобритании сообщило, что дроны атаковали Харьков.", [(UKMOD, A)]),
    ("Міністерство оборони Великої Британії повідомило, що дрони атакували Харків.", [(UKMOD, A)]),
    ("Міноборони Великої Британії повідомило, що дрони атакували Харків.", [(UKMOD, A)]),
    ("Дрони атакували Харків, повідомило Міністерство оборони Великої Британії.", [(UKMOD, A)]),
    ("Міністерство оборони США повідомило, що дрони атакували Харків.", [(DOD, A)]),
    ("Уряд Великої Британії заявив, що дрони атакували Харків.", [("UK government", A)]),
    # a body the registry does not know is named in English, not by an inflected word
    ("МИД Франции заявил, что дроны атаковали Харьков.", [("French Foreign Ministry", A)]),
    ("Міноборони Польщі повідомило, що дрони атакували Харків.", [("Polish Ministry of Defence", A)]),
    # the kind alone is still the own country's body
    ("Минобороны сообщило, что дроны атаковали Харьков.", [("Russian Ministry of Defence", A)]),
    ("Міноборони повідомило, що дрони атакували Харків.", [("Ukrainian Ministry of Defence", A)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def country_registry():
    return made_up_registry(COUNTRY_SOURCES, PLACES, TERMS)


@pytest.mark.parametrize(("text", "expected"), COUNTRY_CASES, ids=[c[0][:60] for c in COUNTRY_CASES])
def test_a_body_of_a_named_country_is_that_country_s(text, expected, country_registry):
    assert made_up.said(text, country_registry, DAY) == expected
