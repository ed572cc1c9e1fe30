"""A meeting's expected end (issue 11): the clerk may give it when scheduling, the public
page and calendar show it, and without one the meeting is taken to last three hours."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from nolan.councils.models import Role
from nolan.meetings import services
from nolan.meetings.models import ASSUMED_LENGTH, Meeting
from nolan.meetings.services import MeetingsError
from tests.factories import CommitteeFactory, CouncilFactory, RoleFactory
from tests.meetings.factories import MeetingFactory, typed_date

pytestmark = pytest.mark.django_db

STARTS = timezone.make_aware(dt.datetime(2026, 12, 3, 19, 30))


@pytest.fixture
def committee():
    return CommitteeFactory(council=CouncilFactory(slug="welwyn-hatfield"))


def _schedule(client, committee, **fields):
    clerk = RoleFactory(council=committee.council, kind=Role.Kind.CLERK).user
    client.force_login(clerk)
    data = {"committee": committee.pk, "starts": "19:30", "venue": "Campus East"}
    data |= typed_date("day", STARTS.date())
    return client.post(reverse("new-meeting", args=[committee.council.slug]), data | fields)


def test_the_clerk_gives_when_a_meeting_should_finish_and_the_public_sees_it(client, committee):
    assert _schedule(client, committee, ends="22:00").status_code == 302
    meeting = Meeting.objects.get(venue="Campus East")
    assert timezone.localtime(meeting.ends) == timezone.make_aware(dt.datetime(2026, 12, 3, 22))
    page = client.get(reverse("meeting-declarations", args=[committee.council.slug, meeting.pk]))
    assert "7:30pm to 10pm, Campus East" in page.content.decode()


def test_a_finishing_time_before_the_start_is_refused_on_the_form(client, committee):
    response = _schedule(client, committee, ends="18:00")
    assert response.status_code == 400
    assert "ends" in response.context["form"].errors
    assert not Meeting.objects.filter(venue="Campus East").exists()


def test_leaving_the_finishing_time_empty_means_three_hours(client, committee):
    assert _schedule(client, committee, ends="").status_code == 302
    meeting = Meeting.objects.get(venue="Campus East")
    assert meeting.ends is None
    assert (
        meeting.closes == meeting.starts + ASSUMED_LENGTH == meeting.starts + dt.timedelta(hours=3)
    )
    feed = client.get(reverse("meetings-ical", args=[committee.council.slug]))
    (event,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert event.decoded("dtend") == meeting.starts + dt.timedelta(hours=3)


@pytest.mark.parametrize(
    ("ends", "code"),
    [
        (STARTS, "end-before-start"),
        (STARTS - dt.timedelta(minutes=1), "end-before-start"),
        (STARTS + dt.timedelta(days=1, minutes=1), "meeting-over-a-day"),
        (dt.datetime(2026, 12, 3, 22), "naive-datetime"),
    ],
)
def test_the_service_refuses_an_end_that_cannot_be_the_meetings(by, committee, ends, code):
    with pytest.raises(MeetingsError) as refused:
        services.schedule_meeting(by, committee=committee, starts=STARTS, ends=ends, venue="Hall")
    assert (refused.value.code, refused.value.field) == (code, "ends")


def test_a_meeting_moved_to_a_new_start_keeps_its_length(by, committee):
    meeting = MeetingFactory(
        committee=committee, starts=STARTS, ends=STARTS + dt.timedelta(hours=2)
    )
    meeting.starts = STARTS + dt.timedelta(days=7)
    services.save_meeting(by, meeting, fields=["starts"], reason="moved a week")
    meeting.refresh_from_db()
    assert meeting.ends == STARTS + dt.timedelta(days=7, hours=2)
