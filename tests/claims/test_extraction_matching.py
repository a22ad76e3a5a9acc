"""The cheap paths of the extractor give what the slow ones would: tokens, language, matcher."""

import re

import pytest

from claims.extraction.lexicon import _CYRILLIC, _NOT_CYRILLIC, detect_language
from claims.extraction.tokens import PhraseMatcher, normalize_word, tokenize


def test_counting_cyrillic_letters_by_removing_the_rest_counts_what_the_pattern_matches():
    letters = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert len(_NOT_CYRILLIC.sub("", letters)) == len(_CYRILLIC.findall(letters))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Peskov said nothing.", "en"),
        ("Песков ничего не сказал об этом.", "ru"),
        ("Пєсков нічого не сказав про це.", "uk"),
        ("The TASS report (Песков) was in English.", "en"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["Kyiv’s Ömer İstanbul Straße", "П’ятниця Ёлки", "ǅ Σας", "U.S. 3,000"])
def test_a_sentence_folded_at_once_gives_the_words_folded_one_by_one(text):
    tokens = tokenize(text, 10)
    words = [(m.group(), normalize_word(m.group()), m.start() + 10, m.end() + 10) for m in
             re.finditer(r"[^\W_]+(?:['’ʼ](?=[а-яіїєґА-ЯІЇЄҐ])[^\W_]+)*", text)]  # fmt: skip
    assert [(t.text, t.norm, t.start, t.end) for t in tokens] == words


def test_the_matcher_takes_the_longest_way_through_a_cyrillic_word():
    matcher = PhraseMatcher()
    matcher.add("Повітряні сили", "air force")
    matcher.add("Повітряні", "air")
    text = "у Повітряних силах повідомили"
    (match,) = matcher.find(text, tokenize(text))
    assert (text[match.start : match.end], match.payloads) == ("Повітряних силах", ("air force",))


def test_the_matcher_forgets_its_remembered_steps_when_a_phrase_is_added():
    matcher = PhraseMatcher()
    text = "в Курській області"
    assert matcher.find(text, tokenize(text)) == []
    matcher.add("Курська область", "kursk")
    assert [m.payloads for m in matcher.find(text, tokenize(text))] == [("kursk",)]
