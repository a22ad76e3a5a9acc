"""Kinds read off the fourth blind batch's tune half, each fixed for every war and language:

- sources named together after "according to" or "citing" all speak ("citing Ukrainian intelligence
  officials and Western security sources", "по данным ГУР и СБУ"), not the clause's subject after a
  bare comma ("According to Budanov, North Korea has sent ...");
- people of a nation's intelligence speak for its intelligence body when the registry knows it
  ("South Korean intelligence sources": NIS, as the corpus guide says), not when they are of
  several services ("military and intelligence officials");
- a body's summary "asserts" in Russian and Ukrainian ("в сводке Минобороны утверждается");
- "with X confirming that ...": X, after "with", is the participle's speaker, no companion;
- a cited name the registry does not know, after the words that describe it ("citing the defense
  news publisher Global Defense Corp.") is the cited source;
- a noun of speech with its agent after "by", then what is said ("an announcement in mid-June by
  Russian Security Council secretary Sergei Shoigu that ..."): the agent speaks; pictures "published
  by" someone do not.
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 20)
HUR, NIS = "HUR (Ukrainian military intelligence)", "NIS (South Korea)"
SBU = "SBU (Security Service of Ukraine)"


@pytest.fixture(scope="module")
def shipped():
    return load_registry_file()


@pytest.fixture(scope="module")
def sudan():
    sources = [
        ("Sudanese Armed Forces", "military", ["Sudan's army", "SAF"]),
        ("United Nations", "international", ["UN"]),
        ("Rapid Support Forces", "military", ["RSF"]),
        ("Reuters", "media", []),
        ("RBC-Ukraine", "media", ["RBC Ukraine"]),
    ]
    return made_up_registry(sources, [("El Fasher", 13.63, 25.35)], "killed shelling drones strike".split())


def speakers(text, registry):
    return [c.source_name for c in extract(text, DAY, registry)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("North Korea may send 30,000 more troops, according to media reports citing Ukrainian "
         "intelligence officials and Western security sources.", [HUR, "Western officials (unnamed)"]),
        ("According to HUR and the Pentagon, about 11,000 North Korean troops are in Kursk.",
         [HUR, "US Department of Defense"]),
        ("По данным ГУР и СБУ, в Курской области находятся 11 тысяч военных КНДР.", [HUR, SBU]),
        ("За даними ГУР та СБУ, у Курській області перебувають 11 тисяч військових КНДР.", [HUR, SBU]),
        ("According to Budanov, North Korea has sent 3,000 more troops to Russia.", [HUR]),
        ("South Korean intelligence sources said 1,000 North Korean troops were killed.", [NIS]),
        ("Ukrainian military and intelligence officials said the North Koreans are gaining experience "
         "in Kursk.", ["Ukrainian officials (unnamed)"]),
        # the nations are joined by "and", the services are not: each nation's intelligence body
        ("According to US, South Korean and Ukrainian intelligence officials, North Korea has sent "
         "artillery shells to Russia.", ["US intelligence", NIS, HUR]),
        ("U.S. and Ukrainian military and intelligence officials said the troops are in Kursk.",
         ["US officials (unnamed)", "Ukrainian officials (unnamed)"]),
        ("В сводке Минобороны России также утверждается, что противник отступает из Курской области.",
         ["Russian Ministry of Defence"]),
        ("The assessment follows an announcement in mid-June by Russian Security Council secretary "
         "Sergei Shoigu that North Korea would send 1,000 deminers to Kursk.", ["Russian Security Council"]),
        ("The deployment was first reported in October, with South Korean and U.S. officials confirming "
         "that the North has sent more than 10,000 troops to Russia.",
         ["South Korean officials (unnamed)", "US officials (unnamed)"]),
    ],
)  # fmt: skip
def test_the_home_situation(text, expected, shipped):
    assert speakers(text, shipped) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Drones struck El Fasher overnight, according to Sudan's army and the UN.",
         ["Sudanese Armed Forces", "United Nations"]),
        ("According to the UN, the RSF shelled El Fasher for a third day.", ["United Nations"]),
        ("Drones hit the market in El Fasher, with the UN saying at least 20 people were killed.",
         ["United Nations"]),
        ("Drones hit the market in El Fasher, with the RSF in control of the town.", []),
        ("Reuters, citing the monitoring group Airwars, said 20 people were killed in El Fasher.",
         ["Airwars"]),
        ("The UN statement came after a claim by the RSF that army drones had killed 20 civilians in "
         "El Fasher.", ["Rapid Support Forces"]),
        ("Satellite images published by the RSF that show damage in El Fasher were taken on Monday.", []),
        ("RBC Ukraine reported, citing the defense news publisher Global Defense Corp., that 500 RSF "
         "fighters were killed near El Fasher.", ["Global Defense Corp"]),
    ],
)  # fmt: skip
def test_another_war(text, expected, sudan):
    assert speakers(text, sudan) == expected
