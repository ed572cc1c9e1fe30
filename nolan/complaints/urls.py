"""Complaint URLs: the council's public standards pages and form, the officers' case pages."""

from django.urls import path

from nolan.complaints import (
    arrangements_views,
    form_views,
    officer_views,
    public_views,
    training_views,
)

C = "councils/<slug:council>/"

urlpatterns = [
    path(C + "standards/", public_views.standards, name="standards"),
    path(C + "complaints/", public_views.guidance, name="complaint-guidance"),
    path(
        C + "standards/statistics/<int:year>/",
        public_views.statistics,
        name="complaint-statistics",
    ),
    path(
        C + "standards/statistics/<int:year>.csv",
        public_views.statistics_csv,
        name="complaint-statistics-csv",
    ),
    path(
        C + "standards/decisions/<str:reference>/",
        public_views.decision_notice,
        name="decision-notice",
    ),
    path(C + "complaints/new/check/", form_views.check, name="complaint-check"),
    path(C + "complaints/new/sent/", form_views.sent, name="complaint-sent"),
    path(
        C + "complaints/new/outside-the-code/",
        form_views.outside_code,
        name="complaint-outside-code",
    ),
    path(C + "complaints/new/clerk/", form_views.clerk, name="complaint-clerk"),
    path(C + "complaints/new/<slug:step>/", form_views.question, name="complaint-step"),
    path(C + "complaints/cases/", officer_views.dashboard, name="complaint-dashboard"),
    path(C + "complaints/training/", training_views.training, name="complaint-training"),
    path(
        C + "complaints/arrangements/",
        arrangements_views.arrangements,
        name="complaint-arrangements",
    ),
    path(C + "complaints/cases/<str:reference>/", officer_views.case, name="complaint-case"),
    path(
        C + "complaints/cases/<str:reference>/steps/<slug:step>/",
        officer_views.take_step,
        name="complaint-step-take",
    ),
    path(
        C + "complaints/cases/<str:reference>/evidence/<int:pk>/",
        officer_views.evidence,
        name="complaint-evidence",
    ),
    path(
        C + "standards/decisions/<str:reference>.pdf",
        public_views.decision_notice_pdf,
        name="decision-notice-pdf",
    ),
    path("complaints/about-me/", public_views.about_me, name="complaints-about-me"),
    path("complaints/<uuid:token>/", public_views.status, name="complaint-status"),
]
