from django.contrib.auth.management import create_permissions
from django.db import migrations

# On PostgreSQL the audit trail refuses UPDATE and DELETE at the database itself, whatever
# code (or person at a SQL prompt with the application's role) tries.
APPEND_ONLY = """
CREATE FUNCTION trust_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'trust_auditentry is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER trust_auditentry_append_only
    BEFORE UPDATE OR DELETE ON trust_auditentry
    FOR EACH ROW EXECUTE FUNCTION trust_auditentry_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS trust_auditentry_append_only ON trust_auditentry;
DROP FUNCTION IF EXISTS trust_auditentry_append_only();
"""


def append_only(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(APPEND_ONLY)


def allow_changes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


def grant(apps, schema_editor):
    from directcontracts.accounts.demo import grant_staff_permissions

    config = apps.get_app_config("trust")
    config.models_module = True
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = None
    grant_staff_permissions(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [
        ("trust", "0001_initial"),
        ("accounts", "0002_staff_groups"),
        ("support", "0002_support_group_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(append_only, allow_changes),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
