"""A page opened in a way it does not take, and a form whose security token failed, answer
with a GOV.UK-styled page saying what happened and what to do (walk item 6): both were bare,
an empty 405 for a button's address opened directly, and Django's unstyled "Forbidden (403)
CSRF verification failed." for a form posted after its token had gone."""

import pytest
from django.test import Client

from tests.registers.factories import councillor
from tests.registers.test_plain_words import url, visible_text
from tests.web.test_error_pages import page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return councillor()


def _styled(response) -> str:
    text = page_text(response)
    assert response["Content-Type"].startswith("text/html")
    assert 'class="govuk-template"' in text and "govuk-footer" in text
    assert '<a class="govuk-link" href="/">go to the home page</a>' in text
    return " ".join(visible_text(response).split())


@pytest.mark.parametrize("name", ["register-confirm", "register-nil-return"])
def test_a_buttons_address_opened_directly_explains_itself(client, member, name):
    client.force_login(member.user)
    response = client.get(url(name, member))
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    text = _styled(response)
    assert "You cannot open this page directly" in text
    assert "Method Not Allowed" not in text


def test_a_form_whose_security_check_failed_says_what_to_do(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member.user)
    response = client.post(url("register-confirm", member))
    assert response.status_code == 403
    text = _styled(response)
    assert "Your form could not be sent" in text
    assert "reload the page" in text
    assert "CSRF" not in text
