import django.contrib.auth.admin  # noqa: F401  (registers users and groups)
from django.contrib import admin
from django.urls import include, path

import api.admin  # noqa: F401  (registers API tokens)
import claims.admin  # noqa: F401  (registers the claims models)
from api.views import api as rest_api

from .views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", rest_api.urls),
    path("", include("claims.pages.urls")),
]
