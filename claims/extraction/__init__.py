"""Pure extraction: report text + reference date + registry -> claim drafts. No Django here.

pipeline.py     the stages and their state: segment, tokenize, mentions, attribute, content, assemble
mentions.py     actors, places and topic terms of a sentence
speakers.py     speakers and their fallbacks (headers, continuations, the report's author)
assemble.py     stances per clause, one claim per source, places/figures/time of its clause
statement.py    a claim's statement without its attribution
language.py     a language's lexicons compiled: lemmas, verb classes, phrase sets
lexicon/        words as data, one module per concept per language (en, ru, uk)
morph.py        lemmas (pymorphy3 for Russian and Ukrainian)
sentences.py    sentences with offsets (abbreviations, quotes, Telegram line breaks)
tokens.py       words and the phrase matcher (aliases, Cyrillic stems)
index.py        the registry compiled once: source aliases, gazetteer, topic terms
attribution.py  actors (registry, anonymous, unknown names, anaphors) and the cues linking them
stance.py       asserts / confirms / denies / does_not_deny, negation, silence
dates.py        time phrases resolved against the reference date
figures.py      numbers with unit and qualifier
shipped.py      a registry read straight from a registry file (benchmarks, tests)
"""

from .pipeline import PARSER_VERSION, extract
from .text import prepare_text
from .types import ClaimDraft, FigureDraft, PlaceEntry, PlaceMention, Registry, SourceEntry, TopicEntry

__all__ = [
    "PARSER_VERSION",
    "ClaimDraft",
    "FigureDraft",
    "PlaceEntry",
    "PlaceMention",
    "Registry",
    "SourceEntry",
    "TopicEntry",
    "extract",
    "prepare_text",
]
