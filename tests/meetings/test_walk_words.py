"""What a clerk met walking the demo's meeting pages (issue 11): choices named as a person
would name them, with no database numbers, no row of dashes and no council name repeated
on every committee of the council's own page."""

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from nolan.core.codes import load_code
from nolan.councils.models import Role
from nolan.meetings import services
from tests.factories import RoleFactory, UserFactory
from tests.meetings.factories import MeetingFactory
from tests.meetings.test_pages import build

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    return build("welwyn-hatfield")


def _url(name, setting, *args):
    return reverse(name, args=[setting["council"].slug, *args])


def test_the_declaration_form_offers_choices_in_words(client, setting):
    client.force_login(setting["clerk"])
    page = client.get(_url("manage-meeting", setting, setting["meeting"].pk)).content.decode()
    alices = setting["entries"]["alice"]
    assert f"(#{alices.pk})" not in page
    assert "---------" not in page
    assert "Choose an item" in page and "Choose a member" in page


def test_committees_are_named_without_their_council(client, setting):
    client.force_login(setting["clerk"])
    page = client.get(_url("new-meeting", setting)).content.decode()
    committee = setting["meeting"].committee
    assert f">{committee.name}</option>" in page
    assert f"({setting['council'].name})" not in page
    assert "---------" not in page


def test_a_coming_meeting_with_nothing_for_the_member_says_so(client, setting):
    user, _ = setting["people"]["alice"]
    later = MeetingFactory(
        committee=setting["meeting"].committee, starts=setting["meeting"].starts + dt.timedelta(7)
    )
    client.force_login(user)
    page = client.get(_url("my-prompts", setting)).content.decode()
    first, second = page.split('<h2 class="govuk-heading-l">')[1:3]
    assert _url("prompt", setting, setting["item"].pk, setting["entries"]["alice"].pk) in first
    assert "No agenda item appears to touch" not in first
    assert second.startswith(f"{later.committee.name}, {timezone.localtime(later.starts).day} ")
    assert "No agenda item appears to touch" in second


def test_a_refused_agenda_file_is_explained_without_codes_or_row_zero(client, setting):
    client.force_login(setting["clerk"])
    url = _url("manage-meeting", setting, setting["meeting"].pk)
    for name, content, code in [
        ("agenda.json", b"{not json", "unreadable"),
        ("agenda.png", b"\x89PNG\r\n\x1a\n\xff", "unknown-format"),
        ("agenda.csv", b"\x89PNG\r\n\x1a\n\x00\x00", "unreadable"),
    ]:
        response = client.post(url, {"action": "import", "file": SimpleUploadedFile(name, content)})
        page = response.content.decode()
        assert response.status_code == 400
        assert f'<li data-code="{code}">' in page
        assert f"({code})" not in page and "row 0" not in page.lower()


