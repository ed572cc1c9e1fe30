"""Typed readers for settings taken from the environment.

Each helper rejects a bad value loudly at start-up rather than letting a typo in
``DEBUG=flase`` or ``ALLOWED_HOSTS`` quietly change how Nolan behaves in production.
"""

import os
from urllib.parse import urlsplit


class SettingError(ValueError):
    """An environment variable holds a value Nolan cannot use."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SettingError(f"{name} must be one of true/false/1/0/yes/no/on/off, not {raw!r}")


def env_int(name: str, default: int, minimum: int | None = None) -> int:
    """A whole number; ``minimum`` refuses values that would switch a protection off."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise SettingError(f"{name} must be at least {minimum}, not {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_required(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise SettingError(f"{name} must be set when DEBUG is off")
    return value


# The names of this machine: the only sites that may be served over plain HTTP with DEBUG off.
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def env_site_url(name: str, default: str | None, *, https: bool = False) -> str:
    """The site's public address, scheme and host only, for links outside a request (e-mails
    sent by a background worker or a cron job have no request to ask). ``default`` None makes
    it required, as production does: a wrong guess would send people a dead link. ``https``
    refuses a plain ``http://`` address unless it is on this machine (``LOOPBACK``)."""
    raw = os.environ.get(name, "") or default
    if not raw:
        raise SettingError(f"{name} must be set when DEBUG is off")
    parts = urlsplit(raw.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.path.strip("/"):
        raise SettingError(
            f"{name} must be the site's address, such as https://standards.example.gov.uk, "
            f"not {raw!r}"
        )
    if https and parts.scheme != "https" and parts.hostname not in LOOPBACK:
        raise SettingError(
            f"{name} must start with https:// when DEBUG is off (only a site on this machine, "
            f"such as http://127.0.0.1:8000, may use http://), not {raw!r}"
        )
    return f"{parts.scheme}://{parts.netloc}"
