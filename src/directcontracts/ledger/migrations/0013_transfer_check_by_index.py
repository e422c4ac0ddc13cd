"""PostgreSQL: the statement trigger on transfers looks each account up by its key.

Same checks, order and errors as migration 0010's body. Its joins let the planner
hash the whole account table (twice) for a batch, and the plan, made at a session's
first call, stayed; a scalar look-up per leg is one primary-key probe whatever the
batch or the table size (about 6 -> 2 ms per batch of 1,000 over 10,000 accounts).
"""

from django.db import migrations

TRANSFERS_INSERTED = """
CREATE OR REPLACE FUNCTION ledger_transfers_inserted() RETURNS trigger AS $$
DECLARE
    v_key text;
    v_problem int;
BEGIN
    -- 1: a missing account, 2: accounts of another currency, 3: a missing pending transfer.
    -- (An account's currency is NOT NULL, so a NULL look-up means a missing account.)
    SELECT x.key, CASE WHEN x.d_currency IS NULL OR x.c_currency IS NULL THEN 1
                       WHEN x.d_currency <> x.currency OR x.c_currency <> x.currency THEN 2
                       ELSE 3 END AS problem
    INTO v_key, v_problem
    FROM (
        SELECT n.key, n.currency, n.pending_key,
            (SELECT d.currency FROM ledger_account d WHERE d.id = n.debit_account_id)
                AS d_currency,
            (SELECT c.currency FROM ledger_account c WHERE c.id = n.credit_account_id)
                AS c_currency
        FROM new_rows n
        OFFSET 0  -- evaluated once per row, not once per use below
    ) x
    WHERE x.d_currency IS NULL OR x.c_currency IS NULL
       OR x.d_currency <> x.currency OR x.c_currency <> x.currency
       OR (x.pending_key IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ledger_transfer p WHERE p.key = x.pending_key))
    ORDER BY problem
    LIMIT 1;
    IF NOT FOUND THEN
        RETURN NULL;
    ELSIF v_problem = 1 THEN
        RAISE EXCEPTION 'ledger transfer % names a missing account', v_key
            USING ERRCODE = 'foreign_key_violation';
    ELSIF v_problem = 2 THEN
        RAISE EXCEPTION 'ledger transfer % moves money between currencies', v_key
            USING ERRCODE = 'check_violation';
    END IF;
    RAISE EXCEPTION 'ledger transfer % resolves a missing transfer', v_key
        USING ERRCODE = 'foreign_key_violation';
END;
$$ LANGUAGE plpgsql;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(TRANSFERS_INSERTED)


class Migration(migrations.Migration):
    # Backwards: re-run 0010 forwards to restore its body.
    dependencies = [("ledger", "0012_entry_transfer_unindexed")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
