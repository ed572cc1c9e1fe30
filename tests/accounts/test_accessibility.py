"""The sign-in, account, two-factor, API token and password pages pass axe-core in headless
Chromium (WCAG 2.2 AA), including their error states."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, url, username, password=PASSWORD):
    page.goto(f"{url}/sign-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


@pytest.mark.parametrize(
    "path", ["/sign-in/", "/password-reset/", "/password-reset/sent/", "/password-reset/x/y/"]
)
def test_public_account_pages_have_no_serious_violations(axe_violations, path):
    assert axe_violations(path) == []


def test_account_pages_have_no_serious_violations(axe_violations, browser_page, councillor):
    login = ("councillor", PASSWORD)
    assert axe_violations("/account/", login=login) == []
    assert axe_violations("/account/password/") == []
    browser_page.fill("#id_old_password", "wrong")
    browser_page.click("form[novalidate] button[type=submit]")
    assert browser_page.locator(".govuk-error-summary").count() == 1
    assert axe_violations.here() == []
    assert axe_violations("/account/api-token/") == []
    browser_page.click("text=Create a token")
    assert browser_page.locator("#new-token").count() == 1
    assert axe_violations.here() == []


def test_two_factor_pages_have_no_serious_violations(
    axe_violations, browser_page, live_server, officer
):
    sign_in(browser_page, live_server.url, "officer")
    assert "/account/two-factor/set-up/" in browser_page.url
    assert axe_violations.here() == []
    browser_page.fill("#id_code", "000000")
    browser_page.click("form:has(#id_code) button[type=submit]")
    assert browser_page.locator(".govuk-error-summary").count() == 1
    assert axe_violations.here() == []

    TOTPDevice.objects.filter(user=officer).update(confirmed=True)
    browser_page.context.clear_cookies()
    sign_in(browser_page, live_server.url, "officer")
    assert "/account/two-factor/" in browser_page.url
    assert axe_violations.here() == []


def test_the_paused_sign_in_page_has_no_serious_violations(
    axe_violations, browser_page, live_server, settings, councillor
):
    settings.AXES_FAILURE_LIMIT = 1
    sign_in(browser_page, live_server.url, "councillor", "wrong")
    sign_in(browser_page, live_server.url, "councillor")
    assert browser_page.locator("h1").inner_text() == "Signing in is paused"
    assert axe_violations.here() == []
