"""Shared by the Help Center tests (and the pagination tests): anonymous voters."""

from __future__ import annotations

from directcontracts.helpcenter.services import Voter


def visitor(n: int, address: str = "198.51.100.7") -> Voter:
    return Voter(key=f"visitor:{n:064d}", address=address)
