import pytest

from api.models import ApiToken


@pytest.fixture
def analyst_token(analyst):
    return ApiToken.issue(analyst, "tests")[1]


@pytest.fixture
def viewer_token(viewer):
    return ApiToken.issue(viewer, "tests")[1]


class Api:
    """The test client with a bearer token: api.get("/api/claims"), api.post(path, {...})."""

    def __init__(self, client, token: str | None):
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path, data=None, **headers):
        return self.client.get(path, data, headers={**self.headers, **headers})

    def post(self, path, data=None, *, raw: bytes | None = None, **headers):
        body = raw if raw is not None else data
        return self.client.post(
            path, body, content_type="application/json", headers={**self.headers, **headers}
        )


@pytest.fixture
def api(client, analyst_token):
    return Api(client, analyst_token)


@pytest.fixture
def viewer_api(client, viewer_token):
    return Api(client, viewer_token)


@pytest.fixture
def anonymous_api(client):
    return Api(client, None)
