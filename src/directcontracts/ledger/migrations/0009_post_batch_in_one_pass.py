"""PostgreSQL: `ledger_post_batch` writes first and lets the indexes find reused ids.

Replaces the function of migration 0008 (same signature, same results):

1. No separate look-up of the batch's ids among the idempotency records (a thousand
   index searches): the unique indexes on transfer and record keys already search them
   while inserting. The writes run in a subtransaction (a PL/pgSQL block with an
   exception handler); a reused id raises `unique_violation` there, which rolls back
   every write of the batch and hands it to the engine, as before.
2. The checks of `services._decide_new` are computed in the same statement as the
   writes; if any transfer would be refused, the block raises and rolls back likewise.
   So does anything the database itself refuses (a missing account, a balance rule's
   CHECK constraint, an overflowing total): the engine then decides each transfer and
   names the refusal exactly.
3. The canonical request arrives as a JSON object inside the batch (element 10), not as
   a string parsed a second time (a string is still accepted).

The statement trigger on entries also looks up each transfer once instead of once per
entry (replacing the function of migration 0007; same checks).
"""

from django.db import migrations

ROWS = """
    SELECT r.n::int AS n, r.v->>0 AS key, (r.v->>1)::bigint AS debit,
        (r.v->>2)::bigint AS credit, (r.v->>3)::bigint AS amount, r.v->>4 AS currency,
        r.v->>5 AS code, r.v->>6 AS reference, r.v->7 AS metadata, r.v->>8 AS kind,
        (r.v->>9)::timestamptz AS expires_at,
        CASE WHEN jsonb_typeof(r.v->10) = 'string' THEN (r.v->>10)::jsonb ELSE r.v->10 END
            AS request,
        r.v->>11 AS hash, coalesce((r.v->>12)::boolean, false) AS resolved
    FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS r(v, n)
"""

ACC = """
    SELECT * FROM unnest(v_id, v_currency, v_closed, v_shard_count, v_parent, v_dmnec,
        v_cmned, v_version, v_dp, v_dq, v_cp, v_cq)
    AS x(id, currency, closed, shard_count, parent_id, dmnec, cmned, version,
        debits_posted, debits_pending, credits_posted, credits_pending)
"""

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

# The totals after each leg, in numeric (a sum cannot overflow here), and whether the
# checks of services._decide_new refuse the transfer on them.
RUN = """
    SELECT x.*,
        x.id IS NULL OR x.closed OR x.currency <> x.wanted
        -- A hot account the caller has not resolved to a shard yet.
        OR (NOT x.resolved AND x.shard_count > 1 AND x.parent_id IS NULL)
        OR (x.side = 'D' AND x.dmnec AND x.dp + x.dq > x.cp)
        OR (x.side = 'C' AND x.cmned AND x.cp + x.cq > x.dp)
        OR (x.side = 'D' AND x.dp + x.dq > 9223372036854775807)
        OR (x.side = 'C' AND x.cp + x.cq > 9223372036854775807) AS refused
    FROM (
        SELECT l.n, l.acc, l.side, l.currency AS wanted, l.resolved, l.posted, l.pending,
            a.id, a.currency, a.closed, a.shard_count, a.parent_id, a.dmnec, a.cmned,
            a.version + row_number() OVER w AS version,
            a.debits_posted + sum(l.dp) OVER w AS dp,
            a.debits_pending + sum(l.dq) OVER w AS dq,
            a.credits_posted + sum(l.cp) OVER w AS cp,
            a.credits_pending + sum(l.cq) OVER w AS cq
        FROM legs l LEFT JOIN acc a ON a.id = l.acc
        WINDOW w AS (PARTITION BY l.acc ORDER BY l.n ROWS UNBOUNDED PRECEDING)
    ) x
"""

