"""The public registers fit a 390-pixel phone (issue 11): their many-column tables become
stacked rows, each value after its column's name, instead of running off the screen."""

import pytest

from nolan.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/councils/welwyn-hatfield/register/",
    "/councils/welwyn-hatfield/gifts/",
    "/councils/welwyn-hatfield/dispensations/",
    "/councils/welwyn-hatfield/members/alex-fairweather/register/",
]


def test_the_public_registers_fit_a_phone(chromium_browser, live_server):
    load_demo()
    context = chromium_browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    too_wide = {}
    for path in PAGES:
        page.goto(f"{live_server.url}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            too_wide[path] = width
    assert too_wide == {}
    labelled = page.locator("td[data-label='Estimated value']").first.evaluate(
        "cell => getComputedStyle(cell, '::before').content"
    )
    context.close()
    assert labelled == '"Estimated value: "'
