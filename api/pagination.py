"""The API's lists, a page at a time: ninja's pagination with the page's links in the answer."""

from __future__ import annotations

import math
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import PaginationBase


class NumberedPages(PaginationBase):
    """`?page=N&page_size=M`; the answer says how many pages there are and links the next and the
    previous one (the same query with another page number)."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=1_000_000)
        page_size: int = Field(50, ge=1, le=200)

    class Output(Schema):
        count: int
        page: int
        page_size: int
        pages: int
        next: str | None
        previous: str | None
        results: list[Any]

    items_attribute = "results"

    def paginate_queryset(
        self, queryset: QuerySet, pagination: Input, request: HttpRequest, **params: Any
    ) -> dict[str, Any]:
        count = self._items_count(queryset)
        size = pagination.page_size
        pages = max(1, math.ceil(count / size))
        start = (pagination.page - 1) * size
        results = queryset[start : start + size] if start < count else queryset.none()

        def link(page: int) -> str:
            query = request.GET.copy()
            query["page"] = str(page)
            query["page_size"] = str(size)
            return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

        return {
            "count": count,
            "page": pagination.page,
            "page_size": size,
            "pages": pages,
            "next": link(pagination.page + 1) if pagination.page < pages else None,
            "previous": link(min(pagination.page - 1, pages)) if pagination.page > 1 else None,
            "results": results,
        }