POST_BATCH = f"""
CREATE OR REPLACE FUNCTION ledger_post_batch(seal_key bigint, p_now timestamptz, p_rows jsonb)
RETURNS TABLE(out_key text, out_seq bigint) AS $$
DECLARE
    v_id bigint[]; v_tid tid[]; v_currency text[]; v_closed boolean[]; v_shard_count int[];
    v_parent bigint[]; v_dmnec boolean[]; v_cmned boolean[]; v_version bigint[];
    v_dp bigint[]; v_dq bigint[]; v_cp bigint[]; v_cq bigint[];
    v_refused boolean; v_updated bigint; v_keys text[]; v_seqs bigint[];
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
    BEGIN
        WITH inp AS ({ROWS}), acc AS ({ACC}), legs AS ({LEGS}), run AS ({RUN}),
        t AS (
            INSERT INTO ledger_transfer (key, debit_account_id, credit_account_id, amount,
                currency, code, reference, metadata, kind, pending_key, expires_at,
                created_at)
            SELECT i.key, i.debit, i.credit, i.amount, i.currency, i.code, i.reference,
                i.metadata, i.kind, NULL, i.expires_at, p_now
            FROM inp i ORDER BY i.n
            RETURNING ledger_transfer.seq, ledger_transfer.key
        ), keyed AS (
            SELECT i.n, t.seq, t.key, i.request, i.hash FROM inp i JOIN t ON t.key = i.key
        ), e AS (
            INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta,
                pending_delta, debits_pending, debits_posted, credits_pending,
                credits_posted, created_at)
            SELECT run.acc, k.seq, run.version, run.side, run.posted, run.pending,
                run.dq::bigint, run.dp::bigint, run.cq::bigint, run.cp::bigint, p_now
            FROM run JOIN keyed k ON k.n = run.n
            WHERE NOT run.refused
            ORDER BY run.n, run.side DESC
        ), u AS (
            -- The locked rows, found by their tuple ids (nobody else can move them now).
            UPDATE ledger_account AS a SET debits_posted = a.debits_posted + s.dp,
                debits_pending = a.debits_pending + s.dq,
                credits_posted = a.credits_posted + s.cp,
                credits_pending = a.credits_pending + s.cq,
                version = a.version + s.legs
            FROM (SELECT legs.acc, sum(legs.dp)::bigint AS dp, sum(legs.dq)::bigint AS dq,
                      sum(legs.cp)::bigint AS cp, sum(legs.cq)::bigint AS cq,
                      count(*) AS legs
                  FROM legs GROUP BY legs.acc) AS s
            WHERE a.ctid = ANY(v_tid) AND a.id = s.acc
            RETURNING a.id
        ), rec AS (
            INSERT INTO ledger_idempotencyrecord (key, request_hash, request, result,
                transfer_id, created_at)
            SELECT k.key, k.hash, k.request, 'ok', k.seq, p_now FROM keyed k ORDER BY k.n
        )
        SELECT (SELECT bool_or(run.refused) FROM run), (SELECT count(*) FROM u),
            (SELECT array_agg(k.key::text ORDER BY k.n) FROM keyed k),
            (SELECT array_agg(k.seq ORDER BY k.n) FROM keyed k)
        INTO v_refused, v_updated, v_keys, v_seqs;
        IF v_refused OR v_refused IS NULL OR v_updated <> cardinality(v_id) THEN
            RAISE EXCEPTION 'batch refused' USING ERRCODE = 'LB001';
        END IF;
    EXCEPTION
        WHEN SQLSTATE 'LB001' OR unique_violation OR foreign_key_violation
            OR check_violation OR numeric_value_out_of_range THEN
        -- Refused, reused or refused by the database: nothing was written (the block
        -- rolled back); the caller's engine takes over, with the locks still held.
        RETURN QUERY SELECT NULL::text, NULL::bigint;
        RETURN;
    END;
    RETURN QUERY SELECT * FROM unnest(v_keys, v_seqs);
END;
$$ LANGUAGE plpgsql;
"""

ENTRIES_INSERTED = """
CREATE OR REPLACE FUNCTION ledger_entries_inserted() RETURNS trigger AS $$
DECLARE
    v_transfer bigint;
BEGIN
    -- The foreign keys: each transfer exists, and its entries name its debit account
    -- (side D) or credit account (side C), which the transfer's own check proved exist.
    SELECT g.transfer_id INTO v_transfer FROM (
        SELECT n.transfer_id,
            min(n.account_id) FILTER (WHERE n.side = 'D') AS d_min,
            max(n.account_id) FILTER (WHERE n.side = 'D') AS d_max,
            min(n.account_id) FILTER (WHERE n.side = 'C') AS c_min,
            max(n.account_id) FILTER (WHERE n.side = 'C') AS c_max,
            count(*) FILTER (WHERE n.side NOT IN ('D', 'C') OR n.side IS NULL) AS other
        FROM new_rows n GROUP BY n.transfer_id
    ) g
    LEFT JOIN ledger_transfer t ON t.seq = g.transfer_id
    WHERE t.seq IS NULL OR g.other > 0
       OR g.d_min <> t.debit_account_id OR g.d_max <> t.debit_account_id
       OR g.c_min <> t.credit_account_id OR g.c_max <> t.credit_account_id
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ledger entries of transfer % name a missing transfer or not its accounts',
            v_transfer USING ERRCODE = 'foreign_key_violation';
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
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(POST_BATCH)
            cursor.execute(ENTRIES_INSERTED)


class Migration(migrations.Migration):
    # Backwards: re-run 0008 and 0007 forwards to restore their function bodies.
    dependencies = [("ledger", "0008_post_batch")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
