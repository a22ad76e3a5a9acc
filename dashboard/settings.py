"""One settings file, driven by environment variables.

Defaults give a working local app (SQLite in WAL mode, DEBUG on, Redis on localhost).
`DJANGO_ENV=production` turns DEBUG off, demands SECRET_KEY and ALLOWED_HOSTS from the
environment and switches on every setting `manage.py check --deploy` asks for.
"""

import hashlib
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


ENVIRONMENT = env("DJANGO_ENV", "development").lower()
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DEBUG", default=not PRODUCTION)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("DJANGO_ENV=production needs SECRET_KEY set in the environment.")
    SECRET_KEY = "django-insecure-local-development-key-not-for-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if PRODUCTION:
        raise ImproperlyConfigured("DJANGO_ENV=production needs ALLOWED_HOSTS set in the environment.")
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # SimpleAdminConfig: no admin autodiscovery, because django-leaflet's admin module needs GDAL
    # (GeoDjango), which this project does not use. dashboard/urls.py imports the admin modules.
    "django.contrib.admin.apps.SimpleAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "leaflet",
    "axes",
    "ninja",  # serves the API docs' Swagger UI from static files, not a CDN
    "claims",
    "api",
]

MIDDLEWARE = [
    "dashboard.middleware.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "dashboard.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 answer.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "dashboard.backends.OneQueryModelBackend",  # Django's, with one query for the permissions
]
# Login throttling: lock a username from an address after repeated failures.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# BENCH_VIEWS adds the benchmarks' yardsticks (bench/urls.py: a plain Django ListView of 50
# claims) beside every page; production never serves them.
BENCH_VIEWS = env_bool("BENCH_VIEWS", False) and not PRODUCTION
ROOT_URLCONF = "bench.urls" if BENCH_VIEWS else "dashboard.urls"
WSGI_APPLICATION = "dashboard.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "claims.alerts.context.unread",
            ],
        },
    },
]

