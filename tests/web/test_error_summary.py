"""Every link in a GOV.UK error summary lands on a real input, whatever the field's widget."""

import re

import pytest
from django.contrib.auth import get_user_model

from nolan.demo import load_demo

pytestmark = pytest.mark.django_db


def summary_targets(html: str) -> list[str]:
    summary = html.split('class="govuk-error-summary"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'href="#([^"]*)"', summary)


@pytest.mark.parametrize(
    ("username", "path"),
    [
        # Radios (the s.33(2) ground) and plain text: a meetings form.
        ("councillor", "/councils/welwyn-hatfield/dispensations/apply/"),
        # A date in three parts (day, month, year): a registers form.
        ("councillor", "/councils/welwyn-hatfield/members/alex-fairweather/register/gifts/add/"),
    ],
)
def test_error_summary_links_point_at_inputs_on_the_page(client, username, path):
    load_demo()
    client.force_login(get_user_model().objects.get(username=username))
    # A browser always sends at least the CSRF token; an empty dict would mean "not posted".
    html = client.post(path, {"csrfmiddlewaretoken": "x"}).content.decode()
    targets = summary_targets(html)
    assert targets
    for target in targets:
        assert target and f'id="{target}"' in html, target


def _application_to_decide():
    from django.utils import timezone

    from nolan.councils.models import Member
    from nolan.meetings import services

    member = Member.objects.get(council__slug="welwyn-hatfield", name="Alex Fairweather")
    application = services.apply_for_dispensation(
        get_user_model().objects.get(username="councillor"),
        member=member,
        ground="c",
        matters="Item 3, Home Farm",
        applied_on=timezone.localdate(),
    )
    return f"/councils/welwyn-hatfield/dispensations/{application.pk}/decide/"


@pytest.mark.parametrize(
    ("username", "path"),
    [
        ("councillor", "/councils/welwyn-hatfield/dispensations/apply/"),
        ("mo", "/councils/welwyn-hatfield/meetings/new/"),
        ("mo", None),  # deciding a dispensation application
    ],
)
def test_a_refused_form_says_so_first_in_the_title_and_before_the_heading(client, username, path):
    """GOV.UK: a page whose form was refused starts its title with "Error: ", so that a
    screen reader says so first, and shows the error summary above the heading. It answers
    400, as the registers' forms do, so a script or a monitor sees the refusal too."""
    load_demo()
    path = path or _application_to_decide()
    client.force_login(get_user_model().objects.get(username=username))
    response = client.post(path, {"csrfmiddlewaretoken": "x"})
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r"<title>\s*Error: ", html), re.search(r"<title>.*?</title>", html, re.S)
    assert html.index('class="govuk-error-summary"') < html.index("<h1")


def test_the_officer_reads_the_members_reasons_under_the_question_the_member_answered(client):
    """The applicant answers "Why you need it"; the officer deciding read it as "Case"."""
    load_demo()
    path = _application_to_decide()
    client.force_login(get_user_model().objects.get(username="mo"))
    html = client.get(path).content.decode()
    assert ">Why they need it<" in html
    assert ">Case<" not in html


@pytest.mark.parametrize(
    "data",
    [
        {"action": "add-item", "kind": "gossip"},
        {"action": "declare", "kind": "gossip"},
        {"action": "import"},
        {"action": "import", "file": ("agenda.csv", b"number,title\n,No number\n")},
    ],
    ids=["add-item", "declare", "import", "import-rows"],
)
def test_the_meeting_page_says_a_refused_form_first_in_the_title_and_above_the_heading(
    client, data
):
    """The clerk's meeting page has three forms (add an item, import the agenda, record a
    declaration): whichever was refused, the title starts "Error: " and one error summary
    stands above the heading, its links each landing on the one input with that id."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from nolan.meetings.models import Meeting

    load_demo()
    meeting = Meeting.objects.filter(committee__council__slug="welwyn-hatfield").first()
    client.force_login(get_user_model().objects.get(username="mo"))
    if "file" in data:
        data = data | {"file": SimpleUploadedFile(*data["file"])}
    path = f"/councils/welwyn-hatfield/meetings/{meeting.pk}/manage/"
    response = client.post(path, data | {"csrfmiddlewaretoken": "x"})
    html = response.content.decode()
    assert response.status_code == 400
    assert re.search(r"<title>\s*Error: ", html), re.search(r"<title>.*?</title>", html, re.S)
    assert html.count('class="govuk-error-summary"') == 1
    assert html.index('class="govuk-error-summary"') < html.index("<h1")
    for target in summary_targets(html):
        assert html.count(f'id="{target}"') == 1, target
