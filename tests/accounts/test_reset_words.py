"""The password reset form says what to type (issue 11): an empty or malformed address gets
a sentence about the address, not Django's "This field is required."."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("typed", "code"), [("", "required"), ("not-an-email", "invalid")])
def test_a_missing_or_malformed_address_is_explained(client, typed, code):
    response = client.post("/password-reset/", {"email": typed})
    (error,) = response.context["form"].errors.as_data()["email"]
    assert error.code == code
    page = response.content.decode()
    assert "This field is required." not in page and "Enter a valid email address." not in page
    assert "email address" in error.message
