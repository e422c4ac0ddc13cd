"""PostgreSQL: the two statements of every ledger transaction as server-side functions.

A PL/pgSQL function keeps its query plans for the session, so the large batch-writing
statement is parsed and planned once per connection instead of on every transfer
(Django's client-side cursors do not prepare statements). SQLite needs none of this.
"""

from django.db import migrations

LOCK_AND_READ = """
CREATE OR REPLACE FUNCTION ledger_lock_and_read(seal_key bigint, ids bigint[], keys text[])
RETURNS TABLE(out_kind text, out_row json) AS $$
#variable_conflict use_column
BEGIN
    PERFORM pg_advisory_xact_lock_shared(seal_key);
    RETURN QUERY
    WITH acc AS (
        SELECT a.id, a.currency, a.code, a.owner_type, a.owner_id,
            a.debits_must_not_exceed_credits, a.credits_must_not_exceed_debits,
            a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted,
            a.version, a.closed, a.parent_id, a.shard, a.shard_count
        FROM ledger_account a WHERE a.id = ANY(ids) ORDER BY a.id FOR NO KEY UPDATE
    )
    SELECT 'a'::text, row_to_json(acc) FROM acc
    UNION ALL
    SELECT 'r'::text, json_build_object('key', r.key, 'request', r.request,
        'result', r.result, 'transfer_id', r.transfer_id)
    FROM ledger_idempotencyrecord r WHERE r.key = ANY(keys);
END;
$$ LANGUAGE plpgsql;
"""

WRITE = """
CREATE OR REPLACE FUNCTION ledger_write(transfers jsonb, entries jsonb, accounts jsonb, records jsonb)
RETURNS TABLE(out_key text, out_seq bigint) AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH t AS (
        INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount, currency,
            code, reference, metadata, kind, pending_key, expires_at, created_at)
        SELECT x.key, x.debit, x.credit, x.amount, x.currency, x.code, x.reference, x.metadata,
            x.kind, x.pending_key, x.expires_at, x.created_at
        FROM jsonb_to_recordset(transfers) AS x(key text, debit bigint, credit bigint,
            amount bigint, currency text, code text, reference text, metadata jsonb, kind text,
            pending_key text, expires_at timestamptz, created_at timestamptz, n int)
        ORDER BY x.n
        RETURNING ledger_transfer.seq, ledger_transfer.key
    ), e AS (
        INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta,
            pending_delta, debits_pending, debits_posted, credits_pending, credits_posted,
            created_at)
        SELECT x.account_id, t.seq, x.version, x.side, x.posted_delta, x.pending_delta, x.dq,
            x.dp, x.cq, x.cp, x.created_at
        FROM jsonb_to_recordset(entries) AS x(key text, account_id bigint, version bigint,
            side text, posted_delta bigint, pending_delta bigint, dq bigint, dp bigint,
            cq bigint, cp bigint, created_at timestamptz)
        JOIN t ON t.key = x.key
    ), a AS (
        UPDATE ledger_account AS acc SET debits_posted = x.dp, debits_pending = x.dq,
            credits_posted = x.cp, credits_pending = x.cq, version = x.version
        FROM jsonb_to_recordset(accounts) AS x(id bigint, dp bigint, dq bigint, cp bigint,
            cq bigint, version bigint)
        -- The id list as an array makes the planner use the primary key instead of
        -- scanning every account (it guesses 100 rows for jsonb_to_recordset).
        WHERE acc.id = x.id AND acc.id = ANY(ARRAY(
            SELECT (j->>'id')::bigint FROM jsonb_array_elements(accounts) AS j))
    ), i AS (
        INSERT INTO ledger_idempotencyrecord (key, request_hash, request, result, transfer_id,
            created_at)
        SELECT x.key, x.request_hash, x.request, x.result, t.seq, x.created_at
        FROM jsonb_to_recordset(records) AS x(key text, request_hash text, request jsonb,
            result text, created_at timestamptz)
        LEFT JOIN t ON t.key = x.key AND x.result = 'ok'
    )
    SELECT t.key::text, t.seq FROM t;
END;
$$ LANGUAGE plpgsql;
"""

BACKWARD = [
    "DROP FUNCTION IF EXISTS ledger_lock_and_read(bigint, bigint[], text[]);",
    "DROP FUNCTION IF EXISTS ledger_write(jsonb, jsonb, jsonb, jsonb);",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(LOCK_AND_READ)
        cursor.execute(WRITE)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for sql in BACKWARD:
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("ledger", "0002_journal_triggers")]
    operations = [migrations.RunPython(forward, backward)]
