from django.urls import path

from directcontracts.ledger import views

app_name = "ledger"

urlpatterns = [
    path("staff/finance/", views.books, name="books"),
]
