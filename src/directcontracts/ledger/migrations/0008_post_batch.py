"""PostgreSQL: a batch of new transfers decided and written by one set-based function.

`services._apply` calls `ledger_post_batch` first when every request of a batch (or
linked group) is a new posted or pending transfer with a distinct id and a valid shape.
The function takes the transfers as one JSON array of arrays (one per transfer, in batch
order: key, debit, credit, amount, currency, code, reference, metadata, kind,
expires_at, canonical request text, request hash, and whether the caller knew both
accounts' shards, i.e. resolved a hot account to the shard its key picks)
and:

1. takes the sealing lock (shared) and locks every account of the batch in id order
   with FOR NO KEY UPDATE, like every other ledger path, keeping the locked rows (and
   their tuple ids, for the update) in arrays instead of reading the table again;
2. decides the whole batch at once: each transfer's two legs get the running totals of
   their account in batch order (window functions per account), and every check of
   `services._decide_new` is applied to the totals after that leg, as if every earlier
   transfer of the batch had been accepted;
3. if all transfers pass and no id has an idempotency record yet, that assumption was
   true, so the sequential engine would accept every transfer with exactly these
   totals: the same statement writes transfers, entries (gap-free versions, totals
   after each entry), account totals and idempotency records and returns (key, seq)
   per transfer, in batch order;
4. otherwise every write of that statement is gated off and it returns one row with a
   NULL key: the Python engine
   then decides the batch one transfer at a time, in the same transaction, with the
   locks already held (refusals, replays and linked failures keep their exact codes).
"""

from django.db import migrations

# One row per transfer of the batch, in batch order (n from 1).
ROWS = """
    SELECT r.n::int AS n, r.v->>0 AS key, (r.v->>1)::bigint AS debit,
        (r.v->>2)::bigint AS credit, (r.v->>3)::bigint AS amount, r.v->>4 AS currency,
        r.v->>5 AS code, r.v->>6 AS reference, r.v->7 AS metadata, r.v->>8 AS kind,
        (r.v->>9)::timestamptz AS expires_at, r.v->>10 AS request, r.v->>11 AS hash,
        (r.v->>12)::boolean AS resolved
    FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS r(v, n)
"""

# Two legs per transfer: debit then credit, with their deltas on the four totals.
LEGS = """
    SELECT i.n, i.debit AS acc, 'D' AS side, i.currency, i.resolved,
        CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END AS posted,
        CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END AS pending,
        CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END AS dp,
        CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END AS dq,
        0::bigint AS cp, 0::bigint AS cq
    FROM inp i
    UNION ALL
    SELECT i.n, i.credit, 'C', i.currency, i.resolved,
        CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END,
        CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END,
        0::bigint, 0::bigint,
        CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END,
        CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END
    FROM inp i
"""

# The account's totals after each leg (numeric: a sum cannot overflow here), from the
# rows the lock statement returned (`acc`).
RUN = """
    SELECT l.n, l.acc, l.side, l.currency AS wanted, l.posted, l.pending, l.resolved,
        a.id, a.currency, a.closed, a.shard_count, a.parent_id,
        a.debits_must_not_exceed_credits AS dmnec,
        a.credits_must_not_exceed_debits AS cmned,
        a.version + row_number() OVER w AS version,
        a.debits_posted + sum(l.dp) OVER w AS dp,
        a.debits_pending + sum(l.dq) OVER w AS dq,
        a.credits_posted + sum(l.cp) OVER w AS cp,
        a.credits_pending + sum(l.cq) OVER w AS cq
    FROM legs l LEFT JOIN acc a ON a.id = l.acc
    WINDOW w AS (PARTITION BY l.acc ORDER BY l.n ROWS UNBOUNDED PRECEDING)
"""

ACC = """
    SELECT * FROM unnest(v_id, v_tid, v_currency, v_closed, v_shard_count, v_parent, v_dmnec,
        v_cmned, v_version, v_dp, v_dq, v_cp, v_cq)
    AS x(id, tid, currency, closed, shard_count, parent_id, debits_must_not_exceed_credits,
        credits_must_not_exceed_debits, version, debits_posted, debits_pending,
        credits_posted, credits_pending)
"""

