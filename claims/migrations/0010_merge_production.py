"""Joins production's migrations (0007_history_triggers, 0008_panel_counts, 0009_export_jobs)
with main's (0004_gazetteer_import to 0007_merge_corrections)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0007_merge_corrections"),
        ("claims", "0009_export_jobs"),
    ]

    operations = []
