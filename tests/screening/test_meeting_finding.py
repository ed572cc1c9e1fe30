"""A draft checked while one of the council's meetings sits, on the "Check a post" page
(issue 11): the demo's meetings carry their end, so a councillor checking a post during one
is shown their own council's paragraph on devices at meetings, and after it closes is not.
"""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from freezegun import freeze_time

from nolan.demo import load_demo
from nolan.meetings.models import ASSUMED_LENGTH, Meeting
from nolan.screening.context import context_for

URL = "/check-a-post/"
DRAFT = "Great turnout for the Broadway car park item tonight."


@pytest.fixture
def demo(db):
    load_demo()


def _planning(slug: str, past: bool = False) -> Meeting:
    meetings = Meeting.objects.filter(
        committee__council__slug=slug, committee__kind="planning", ends__isnull=False
    )
    now = timezone.now()
    return (meetings.filter(starts__lt=now) if past else meetings.filter(starts__gt=now)).get()


def _check(client, username: str, at: dt.datetime) -> str:
    with freeze_time(at):
        client.force_login(get_user_model().objects.get(username=username))
        return client.post(URL, {"text": DRAFT, "account": "official"}).content.decode()


def test_a_bexley_councillor_posting_during_a_meeting_is_shown_policy_5(client, demo):
    meeting = _planning("bexley")
    html = _check(client, "bexley-councillor", meeting.starts + dt.timedelta(hours=1))
    assert re.findall(r'data-category="([a-z_]+)"', html) == ["respect"]
    assert "Planning Committee" in html
    assert 'href="/codes/bexley/social-media/#smp-5"' in html
    # The finding is about when, not about any words: no empty quote, nothing highlighted.
    assert "About: &ldquo;&rdquo;" not in html
    assert "<mark>" not in html


def test_a_welwyn_hatfield_councillor_is_shown_protocol_3_1_i_and_nothing_once_it_closes(
    client, demo
):
    meeting = _planning("welwyn-hatfield", past=True)
    during = _check(client, "councillor", meeting.starts + dt.timedelta(minutes=90))
    assert re.findall(r'data-category="([a-z_]+)"', during) == ["respect"]
    assert 'href="/codes/welwyn-hatfield/social-media/#smp-3-1-i"' in during
    after = _check(client, "councillor", meeting.ends + dt.timedelta(minutes=5))
    assert re.findall(r'data-category="([a-z_]+)"', after) == []
    assert "smp-3-1-i" not in after


def test_a_meeting_with_no_recorded_end_is_taken_to_last_three_hours(demo):
    meeting = _planning("bexley")
    meeting.ends = None
    meeting.save(update_fields=["ends"])
    bexley = meeting.committee.council
    inside = meeting.starts + ASSUMED_LENGTH - dt.timedelta(minutes=1)
    assert [m.title for m in context_for(bexley, posted_at=inside).meetings] == [
        meeting.committee.name
    ]
    assert context_for(bexley, posted_at=meeting.starts + ASSUMED_LENGTH).meetings == ()


def test_another_councils_meeting_is_not_cited(client, demo):
    meeting = _planning("welwyn-hatfield")
    html = _check(client, "bexley-councillor", meeting.starts + dt.timedelta(hours=1))
    assert re.findall(r'data-category="([a-z_]+)"', html) == []
