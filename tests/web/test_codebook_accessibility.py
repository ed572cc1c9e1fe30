"""Code pages, with their provenance, assumptions and appendices, pass axe-core (WCAG 2.2 AA)."""

import pytest

from tests.factories import CouncilFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("slug", ["chelmsford", "welwyn-hatfield"])
def test_code_pages_have_no_serious_accessibility_violations(axe_violations, slug):
    CouncilFactory(slug=slug)
    assert axe_violations(f"/codes/{slug}/") == []
