"""Background work of accounts: building a person's data export, and deleting old ones."""

from __future__ import annotations

from django_tasks import task


@task()
def build_data_export_task(export_id: int) -> str:
    from directcontracts.accounts.data_export import build_data_export

    return build_data_export(export_id)


@task()
def purge_data_exports_task() -> int:
    from directcontracts.accounts.data_export import purge_expired_exports

    return purge_expired_exports()
