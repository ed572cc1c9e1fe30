"""The "Check a post" page passes axe-core (WCAG 2.2 AA), empty and showing findings."""

import pytest

from nolan.councils.models import Role
from tests.conftest import AXE_JS, BLOCKING_IMPACTS, WCAG_TAGS
from tests.factories import PASSWORD, CouncilFactory, MemberFactory, RoleFactory, UserFactory

URL = "/check-a-post/"
DRAFT = "Cllr Jones is a lying, disgusting pig. Ring Mrs Smith on 07700 900123."


@pytest.fixture
def councillor():
    council = CouncilFactory(slug="welwyn-hatfield", brand_colour="#00625e")
    user = UserFactory(username="a11y-councillor")
    MemberFactory(council=council, user=user)
    RoleFactory(user=user, council=council, kind=Role.Kind.COUNCILLOR)
    return user


def serious_violations(page) -> list[dict]:
    page.add_script_tag(content=AXE_JS.read_text())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_empty_check_page_has_no_serious_accessibility_violations(axe_violations, councillor):
    assert axe_violations(URL, login=(councillor.username, PASSWORD)) == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_check_page_with_findings_has_no_serious_accessibility_violations(
    axe_violations, browser_page, councillor
):
    axe_violations(URL, login=(councillor.username, PASSWORD))
    browser_page.fill("#id_text", DRAFT)
    browser_page.check("#id_keep")
    browser_page.click("button[type=submit]:has-text('Check my post')")
    # The result page, not the form still showing while the post is screened on a busy
    # machine.
    browser_page.wait_for_selector("#capacity", state="attached")
    assert browser_page.locator("[data-category]").count() >= 1
    assert browser_page.locator("mark").count() >= 1
    assert serious_violations(browser_page) == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_nothing_found_page_has_no_serious_accessibility_violations(
    axe_violations, browser_page, councillor
):
    axe_violations(URL, login=(councillor.username, PASSWORD))
    browser_page.fill("#id_text", "Great turnout at the Hatfield litter pick today.")
    browser_page.click("button[type=submit]:has-text('Check my post')")
    browser_page.wait_for_selector("#capacity", state="attached")
    assert browser_page.locator("#nothing-found").count() == 1
    assert serious_violations(browser_page) == []
