"""Web pages for people: thin views that parse a form, call one service, render."""

from __future__ import annotations

import base64
import io
from typing import Any
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from directcontracts.accounts import (
    backends,
    closure,
    data_export,
    known_devices,
    selectors,
    services,
)
from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.forms import (
    ApiTokenForm,
    ChangePasswordForm,
    ClientProfileForm,
    CloseAccountForm,
    EmailForm,
    EmailPreferencesForm,
    FreelancerProfileForm,
    SecondFactorForm,
    SetPasswordForm,
    SignInForm,
    SignUpForm,
    TotpSetupForm,
    TurnOnRoleForm,
)
from directcontracts.accounts.models import User
from directcontracts.accounts.sessions import mark_two_factor_passed, start_session
from directcontracts.core import clock
from directcontracts.core.errors import CoreErrorCode, DomainError, RateLimited
from directcontracts.notifications import email_preferences
from directcontracts.notifications.conf import digest_hour_words
from directcontracts.notifications.selectors import email_choices_of

PENDING_2FA_KEY = "pending_second_factor"
PENDING_2FA_SECONDS = 300


def client_ip(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - guaranteed by @login_required
    return user


def _render_refusal(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    error: DomainError,
    *,
    form: Form | None = None,
    fields: dict[str, str] | None = None,
) -> HttpResponse:
    """The page again with the refusal: at the field it concerns when `fields` maps its code
    to one of `form`'s fields (like the form's own errors), else as a message at the top."""
    field = (fields or {}).get(error.code)
    if form is not None and field is not None:
        form.add_error(field, ValidationError(error.message, code=error.code))
    else:
        context = {**context, "error": error}
    response = render(request, template, context, status=error.status)
    if isinstance(error, RateLimited):
        response["Retry-After"] = str(error.retry_after)
    return response


# --- Sign-up and verification --------------------------------------------------------


@require_http_methods(["GET", "POST"])
def sign_up(request: HttpRequest) -> HttpResponse:
    form = SignUpForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "accounts/sign_up.html", {"form": form}, status=400)
        try:
            services.sign_up(**form.cleaned_data, ip_address=client_ip(request))
        except DomainError as error:
            return _render_refusal(
                request,
                "accounts/sign_up.html",
                {"form": form},
                error,
                form=form,
                fields={AccountErrorCode.WEAK_PASSWORD: "password"},
            )
        request.session["signed_up_email"] = form.cleaned_data["email"]
        return redirect("accounts:check_email")
    return render(request, "accounts/sign_up.html", {"form": form})


def check_email(request: HttpRequest) -> HttpResponse:
    return render(
        request, "accounts/check_email.html", {"email": request.session.get("signed_up_email", "")}
    )


