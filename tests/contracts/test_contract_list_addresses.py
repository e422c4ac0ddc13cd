"""The contract list's row links are made from one reversed address, and are what
`reverse` gives for each contract."""

from __future__ import annotations

import pytest
from django.urls import reverse, set_script_prefix

from directcontracts.contracts.templatetags.table_rows import contract_address_maker

IDS = [1, 7, 10, 70, 707, 7_070_707_071, 123_456_789_012]


@pytest.mark.parametrize("prefix", ["/", "/under/", "/70/"])
def test_each_rows_address_is_the_reversed_contract_page(prefix: str) -> None:
    set_script_prefix(prefix)
    try:
        address = contract_address_maker()
        for pk in IDS:
            assert address(pk) == reverse("contracts:detail", args=[pk])
    finally:
        set_script_prefix("/")
