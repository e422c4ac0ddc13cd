"""PostgreSQL: `ledger_write_batch`, the set-based batch without a locking read.

Replaces `ledger_post_batch` (migration 0009) as the batch's first attempt; same
decisions, same fallback to the engine. What changed, measured per batch of 1,000
transfers between 10,000 accounts (docs/ledger.md):

1. No locking read. The UPDATE of the touched accounts takes their row locks itself
   (an UPDATE that changes no key locks FOR NO KEY UPDATE), in id order: the per-account
   sums are sorted by id and the rows are found by a primary-key scan. It returns each
   account as updated; the totals before the batch are those minus the batch's sums, and
   the running totals and checks of every leg are computed from them. A locking read
   wrote one WAL record per account and visited every row twice.
2. Transfer seqs are drawn from the sequence while reading the input, so the entries and
   idempotency records take them from the input row (no join back through the keys the
   INSERT returned).
3. The idempotency record of a transfer whose accounts are the ones the caller named
   holds no copy of the request (so `request` may now be null, on PostgreSQL): the
   transfer row holds every field, and a replay rebuilds the request from it
   (`locks.py`). Only a transfer mapped to a hot account's shard carries its canonical
   request. That halves the JSON the call parses. SQLite keeps its NOT NULL (dropping it
   would rebuild the table without its journal triggers; nothing writes null there).
4. One result: the seqs in input order, or NULL when the engine must decide.
5. The journal check on entries (migration 0015) skips the statement this function
   writes: that statement refuses the batch on the same conditions itself. Its transfers
   and entries come from the same input rows (each transfer exists, its D entry names its
   debit account and its C entry its credit account, one balanced pair per transfer, no
   pending transfer resolved), and any leg whose account is missing, closed or in another
   currency refuses the batch. Every other statement that writes entries is checked as
   before. The check was an eighth of the batch's server time (three index probes per
   transfer); the trigger recognises the statement by the PL/pgSQL call stack. That
   guards against mistakes, as the check always did; someone who can write the journal
   by hand is `verify_ledger`'s to catch (they could already insert a transfer without
   entries, which no trigger refuses).

If any transfer would be refused, an id is reused, or the database refuses a row (a
CHECK, an overflowing total), the block raises and rolls back every write of the batch
(the updates' row locks go with it); the caller's engine then locks, decides and names
each refusal, as before.
"""

from importlib import import_module

from django.db import migrations, models

# The function's signature as PL/pgSQL names it in a call stack (PG_CONTEXT).
WRITE_BATCH_FRAME = "PL/pgSQL function ledger_write_batch(bigint,timestamp with time zone,jsonb)"

