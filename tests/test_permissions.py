"""Who may do what: every URL of the project, for an anonymous visitor, a viewer, an analyst and
an admin, by method, and what a refused request leaves behind (nothing).

The tables below are the access policy. `test_every_url_pattern_is_in_the_matrix` walks the URL
resolver, so a URL added later without a row here (for GET and for POST) fails.

The roles:
    anonymous  not logged in (the API: no token)
    viewer     logged in, no permission: may read everything, change nothing
    analyst    review_claim, add_report, change_source (not staff: no admin)
    admin      a superuser

Outcomes: a status code, or LOGIN (302 to the login page), ADMIN_LOGIN (302 to the admin's
login page), HOME (302 somewhere else: the page after a successful action). A `*` in the
"changes" column marks a request that changes data when allowed: allowed, it must change the
database; refused, the database must be exactly as before. Every other request - every GET
among them - must leave the database as it was, for every role.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone

from api.models import ApiToken
from claims import export_jobs
from claims.filters import ClaimFilter
from claims.models import (
    Claim,
    ExportJob,
    Feed,
    ImportedItem,
    ImportJob,
    Proposition,
    PropositionMember,
    Report,
    SavedView,
    Topic,
)
from tests.support.factories import make_claim, make_place, make_report, make_source

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "viewer", "analyst", "admin")
LOGIN, ADMIN_LOGIN, HOME = "LOGIN", "ADMIN_LOGIN", "HOME"
REFUSED = {LOGIN, ADMIN_LOGIN, 401, 403, 404, 405}

# ---------------------------------------------------------------------------------------------
# The pages (session login)

# fmt: off
SESSION = [
    # url name               method  anonymous  viewer  analyst  admin   changes
    ("healthz",               "GET",  200,       200,    200,     200),
    ("healthz",               "POST", 405,       405,    405,     405),
    ("login",                 "GET",  200,       HOME,   HOME,    HOME),
    ("login",                 "POST", 200,       HOME,   HOME,    HOME),   # anonymous: a wrong password
    ("logout",                "GET",  405,       405,    405,     405),
    ("logout",                "POST", HOME,      HOME,   HOME,    HOME),
    ("dashboard",             "GET",  LOGIN,     200,    200,     200),
    ("dashboard",             "POST", 405,       405,    405,     405),
    ("dashboard-map",         "GET",  LOGIN,     200,    200,     200),
    ("dashboard-map",         "POST", 405,       405,    405,     405),
    ("dashboard-timeline",    "GET",  LOGIN,     200,    200,     200),
    ("dashboard-timeline",    "POST", 405,       405,    405,     405),
    ("dashboard-changes",     "GET",  LOGIN,     200,    200,     200),
    ("dashboard-changes",     "POST", 405,       405,    405,     405),
    ("claim-detail",          "GET",  LOGIN,     200,    200,     200),
    ("claim-detail",          "POST", 405,       405,    405,     405),
    ("claim-row",             "GET",  LOGIN,     200,    200,     200),
    ("claim-row",             "POST", 405,       405,    405,     405),
    ("claim-review",          "GET",  LOGIN,     403,    HOME,    HOME),   # the form lives on the claim page
    ("claim-review",          "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("claim-correct",         "GET",  LOGIN,     403,    200,     200),    # the claim page with the form open
    ("claim-correct",         "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("claim-split",           "GET",  405,       405,    405,     405),
    ("claim-split",           "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("claim-merge",           "GET",  LOGIN,     403,    200,     200),    # the page with the duplicates
    ("claim-merge",           "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("saved-views",           "GET",  LOGIN,     200,    200,     200),
    ("saved-views",           "POST", LOGIN,     HOME,   HOME,    HOME,   "*"),   # anyone may save a filter
    ("saved-view",            "GET",  LOGIN,     HOME,   HOME,    HOME),   # to the dashboard with its filter
    ("saved-view",            "POST", 405,       405,    405,     405),
    ("saved-view-follow",     "GET",  405,       405,    405,     405),
    ("saved-view-follow",     "POST", LOGIN,     HOME,   HOME,    HOME,   "*"),
    ("notifications",         "GET",  LOGIN,     200,    200,     200),
    ("notifications",         "POST", LOGIN,     HOME,   HOME,    HOME),   # marks read: none unread here
    ("proposition-list",      "GET",  LOGIN,     200,    200,     200),
    ("proposition-list",      "POST", 405,       405,    405,     405),
    ("proposition-detail",    "GET",  LOGIN,     200,    200,     200),
    ("proposition-detail",    "POST", 405,       405,    405,     405),
    ("proposition-review",    "GET",  405,       405,    405,     405),
    ("proposition-review",    "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("proposition-merge",     "GET",  405,       405,    405,     405),
    ("proposition-merge",     "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("proposition-move-out",  "GET",  405,       405,    405,     405),
    ("proposition-move-out",  "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("report-list",           "GET",  LOGIN,     200,    200,     200),
    ("report-list",           "POST", 405,       405,    405,     405),
    ("report-new",            "GET",  LOGIN,     403,    200,     200),
    ("report-new",            "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("report-detail",         "GET",  LOGIN,     200,    200,     200),
    ("report-detail",         "POST", 405,       405,    405,     405),
    ("source-list",           "GET",  LOGIN,     200,    200,     200),
    ("source-list",           "POST", 405,       405,    405,     405),
    ("source-detail",         "GET",  LOGIN,     200,    200,     200),
    ("source-detail",         "POST", 405,       405,    405,     405),
    ("source-edit",           "GET",  405,       405,    405,     405),
    ("source-edit",           "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("import",                "GET",  LOGIN,     403,    200,     200),
    ("import",                "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("import-job",            "GET",  LOGIN,     404,    200,     200),    # the analyst's own job
    ("import-job",            "POST", LOGIN,     405,    405,     405),
    ("feeds",                 "GET",  LOGIN,     200,    200,     200),
    ("feeds",                 "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("feed-poll-soon",        "GET",  LOGIN,     403,    405,     405),
    ("feed-poll-soon",        "POST", LOGIN,     403,    HOME,    HOME,   "*"),
    ("export-claims-csv",     "GET",  LOGIN,     200,    200,     200),
    ("export-claims-csv",     "POST", LOGIN,     405,    405,     405),
    ("export-places-geojson", "GET",  LOGIN,     200,    200,     200),
    ("export-places-geojson", "POST", LOGIN,     405,    405,     405),
    ("export-claimreview",    "GET",  LOGIN,     200,    200,     200),
    ("export-claimreview",    "POST", LOGIN,     405,    405,     405),
    ("export-job",            "GET",  LOGIN,     404,    200,     200),    # the analyst's own export
    ("export-job",            "POST", LOGIN,     405,    405,     405),
    ("export-download",       "GET",  LOGIN,     404,    200,     200),
    ("export-download",       "POST", LOGIN,     405,    405,     405),
]

# ---------------------------------------------------------------------------------------------
# The API (bearer tokens of the same users; a session cookie is not enough)

API = [
    # url name                    method  anonymous  viewer  analyst  admin   changes
    ("api:openapi-json",          "GET",  200,       200,    200,     200),    # the schema is public
    ("api:openapi-json",          "POST", 200,       200,    200,     200),    # any method reads it
    ("api:openapi-view",          "GET",  200,       200,    200,     200),
    ("api:openapi-view",          "POST", 200,       200,    200,     200),
    ("api:api-root",              "GET",  404,       404,    404,     404),
    ("api:api-root",              "POST", 404,       404,    404,     404),
    ("api:submit_report",         "GET",  405,       405,    405,     405),
    ("api:submit_report",         "POST", 401,       403,    202,     202,    "*"),
    ("api:get_report",            "GET",  401,       200,    200,     200),
    ("api:get_report",            "POST", 405,       405,    405,     405),
    ("api:list_claims",           "GET",  401,       200,    200,     200),
    ("api:list_claims",           "POST", 405,       405,    405,     405),
    ("api:get_claim",             "GET",  401,       200,    200,     200),
    ("api:get_claim",             "POST", 405,       405,    405,     405),
    ("api:review_claim",          "GET",  405,       405,    405,     405),
    ("api:review_claim",          "POST", 401,       403,    200,     200,    "*"),
    ("api:list_propositions",     "GET",  401,       200,    200,     200),
    ("api:list_propositions",     "POST", 405,       405,    405,     405),
    ("api:get_proposition",       "GET",  401,       200,    200,     200),
    ("api:get_proposition",       "POST", 405,       405,    405,     405),
    ("api:correct_claim",         "GET",  405,       405,    405,     405),
    ("api:correct_claim",         "POST", 401,       403,    200,     200,    "*"),
    ("api:split_claim",           "GET",  405,       405,    405,     405),
    ("api:split_claim",           "POST", 401,       403,    200,     200,    "*"),
    ("api:merge_claim",           "GET",  405,       405,    405,     405),
    ("api:merge_claim",           "POST", 401,       403,    200,     200,    "*"),
    ("api:export_claims_csv",     "GET",  401,       200,    200,     200),
    ("api:export_claims_csv",     "POST", 405,       405,    405,     405),
    ("api:export_places_geojson", "GET",  401,       200,    200,     200),
    ("api:export_places_geojson", "POST", 405,       405,    405,     405),
    ("api:export_claimreview",    "GET",  401,       200,    200,     200),
    ("api:export_claimreview",    "POST", 405,       405,    405,     405),
]

# ---------------------------------------------------------------------------------------------
# The admin site. Only staff get in: everyone else is sent to the admin's login page, whatever
# the URL and the method. For the admin (a superuser), the site-wide pages:

ADMIN_SITE = [
    # url name                    method  admin
    ("admin:index",               "GET",  200),
    ("admin:index",               "POST", 200),
    ("admin:login",               "GET",  HOME),    # others: the login form (200)
    ("admin:login",               "POST", 200),     # an empty form: errors shown
    ("admin:logout",              "GET",  405),     # others: sent to the admin index (302)
    ("admin:logout",              "POST", HOME),
    ("admin:password_change",     "GET",  200),
    ("admin:password_change",     "POST", 200),     # empty form: errors shown
    ("admin:password_change_done", "GET", 200),
    ("admin:password_change_done", "POST", 405),
    ("admin:autocomplete",        "GET",  200),
    ("admin:autocomplete",        "POST", 405),
    ("admin:jsi18n",              "GET",  200),
    ("admin:jsi18n",              "POST", 405),
    ("admin:view_on_site",        "GET",  HOME),
    ("admin:view_on_site",        "POST", HOME),
    ("admin:app_list",            "GET",  200),
    ("admin:app_list",            "POST", 200),
    ("admin:catch_all",           "GET",  404),
    ("admin:catch_all",           "POST", 404),
]

# What the admin may do to each registered model. The status history is append-only: not even
# a superuser adds, changes or deletes it there. Import jobs are created by uploads only.
ADMIN_MODELS = {
    # model                  add    change  delete
    "auth.group":           (True,  True,   True),
    "auth.user":            (True,  True,   True),
    "api.apitoken":         (True,  True,   True),
    "claims.source":        (True,  True,   True),
    "claims.location":      (True,  True,   True),
    "claims.topic":         (True,  True,   True),
    "claims.report":        (True,  True,   True),
    "claims.claim":         (True,  True,   True),
    "claims.statuschange":  (False, False,  False),
    "claims.feed":          (True,  True,   True),
    "claims.importjob":     (False, True,   True),
    "claims.importeditem":  (True,  True,   True),
}
# fmt: on


def admin_model_rows() -> list[tuple]:
    """Each model's admin URLs: (name, method, outcome for the admin, changes)."""
    rows = []
    for label, (can_add, can_change, can_delete) in ADMIN_MODELS.items():
        app, model = label.split(".")
        prefix = f"admin:{app}_{model}"
        rows += [
            # The changelist: GET lists; POST is the bulk delete action (asks for confirmation,
            # or shows the list again where there is no such action).
            (f"{prefix}_changelist", "GET", 200, ""),
            (f"{prefix}_changelist", "POST", 200, ""),
            (f"{prefix}_add", "GET", 200 if can_add else 403, ""),
            (f"{prefix}_add", "POST", 200 if can_add else 403, ""),  # an empty form: errors shown
            (f"{prefix}_change", "GET", 200, ""),  # read-only where it may not be changed
            # An empty form: errors shown, or, with no editable field, saved as it was.
            (
                f"{prefix}_change",
                "POST",
                (HOME if label == "claims.importjob" else 200) if can_change else 403,
                "",
            ),
            (f"{prefix}_delete", "GET", 200 if can_delete else 403, ""),
            (f"{prefix}_delete", "POST", HOME if can_delete else 403, "*" if can_delete else ""),
            (f"{prefix}_history", "GET", 200, ""),
            (f"{prefix}_history", "POST", 200, ""),
            (f"{prefix}_object", "GET", HOME, ""),  # <pk>/ redirects to <pk>/change/
            (f"{prefix}_object", "POST", HOME, ""),
        ]
    rows += [
        ("admin:auth_user_password_change", "GET", 200, ""),
        ("admin:auth_user_password_change", "POST", 200, ""),
    ]
    return rows


