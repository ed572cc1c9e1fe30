from django.urls import path

from nolan.councils import views

urlpatterns = [
    path("", views.home, name="home"),
    path("councils/<slug:council>/", views.council, name="council"),
    path("councils/<slug:council>/members/<slug:member>/", views.member, name="member"),
    path(
        "councils/<slug:council>/accounts/", views.councillor_accounts, name="councillor-accounts"
    ),
    path(
        "councils/<slug:council>/members/<slug:member>/account/",
        views.give_account,
        name="give-account",
    ),
]