@require_http_methods(["GET", "POST"])
def verify_email(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """GET shows a button (mail scanners open links; opening changes nothing); POST confirms."""
    link_problem = {"resend_url": reverse("accounts:resend_verification")}
    try:
        if request.method == "GET":
            services.check_verification_link(uidb64=uidb64, token=token)
            return render(request, "accounts/verify_email.html")
        services.verify_email(uidb64=uidb64, token=token)
    except DomainError as error:
        if error.code == AccountErrorCode.LINK_USED:
            # A used link means the address is confirmed: say so and offer sign-in, not a
            # new link the person does not need.
            return render(request, "accounts/already_confirmed.html", status=error.status)
        return _render_refusal(request, "accounts/link_problem.html", link_problem, error)
    messages.success(request, "Your email address is confirmed. You can sign in now.")
    return redirect("accounts:sign_in")


@require_http_methods(["GET", "POST"])
def resend_verification(request: HttpRequest) -> HttpResponse:
    form = EmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.resend_verification(
                email=form.cleaned_data["email"], ip_address=client_ip(request)
            )
        except DomainError as error:
            return _render_refusal(
                request, "accounts/resend_verification.html", {"form": form}, error
            )
        request.session["signed_up_email"] = form.cleaned_data["email"]
        return redirect("accounts:check_email")
    return render(
        request,
        "accounts/resend_verification.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


# --- Sign-in and sign-out -------------------------------------------------------------


def _finish_sign_in(
    request: HttpRequest, user: User, *, second_factor_passed: bool = False
) -> HttpResponse:
    start_session(request, user, second_factor_passed=second_factor_passed)
    next_url = services.safe_next_url(request.GET.get("next", ""))
    response = redirect(next_url) if next_url else redirect("home")
    known_devices.remember(response, user)
    return response


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "accounts/sign_in.html", {"form": form}, status=400)
        try:
            result = services.check_credentials(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                ip_address=client_ip(request),
                known_device=request.COOKIES.get(known_devices.COOKIE),
            )
        except services.AccountStopped as stopped:
            return render(
                request,
                "accounts/sign_in_stopped.html",
                {"stop": stopped.stop, "message": stopped.message},
                status=stopped.status,
            )
        except DomainError as error:
            return _render_refusal(request, "accounts/sign_in.html", {"form": form}, error)
        if result.needs_second_factor:
            request.session[PENDING_2FA_KEY] = {
                "user_id": result.user.pk,
                "at": clock.now().timestamp(),
            }
            return redirect(reverse("accounts:sign_in_code") + _next_query(request))
        return _finish_sign_in(request, result.user)
    return render(request, "accounts/sign_in.html", {"form": form})


def _next_query(request: HttpRequest) -> str:
    next_url = services.safe_next_url(request.GET.get("next", ""))
    return "?" + urlencode({"next": next_url}) if next_url else ""


@require_http_methods(["GET", "POST"])
def sign_in_code(request: HttpRequest) -> HttpResponse:
    pending = request.session.get(PENDING_2FA_KEY)
    if not pending or clock.now().timestamp() - pending["at"] > PENDING_2FA_SECONDS:
        request.session.pop(PENDING_2FA_KEY, None)
        messages.error(request, "Your sign-in took too long. Enter your email and password again.")
        return redirect("accounts:sign_in")
    user = User.objects.get(pk=pending["user_id"])
    form = SecondFactorForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "accounts/sign_in_code.html", {"form": form}, status=400)
        try:
            services.verify_second_factor(
                user=user, code=form.cleaned_data["code"], ip_address=client_ip(request)
            )
        except DomainError as error:
            return _render_refusal(
                request,
                "accounts/sign_in_code.html",
                {"form": form},
                error,
                form=form,
                fields={AccountErrorCode.TOTP_INVALID: "code"},
            )
        request.session.pop(PENDING_2FA_KEY, None)
        return _finish_sign_in(request, user, second_factor_passed=True)
    return render(request, "accounts/sign_in_code.html", {"form": form})


@require_http_methods(["GET", "POST"])
def sign_out(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        # The address typed or bookmarked: ask (signing out on a GET would let any page
        # sign people out), and a signed-out visitor is told so, with the way back in.
        return render(request, "accounts/sign_out.html")
    if request.user.is_authenticated:
        services.record_sign_out(
            user=_user(request),
            session_key=request.session.session_key,
            ip_address=client_ip(request),
        )
    logout(request)
    messages.info(request, "You are signed out.")
    return redirect("home")


# --- Passwords ------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def forgot_password(request: HttpRequest) -> HttpResponse:
    form = EmailForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "accounts/forgot_password.html", {"form": form}, status=400)
        try:
            services.request_password_reset(
                email=form.cleaned_data["email"], ip_address=client_ip(request)
            )
        except DomainError as error:
            return _render_refusal(request, "accounts/forgot_password.html", {"form": form}, error)
        return render(
            request, "accounts/forgot_password_sent.html", {"email": form.cleaned_data["email"]}
        )
    return render(request, "accounts/forgot_password.html", {"form": form})


