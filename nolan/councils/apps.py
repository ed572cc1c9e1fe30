from django.apps import AppConfig


class CouncilsConfig(AppConfig):
    name = "nolan.councils"
    verbose_name = "Councils and people"
