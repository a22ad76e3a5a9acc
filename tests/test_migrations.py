import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_migrating_0003_to_0004_keeps_every_row_and_fills_the_search_text():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before, after = [("claims", "0003_panel_indexes")], [("claims", "0004_gazetteer_import")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    source = old.get_model("claims", "Source").objects.create(name="Минобороны России")
    place = old.get_model("claims", "Location").objects.create(
        name="Sudzha", latitude=51.19, longitude=35.27, aliases=["Суджа"], kind="settlement"
    )
    report = old.get_model("claims", "Report").objects.create(text="Войска во Владивостоке.")
    claim = old.get_model("claims", "Claim").objects.create(
        report=report,
        source=source,
        fingerprint="fp",
        sentence="Войска во Владивостоке.",
        char_start=0,
        char_end=23,
        statement="Войска во Владивостоке",
    )
    old.get_model("claims", "ClaimLocation").objects.create(claim=claim, location=place, mention="Судже")

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    new = executor.loader.project_state(after).apps
    migrated = new.get_model("claims", "Claim").objects.get(pk=claim.pk)
    assert migrated.sentence == "Войска во Владивостоке." and migrated.source_id == source.pk
    assert migrated.search_text == "войска во владивостоке\nвойска во владивостоке.\nминобороны россии"
    moved = new.get_model("claims", "Location").objects.get(pk=place.pk)
    assert (moved.name, moved.aliases, moved.latitude) == ("Sudzha", ["Суджа"], 51.19)
    assert moved.origin == "curated" and moved.geonames_id is None
    assert new.get_model("claims", "ClaimLocation").objects.get(claim_id=claim.pk).mention == "Судже"
    assert new.get_model("claims", "Report").objects.count() == 1

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes("claims"))
    # Production's branch (history triggers, panel counts, export jobs) and main's meet in
    # 0010_merge_production: the claims written at 0003 are counted, and their history protected.
    from claims import panel_counts

    assert panel_counts.stored_counts() == panel_counts.fresh_counts() != {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM claims_panelcount WHERE n > 0")
        assert cursor.fetchone()[0] > 0
