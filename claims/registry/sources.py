"""The source a name means: one lookup and one find-or-create for every door and the parser.

Matched by id, name or alias, case-insensitively; a name the tracker does not know becomes a new
source marked unreviewed, so an analyst grades it before trusting it.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction

from ..models import Source, SourceKind, clean_aliases


def _fold(value: str) -> str:
    return " ".join((value or "").split()).casefold()


def create_unreviewed(
    name: str, *, kind: str = SourceKind.OTHER, aliases=(), note: str = ""
) -> Source | None:
    """The source called `name` (case-insensitively), created unreviewed if there is none."""
    name = " ".join((name or "").split())[:200]
    if not name:
        return None
    found = Source.objects.filter(name__iexact=name).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return Source.objects.create(
                name=name,
                kind=kind if kind in SourceKind.values else SourceKind.OTHER,
                aliases=clean_aliases(list(aliases)),
                reviewed=False,
                notes=note or "Created by an import; review it.",
            )
    except IntegrityError:  # created by a concurrent import a moment ago
        return Source.objects.get(name__iexact=name)


class SourceIndex:
    """Sources by folded name and alias. Loaded on the first lookup a name cannot answer, and
    then kept, so a whole import or parse pays for it once."""

    def __init__(self) -> None:
        self._by_key: dict[str, int] | None = None
        self._objects: dict[int, Source] = {}

    def _index(self) -> dict[str, int]:
        if self._by_key is None:
            self._by_key = {}
            for pk, name, aliases in Source.objects.values_list("pk", "name", "aliases"):
                for key in (name, *(aliases or ())):
                    self._by_key.setdefault(_fold(key), pk)
        return self._by_key

    def _source(self, pk: int) -> Source | None:
        if pk not in self._objects:
            found = Source.objects.filter(pk=pk).first()
            if found is None:
                return None
            self._objects[pk] = found
        return self._objects[pk]

    def _remember(self, source: Source) -> Source:
        self._objects[source.pk] = source
        if self._by_key is not None:
            for key in (source.name, *(source.aliases or ())):
                self._by_key.setdefault(_fold(key), source.pk)
        return source

    def find(self, value: str) -> Source | None:
        """The source with this id, name or alias, or None."""
        value = " ".join((value or "").split())
        if not value:
            return None
        if value.isascii() and value.isdigit() and len(value) < 12:
            by_id = self._source(int(value))
            if by_id is not None:
                return by_id
        by_name = Source.objects.filter(name__iexact=value).first() if self._by_key is None else None
        if by_name is not None:
            return self._remember(by_name)
        pk = self._index().get(value.casefold())
        return self._source(pk) if pk is not None else None

    def find_or_create(
        self, name: str, aliases=(), note: str = "", kind: str = SourceKind.OTHER
    ) -> Source | None:
        """The source with this name or one of these aliases; created unreviewed if none."""
        for value in (name, *aliases):
            found = self.find(value)
            if found is not None:
                return found
        created = create_unreviewed(name, kind=kind, aliases=aliases, note=note)
        return self._remember(created) if created is not None else None


def find_source(value: str) -> Source | None:
    """The source an API caller or a form names (id, name or alias), or None."""
    return SourceIndex().find(value)
