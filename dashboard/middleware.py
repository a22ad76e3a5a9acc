"""Response headers Django's own middleware does not set."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """`Permissions-Policy` on every response: the browser features the pages never use are off."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class TrustedProxyMiddleware:
    """Believe X-Forwarded-Proto only from the TLS proxy: with TRUSTED_PROXY naming addresses, the
    header is dropped from any other peer, so a client reaching gunicorn directly cannot claim
    HTTPS. TRUSTED_PROXY=* trusts any peer (gunicorn reachable only through the proxy)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.addresses = {a.strip() for a in settings.TRUSTED_PROXY.split(",") if a.strip()}

    def __call__(self, request):
        if "*" not in self.addresses and request.META.get("REMOTE_ADDR") not in self.addresses:
            request.META.pop("HTTP_X_FORWARDED_PROTO", None)
        return self.get_response(request)
