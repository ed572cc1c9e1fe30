from django.apps import AppConfig


class ModernGovConfig(AppConfig):
    name = "nolan.moderngov"
    verbose_name = "Modern.gov"
