"""Splitting a report into sentences with their offsets.

Every line break ends a sentence (Telegram posts and bulleted lists put one statement per line).
Within a line a sentence ends at . ! ? or … followed by a capital, a digit or an opening quote,
except after abbreviations (U.S., Lt. Gen., Oct. 8, Mr.) and initials, and never inside a short
quotation: a quote that spans several sentences stays with the "he said" that closes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import LANGUAGES, concept

ABBREVIATIONS = frozenset().union(*(concept(code, "grammar").ABBREVIATIONS for code in LANGUAGES))
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
_NEXT_START = re.compile(r"\s+[\"'“‘«(\[]?[A-ZА-ЯЁІЇЄҐ0-9]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?$")
_QUOTES = {"“": "”", "«": "»", '"': '"'}
MAX_QUOTE = 600  # longer "quotes" are usually an unbalanced quote mark: split anyway
MAX_SENTENCE = 1500  # a run-on line is cut so that no sentence costs more than this


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the line/paragraph, for continuation across sentences
    block: int = 0  # index of the blank-line separated block (one Telegram post, one article section)


_OPENING = re.compile(r"[“«\"]")


def _quote_spans(line: str) -> list[tuple[int, int]]:
    """Offsets (within the line) of balanced, short quotations."""
    spans: list[tuple[int, int]] = []
    i = 0
    while True:
        m = _OPENING.search(line, i)
        if m is None:
            return spans
        start = m.start()
        j = line.find(_QUOTES[m.group()], start + 1)
        if j == -1 or j - start > MAX_QUOTE:
            i = start + 1
            continue
        spans.append((start, j))
        i = j + 1


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    m = _WORD_BEFORE.search(line, max(0, dot - 20), dot)
    if m is None:
        return False
    word = m.group(1)
    if len(word) == 1:
        # An initial (John F. Kennedy) or a letter of U.S. / U.K., but not "posted on X."
        before = line[max(0, m.start() - 12) : m.start()]
        return not (word.isupper() and _PLATFORM_PREPOSITION.search(before)) and not (
            word.isascii() and _CYRILLIC_WORD_BEFORE.search(before)  # "в соцсети X.": Latin X, no initial
        )
    return word.casefold() in ABBREVIATIONS


def _split_line(line: str) -> list[tuple[int, int]]:
    quotes = _quote_spans(line)
    cuts = [0]
    for m in _END.finditer(line):
        end = m.end()
        if not _NEXT_START.match(line, end):
            continue
        if _is_abbreviation(line, m.start()):
            continue
        if any(a < m.start() < b and m.end() <= b for a, b in quotes):
            continue  # inside a quotation that goes on
        cuts.append(end)
    cuts.append(len(line))
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while b - a > MAX_SENTENCE:
            cut = line.rfind(" ", a, a + MAX_SENTENCE)
            cut = cut if cut > a else a + MAX_SENTENCE
            spans.append((a, cut))
            a = cut
        spans.append((a, b))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    block = 0
    for line in text.split("\n"):
        if line.strip():
            for a, b in _split_line(line):
                piece = line[a:b]
                lead = len(piece) - len(piece.lstrip())
                piece = piece.strip()
                if piece:
                    start = pos + a + lead
                    out.append(Sentence(start, start + len(piece), piece, paragraph, block))
            paragraph += 1
        elif out and out[-1].block == block:
            block += 1
        pos += len(line) + 1
    return out


# Patterns used inside functions, compiled once.
_PLATFORM_PREPOSITION = re.compile(r"\b(?:on|via|to|at|from|and|in)\s+$")
_CYRILLIC_WORD_BEFORE = re.compile(r"[а-яёіїєґ]+\s+$")
