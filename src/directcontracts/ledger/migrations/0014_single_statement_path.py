"""PostgreSQL: `ledger_declined()`, which a single transfer's one statement calls to give up.

A lone posted or pending transfer is now one prepared statement (`services._POST_ONE_SQL`)
instead of a call of `ledger_post_one`: the UPDATE of both accounts takes their row
locks itself (an UPDATE that changes no key takes FOR NO KEY UPDATE, in index order,
so in id order) and carries every check of `ledger_post_one` in its WHERE clause, which
PostgreSQL re-evaluates on the newest row version after waiting for a lock. The
transfer, its entries and its idempotency record are written only when both accounts
passed. When one did not (or an index or constraint refuses a row), the statement ends
by calling this function, which raises `check_violation` and rolls the statement back,
and the general path decides the transfer and records its refusal exactly as before.
No separate locking read, no PL/pgSQL statement per step, no lock-only WAL records.

`ledger_post_one` stays (an older caller keeps working); nothing in this version calls it.
"""

from django.db import migrations

DECLINED = """
CREATE OR REPLACE FUNCTION ledger_declined() RETURNS bigint AS $$
BEGIN
    RAISE EXCEPTION 'ledger single-statement path declined: the general path decides'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_single_statement_declined';
END;
$$ LANGUAGE plpgsql;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(DECLINED)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("DROP FUNCTION IF EXISTS ledger_declined()")


class Migration(migrations.Migration):
    dependencies = [("ledger", "0013_transfer_check_by_index")]
    operations = [migrations.RunPython(forward, backward)]
