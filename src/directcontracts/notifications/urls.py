from django.urls import path

from directcontracts.notifications import views

app_name = "notifications"

urlpatterns = [
    path("notifications/", views.notice_list, name="list"),
    path("notifications/<int:notice_id>/read/", views.mark_read, name="mark_read"),
    path("notifications/read-all/", views.mark_all_read, name="mark_all_read"),
    path("email/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("settings/webhooks/", views.endpoint_list, name="webhooks"),
    path("settings/webhooks/<int:endpoint_id>/", views.endpoint_detail, name="endpoint_detail"),
    path(
        "settings/webhooks/<int:endpoint_id>/active/",
        views.endpoint_set_active,
        name="endpoint_set_active",
    ),
    path(
        "settings/webhooks/<int:endpoint_id>/delete/", views.endpoint_delete, name="endpoint_delete"
    ),
    path(
        "settings/webhooks/deliveries/<int:delivery_id>/",
        views.delivery_detail,
        name="delivery_detail",
    ),
    path(
        "settings/webhooks/deliveries/<int:delivery_id>/redeliver/",
        views.delivery_redeliver,
        name="delivery_redeliver",
    ),
]
