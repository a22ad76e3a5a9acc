import pytest

from api.models import ApiToken
from tests.support.api import Api


@pytest.fixture
def analyst_token(analyst):
    return ApiToken.issue(analyst, "tests")[1]


@pytest.fixture
def viewer_token(viewer):
    return ApiToken.issue(viewer, "tests")[1]


@pytest.fixture
def api(client, analyst_token):
    return Api(client, analyst_token)


@pytest.fixture
def viewer_api(client, viewer_token):
    return Api(client, viewer_token)


@pytest.fixture
def anonymous_api(client):
    return Api(client, None)
