"""Database-held invariants that Django cannot declare.

1. The journal is append-only: UPDATE and DELETE on transfers, entries, idempotency
   records and seal blocks are refused by triggers on PostgreSQL and SQLite.
   (On SQLite test databases DELETE stays allowed: Django empties tables between
   transactional tests with DELETE, while on PostgreSQL it uses TRUNCATE, which row
   triggers do not see.)
2. PostgreSQL: a deferred constraint trigger checks at commit that the entries of
   every transfer balance per currency (debits equal credits, posted and pending).
   SQLite has no deferred triggers; the service and verify_ledger check it there.
"""

from django.conf import settings
from django.db import migrations

JOURNAL_TABLES = ("ledger_transfer", "ledger_entry", "ledger_idempotencyrecord", "ledger_sealblock")

PG_FORWARD = [
    """
    CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION 'ledger journal is append-only: % on % refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END;
    $$ LANGUAGE plpgsql;
    """,
    *[
        f"""
        CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
        """
        for table in JOURNAL_TABLES
    ],
    """
    CREATE OR REPLACE FUNCTION ledger_check_transfer_balanced() RETURNS trigger AS $$
    DECLARE
        unbalanced integer;
    BEGIN
        SELECT count(*) INTO unbalanced FROM (
            SELECT a.currency,
                   sum(CASE e.side WHEN 'D' THEN e.posted_delta ELSE -e.posted_delta END) AS posted,
                   sum(CASE e.side WHEN 'D' THEN e.pending_delta ELSE -e.pending_delta END) AS pending
            FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
            WHERE e.transfer_id = NEW.transfer_id
            GROUP BY a.currency
        ) AS per_currency
        WHERE posted <> 0 OR pending <> 0;
        IF unbalanced > 0 THEN
            RAISE EXCEPTION 'ledger transfer % does not balance per currency', NEW.transfer_id
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_check_transfer_balanced();
    """,
]

PG_BACKWARD = [
    "DROP TRIGGER IF EXISTS ledger_entry_balanced ON ledger_entry;",
    *[f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};" for table in JOURNAL_TABLES],
    "DROP FUNCTION IF EXISTS ledger_check_transfer_balanced();",
    "DROP FUNCTION IF EXISTS ledger_refuse_change();",
]


def sqlite_forward() -> list[str]:
    operations = ["UPDATE"] if settings.TESTING else ["UPDATE", "DELETE"]
    return [
        f"""
        CREATE TRIGGER {table}_append_only_{op.lower()} BEFORE {op} ON {table}
        BEGIN SELECT RAISE(ABORT, 'ledger journal is append-only: {op} on {table} refused'); END;
        """
        for table in JOURNAL_TABLES
        for op in operations
    ]


SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {table}_append_only_{op};"
    for table in JOURNAL_TABLES
    for op in ("update", "delete")
]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": PG_FORWARD, "sqlite": sqlite_forward()}.get(vendor, [])
    with schema_editor.connection.cursor() as cursor:
        for sql in statements:
            # No parameters: PL/pgSQL's RAISE uses '%' placeholders of its own.
            cursor.execute(sql)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": PG_BACKWARD, "sqlite": SQLITE_BACKWARD}.get(vendor, [])
    with schema_editor.connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("ledger", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
