"""Django's password forms say what to type (issue 11): an empty or malformed address, or an
empty password box, gets a sentence about that box, not Django's "This field is required."."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("typed", "code"), [("", "required"), ("not-an-email", "invalid")])
def test_a_missing_or_malformed_address_is_explained(client, typed, code):
    response = client.post("/password-reset/", {"email": typed})
    (error,) = response.context["form"].errors.as_data()["email"]
    assert error.code == code
    page = response.content.decode()
    assert "This field is required." not in page and "Enter a valid email address." not in page
    assert "email address" in error.message


def test_an_empty_password_change_names_each_box(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/account/password/", {})
    errors = response.context["form"].errors.as_data()
    assert {name: [e.code for e in found] for name, found in errors.items()} == {
        "old_password": ["required"],
        "new_password1": ["required"],
        "new_password2": ["required"],
    }
    assert "This field is required." not in response.content.decode()
