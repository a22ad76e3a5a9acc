"""Intelligence named bare in Russian and Ukrainian ("по данным разведки", "за оцінками розвідки",
"в разведке полагают") after a body of that kind was named is that body: the report has already
said whose intelligence it is. None named before and more than one in the registry whose name holds
the word: nobody, never a guess; and never the country named after a comma ("За оцінками розвідки,
КНДР втратила ...").
Several wars; a registry made up here, with two intelligence bodies whose names share the word.
"""

from datetime import date

import pytest

from claims.extraction import extract
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 20)
NIS, HUR, MOSSAD = "NIS (South Korea)", "HUR (Ukrainian military intelligence)", "Mossad"
SOURCES = [
    (NIS, "intelligence", ["NIS", "Национальная служба разведки", "Національна розвідувальна служба"]),
    (HUR, "intelligence",
     ["HUR", "ГУР", "Ukrainian intelligence", "Главное управление разведки", "Головне управління розвідки"]),
    (MOSSAD, "intelligence", ["Моссад", "Моссаду"]),
    ("North Korea", "government", ["КНДР", "Пхеньян"]),
    ("Hezbollah", "military", ["Хезболла", "Хезболлы"]),
]  # fmt: skip
TERMS = """войск военных солдат мобилизацию наступление ракет ракеты військ військових мобілізацію наступ
ракети ракет""".split()


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, [("Kursk", 51.73, 36.19)], TERMS)


def sources(text, registry):
    return [(c.source_name, c.sentence.split()[0]) for c in extract(text, DAY, registry)]


CASES = [
    ("Национальная служба разведки сообщила, что КНДР готовит новую отправку войск.\n\n"
     "По данным разведки, Пхеньян уже начал мобилизацию.", [(NIS, "Национальная"), (NIS, "По")]),
    ("Національна розвідувальна служба повідомила про нову відправку військ.\n\n"
     "За оцінками розвідки, КНДР втратила близько 6000 військових.", [(NIS, "Національна"), (NIS, "За")]),
    ("Моссад сообщил, что Хезболла получила новые ракеты.\n\n"
     "По данным разведки, ракеты доставили через Сирию.", [(MOSSAD, "Моссад"), (MOSSAD, "По")]),
    ("ГУР повідомило про підготовку наступу.\n\nУ розвідці додали, що росіяни перекинули нові ракети.",
     [(HUR, "ГУР"), (HUR, "У")]),
    # an opinion that names an event is a claim ("полагают", like "считают")
    ("Национальная служба разведки сообщила о новых поставках.\n\n"
     "В разведке полагают, что Россия готовит наступление в августе.", [(NIS, "Национальная"), (NIS, "В")]),
    # none named before, two in the registry: nobody; and never the country after the comma (in
    # Ukrainian the one body whose name holds the word, the own country's, as its press writes)
    ("По данным разведки, армия готовит наступление.", []),
    ("За оцінками розвідки, КНДР втратила близько 6000 військових.", [(HUR, "За")]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_intelligence_named_bare_is_the_one_named_before(text, expected, registry):
    assert sources(text, registry) == expected
