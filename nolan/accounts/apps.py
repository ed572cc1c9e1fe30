from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nolan.accounts"
    verbose_name = "Accounts"
