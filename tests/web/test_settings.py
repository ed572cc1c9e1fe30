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
