"""Meeting pages pass axe-core (WCAG 2.2 AA): the public pages, a councillor's prompt and
advice, and the clerk's meeting page with its forms."""

import pytest
from django.contrib.auth import get_user_model

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
