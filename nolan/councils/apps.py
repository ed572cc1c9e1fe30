from django.apps import AppConfig


class CouncilsConfig(AppConfig):
    name = "nolan.councils"
    verbose_name = "Councils and people"

    def ready(self) -> None:
        # Every app depends on this one, so Django's own times (the back office's) are
        # written as Nolan writes them before any page is drawn.
        from nolan.locale_formats import write_times_as_nolan_does

        write_times_as_nolan_does()
