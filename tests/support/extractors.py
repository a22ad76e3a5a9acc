"""Extractors for tests of the parse path, independent of the real extractor's rules.

`scripted` reads one claim per line written as `Source name | stance | sentence`, so a test says
exactly which claims a report yields. Lines `[[raise]]` and `[[sleep 5]]` make it fail or stall,
which is how the fault tests reach inside a real worker process.
"""

from __future__ import annotations

import re
import time

from claims.extraction import ClaimDraft, PlaceMention


def scripted(text, reference_date, registry, author=None):
    sources = {name.casefold(): s for s in registry.sources for name in (s.name, *s.aliases)}
    places = {p.name.casefold(): p for p in registry.places}
    drafts = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group(0)
        if line.strip() == "[[raise]]":
            raise RuntimeError("scripted extractor failure")
        sleep = re.fullmatch(r"\[\[sleep (\d+(?:\.\d+)?)\]\]", line.strip())
        if sleep:
            time.sleep(float(sleep.group(1)))
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3:
            continue
        name, stance, sentence = parts
        start = match.start() + line.index(sentence)
        known = sources.get(name.casefold())
        drafts.append(
            ClaimDraft(
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                statement=sentence,
                source_key=known.key if known else None,
                source_name=known.name if known else name,
                stance=stance,
                places=[PlaceMention(p.key, p.name) for k, p in places.items() if k in sentence.casefold()],
                event_start=reference_date,
                date_precision="day" if reference_date else "",
            )
        )
    return drafts
