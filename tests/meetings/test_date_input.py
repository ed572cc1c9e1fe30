"""The meetings pages' dates are the GOV.UK date input (issue 11, "pages in plain words"): a
dispensation's date of decision, start and end, and a meeting's date (its start time a box
beside it), typed in day, month and year boxes and refused in the GOV.UK Design System's
words, naming the date as the page does, in the error summary (linked to the first box in
error) and beside the boxes. A refused date saves nothing. They were single text boxes that
took "3/12/2026" and said "Enter a real date, like 3/12/2026"."""

import datetime as dt
import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from nolan.councils.models import Role
from nolan.meetings import services
from nolan.meetings.models import Dispensation, Meeting
from tests.factories import RoleFactory, UserFactory
from tests.meetings.factories import typed_date
from tests.meetings.test_pages import build

pytestmark = pytest.mark.django_db


def boxes(field: str, *parts: str) -> dict[str, str]:
    return {f"{field}_{i}": part for i, part in enumerate(parts)}


@pytest.fixture
def setting():
    return build("welwyn-hatfield")


@pytest.fixture
def application(setting, by):
    _, alice = setting["people"]["alice"]
    return services.apply_for_dispensation(
        by, member=alice, ground="b", matters="Budget", applied_on=dt.date(2026, 1, 1)
    )


@pytest.fixture
def decide(client, setting, application):
    """Post a decision on the application as its council's Monitoring Officer."""
    mo = UserFactory(username="mo")
    RoleFactory(user=mo, council=setting["council"], kind=Role.Kind.MONITORING_OFFICER)
    client.force_login(mo)
    url = reverse("decide-dispensation", args=[setting["council"].slug, application.pk])
    grant = {
        "grant": "yes",
        "decided_by": "monitoring_officer",
        "reasons": "Balance",
        **typed_date("decided_on", dt.date(2026, 1, 2)),
        **typed_date("start", dt.date(2026, 1, 3)),
        **typed_date("end", dt.date(2027, 1, 2)),
    }
    return lambda **changes: client.post(url, grant | changes)


def refused(response, field: str, message: str, first_box: int = 0) -> str:
    """The page says ``message`` in its error summary, linked to ``field``'s first box in
    error, and beside the date's boxes."""
    assert response.status_code == 400
    page = response.content.decode()
    summary = page.split('class="govuk-error-summary"', 1)[1].split("</ul>", 1)[0]
    assert f'<a href="#id_{field}_{first_box}">{html.escape(message)}</a>' in summary
    assert f'id="id_{field}_{first_box}"' in page
    beside = re.search(rf'<p id="id_{field}-error" class="govuk-error-message">(.*?)</p>', page)
    assert beside and html.unescape(re.sub("<[^>]+>", "", beside[1])).split() == [
        "Error:",
        *message.split(),
    ]
    return page


def _undecided(application) -> bool:
    application.refresh_from_db()
    return application.status == Dispensation.Status.APPLIED and application.decided_on is None


@pytest.mark.parametrize(
    ("field", "called"),
    [
        ("decided_on", "The date of the decision"),
        ("start", "The date the dispensation starts"),
        ("end", "The date the dispensation ends"),
    ],
)
@pytest.mark.parametrize(
    ("parts", "words", "first_box"),
    [
        (("1", "", "2026"), "must include a month", 1),
        (("", "", "2026"), "must include a day and month", 0),
        (("31", "2", "2026"), "must be a real date", 0),
        (("3", "Feb", "2026"), "must be a real date", 1),
    ],
)
def test_a_bad_dispensation_date_is_refused_in_govuk_words_and_nothing_is_saved(
    decide, application, field, called, parts, words, first_box
):
    response = decide(**boxes(field, *parts))
    refused(response, field, f"{called} {words}", first_box)
    assert response.context["form"].errors.as_data()[field][0].code in {
        "incomplete-date",
        "bad-date",
    }
    assert _undecided(application)


def test_a_two_figure_year_names_the_date(decide, application):
    response = decide(**boxes("end", "2", "1", "27"))
    refused(response, "end", "The year in the date the dispensation ends must include 4 numbers", 2)
    assert _undecided(application)


