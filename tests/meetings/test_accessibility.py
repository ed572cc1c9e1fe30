"""Meeting pages pass axe-core (WCAG 2.2 AA): the public pages, a councillor's prompt and
advice, and the clerk's meeting page with its forms."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from nolan.councils.models import Member
from nolan.demo import load_demo
from nolan.meetings import services
from nolan.meetings.demo import WH_LAND
from nolan.meetings.models import Declaration, Meeting
from nolan.registers.models import InterestEntry
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo():
    load_demo()
    for user in get_user_model().objects.filter(username__in=["mo", "councillor"]):
        user.set_password(PASSWORD)
        user.save()
    return Declaration.objects.get(member__name="Alex Fairweather").meeting


def test_public_meeting_pages_have_no_serious_violations(axe_violations, demo):
    for path in (
        "/councils/welwyn-hatfield/meetings/",
        demo.get_absolute_url(),
        "/councils/welwyn-hatfield/dispensations/",
    ):
        assert axe_violations(path) == [], path


def test_councillor_prompt_and_advice_have_no_serious_violations(axe_violations, demo):
    entry = InterestEntry.objects.get(member__name="Alex Fairweather", land_address=WH_LAND)
    upcoming = Meeting.objects.exclude(pk=demo.pk).get(committee=demo.committee)
    item = upcoming.items.get(number="3")
    prompt = f"/councils/welwyn-hatfield/my-prompts/{item.pk}/{entry.pk}/"
    login = ("councillor", PASSWORD)
    assert axe_violations("/councils/welwyn-hatfield/my-prompts/", login=login) == []
    assert axe_violations(prompt) == []
    assert axe_violations(prompt + "?relation=directly_relates") == []


def test_clerk_meeting_page_has_no_serious_violations(axe_violations, demo):
    path = f"/councils/welwyn-hatfield/meetings/{demo.pk}/manage/"
    assert axe_violations(path, login=("mo", PASSWORD)) == []


def test_taking_back_a_not_related_answer_has_no_serious_violations(axe_violations, demo):
    entry = InterestEntry.objects.get(member__name="Alex Fairweather", land_address=WH_LAND)
    upcoming = Meeting.objects.exclude(pk=demo.pk).get(committee=demo.committee)
    item = upcoming.items.get(number="3")
    councillor = get_user_model().objects.get(username="councillor")
    services.dismiss_prompt(councillor, item=item, entry=entry)
    prompt = f"/councils/welwyn-hatfield/my-prompts/{item.pk}/{entry.pk}/"
    assert axe_violations(prompt, login=("councillor", PASSWORD)) == []
    assert axe_violations(prompt + "may-be-related/") == []


def test_a_date_refused_on_the_meeting_forms_has_no_serious_violations_and_its_link_finds_the_box(
    axe_violations, browser_page, demo
):
    """Issue 11: the new-meeting and dispensation decision pages' dates are the GOV.UK date
    input; one refused for its missing month is linked from the error summary to the month
    box, which the link puts the cursor in."""
    application = services.apply_for_dispensation(
        get_user_model().objects.get(username="mo"),
        member=Member.objects.get(name="Alex Fairweather"),
        ground="b",
        matters="Budget",
        applied_on=demo.starts.date(),
    )
    pages = {
        reverse("new-meeting", args=["welwyn-hatfield"]): ("day", {"#id_starts": "19:30"}),
        reverse("decide-dispensation", args=["welwyn-hatfield", application.pk]): (
            "decided_on",
            {"#id_reasons": "Balance"},
        ),
    }
    login: tuple[str, str] | None = ("mo", PASSWORD)
    for path, (field, others) in pages.items():
        assert axe_violations(path, login=login) == [], path
        login = None
        for selector, value in {f"#id_{field}_0": "3", f"#id_{field}_2": "2026", **others}.items():
            browser_page.fill(selector, value)
        browser_page.click("form[novalidate] button[type=submit]")
        assert axe_violations.here() == [], f"{path} with an error"
        browser_page.click(".govuk-error-summary__list a[href$='_1']")
        assert browser_page.evaluate("document.activeElement.id") == f"id_{field}_1", path
