"""The Monitoring Officer's councillors' accounts pages pass axe-core (WCAG 2.2 AA): the list,
the form, and the form with its errors."""

import pytest
from django.contrib.auth import get_user_model

from nolan.councils.models import Member
from nolan.demo import load_demo
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_accounts_pages_have_no_serious_violations(axe_violations, browser_page):
    load_demo()
    mo = get_user_model().objects.get(username="mo")
    mo.set_password(PASSWORD)
    mo.save()
    bridget = Member.objects.get(name="Bridget Osei")
    assert axe_violations("/councils/welwyn-hatfield/accounts/", login=("mo", PASSWORD)) == []
    form = f"/councils/welwyn-hatfield/members/{bridget.slug}/account/"
    assert axe_violations(form) == []
    browser_page.fill("#id_username", "not a username!")
    browser_page.fill("#id_email", "")
    browser_page.click("main form button[type=submit]")
    assert "There is a problem" in browser_page.content()
    assert axe_violations.here() == []
