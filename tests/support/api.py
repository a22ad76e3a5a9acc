"""The API as a client sees it: the test client with a bearer token."""


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
