from django.apps import AppConfig


class CodebookConfig(AppConfig):
    name = "nolan.codebook"
