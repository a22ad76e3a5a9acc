"""Kinds of fault found on reports new to the corpus (read as the extractor's first sight of them),
fixed by kind and checked here on made-up sentences of several wars: a participle opening a
sentence is no speaker ("Speaking on state television, X said"), an evasive answer is a non-answer,
a toll raised to a number reports it.
"""

from datetime import date

import pytest

from tests.support import made_up
from tests.support.made_up import made_up_registry

DAY = date(2025, 5, 7)
SOURCES = [
    ("Sudanese Ministry of Defence", "government", ["Defense Minister Yassin Ibrahim Yassin", "Yassin"]),
    ("Sudanese Armed Forces", "military", ["Sudan's army", "SAF"]),
    ("Kremlin", "government", ["Dmitry Peskov", "Peskov"]),
    ("Gaza Health Ministry", "government", ["Gaza's health ministry"]),
    ("Houthis", "military", ["Yahya Saree", "Saree"]),
]
PLACES = [
    ("El Fasher", 13.63, 25.35),
    ("Kursk", 51.73, 36.19),
    ("Rafah", 31.29, 34.25),
    ("Hodeidah", 14.8, 42.95),
]
TERMS = "drone drones troops strike strikes killed dead toll attack missile ship".split()
A, N = "asserts", "does_not_deny"
SDN, GAZA = "Sudanese Ministry of Defence", "Gaza Health Ministry"

