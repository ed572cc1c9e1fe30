"""Officers give a code from an authenticator app after their password; councillors are not
made to (issue 8). Signing in here goes through the real forms with a plain ``Client``."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

from nolan.accounts.middleware import OPEN
from nolan.accounts.two_factor import TWO_FACTOR_KINDS
from nolan.councils.models import Role
from tests.factories import PASSWORD, RoleFactory, UserFactory
from tests.two_factor import authenticator_code
from tests.web.test_access import all_views, concrete

SET_UP = "/account/two-factor/set-up/"
VERIFY = "/account/two-factor/"


def sign_in(client, username, next_url=""):
    return client.post("/sign-in/", {"username": username, "password": PASSWORD, "next": next_url})


def code_from_key(key: str) -> str:
    """What an authenticator app shows for the base32 key the demo printed."""
    from base64 import b32decode

    raw = b32decode(key.replace(" ", "") + "=" * (-len(key.replace(" ", "")) % 8))
    return f"{TOTP(raw).token():06d}"


def enrol(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)


@pytest.mark.parametrize("kind", TWO_FACTOR_KINDS)
def test_an_officer_without_an_app_is_sent_to_set_one_up_after_signing_in(council, kind):
    user = UserFactory(username="someone")
    RoleFactory(user=user, council=council, kind=kind)
    client = Client()
    response = sign_in(client, "someone")
    assert client.get(response["Location"])["Location"].startswith(SET_UP)
    response = client.get("/registers/mine/")
    assert response.status_code == 302
    assert response["Location"].startswith(SET_UP)


def test_a_councillor_is_not_asked_for_a_code(councillor):
    client = Client()
    sign_in(client, "councillor")
    response = client.get("/registers/mine/", follow=True)
    assert response.status_code == 200
    assert not response.request["PATH_INFO"].startswith(VERIFY)


def test_setting_up_shows_the_key_and_a_qr_code_and_takes_a_code_from_the_app(officer):
    client = Client()
    sign_in(client, "officer")
    page = client.get(SET_UP + "?next=/admin/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    assert page.context["secret"].replace(" ", "") in page.content.decode().replace(" ", "")
    assert b"<svg" in page.content

    wrong = client.post(SET_UP, {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 400
    assert wrong.context["form"].has_error("code", "wrong-code")
    assert client.get("/admin/").status_code == 302

    # django-otp slows guessing: wait out the pause the wrong code started.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    response = client.post(SET_UP, {"code": authenticator_code("officer", True), "next": "/admin/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_an_enrolled_officer_gives_a_code_before_reaching_anything(officer):
    enrol(officer)
    client = Client()
    sign_in(client, "officer", next_url="/admin/")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY + "?next=/admin/")

    with freeze_time(timezone.now()):  # no time passes: the pause after a wrong code holds
        wrong = client.post(VERIFY, {"code": "123456", "next": "/admin/"})
        assert wrong.status_code == 400
        assert wrong.context["form"].has_error("code", "wrong-code")
        again = client.post(VERIFY, {"code": authenticator_code("officer"), "next": "/admin/"})
        assert again.context["form"].has_error("code", "too-many-attempts")
        assert "1 seconds" not in again.content.decode()

    TOTPDevice.objects.filter(user=officer).update(throttling_failure_count=0)
    response = client.post(VERIFY, {"code": authenticator_code("officer"), "next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_stolen_password_cannot_add_a_second_app(officer):
    enrol(officer)
    client = Client()
    sign_in(client, "officer")
    response = client.get(SET_UP)
    assert response["Location"].startswith(VERIFY)
    assert client.post(SET_UP, {"code": "123456"})["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=officer).count() == 1


def test_a_verified_officer_can_replace_their_app(officer):
    old = enrol(officer)
    client = Client()
    sign_in(client, "officer")
    client.post(VERIFY, {"code": authenticator_code("officer")})
    assert client.get(SET_UP).status_code == 200
    client.post(SET_UP, {"code": authenticator_code("officer", True)})
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()
    assert TOTPDevice.objects.get(user=officer).confirmed


def test_back_office_sign_in_is_followed_by_the_code(officer):
    enrol(officer)
    client = Client()
    client.post("/admin/login/?next=/admin/", {"username": "officer", "password": PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)


def test_a_superuser_without_a_role_still_gives_a_code(db):
    UserFactory(username="root", is_staff=True, is_superuser=True)
    client = Client()
    sign_in(client, "root")
    assert client.get("/admin/")["Location"].startswith(SET_UP)


def test_the_api_refuses_an_unverified_officers_session_as_json(officer):
    client = Client()
    sign_in(client, "officer")
    response = client.post("/api/screen/", {"text": "Hello"}, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["code"] == "two_factor_required"


def test_an_unverified_officer_reaches_no_page_but_signing_in_and_out(db):
    from nolan.demo import load_demo

    load_demo()
    values = {
        "council": "welwyn-hatfield",
        "code": "welwyn-hatfield",
        "member": "alex-fairweather",
        "token": "00000000-0000-4000-8000-000000000000",  # a complainant's link is a UUID
    }
    client = Client()
    client.force_login(get_user_model().objects.get(username="mo"))
    reached = []
    for route, pattern in all_views():
        if pattern.name in OPEN:
            continue
        response = client.get(concrete(route, values))
        refused = (response.status_code == 302 and response["Location"].startswith(VERIFY)) or (
            response.status_code == 403 and response.json()["code"] == "two_factor_required"
        )
        if not refused:
            reached.append((route, response.status_code))
    assert reached == []


def test_the_demo_prints_each_officers_key_and_one_enrols_at_first_sign_in(db):
    out = io.StringIO()
    call_command("demo", stdout=out)
    lines = {line.split()[0]: line.split()[1:] for line in out.getvalue().splitlines() if line}
    key = " ".join(lines["mo"][-8:])
    user = get_user_model().objects.get(username="mo")
    user.set_password(PASSWORD)
    user.save()
    client = Client()
    sign_in(client, "mo")
    response = client.post(VERIFY, {"code": code_from_key(key)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200

    ip = get_user_model().objects.get(username="ip")
    assert not TOTPDevice.objects.filter(user=ip).exists()
    assert ip.roles.filter(kind=Role.Kind.INDEPENDENT_PERSON).exists()
