from django.urls import path

from directcontracts.disputes import views

app_name = "disputes"

urlpatterns = [
    path(
        "contracts/<int:contract_id>/milestones/<int:milestone_id>/dispute/",
        views.open_dispute,
        name="open",
    ),
    path("contracts/<int:contract_id>/dormant/", views.dormant, name="dormant"),
    path("disputes/", views.my_disputes, name="list"),
    path("disputes/<int:dispute_id>/", views.dispute_detail, name="detail"),
    path("disputes/<int:dispute_id>/statement/", views.add_statement, name="statement"),
    path("disputes/<int:dispute_id>/answer/<str:decision>/", views.answer, name="answer"),
    path("disputes/<int:dispute_id>/withdraw/", views.withdraw, name="withdraw"),
    path("disputes/<int:dispute_id>/mediate/", views.mediate, name="mediate"),
    path("disputes/<int:dispute_id>/propose/", views.propose, name="propose"),
    path("disputes/<int:dispute_id>/decide/", views.decide, name="decide"),
    path("disputes/<int:dispute_id>/notes/", views.add_note, name="note"),
    path("dispute-evidence/<int:evidence_id>/", views.evidence_file, name="evidence"),
    path("staff/disputes/", views.staff_queue, name="queue"),
    path("staff/chargebacks/", views.chargeback_list, name="chargebacks"),
    path("staff/chargebacks/<int:case_id>/", views.chargeback_detail, name="chargeback"),
    path(
        "staff/chargebacks/<int:case_id>/evidence.pdf", views.chargeback_pdf, name="chargeback_pdf"
    ),
    path(
        "staff/chargebacks/<int:case_id>/evidence.json",
        views.chargeback_json,
        name="chargeback_json",
    ),
    path(
        "staff/chargebacks/<int:case_id>/submit/", views.chargeback_submit, name="chargeback_submit"
    ),
]
