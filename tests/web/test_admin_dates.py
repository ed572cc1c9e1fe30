"""The back office writes dates and times as every other page does (issue 11).

Its change lists, read-only fields and history are drawn by Django, which wrote
"1 Jun 2026, 7:30 p.m." (its own en_GB formats) beside pages that say "1 June 2026 at
7:30pm" (``nolan.core.dates``). Django's own output now takes Nolan's format
(``nolan.locale_formats``): a meeting at 7:30pm on 1 June, its declarations published at
midday the next day (both in British Summer Time, stored in UTC).
"""

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from tests.meetings.factories import MeetingFactory
from tests.web.test_date_formats import wrong_dates

pytestmark = pytest.mark.django_db

STARTS = dt.datetime(2026, 6, 1, 18, 30, tzinfo=dt.UTC)  # 7:30pm in London
PUBLISHED = dt.datetime(2026, 6, 2, 11, 0, tzinfo=dt.UTC)  # midday in London


class _Text(HTMLParser):
    """A page's visible text (not its scripts, styles, links or inputs' values)."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible(response) -> str:
    assert response.status_code == 200
    page = _Text()
    page.feed(response.content.decode())
    return re.sub(r"\s+", " ", " ".join(page.parts))


@pytest.fixture
def meeting():
    return MeetingFactory(starts=STARTS, declarations_published=PUBLISHED)


def test_the_list_of_meetings_writes_their_times_as_every_page_does(admin_client, meeting):
    text = visible(admin_client.get(reverse("admin:meetings_meeting_changelist")))
    assert "1 June 2026 at 7:30pm" in text
    assert "2 June 2026 at midday" in text
    assert wrong_dates(text) == []


def test_a_read_only_time_on_a_record_reads_the_same(admin_client, meeting):
    page = admin_client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    readonly = re.search(
        r'<div class="readonly">(.*?)</div>', page.content.decode(), flags=re.S
    ).group(1)
    assert readonly == "2 June 2026 at midday"
    assert wrong_dates(visible(page)) == []


def test_the_history_of_a_user_writes_when_as_every_page_does(admin_client, admin_user):
    LogEntry.objects.create(
        user=admin_user,
        content_type=ContentType.objects.get_for_model(admin_user),
        object_id=str(admin_user.pk),
        object_repr=str(admin_user),
        action_flag=CHANGE,
        change_message="Changed e-mail address.",
        action_time=STARTS,
    )
    opts = admin_user._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[admin_user.pk])
    text = visible(admin_client.get(url))
    assert "1 June 2026 at 7:30pm" in text
    assert wrong_dates(text) == []
