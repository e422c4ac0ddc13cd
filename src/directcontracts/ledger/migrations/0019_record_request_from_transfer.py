"""An idempotency record's request may be null: the transfer row then holds it.

The set-based writers (`ledger_write_one`, `ledger_write_batch`) leave it null for a
new transfer on the accounts its caller named, whose row carries every field of the
canonical request; a replay rebuilds it from there (`locks.py`). PostgreSQL only: those
writers exist only there, and SQLite would rebuild the table (losing its journal
triggers) to drop a NOT NULL it never needs to drop.
"""

from django.db import migrations, models


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("ALTER TABLE ledger_idempotencyrecord ALTER COLUMN request DROP NOT NULL")


def backward(apps, schema_editor):
    # Records written without a request stay as they are; the column keeps allowing null.
    pass


class Migration(migrations.Migration):
    dependencies = [("ledger", "0018_single_statement_function")]
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="idempotencyrecord",
                    name="request",
                    field=models.JSONField(null=True),
                )
            ],
            database_operations=[migrations.RunPython(forward, backward)],
        )
    ]