# --- Database: SQLite (WAL) by default, anything dj-database-url knows via DATABASE_URL.
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
    # The claims tables fit in memory (1,000,000 claims: about 1 GB), so an index lookup costs
    # about what a sequential page read does; with PostgreSQL's default of 4 (spinning disks)
    # the planner scans the whole claims table to fetch a proposition's 2,000 members (41 ms
    # vs 9). PG_RANDOM_PAGE_COST="" keeps the server's own setting.
    cost = env("PG_RANDOM_PAGE_COST", "1.1")
    # A page reads 25 claims: starting parallel workers for it (PostgreSQL plans them for a LIMIT
    # over a million rows) costs 7 ms of a 0.5 ms query, more while workers busy the cores.
    # PG_PARALLEL_WORKERS="" keeps the server's own max_parallel_workers_per_gather.
    parallel = env("PG_PARALLEL_WORKERS", "0")
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        flags = [f"-c random_page_cost={float(cost)}"] if cost else []
        flags += [f"-c max_parallel_workers_per_gather={int(parallel)}"] if parallel else []
        options = DATABASES["default"].setdefault("OPTIONS", {})
        options["options"] = " ".join([options.get("options", ""), *flags]).strip()
    if env("TEST_DATABASE_NAME"):
        DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME")}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # WAL lets readers work while a worker writes; IMMEDIATE takes the write lock at
                # BEGIN so two writers queue instead of failing with "database is locked".
                "init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA busy_timeout=20000",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # A file, not memory, so that worker processes started by the tests share it.
            "TEST": {"NAME": env("SQLITE_TEST_PATH", str(BASE_DIR / ".test-db.sqlite3"))},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "dashboard"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Production serves hashed, compressed copies by their manifest (collectstatic: make setup and
# scripts/serve.sh build it); a name missing from it is served unhashed rather than as a 500.
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", PRODUCTION)
WHITENOISE_MANIFEST_STRICT = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Reports are pasted text: 1 MB of text is the ceiling, uploads may be a little larger.
REPORT_MAX_CHARS = env_int("REPORT_MAX_CHARS", 1_000_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = env_int("FILE_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 20 * 1024 * 1024)

# --- Map (django-leaflet). Tiles from a configurable URL; the map works without them.
MAP_TILES_URL = env("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env("MAP_TILES_ATTRIBUTION", "&copy; OpenStreetMap contributors")
# The tile server's origin, for the CSP's img-src; "{s}." subdomain templates become "*.".
# Where the dashboard's map opens ([[south, west], [north, east]]): the first situation's region.
MAP_INITIAL_BOUNDS = [[33.0, 30.0], [60.0, 136.0]]
# How often the pages poll: the dashboard for changes, a report page for its parse.
DASHBOARD_POLL_SECONDS = env_int("DASHBOARD_POLL_SECONDS", 10)
REPORT_POLL_SECONDS = env_int("REPORT_POLL_SECONDS", 2)
# How long a dashboard panel stays cached (each key also carries the data's change stamp).
PANEL_CACHE_SECONDS = env_int("PANEL_CACHE_SECONDS", 60)
# The panels read the counts kept as claims change (claims/panel_counts.py) for the filters they
# cover; off, every panel groups the claims themselves.
PANEL_COUNTS = env_bool("PANEL_COUNTS", True)
MAP_TILES_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILES_URL.replace("{s}.", "x-sub.")))
MAP_TILES_ORIGIN = MAP_TILES_ORIGIN.replace("x-sub.", "*.")
LEAFLET_CONFIG = {
    "TILES": [("OpenStreetMap", MAP_TILES_URL, {"attribution": MAP_TILES_ATTRIBUTION, "maxZoom": 18})],
    "DEFAULT_CENTER": (47.0, 80.0),
    "DEFAULT_ZOOM": 3,
    "MIN_ZOOM": 2,
    "MAX_ZOOM": 18,
    "RESET_VIEW": False,
}

# --- Content-Security-Policy (Django's own middleware). No inline script without a nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *([MAP_TILES_ORIGIN] if MAP_TILES_URL else [])],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

# --- Production hardening (what `check --deploy` asks for).
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
# A load balancer's health check speaks plain HTTP to the app: never redirect it.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# The proxy that terminates TLS in front of gunicorn: its addresses, comma-separated, or "*" when
# gunicorn is reachable through the proxy only. Only then is X-Forwarded-Proto believed, and
# only from those addresses: otherwise a client reaching gunicorn directly could claim HTTPS.
TRUSTED_PROXY = env("TRUSTED_PROXY")
if TRUSTED_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Browser features the pages never use, refused (middleware in dashboard/middleware.py).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=()"
)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Redis and Celery (the Celery Django example's CELERY_ namespace).
REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = env("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", REDIS_URL)
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_RESULT_EXPIRES = 3600
# A report's state lives in the database; nobody waits on task results.
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Submitting a report must not hang when Redis is down: a short connect timeout, no publish
# retry, and a circuit breaker (claims/queue.py): after one failure, sends fail at once for
# BROKER_CIRCUIT_SECONDS and reports are stored as waiting; they are queued again as soon as a
# worker reconnects or beat's `requeue_waiting_reports` finds the broker back.
BROKER_CONNECT_TIMEOUT = float(env("BROKER_CONNECT_TIMEOUT", "0.5"))
BROKER_CIRCUIT_SECONDS = float(env("BROKER_CIRCUIT_SECONDS", "5"))
CELERY_BROKER_CONNECTION_TIMEOUT = BROKER_CONNECT_TIMEOUT
# Workers keep trying to reconnect however long the outage (Celery's default gives up after 100).
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600),
    "socket_connect_timeout": BROKER_CONNECT_TIMEOUT,
    "socket_timeout": 5,
    "max_retries": 0,
}
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 0}
# Queues by kind of work, so that a host can run workers for some of them only
# (`celery worker -Q parsing,grouping`); a worker started without -Q consumes them all.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_WORK_QUEUES = ["parsing", "grouping", "imports", "feeds", "exports"]
CELERY_TASK_QUEUES = {
    name: {"routing_key": name} for name in [CELERY_TASK_DEFAULT_QUEUE, *CELERY_WORK_QUEUES]
}
CELERY_TASK_ROUTES = {
    "claims.tasks.parse_report": {"queue": "parsing"},
    "claims.tasks.group_*": {"queue": "grouping"},
    "claims.tasks.run_import_job": {"queue": "imports"},
    "claims.tasks.poll_feeds": {"queue": "feeds"},
    "claims.tasks.run_export_job": {"queue": "exports"},
    # The sweeper and the re-queuer: the default queue, which every worker consumes.
}
# Without Redis (`make run` on a machine with none), parse jobs run in the web process.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = False

