"""Settings come from the environment, fail loudly on bad values, and pass Django's deploy check."""

import os
import secrets
import subprocess
import sys

import pytest

from nolan.env import SettingError, env_bool, env_int, env_list, env_site_url


def nolan(*args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "nolan", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = nolan(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="standards.example.gov.uk",
        SITE_URL="https://standards.example.gov.uk",
        NOLAN_DATA_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_without_the_sites_address_refuses_to_start(tmp_path):
    """E-mails are sent by a worker with no request to take the address from."""
    result = nolan(
        "check",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="standards.example.gov.uk",
        NOLAN_DATA_DIR=str(tmp_path),
    )
    assert result.returncode != 0
    assert "SITE_URL must be set" in result.stderr


def test_production_on_plain_http_refuses_to_start(tmp_path):
    """Plain HTTP turns the HTTPS hardening off, so only a site on this machine may have it."""
    result = nolan(
        "check",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="standards.example.gov.uk",
        SITE_URL="http://standards.example.gov.uk",
        NOLAN_DATA_DIR=str(tmp_path),
    )
    assert result.returncode != 0
    assert "SITE_URL must start with https://" in result.stderr


def test_the_demo_on_this_machine_is_served_over_plain_http_with_debug_off(tmp_path):
    """As scripts/run.sh serves it: no redirect to an HTTPS it does not have, and cookies a
    browser sends back to http://127.0.0.1."""
    result = nolan(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG, s.SECURE_SSL_REDIRECT, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL="http://127.0.0.1:8000",
        NOLAN_DATA_DIR=str(tmp_path),
    )
    assert result.stdout.split() == ["False", "False", "False", "False", "0"], result.stderr


@pytest.mark.parametrize("raw", ["standards.example.gov.uk", "https://", "ftp://x.example"])
def test_a_site_address_that_is_not_a_web_address_is_rejected(monkeypatch, raw):
    monkeypatch.setenv("SITE_URL", raw)
    with pytest.raises(SettingError, match="SITE_URL must be the site's address"):
        env_site_url("SITE_URL", None)


def test_the_site_address_loses_its_trailing_slash(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://standards.example.gov.uk/")
    assert env_site_url("SITE_URL", None) == "https://standards.example.gov.uk"


def test_production_without_a_secret_key_refuses_to_start(tmp_path):
    result = nolan("check", DEBUG="false", NOLAN_DATA_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_misspelt_boolean_is_rejected_with_the_variables_name(monkeypatch):
    monkeypatch.setenv("DEBUG", "flase")
    with pytest.raises(SettingError, match="DEBUG"):
        env_bool("DEBUG", True)


def test_non_numeric_integer_is_rejected(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "twenty-five")
    with pytest.raises(SettingError, match="EMAIL_PORT"):
        env_int("EMAIL_PORT", 587)


def test_lists_are_comma_separated_and_trimmed(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", " a.example , b.example,, ")
    assert env_list("ALLOWED_HOSTS", []) == ["a.example", "b.example"]
