from django.urls import path

from directcontracts.trust import views

app_name = "trust"

urlpatterns = [
    path("trust/", views.queue, name="queue"),
    path("trust/flag/", views.flag_page, name="flag"),
    path("trust/my-flags/", views.my_flags, name="my_flags"),
    path("trust/my-flags/<str:reference>/", views.flag_received, name="flag_received"),
    path("trust/appeals/<str:reference>/", views.appeal_page, name="appeal"),
    path("trust/cases/<str:reference>/", views.case_detail, name="case"),
    path("trust/cases/<str:reference>/<str:action>/", views.case_action, name="case_action"),
]