WRITE_BATCH = """
CREATE OR REPLACE FUNCTION ledger_write_batch(seal_key bigint, p_now timestamptz, p_rows jsonb)
RETURNS bigint[] AS $$
DECLARE
    v_refused boolean;
    v_seqs bigint[];
BEGIN
    PERFORM pg_advisory_xact_lock_shared(seal_key);
    BEGIN
        -- Input rows: [key, debit shard, credit shard, expires_at, amount, currency,
        -- code, reference, metadata, kind, hash, resolved, request]; request is null
        -- unless an account was mapped to a shard (services._post_batch says why).
        WITH inp AS (
            SELECT r.n::int AS n, nextval('{sequence}'::regclass) AS seq, r.v->>0 AS key,
                (r.v->>1)::bigint AS debit, (r.v->>2)::bigint AS credit,
                (r.v->>3)::timestamptz AS expires_at, (r.v->>4)::bigint AS amount,
                r.v->>5 AS currency, r.v->>6 AS code, r.v->>7 AS reference,
                r.v->8 AS metadata, r.v->>9 AS kind, r.v->>10 AS hash,
                coalesce((r.v->>11)::boolean, false) AS resolved,
                nullif(r.v->12, 'null'::jsonb) AS request
            FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS r(v, n)
        ), legs AS (
            SELECT i.n, i.seq, i.debit AS acc, 'D' AS side, i.currency, i.resolved,
                CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END AS posted,
                CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END AS pending,
                CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END AS dp,
                CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END AS dq,
                0::bigint AS cp, 0::bigint AS cq
            FROM inp i
            UNION ALL
            SELECT i.n, i.seq, i.credit, 'C', i.currency, i.resolved,
                CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END,
                CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END,
                0::bigint, 0::bigint,
                CASE WHEN i.kind = 'single' THEN i.amount ELSE 0 END,
                CASE WHEN i.kind = 'single' THEN 0 ELSE i.amount END
            FROM inp i
        ), sums AS (
            SELECT l.acc, sum(l.dp)::bigint AS dp, sum(l.dq)::bigint AS dq,
                sum(l.cp)::bigint AS cp, sum(l.cq)::bigint AS cq, count(*) AS legs
            FROM legs l GROUP BY l.acc ORDER BY l.acc
        ), u AS (
            -- Both sides in id order (sorted sums, primary-key scan): each row is locked
            -- as it is updated, re-read at its newest version after any lock wait.
            UPDATE ledger_account AS a SET debits_posted = a.debits_posted + s.dp,
                debits_pending = a.debits_pending + s.dq,
                credits_posted = a.credits_posted + s.cp,
                credits_pending = a.credits_pending + s.cq,
                version = a.version + s.legs
            FROM sums s
            WHERE a.id = ANY(ARRAY(SELECT s2.acc FROM sums s2)) AND a.id = s.acc
            RETURNING a.id, a.currency, a.closed, a.shard_count, a.parent_id,
                a.debits_must_not_exceed_credits AS dmnec,
                a.credits_must_not_exceed_debits AS cmned,
                -- The account before this batch.
                a.version - s.legs AS version, a.debits_posted - s.dp AS dp,
                a.debits_pending - s.dq AS dq, a.credits_posted - s.cp AS cp,
                a.credits_pending - s.cq AS cq
        ), run AS (
            -- The totals after each leg (numeric: a sum cannot overflow here), and
            -- whether the checks of services._decide_new refuse the transfer on them.
            SELECT x.*,
                x.id IS NULL OR x.closed OR x.currency <> x.wanted
                -- A hot account the caller has not resolved to a shard yet.
                OR (NOT x.resolved AND x.shard_count > 1 AND x.parent_id IS NULL)
                OR (x.side = 'D' AND x.dmnec AND x.dp + x.dq > x.cp)
                OR (x.side = 'C' AND x.cmned AND x.cp + x.cq > x.dp)
                OR (x.side = 'D' AND x.dp + x.dq > 9223372036854775807)
                OR (x.side = 'C' AND x.cp + x.cq > 9223372036854775807) AS refused
            FROM (
                SELECT l.n, l.seq, l.acc, l.side, l.currency AS wanted, l.resolved,
                    l.posted, l.pending, a.id, a.currency, a.closed, a.shard_count,
                    a.parent_id, a.dmnec, a.cmned,
                    a.version + row_number() OVER w AS version,
                    a.dp + sum(l.dp) OVER w AS dp, a.dq + sum(l.dq) OVER w AS dq,
                    a.cp + sum(l.cp) OVER w AS cp, a.cq + sum(l.cq) OVER w AS cq
                FROM legs l LEFT JOIN u a ON a.id = l.acc
                WINDOW w AS (PARTITION BY l.acc ORDER BY l.n ROWS UNBOUNDED PRECEDING)
            ) x
        ), t AS (
            INSERT INTO ledger_transfer (seq, key, debit_account_id, credit_account_id,
                amount, currency, code, reference, metadata, kind, pending_key,
                expires_at, created_at)
            SELECT i.seq, i.key, i.debit, i.credit, i.amount, i.currency, i.code,
                i.reference, i.metadata, i.kind, NULL, i.expires_at, p_now
            FROM inp i
        ), e AS (
            INSERT INTO ledger_entry (account_id, transfer_id, version, side, posted_delta,
                pending_delta, debits_pending, debits_posted, credits_pending,
                credits_posted, created_at)
            SELECT run.acc, run.seq, run.version, run.side, run.posted, run.pending,
                run.dq::bigint, run.dp::bigint, run.cq::bigint, run.cp::bigint, p_now
            FROM run
            ORDER BY run.n, run.side DESC
        ), rec AS (
            INSERT INTO ledger_idempotencyrecord (key, request_hash, request, result,
                transfer_id, created_at)
            SELECT i.key, i.hash, i.request, 'ok', i.seq, p_now FROM inp i
        )
        SELECT (SELECT bool_or(run.refused) FROM run),
            (SELECT array_agg(i.seq ORDER BY i.n) FROM inp i)
        INTO v_refused, v_seqs;
        IF v_refused OR v_refused IS NULL THEN
            RAISE EXCEPTION 'batch refused' USING ERRCODE = 'LB001';
        END IF;
    EXCEPTION
        WHEN SQLSTATE 'LB001' OR unique_violation OR foreign_key_violation
            OR check_violation OR numeric_value_out_of_range THEN
        -- Refused, reused or refused by the database: nothing was written (the block
        -- rolled back, row locks included); the caller's engine takes over.
        RETURN NULL;
    END;
    RETURN v_seqs;
END;
$$ LANGUAGE plpgsql;
"""


