import importlib

from django.db import migrations

# The same rebuild as 0003, now that a paragraph of bold words only ("Don't") is set off from
# the list after it as a heading is ("Don't — Don't invite…", not "Don't Don't invite…").
recompute_body_text = importlib.import_module(
    "directcontracts.helpcenter.migrations.0003_body_text_headings_set_off"
).recompute_body_text


class Migration(migrations.Migration):
    dependencies = [("helpcenter", "0004_partial_release_keeps_the_rest_in_escrow")]

    operations = [migrations.RunPython(recompute_body_text, migrations.RunPython.noop)]
