"""Every URL pattern Nolan serves, outside the back office and in it, and a URL for each
filled with values.

Shared by the access walks: ``tests/web/test_access.py`` (each view declares its rule, and
anonymous visitors reach only public views) and ``tests/web/test_access_by_role.py`` (every
URL with every role, the back office included).
"""

import re

from django.urls import URLPattern, URLResolver, get_resolver

PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def all_views():
    return list(walk(get_resolver().url_patterns))


def admin_views():
    """Every URL pattern of the back office (``/admin/``), its libraries' pages included."""
    (site,) = (p for p in get_resolver().url_patterns if getattr(p, "namespace", "") == "admin")
    return list(walk(site.url_patterns, str(site.pattern)))


def concrete(route: str, values: dict[str, str]) -> str:
    """``route`` with each parameter taken from ``values``; an int not given is 1."""

    def fill(match):
        if match["converter"] == "int":
            return str(values.get(match["name"], "1"))
        return str(values.get(match["name"], "unknown"))

    return "/" + PARAM.sub(fill, route).lstrip("^").rstrip("$")
