from django.urls import path

from nolan.access import api_role_required
from nolan.screening import api, services, views

urlpatterns = [
    path("check-a-post/", views.check, name="check-a-post"),
    path("check-a-post/kept/<int:pk>/", views.kept_check, name="kept-check"),
    path("check-a-post/kept/<int:pk>/delete/", views.delete_kept_check, name="delete-kept-check"),
    path(
        "api/screen/",
        api_role_required(*services.SCREENERS)(api.ScreenView),
        name="api-screen",
    ),
]
