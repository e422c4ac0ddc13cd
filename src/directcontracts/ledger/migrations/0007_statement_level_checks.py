"""PostgreSQL: the journal's references and balance are checked once per statement.

Before: six foreign keys (checked row by row at commit, one query per row and key) and a
deferred constraint trigger that summed each transfer's entries once per entry row. For a
batch of 1,000 transfers that was about 9,000 trigger queries at commit, more than the
inserts themselves. Now, on PostgreSQL:

1. The foreign keys of the journal (entry -> account and transfer, transfer -> accounts
   and pending transfer, idempotency record -> transfer) become AFTER INSERT ... FOR
   EACH STATEMENT triggers over the statement's transition table: one set-based query
   per statement and key. A violation raises `foreign_key_violation` at the end of the
   statement instead of at commit (every ledger path inserts transfers before, or in
   the same statement as, the rows that name them).
2. The referenced side: transfers are append-only already (UPDATE/DELETE refused), and
   an account that the journal names cannot be deleted or change its id (a BEFORE
   trigger). Ledger writers hold `FOR NO KEY UPDATE` on the accounts they use until
   commit, so a concurrent DELETE waits for them and then sees their rows.
3. A transfer's accounts must hold the transfer's currency, and an entry must name its
   transfer's debit (side D) or credit (side C) account; so the entries of one transfer
   live in one currency and balance per currency exactly when debits equal credits.
4. Balance: the statement trigger on entries groups the statement's rows by transfer.
   A transfer whose one D and one C entry arrive together with equal deltas balances.
   Any other transfer (one side only, unequal deltas, several rows of a side) is queued
   in `ledger_unbalanced`, whose DEFERRABLE INITIALLY DEFERRED constraint trigger
   re-sums all of that transfer's entries per currency at commit and refuses it if they
   do not balance, exactly as the old per-row trigger did. Entries can never be updated
   or deleted, so a transfer found balanced stays balanced unless later entries are
   added, and those are checked (and queued) by their own statement.
5. Django's per-insert `_like` index on transfer keys (for LIKE queries nobody makes) is
   dropped; the unique index on the key remains.

SQLite keeps its foreign keys (the model state says db_constraint=False for all
engines; SQLite's tables are not rebuilt).
"""

import django.db.models.deletion
from django.db import migrations, models

PG_FORWARD = [
    # Django names foreign keys with hashes; drop whichever exist on the three tables.
    """
    DO $$
    DECLARE r record;
    BEGIN
        FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
                 WHERE contype = 'f' AND conrelid IN ('ledger_entry'::regclass,
                     'ledger_transfer'::regclass, 'ledger_idempotencyrecord'::regclass)
        LOOP
            EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
        END LOOP;
    END $$;
    """,
    "DROP INDEX IF EXISTS ledger_transfer_key_451b4b01_like;",
    "DROP TRIGGER IF EXISTS ledger_entry_balanced ON ledger_entry;",
    "DROP FUNCTION IF EXISTS ledger_check_transfer_balanced();",
    # Transfers queued for the deferred balance check (rows live until their commit).
    "CREATE UNLOGGED TABLE IF NOT EXISTS ledger_unbalanced (transfer_id bigint NOT NULL);",
    """
    CREATE OR REPLACE FUNCTION ledger_check_unbalanced() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (
            SELECT 1 FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
            WHERE e.transfer_id = NEW.transfer_id
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
    """,
    """
    CREATE CONSTRAINT TRIGGER ledger_unbalanced_check AFTER INSERT ON ledger_unbalanced
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_check_unbalanced();
    """,
    """
    CREATE OR REPLACE FUNCTION ledger_transfers_inserted() RETURNS trigger AS $$
    DECLARE
        v_key text;
        v_missing boolean;
    BEGIN
        SELECT n.key, d.id IS NULL OR c.id IS NULL INTO v_key, v_missing FROM new_rows n
        LEFT JOIN ledger_account d ON d.id = n.debit_account_id
        LEFT JOIN ledger_account c ON c.id = n.credit_account_id
        WHERE d.id IS NULL OR c.id IS NULL OR d.currency <> n.currency
           OR c.currency <> n.currency
        LIMIT 1;
        IF FOUND AND v_missing THEN
            RAISE EXCEPTION 'ledger transfer % names a missing account', v_key
                USING ERRCODE = 'foreign_key_violation';
        ELSIF FOUND THEN
            RAISE EXCEPTION 'ledger transfer % moves money between currencies', v_key
                USING ERRCODE = 'check_violation';
        END IF;
        SELECT n.key INTO v_key FROM new_rows n
        WHERE n.pending_key IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ledger_transfer p WHERE p.key = n.pending_key) LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'ledger transfer % resolves a missing transfer', v_key
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER ledger_transfer_inserted AFTER INSERT ON ledger_transfer
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_transfers_inserted();
    """,
    """
    CREATE OR REPLACE FUNCTION ledger_entries_inserted() RETURNS trigger AS $$
    DECLARE
        v_id bigint;
    BEGIN
        -- The foreign keys: the transfer exists, and the entry names its account for
        -- the entry's side (the transfer's own check proved those accounts exist).
        SELECT n.id INTO v_id FROM new_rows n
        LEFT JOIN ledger_transfer t ON t.seq = n.transfer_id
        WHERE t.seq IS NULL
           OR n.account_id IS DISTINCT FROM CASE n.side WHEN 'D' THEN t.debit_account_id
                                                        WHEN 'C' THEN t.credit_account_id END
        LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'ledger entry % names a missing transfer or not its account', v_id
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        -- Anything but one balanced D and C pair in this statement is checked at commit.
        INSERT INTO ledger_unbalanced (transfer_id)
        SELECT n.transfer_id FROM new_rows n
        GROUP BY n.transfer_id
        HAVING count(*) FILTER (WHERE n.side = 'D') <> 1
            OR count(*) FILTER (WHERE n.side = 'C') <> 1
            OR sum(CASE n.side WHEN 'D' THEN n.posted_delta ELSE -n.posted_delta END) <> 0
            OR sum(CASE n.side WHEN 'D' THEN n.pending_delta ELSE -n.pending_delta END) <> 0;
        RETURN NULL;
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER ledger_entry_inserted AFTER INSERT ON ledger_entry
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_inserted();
    """,
    """
    CREATE OR REPLACE FUNCTION ledger_records_inserted() RETURNS trigger AS $$
    DECLARE
        v_key text;
    BEGIN
        SELECT n.key INTO v_key FROM new_rows n
        WHERE n.transfer_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ledger_transfer t WHERE t.seq = n.transfer_id) LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'idempotency record % names a missing transfer', v_key
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER ledger_idempotencyrecord_inserted AFTER INSERT ON ledger_idempotencyrecord
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_records_inserted();
    """,
    """
    CREATE OR REPLACE FUNCTION ledger_account_referenced() RETURNS trigger AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND OLD.id = NEW.id THEN
            RETURN NEW;
        END IF;
        IF EXISTS (SELECT 1 FROM ledger_entry e WHERE e.account_id = OLD.id)
           OR EXISTS (SELECT 1 FROM ledger_transfer t
                      WHERE t.debit_account_id = OLD.id OR t.credit_account_id = OLD.id) THEN
            RAISE EXCEPTION 'ledger account % is named by the journal: % refused', OLD.id, TG_OP
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        IF TG_OP = 'UPDATE' THEN
            RETURN NEW;
        END IF;
        RETURN OLD;
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER ledger_account_referenced BEFORE DELETE OR UPDATE OF id ON ledger_account
    FOR EACH ROW EXECUTE FUNCTION ledger_account_referenced();
    """,
]

