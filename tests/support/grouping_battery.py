"""The grouping batteries' one check: every statement of a proposition gets the same key, and no
statement of another proposition gets it. Each battery is grouped once, however many labels ask."""

from __future__ import annotations

from functools import cache
from typing import Any

from claims.propositions.grouping import group


@cache
def _keys(battery: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(group(said.facts() for said in battery))


def labels(battery: tuple[Any, ...]) -> list[str]:
    return sorted({said.label for said in battery})


def keys_of(battery: tuple[Any, ...], label: str) -> tuple[set[str], set[str]]:
    """The keys the label's statements got, and the keys every other statement got."""
    keys = _keys(battery)
    own = {key for said, key in zip(battery, keys, strict=True) if said.label == label}
    others = {key for said, key in zip(battery, keys, strict=True) if said.label != label}
    return own, others
