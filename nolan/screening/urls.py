from django.urls import path

from nolan.access import role_required
from nolan.screening import api, services, views

urlpatterns = [
    path("check-a-post/", views.check, name="check-a-post"),
    path(
        "api/screen/",
        role_required(*services.SCREENERS)(api.ScreenView.as_view()),
        name="api-screen",
    ),
]
