"""Pure extraction: report text + reference date + registry -> claim drafts. No Django here."""

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
