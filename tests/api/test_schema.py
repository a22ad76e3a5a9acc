"""Schemathesis against the app's own OpenAPI schema: generated requests (valid and invalid) with a
valid token, so the authenticated paths run. No answer may be a server error, and every answer must
match the schema (status code, content type, body, headers)."""

from __future__ import annotations

import secrets
import sys
from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.auths import AuthStorage
from schemathesis.checks import not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    ensure_resource_availability,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
    use_after_free,
)

from api.models import ApiToken, hash_token
from dashboard.wsgi import application
from tests.support.factories import make_claim, make_place, make_report

_OTHER_PLACES = (
    ParameterLocation.PATH,
    ParameterLocation.HEADER,
    ParameterLocation.COOKIE,
    ParameterLocation.BODY,
)


def query_valid_as_sent(response, case) -> bool:
    """A query string carries only text: "?source=0&q=false" is a list of one source id and the text
    "false", whatever types the generator had in mind. Schemathesis forgives such a change of type
    when it is the only one (ST201's own exceptions) but not two in one request; so a negative case
    whose only negative part is the query is judged by the query it actually sent."""
    meta = case.meta
    if meta is None or not meta.is_negative_at(ParameterLocation.QUERY):
        return False
    if any(meta.is_negative_at(place) for place in _OTHER_PLACES):
        return False
    container = case.operation.get_parameter_set(ParameterLocation.QUERY)
    if not container or response.request is None:
        return False
    properties = container.schema.get("properties", {})
    sent = parse_qs(urlsplit(response.request.url).query, keep_blank_values=True)
    read = {k: v if properties.get(k, {}).get("type") == "array" else v[-1] for k, v in sent.items()}
    return container.get_strict_validator().is_valid(read)


@schemathesis.check
def negative_data_rejection_as_sent(ctx, response, case):
    """ST201 (invalid data is refused), on the request as it went over the wire."""
    if query_valid_as_sent(response, case):
        return None
    return negative_data_rejection(ctx, response, case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection_as_sent,
    # ST202: whatever the schema calls valid, the API accepts (the schema is as strict as its checks).
    positive_data_acceptance,
    ignored_auth,
    missing_required_header,
    unsupported_method,
    allow_header_conformance,
    use_after_free,
    ensure_resource_availability,
]
MAX_EXAMPLES = 60
TRIED: Counter = Counter()
STATUSES: Counter = Counter()
# Known before any test runs: cases are generated (and their auth set) before the test body.
TOKEN = "ct_schemathesis-" + secrets.token_urlsafe(24)


@pytest.fixture(autouse=True)
def keep_the_test_transaction(db):
    """The WSGI app is called directly: Django would close the database connection at the end of
    each request, ending the test's transaction. The test client avoids that the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def schema_token(analyst):
    return ApiToken.objects.create(
        user=analyst, name="schemathesis", prefix=TOKEN[:12], key_hash=hash_token(TOKEN)
    )


@pytest.fixture
def some_claims(db):
    """A few rows, so small generated ids find something to answer."""
    for _ in range(3):
        make_claim(report=make_report()).locations.add(make_place())


@pytest.fixture(scope="module", autouse=True)
def report_cases_tried():
    yield
    total = sum(TRIED.values())
    statuses = ", ".join(f"{code}: {n}" for code, n in sorted(STATUSES.items()))
    lines = [f"schemathesis: {total} cases tried (answers {statuses})"] + [
        f"  {op}: {n}" for op, n in sorted(TRIED.items())
    ]
    sys.__stdout__.write("\n" + "\n".join(lines) + "\n")


# Loaded from the app itself (the schema needs no database).
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES
)
# A correction that is well formed but cannot apply to the claim (merged with itself, an unknown
# topic, an end before the start, a figure that does not read) is 422: the only answer to valid
# data, besides these, that is not a success.
schema.config.checks.positive_data_acceptance.expected_statuses = [
    *schema.config.checks.positive_data_acceptance.expected_statuses,
    "422",
]


class AnalystToken:
    """The test's analyst token on every request, except the negative cases that leave it out
    on purpose (to see them refused with 401)."""

    def get(self, case, context):
        return TOKEN

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@schema.parametrize()
@AuthStorage().apply(AnalystToken, refresh_interval=None, retry_on=[])
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_the_api_answers_every_generated_request_as_its_schema_says(case, schema_token, some_claims):
    TRIED[f"{case.method} {case.path}"] += 1
    response = case.call_and_validate(checks=CHECKS)
    STATUSES[response.status_code] += 1
