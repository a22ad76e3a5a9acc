"""Small builders for test rows: a report, a source, a claim, with sensible defaults."""

from __future__ import annotations

import itertools
from datetime import date

from claims.models import Claim, Location, Report, Source

_seq = itertools.count(1)


def make_source(name: str | None = None, **kw) -> Source:
    return Source.objects.create(name=name or f"Source {next(_seq)}", **kw)


def make_place(name: str | None = None, lat: float = 51.73, lon: float = 36.19, **kw) -> Location:
    return Location.objects.create(name=name or f"Place {next(_seq)}", latitude=lat, longitude=lon, **kw)


def make_report(text: str | None = None, **kw) -> Report:
    return Report.objects.create(text=text or f"Report text number {next(_seq)}.", **kw)


def make_claim(
    report: Report | None = None, source: Source | None = None, sentence: str | None = None, **kw
) -> Claim:
    report = report or make_report()
    source = source or make_source()
    sentence = sentence or f"Something happened, number {next(_seq)}."
    kw.setdefault("timeline_date", date(2024, 10, 23))
    return Claim.objects.create(
        report=report,
        source=source,
        fingerprint=kw.pop("fingerprint", f"fp-{next(_seq)}"),
        sentence=sentence,
        char_start=0,
        char_end=len(sentence),
        statement=kw.pop("statement", sentence),
        **kw,
    )
