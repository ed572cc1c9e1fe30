"""Scripts call the API with a per-user token made and revoked on the API token page, never
with a password over HTTP Basic (issue 8)."""

import base64
import re

import pytest
from django.test import Client
from knox.models import AuthToken

from tests.factories import PASSWORD
from tests.two_factor import verify_two_factor

PAGE = "/account/api-token/"
SCREEN = "/api/screen/"


@pytest.fixture
def signed_in(client, councillor):
    client.force_login(councillor)
    return client


def create_token(client) -> str:
    response = client.post(PAGE, {"action": "create"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    return re.search(r'id="new-token">([^<]+)<', response.content.decode())[1]


def screen(token: str):
    return Client().post(
        SCREEN,
        {"text": "Great turnout at the litter pick!"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {token}",
    )


def test_the_api_refuses_a_password_sent_with_http_basic(officer):
    credentials = base64.b64encode(f"officer:{PASSWORD}".encode()).decode()
    response = Client().post(
        SCREEN,
        {"text": "Hello"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Basic {credentials}",
    )
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_a_token_made_on_the_page_opens_the_api_and_is_shown_only_once(signed_in):
    token = create_token(signed_in)
    assert screen(token).status_code == 200
    assert token not in signed_in.get(PAGE).content.decode()
    assert token not in signed_in.get("/account/").content.decode()


def test_tokens_are_kept_only_as_a_hash(signed_in):
    token = create_token(signed_in)
    stored = AuthToken.objects.get()
    assert token not in (stored.digest, stored.token_key)


def test_a_revoked_token_is_refused(signed_in):
    token = create_token(signed_in)
    response = signed_in.post(PAGE, {"action": "revoke"})
    assert response.status_code == 302
    assert screen(token).status_code == 401
    assert not AuthToken.objects.exists()


def test_a_new_token_replaces_the_old_one(signed_in):
    old = create_token(signed_in)
    new = create_token(signed_in)
    assert screen(old).status_code == 401
    assert screen(new).status_code == 200


def test_a_token_only_opens_what_its_owners_roles_allow(client, council, db):
    from nolan.councils.models import Role
    from tests.factories import RoleFactory, UserFactory

    clerk = UserFactory(username="clerk")
    RoleFactory(user=clerk, council=council, kind=Role.Kind.CLERK)
    client.force_login(clerk)
    verify_two_factor(client, clerk)
    assert screen(create_token(client)).status_code == 403


def test_the_token_page_is_for_signed_in_users_only(db):
    response = Client().post(PAGE, {"action": "create"})
    assert response.status_code == 302
    assert not AuthToken.objects.exists()


def test_openapi_describes_token_and_session_sign_in_and_no_basic(db):
    schema = Client().get("/api/schema/", {"format": "json"}).json()
    schemes = schema["components"]["securitySchemes"]
    assert not [s for s in schemes.values() if s.get("scheme") == "basic"]
    token_schemes = {
        name
        for name, s in schemes.items()
        if s.get("type") == "apiKey" and s.get("name") == "Authorization"
    }
    assert token_schemes
    security = schema["paths"][SCREEN]["post"]["security"]
    assert token_schemes & {name for requirement in security for name in requirement}


def words(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_account_page_says_there_is_no_token_yet_and_offers_one(signed_in):
    """A councillor without a token read 'API token: None' (issue 11): the page now says so
    in words and its link makes one; once made, the page gives its dates and 'Manage'."""
    page = words(signed_in.get("/account/").content.decode())
    assert "API token No token yet: create one to let your own scripts use Nolan's API" in page
    assert "Create a token for the API" in page and "None" not in page
    create_token(signed_in)
    page = words(signed_in.get("/account/").content.decode())
    assert "No token yet" not in page and "Manage your API token" in page