# The function that turns a report's text into claim drafts (pure; see claims/extraction).
CLAIMS_EXTRACTOR = env("CLAIMS_EXTRACTOR", "claims.extraction.extract")

# Feeds are fetched from the public internet only; set to allow private, loopback and
# link-local addresses (an intranet feed server).
FEEDS_ALLOW_PRIVATE_ADDRESSES = env_bool("FEEDS_ALLOW_PRIVATE_ADDRESSES", False)

# Exports: up to EXPORT_STREAM_MAX_CLAIMS claims stream at once; more become a job on the
# `exports` queue, written under EXPORTS_DIR and offered for EXPORT_LINK_HOURS; a user may have
# EXPORT_MAX_CONCURRENT_PER_USER such jobs waiting or running at once.
EXPORT_STREAM_MAX_CLAIMS = env_int("EXPORT_STREAM_MAX_CLAIMS", 5000)
EXPORT_LINK_HOURS = env_int("EXPORT_LINK_HOURS", 24)
EXPORT_MAX_CONCURRENT_PER_USER = env_int("EXPORT_MAX_CONCURRENT_PER_USER", 2)
EXPORTS_DIR = Path(env("EXPORTS_DIR", str(BASE_DIR / "var" / "exports")))

# The organisation named as the author of the ClaimReview JSON-LD export.
CLAIMREVIEW_AUTHOR = env("CLAIMREVIEW_AUTHOR", "Claims tracker")

# Reports stuck in queued/parsing longer than this are re-enqueued by the sweeper.
CLAIMS_STUCK_AFTER_SECONDS = env_int("CLAIMS_STUCK_AFTER_SECONDS", 120)
# How long after its parse a report's grouping task runs: the reports parsed meanwhile are grouped
# with it in one pass (at most 20), several times cheaper than one by one. 0: at once.
GROUPING_DELAY_SECONDS = float(env("GROUPING_DELAY_SECONDS", "2"))
# Beat's record of when each job last ran: state of this machine, not of the code, so it lives
# outside the repository (one file per checkout).
CELERY_BEAT_SCHEDULE_FILENAME = env(
    "CELERY_BEAT_SCHEDULE_FILENAME",
    str(
        Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
        / "claims-tracker"
        / hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:12]
        / "celerybeat-schedule"
    ),
)
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-reports": {
        "task": "claims.tasks.sweep_stuck_reports",
        "schedule": float(env_int("CLAIMS_SWEEP_EVERY_SECONDS", 60)),
    },
    # New claims in followed saved views: notifications in the app and one email digest each.
    "run-alerts": {
        "task": "claims.tasks.run_alerts",
        "schedule": float(env_int("ALERTS_EVERY_SECONDS", 300)),
    },
    # Reports stored while the broker was down, or whose messages died with a restarted Redis.
    "requeue-waiting-reports": {
        "task": "claims.tasks.requeue_waiting_reports",
        "schedule": float(env_int("CLAIMS_REQUEUE_EVERY_SECONDS", 10)),
    },
    # Deletes export files whose links expired.
    "expire-exports": {
        "task": "claims.tasks.expire_exports",
        "schedule": float(env_int("EXPORTS_EXPIRE_EVERY_SECONDS", 3600)),
    },
    # Polls only the feeds whose own interval is due; a failing feed waits longer each time.
    "poll-feeds": {
        "task": "claims.tasks.poll_feeds",
        "schedule": float(env_int("FEEDS_POLL_EVERY_SECONDS", 60)),
    },
}

# Email: the alerts' digests (Django's mailers). The console in development; set EMAIL_BACKEND
# (and EMAIL_HOST ...) to send for real. SITE_URL makes the links in the emails absolute.
EMAIL_BACKEND_PATH = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
MAILERS = {
    "default": {
        "BACKEND": EMAIL_BACKEND_PATH,
        "OPTIONS": {
            "host": env("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": env("EMAIL_HOST_USER", ""),
            "password": env("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
        }
        if EMAIL_BACKEND_PATH.endswith("smtp.EmailBackend")
        else {},
    }
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "claims-tracker@localhost")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    # pymorphy3 announces every dictionary it loads at INFO.
    "loggers": {"django.db.backends": {"level": "WARNING"}, "pymorphy3": {"level": "WARNING"}},
}
