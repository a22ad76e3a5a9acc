"""A speaker named after the verb with a title and whose office it is: "розповів начальник ГУР
Міноборони України Кирило Буданов", "сообщил президент Украины Владимир Зеленский". The last name
in the chain speaks (the names before it say whose office the person holds); without a person's
name the body does, never the country it belongs to ("сообщил начальник ГУР Минобороны Украины").
"""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import load_registry_file

DAY = date(2025, 5, 20)
HUR = "HUR (Ukrainian military intelligence)"


@pytest.fixture(scope="module")
def shipped():
    return load_registry_file()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Північна Корея збирається перекинути до Росії 6 тисяч військовослужбовців. Про це в інтерв'ю "
         "японському виданню The Japan Times розповів начальник ГУР Міноборони України Кирило Буданов.",
         [HUR]),
        ("КНДР отправила в Россию 6 тысяч военных, сообщил начальник ГУР Минобороны Украины.", [HUR]),
        ("КНДР отправила в Россию 6 тысяч военных, сообщил президент Украины Владимир Зеленский.",
         ["Volodymyr Zelensky"]),
        ("КНДР отправила в Россию 6 тысяч военных, заявил глава Пентагона Ллойд Остин.",
         ["US Department of Defense"]),
    ],
)  # fmt: skip
def test_the_last_name_after_a_title_speaks(text, expected, shipped):
    assert [c.source_name for c in extract(text, DAY, shipped)] == expected
