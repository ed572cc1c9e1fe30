"""The public register pages pass axe-core in headless Chromium (WCAG 2.2 AA)."""

import pytest
from django.urls import reverse

from tests.factories import PASSWORD
from tests.registers.factories import councillor, gift, interest, officer, sensitive_interest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def member(transactional_db):
    member = councillor()
    interest(member)
    sensitive_interest(member, officer(member.council))
    gift(member)
    return member


@pytest.mark.parametrize(
    "name", ["register-council", "gifts-council", "register-member", "register-member-changes"]
)
def test_public_register_pages_have_no_serious_accessibility_violations(
    axe_violations, member, name
):
    args = [member.council.slug] if name.endswith("council") else [member.council.slug, member.slug]
    assert axe_violations(reverse(name, args=args)) == []


@pytest.mark.parametrize("name", ["register-manage", "register-add-interest", "register-add-gift"])
def test_councillor_register_pages_have_no_serious_accessibility_violations(
    axe_violations, member, name
):
    path = reverse(name, args=[member.council.slug, member.slug])
    assert axe_violations(path, login=(member.user.username, PASSWORD)) == []


def test_a_bad_register_date_shown_beside_the_date_box_is_accessible(axe_violations, member):
    path = reverse("register-council", args=[member.council.slug]) + "?on=2999-01-01"
    assert axe_violations(path, status=400) == []
