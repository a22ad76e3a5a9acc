"""`Authorization: Bearer <token>`: the token's user is the request's user."""

from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from .models import ApiToken


class BearerToken(HttpBearer):
    def authenticate(self, request, token: str):
        user = ApiToken.user_for(token.strip())
        if user is None:
            raise AuthenticationError(401, "Unknown, revoked or expired API token.")
        request.user = user
        return user
