from django.urls import path

from directcontracts.support import views

app_name = "support"

urlpatterns = [
    path("support/new/", views.new_request, name="new"),
    path("support/confirm/<str:token>/", views.confirm, name="confirm"),
    path("support/requests/", views.my_requests, name="my_requests"),
    path("support/requests/<str:reference>/", views.request_detail, name="request_detail"),
    path("support/requests/<str:reference>/reply/", views.request_reply, name="request_reply"),
    path("support/requests/<str:reference>/reopen/", views.request_reopen, name="request_reopen"),
    path(
        "support/requests/<str:reference>/resolve/", views.request_resolve, name="request_resolve"
    ),
    path("support/requests/<str:reference>/rating/", views.request_rate, name="request_rate"),
    path("support/files/<int:attachment_id>/", views.attachment_download, name="attachment"),
    path("support/staff/", views.queue, name="queue"),
    path("support/staff/bulk/", views.staff_bulk, name="staff_bulk"),
    path("support/staff/figures/", views.team_figures, name="team_figures"),
    path("support/staff/tickets/<str:reference>/", views.staff_ticket, name="staff_ticket"),
    path("support/staff/tickets/<str:reference>/reply/", views.staff_reply, name="staff_reply"),
    path("support/staff/tickets/<str:reference>/note/", views.staff_note, name="staff_note"),
    path("support/staff/tickets/<str:reference>/assign/", views.staff_assign, name="staff_assign"),
    path("support/staff/tickets/<str:reference>/status/", views.staff_status, name="staff_status"),
    path(
        "support/staff/tickets/<str:reference>/priority/",
        views.staff_priority,
        name="staff_priority",
    ),
    path(
        "support/staff/tickets/<str:reference>/escalate/",
        views.staff_escalate,
        name="staff_escalate",
    ),
]
