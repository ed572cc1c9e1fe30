"""The public registers and the officers' complaint pages fit a 390-pixel phone (issue 11):
their many-column tables become stacked rows, each value after its column's name, instead of
running off the screen."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from nolan.complaints import services
from nolan.complaints.models import Complaint
from nolan.councils.models import Member
from nolan.demo import load_demo
from nolan.meetings.models import Meeting
from tests.complaints.factories import complaint
from tests.web.test_content_security_policy import signed_in_cookie

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/councils/welwyn-hatfield/register/",
    "/councils/welwyn-hatfield/gifts/",
    "/councils/welwyn-hatfield/dispensations/",
    "/councils/welwyn-hatfield/members/alex-fairweather/register/",
]


def too_wide(page, live_server, paths) -> dict[str, int]:
    """Each of ``paths`` that is wider than the phone's 390 pixels, with its width."""
    widths = {}
    for path in paths:
        page.goto(f"{live_server.url}{path}")
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    return {path: width for path, width in widths.items() if width > 390}


def label_shown(page, label: str) -> str:
    """What a phone shows before the first cell of the ``label`` column."""
    return page.locator(f"td[data-label='{label}']").first.evaluate(
        "cell => getComputedStyle(cell, '::before').content", timeout=5000
    )


def test_the_public_registers_fit_a_phone(chromium_browser, live_server):
    load_demo()
    context = chromium_browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        assert too_wide(page, live_server, PAGES) == {}
        assert label_shown(page, "Estimated value") == '"Estimated value: "'
    finally:
        context.close()


def test_the_officers_complaint_pages_fit_a_phone(chromium_browser, live_server):
    load_demo()
    mo = get_user_model().objects.get(username="mo")
    heard = Complaint.objects.get(member__name="Callum Hartley")  # the demo's longest history
    members = Member.objects.filter(council__slug="welwyn-hatfield").order_by("name")
    received = complaint(members[0])
    services.acknowledge(complaint(members[1]), mo)
    services.pause(services.acknowledge(complaint(members[2]), mo), mo, reason="Awaiting")
    dashboard = reverse("complaint-dashboard", args=["welwyn-hatfield"])
    context = chromium_browser.new_context(viewport={"width": 390, "height": 800})
    context.add_cookies([signed_in_cookie("mo", live_server)])
    page = context.new_page()
    try:
        assert too_wide(page, live_server, [dashboard]) == {}
        assert label_shown(page, "Next step due") == '"Next step due: "'
        others = [
            received.get_absolute_url(),
            heard.get_absolute_url(),
            reverse("complaint-training", args=["welwyn-hatfield"]),
        ]
        assert too_wide(page, live_server, others) == {}
    finally:
        context.close()


def test_the_meeting_pages_and_statistics_fit_a_phone(chromium_browser, live_server):
    """The public declarations of a meeting (622 pixels wide before), the clerk's page of a
    meeting (401) and a year's complaint statistics, whose chart was drawn 600 wide."""
    load_demo()
    declared = Meeting.objects.filter(declarations__isnull=False).distinct().get()
    council = declared.committee.council.slug
    public = [
        reverse("meeting-declarations", args=[council, declared.pk]),
        reverse("complaint-statistics", args=[council, timezone.localdate().year]),
    ]
    context = chromium_browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        assert too_wide(page, live_server, public[1:]) == {}
        assert too_wide(page, live_server, public[:1]) == {}
        assert label_shown(page, "Left the room") == '"Left the room: "'
        context.add_cookies([signed_in_cookie("mo", live_server)])
        clerks = [reverse("manage-meeting", args=[council, m.pk]) for m in Meeting.objects.all()]
        assert too_wide(page, live_server, clerks) == {}
    finally:
        context.close()


def test_a_checked_post_with_a_long_link_fits_a_phone(chromium_browser, live_server):
    """A draft with a long web address in it (837 pixels wide before) wraps inside the page."""
    load_demo()
    context = chromium_browser.new_context(viewport={"width": 390, "height": 800})
    context.add_cookies([signed_in_cookie("councillor", live_server)])
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/check-a-post/")
        page.fill(
            "textarea[name=text]",
            "Read this, Priya is useless: https://www.facebook.com/groups/"
            "welwynhatfieldresidents/permalink/123456789012345678901234567890/",
        )
        page.check("input[name=account][value=personal]")
        page.get_by_role("button", name="Check my post").click()
        page.wait_for_selector("#capacity", state="attached")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()
