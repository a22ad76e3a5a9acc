from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver's error: the point is to say so, not to fail
        return f"down ({type(exc).__name__})"
    return "ok"


def broker_state() -> str:
    from claims.queue import broker_answers

    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "not used (reports are parsed in the web process)"
    return "ok" if broker_answers() else "down (reports are stored and wait for it)"


@never_cache
@require_GET
def healthz(request):
    """For a load balancer (plain HTTP is fine: exempt from the HTTPS redirect). 200 when the
    database answers, 503 when it does not; the broker's state is reported beside it, but a broker
    outage keeps the answer 200: the web still serves, and reports wait for the broker."""
    database, broker = database_state(), broker_state()
    body = f"database {database}\nbroker {broker}\n"
    return HttpResponse(body, content_type="text/plain", status=200 if database == "ok" else 503)
