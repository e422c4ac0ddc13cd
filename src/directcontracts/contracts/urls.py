from django.urls import path

from directcontracts.contracts import statements, views

app_name = "contracts"

urlpatterns = [
    path("contracts/", views.contract_list, name="list"),
    path("contracts/new/", views.contract_create, name="create"),
    path("contracts/<int:contract_id>/", views.contract_detail, name="detail"),
    path("contracts/<int:contract_id>/edit/", views.contract_edit, name="edit"),
    path("contracts/<int:contract_id>/send/", views.contract_send, name="send"),
    path("contracts/<int:contract_id>/resend/", views.contract_resend, name="resend"),
    path("contracts/<int:contract_id>/revoke/", views.contract_revoke, name="revoke"),
    path("contracts/<int:contract_id>/cancel/", views.contract_cancel, name="cancel"),
    path("contracts/<int:contract_id>/messages/", views.contract_message, name="message"),
    path(
        "contracts/<int:contract_id>/statement.pdf", statements.statement_pdf, name="statement_pdf"
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/receipt.pdf",
        statements.milestone_receipt_pdf,
        name="milestone_receipt_pdf",
    ),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("invitations/<str:token>/code/", views.invitation_send_code, name="invitation_send_code"),
    path("invitations/<str:token>/verify/", views.invitation_verify, name="invitation_verify"),
    path("invitations/<str:token>/accept/", views.invitation_accept, name="invitation_accept"),
    path("invitations/<str:token>/decline/", views.invitation_decline, name="invitation_decline"),
]
