"""Entries: no index on `transfer_id`.

Nothing reads entries by transfer through it: history, verification and
reconciliation join entries to their transfer by the transfer's primary key, and the
statement trigger on entries groups the statement's own rows. It cost two B-tree
inserts per transfer. The one reader was the deferred balance check of transfers that
did not arrive as one balanced D and C pair (only writers other than the ledger's own
paths produce those); it now finds the transfer's entries through the unique
(account, version) index, on the transfer's debit and credit accounts, which the
statement trigger on entries proved are the only accounts they can name. Same check,
same error.
"""

import django.db.models.deletion
from django.db import migrations, models

CHECK_UNBALANCED = """
CREATE OR REPLACE FUNCTION ledger_check_unbalanced() RETURNS trigger AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM ledger_transfer t
        JOIN ledger_entry e ON e.account_id IN (t.debit_account_id, t.credit_account_id)
                           AND e.transfer_id = t.seq
        JOIN ledger_account a ON a.id = e.account_id
        WHERE t.seq = NEW.transfer_id
        GROUP BY a.currency
        HAVING sum(CASE e.side WHEN 'D' THEN e.posted_delta ELSE -e.posted_delta END) <> 0
            OR sum(CASE e.side WHEN 'D' THEN e.pending_delta ELSE -e.pending_delta END) <> 0
    ) THEN
        RAISE EXCEPTION 'ledger transfer % does not balance per currency', NEW.transfer_id
            USING ERRCODE = 'check_violation';
    END IF;
    DELETE FROM ledger_unbalanced WHERE transfer_id = NEW.transfer_id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""


def forward(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        # Django's name for the index of 0001 (the same on both engines). Dropped by name:
        # altering the field would make SQLite rebuild the table without its triggers.
        cursor.execute("DROP INDEX IF EXISTS ledger_entry_transfer_id_c95afec7")
        if schema_editor.connection.vendor == "postgresql":
            cursor.execute(CHECK_UNBALANCED)


def backward(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS ledger_entry_transfer_id_c95afec7 "
            "ON ledger_entry (transfer_id)"
        )


class Migration(migrations.Migration):
    # Backwards also needs 0007 re-run forwards to restore the check's body.
    dependencies = [("ledger", "0011_entry_created_brin")]
    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forward, backward)],
            state_operations=[
                migrations.AlterField(
                    model_name="entry",
                    name="transfer",
                    field=models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="entries",
                        to="ledger.transfer",
                    ),
                ),
            ],
        )
    ]
