"""A new user walking the demo follows no dead link (issue 11): every link on every page a
resident, a councillor or a Monitoring Officer can reach leads to a page that answers, and
no page's title says the council's name twice.

Each kind of page is opened once per council or code (not once per member or year), which
is where a link can go wrong: a parish that adopted the LGA model unchanged has no social
media protocol and no changes from a base to link to.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import Resolver404, resolve

from nolan.demo import load_demo

# Pages that act when opened, or belong to Django's back office (its own walk is elsewhere).
NOT_WALKED = ("/sign-out/", "/admin/", "/static/")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def _links(page: str, html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    found = []
    for href in parser.hrefs:
        parts = urlsplit(urljoin(f"http://testserver{page}", href))
        if parts.netloc != "testserver" or parts.path.startswith(NOT_WALKED):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def _kind(path: str) -> tuple:
    """Which kind of page ``path`` is, and for which council or code."""
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return ("unresolved", path)
    return (match.url_name, match.kwargs.get("council"), match.kwargs.get("code"))


def _title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.S)
    return found.group(1).strip() if found else ""


def _walk(client) -> dict[str, tuple[int, str, str]]:
    """Status of each kind of page reachable from the home page, the page linking it, and
    its title."""
    seen: dict[tuple, str] = {}
    queue = [("/", "")]
    statuses = {}
    while queue:
        path, linked_from = queue.pop(0)
        kind = _kind(path)
        if kind in seen:
            continue
        seen[kind] = path
        response = client.get(path, follow=True)  # a link may redirect to its page
        html = response["Content-Type"].startswith("text/html")
        page = response.content.decode() if html else ""
        statuses[path] = (response.status_code, linked_from, _title(page))
        if response.status_code == 200 and html:
            queue.extend((link, path) for link in _links(path, page))
    return statuses


@pytest.fixture
def demo(db):
    load_demo()


@pytest.mark.parametrize("username", [None, "councillor", "mo"])
def test_every_link_in_the_demo_leads_to_a_page(client, demo, username):
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    statuses = _walk(client)
    dead = {path: found[:2] for path, found in statuses.items() if found[0] != 200}
    assert len(statuses) > 30
    assert dead == {}
    titles = [found[2] for found in statuses.values() if found[2]]
    repeated = [title for title in titles if len(set(parts := title.split(" – "))) < len(parts)]
    assert repeated == []
