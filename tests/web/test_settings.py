"""Settings come from the environment, fail loudly on bad values, and pass Django's deploy check."""

import os
import secrets
import subprocess
import sys

import pytest

from nolan.env import SettingError, env_bool, env_int, env_list


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
        NOLAN_DATA_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


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