PG_BACKWARD = [
    "DROP TRIGGER IF EXISTS ledger_account_referenced ON ledger_account;",
    "DROP TRIGGER IF EXISTS ledger_idempotencyrecord_inserted ON ledger_idempotencyrecord;",
    "DROP TRIGGER IF EXISTS ledger_entry_inserted ON ledger_entry;",
    "DROP TRIGGER IF EXISTS ledger_transfer_inserted ON ledger_transfer;",
    "DROP TABLE IF EXISTS ledger_unbalanced;",
    "DROP FUNCTION IF EXISTS ledger_account_referenced();",
    "DROP FUNCTION IF EXISTS ledger_records_inserted();",
    "DROP FUNCTION IF EXISTS ledger_entries_inserted();",
    "DROP FUNCTION IF EXISTS ledger_transfers_inserted();",
    "DROP FUNCTION IF EXISTS ledger_check_unbalanced();",
    "CREATE INDEX IF NOT EXISTS ledger_transfer_key_451b4b01_like "
    "ON ledger_transfer (key varchar_pattern_ops);",
    *[
        f"ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY ({column}) "
        f"REFERENCES {target} DEFERRABLE INITIALLY DEFERRED;"
        for table, name, column, target in (
            ("ledger_entry", "ledger_entry_account_id_fk", "account_id", "ledger_account(id)"),
            ("ledger_entry", "ledger_entry_transfer_id_fk", "transfer_id", "ledger_transfer(seq)"),
            (
                "ledger_transfer",
                "ledger_transfer_debit_account_id_fk",
                "debit_account_id",
                "ledger_account(id)",
            ),
            (
                "ledger_transfer",
                "ledger_transfer_credit_account_id_fk",
                "credit_account_id",
                "ledger_account(id)",
            ),
            (
                "ledger_transfer",
                "ledger_transfer_pending_key_fk",
                "pending_key",
                "ledger_transfer(key)",
            ),
            (
                "ledger_idempotencyrecord",
                "ledger_idempotencyrecord_transfer_id_fk",
                "transfer_id",
                "ledger_transfer(seq)",
            ),
        )
    ],
    # The per-row deferred balance trigger of migration 0002.
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


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for sql in PG_FORWARD:
            # No parameters: PL/pgSQL's RAISE uses '%' placeholders of its own.
            cursor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for sql in PG_BACKWARD:
            cursor.execute(sql)


def _fk(to, **options):
    return models.ForeignKey(
        on_delete=django.db.models.deletion.PROTECT, to=to, db_constraint=False, **options
    )


class Migration(migrations.Migration):
    dependencies = [("ledger", "0006_typed_lock_and_read")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forward, backward)],
            state_operations=[
                migrations.AlterField(
                    model_name="entry",
                    name="account",
                    field=_fk("ledger.account", db_index=False, related_name="entries"),
                ),
                migrations.AlterField(
                    model_name="entry",
                    name="transfer",
                    field=_fk("ledger.transfer", related_name="entries"),
                ),
                migrations.AlterField(
                    model_name="idempotencyrecord",
                    name="transfer",
                    field=_fk(
                        "ledger.transfer", blank=True, db_index=False, null=True, related_name="+"
                    ),
                ),
                migrations.AlterField(
                    model_name="transfer",
                    name="credit_account",
                    field=_fk("ledger.account", db_index=False, related_name="+"),
                ),
                migrations.AlterField(
                    model_name="transfer",
                    name="debit_account",
                    field=_fk("ledger.account", db_index=False, related_name="+"),
                ),
                migrations.AlterField(
                    model_name="transfer",
                    name="pending",
                    field=_fk(
                        "ledger.transfer",
                        blank=True,
                        db_column="pending_key",
                        db_index=False,
                        null=True,
                        related_name="+",
                        to_field="key",
                    ),
                ),
            ],
        )
    ]
