"""Entries: a BRIN range index on `created_at` replaces the B-tree on (account, created_at).

Entries are appended in time order (`created_at` is the writer's clock at the
transaction's start, so neighbouring rows lie within moments of each other), which is
what a BRIN index summarises: a few pages for the whole table, and nothing to do per
insert but extend the current range. The B-tree took a random leaf page per entry (two
per transfer), about a tenth of a batch's server time, and its share of full-page
images in the WAL after each checkpoint.

The readers of entries by time keep working and stay tested:
- reconciliation (`payments.reconciliation.ledger_movements`) selects one day's entries
  on processor clearing accounts: the BRIN index finds the day's block ranges;
- `selectors.balance_as_of` takes, per shard, the highest version written at or before
  a moment: the unique (account, version) index walks that account's entries from the
  newest down to the first old enough;
- history pages by entry id within the account's shards, as before.

SQLite (development) just drops the B-tree; its queries use (account, version).
"""

from django.db import migrations


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS ledger_entry_created_brin ON ledger_entry "
                "USING brin (created_at) WITH (pages_per_range = 32)"
            )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS ledger_entry_created_brin")


class Migration(migrations.Migration):
    dependencies = [("ledger", "0010_leaner_single_path")]
    operations = [
        migrations.RemoveIndex(model_name="entry", name="ledger_entr_account_b86ea8_idx"),
        migrations.RunPython(forward, backward),
    ]