@require_http_methods(["GET", "POST"])
def reset_password(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    link_problem = {"resend_url": reverse("accounts:forgot_password")}
    try:
        services.check_password_reset_link(uidb64=uidb64, token=token)
    except DomainError as error:
        return _render_refusal(request, "accounts/link_problem.html", link_problem, error)
    form = SetPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reset_password(
                uidb64=uidb64, token=token, new_password=form.cleaned_data["new_password"]
            )
        except DomainError as error:
            return _render_refusal(
                request,
                "accounts/reset_password.html",
                {"form": form},
                error,
                form=form,
                fields={AccountErrorCode.WEAK_PASSWORD: "new_password"},
            )
        messages.success(request, "Your password is changed. Sign in with the new one.")
        return redirect("accounts:sign_in")
    return render(
        request, "accounts/reset_password.html", {"form": form}, status=400 if form.errors else 200
    )


# --- Settings: profile, password, sessions, tokens, two-factor -----------------------


def _settings_context(request: HttpRequest, **extra: object) -> dict[str, Any]:
    user = _user(request)
    freelancer_profile = getattr(user, "freelancer_profile", None)
    client_profile = getattr(user, "client_profile", None)
    export = data_export.current_export(user)
    # A profile not made yet starts from the name given at sign-up and the country of the
    # person's other profile (only suggestions: nothing is saved until the person saves it).
    return {
        "freelancer_form": FreelancerProfileForm(
            instance=freelancer_profile,
            initial=None
            if freelancer_profile
            else {
                "display_name": user.full_name,
                "country": client_profile.country if client_profile else None,
            },
        ),
        "client_form": ClientProfileForm(
            instance=client_profile,
            initial=None
            if client_profile
            else {
                "name": user.full_name,
                "country": freelancer_profile.country if freelancer_profile else None,
            },
        ),
        "password_form": ChangePasswordForm(),
        "token_form": ApiTokenForm(),
        "sessions": selectors.sessions_of(user),
        "current_session_key": request.session.session_key,
        "tokens": selectors.api_tokens_of(user),
        "totp_on": services.has_totp(user),
        "email_choices": email_choices_of(user),
        "digest_hour": digest_hour_words(),
        "email_saved": request.GET.get("saved") == "email",
        # The person's own roles' profiles first (freelancer first when both are on), then
        # each role they do not have, offered as an explicit choice.
        "own_roles": [role for role in services.ROLES if getattr(user, f"is_{role}")],
        # Staff take no role (services.turn_on_role refuses them): nothing is offered.
        "other_roles": []
        if user.is_staff
        else [role for role in services.ROLES if not getattr(user, f"is_{role}")],
        "data_export": export,
        "data_export_token": data_export.make_token(export) if export else "",
        "DATA_EXPORT_DAYS": settings.DATA_EXPORT_DAYS,
        "close_blockers": [] if user.is_staff else closure.what_stops_closing(user),
        "close_ends": [] if user.is_staff else closure.what_closing_ends(user),
        "close_form": CloseAccountForm(),
        **extra,
    }


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/settings.html", _settings_context(request))


@login_required
@require_POST
def save_freelancer_profile(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = FreelancerProfileForm(request.POST, instance=getattr(user, "freelancer_profile", None))
    if not form.is_valid():
        return render(
            request,
            "accounts/settings.html",
            _settings_context(request, freelancer_form=form),
            status=400,
        )
    try:
        services.save_freelancer_profile(user=user, **form.cleaned_data)
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    messages.success(request, "Your freelancer profile is saved.")
    return redirect("accounts:settings")


@login_required
@require_POST
def save_client_profile(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = ClientProfileForm(request.POST, instance=getattr(user, "client_profile", None))
    if not form.is_valid():
        return render(
            request,
            "accounts/settings.html",
            _settings_context(request, client_form=form),
            status=400,
        )
    try:
        services.save_client_profile(user=user, **form.cleaned_data)
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    messages.success(request, "Your client profile is saved.")
    return redirect("accounts:settings")


@login_required
@require_POST
def save_email_preferences(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = EmailPreferencesForm(request.POST, user=user)
    if not form.is_valid():
        error = DomainError(
            CoreErrorCode.VALIDATION_ERROR,
            "That choice of emails could not be read. Reload the page and try again.",
        )
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    try:
        email_preferences.set_email_frequencies(user=user, choices=form.choices())
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    # Said in the section itself: the page opens there, far below the site's message area.
    return redirect(reverse("accounts:settings") + "?saved=email#email")


ROLE_TURNED_ON = {
    "freelancer": "Freelancer work is on: you can now create Direct Contracts, invite your "
    "clients and be paid through Earnings. Fill in your freelancer profile below so clients see "
    "who they work with.",
    "client": "Hiring is on: freelancers can now send you Direct Contracts to accept and fund, "
    "and Billing shows what you paid. Fill in your client profile below.",
}
ROLE_ALREADY_ON = {
    "freelancer": "Freelancer work was already on for your account.",
    "client": "Hiring was already on for your account.",
}


@login_required
@require_POST
def turn_on_role(request: HttpRequest) -> HttpResponse:
    form = TurnOnRoleForm(request.POST)
    role = form.cleaned_data["role"] if form.is_valid() else ""
    try:
        changed = services.turn_on_role(user=_user(request), role=role)
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    messages.success(request, (ROLE_TURNED_ON if changed else ROLE_ALREADY_ON)[role])
    # To the top of the page, where the message says what changed; the new profile is below.
    return redirect("accounts:settings")


@login_required
@require_POST
def change_password(request: HttpRequest) -> HttpResponse:
    form = ChangePasswordForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "accounts/settings.html",
            _settings_context(request, password_form=form),
            status=400,
        )
    try:
        revoked = services.change_password(user=_user(request), **form.cleaned_data)
    except DomainError as error:
        return _render_refusal(
            request,
            "accounts/settings.html",
            _settings_context(request, password_form=form),
            error,
            form=form,
            fields={
                AccountErrorCode.WEAK_PASSWORD: "new_password",
                AccountErrorCode.INVALID_CREDENTIALS: "current_password",
            },
        )
    # Keep this session (Django ends the others: their password hash no longer matches).
    login(request, _user(request), backend=backends.PATH)
    tokens = (
        f" Your {revoked} API token{'s were' if revoked != 1 else ' was'} revoked."
        if revoked
        else ""
    )
    messages.success(request, f"Your password is changed; other sessions are signed out.{tokens}")
    return redirect("accounts:settings")


@login_required
@require_POST
def end_session(request: HttpRequest, session_id: int) -> HttpResponse:
    try:
        services.end_session(user=_user(request), session_id=session_id)
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    messages.success(request, "That session is signed out.")
    return redirect("accounts:settings")


@login_required
@require_POST
def end_other_sessions(request: HttpRequest) -> HttpResponse:
    ended = services.end_other_sessions(
        user=_user(request), keep_session_key=request.session.session_key
    )
    messages.success(request, f"Signed out of {ended} other session{'s' if ended != 1 else ''}.")
    return redirect("accounts:settings")


@login_required
@require_POST
def create_api_token(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "accounts/settings.html",
            _settings_context(request, token_form=form),
            status=400,
        )
    token, secret = services.create_api_token(
        user=_user(request),
        name=form.cleaned_data["name"],
        expires_in_days=form.cleaned_data["expires_in_days"],
    )
    response = render(
        request,
        "accounts/settings.html",
        _settings_context(request, new_token=token, new_secret=secret),
    )
    # The secret is on this page once (only its hash is kept): no copy in any cache.
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def revoke_api_token(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        services.revoke_api_token(user=_user(request), token_id=token_id)
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    messages.success(request, "The token is revoked; requests that use it are refused from now on.")
    return redirect("accounts:settings")


def _qr_data_uri(uri: str) -> str:
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _totp_setup_page(
    request: HttpRequest, form: TotpSetupForm | None = None, status: int = 200, **extra: Any
) -> HttpResponse:
    device = services.pending_totp_device(user=_user(request))
    context: dict[str, Any] = {"device": device, "form": form or TotpSetupForm(), **extra}
    if device is not None:
        context.update(secret=device.secret, qr=_qr_data_uri(services.totp_uri(device)))
    return render(request, "accounts/totp_setup.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def totp_setup(request: HttpRequest) -> HttpResponse:
    """GET shows the set-up (it changes nothing); POST confirms it with the first code."""
    user = _user(request)
    if services.has_totp(user):
        messages.info(request, "Two-factor sign-in is already on.")
        return redirect("accounts:settings")
    if request.method == "GET":
        return _totp_setup_page(request)
    form = TotpSetupForm(request.POST)
    if not form.is_valid():
        return _totp_setup_page(request, form, status=400)
    try:
        codes = services.confirm_totp(user=user, code=form.cleaned_data["code"])
    except DomainError as error:
        return _totp_setup_page(request, form, status=error.status, error=error)
    # Showing the device the current code is a second factor for this session too.
    mark_two_factor_passed(request)
    return render(request, "accounts/recovery_codes.html", {"codes": codes})


@login_required
@require_POST
def totp_start(request: HttpRequest) -> HttpResponse:
    """Makes a new secret (replacing an unconfirmed one): a state change, so POST only."""
    try:
        services.begin_totp_setup(user=_user(request))
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    return redirect("accounts:totp_setup")


@login_required
@require_POST
def totp_disable(request: HttpRequest) -> HttpResponse:
    form = SecondFactorForm(request.POST)
    if not form.is_valid():
        # The settings page's code box is not a bound form: the reason goes at the top.
        error = DomainError(CoreErrorCode.VALIDATION_ERROR, _disable_code_problem(form))
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    try:
        services.disable_totp(user=_user(request), code=form.cleaned_data["code"])
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    messages.success(request, "Two-factor sign-in is off.")
    return redirect("accounts:settings")


def _disable_code_problem(form: SecondFactorForm) -> str:
    if "code" not in form.data or not str(form.data.get("code", "")).strip():
        return "Enter a current code or a recovery code to turn off two-factor sign-in."
    return f"Code: {form.errors['code'][0]}"


# --- Your data and closing the account ------------------------------------------------


@login_required
@require_POST
def request_data_export(request: HttpRequest) -> HttpResponse:
    try:
        data_export.request_data_export(user=_user(request))
    except DomainError as error:
        return _render_refusal(request, "accounts/settings.html", _settings_context(request), error)
    messages.success(
        request,
        "We are preparing a copy of your data. It usually takes a few minutes; "
        "we email you a link when it is ready, and it shows here.",
    )
    return redirect(reverse("accounts:settings") + "#your-data")


@login_required
@require_GET
def download_data_export(request: HttpRequest, token: str) -> HttpResponseBase:
    try:
        export, path = data_export.export_for_download(user=_user(request), token=token)
    except DomainError as error:
        return render(
            request, "accounts/data_export_problem.html", {"error": error}, status=error.status
        )
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=data_export.download_name(export),
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def close_account(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = CloseAccountForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "accounts/settings.html",
            _settings_context(request, close_form=form),
            status=400,
        )
    try:
        closure.close_account(
            user=user,
            password=form.cleaned_data["password"],
            confirmed=form.cleaned_data["confirm"],
            ip_address=client_ip(request),
        )
    except DomainError as error:
        return _render_refusal(
            request,
            "accounts/settings.html",
            _settings_context(request, close_form=form),
            error,
            form=form,
            fields={
                AccountErrorCode.INVALID_CREDENTIALS: "password",
                AccountErrorCode.CLOSE_NOT_CONFIRMED: "confirm",
            },
        )
    logout(request)
    return redirect("accounts:account_closed")


@require_GET
def account_closed(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/account_closed.html")
