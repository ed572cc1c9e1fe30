"""The complaint path once with the Redis-backed worker (django-tasks-rq), the documented
choice for councils running Nolan on more than one machine: the e-mails and the decision
notice's PDF wait in Redis until a worker runs them.

Needs Redis on 127.0.0.1:6379 (CI has it); skipped without it, except under CI.
"""

import os

import pytest
from django.core import mail
from django.test import override_settings

from nolan.complaints import services
from nolan.complaints.models import DecisionNotice
from tests.complaints.factories import complaint, heard, investigated

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
RQ = {
    "TASKS": {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
    "RQ_QUEUES": {"default": {"URL": REDIS_URL}},
}


@pytest.fixture
def redis_queue():
    import django_rq
    from redis import Redis
    from redis.exceptions import ConnectionError as RedisDown

    try:
        Redis.from_url(REDIS_URL).ping()
    except RedisDown:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not answering at {REDIS_URL}")
        pytest.skip(f"Redis is not answering at {REDIS_URL}")
    with override_settings(**RQ):
        queue = django_rq.get_queue("default")
        queue.empty()
        yield queue
        queue.empty()


def run_worker():
    """Run every queued task in this process (RQ's SimpleWorker: no fork, same database)."""
    import django_rq
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    worker = django_rq.get_worker("default", job_class=Job, worker_class=SimpleWorker)
    worker.work(burst=True)


def test_the_path_runs_its_emails_and_pdf_through_the_redis_worker(
    redis_queue, member, mo, ip, investigator
):
    case = heard(investigated(complaint(member), mo, ip, investigator), mo, ip)
    services.publish_notice(case, mo, facts="Facts")
    assert mail.outbox == [] and redis_queue.count == 5
    assert DecisionNotice.objects.get().pdf in (b"", memoryview(b""))
    run_worker()
    subjects = sorted(m.subject.split(" ")[0] for m in mail.outbox)
    assert len(mail.outbox) == 4 and redis_queue.count == 0, subjects
    assert bytes(DecisionNotice.objects.get().pdf).startswith(b"%PDF-")