def entries_check_trusting(*frames: str) -> str:
    """0015's journal check, returning early for statements written by these functions.

    Each frame is a function's signature as PL/pgSQL names it in PG_CONTEXT; only the
    ledger's own writers, which check their statement themselves, may be named.
    """
    body = import_module("directcontracts.ledger.migrations.0015_one_journal_check")
    sql: str = body.ENTRIES_INSERTED
    declare_end = "    v_unbalanced bigint[];\nBEGIN\n"
    assert declare_end in sql
    # A frame starts a line of the stack (the trigger's own frame is the first line).
    found = " OR ".join(f"strpos(v_stack, E'\\n{frame} line ') > 0" for frame in frames)
    return sql.replace(
        declare_end,
        "    v_unbalanced bigint[];\n"
        "    v_stack text;\n"
        "BEGIN\n"
        "    -- The ledger's own writers check their statement themselves (migrations/0017).\n"
        "    GET DIAGNOSTICS v_stack = PG_CONTEXT;\n"
        f"    IF {found} THEN\n"
        "        RETURN NULL;\n"
        "    END IF;\n",
    )


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("ALTER TABLE ledger_idempotencyrecord ALTER COLUMN request DROP NOT NULL")
        cursor.execute("SELECT pg_get_serial_sequence('ledger_transfer', 'seq')")
        (sequence,) = cursor.fetchone()
        cursor.execute(WRITE_BATCH.replace("{sequence}", sequence))
        cursor.execute(entries_check_trusting(WRITE_BATCH_FRAME))


def backward(apps, schema_editor):
    # Records written without a request stay so; the column keeps allowing null.
    if schema_editor.connection.vendor == "postgresql":
        body = import_module("directcontracts.ledger.migrations.0015_one_journal_check")
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(body.ENTRIES_INSERTED)
            cursor.execute("DROP FUNCTION IF EXISTS ledger_write_batch(bigint, timestamptz, jsonb)")


class Migration(migrations.Migration):
    # `ledger_post_batch` (0009) stays defined for callers of an older release.
    dependencies = [("ledger", "0016_account_static_checks_on_change")]
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="idempotencyrecord",
                    name="request",
                    field=models.JSONField(null=True),
                )
            ],
            database_operations=[migrations.RunPython(forward, backward)],
        )
    ]
