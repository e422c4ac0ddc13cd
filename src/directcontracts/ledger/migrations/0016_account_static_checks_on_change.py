"""PostgreSQL: an account's fixed properties are checked when they are written, not on
every balance update.

PostgreSQL evaluates every CHECK constraint of a row on every UPDATE, whatever the
UPDATE changed, and prepares each constraint's expression afresh for each statement.
The ledger updates two account totals per transfer, so five constraints on columns a
transfer never touches (currency shape, one balance rule, shard range, and the two
non-negative shard numbers) were re-prepared and re-evaluated for every transfer.

They become one BEFORE INSERT OR UPDATE OF <those columns> row trigger: the same
conditions, refused with the same `check_violation` and constraint names, on every
write that can change them, and never on a write that cannot. The constraints on the
totals (non-negative, each balance rule) stay CHECK constraints. SQLite keeps all its
CHECK constraints (and Django's model state keeps them for validation).
"""

from django.db import migrations

STATIC_CHECKS = """
CREATE OR REPLACE FUNCTION ledger_account_static_checks() RETURNS trigger AS $$
BEGIN
    IF NEW.currency IS DISTINCT FROM upper(NEW.currency) OR length(NEW.currency) <> 3 THEN
        RAISE EXCEPTION 'ledger_account_currency_iso_shape: a currency is three capital letters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_account_currency_iso_shape';
    END IF;
    IF NEW.debits_must_not_exceed_credits AND NEW.credits_must_not_exceed_debits THEN
        RAISE EXCEPTION 'ledger_account_one_balance_rule: one balance rule at most'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_account_one_balance_rule';
    END IF;
    IF NEW.shard < 0 OR NEW.shard_count < 1 OR NEW.shard >= NEW.shard_count THEN
        RAISE EXCEPTION 'ledger_account_shard_in_range: shard % of %', NEW.shard, NEW.shard_count
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_account_shard_in_range';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""

FORWARD = [
    STATIC_CHECKS,
    """
    CREATE TRIGGER ledger_account_static_checks
    BEFORE INSERT OR UPDATE OF currency, debits_must_not_exceed_credits,
        credits_must_not_exceed_debits, shard, shard_count ON ledger_account
    FOR EACH ROW EXECUTE FUNCTION ledger_account_static_checks()
    """,
    "ALTER TABLE ledger_account DROP CONSTRAINT IF EXISTS ledger_account_currency_iso_shape, "
    "DROP CONSTRAINT IF EXISTS ledger_account_one_balance_rule, "
    "DROP CONSTRAINT IF EXISTS ledger_account_shard_in_range, "
    "DROP CONSTRAINT IF EXISTS ledger_account_shard_check, "
    "DROP CONSTRAINT IF EXISTS ledger_account_shard_count_check",
]

BACKWARD = [
    "ALTER TABLE ledger_account "
    "ADD CONSTRAINT ledger_account_currency_iso_shape "
    "CHECK (currency = upper(currency) AND length(currency) = 3), "
    "ADD CONSTRAINT ledger_account_one_balance_rule "
    "CHECK (NOT (debits_must_not_exceed_credits AND credits_must_not_exceed_debits)), "
    "ADD CONSTRAINT ledger_account_shard_in_range "
    "CHECK (shard_count >= 1 AND shard < shard_count), "
    "ADD CONSTRAINT ledger_account_shard_check CHECK (shard >= 0), "
    "ADD CONSTRAINT ledger_account_shard_count_check CHECK (shard_count >= 0)",
    "DROP TRIGGER IF EXISTS ledger_account_static_checks ON ledger_account",
    "DROP FUNCTION IF EXISTS ledger_account_static_checks()",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            with schema_editor.connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("ledger", "0015_one_journal_check")]
    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
