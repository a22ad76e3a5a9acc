"""Imports, feeds and exports: included from dashboard/urls.py."""

from django.urls import path

from . import views_io

urlpatterns = [
    path("import/", views_io.import_page, name="import"),
    path("import/jobs/<int:pk>/", views_io.import_job, name="import-job"),
    path("feeds/", views_io.feeds_page, name="feeds"),
    path("feeds/<int:pk>/poll/", views_io.feed_poll_soon, name="feed-poll-soon"),
    path("exports/claims.csv", views_io.export_claims_csv, name="export-claims-csv"),
    path("exports/places.geojson", views_io.export_places_geojson, name="export-places-geojson"),
    path("exports/claimreview.jsonld", views_io.export_claimreview, name="export-claimreview"),
]
