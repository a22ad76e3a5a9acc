"""Placeholder until the real extractor lands: one claim per "according to <source>" sentence."""

from __future__ import annotations

import re
from datetime import date

from .types import ClaimDraft, Registry

PARSER_VERSION = "0"


def extract(text: str, published: date | None, registry: Registry) -> list[ClaimDraft]:
    drafts: list[ClaimDraft] = []
    for match in re.finditer(r"[^.\n]+[.\n]?", text or ""):
        sentence = match.group(0).strip()
        if not sentence:
            continue
        start = text.index(sentence, match.start())
        for source in registry.sources:
            names = (source.name, *source.aliases)
            if any(re.search(r"\b" + re.escape(n) + r"\b", sentence) for n in names):
                drafts.append(
                    ClaimDraft(
                        sentence=sentence,
                        start=start,
                        end=start + len(sentence),
                        statement=sentence,
                        source_key=source.key,
                        source_name=source.name,
                    )
                )
                break
    return drafts
