"""The back office's admin site.

- It has no sign-in of its own: `/admin/login/` sends people to the site's sign-in, which
  applies the sign-in limits and two-factor sign-in (staff must have it on; see
  accounts/middleware.py). Password changes and sign-out go through the site's pages too.
- Every admin form refuses control characters.
- A list's search reads at most ADMIN_SEARCH_MAX_TERMS words of at most
  ADMIN_SEARCH_MAX_CHARS characters: Django ORs every search field for each word and ANDs
  the words, so a search of 2,000 words was one enormous query (on SQLite a 500, "Expression
  tree is too large"). A longer search is cut and the list says so.
- A row's history asks for the permission before it looks the row up: Django's own history
  page sent a staff member who may not read the model back to the list for an id that does not
  exist and refused one that does, so ids could be tried into existence.

`settings.INSTALLED_APPS` names `directcontracts.core.admin_apps.AdminConfig` instead of
`django.contrib.admin`, so `admin.site` (and `@admin.register`) is this site.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import smart_split

from directcontracts.core.own_matter import party_refusal, refusal_page
from directcontracts.core.validation import guard_form_field


class TextGuardAdminMixin:
    """Admin forms' text fields refuse control characters."""

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]
        if field is not None:
            guard_form_field(field)
        return field


ADMIN_SEARCH_MAX_CHARS = 200
ADMIN_SEARCH_MAX_TERMS = 10


def bounded_search(search_term: str) -> str:
    """The words an admin search runs: the first ADMIN_SEARCH_MAX_TERMS of its first
    ADMIN_SEARCH_MAX_CHARS characters (a quoted phrase is one word, as Django reads it)."""
    words: list[str] = []
    for word in smart_split(search_term[:ADMIN_SEARCH_MAX_CHARS]):
        if len(words) == ADMIN_SEARCH_MAX_TERMS:
            break
        words.append(word)
    return " ".join(words)


class BoundedSearchAdminMixin:
    """A list's search (and the autocomplete behind it) runs a bounded number of words."""

    def get_search_results(
        self, request: HttpRequest, queryset: Any, search_term: str
    ) -> tuple[Any, bool]:
        bounded = bounded_search(search_term)
        if bounded != " ".join(smart_split(search_term)):
            messages.warning(
                request,
                f"Only the first {ADMIN_SEARCH_MAX_TERMS} words (and {ADMIN_SEARCH_MAX_CHARS} "
                f"characters) of a search are used: searched for {bounded!r}.",
            )
        return super().get_search_results(request, queryset, bounded)  # type: ignore[misc]


class PermissionBeforeLookupAdminMixin:
    """A row's history is refused alike for a row that exists and one that doesn't, to
    whoever may neither view nor change the model (change and delete already check first)."""

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: Any = None
    ) -> HttpResponse:
        if not self.has_view_or_change_permission(request):  # type: ignore[attr-defined]
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)  # type: ignore[misc]


_M = TypeVar("_M", bound=Model)


