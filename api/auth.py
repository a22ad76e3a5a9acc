"""`Authorization: Bearer <token>`: the token's user is the request's user."""

from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from .models import ApiToken


class BearerToken(HttpBearer):
    def __call__(self, request):
        # django-ninja's own version logs any non-Bearer Authorization header in full when DEBUG
        # is on (a password in a Basic header, a token of another scheme): read it here, log nothing.
        scheme, _, token = request.headers.get(self.header, "").partition(" ")
        if scheme.lower() != self.openapi_scheme or not token.strip():
            return None
        return self.authenticate(request, token)

    def authenticate(self, request, token: str):
        user = ApiToken.user_for(token.strip())
        if user is None:
            raise AuthenticationError(401, "Unknown, revoked or expired API token.")
        request.user = user
        return user
