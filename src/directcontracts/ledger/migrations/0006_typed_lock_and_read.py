"""PostgreSQL: `ledger_lock_and_read` returns typed columns instead of JSON rows.

Parsing JSON and building model instances cost more than deciding a transfer; the
engine now reads plain tuples (one row per locked account or idempotency record).
"""

from django.db import migrations

LOCK_AND_READ = """
DROP FUNCTION IF EXISTS ledger_lock_and_read(bigint, bigint[], text[]);
CREATE FUNCTION ledger_lock_and_read(seal_key bigint, ids bigint[], keys text[])
RETURNS TABLE(out_kind text, a_id bigint, a_currency text, a_code text, a_dmnec boolean,
    a_cmned boolean, a_dq bigint, a_dp bigint, a_cq bigint, a_cp bigint, a_version bigint,
    a_closed boolean, a_parent bigint, a_shard integer, a_shard_count integer, r_key text,
    r_request jsonb, r_result text, r_transfer bigint) AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(seal_key);
    RETURN QUERY
    WITH acc AS (
        SELECT a.id, a.currency, a.code, a.debits_must_not_exceed_credits,
            a.credits_must_not_exceed_debits, a.debits_pending, a.debits_posted,
            a.credits_pending, a.credits_posted, a.version, a.closed, a.parent_id,
            a.shard, a.shard_count
        FROM ledger_account a WHERE a.id = ANY(ids) ORDER BY a.id FOR NO KEY UPDATE
    )
    SELECT 'a'::text, acc.id, acc.currency::text, acc.code::text,
        acc.debits_must_not_exceed_credits, acc.credits_must_not_exceed_debits,
        acc.debits_pending, acc.debits_posted, acc.credits_pending, acc.credits_posted,
        acc.version, acc.closed, acc.parent_id, acc.shard::integer, acc.shard_count::integer,
        NULL::text, NULL::jsonb, NULL::text, NULL::bigint
    FROM acc
    UNION ALL
    SELECT 'r'::text, NULL::bigint, NULL::text, NULL::text, NULL::boolean, NULL::boolean,
        NULL::bigint, NULL::bigint, NULL::bigint, NULL::bigint, NULL::bigint, NULL::boolean,
        NULL::bigint, NULL::integer, NULL::integer, r.key::text, r.request, r.result::text,
        r.transfer_id
    FROM ledger_idempotencyrecord r WHERE r.key = ANY(keys);
END;
$$ LANGUAGE plpgsql;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(LOCK_AND_READ)


class Migration(migrations.Migration):
    # Backwards: 0003's JSON version is recreated by re-running 0003 forwards if needed.
    dependencies = [("ledger", "0005_post_one")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