def test_a_decision_dated_in_the_future_must_be_today_or_in_the_past(decide, application):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    response = decide(**typed_date("decided_on", tomorrow))
    refused(response, "decided_on", "The date of the decision must be today or in the past")
    assert response.context["form"].errors.as_data()["decided_on"][0].code == "future-date"
    assert _undecided(application)


def test_a_grant_without_its_dates_asks_for_each_by_name(decide, application):
    response = decide(**boxes("start", "", "", ""), **boxes("end", "", "", ""))
    refused(response, "start", "Enter the date the dispensation starts")
    assert response.context["form"].errors.as_data()["start"][0].code == "period-required"
    response = decide(**boxes("end", "", "", ""))
    refused(response, "end", "Enter the date the dispensation ends")
    assert _undecided(application)


def test_an_end_before_the_start_or_after_four_years_names_the_day_it_may_be(decide, application):
    before = decide(**typed_date("end", dt.date(2026, 1, 2)))
    refused(
        before,
        "end",
        "The date the dispensation ends must be the same as or after 3 January 2026, when it "
        "starts",
    )
    too_long = decide(**typed_date("end", dt.date(2030, 1, 3)))
    refused(
        too_long,
        "end",
        "The date the dispensation ends must be the same as or before 2 January 2030: a "
        "dispensation lasts at most four years",
    )
    assert _undecided(application)


def test_a_grant_typed_in_the_boxes_is_recorded(decide, application):
    response = decide(**boxes("end", " 2 ", "01", "2030"))
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.decided_on, application.start, application.end) == (
        dt.date(2026, 1, 2),
        dt.date(2026, 1, 3),
        dt.date(2030, 1, 2),
    )


def test_the_decision_page_asks_for_each_date_in_day_month_and_year_boxes(
    client, decide, setting, application
):
    url = reverse("decide-dispensation", args=[setting["council"].slug, application.pk])
    page = client.get(url).content.decode()
    for field in ("decided_on", "start", "end"):
        assert f'<div class="govuk-date-input" id="id_{field}">' in page
        for i, called in enumerate(("Day", "Month", "Year")):
            label = f'<label class="govuk-label govuk-date-input__label" for="id_{field}_{i}">'
            assert f"{label}{called}</label>" in page


def _schedule(client, setting, **fields):
    client.force_login(setting["clerk"])
    data = {
        "committee": setting["meeting"].committee.pk,
        "venue": "Campus East",
        "starts": "19:30",
        **typed_date("day", dt.date(2026, 12, 3)),
    }
    return client.post(reverse("new-meeting", args=[setting["council"].slug]), data | fields)


def test_a_meeting_is_scheduled_on_the_date_typed_at_the_time_beside_it(client, setting):
    response = _schedule(client, setting, ends="22:00")
    assert response.status_code == 302
    meeting = Meeting.objects.get(venue="Campus East")
    assert timezone.localtime(meeting.starts) == timezone.make_aware(
        dt.datetime(2026, 12, 3, 19, 30)
    )
    assert timezone.localtime(meeting.ends) == timezone.make_aware(dt.datetime(2026, 12, 3, 22))


@pytest.mark.parametrize(
    ("parts", "message", "first_box"),
    [
        (("3", "", "2026"), "The date of the meeting must include a month", 1),
        (("31", "2", "2026"), "The date of the meeting must be a real date", 0),
        (("", "", ""), "Enter the date of the meeting", 0),
    ],
)
def test_a_bad_meeting_date_is_refused_in_govuk_words_and_nothing_is_saved(
    client, setting, parts, message, first_box
):
    response = _schedule(client, setting, **boxes("day", *parts))
    refused(response, "day", message, first_box)
    assert not Meeting.objects.filter(venue="Campus East").exists()


def test_a_start_time_that_is_not_one_says_how_to_write_it(client, setting):
    response = _schedule(client, setting, starts="7.30pm")
    (error,) = response.context["form"].errors.as_data()["starts"]
    assert error.message == "Enter the time the meeting starts as a time of day, like 19:30"
    assert not Meeting.objects.filter(venue="Campus East").exists()
