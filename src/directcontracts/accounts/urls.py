from django.urls import path

from directcontracts.accounts import views

app_name = "accounts"

urlpatterns = [
    path("accounts/sign-up/", views.sign_up, name="sign_up"),
    path("accounts/check-email/", views.check_email, name="check_email"),
    path("accounts/verify/<str:uidb64>/<str:token>/", views.verify_email, name="verify_email"),
    path("accounts/verify/resend/", views.resend_verification, name="resend_verification"),
    path("accounts/sign-in/", views.sign_in, name="sign_in"),
    path("accounts/sign-in/code/", views.sign_in_code, name="sign_in_code"),
    path("accounts/sign-out/", views.sign_out, name="sign_out"),
    path("accounts/password/forgot/", views.forgot_password, name="forgot_password"),
    path(
        "accounts/password/reset/<str:uidb64>/<str:token>/",
        views.reset_password,
        name="reset_password",
    ),
    path("settings/", views.account_settings, name="settings"),
    path(
        "settings/freelancer-profile/",
        views.save_freelancer_profile,
        name="save_freelancer_profile",
    ),
    path("settings/client-profile/", views.save_client_profile, name="save_client_profile"),
    path("settings/roles/", views.turn_on_role, name="turn_on_role"),
    path("settings/password/", views.change_password, name="change_password"),
    path("settings/email/", views.save_email_preferences, name="save_email_preferences"),
    path("settings/sessions/<int:session_id>/end/", views.end_session, name="end_session"),
    path("settings/sessions/end-others/", views.end_other_sessions, name="end_other_sessions"),
    path("settings/tokens/", views.create_api_token, name="create_api_token"),
    path("settings/tokens/<int:token_id>/revoke/", views.revoke_api_token, name="revoke_api_token"),
    path("settings/data-export/", views.request_data_export, name="request_data_export"),
    path(
        "settings/data-export/download/<str:token>/",
        views.download_data_export,
        name="download_data_export",
    ),
    path("settings/close-account/", views.close_account, name="close_account"),
    path("accounts/closed/", views.account_closed, name="account_closed"),
    path("settings/two-factor/", views.totp_setup, name="totp_setup"),
    path("settings/two-factor/start/", views.totp_start, name="totp_start"),
    path("settings/two-factor/disable/", views.totp_disable, name="totp_disable"),
]
