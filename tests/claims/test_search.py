"""The dashboard's search finds text in any script, whatever its case, on SQLite and PostgreSQL."""

from datetime import date

import pytest
from django.http import QueryDict

from claims.filters import ClaimFilter
from claims.intake import service as intake
from claims.models import Claim
from claims.parsing import service as parsing
from tests.support.factories import make_claim, make_source

pytestmark = pytest.mark.django_db


def found(q: str) -> list[int]:
    qd = QueryDict(mutable=True)
    qd.update({"q": q, "topic": "all"})
    return sorted(ClaimFilter.from_query(qd).apply().values_list("pk", flat=True))


def test_a_lower_case_cyrillic_query_finds_a_capitalized_name():
    claim = make_claim(sentence="Войска прибыли во Владивосток на прошлой неделе.")
    make_claim(sentence="Nothing about that city here.")
    assert found("владивосток") == [claim.pk]
    assert found("ВЛАДИВОСТОК") == [claim.pk]
    assert found("Владивосток") == [claim.pk]


def test_ukrainian_and_latin_text_are_found_in_any_case():
    uk = make_claim(sentence="Підрозділи КНДР помічені у Курській області.")
    en = make_claim(sentence="Troops were seen near SUDZHA.")
    assert found("курській") == [uk.pk]
    assert found("кндр") == [uk.pk]
    assert found("sudzha") == [en.pk]


def test_the_statement_and_the_source_name_are_searched_too():
    source = make_source("Минобороны России")
    claim = make_claim(source=source, sentence="Sentence.", statement="Заявление о Хабаровске")
    assert found("минобороны") == [claim.pk]
    assert found("ХАБАРОВСКЕ") == [claim.pk]


def test_renaming_a_source_renames_it_in_the_search():
    source = make_source("Old name")
    claim = make_claim(source=source, sentence="Sentence.")
    source.name = "Главное управление разведки"
    source.save()
    assert found("главное управление") == [claim.pk]
    assert found("old name") == []


def test_claims_written_by_a_parse_are_searchable(settings, registry):
    settings.CLAIMS_EXTRACTOR = "tests.support.extractors.scripted"
    report = intake.submit_report(
        text="Минобороны России | asserts | 3000 солдат прибыли во Владивосток.",
        published_at=date(2024, 10, 25),
        enqueue=False,
    ).report
    assert parsing.parse_report(report.pk) == "parsed"
    claim = Claim.objects.get(report=report)
    assert claim.search_text == claim.search_text.casefold()
    assert found("владивосток") == [claim.pk]


def test_a_review_keeps_the_search_text(analyst):
    claim = make_claim(sentence="Войска во Владивостоке.")
    claim.review(by=analyst, status="confirmed")
    assert found("владивостоке") == [claim.pk]
