"""An empty list or table says what is empty in plain words (issue 11): "No annual
confirmation is overdue.", not a bare "None." that leaves the reader to work out what there
is none of. One pattern across the site: the loop's ``{% empty %}`` (or the page's
``{% if not ... %}``) gives a sentence naming the thing."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

import nolan
from nolan.councils.models import Role
from tests.complaints.factories import officer
from tests.factories import CouncilFactory

TEMPLATES = sorted(Path(nolan.__file__).parent.glob("*/templates/**/*.html")) + sorted(
    (Path(nolan.__file__).parent / "templates").glob("**/*.html")
)
EMPTY = re.compile(r"{% empty %}(.*?){% endfor %}", re.S)
BARE = re.compile(r">\s*None\.?\s*<")


def _text(fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", fragment).strip()


def test_no_template_answers_an_empty_list_with_a_bare_none():
    assert TEMPLATES
    found = [
        f"{path.relative_to(Path(nolan.__file__).parent)}: {_text(body)!r}"
        for path in TEMPLATES
        for body in EMPTY.findall(path.read_text())
        if re.match(r"None\b", _text(body))
    ]
    found += [
        f"{path.relative_to(Path(nolan.__file__).parent)}: {bare!r}"
        for path in TEMPLATES
        for bare in BARE.findall(path.read_text())
    ]
    assert found == []


@pytest.mark.django_db
def test_the_monitoring_officers_register_page_says_what_is_empty(client):
    council = CouncilFactory()
    client.force_login(officer(council))
    page = client.get(reverse("register-officer", args=[council.slug])).content.decode()
    for sentence in (
        "No registration of interests is overdue.",
        "No annual confirmation is overdue.",
        "No interest or gift was registered late.",
        "No request to withhold a sensitive interest awaits your decision or review.",
        "No gifts or hospitality await your review.",
    ):
        assert sentence in page
    assert "None." not in page


@pytest.mark.django_db
def test_a_council_without_meetings_says_so(client):
    council = CouncilFactory()
    page = client.get(reverse("meetings", args=[council.slug])).content.decode()
    assert "No meetings are coming up." in page
    assert "No past meetings are recorded." in page
    client.force_login(officer(council, Role.Kind.MONITORING_OFFICER))
    pending = client.get(reverse("dispensation-applications", args=[council.slug]))
    assert "No application for a dispensation awaits a decision." in pending.content.decode()
    assert "None." not in pending.content.decode()
