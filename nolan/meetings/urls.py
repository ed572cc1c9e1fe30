from django.urls import path

from nolan.meetings import views

urlpatterns = [
    path("councils/<slug:council>/meetings/", views.meetings, name="meetings"),
    path("councils/<slug:council>/meetings.ics", views.meetings_ical, name="meetings-ical"),
    path("councils/<slug:council>/meetings/new/", views.new_meeting, name="new-meeting"),
    path(
        "councils/<slug:council>/meetings/<int:pk>/declarations/",
        views.meeting_declarations,
        name="meeting-declarations",
    ),
    path(
        "councils/<slug:council>/meetings/<int:pk>/manage/",
        views.manage_meeting,
        name="manage-meeting",
    ),
    path(
        "councils/<slug:council>/meetings/<int:pk>/minutes/",
        views.meeting_minutes,
        name="meeting-minutes",
    ),
    path(
        "councils/<slug:council>/meetings/<int:pk>/minutes.txt",
        views.meeting_minutes_text,
        name="meeting-minutes-text",
    ),
    path("councils/<slug:council>/my-prompts/", views.my_prompts, name="my-prompts"),
    path(
        "councils/<slug:council>/my-prompts/<int:item>/<int:entry>/",
        views.prompt,
        name="prompt",
    ),
    path(
        "councils/<slug:council>/my-prompts/<int:item>/<int:entry>/not-related/",
        views.dismiss_prompt,
        name="dismiss-prompt",
    ),
    path(
        "councils/<slug:council>/my-prompts/<int:item>/<int:entry>/may-be-related/",
        views.withdraw_dismissal,
        name="withdraw-dismissal",
    ),
    path("councils/<slug:council>/dispensations/", views.dispensations, name="dispensations"),
    path(
        "councils/<slug:council>/dispensations/apply/",
        views.apply_dispensation,
        name="apply-dispensation",
    ),
    path(
        "councils/<slug:council>/dispensations/applications/",
        views.dispensation_applications,
        name="dispensation-applications",
    ),
    path(
        "councils/<slug:council>/dispensations/<int:pk>/decide/",
        views.decide_dispensation,
        name="decide-dispensation",
    ),
]
