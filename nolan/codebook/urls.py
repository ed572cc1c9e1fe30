from django.urls import path

from nolan.codebook import views

urlpatterns = [
    path("codes/<slug:code>/", views.code, name="code"),
    path("codes/<slug:code>/social-media/", views.protocol, name="protocol"),
    path("codes/<slug:code>/changes/", views.changes, name="code-changes"),
]