POST_BATCH = f"""
CREATE OR REPLACE FUNCTION ledger_post_batch(seal_key bigint, p_now timestamptz, p_rows jsonb)
RETURNS TABLE(out_key text, out_seq bigint) AS $$
DECLARE
    v_id bigint[]; v_tid tid[]; v_currency text[]; v_closed boolean[]; v_shard_count int[];
    v_parent bigint[]; v_dmnec boolean[]; v_cmned boolean[]; v_version bigint[];
    v_dp bigint[]; v_dq bigint[]; v_cp bigint[]; v_cq bigint[];
    v_ok boolean; v_updated bigint; v_keys text[]; v_seqs bigint[];
BEGIN
    PERFORM pg_advisory_xact_lock_shared(seal_key);
    -- Lock in id order; FOR NO KEY UPDATE returns each row as its last locker left it.
    SELECT array_agg(a.id), array_agg(a.ctid), array_agg(a.currency), array_agg(a.closed),
        array_agg(a.shard_count), array_agg(a.parent_id),
        array_agg(a.debits_must_not_exceed_credits), array_agg(a.credits_must_not_exceed_debits),
        array_agg(a.version), array_agg(a.debits_posted), array_agg(a.debits_pending),
        array_agg(a.credits_posted), array_agg(a.credits_pending)
    INTO v_id, v_tid, v_currency, v_closed, v_shard_count, v_parent, v_dmnec, v_cmned,
        v_version, v_dp, v_dq, v_cp, v_cq
    FROM (
        SELECT a.ctid, a.* FROM ledger_account a
        WHERE a.id = ANY(ARRAY(
            SELECT (r.v->>1)::bigint FROM jsonb_array_elements(p_rows) AS r(v)
            UNION
            SELECT (r.v->>2)::bigint FROM jsonb_array_elements(p_rows) AS r(v)))
        ORDER BY a.id FOR NO KEY UPDATE
    ) a;
    -- Every write below is gated on `verdict`: all or nothing.
    WITH inp AS ({ROWS}), acc AS ({ACC}), legs AS ({LEGS}), run AS ({RUN}),
    verdict AS (
        SELECT NOT EXISTS (
            -- The checks of services._decide_new, on the totals after each leg.
            SELECT 1 FROM run
            WHERE run.id IS NULL OR run.closed OR run.currency <> run.wanted
               -- A hot account the caller has not resolved to a shard yet.
               OR (NOT run.resolved AND run.shard_count > 1 AND run.parent_id IS NULL)
               OR (run.side = 'D' AND run.dmnec AND run.dp + run.dq > run.cp)
               OR (run.side = 'C' AND run.cmned AND run.cp + run.cq > run.dp)
               OR (run.side = 'D' AND run.dp + run.dq > 9223372036854775807)
               OR (run.side = 'C' AND run.cp + run.cq > 9223372036854775807)
        ) AND NOT EXISTS (
            SELECT 1 FROM ledger_idempotencyrecord r
            WHERE r.key = ANY(ARRAY(SELECT i.key FROM inp i))
        ) AS ok
    ), t AS (
        INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount,
            currency, code, reference, metadata, kind, pending_key, expires_at, created_at)
        SELECT i.key, i.debit, i.credit, i.amount, i.currency, i.code, i.reference,
            i.metadata, i.kind, NULL, i.expires_at, p_now
        FROM inp i WHERE (SELECT ok FROM verdict) ORDER BY i.n
        RETURNING ledger_transfer.seq, ledger_transfer.key
    ), keyed AS (
        SELECT i.n, t.seq, t.key, i.request, i.hash FROM inp i JOIN t ON t.key = i.key
    ), e AS (
        INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta,
            pending_delta, debits_pending, debits_posted, credits_pending, credits_posted,
            created_at)
        SELECT run.acc, k.seq, run.version, run.side, run.posted, run.pending,
            run.dq::bigint, run.dp::bigint, run.cq::bigint, run.cp::bigint, p_now
        FROM run JOIN keyed k ON k.n = run.n
        ORDER BY run.n, run.side DESC
    ), u AS (
        -- The locked rows, found by their tuple ids (nobody else can move them now).
        UPDATE ledger_account AS a SET debits_posted = (a.debits_posted + s.dp)::bigint,
            debits_pending = (a.debits_pending + s.dq)::bigint,
            credits_posted = (a.credits_posted + s.cp)::bigint,
            credits_pending = (a.credits_pending + s.cq)::bigint,
            version = a.version + s.legs
        FROM (SELECT legs.acc, sum(legs.dp) AS dp, sum(legs.dq) AS dq, sum(legs.cp) AS cp,
                  sum(legs.cq) AS cq, count(*) AS legs
              FROM legs WHERE (SELECT ok FROM verdict) GROUP BY legs.acc) AS s
        WHERE a.ctid = ANY(v_tid) AND a.id = s.acc
        RETURNING a.id
    ), rec AS (
        INSERT INTO ledger_idempotencyrecord (key, request_hash, request, result,
            transfer_id, created_at)
        SELECT k.key, k.hash, k.request::jsonb, 'ok', k.seq, p_now FROM keyed k ORDER BY k.n
    )
    SELECT (SELECT ok FROM verdict), (SELECT count(*) FROM u),
        (SELECT array_agg(k.key::text ORDER BY k.n) FROM keyed k),
        (SELECT array_agg(k.seq ORDER BY k.n) FROM keyed k)
    INTO v_ok, v_updated, v_keys, v_seqs;
    IF NOT v_ok THEN
        -- Refused or reused: nothing was written; the caller's engine takes over.
        RETURN QUERY SELECT NULL::text, NULL::bigint;
        RETURN;
    END IF;
    IF v_updated <> cardinality(v_id) THEN
        RAISE EXCEPTION 'ledger_post_batch updated % of % accounts', v_updated, cardinality(v_id);
    END IF;
    RETURN QUERY SELECT * FROM unnest(v_keys, v_seqs);
END;
$$ LANGUAGE plpgsql;
"""

DROP = "DROP FUNCTION IF EXISTS ledger_post_batch(bigint, timestamptz, jsonb);"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(POST_BATCH)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("ledger", "0007_statement_level_checks")]
    operations = [migrations.RunPython(forward, backward)]
