"""Every page's URL; the names are what templates and tests reverse."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import claims, corrections, dashboard, exports, imports, propositions, reports, saved, sources
from .forms import LoginForm

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("panels/map.json", dashboard.map_data, name="dashboard-map"),
    path("panels/timeline.json", dashboard.timeline_data, name="dashboard-timeline"),
    path("panels/changes/", dashboard.changes, name="dashboard-changes"),
    path("claims/<int:pk>/", claims.claim_detail, name="claim-detail"),
    path("claims/<int:pk>/row/", claims.claim_row, name="claim-row"),
    path("claims/<int:pk>/review/", claims.review, name="claim-review"),
    path("claims/<int:pk>/correct/", corrections.correct, name="claim-correct"),
    path("claims/<int:pk>/split/", corrections.split, name="claim-split"),
    path("claims/<int:pk>/merge/", corrections.merge, name="claim-merge"),
    path("views/", saved.saved_views, name="saved-views"),
    path("views/<slug:slug>/", saved.saved_view, name="saved-view"),
    path("views/<slug:slug>/follow/", saved.follow, name="saved-view-follow"),
    path("notifications/", saved.notifications, name="notifications"),
    path("propositions/", propositions.proposition_list, name="proposition-list"),
    path("propositions/<int:pk>/", propositions.proposition_detail, name="proposition-detail"),
    path("propositions/<int:pk>/review/", propositions.proposition_review, name="proposition-review"),
    path("propositions/<int:pk>/merge/", propositions.proposition_merge, name="proposition-merge"),
    path("propositions/<int:pk>/move-out/", propositions.proposition_move_out, name="proposition-move-out"),
    path("reports/", reports.report_list, name="report-list"),
    path("reports/new/", reports.report_new, name="report-new"),
    path("reports/<int:pk>/", reports.report_detail, name="report-detail"),
    path("sources/", sources.source_list, name="source-list"),
    path("sources/<int:pk>/", sources.source_detail, name="source-detail"),
    path("sources/<int:pk>/edit/", sources.source_edit, name="source-edit"),
    path("import/", imports.import_page, name="import"),
    path("import/jobs/<int:pk>/", imports.import_job, name="import-job"),
    path("feeds/", imports.feeds_page, name="feeds"),
    path("feeds/<int:pk>/poll/", imports.feed_poll_soon, name="feed-poll-soon"),
    path("exports/claims.csv", exports.export_claims_csv, name="export-claims-csv"),
    path("exports/places.geojson", exports.export_places_geojson, name="export-places-geojson"),
    path("exports/claimreview.jsonld", exports.export_claimreview, name="export-claimreview"),
    path("exports/jobs/<int:pk>/", exports.export_job, name="export-job"),
    path("exports/jobs/<int:pk>/download", exports.export_download, name="export-download"),
    path(
        "login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True, authentication_form=LoginForm),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
