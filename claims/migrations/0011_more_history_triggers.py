"""The other history tables are append-only in the database too, as the status history is
(0007_history_triggers): a trigger refuses every UPDATE and DELETE of a correction row
(`claims_claimcorrection`) and of a proposition change (`claims_propositionchange`), whoever
sends it. A proposition change only lets its `claim_id` be cleared (`on_delete=SET_NULL` when a
re-parse deletes a claim nobody reviewed): the trigger watches its other columns."""

from django.db import migrations

# table -> the columns whose UPDATE is refused (None: every column)
TABLES = {
    "claims_claimcorrection": None,
    "claims_propositionchange": [
        "id",
        "proposition_id",
        "kind",
        "from_value",
        "to_value",
        "other_id",
        "changed_by_id",
        "changed_at",
        "note",
    ],
}


def _message(table: str) -> str:
    return f"{table} is append-only: history rows cannot be changed or deleted"


def _update_of(columns) -> str:
    return f"UPDATE OF {', '.join(columns)}" if columns else "UPDATE"


def sqlite(table: str, columns) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_append_only_update BEFORE {_update_of(columns)} ON {table}
        BEGIN SELECT RAISE(ABORT, '{_message(table)}'); END""",
        f"""CREATE TRIGGER {table}_append_only_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, '{_message(table)}'); END""",
    ]


def sqlite_reverse(table: str, columns) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_append_only_update",
        f"DROP TRIGGER IF EXISTS {table}_append_only_delete",
    ]


def postgresql(table: str, columns) -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger AS $$
        BEGIN
            RAISE EXCEPTION '{_message(table)} (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
        END;
        $$ LANGUAGE plpgsql""",
        f"""CREATE TRIGGER {table}_append_only BEFORE {_update_of(columns)} OR DELETE ON {table}
        FOR EACH ROW EXECUTE FUNCTION {table}_append_only()""",
    ]


def postgresql_reverse(table: str, columns) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
        f"DROP FUNCTION IF EXISTS {table}_append_only()",
    ]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            return
        for table, columns in TABLES.items():
            for statement in statements(table, columns):
                schema_editor.execute(statement, params=None)

    return apply


class Migration(migrations.Migration):
    dependencies = [("claims", "0010_merge_production")]

    operations = [
        migrations.RunPython(
            run({"sqlite": sqlite, "postgresql": postgresql}),
            run({"sqlite": sqlite_reverse, "postgresql": postgresql_reverse}),
        )
    ]
