from django.urls import path

from directcontracts.contracts import money_views, statements, views

app_name = "contracts"

urlpatterns = [
    path("contracts/", views.contract_list, name="list"),
    path("billing/", money_views.billing_page, name="billing"),
    path(
        "billing/methods/<int:method_id>/remove/",
        money_views.billing_method_remove,
        name="billing_method_remove",
    ),
    path("contracts/new/", views.contract_create, name="create"),
    path("contracts/<int:contract_id>/", views.contract_detail, name="detail"),
    path("contracts/<int:contract_id>/edit/", views.contract_edit, name="edit"),
    path("contracts/<int:contract_id>/send/", views.contract_send, name="send"),
    path("contracts/<int:contract_id>/resend/", views.contract_resend, name="resend"),
    path("contracts/<int:contract_id>/revoke/", views.contract_revoke, name="revoke"),
    path("contracts/<int:contract_id>/cancel/", views.contract_cancel, name="cancel"),
    path("contracts/<int:contract_id>/messages/", views.contract_message, name="message"),
    path("contracts/<int:contract_id>/thread/", views.contract_thread, name="thread"),
    path("contracts/<int:contract_id>/activity/", views.contract_activity, name="activity"),
    path(
        "contracts/<int:contract_id>/statement.pdf", statements.statement_pdf, name="statement_pdf"
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/receipt.pdf",
        statements.milestone_receipt_pdf,
        name="milestone_receipt_pdf",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/fund/",
        money_views.milestone_fund,
        name="fund",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/fund/methods/<int:method_id>/remove/",
        money_views.payment_method_remove,
        name="payment_method_remove",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/submit/",
        money_views.milestone_submit,
        name="submit",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/approve/",
        money_views.milestone_approve,
        name="approve",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/request-changes/",
        money_views.milestone_request_changes,
        name="request_changes",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/extend/",
        money_views.milestone_extend,
        name="extend",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/refund/",
        money_views.milestone_refund,
        name="refund",
    ),
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/refund-request/",
        money_views.refund_request_create,
        name="refund_request",
    ),
    path(
        "refund-requests/<int:request_id>/<str:answer>/",
        money_views.refund_request_answer,
        name="refund_request_answer",
    ),
    path("contracts/<int:contract_id>/proposals/", money_views.proposal_create, name="propose"),
    path(
        "proposals/<int:proposal_id>/<str:answer>/",
        money_views.proposal_answer,
        name="proposal_answer",
    ),
    path("contracts/<int:contract_id>/end/", money_views.contract_end, name="end"),
    path("contracts/<int:contract_id>/feedback/", money_views.contract_feedback, name="feedback"),
    path("files/<int:file_id>/preview/", money_views.file_preview, name="file_preview"),
    path("files/<int:file_id>/download/", money_views.file_download, name="file_download"),
    path("message-files/<int:attachment_id>/", money_views.message_file, name="message_file"),
    path("earnings/", money_views.earnings_page, name="earnings"),
    path("earnings/payout-methods/", money_views.payout_method_add, name="payout_method_add"),
    path("earnings/payouts/", money_views.payout_request, name="payout_request"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("invitations/<str:token>/code/", views.invitation_send_code, name="invitation_send_code"),
    path("invitations/<str:token>/verify/", views.invitation_verify, name="invitation_verify"),
    path("invitations/<str:token>/accept/", views.invitation_accept, name="invitation_accept"),
    path("invitations/<str:token>/decline/", views.invitation_decline, name="invitation_decline"),
    path("invitations/<str:token>/explain/", views.invitation_explain, name="invitation_explain"),
]
