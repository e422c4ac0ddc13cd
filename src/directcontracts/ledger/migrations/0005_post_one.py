"""PostgreSQL: a single posted or pending transfer in one statement (the common case).

`services` calls `ledger_post_one` for a lone posted or pending transfer, outside any
transaction: the statement is its own transaction, one round trip in all
(BEGIN, locks, checks, writes and COMMIT together). Its checks mirror
`services._decide_new` in the same order; a reused id is handed back to Python, which
compares the fields with the same code as every other path; a hot account the caller
has not resolved to a shard yet is handed back too (`__hot__`), nothing written. The Hypothesis model test
and the race tests run through it on PostgreSQL.
"""

from django.db import migrations

POST_ONE = """
CREATE OR REPLACE FUNCTION ledger_post_one(
    seal_key bigint, p_key text, p_debit bigint, p_credit bigint, p_amount bigint,
    p_currency text, p_code text, p_reference text, p_metadata jsonb, p_kind text,
    p_expires timestamptz, p_hash text, p_request jsonb, p_now timestamptz, p_resolved boolean)
RETURNS TABLE(out_code text, out_seq bigint, out_request jsonb, out_result text,
    out_transfer bigint) AS $$
DECLARE
    a ledger_account%ROWTYPE;
    d ledger_account%ROWTYPE;
    c ledger_account%ROWTYPE;
    rec ledger_idempotencyrecord%ROWTYPE;
    found_d boolean := false;
    found_c boolean := false;
    v_code text := 'ok';
    v_seq bigint;
    v_posted bigint := 0;
    v_pending bigint := 0;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(seal_key);
    FOR a IN SELECT * FROM ledger_account WHERE id IN (p_debit, p_credit)
             ORDER BY id FOR NO KEY UPDATE LOOP
        IF a.id = p_debit THEN d := a; found_d := true; END IF;
        IF a.id = p_credit THEN c := a; found_c := true; END IF;
    END LOOP;
    -- An unresolved hot account: the caller must pick a shard (its general path does).
    IF NOT p_resolved AND ((found_d AND d.shard_count > 1 AND d.parent_id IS NULL)
                           OR (found_c AND c.shard_count > 1 AND c.parent_id IS NULL)) THEN
        RETURN QUERY SELECT '__hot__'::text, NULL::bigint, NULL::jsonb, NULL::text, NULL::bigint;
        RETURN;
    END IF;
    SELECT * INTO rec FROM ledger_idempotencyrecord r WHERE r.key = p_key;
    IF FOUND THEN
        RETURN QUERY SELECT '__record__'::text, NULL::bigint, rec.request, rec.result::text,
            rec.transfer_id;
        RETURN;
    END IF;
    IF NOT found_d THEN v_code := 'debit_account_not_found';
    ELSIF NOT found_c THEN v_code := 'credit_account_not_found';
    ELSIF d.closed OR c.closed THEN v_code := 'account_closed';
    ELSIF d.currency <> p_currency OR c.currency <> p_currency THEN v_code := 'currency_mismatch';
    ELSIF d.debits_must_not_exceed_credits
          AND d.debits_posted + d.debits_pending + p_amount > d.credits_posted THEN
        v_code := 'exceeds_credits';
    ELSIF c.credits_must_not_exceed_debits
          AND c.credits_posted + c.credits_pending + p_amount > c.debits_posted THEN
        v_code := 'exceeds_debits';
    ELSIF greatest(d.debits_posted + d.debits_pending, c.credits_posted + c.credits_pending)
          > 9223372036854775807 - p_amount THEN
        v_code := 'amount_too_large';
    END IF;
    IF v_code <> 'ok' THEN
        INSERT INTO ledger_idempotencyrecord (key, request_hash, request, result, transfer_id,
            created_at)
        VALUES (p_key, p_hash, p_request, v_code, NULL, p_now);
        RETURN QUERY SELECT v_code, NULL::bigint, NULL::jsonb, NULL::text, NULL::bigint;
        RETURN;
    END IF;
    IF p_kind = 'single' THEN v_posted := p_amount; ELSE v_pending := p_amount; END IF;
    INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount, currency,
        code, reference, metadata, kind, pending_key, expires_at, created_at)
    VALUES (p_key, p_debit, p_credit, p_amount, p_currency, p_code, p_reference, p_metadata,
        p_kind, NULL, p_expires, p_now)
    RETURNING seq INTO v_seq;
    UPDATE ledger_account SET debits_posted = debits_posted + v_posted,
        debits_pending = debits_pending + v_pending, version = version + 1
    WHERE id = p_debit RETURNING * INTO d;
    UPDATE ledger_account SET credits_posted = credits_posted + v_posted,
        credits_pending = credits_pending + v_pending, version = version + 1
    WHERE id = p_credit RETURNING * INTO c;
    INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta,
        pending_delta, debits_pending, debits_posted, credits_pending, credits_posted, created_at)
    VALUES
        (p_debit, v_seq, d.version, 'D', v_posted, v_pending, d.debits_pending, d.debits_posted,
         d.credits_pending, d.credits_posted, p_now),
        (p_credit, v_seq, c.version, 'C', v_posted, v_pending, c.debits_pending, c.debits_posted,
         c.credits_pending, c.credits_posted, p_now);
    INSERT INTO ledger_idempotencyrecord (key, request_hash, request, result, transfer_id,
        created_at)
    VALUES (p_key, p_hash, p_request, 'ok', v_seq, p_now);
    RETURN QUERY SELECT 'ok'::text, v_seq, NULL::jsonb, NULL::text, NULL::bigint;
END;
$$ LANGUAGE plpgsql;
"""

DROP = (
    "DROP FUNCTION IF EXISTS ledger_post_one(bigint, text, bigint, bigint, bigint, text, text, "
    "text, jsonb, text, timestamptz, text, jsonb, timestamptz, boolean);"
)


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(POST_ONE)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("ledger", "0004_finance_alert")]
    operations = [migrations.RunPython(forward, backward)]
