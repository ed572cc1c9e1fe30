"""Every hint and error on the meetings forms is read out with its input (WCAG 2.2 1.3.1,
3.3.2): the input, select, textarea or fieldset names each in its ``aria-describedby``, as
the registers' forms do (``registers/_field.html``, which the meetings forms now share). The
meetings forms showed their hints ("For example, 19:30", "Separate wards with ;") beside
inputs that did not name them, so a screen reader skipped them."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from nolan.councils.models import Member
from nolan.demo import load_demo
from nolan.meetings import services
from nolan.meetings.demo import WH_LAND
from nolan.meetings.models import Declaration, Meeting
from nolan.registers.models import InterestEntry
from tests.conftest import VerifiedClient

pytestmark = pytest.mark.django_db

WH = "welwyn-hatfield"


class _Described(HTMLParser):
    """The ids of a page's hints and error messages, and every id an element's
    ``aria-describedby`` names."""

    def __init__(self) -> None:
        super().__init__()
        self.hints: list[str] = []
        self.errors: list[str] = []
        self.ids: set[str] = set()
        self.named: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if attrs.get("id"):
            self.ids.add(attrs["id"])
            if "govuk-hint" in classes:
                self.hints.append(attrs["id"])
            if "govuk-error-message" in classes:
                self.errors.append(attrs["id"])
        self.named += (attrs.get("aria-describedby") or "").split()


def unread(html: str) -> list[str]:
    """Each hint or error no element names, and each name that finds no element."""
    page = _Described()
    page.feed(html)
    return [i for i in page.hints + page.errors if i not in page.named] + [
        f"names missing {i}" for i in page.named if i not in page.ids
    ]


def _client(username: str) -> VerifiedClient:
    client = VerifiedClient()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_every_hint_and_error_on_the_meetings_forms_is_named_by_its_input():
    load_demo()
    meeting = Declaration.objects.get(member__name="Alex Fairweather").meeting
    entry = InterestEntry.objects.get(member__name="Alex Fairweather", land_address=WH_LAND)
    item = (
        Meeting.objects.exclude(pk=meeting.pk)
        .get(committee=meeting.committee)
        .items.get(number="3")
    )
    councillor = get_user_model().objects.get(username="councillor")
    application = services.apply_for_dispensation(
        councillor,
        member=entry.member,
        ground="c",
        matters="Item 3, Home Farm",
        applied_on=timezone.localdate(),
    )
    manage = reverse("manage-meeting", args=[WH, meeting.pk])
    prompt = [WH, item.pk, entry.pk]
    no_account = Member.objects.get(council__slug=WH, name="Bridget Osei")
    too_long = {"note": "x" * 501}
    pages = [
        ("mo", reverse("new-meeting", args=[WH]), {}),
        ("mo", manage, {"action": "add-item", "kind": "gossip"}),
        ("mo", manage, {"action": "import", "file": SimpleUploadedFile("agenda.csv", b"")}),
        ("mo", manage, {"action": "declare", "kind": "gossip"}),
        ("mo", reverse("decide-dispensation", args=[WH, application.pk]), {}),
        ("mo", reverse("give-account", args=[WH, no_account.slug]), {}),
        ("councillor", reverse("apply-dispensation", args=[WH]), {}),
        ("councillor", reverse("dismiss-prompt", args=prompt), too_long),
    ]
    for username, path, refused in pages:
        client = _client(username)
        shown = client.get(path)
        assert shown.status_code == 200, path
        assert unread(shown.content.decode()) == [], path
        # A browser always sends at least the CSRF token; an empty dict would mean "not posted".
        sent = client.post(path, {"csrfmiddlewaretoken": "x", **refused})
        assert sent.status_code == 400, path
        assert unread(sent.content.decode()) == [], (path, refused)
    services.dismiss_prompt(councillor, item=item, entry=entry)
    withdraw = reverse("withdraw-dismissal", args=prompt)
    client = _client("councillor")
    assert unread(client.get(withdraw).content.decode()) == []
    sent = client.post(withdraw, too_long)
    assert sent.status_code == 400 and unread(sent.content.decode()) == []


def test_a_hint_is_named_by_its_input_on_the_new_meeting_page():
    """The plainest case, spelt out: the start time's hint "For example, 19:30"."""
    load_demo()
    html = _client("mo").get(reverse("new-meeting", args=[WH])).content.decode()
    assert '<div id="id_starts-hint" class="govuk-hint">For example, 19:30</div>' in html
    starts = 'id="id_starts" name="starts" type="text" value="" aria-describedby="id_starts-hint"'
    assert starts in html
