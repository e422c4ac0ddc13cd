"""Notices made before 0003 name no contract: name it from the page they link (a contract's
or a dispute's), as `contracts.announce.contract_label` does for new ones."""

import re

from django.db import migrations

CONTRACT_PAGE = re.compile(r"^/contracts/(\d+)/")
DISPUTE_PAGE = re.compile(r"^/disputes/(\d+)/")


def _label(contract) -> str:
    return f"Contract #{contract.pk}: {' '.join(contract.title.split())}"[:250]


def name_the_contract(apps, schema_editor):
    Notice = apps.get_model("notifications", "Notice")
    Contract = apps.get_model("contracts", "Contract")
    Dispute = apps.get_model("disputes", "Dispute")
    for notice in Notice.objects.filter(about="").exclude(url="").iterator():
        contract = _contract_linked(notice.url, Contract, Dispute)
        if contract is not None:
            notice.about = _label(contract)
            notice.save(update_fields=["about"])


def _contract_linked(url, Contract, Dispute):
    if match := CONTRACT_PAGE.match(url):
        return Contract.objects.filter(pk=int(match.group(1))).first()
    if match := DISPUTE_PAGE.match(url):
        dispute = Dispute.objects.filter(pk=int(match.group(1))).select_related("contract").first()
        return dispute.contract if dispute is not None else None
    return None


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0003_notice_names_what_it_is_about"),
        ("contracts", "0011_partial_release"),
        ("disputes", "0001_initial"),
    ]

    operations = [migrations.RunPython(name_the_contract, migrations.RunPython.noop)]
