"""Complaint URLs: the council's public standards pages and form, the officers' case pages."""

from django.urls import path

from nolan.complaints import public_views

C = "councils/<slug:council>/"

urlpatterns = [
    path(C + "standards/", public_views.standards, name="standards"),
    path(C + "complaints/", public_views.guidance, name="complaint-guidance"),
    path(
        C + "standards/decisions/<str:reference>/",
        public_views.decision_notice,
        name="decision-notice",
    ),
    path("complaints/<uuid:token>/", public_views.status, name="complaint-status"),
]
