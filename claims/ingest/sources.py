"""The source a channel's name or a row's `source` value means.

Matched by id, name or alias, case-insensitively; a name the tracker does not know becomes a new
source marked unreviewed, so an analyst grades it before trusting it.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction

from ..models import Source, SourceKind, clean_aliases


class SourceIndex:
    """Every source by its folded name and aliases, loaded once for a whole import."""

    def __init__(self) -> None:
        self._by_key: dict[str, Source] = {}
        for source in Source.objects.all():
            self._add(source)

    def _add(self, source: Source) -> None:
        for key in (source.name, *(source.aliases or ())):
            self._by_key.setdefault(" ".join(key.split()).casefold(), source)

    def find(self, value: str) -> Source | None:
        value = " ".join((value or "").split())
        if not value:
            return None
        if value.isascii() and value.isdigit():
            by_id = Source.objects.filter(pk=int(value)).first() if len(value) < 12 else None
            if by_id is not None:
                return by_id
        return self._by_key.get(value.casefold())

    def find_or_create(self, name: str, aliases=(), note: str = "") -> Source | None:
        """The source with this name or one of these aliases; created unreviewed if none."""
        for value in (name, *aliases):
            found = self.find(value)
            if found is not None:
                return found
        name = " ".join((name or "").split())[:200]
        if not name:
            return None
        try:
            with transaction.atomic():
                source = Source.objects.create(
                    name=name,
                    kind=SourceKind.OTHER,
                    aliases=clean_aliases(list(aliases)),
                    reviewed=False,
                    notes=note or "Created by an import; review it.",
                )
        except IntegrityError:  # created by a concurrent import a moment ago
            source = Source.objects.get(name__iexact=name)
        self._add(source)
        return source


def find_source(value: str) -> Source | None:
    """The source an API caller or a form names (id, name or alias), or None."""
    return SourceIndex().find(value)
