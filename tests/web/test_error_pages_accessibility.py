"""The 400, 403, 404, 405 and 500 pages, and the page for a form whose security check
failed, pass axe-core in headless Chromium (WCAG 2.2 AA)."""

import pytest

from tests.registers.factories import councillor

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.urls("tests.web.error_urls"),
]


@pytest.mark.parametrize("status", [400, 403, 404, 405, 500])
def test_error_pages_have_no_serious_accessibility_violations(axe_violations, status):
    assert axe_violations(f"/fail/{status}/", status=status) == []


def test_the_form_security_page_has_no_serious_accessibility_violations(axe_violations):
    assert axe_violations("/fail/403-csrf/", status=403) == []


def test_the_bad_register_date_page_has_no_serious_accessibility_violations(axe_violations):
    member = councillor()
    path = f"/councils/{member.council.slug}/register/?on=2025-13-01"
    assert axe_violations(path, status=400) == []
