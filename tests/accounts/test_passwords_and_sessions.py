"""Everyone can change their password and reset a forgotten one by e-mail; a session ends
after a spell without activity; HSTS preloading is the council's choice (issue 8)."""

import re
import secrets

import pytest
from django.conf import settings
from django.test import Client
from freezegun import freeze_time

from nolan.env import SettingError, env_int
from tests.factories import PASSWORD
from tests.web.test_settings import nolan

NEW_PASSWORD = "a-brand-new-long-passphrase-42"


def signs_in(username, password) -> bool:
    client = Client()
    client.post("/sign-in/", {"username": username, "password": password})
    return "_auth_user_id" in client.session


def test_the_header_links_to_the_account_page_which_links_to_changing_the_password(
    client, councillor
):
    client.force_login(councillor)
    home = client.get("/").content.decode()
    assert 'href="/account/"' in home
    assert 'href="/account/password/"' in client.get("/account/").content.decode()


def test_a_signed_in_user_changes_their_password(client, councillor):
    client.force_login(councillor)
    response = client.post(
        "/account/password/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert client.get("/registers/mine/", follow=True).status_code == 200  # still signed in
    assert signs_in("councillor", NEW_PASSWORD)
    assert not signs_in("councillor", PASSWORD)


def test_a_wrong_current_password_changes_nothing(client, councillor):
    client.force_login(councillor)
    response = client.post(
        "/account/password/",
        {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.context["form"].has_error("old_password", "password_incorrect")
    assert signs_in("councillor", PASSWORD)


def test_a_forgotten_password_is_reset_through_a_link_sent_by_email(councillor, mailoutbox):
    client = Client()
    response = client.post("/password-reset/", {"email": "councillor@example.org"})
    assert response["Location"] == "/password-reset/sent/"
    assert len(mailoutbox) == 1
    link = re.search(r"http://testserver(/password-reset/\S+/\S+/)", mailoutbox[0].body)[1]
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    done = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done["Location"] == "/password-reset/done/"
    assert signs_in("councillor", NEW_PASSWORD)
    # The link works once.
    assert not client.get(link, follow=True).context["validlink"]


def test_an_unknown_address_gets_the_same_answer_and_no_email(db, mailoutbox):
    response = Client().post("/password-reset/", {"email": "nobody@example.org"})
    assert response["Location"] == "/password-reset/sent/"
    assert mailoutbox == []


def test_the_sign_in_page_links_to_password_reset(db):
    assert 'href="/password-reset/"' in Client().get("/sign-in/").content.decode()


def test_a_session_ends_after_the_default_spell_without_activity(councillor):
    idle = settings.SESSION_COOKIE_AGE
    assert idle == 30 * 60  # the default the README documents
    client = Client()
    with freeze_time("2026-03-02 09:00") as clock:
        client.post("/sign-in/", {"username": "councillor", "password": PASSWORD})
        clock.tick(idle - 60)
        assert not signed_out(client)  # each request restarts the clock...
        clock.tick(idle - 60)
        assert not signed_out(client)  # ...so nearly an hour in, still signed in
        clock.tick(idle + 1)
        assert signed_out(client)


def signed_out(client) -> bool:
    response = client.get("/account/")
    return response.status_code == 302 and response["Location"].startswith("/sign-in/")


def test_env_int_refuses_a_value_below_its_minimum(monkeypatch):
    monkeypatch.setenv("SIGN_IN_FAILURE_LIMIT", "0")
    with pytest.raises(SettingError, match="SIGN_IN_FAILURE_LIMIT"):
        env_int("SIGN_IN_FAILURE_LIMIT", 10, minimum=1)


PRINT = (
    "from django.conf import settings as s; print(s.SECURE_HSTS_PRELOAD, s.SESSION_COOKIE_AGE, "
    "s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME.total_seconds(), "
    "s.REST_KNOX['TOKEN_TTL'].days, s.TRUSTED_PROXY_COUNT)"
)
PRODUCTION = {
    "DEBUG": "false",
    "ALLOWED_HOSTS": "standards.example.gov.uk",
    "SITE_URL": "https://standards.example.gov.uk",
}


def printed(result) -> list[str]:
    return result.stdout.splitlines()[-1].split() if result.stdout else []


def test_production_defaults_leave_hsts_preload_off(tmp_path):
    result = nolan(
        "shell",
        "--no-imports",
        "-c",
        PRINT,
        SECRET_KEY=secrets.token_urlsafe(50),
        NOLAN_DATA_DIR=str(tmp_path),
        **PRODUCTION,
    )
    assert printed(result) == ["False", "1800", "10", "900.0", "90", "0"], result.stderr


def test_a_council_sets_preload_and_the_sign_in_limits_from_the_environment(tmp_path):
    result = nolan(
        "shell",
        "--no-imports",
        "-c",
        PRINT,
        SECRET_KEY=secrets.token_urlsafe(50),
        NOLAN_DATA_DIR=str(tmp_path),
        SECURE_HSTS_PRELOAD="true",
        SESSION_COOKIE_AGE="600",
        SIGN_IN_FAILURE_LIMIT="5",
        SIGN_IN_LOCKOUT_MINUTES="60",
        API_TOKEN_DAYS="30",
        TRUSTED_PROXY_COUNT="1",
        **PRODUCTION,
    )
    assert printed(result) == ["True", "600", "5", "3600.0", "30", "1"], result.stderr