CASES = [
    ("Speaking on state television, Yassin said RSF drones struck El Fasher.", [(SDN, A)]),
    ("Asked about the strike, Saree said a missile hit a ship off Hodeidah.", [("Houthis", A)]),
    ("Responding to the reports, Peskov said drones were shot down near Kursk.", [("Kremlin", A)]),
    ("A Kremlin spokesman answered evasively when asked about troops in Kursk.", [("Kremlin", N)]),
    ("Peskov sidestepped a question about North Korean troops in Kursk.", [("Kremlin", N)]),
    ("Gaza's health ministry raised the death toll of the Rafah strike to 45.", [(GAZA, A)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def registry():
    return made_up_registry(SOURCES, PLACES, TERMS)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_fresh_kinds(text, expected, registry):
    assert made_up.said(text, registry, DAY) == expected


# The sentence after a claim that only says whose it was; a document of that speaker said to say more.
FOLLOW_SOURCES = [
    ("UK Ministry of Defence", "government", ["British Ministry of Defence", "Міноборони Великої Британії",
                                               "Минобороны Великобритании"]),
    ("US Department of Defense", "government", ["Pentagon", "Пентагон"]),
    ("Цензор.НЕТ", "media", ["Цензор.НЕТ", "Цензор"]),
]  # fmt: skip
FOLLOW_PLACES = [("Kursk", 51.73, 36.19), ("Курская область", 51.5, 36.0), ("Курська область", 51.5, 36.0)]
FOLLOW_TERMS = "troops soldiers war війська військ солдатів войска войск солдат".split()
UK = "UK Ministry of Defence"
FOLLOWING = [
    ("Troops lost 6,000 soldiers in Kursk. This was stated in a post by the British Ministry of Defence.",
     [(UK, A)]),
    ("Troops lost 6,000 soldiers in Kursk. That is according to the British Ministry of Defence.", [(UK, A)]),
    ("Війська втратили понад 6000 солдатів. Про це йдеться в дописі Міноборони Великої Британії в мережі X. "
     "У звіті зазначено, що війська розгорнули на Курщині.", [(UK, A), (UK, A)]),
    ("Войска потеряли 6000 солдат. Об этом говорится в сообщении Минобороны Великобритании в соцсети X. "
     "В докладе отмечается, что войска направили в Курскую область.", [(UK, A), (UK, A)]),
    # "as X reports" passes on the words of the body the sentence names
    ("Війська втратили 6000 солдатів. Як інформує Цензор, про це йдеться в дописі Пентагону.",
     [("US Department of Defense", A)]),
    ("Війська втратили 6000 солдатів, як інформує Цензор.", [("Цензор.НЕТ", A)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def follow_registry():
    return made_up_registry(FOLLOW_SOURCES, FOLLOW_PLACES, FOLLOW_TERMS)


@pytest.mark.parametrize(("text", "expected"), FOLLOWING, ids=[c[0][:60] for c in FOLLOWING])
def test_a_sentence_that_names_the_speaker_of_the_one_before(text, expected, follow_registry):
    assert made_up.said(text, follow_registry, DAY) == expected


def test_a_place_opening_the_claim_before_a_meta_line_is_the_claims(follow_registry):
    from claims.extraction import extract

    text = "У Курській області війська втратили 6000 солдатів. Про це повідомило Міноборони Великої Британії."
    (claim,) = extract(text, DAY, follow_registry)
    assert [p.text for p in claim.places] == ["Курській області"]


# "its" before a body is the country named last; a confirmation inside what is said, with no agent,
# is no confirmation by the speaker; a source in intelligence who told a national medium is that
# nation's intelligence.
OWN_SOURCES = [
    ("Russian government", "government", ["Russia", "Moscow"]),
    ("Russian Ministry of Defence", "government", ["Russia's defence ministry", "Russian Defence Ministry"]),
    ("Sudanese Armed Forces", "military", ["Sudan's army"]),
    ("United Nations", "international", ["UN"]),
    ("HUR", "intelligence", ["Ukrainian intelligence", "Ukrainian military intelligence"]),
    ("Kyiv Independent", "media", [], "Ukraine"),
    ("Hezbollah", "military", []),
]  # fmt: skip
OWN_PLACES = [("Kursk", 51.73, 36.19), ("Zamzam camp", 13.49, 25.29)]
OWN_TERMS = "troops villages famine soldiers strikes".split()
OWN_CASES = [
    ("Russia did not react. Later, its defence ministry said Ukrainian troops were pushed out of two "
     "villages in Kursk.", [("Russian Ministry of Defence", A)]),
    ("Hezbollah said its fighters had driven troops out of two villages.", [("Hezbollah", A)]),
    ("The UN said famine had been confirmed in Zamzam camp.", [("United Nations", A)]),
    ("The UN confirmed that famine had spread to Zamzam camp.", [("United Nations", "confirms")]),
    ("Famine in Zamzam camp was confirmed by the UN on Friday.", [("United Nations", "confirms")]),
    ("A source in military intelligence told the Kyiv Independent that 18 soldiers were detained in Kursk.",
     [("HUR", A)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def own_registry():
    return made_up_registry(OWN_SOURCES, OWN_PLACES, OWN_TERMS)


@pytest.mark.parametrize(("text", "expected"), OWN_CASES, ids=[c[0][:60] for c in OWN_CASES])
def test_whose_body_and_whose_confirmation(text, expected, own_registry):
    assert made_up.said(text, own_registry, DAY) == expected


# A country after a preposition and a part of it ("in northern Mali") is a place, not who speaks.
PART_SOURCES = [
    ("CSP", "military", ["Strategic Framework for the Defense of the People of Azawad"]),
    ("Malian government", "government", ["Mali", "Bamako"]),
    ("Syrian government", "government", ["Syria", "Damascus"]),
    ("SDF", "military", ["Syrian Democratic Forces"]),
]  # fmt: skip
PART_PLACES = [("Mali", 17.5, -4.0), ("Syria", 35.0, 38.5)]
PART_TERMS = "killed fighters soldiers".split()
PART_CASES = [
    ("The Strategic Framework for the Defense of the People of Azawad, a rebel alliance in northern Mali, "
     "said it killed 84 fighters.", [("CSP", A)]),
    ("The SDF, a Kurdish-led alliance active in eastern Syria, said it killed 12 fighters.", [("SDF", A)]),
    ("Mali said its soldiers killed 12 fighters in northern Mali.", [("Malian government", A)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def part_registry():
    return made_up_registry(PART_SOURCES, PART_PLACES, PART_TERMS)


@pytest.mark.parametrize(("text", "expected"), PART_CASES, ids=[c[0][:60] for c in PART_CASES])
def test_a_part_of_a_country_after_a_preposition_is_a_place(text, expected, part_registry):
    assert made_up.said(text, part_registry, DAY) == expected
