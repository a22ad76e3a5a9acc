"""The cheap paths of the extractor give what the slow ones would: tokens, language, matcher."""

import re

import pytest

from claims.extraction.language import Lemmas, Memo, PhraseSet, language, lemma_options
from claims.extraction.lexicon import _CYRILLIC, _NOT_CYRILLIC, detect_language
from claims.extraction.morph import lemma
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


def test_the_matcher_ends_a_name_where_the_gap_between_its_words_is_no_name_gap():
    matcher = PhraseMatcher()
    matcher.add("the Far East", "far east")
    matcher.add("Far", "far")
    joined = "troops in the Far East now"
    broken = "troops in the Far; East now"
    assert [joined[m.start : m.end] for m in matcher.find(joined, tokenize(joined))] == ["the Far East"]
    assert [m.payloads for m in matcher.find(broken, tokenize(broken))] == [("far",)]


def test_the_matcher_reads_only_the_tokens_between_its_bounds():
    matcher = PhraseMatcher()
    matcher.add("North Korea", "dprk")
    text = "North Korea and North Korea"
    tokens = tokenize(text)
    assert [m.first for m in matcher.find(text, tokens)] == [0, 3]
    assert [m.first for m in matcher.find(text, tokens, lo=1)] == [3]
    assert [m.first for m in matcher.find(text, tokens, hi=4)] == [0]  # the second lacks its last word


def _sets(*words: str) -> list[frozenset[str]]:
    return [frozenset(w.split("|")) for w in words]


@pytest.mark.parametrize(
    "words",
    [
        ("he", "did", "not", "say|said", "anything", "not", "comment"),
        ("no", "comment", "on", "it", "decline", "to", "answer", "further", "comment"),
        ("not",),
        (),
    ],
)
def test_a_phrase_set_finds_the_same_in_a_sentences_lemmas_as_in_a_plain_list(words):
    phrases = PhraseSet.build(
        [
            _sets("not", "say"),
            _sets("not", "...", "comment"),
            _sets("decline", "to", "...", "comment"),
            _sets("no"),
        ]
    )
    lemmas = Lemmas(_sets(*words))
    expected = phrases.find(_sets(*words))
    assert phrases.find(lemmas) == expected
    found = phrases.find(lemmas)
    found.append((99, 100))  # what a caller does with its answer is not remembered
    assert phrases.find(lemmas) == expected


def test_a_sentences_lemmas_say_where_any_of_several_lemmas_stands_left_to_right():
    lemmas = Lemmas(_sets("a", "b|c", "a|c", "d"))
    assert lemmas.positions({"c", "a"}) == [0, 1, 2]
    assert lemmas.positions({"d"}) == [3]
    assert lemmas.positions({"z"}) == []


def test_a_memo_computes_each_value_once_and_keeps_at_most_its_limit():
    calls: list[str] = []

    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = Memo(upper, limit=2)
    assert [memo[w] for w in ("a", "b", "a", "c", "c")] == ["A", "B", "A", "C", "C"]
    assert calls == ["a", "b", "c", "c"]  # "c" came after the limit: worked out each time
    assert len(memo) == 2


def test_a_languages_lemmas_are_those_of_the_lemmatizer():
    en = language("en")
    for word in ("said", "denied", "Denys", "warned", "told", "troops"):
        assert en.lemma_set(word) == lemma_options(word, "en", en.known, en.irregular)
        assert en.lemma(word) == lemma(word, "en", en.known, en.irregular)
