from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def healthz(request):
    """Liveness: the process answers. Touches neither the database nor Redis."""
    return HttpResponse("ok", content_type="text/plain")
