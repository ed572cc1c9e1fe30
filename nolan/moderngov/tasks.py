"""The daily sync as a background task (django-tasks, as ``nolan.registers.tasks``).

``nolan sync_moderngov``, run daily by cron or a systemd timer, queues one task per council
with a Modern.gov address. By default a task runs at once, inside the command; with
``TASK_WORKER`` on it waits in the database for ``nolan db_worker``.
"""

from django_tasks import task

from nolan.moderngov import sync
from nolan.moderngov.models import Source


@task()
def sync_council(council_slug: str) -> dict[str, int]:
    """Sync one council from its saved address; a failure is logged in its ``SyncRun``."""
    source = Source.objects.select_related("council").get(council__slug=council_slug)
    result = sync.sync(source.council, source.base_url)
    return {action.value: result.count(action) for action in sync.Action}
