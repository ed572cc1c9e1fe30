from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "nolan.meetings"
