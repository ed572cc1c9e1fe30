"""Repeated wrong passwords pause signing in, per account and per address, on the site and in
the back office; the API takes no password at all (issue 8: 150 wrong passwords in 55 s, then
the right one worked)."""

import base64

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from freezegun import freeze_time

from nolan.accounts.throttling import client_ip
from tests.factories import PASSWORD, UserFactory

SITE = "/sign-in/"
ADMIN = "/admin/login/"


def sign_in(client, url, username, password, address="192.0.2.1"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, url, username, times, address="192.0.2.1"):
    for _ in range(times):
        response = sign_in(client, url, username, "wrong password", address)
        assert response.status_code in (200, 429)


@pytest.mark.parametrize("url", [SITE, ADMIN])
def test_the_right_password_is_refused_after_too_many_wrong_ones(url, officer):
    client = Client()
    fail(client, url, "officer", settings.AXES_FAILURE_LIMIT)
    response = sign_in(client, url, "officer", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    assert b"Signing in is paused" in response.content


@pytest.mark.parametrize("url", [SITE, ADMIN])
def test_fewer_wrong_passwords_than_the_limit_do_not_lock_out(url, officer):
    client = Client()
    fail(client, url, "officer", settings.AXES_FAILURE_LIMIT - 1)
    response = sign_in(client, url, "officer", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_an_account_is_locked_whichever_addresses_the_guesses_came_from(officer):
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, SITE, "officer", "wrong password", address=f"198.51.100.{n}")
    response = sign_in(client, SITE, "officer", PASSWORD, address="203.0.113.9")
    assert response.status_code == 429
    assert not signed_in(client)


def test_an_address_is_locked_whichever_accounts_it_guessed_at(officer, councillor):
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, SITE, f"someone-{n}", "wrong password")
    assert sign_in(client, SITE, "councillor", PASSWORD).status_code == 429
    assert not signed_in(client)
    # Another address, and so another person, can still sign in to the same account.
    assert sign_in(client, SITE, "councillor", PASSWORD, address="203.0.113.9").status_code == 302


def test_signing_in_works_again_once_the_lockout_has_passed(officer):
    client = Client()
    with freeze_time("2026-03-02 09:00") as clock:
        fail(client, SITE, "officer", settings.AXES_FAILURE_LIMIT)
        clock.tick(settings.AXES_COOLOFF_TIME.total_seconds() + 1)
        assert sign_in(client, SITE, "officer", PASSWORD).status_code == 302
        assert signed_in(client)


def test_any_attempt_during_the_lockout_restarts_it(officer):
    """A guesser who keeps trying never gets another guess; the page says to wait."""
    client = Client()
    cool_off = settings.AXES_COOLOFF_TIME.total_seconds()
    with freeze_time("2026-03-02 09:00") as clock:
        fail(client, SITE, "officer", settings.AXES_FAILURE_LIMIT)
        clock.tick(cool_off / 2)
        assert sign_in(client, SITE, "officer", PASSWORD).status_code == 429
        clock.tick(cool_off / 2 + 1)
        assert sign_in(client, SITE, "officer", PASSWORD).status_code == 429
        clock.tick(cool_off + 1)
        assert sign_in(client, SITE, "officer", PASSWORD).status_code == 302


def test_the_api_never_takes_a_password_not_even_the_right_one(officer):
    client = Client()
    for password in ["wrong"] * settings.AXES_FAILURE_LIMIT + [PASSWORD]:
        credentials = base64.b64encode(f"officer:{password}".encode()).decode()
        response = client.post(
            "/api/screen/",
            {"text": "Hello"},
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Basic {credentials}",
        )
        assert response.status_code in (401, 403)
        assert b"findings" not in response.content


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.7", "10.0.0.2"),  # no proxy trusted: the header could be forged
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # the client's forged entry is ignored
        (2, "203.0.113.7, 10.0.0.1", "203.0.113.7"),
        (1, "", "10.0.0.2"),  # a request that bypassed the proxy
    ],
)
def test_the_address_counted_is_the_one_the_councils_proxy_saw(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_guesses_through_the_proxy_lock_out_the_guesser_not_everyone(settings, db):
    settings.TRUSTED_PROXY_COUNT = 1
    UserFactory(username="bystander")
    client = Client()
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            SITE,
            {"username": f"guess-{n}", "password": "x"},
            HTTP_X_FORWARDED_FOR="198.51.100.66",
            **proxy,
        )
    response = client.post(
        SITE,
        {"username": "bystander", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        **proxy,
    )
    assert response.status_code == 302
