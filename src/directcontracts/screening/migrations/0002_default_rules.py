"""Formerly installed the packaged regex rules as version 1; the packaged rules are now
installed by 0004 in the word-pattern language (issue 13), so this step does nothing."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("screening", "0001_initial")]

    operations = []
