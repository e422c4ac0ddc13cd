"""PostgreSQL: the single transfer's statement becomes `ledger_write_one`, a trusted writer.

The statement is the one of migration 0014 (until now sent by `services._post_one`),
unchanged but for two things: it runs inside a PL/pgSQL function, and it derives the
posted and pending amounts from the kind instead of taking them as arguments. Its UPDATE
of both accounts takes their row locks itself (FOR NO KEY UPDATE, in id order) and
carries every check of the general path in its WHERE clause, which PostgreSQL
re-evaluates on the newest row version after any lock wait; the transfer, its two
entries and its idempotency record are inserted only when both accounts were updated.
Otherwise (a refusal, a reused id, an overflowing total, anything the database refuses)
it raises, the statement rolls back whole, and the general path decides.

So its statement satisfies the journal check on entries by construction: the transfer
is inserted by the same statement, its D entry names its debit account and its C entry
its credit account, both exist, are open and hold its currency (the UPDATE passed for
both), the pair balances, and no pending transfer is resolved (a kind that resolves one
needs a pending key, which the transfer's CHECK refuses here). Like
`ledger_write_batch`'s, the statement is trusted by the check (found in the call stack):
it was about a fifth of a single transfer's server time. The cost of the PL/pgSQL call
is far smaller.
"""

from importlib import import_module

from django.db import migrations

WRITE_ONE_FRAME = (
    "PL/pgSQL function ledger_write_one(bigint,text,bigint,bigint,bigint,text,text,text,"
    "jsonb,text,timestamp with time zone,text,jsonb,timestamp with time zone,boolean)"
)

WRITE_ONE = """
CREATE OR REPLACE FUNCTION ledger_write_one(
    p_seal bigint, p_key text, p_debit bigint, p_credit bigint, p_amount bigint,
    p_currency text, p_code text, p_reference text, p_metadata jsonb, p_kind text,
    p_expires timestamptz, p_hash text, p_request jsonb, p_now timestamptz,
    p_resolved boolean
) RETURNS bigint AS $$
DECLARE
    v_seq bigint;
BEGIN
    WITH p AS (
        SELECT p_seal AS seal, p_key AS key, p_debit AS d, p_credit AS c,
            p_amount AS amount,
            CASE WHEN p_kind = 'single' THEN p_amount ELSE 0 END AS posted,
            CASE WHEN p_kind = 'single' THEN 0 ELSE p_amount END AS pending,
            p_currency AS currency, p_code AS code, p_reference AS reference,
            p_metadata AS metadata, p_kind AS kind, p_expires AS expires, p_hash AS hash,
            p_request AS request, p_now AS now, p_resolved AS resolved
    ), seal AS (
        -- Sealing's horizon: taken before the transfer's seq is drawn.
        SELECT pg_advisory_xact_lock_shared(p.seal) FROM p
    ), u AS (
        UPDATE ledger_account AS x SET
            debits_posted = x.debits_posted + CASE WHEN x.id = p.d THEN p.posted ELSE 0 END,
            debits_pending = x.debits_pending + CASE WHEN x.id = p.d THEN p.pending ELSE 0 END,
            credits_posted = x.credits_posted + CASE WHEN x.id = p.c THEN p.posted ELSE 0 END,
            credits_pending = x.credits_pending
                + CASE WHEN x.id = p.c THEN p.pending ELSE 0 END,
            version = x.version + 1
        FROM p, seal
        WHERE x.id IN (p.d, p.c) AND NOT x.closed AND x.currency = p.currency
          -- A hot account must arrive resolved to a shard (the general path learns them).
          AND (p.resolved OR x.shard_count = 1 OR x.parent_id IS NOT NULL)
          AND CASE WHEN x.id = p.d
              THEN NOT x.debits_must_not_exceed_credits
                   OR x.debits_posted + x.debits_pending + p.amount <= x.credits_posted
              ELSE NOT x.credits_must_not_exceed_debits
                   OR x.credits_posted + x.credits_pending + p.amount <= x.debits_posted END
        RETURNING x.id, x.version, x.debits_pending, x.debits_posted, x.credits_pending,
            x.credits_posted
    ), t AS (
        INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount,
            currency, code, reference, metadata, kind, pending_key, expires_at, created_at)
        SELECT p.key, p.d, p.c, p.amount, p.currency, p.code, p.reference, p.metadata,
            p.kind, NULL, p.expires, p.now
        FROM p WHERE (SELECT count(*) FROM u) = 2
        RETURNING seq
    ), e AS (
        INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta,
            pending_delta, debits_pending, debits_posted, credits_pending, credits_posted,
            created_at)
        SELECT u.id, t.seq, u.version, CASE WHEN u.id = p.d THEN 'D' ELSE 'C' END,
            p.posted, p.pending, u.debits_pending, u.debits_posted, u.credits_pending,
            u.credits_posted, p.now
        FROM p, t, u
        ORDER BY u.id = p.d DESC
    ), r AS (
        INSERT INTO ledger_idempotencyrecord (key, request_hash, request, result,
            transfer_id, created_at)
        SELECT p.key, p.hash, p.request, 'ok', t.seq, p.now FROM p, t
    )
    SELECT coalesce((SELECT seq FROM t), ledger_declined()) INTO v_seq;
    RETURN v_seq;
END;
$$ LANGUAGE plpgsql;
"""


def _migration(name: str):
    return import_module(f"directcontracts.ledger.migrations.{name}")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    batch = _migration("0017_batch_writes_first")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(WRITE_ONE)
        cursor.execute(batch.entries_check_trusting(batch.WRITE_BATCH_FRAME, WRITE_ONE_FRAME))


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    batch = _migration("0017_batch_writes_first")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(batch.entries_check_trusting(batch.WRITE_BATCH_FRAME))
        cursor.execute(
            "DROP FUNCTION IF EXISTS ledger_write_one(bigint, text, bigint, bigint, bigint, "
            "text, text, text, jsonb, text, timestamptz, text, jsonb, timestamptz, boolean)"
        )


class Migration(migrations.Migration):
    dependencies = [("ledger", "0017_batch_writes_first")]
    operations = [migrations.RunPython(forward, backward)]
