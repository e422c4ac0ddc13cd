from django.urls import path

from directcontracts.trust import views

app_name = "trust"

urlpatterns = [
    path("trust/", views.queue, name="queue"),
    path("trust/cases/<str:reference>/", views.case_detail, name="case"),
    path("trust/cases/<str:reference>/<str:action>/", views.case_action, name="case_action"),
]