def admin_rows() -> list[tuple]:
    """Admin rows in the same shape as the others: non-staff are always sent to the login."""
    rows = []
    for name, method, outcome, *changes in [*(r + ("",) for r in ADMIN_SITE), *admin_model_rows()]:
        others: str | int = ADMIN_LOGIN
        if name == "admin:login":
            others = 200
        elif name == "admin:logout":
            others = HOME
        rows.append((name, method, others, others, others, outcome, changes[0] if changes else ""))
    return rows


@dataclass
class Row:
    kind: str  # "session", "api" or "admin"
    name: str
    method: str
    expected: dict
    changes: bool

    @property
    def id(self) -> str:
        return f"{self.name}-{self.method}"


def all_rows() -> list[Row]:
    rows = []
    for kind, table in (("session", SESSION), ("api", API), ("admin", admin_rows())):
        for name, method, *outcomes in table:
            changes = len(outcomes) > 4 and outcomes[4] == "*"
            expected = dict(zip(ROLES, outcomes[:4], strict=True))
            rows.append(Row(kind, str(name), str(method), expected, changes))
    return rows


ROWS = all_rows()

# ---------------------------------------------------------------------------------------------
# The data every request is made against


@dataclass
class World:
    users: dict
    tokens: dict
    topic: Topic
    claim: Claim  # reviewed once: it has history
    report: Report
    source: object
    feed: Feed
    job: ImportJob
    deletable: dict  # per admin model: an object the admin may delete
    export: ExportJob
    proposition: Any = None  # holds `claim`
    other_proposition: Any = None  # a second one, to merge


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """Hashing the passwords of four users for each of 240 requests tables is most of the time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(django_user_model, analyst, viewer) -> World:
    superuser = django_user_model.objects.create_superuser("ada.admin", "ada@example.org", "x-long-pass-99")
    users = {"viewer": viewer, "analyst": analyst, "admin": superuser}
    tokens = {role: ApiToken.issue(user, "matrix")[1] for role, user in users.items()}
    topic = Topic.objects.create(name="Troops", slug="troops", is_default=True)
    source = make_source("HUR", reliability="B")
    report = make_report(text="HUR said troops arrived in Kursk.", url="https://example.org/a")
    claim = make_claim(report=report, source=source, statement="Troops arrived")
    claim.topics.add(topic)
    claim.review(by=analyst, status="disputed", note="first look")
    claim.refresh_from_db()
    feed = Feed.objects.create(
        url="https://feeds.example.org/rss", next_poll_at=timezone.now() + timedelta(days=1)
    )
    job = ImportJob.objects.create(kind=ImportJob.Kind.JSONL, filename="a.jsonl", created_by=analyst)
    spare_report = make_report(text="A report nobody parsed.")
    SavedView.objects.create(owner=analyst, name="Kursk", slug="kursk", query="q=Kursk")
    deletable = {
        "auth.group": Group.objects.create(name="Spare group"),
        "auth.user": django_user_model.objects.create_user("spare.user", password="x-long-pass-98"),
        "api.apitoken": ApiToken.issue(viewer, "spare")[0],
        "claims.source": make_source("Spare source"),
        "claims.location": make_place("Spare place"),
        "claims.topic": Topic.objects.create(name="Spare topic", slug="spare"),
        "claims.report": spare_report,
        "claims.claim": make_claim(statement="Never reviewed"),
        "claims.statuschange": claim.history.get(),
        "claims.feed": feed,
        "claims.importjob": job,
        "claims.importeditem": ImportedItem.objects.create(
            channel="feed", scope="1", item_id="x", report=spare_report
        ),
    }
    export = export_jobs.request_export(
        "csv", ClaimFilter.from_query({"topic": "all"}), user=analyst, base_url="http://testserver/"
    )
    export_jobs.run_export_job(export.pk)
    proposition = Proposition.objects.create(key="t:deployment", scope="t", statement="Troops arrived")
    PropositionMember.objects.create(claim=claim, proposition=proposition)
    other = Proposition.objects.create(key="t:deployment#2", scope="t", statement="Troops are there")
    PropositionMember.objects.create(claim=make_claim(statement="Troops are there"), proposition=other)
    return World(
        users, tokens, topic, claim, report, source, feed, job, deletable, export, proposition, other
    )


def url_of(row: Row, w: World) -> str:
    name = row.name
    by_pk: dict[str, Any] = {
        "claim-detail": w.claim,
        "claim-row": w.claim,
        "claim-review": w.claim,
        "claim-correct": w.claim,
        "claim-split": w.claim,
        "claim-merge": w.claim,
        "api:correct_claim": w.claim,
        "api:split_claim": w.claim,
        "api:merge_claim": w.claim,
        "proposition-detail": w.proposition,
        "proposition-review": w.proposition,
        "proposition-merge": w.proposition,
        "proposition-move-out": w.proposition,
        "report-detail": w.report,
        "source-detail": w.source,
        "source-edit": w.source,
        "import-job": w.job,
        "export-job": w.export,
        "export-download": w.export,
        "feed-poll-soon": w.feed,
        "api:get_report": w.report,
        "api:get_claim": w.claim,
        "api:review_claim": w.claim,
        "api:get_proposition": w.proposition,
    }
    if name in by_pk:
        return reverse(name, args=[by_pk[name].pk])
    if name in ("saved-view", "saved-view-follow"):
        return reverse(name, args=[SavedView.objects.get().slug])
    if name == "admin:view_on_site":
        return reverse(name, args=[ContentType.objects.get_for_model(Claim).pk, w.claim.pk])
    if name == "admin:app_list":
        return reverse(name, args=["claims"])
    if name == "admin:catch_all":
        return "/admin/no/such/page/"
    if name == "admin:autocomplete":
        return reverse(name) + "?app_label=claims&model_name=claim&field_name=source&term=HUR"
    if name == "admin:auth_user_password_change":
        return reverse(name, args=[w.deletable["auth.user"].pk])
    label = admin_model_of(name)
    if label and name.rsplit("_", 1)[1] in ("change", "delete", "history", "object"):
        obj = w.deletable[label]
        if name.endswith("_object"):
            return reverse(name.removesuffix("_object") + "_change", args=[obj.pk]).removesuffix("change/")
        return reverse(name, args=[obj.pk])
    return reverse(name)


def admin_model_of(name: str) -> str | None:
    """The model label of a per-model admin URL name (admin:claims_source_change -> claims.source)."""
    for label in ADMIN_MODELS:
        prefix = f"admin:{label.replace('.', '_')}_"
        if name.startswith(prefix) and name.removeprefix(prefix) in (
            "changelist",
            "add",
            "change",
            "delete",
            "history",
            "object",
        ):
            return label
    return None


def post_data(row: Row, w: World) -> tuple[object, str | None]:
    """The body of a POST: what an allowed user would send to make the change."""
    claim = w.claim
    forms = {
        "login": {"username": "nobody", "password": "wrong"},
        "claim-review": {"status": "confirmed", "credibility": "2", "note": "ok", "version": claim.version},
        "report-new": {"text": "HUR said more troops arrived in Kursk on Monday."},
        "proposition-review": {"status": "confirmed", "version": w.proposition.version, "note": "ok"},
        "proposition-merge": {"other": w.other_proposition.pk},
        "proposition-move-out": {"claim": claim.pk},
        "source-edit": {"reliability": "A", "aliases": "ГУР", "notes": "graded", "reviewed": "on"},
        "import": {
            "kind": "bulk",
            "file": SimpleUploadedFile("r.jsonl", b'{"text": "Imported: troops arrived."}\n'),
        },
        "feeds": {"url": "https://wire.example.org/rss", "poll_interval": "900"},
        "claim-correct": {
            "source": "HUR",
            "stance": "denies",
            "statement": "Troops arrived",
            "version": claim.version,
        },
        "claim-split": {"first": "Troops", "second": "arrived", "version": claim.version},
        "saved-views": {"name": "Denied in Kursk", "query": "status=denied&q=Kursk", "subscribe": "on"},
        "claim-merge": {"duplicate": w.deletable["claims.claim"].pk, "version": claim.version},
    }
    if row.name in forms:
        return forms[row.name], None
    if row.name == "api:submit_report":
        return json.dumps({"text": "Via the API: troops arrived in Kursk."}), "application/json"
    api_forms = {
        "api:correct_claim": {"stance": "denies", "version": claim.version},
        "api:split_claim": {"first": "Troops", "second": "arrived", "version": claim.version},
        "api:merge_claim": {"duplicate": w.deletable["claims.claim"].pk, "version": claim.version},
    }
    if row.name in api_forms:
        return json.dumps(api_forms[row.name]), "application/json"
    if row.name == "api:review_claim":
        return json.dumps({"status": "confirmed", "version": claim.version}), "application/json"
    if row.name.endswith("_changelist"):
        label = admin_model_of(row.name)
        return {"action": "delete_selected", "_selected_action": [w.deletable[label].pk]}, None
    if row.name.endswith("_delete"):
        return {"post": "yes"}, None
    return {}, None


# ---------------------------------------------------------------------------------------------
# What the database holds, minus what logging in and using a token touch


SKIPPED_MODELS = {"sessions.session", "admin.logentry"}
SKIPPED_FIELDS = {"auth.user": {"last_login"}, "api.apitoken": {"last_used_at"}}


def snapshot() -> dict:
    state = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in SKIPPED_MODELS or model._meta.app_label == "axes":
            continue
        skipped = SKIPPED_FIELDS.get(label, set())
        fields = [f.attname for f in model._meta.concrete_fields if f.attname not in skipped]
        state[label] = list(model._base_manager.order_by("pk").values_list(*fields))
    return state


def changed_tables(before: dict, after: dict) -> list[str]:
    return [label for label in before if before[label] != after[label]]


def outcome_of(response, url: str):
    if response.status_code in (301, 302, 303):
        location = response["Location"]
        if location.startswith(reverse("admin:login") + "?next="):
            return ADMIN_LOGIN
        if location.startswith(reverse("login") + "?next="):
            return LOGIN
        return HOME
    return response.status_code


def send(row: Row, role: str, w: World):
    client = Client()
    headers = {}
    if row.kind == "api":
        if role != "anonymous":
            headers["Authorization"] = f"Bearer {w.tokens[role]}"
    elif role != "anonymous":
        client.force_login(w.users[role])
    url = url_of(row, w)
    if row.method == "GET":
        response = client.get(url, headers=headers)
    else:
        data, content_type = post_data(row, w)
        extra: dict[str, Any] = {"content_type": content_type} if content_type else {}
        response = client.post(url, data, headers=headers, **extra)
    if response.streaming:
        b"".join(response.streaming_content)  # type: ignore[attr-defined]  # an export fails while streaming, not before
    return url, response


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_each_role_gets_what_the_matrix_says_and_a_refusal_changes_nothing(row, world):
    problems = []
    for role in ROLES:
        with transaction.atomic():
            if row.kind != "api" and role != "anonymous":
                Client().force_login(world.users[role])  # the login's own writes, before the snapshot
            before = snapshot()
            url, response = send(row, role, world)
            after = snapshot()
            transaction.set_rollback(True)  # the next role starts from the same data
        expected, got = row.expected[role], outcome_of(response, url)
        changed = changed_tables(before, after)
        if got != expected:
            problems.append(f"{role}: expected {expected}, got {got} ({response.status_code})")
        elif expected in REFUSED:
            if changed:
                problems.append(f"{role}: refused ({got}) but changed {changed}")
        elif row.changes and not changed:
            problems.append(f"{role}: allowed ({got}) but changed nothing")
        elif not row.changes and changed:
            problems.append(f"{role}: changed {changed}, which this request must not")
    assert not problems, f"{row.method} {url}:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# The matrix covers every URL


def url_patterns(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield (prefix + str(pattern.pattern)).replace("^", "")  # as ResolverMatch.route has it


def test_every_url_pattern_is_in_the_matrix_for_get_and_post(world):
    covered: dict[str, set[str]] = {}
    for row in ROWS:
        path = url_of(row, world).split("?")[0]
        covered.setdefault(resolve(path).route, set()).add(row.method)
    missing = [route for route in url_patterns() if covered.get(route) != {"GET", "POST"}]
    assert not missing, f"URLs without a GET and a POST row in the permission matrix: {missing}"


def test_the_matrix_names_every_model_of_the_admin_site():
    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered == set(ADMIN_MODELS)


# ---------------------------------------------------------------------------------------------
# Beyond the matrix


def test_the_api_does_not_take_a_session_cookie_for_a_token(analyst_client, world):
    before = snapshot()
    response = analyst_client.post(
        reverse("api:submit_report"), {"text": "Via a cookie: troops."}, content_type="application/json"
    )
    assert response.status_code == 401
    assert analyst_client.get(reverse("api:list_claims")).status_code == 401
    assert snapshot() == before


def test_without_a_csrf_token_no_page_changes_anything(world):
    """An analyst's session used by another site (no CSRF token) is refused on every page POST."""
    for row in ROWS:
        role = "admin" if row.kind == "admin" else "analyst"
        if row.kind == "api" or row.method != "POST" or row.expected[role] in REFUSED:
            continue
        client = Client(enforce_csrf_checks=True)
        client.force_login(world.users[role])
        with transaction.atomic():
            before = snapshot()
            data, _ = post_data(row, world)
            response = client.post(url_of(row, world), data)
            after = snapshot()
            transaction.set_rollback(True)
        assert response.status_code == 403, row.id
        assert not changed_tables(before, after), row.id


def test_a_viewer_may_follow_an_import_of_their_own(world, viewer):
    mine = ImportJob.objects.create(kind=ImportJob.Kind.CSV, filename="mine.csv", created_by=viewer)
    client = Client()
    client.force_login(viewer)
    assert client.get(reverse("import-job", args=[mine.pk])).status_code == 200
    assert client.get(reverse("import-job", args=[world.job.pk])).status_code == 404


def test_anonymous_htmx_requests_are_sent_to_the_login_page_as_a_whole_page(world):
    response = Client().get(reverse("dashboard"), headers={"HX-Request": "true", "HX-Current-URL": "/?q=x"})
    assert response.status_code == 200 and response.content == b""
    assert response["HX-Redirect"].startswith(reverse("login") + "?next=")
