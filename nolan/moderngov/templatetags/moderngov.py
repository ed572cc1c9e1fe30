"""The Modern.gov box on the Monitoring Officer's dashboard: the last sync at a glance."""

from django import template

from nolan.moderngov.models import SyncRun

register = template.Library()


@register.inclusion_tag("moderngov/_last_sync.html")
def moderngov_last_sync(council):
    """The council's latest sync and, if that failed, when it last succeeded."""
    runs = SyncRun.objects.filter(council=council, finished__isnull=False)
    last = runs.first()
    return {
        "council": council,
        "last": last,
        "last_ok": runs.filter(ok=True).first() if last and not last.ok else last,
    }
