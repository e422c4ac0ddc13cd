"""The sign-in backend: Django's, with the profile the page header shows read in the same query."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend

from directcontracts.accounts.models import User

PATH = "directcontracts.accounts.backends.AccountBackend"


class AccountBackend(ModelBackend):
    def get_user(self, user_id: Any) -> User | None:
        # Every signed-in page names the person (`display_name` reads the freelancer
        # profile); joining it here saves a query per request.
        # get(), not first(): one row by key needs no ORDER BY (which costs Django a
        # reference per selected column).
        try:
            user = User.objects.select_related("freelancer_profile").get(pk=user_id)
        except (User.DoesNotExist, ValueError, TypeError):
            return None
        return user if self.user_can_authenticate(user) else None
