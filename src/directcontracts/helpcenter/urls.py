from django.urls import path

from directcontracts.helpcenter import views

app_name = "helpcenter"

urlpatterns = [
    path("help/", views.help_index, name="index"),
    path("help/search/", views.search, name="search"),
    path("help/security/", views.security_center, name="security"),
    path("help/topics/<slug:slug>/", views.topic, name="topic"),
    path("help/staff/feedback/", views.staff_feedback, name="staff_feedback"),
    path("help/<slug:slug>/", views.article_detail, name="article"),
    path("help/<slug:slug>/vote/", views.article_vote, name="vote"),
    path("help/<slug:slug>/feedback/", views.article_feedback, name="feedback"),
]
