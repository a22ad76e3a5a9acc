"""Pure extraction: report text + reference date + registry -> claim drafts. No Django here.

extractor.py    the walk through a report: sentences -> speakers -> claims (and what they carry)
sentences.py    sentences with offsets (abbreviations, quotes, Telegram line breaks)
tokens.py       words and the phrase matcher (aliases, Cyrillic stems)
index.py        the registry compiled once: source aliases, gazetteer, topic terms
attribution.py  actors (registry, anonymous, unknown names, anaphors) and the cues linking them
stance.py       asserts / confirms / denies / does_not_deny, negation, silence
dates.py        time phrases resolved against the reference date
figures.py      numbers with unit and qualifier
shipped.py      a registry read straight from a registry file (benchmarks, tests)
"""

from .extractor import PARSER_VERSION, extract
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
