from django.urls import path

from directcontracts.core import views

urlpatterns = [path("", views.home, name="home")]