def _import(client, setting, name: str, content: bytes) -> str:
    url = _url("manage-meeting", setting, setting["meeting"].pk)
    response = client.post(url, {"action": "import", "file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    return response.content.decode().split('govuk-error-summary__list">')[1].split("</ul>")[0]


def test_an_agenda_file_that_is_not_json_says_where_in_plain_words(client, setting):
    client.force_login(setting["clerk"])
    content = b'[{"number": "1",\n  "title": "Apologies"\n    "kind": "other"}]'
    listed = _import(client, setting, "agenda.json", content)
    assert listed == (
        '<li data-code="unreadable">The file is not valid JSON: '
        "there is a problem on line 3, near column 5</li>"
    )
    assert "Expecting" not in listed and "(char" not in listed


def test_agenda_rows_in_error_name_their_column_as_the_file_heads_it_and_say_why_in_words(
    client, setting
):
    """The row and the column locate the cell, as in the register import; the sentence names
    the column by its label, never by the heading (issue 11)."""
    client.force_login(setting["clerk"])
    content = (
        b"number,title,kind,exempt_paragraph,public_may_speak,colour\n1,,gossip,8,perhaps,red\n"
    )
    listed = _import(client, setting, "agenda.csv", content)
    assert '<li data-code="missing-field">Row 2, column title: Give the title</li>' in listed
    assert (
        "Row 2, column kind: The kind of item must be planning, licensing, quasi-judicial" in listed
    )
    assert (
        "Row 2, column exempt_paragraph: The exempt paragraph must be a paragraph of Schedule 12A,"
        " 1 to 7"
    ) in listed
    assert (
        "Row 2, column public_may_speak: Say yes or no to whether the public may speak, or leave"
        " it empty"
    ) in listed
    assert "Row 2, column colour: “colour” is not one of an agenda&#x27;s columns" in listed
    sentences = [line.split(": ", 1)[1] for line in re.findall(r"<li[^>]*>(.*?)</li>", listed)]
    for raw in ("exempt_paragraph", "public_may_speak", "'colour'"):
        assert not any(raw in sentence for sentence in sentences), raw


def test_an_agenda_row_with_more_values_than_columns_is_explained_not_a_500(client, setting):
    client.force_login(setting["clerk"])
    listed = _import(client, setting, "agenda.csv", b"number,title,colour\n1,Fine,red,extra\n")
    assert (
        '<li data-code="extra-values">Row 2: The row has more values than the header row has '
        "columns</li>"
    ) in listed
    assert "None" not in listed


def back_link(response) -> str:
    return re.search(r'<a href="([^"]+)" class="govuk-back-link">', response.content.decode())[1]


def test_each_meeting_page_has_a_way_back(client, setting, by):
    user, alice = setting["people"]["alice"]
    client.force_login(user)
    mine = _url("my-prompts", setting)
    prompt = _url("prompt", setting, setting["item"].pk, setting["entries"]["alice"].pk)
    assert back_link(client.get(prompt)) == mine
    assert back_link(client.get(_url("apply-dispensation", setting))) == mine
    meetings = _url("meetings", setting)
    declarations = _url("meeting-declarations", setting, setting["meeting"].pk)
    assert back_link(client.get(declarations)) == meetings
    client.force_login(setting["clerk"])
    assert back_link(client.get(_url("new-meeting", setting))) == meetings
    application = services.apply_for_dispensation(
        by, member=alice, ground="b", matters="Budget", applied_on=dt.date(2026, 1, 1)
    )
    mo = UserFactory(username="mo")
    RoleFactory(user=mo, council=setting["council"], kind=Role.Kind.MONITORING_OFFICER)
    client.force_login(mo)
    decide = client.get(_url("decide-dispensation", setting, application.pk))
    assert back_link(decide) == _url("dispensation-applications", setting)


def test_the_advice_cites_and_links_the_paragraph_as_the_council_does(client, setting):
    user, _ = setting["people"]["alice"]
    client.force_login(user)
    url = _url("prompt", setting, setting["item"].pk, setting["entries"]["alice"].pk)
    response = client.get(url, {"relation": "directly_relates"})
    advice = response.context["advice"]
    assert advice.provisions
    code = load_code(setting["council"].code_slug)
    page = response.content.decode()
    for key in advice.provisions:
        provision = code.provision(key)
        link = f'{reverse("code", args=[code.slug])}#{provision.anchor}">{provision.citation}</a>'
        assert link in page


def test_a_dispensation_decision_cannot_be_dated_in_the_future(setting, by):
    _, alice = setting["people"]["alice"]
    application = services.apply_for_dispensation(
        by, member=alice, ground="b", matters="Budget", applied_on=dt.date(2026, 1, 1)
    )
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(services.MeetingsError) as refused:
        services.decide_dispensation(
            by,
            application,
            grant=False,
            decided_by="monitoring_officer",
            decided_on=tomorrow,
            reasons="Not needed",
        )
    assert (refused.value.code, refused.value.field) == ("future-date", "decided_on")
