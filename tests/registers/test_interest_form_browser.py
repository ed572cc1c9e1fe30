"""The register-an-interest form in headless Chromium, with and without JavaScript (issue 11):
only the chosen category's fields are shown, and the interest is registered from them."""

import pytest
from django.urls import reverse

from nolan.registers.models import InterestEntry
from tests.factories import PASSWORD
from tests.registers.factories import councillor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def member(transactional_db):
    return councillor()


def open_form(chromium_browser, live_server, member, javascript: bool):
    context = chromium_browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{live_server.url}/sign-in/")
    page.fill("#id_username", member.user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    path = reverse("register-add-interest", args=[member.council.slug, member.slug])
    page.goto(f"{live_server.url}{path}")
    return context, page


def test_with_javascript_choosing_a_category_reveals_only_its_fields(
    chromium_browser, live_server, member
):
    context, page = open_form(chromium_browser, live_server, member, javascript=True)
    assert not page.is_visible("#id_land-land_address")
    assert page.locator("button[name=choose]").count() == 0  # one step with JavaScript
    page.check("input[name=category][value=land]")
    assert page.is_visible("#id_land-land_address")
    assert not page.is_visible("#id_employment-employer")
    page.fill("#id_land-land_address", "1 Mill Lane, Welwyn")
    page.click("text=Register interest")
    page.wait_for_url("**/register/manage/")
    entry = InterestEntry.objects.get()
    assert (entry.category, entry.land_address, entry.employer) == (
        "land",
        "1 Mill Lane, Welwyn",
        "",
    )
    context.close()


def test_without_javascript_the_form_comes_in_two_steps(chromium_browser, live_server, member):
    context, page = open_form(chromium_browser, live_server, member, javascript=False)
    assert not page.is_visible("#id_land-land_address")
    assert not page.is_visible("text=Register interest")
    page.check("input[name=category][value=land]")
    page.click("button[name=choose]")
    assert page.is_visible("#id_land_address")
    assert not page.is_visible("#id_employment-employer")
    page.fill("#id_land_address", "1 Mill Lane, Welwyn")
    page.click("text=Register interest")
    page.wait_for_url("**/register/manage/")
    assert InterestEntry.objects.get().land_address == "1 Mill Lane, Welwyn"
    context.close()