class ReadOnlyMixin:
    """Rows staff read and never add, change or delete here: audit trails, the ledger, what
    a service or a run decided, people's own choices. They change only through services.
    A mixin for admin classes that have another base (Django's own GroupAdmin)."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class OwnMattersAdminMixin:
    """The back office's side of "staff never handle a matter about themselves"
    (core/own_matter.py): a row about the member (one of `party_lookups`, each a path to a
    person's id, is theirs; or `rows_about`, where a lookup cannot say it) is left out of
    their lists, and its page and history answer the same 403 page as the consoles.
    `is_about` may say more than the lookups can (a case's contract)."""

    party_lookups: tuple[str, ...] = ()
    party_what = "this record"

    def rows_about(self, user: Any) -> Q | None:
        """The rows about `user`, as one WHERE; None when no row can be."""
        if not self.party_lookups:
            return None
        theirs = Q(pk__in=[])
        for lookup in self.party_lookups:
            theirs |= Q(**{lookup: user.pk})
        return theirs

    def _rows_about_once(self, request: HttpRequest) -> Q | None:
        # A page asks for its queryset more than once (the list, its filters, its counts):
        # the rows about the member are worked out once per request.
        known: dict[int, Q | None] = request.__dict__.setdefault("_own_matters", {})
        if id(self) not in known:
            known[id(self)] = self.rows_about(request.user)
        return known[id(self)]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        rows = super().get_queryset(request)  # type: ignore[misc]
        if request.user.pk is None:
            return rows
        theirs = self._rows_about_once(request)
        return rows if theirs is None else rows.exclude(theirs)

    def is_about(self, row: Any, user: Any) -> bool:
        model = self.model  # type: ignore[attr-defined]
        theirs = self.rows_about(user)
        return bool(
            theirs is not None and model._default_manager.filter(pk=row.pk).filter(theirs).exists()
        )

    def _refused(self, request: HttpRequest, object_id: str) -> HttpResponse | None:
        model = self.model  # type: ignore[attr-defined]
        try:
            row = model._default_manager.filter(pk=unquote(object_id)).first()
        except (ValueError, ValidationError):
            return None  # Django's own answer for an id that is not one
        if row is None or request.user.pk is None or not self.is_about(row, request.user):
            return None
        return refusal_page(request, party_refusal(self.party_what, "staff"))

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        refused = self._refused(request, object_id)
        if refused is not None:
            return refused
        return super().change_view(request, object_id, form_url, extra_context)  # type: ignore[misc]

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: Any = None
    ) -> HttpResponse:
        refused = self._refused(request, object_id)
        if refused is not None:
            return refused
        return super().history_view(request, object_id, extra_context)  # type: ignore[misc]


class ReadOnlyAdmin(ReadOnlyMixin, admin.ModelAdmin[_M]):
    """A model admin of rows staff only read (`ReadOnlyMixin`)."""


def guarded(admin_class: type) -> type:
    """The admin class (and its inlines) with the text guard and the bounded search mixed
    in."""
    if issubclass(admin_class, TextGuardAdminMixin):
        return admin_class
    inlines = [guarded(inline) for inline in getattr(admin_class, "inlines", [])]
    first: tuple[type, ...] = (TextGuardAdminMixin, BoundedSearchAdminMixin)
    if issubclass(admin_class, admin.ModelAdmin):
        first += (PermissionBeforeLookupAdminMixin,)
    return type(
        admin_class.__name__,
        (*first, admin_class),
        {"inlines": inlines, "__module__": admin_class.__module__},
    )


class DirectContractsAdminSite(admin.AdminSite):
    site_header = "Direct Contracts back office"
    site_title = "Direct Contracts back office"
    index_title = "Back office"

    def register(
        self,
        model_or_iterable: type[Model] | Iterable[type[Model]],
        admin_class: type | None = None,
        **options: Any,
    ) -> None:
        super().register(model_or_iterable, guarded(admin_class or admin.ModelAdmin), **options)

    def login(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        if request.user.is_authenticated:
            # Signed in, yet sent here: not staff (or not active). No second way in.
            raise PermissionDenied("The back office is for staff.")
        next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("admin:index", current_app=self.name)
        return redirect_to_login(next_url, settings.LOGIN_URL)

    def logout(  # type: ignore[override]  # a redirect, not Django's page
        self, request: HttpRequest, extra_context: Any = None
    ) -> HttpResponse:
        # 307 keeps the POST (and its CSRF token): the site's sign-out ends the session and
        # removes it from the person's session list.
        response = HttpResponseRedirect(reverse("accounts:sign_out"))
        response.status_code = 307
        return response

    def password_change(  # type: ignore[override]  # a redirect, not Django's page
        self, request: HttpRequest, extra_context: Any = None
    ) -> HttpResponse:
        # The settings page changes passwords through the service (checks, audit, token revocation).
        return HttpResponseRedirect(reverse("accounts:settings") + "#password")

    def password_change_done(  # type: ignore[override]  # a redirect, not Django's page
        self, request: HttpRequest, extra_context: Any = None
    ) -> HttpResponse:
        return HttpResponseRedirect(reverse("accounts:settings"))
