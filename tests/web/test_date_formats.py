"""One format for dates and one for date-times, on every page a person reads (issue 11).

Pages wrote "1 Dec 2026", "01 December 2026", "1 December 2026, 19:30" and "7:30p.m." side
by side. Every page the demo's resident, councillor, clerk, Independent Person and
Monitoring Officer can reach is walked, and its visible text (not its links, forms' values
or code samples, where ISO dates belong) must write a date as "1 December 2026" and a time
as "7:30pm" or "10am" (``nolan.core.dates``).
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import Resolver404, resolve
from freezegun import freeze_time

from nolan.complaints.models import Complaint
from nolan.demo import load_demo

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# Each way of writing a date or time that is not the one format, by what is wrong with it.
WRONG = {
    "iso-date": re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    "slashed-date": re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
    "leading-zero": re.compile(rf"\b0\d (?:{MONTHS})\b"),
    "short-month": re.compile(rf"\b\d{{1,2}} (?:{SHORT})\.?(?: |$)"),
    "month-first": re.compile(rf"\b(?:{MONTHS}|{SHORT})\.? \d{{1,2}}, \d{{4}}"),
    "24-hour-time": re.compile(r"\b\d{1,2}:\d{2}\b(?!\s?[ap]m)"),
    "dotted-am-pm": re.compile(r"(?<![a-z])[ap]\.m\."),
    "zero-minutes": re.compile(r":00\s?[ap]m\b"),
    "12am-12pm": re.compile(r"\b12\s?[ap]m\b"),
}
# The demo is loaded and walked at one moment, not whenever the test runs: its times (a
# case's steps, a kept check) are the clock's, so the walk read different times on each run.
# Midnight in the UK (GMT in December) is the time likeliest to be written "12am".
AT = "2026-12-03 00:00:00+00:00"
# Where a date is not shown to be read: scripts, styles, and code samples (an API's ?on=).
NOT_READ = {"script", "style", "code", "pre"}
NOT_WALKED = ("/sign-out/", "/admin/", "/static/", "/api/")
# A form's example of a time to type ("For example, 19:30") is the box's format, not a time
# shown. (Dates are typed in the GOV.UK date input's boxes, whose example, "3 12 2026", is no
# format a page shows a date in.)
TYPED = re.compile(r"(?i)(?:for example|like),? \d{1,2}:\d{2}")


class _Page(HTMLParser):
    """A page's visible text and its links."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in NOT_READ
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)

    def handle_endtag(self, tag):
        self.hidden -= tag in NOT_READ

    def handle_data(self, data):
        if not self.hidden:
            self.text.append(data)


def _kind(path: str) -> tuple:
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return ("unresolved", path)
    return (match.url_name, match.kwargs.get("council"), match.kwargs.get("code"))


def _walk(client) -> dict[str, str]:
    """The visible text of one page of each kind reachable from the home page."""
    seen: set[tuple] = set()
    queue, texts = ["/"], {}
    while queue:
        path = queue.pop(0)
        if _kind(path) in seen:
            continue
        seen.add(_kind(path))
        response = client.get(path, follow=True)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        page = _Page()
        page.feed(response.content.decode())
        texts[path] = re.sub(r"\s+", " ", " ".join(page.text))
        for href in page.hrefs:
            parts = urlsplit(urljoin(f"http://testserver{path}", href))
            if parts.netloc == "testserver" and not parts.path.startswith(NOT_WALKED):
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return texts


def wrong_dates(text: str) -> list[tuple[str, str]]:
    """Each date or time in ``text`` written otherwise than in the one format, with why."""
    text = TYPED.sub("", text)
    return [
        (why, found.group()) for why, pattern in WRONG.items() for found in pattern.finditer(text)
    ]


@pytest.fixture
def demo(db):
    with freeze_time(AT):
        load_demo()
        yield


@pytest.mark.parametrize("username", [None, "councillor", "clerk", "ip", "mo"])
def test_every_page_writes_dates_and_times_one_way(client, demo, username):
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    texts = _walk(client)
    assert len(texts) > 10
    wrong = {path: found for path, text in texts.items() if (found := wrong_dates(text))}
    assert wrong == {}


def test_the_demos_times_are_those_of_the_fixed_moment(client, demo):
    client.force_login(get_user_model().objects.get(username="mo"))
    case = Complaint.objects.order_by("reference").first()
    page = _Page()
    page.feed(client.get(case.get_absolute_url()).content.decode())
    times = re.findall(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}} at (\S+)", " ".join(page.text))
    assert times and set(times) == {"midnight"}


def test_the_check_catches_each_other_format():
    for written in (
        "1 Dec 2026",
        "01 December 2026",
        "Dec. 1, 2026",
        "2026-12-01",
        "01/12/2026",
        "19:30",
        "7:30p.m.",
        "10:00am",
        "12pm",
    ):
        assert wrong_dates(f"Meeting on {written} here"), written
    assert wrong_dates("1 December 2026 at 7:30pm, 10am to midday, 1 May 2026") == []
