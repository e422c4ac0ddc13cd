"""PostgreSQL: the journal's references are checked once, where money moves: on entries.

Before, three statement triggers ran after every ledger write: on transfers (accounts
exist and hold its currency, a resolved pending transfer exists), on entries (their
transfer exists, they name its accounts, they balance) and on idempotency records
(their transfer exists). Each is a PL/pgSQL call, a transition table and a query per
statement; together they were about a quarter of a batch's time and a tenth of a
single transfer's.

Now the trigger on entries checks all of it per transfer of the statement, since every
movement of money is a pair of entries:

1. the transfer exists, and its D entries name its debit account and its C entries its
   credit account (no other side);
2. both accounts exist (1 again: foreign_key_violation) and hold the transfer's
   currency (check_violation);
3. a transfer that resolves a pending transfer names one that exists;
4. anything but one balanced D and C pair goes to the deferred balance check at commit,
   as before.

Same errors and messages as the triggers it replaces. What is no longer refused at
write time is a row that moves no money: a transfer inserted without entries, or an
idempotency record naming no transfer. `verify_ledger` reports both (every transfer
must have its two entries and an `ok` record; every `ok` record its transfer).
"""

from django.db import migrations

ENTRIES_INSERTED = """
CREATE OR REPLACE FUNCTION ledger_entries_inserted() RETURNS trigger AS $$
DECLARE
    v_entries bigint;
    v_missing bigint;
    v_currency bigint;
    v_pending bigint;
    v_unbalanced bigint[];
BEGIN
    SELECT min(x.transfer_id) FILTER (WHERE x.bad_entries),
        min(x.transfer_id) FILTER (WHERE NOT x.bad_entries
                                   AND (x.d_currency IS NULL OR x.c_currency IS NULL)),
        min(x.transfer_id) FILTER (WHERE NOT x.bad_entries
                                   AND (x.d_currency <> x.currency
                                        OR x.c_currency <> x.currency)),
        min(x.transfer_id) FILTER (WHERE x.pending_key IS NOT NULL
                                   AND NOT EXISTS (SELECT 1 FROM ledger_transfer p
                                                   WHERE p.key = x.pending_key)),
        array_agg(x.transfer_id) FILTER (WHERE x.unbalanced)
    INTO v_entries, v_missing, v_currency, v_pending, v_unbalanced
    FROM (
        SELECT g.transfer_id, t.currency, t.pending_key,
            t.seq IS NULL OR g.other > 0
                OR g.d_min <> t.debit_account_id OR g.d_max <> t.debit_account_id
                OR g.c_min <> t.credit_account_id OR g.c_max <> t.credit_account_id
                AS bad_entries,
            g.d_count <> 1 OR g.c_count <> 1 OR g.posted <> 0 OR g.pending <> 0 AS unbalanced,
            -- Scalar look-ups: one primary-key probe each, whatever the table's size.
            (SELECT d.currency FROM ledger_account d WHERE d.id = t.debit_account_id)
                AS d_currency,
            (SELECT c.currency FROM ledger_account c WHERE c.id = t.credit_account_id)
                AS c_currency
        FROM (
            SELECT n.transfer_id,
                min(n.account_id) FILTER (WHERE n.side = 'D') AS d_min,
                max(n.account_id) FILTER (WHERE n.side = 'D') AS d_max,
                min(n.account_id) FILTER (WHERE n.side = 'C') AS c_min,
                max(n.account_id) FILTER (WHERE n.side = 'C') AS c_max,
                count(*) FILTER (WHERE n.side NOT IN ('D', 'C') OR n.side IS NULL) AS other,
                count(*) FILTER (WHERE n.side = 'D') AS d_count,
                count(*) FILTER (WHERE n.side = 'C') AS c_count,
                sum(CASE n.side WHEN 'D' THEN n.posted_delta ELSE -n.posted_delta END)
                    AS posted,
                sum(CASE n.side WHEN 'D' THEN n.pending_delta ELSE -n.pending_delta END)
                    AS pending
            FROM new_rows n GROUP BY n.transfer_id
        ) g
        LEFT JOIN ledger_transfer t ON t.seq = g.transfer_id
        OFFSET 0  -- each look-up once per transfer, not once per use above
    ) x;
    IF v_entries IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries of transfer % name a missing transfer or not its accounts',
            v_entries USING ERRCODE = 'foreign_key_violation';
    ELSIF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger transfer % names a missing account', v_missing
            USING ERRCODE = 'foreign_key_violation';
    ELSIF v_currency IS NOT NULL THEN
        RAISE EXCEPTION 'ledger transfer % moves money between currencies', v_currency
            USING ERRCODE = 'check_violation';
    ELSIF v_pending IS NOT NULL THEN
        RAISE EXCEPTION 'ledger transfer % resolves a missing transfer', v_pending
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    -- Anything but one balanced D and C pair in this statement is checked at commit.
    IF v_unbalanced IS NOT NULL THEN
        INSERT INTO ledger_unbalanced (transfer_id) SELECT unnest(v_unbalanced);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""

FORWARD = [
    ENTRIES_INSERTED,
    "DROP TRIGGER IF EXISTS ledger_transfer_inserted ON ledger_transfer",
    "DROP TRIGGER IF EXISTS ledger_idempotencyrecord_inserted ON ledger_idempotencyrecord",
]

BACKWARD = [
    """
    CREATE TRIGGER ledger_transfer_inserted AFTER INSERT ON ledger_transfer
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_transfers_inserted()
    """,
    """
    CREATE TRIGGER ledger_idempotencyrecord_inserted AFTER INSERT ON ledger_idempotencyrecord
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_records_inserted()
    """,
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            for sql in FORWARD:
                cursor.execute(sql)


def backward(apps, schema_editor):
    # The trigger functions of 0007/0013 stay defined; re-run 0010 forwards to restore
    # the entries function's older body.
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            for sql in BACKWARD:
                cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("ledger", "0014_single_statement_path")]
    operations = [migrations.RunPython(forward, backward)]
