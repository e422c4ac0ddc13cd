"""Signing in through the browser as people do: password, then (staff) the two-factor code."""

from __future__ import annotations

import re

from tests.accounts.factories import DEFAULT_PASSWORD
from tests.accounts.helpers import current_code, give_totp


def sign_in(page, email: str, password: str = DEFAULT_PASSWORD) -> None:
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name=re.compile("Welcome")).wait_for()


def sign_in_staff(page, user, password: str = DEFAULT_PASSWORD) -> None:
    """Staff must use two-factor sign-in: turn it on for `user`, then type a current code."""
    _password_then_code(page, user, password)
    page.get_by_role("heading", name=re.compile("Welcome")).wait_for()


def sign_in_staff_at_any_width(page, user, password: str = DEFAULT_PASSWORD) -> None:
    """`sign_in_staff` that waits for the header's "Sign out" to be attached, not visible:
    on a phone the header's links are folded under "Menu"."""
    _password_then_code(page, user, password)
    page.get_by_role("button", name="Sign out", include_hidden=True).wait_for(state="attached")


def _password_then_code(page, user, password: str) -> None:
    give_totp(user)
    page.goto("/accounts/sign-in/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code from your authenticator app").fill(current_code(user))
    page.get_by_role("button", name="Verify and sign in").click()
