from django.urls import path

from directcontracts.core import views

urlpatterns = [
    path("", views.home, name="home"),
    path("staff/", views.staff_home, name="staff_home"),
    path("terms/", views.terms, name="terms"),
    path("privacy/", views.privacy, name="privacy"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
]
