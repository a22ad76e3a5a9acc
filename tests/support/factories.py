"""Small builders for test rows: a report, a source, a claim, with sensible defaults."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

from claims.models import Claim, Location, ParseStatus, Report, Source, Topic

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
    # A claim is written by a parse: its report is parsed, not waiting for a worker (a worker
    # started by the test would otherwise parse it again and replace the hand-made claim).
    report = report or make_report(parse_status=ParseStatus.PARSED)
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


def exported_claims(analyst) -> dict:
    """Two sources, two places, a topic; a confirmed, a denied and an open claim: what the
    export tests (the pages' and the API's) read."""
    kyiv = make_source("Kyiv", reliability="B")
    moscow = make_source("Moscow")
    kursk = make_place("Kursk Oblast", lat=51.7, lon=36.2)
    vladivostok = make_place("Vladivostok", lat=43.1, lon=131.9)
    report = make_report(
        "Kyiv said troops arrived. Moscow denied it.",
        title="Troops report",
        url="https://news.example.org/1",
        outlet="Example News",
        published_at=datetime(2024, 10, 23, 9, tzinfo=UTC),
    )
    troops = Topic.objects.create(name="Troops", slug="troops")
    confirmed = make_claim(
        report=report,
        source=kyiv,
        sentence="Kyiv said troops arrived.",
        statement="Troops arrived in Kursk",
        figures=[{"value": 3000, "unit": "soldiers"}],
        timeline_date=date(2024, 10, 22),
    )
    confirmed.locations.add(kursk, vladivostok)
    confirmed.topics.add(troops)
    confirmed.review(by=analyst, status="confirmed", note="Imagery")
    denied = make_claim(report=report, source=moscow, sentence="Moscow denied it.", statement="=HYPERLINK(1)")
    denied.locations.add(kursk)
    denied.review(by=analyst, status="denied")
    open_claim = make_claim(source=moscow, statement="Still open")
    open_claim.locations.add(vladivostok)
    return {
        "kyiv": kyiv,
        "moscow": moscow,
        "kursk": kursk,
        "vlad": vladivostok,
        "claims": [confirmed, denied, open_claim],
    }
