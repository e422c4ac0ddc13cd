"""Recovery codes were stored as unsalted SHA-256 digests. Each is wrapped in place with the
password hasher (salted, slow): the new digest is make_password(old digest), which is what
new codes store too (make_password(sha256(code))), so every code checks the same way."""

import re

from django.contrib.auth.hashers import make_password
from django.db import migrations

_LEGACY = re.compile(r"^[0-9a-f]{64}$")


def rehash_legacy_codes(apps, schema_editor):
    RecoveryCode = apps.get_model("accounts", "RecoveryCode")
    legacy = RecoveryCode.objects.filter(used_at__isnull=True).only("pk", "digest")
    for code in legacy.iterator(chunk_size=500):
        if _LEGACY.match(code.digest):
            RecoveryCode.objects.filter(pk=code.pk).update(digest=make_password(code.digest))
    # A used code is never checked again: its digest has no use left.
    RecoveryCode.objects.filter(used_at__isnull=False).update(digest="")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_token_expiry_and_recovery_code_hashes")]
    operations = [migrations.RunPython(rehash_legacy_codes, migrations.RunPython.noop)]
