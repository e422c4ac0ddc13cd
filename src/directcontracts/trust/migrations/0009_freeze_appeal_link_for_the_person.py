"""Freezes made before the appeal link was the case subject's own: their reason ended with
"The person it concerns can appeal within 180 days at /trust/appeals/<ref>/.", a path both
parties read though only that person can open it. The sentence leaves the reason (and the
timeline's copy of it); the link becomes the freeze's own, for that person only."""

from django.db import migrations

APPEAL_SENTENCE = " The person it concerns can appeal within 180 days at /trust/appeals/{}/."
LINK_TEXT = "Read why and appeal"


def forwards(apps, schema_editor):
    EscrowFreeze = apps.get_model("contracts", "EscrowFreeze")
    ContractEvent = apps.get_model("contracts", "ContractEvent")
    Case = apps.get_model("trust", "Case")
    for freeze in EscrowFreeze.objects.filter(
        source="trust_safety", reason__contains="/trust/appeals/"
    ):
        sentence = APPEAL_SENTENCE.format(freeze.reference)
        if sentence not in freeze.reason:
            continue
        freeze.reason = freeze.reason.replace(sentence, "")
        subject = (
            Case.objects.filter(reference=freeze.reference)
            .values_list("subject_user_id", flat=True)
            .first()
        )
        fields = ["reason"]
        if subject is not None and not freeze.url:
            freeze.url = f"/trust/appeals/{freeze.reference}/"
            freeze.url_for_id = subject
            freeze.link_text = LINK_TEXT
            fields += ["url", "url_for", "link_text"]
        freeze.save(update_fields=fields)
        for event in ContractEvent.objects.filter(
            contract_id=freeze.contract_id, message__contains=sentence
        ):
            event.message = event.message.replace(sentence, "")
            event.save(update_fields=["message"])


class Migration(migrations.Migration):
    dependencies = [
        ("trust", "0008_plural_names"),
        ("contracts", "0014_freeze_url_for"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
