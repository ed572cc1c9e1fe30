"""The demo's cases are taken step by step on their own past days (issue 11), so a case's
history, its days to close and the statistics read as a real case's would: before, every
step's history row, and the day each case closed, were the day the demo was loaded."""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from nolan.complaints.models import Complaint
from nolan.core.complaints import case_age
from nolan.demo import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(client):
    load_demo()
    client.force_login(get_user_model().objects.get(username="mo"))
    return {c.member.name: c for c in Complaint.objects.select_related("member", "council")}


def test_each_case_closes_on_the_day_its_last_step_was_taken(demo):
    upheld, dismissed, refused = (
        demo[name] for name in ("Callum Hartley", "Edmund Pryce", "Fern Lockwood")
    )
    assert upheld.closed_on == upheld.received_on + dt.timedelta(days=122)
    assert dismissed.closed_on == dismissed.assessed_on == dismissed.received_on + dt.timedelta(10)
    assert refused.closed_on == refused.received_on + dt.timedelta(days=1)
    assert all(c.closed_on < timezone.localdate() for c in (upheld, dismissed, refused))
    assert demo["Bridget Osei"].closed_on is None  # still awaiting the Independent Person


def test_the_case_page_counts_working_days_to_the_day_the_case_closed(client, demo):
    case = demo["Callum Hartley"]
    days = case_age(case.received_on, case.closed_on, [])
    assert days < case_age(case.received_on, timezone.localdate(), [])
    page = client.get(case.get_absolute_url()).content.decode()
    assert re.search(rf"</strong>, {days} working days from receipt", page)


def test_each_history_row_is_dated_the_day_its_step_was_taken(demo):
    case = demo["Callum Hartley"]
    days = {
        action: timezone.localtime(at).date() for action, at in case.log.values_list("action", "at")
    }
    assert days["submitted"] == case.received_on
    assert days["notify-member"] == case.member_notified_on
    assert days["issue-final-report"] == case.final_report_on
    assert days["close"] == case.closed_on
    views = case.ip_views.order_by("recorded_at").values_list("recorded_at", flat=True)
    assert [timezone.localtime(at).date() - case.received_on for at in views] == [
        dt.timedelta(days=10),
        dt.timedelta(days=90),
    ]
