"""Words are data: one list per concept, per language.

`lexicon/<lang>/<concept>.py` holds the words of one concept in one language as plain constants
(tuples, dicts, frozensets of lower-case words or lemmas). Every language defines the same names for
a concept, so a stage reads `concept(lang, "numbers").SCALES` without knowing the language. Adding a
language means adding a folder here, not editing a stage.

Concepts (each module's docstring says what its constants mean):
  speech    reporting verbs by stance class, according-to / citing phrases, cannot-confirm,
            decline-to-comment and silence phrases, denial words, hedges, negations
  actors    demonyms and country names, generic speaker nouns ("officials", "sources"), titles that
            map a person to their body, anaphors, media nouns
  places    locative prepositions, speech-place cues ("speaking in"), region words
  time      month and weekday names, relative days, periods and their parts, future markers
  numbers   number words, scales ("thousand", "тыс."), qualifiers ("about", "up to"), counted
            nouns with their unit and category
  grammar   stop words, conditionals, evaluation words, event words

Language codes: "en", "ru", "uk". `detect_language` tells them apart by letters.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType

LANGUAGES = ("en", "ru", "uk")
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
# Everything _CYRILLIC does not match (case-insensitive matching adds U+1C80-U+1C86): removing it
# counts Cyrillic letters without building a list of them.
_NOT_CYRILLIC = re.compile(r"[^а-яёіїєґА-ЯЁІЇЄҐ\u1c80-\u1c86]+")
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# What _LATIN matches, counted without a regex scan: the ASCII letters of the text's UTF-8 bytes
# (every other byte deleted in C), and the four letters case-insensitive matching adds.
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_LATIN_EXTRA = ("\u0130", "\u0131", "\u017f", "\u212a")
_UKRAINIAN_ONLY = re.compile(r"[іїєґ]", re.IGNORECASE)
_RUSSIAN_ONLY = re.compile(r"[ыэъё]", re.IGNORECASE)
# The letters each matches (case-insensitive matching adds U+1C86 to the Russian ones), to count
# them with str.count rather than a list of matches.
_UKRAINIAN_LETTERS = tuple("іїєґІЇЄҐ")
_RUSSIAN_LETTERS = (*"ыэъёЫЭЪЁ", "\u1c86")
# A sentence without the letters of either ("МАГАТЕ заявило, що ...") is told by its small words.
_WORD = re.compile(r"[^\W\d_]+")
_UKRAINIAN_WORDS = frozenset(
    "що щоб щодо це цей ця ці від вони він вона але чи ще вже дуже який яка яке коли поки даними словами".split()
)
_RUSSIAN_WORDS = frozenset(
    "что чтобы это этот эта эти от они он она но ли еще уже очень какой какая какое когда пока данным словам".split()
)


def detect_language(text: str, default: str = "en") -> str:
    """ "uk" when Ukrainian-only letters outnumber Russian-only ones, "ru" for other Cyrillic, else
    `default` for Latin text (English is the only Latin-script language so far)."""
    if _CYRILLIC.search(text) is None:  # most text: one scan, no list of letters
        return default if default in LANGUAGES and default not in ("ru", "uk") else "en"
    cyrillic = len(_NOT_CYRILLIC.sub("", text))
    latin = _latin_letters(text)
    if latin > cyrillic * 2:
        return "en"
    uk, ru = sum(map(text.count, _UKRAINIAN_LETTERS)), sum(map(text.count, _RUSSIAN_LETTERS))
    if uk > ru:
        return "uk"
    if ru > uk:
        return "ru"
    words = [w.casefold() for w in _WORD.findall(text)]
    uk, ru = sum(w in _UKRAINIAN_WORDS for w in words), sum(w in _RUSSIAN_WORDS for w in words)
    if uk == ru:  # then by the words each dictionary holds ("спростували", "зазначили")
        from ..morph import known

        uk, ru = sum(known(w, "uk") for w in words), sum(known(w, "ru") for w in words)
    if uk != ru:
        return "uk" if uk > ru else "ru"
    return default if default in ("ru", "uk") else "ru"


def _latin_letters(text: str) -> int:
    """How many letters _LATIN matches in the text."""
    ascii_letters = len(text.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_LETTERS))
    return ascii_letters + sum(text.count(c) for c in _LATIN_EXTRA)


@cache
def concept(lang: str, name: str) -> ModuleType:
    """The module of one concept in one language (English when the language has none)."""
    if lang not in LANGUAGES:
        lang = "en"
    try:
        return importlib.import_module(f"{__name__}.{lang}.{name}")
    except ModuleNotFoundError:
        return importlib.import_module(f"{__name__}.en.{name}")
