from django.urls import path

from nolan.moderngov import views

urlpatterns = [
    path("councils/<slug:council>/moderngov/", views.sync_log, name="moderngov-log"),
]
