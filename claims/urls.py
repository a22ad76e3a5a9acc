from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("reports/<int:pk>/", views.report_detail, name="report-detail"),
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
