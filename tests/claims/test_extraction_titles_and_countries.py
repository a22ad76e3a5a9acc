"""Kinds read off the sixth blind batch's tune half, each fixed for every war and language:

- a person named after a trade or a title with its adjectives ("российский военный корреспондент
  (военкор) Александр Коц", "журналіст Олександр Коц", "war correspondent John Doe") speaks under
  their own name, after the verb as before it;
- a registry body followed by its own country in the genitive ("Служба общей разведки (СОР)
  Судана", "Служба загальної розвідки Судану") is that body: the country says whose body it is and
  is no second speaker;
- "передать/передавати" hands over ("Чад передаёт СБР беспилотники") unless its speaker, a colon, a
  quotation or a "что/що" follows it ("передаёт ...", "передала, что");
- "as reported by" a name the registry does not know, then a known actor ("Як повідомляє Укрінформ,
  Чад ..."): the unknown name speaks, not the actor after it.
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import registry_from_data

DAY = date(2025, 5, 20)
GIS, GOVERNMENT = "General Intelligence Service (Sudan)", "Sudanese government"


@pytest.fixture(scope="module")
def sudan():
    return registry_from_data(
        {
            "sources": [
                {"name": GIS, "kind": "intelligence", "country": "Sudan",
                 "aliases": ["Служба общей разведки", "Служба загальної розвідки", "GIS"]},
                {"name": GOVERNMENT, "kind": "government", "country": "Sudan",
                 "aliases": ["Судан", "Sudan", "Khartoum", "Хартум"]},
                {"name": "Rapid Support Forces", "kind": "military", "country": "Sudan",
                 "aliases": ["RSF", "СБР"]},
                {"name": "Chadian government", "kind": "government", "country": "Chad",
                 "aliases": ["Чад", "Chad"]},
            ],
            "places": [
                {"name": "Sudan", "kind": "country", "latitude": 15.5, "longitude": 32.5,
                 "aliases": ["Судан"]},
                {"name": "Chad", "kind": "country", "latitude": 15.4, "longitude": 18.7,
                 "aliases": ["Чад"]},
                {"name": "El Fasher", "latitude": 13.63, "longitude": 25.35,
                 "aliases": ["Эль-Фашир", "Ель-Фашер"]},
            ],
            "topics": [{"name": "Attacks", "terms": ["обстреляли", "обстріляли", "shelled", "дроны"]}],
        }
    )  # fmt: skip


def speakers(text, registry):
    return [c.source_name for c in extract(text, DAY, registry)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Боевики СБР обстреляли Эль-Фашир. Об этом рассказал суданский военный корреспондент (военкор) "
         "Ахмед Салих.", ["Ахмед Салих"]),
        ("Бойовики СБР обстріляли Ель-Фашер, розповів журналіст Ахмед Салех.", ["Ахмед Салех"]),
        ("Бойовики СБР обстріляли Ель-Фашер, розповів журналістам Ахмед Салех.", ["Ахмед Салех"]),
        ("RSF fighters shelled El Fasher, said war correspondent Ahmed Salih.", ["Ahmed Salih"]),
        # no title between: the name right after the verb, as before
        ("Боевики СБР обстреляли Эль-Фашир, рассказал Ахмед Салих.", ["Ахмед Салих"]),
    ],
)  # fmt: skip
def test_a_person_after_a_trade_or_title_speaks(text, expected, sudan):
    assert speakers(text, sudan) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Служба общей разведки Судана заявила, что СБР обстреляли Эль-Фашир.", [GIS]),
        ("Агентство, ссылаясь на данные Службы общей разведки (СОР) Судана, сообщило, что СБР обстреляли "
         "Эль-Фашир.", [GIS]),
        ("Служба загальної розвідки Судану заявила, що СБР обстріляли Ель-Фашер.", [GIS]),
        # another country's name after the body is no genitive of its own: both still speak
        ("Служба общей разведки и Чад заявили, что СБР обстреляли Эль-Фашир.", [GIS, "Chadian government"]),
        # the country alone still speaks for its government
        ("Судан заявил, что СБР обстреляли Эль-Фашир.", [GOVERNMENT]),
    ],
)  # fmt: skip
def test_a_body_s_own_country_after_it_is_that_body(text, expected, sudan):
    assert speakers(text, sudan) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Служба общей разведки заявила, что СБР обстреляли Эль-Фашир. Она также сообщила, что Чад "
         "передаёт СБР беспилотники.", [GIS, GIS]),
        ("Служба загальної розвідки передала, що СБР обстріляли Ель-Фашер.", [GIS]),
        ("СБР обстреляли Эль-Фашир, передаёт Служба общей разведки.", [GIS]),
        ("Служба общей разведки передала: «СБР обстреляли Эль-Фашир».", [GIS]),
    ],
)  # fmt: skip
def test_handing_over_is_no_speech(text, expected, sudan):
    assert speakers(text, sudan) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Як повідомляє Укрінформ, Чад передав СБР 300 дронів для обстрілів Ель-Фашера.", ["Укрінформ"]),
        ("Как сообщает «Дарфур 24», Чад поставил СБР дроны, которыми обстреляли Эль-Фашир.",
         ["Дарфур 24"]),
        # a word of the known actor's name is no name of its own
        ("Drones shelled El Fasher, according to the Sudanese RSF command.", ["Rapid Support Forces"]),
    ],
)  # fmt: skip
def test_an_unknown_name_right_after_as_reported_speaks(text, expected, sudan):
    assert speakers(text, sudan) == expected
