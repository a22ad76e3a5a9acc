"""Lemmas: the dictionary form of a word, so that lexicons and registry aliases list one form.

Russian and Ukrainian go through pymorphy3 with its dictionaries ("Курской" -> "курский",
"заявили" -> "заявить", "Пескова" -> "песков"); English through a few suffix rules checked
against the forms a lexicon knows (`lemma_en`). Results are cached: a report repeats its words.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Any

try:  # pragma: no cover - the dependency is declared; this only keeps imports cheap to fail
    import pymorphy3
except ImportError:  # pragma: no cover
    pymorphy3 = None

_ANALYSERS: dict[str, Any] = {}


def _analyser(lang: str) -> Any:
    if lang not in _ANALYSERS:
        _ANALYSERS[lang] = pymorphy3.MorphAnalyzer(lang=lang) if pymorphy3 is not None else None
    return _ANALYSERS[lang]


@lru_cache(maxsize=100_000)
def known(word: str, lang: str) -> bool:
    """Does the language's dictionary hold this word form ("зазначили" is Ukrainian, not Russian)?"""
    analyser = _analyser(lang)
    return analyser is not None and bool(analyser.word_is_known(word.casefold().replace("ё", "е")))


@lru_cache(maxsize=200_000)
def lemma_cyrillic(word: str, lang: str) -> str:
    """The most likely dictionary form of a Russian or Ukrainian word, lower case."""
    low = word.casefold().replace("ё", "е")
    analyser = _analyser(lang)
    if analyser is None or not low:
        return low
    parses = analyser.parse(low)
    if not parses:
        return low
    return str(parses[0].normal_form).replace("ё", "е")


@lru_cache(maxsize=200_000)
def lemmas_cyrillic(word: str, lang: str) -> frozenset[str]:
    """Every dictionary form the analyser offers ("стали" is both "стать" and "сталь")."""
    low = word.casefold().replace("ё", "е")
    analyser = _analyser(lang)
    if analyser is None or not low:
        return frozenset((low,))
    return frozenset(p.normal_form.replace("ё", "е") for p in analyser.parse(low)[:4]) | {low}


_EN_SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ves", "f"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"),
    ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("'s", ""), ("’s", ""),
)  # fmt: skip


def lemma_en(word: str, known: Collection[str], irregular: dict[str, str]) -> str:
    """An English word's lemma when a lexicon knows it ("warned" -> "warn", "told" -> "tell"),
    else the lower-case word."""
    low = word.casefold()
    if low in known:
        return low
    if low in irregular:
        return irregular[low]
    for suffix, repl in _EN_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            cand = low[: -len(suffix)] + repl
            if suffix in ("s", "ed") and _consonant_y(cand):
                continue  # "denies", "denied" are "deny"; "Denys" is a name
            if cand in known:
                return cand
            doubled = suffix in ("ing", "ed") and len(cand) > 2 and cand[-1] == cand[-2]
            if doubled and cand[:-1] in known:  # "admitted" -> "admit"
                return cand[:-1]
    return low


def _consonant_y(stem: str) -> bool:
    return len(stem) > 1 and stem[-1] == "y" and stem[-2] not in "aeiou"


def has_cyrillic(word: str) -> bool:
    return any("а" <= ch <= "я" or ch in "іїєґё" for ch in word.casefold())


def lemma(
    word: str, lang: str, known: Collection[str] = frozenset(), irregular: dict[str, str] | None = None
) -> str:
    if lang in ("ru", "uk"):
        if has_cyrillic(word):
            return lemma_cyrillic(word, lang)
        return word.casefold()
    return lemma_en(word, known, irregular or {})


@lru_cache(maxsize=50_000)
def cases(word: str, lang: str) -> frozenset[str]:
    """The grammatical cases a Russian/Ukrainian word may be in ("nomn", "datv", "loct" ...);
    empty for other words. Dative and locative share forms in Ukrainian: a preposition decides."""
    analyser = _analyser(lang)
    if analyser is None or not has_cyrillic(word):
        return frozenset()
    parses = analyser.parse(word.casefold())[:4]
    return frozenset(p.tag.case for p in parses if p.tag.case)


@lru_cache(maxsize=50_000)
def animate(word: str, lang: str) -> bool:
    """May a Russian/Ukrainian word name a living being (a person's name, a title)? False for
    other words and for words the analyser reads only as things ("Венгрии", "Угорщини")."""
    analyser = _analyser(lang)
    if analyser is None or not has_cyrillic(word):
        return False
    return any(p.tag.animacy == "anim" for p in analyser.parse(word.casefold())[:4])


@lru_cache(maxsize=200_000)
def present_verb(word: str, lang: str) -> bool:
    """Is this Russian or Ukrainian word most likely a verb in the present tense ("ведут", "атакують")?"""
    analyser = _analyser(lang)
    if analyser is None:
        return False
    parses = analyser.parse(word.casefold())
    return bool(parses) and parses[0].tag.POS == "VERB" and parses[0].tag.tense == "pres"


@lru_cache(maxsize=50_000)
def adjective(word: str, lang: str) -> bool:
    """Is this Russian or Ukrainian word most likely an adjective or a participle ("розвідувальному")?"""
    analyser = _analyser(lang)
    if analyser is None or not has_cyrillic(word):
        return False
    parses = analyser.parse(word.casefold())
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")
