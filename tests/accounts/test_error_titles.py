"""The sign-in, code and password pages say "Error: " first in their title when they refuse
what was typed (GOV.UK), as the site's other forms do, so a screen reader hears it first."""

import re

import pytest
from django.test import Client

from tests.accounts.test_two_factor import enrol, sign_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def title(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1).strip()


def test_a_wrong_password_is_an_error_in_the_title(councillor):
    response = Client().post("/sign-in/", {"username": "councillor", "password": "wrong"})
    assert title(response).startswith("Error: Sign in")


def test_a_wrong_code_is_an_error_in_the_title_when_setting_up_and_when_signing_in(officer):
    setting_up = Client()
    sign_in(setting_up, "officer")
    response = setting_up.post("/account/two-factor/set-up/", {"code": "000000"})
    assert title(response).startswith("Error: Set up an authenticator app")
    enrol(officer)
    signing_in = Client()
    sign_in(signing_in, "officer")
    response = signing_in.post("/account/two-factor/", {"code": "000000"})
    assert title(response).startswith("Error: Enter your code")


def test_the_password_forms_say_error_in_the_title(client):
    assert title(client.post("/password-reset/", {"email": ""})).startswith(
        "Error: Reset your password"
    )
    client.force_login(UserFactory())
    assert title(client.post("/account/password/", {})).startswith("Error: Change your password")
