"""What a new user met walking the demo's meeting pages (the walk of 2 December 2026): each
test failed before its change."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from nolan.councils.models import Role
from nolan.meetings import minutes, services
from nolan.meetings.models import Meeting
from tests.factories import RoleFactory, UserFactory
from tests.meetings.factories import typed_date
from tests.meetings.test_pages import build
from tests.registers.test_plain_words import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    """A planning meeting next week, with an item on land two councillors registered."""
    return build("welwyn-hatfield")


def _url(name, setting, *args):
    return reverse(name, args=[setting["council"].slug, *args])


def test_declarations_are_not_published_before_the_meeting_has_begun(client, setting, by):
    """Walk item 5: a meeting weeks away had its declarations published, and the public page
    said a member "left the room"."""
    _, alice = setting["people"]["alice"]
    services.record_declaration(
        by, item=setting["item"], member=alice, kind="dpi", nature="Owns the land"
    )
    with pytest.raises(services.MeetingsError) as refused:
        services.publish_declarations(by, setting["meeting"])
    assert refused.value.code == "meeting-not-begun"
    client.force_login(setting["clerk"])
    url = _url("manage-meeting", setting, setting["meeting"].pk)
    assert "Publish the declarations" not in client.get(url).content.decode()
    response = client.post(url, {"action": "publish"}, follow=True)
    assert "once the meeting has begun" in response.content.decode()
    assert not Meeting.objects.filter(declarations_published__isnull=False).exists()
    Meeting.objects.filter(pk=setting["meeting"].pk).update(
        starts=timezone.now() - dt.timedelta(hours=1)
    )
    assert "Publish the declarations" in client.get(url).content.decode()
    client.post(url, {"action": "publish"})
    assert Meeting.objects.filter(declarations_published__isnull=False).exists()


def test_a_declaration_says_what_the_interest_is_unless_it_is_sensitive(client, setting, by):
    """Walk item 29: a declaration with no nature and no register entry read in the minutes
    "declared an interest (other registerable interest)." and nothing more."""
    _, alice = setting["people"]["alice"]
    with pytest.raises(services.MeetingsError) as refused:
        services.record_declaration(by, item=setting["item"], member=alice, kind="ori")
    assert (refused.value.code, refused.value.field) == ("nature-required", "nature")
    client.force_login(setting["clerk"])
    url = _url("manage-meeting", setting, setting["meeting"].pk)
    data = {"action": "declare", "item": setting["item"].pk, "member": alice.pk, "kind": "ori"}
    response = client.post(url, data)
    assert response.status_code == 400
    (error,) = response.context["declaration_form"].errors.as_data()["nature"]
    assert error.code == "nature-required"
    entry = setting["entries"]["alice"]
    services.record_declaration(
        by, item=setting["item"], member=alice, kind="dpi", interest_entry=entry
    )
    (sentence,) = minutes.declarations_section(setting["meeting"])
    assert sentence.endswith(
        "declared an interest (disclosable pecuniary interest), registered as Land and property: "
        "14 Church Street, Welwyn, AL6 9LW."
    )


DJANGO_DEFAULTS = (
    "This field is required.",
    "Select a valid choice",
    "Enter a valid",
    "Ensure this value",
    "No file was submitted",
    "The submitted file is empty",
)


def _errors(response, form="form") -> list[str]:
    return [str(e) for errors in response.context[form].errors.values() for e in errors]


def _assert_named_in_words(messages: list[str]) -> None:
    assert messages
    for message in messages:
        assert not message.startswith(DJANGO_DEFAULTS), message
        assert message[0].isupper(), message


def test_the_meeting_forms_name_each_field_in_their_errors(client, setting, by):
    """Walk item 7: an empty or tampered form answered "This field is required." and "Select a
    valid choice. committee is not one of the available choices." without naming the field."""
    client.force_login(setting["clerk"])
    new = client.post(_url("new-meeting", setting), {"committee": "committee"})
    _assert_named_in_words(_errors(new))
    assert {"committee", "starts", "venue"} <= set(new.context["form"].errors)
    manage = _url("manage-meeting", setting, setting["meeting"].pk)
    item = client.post(manage, {"action": "add-item", "kind": "gossip", "exempt_paragraph": "9"})
    _assert_named_in_words(_errors(item, "item_form"))
    assert {"number", "title", "kind", "exempt_paragraph"} <= set(item.context["item_form"].errors)
    declare = client.post(manage, {"action": "declare", "item": "x", "dispensation": "x"})
    _assert_named_in_words(_errors(declare, "declaration_form"))
    assert {"item", "member", "kind", "dispensation"} <= set(
        declare.context["declaration_form"].errors
    )
    imported = client.post(manage, {"action": "import"})
    _assert_named_in_words(_errors(imported, "import_form"))
    page = declare.content.decode()
    assert "Item: Choose" not in page  # the summary says the message once, not after the label
    assert "Committee: Choose" not in new.content.decode()
    user, alice = setting["people"]["alice"]
    client.force_login(user)
    apply = client.post(_url("apply-dispensation", setting), {"ground": "z"})
    _assert_named_in_words(_errors(apply))
    application = services.apply_for_dispensation(
        by, member=alice, ground="b", matters="Budget", applied_on=dt.date(2026, 1, 1)
    )
    mo = UserFactory(username="mo")
    RoleFactory(user=mo, council=setting["council"], kind=Role.Kind.MONITORING_OFFICER)
    client.force_login(mo)
    decide = client.post(
        _url("decide-dispensation", setting, application.pk), {"decided_by": "the-cat"}
    )
    _assert_named_in_words(_errors(decide))
    assert {"grant", "decided_by", "decided_on", "reasons"} <= set(decide.context["form"].errors)


def test_the_services_refusals_on_the_meeting_forms_are_sentences_to_the_user(client, setting, by):
    """Walk item 7: "the end is before the start", "this meeting already has that item"."""
    client.force_login(setting["clerk"])
    manage = _url("manage-meeting", setting, setting["meeting"].pk)
    data = {"action": "add-item", "number": setting["item"].number, "title": "Again"}
    again = client.post(manage, data | {"kind": "other"})
    (error,) = again.context["item_form"].errors.as_data()["number"]
    assert error.code == "duplicate-number"
    assert error.message == (
        f"This meeting already has an item {setting['item'].number}: give this item another number"
    )
    _, alice = setting["people"]["alice"]
    application = services.apply_for_dispensation(
        by, member=alice, ground="b", matters="Budget", applied_on=dt.date(2026, 1, 1)
    )
    mo = UserFactory(username="mo")
    RoleFactory(user=mo, council=setting["council"], kind=Role.Kind.MONITORING_OFFICER)
    client.force_login(mo)
    decide = client.post(
        _url("decide-dispensation", setting, application.pk),
        {
            "grant": "yes",
            "decided_by": "monitoring_officer",
            **typed_date("decided_on", dt.date(2026, 2, 1)),
            **typed_date("start", dt.date(2026, 2, 1)),
            **typed_date("end", dt.date(2026, 1, 1)),
            "reasons": "Balance",
        },
    )
    (error,) = decide.context["form"].errors.as_data()["end"]
    assert error.code == "end-before-start"
    _assert_named_in_words([error.message])


def _post_agenda(client, setting, name: str, content: bytes):
    url = _url("manage-meeting", setting, setting["meeting"].pk)
    upload = SimpleUploadedFile(name, content)
    return client.post(url, {"action": "import", "file": upload}, follow=True)


def _listed(response) -> str:
    return response.content.decode().split('govuk-error-summary__list">')[1].split("</ul>")[0]


def test_a_file_that_is_not_an_agenda_is_refused_as_one_not_as_empty(client, setting):
    """Walk item 9: a program (.exe) was refused as "The file has no agenda items"."""
    client.force_login(setting["clerk"])
    for name, content in [
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"),
        ("agenda.csv", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"),
    ]:
        response = _post_agenda(client, setting, name, content)
        assert response.status_code == 400
        listed = _listed(response)
        assert "no agenda items" not in listed
        assert "CSV" in listed and "JSON" in listed


def test_a_csv_saved_by_excel_in_windows_encoding_is_read(client, setting):
    """Walk item 9: a CSV saved by Excel on Windows ("CSV (Comma delimited)", Windows-1252)
    was refused as "The file is not UTF-8 text."."""
    client.force_login(setting["clerk"])
    content = "number,title\r\n7,Café licence – Mill Lane\r\n".encode("cp1252")
    response = _post_agenda(client, setting, "agenda.csv", content)
    assert response.status_code == 200
    assert setting["meeting"].items.get(number="7").title == "Café licence – Mill Lane"
    assert "1 item imported." in response.content.decode()


def test_an_item_number_must_be_one_an_agenda_prints(client, setting, by):
    """Walk item 9: an item numbered "abc" was accepted and listed as "abc. x"."""
    with pytest.raises(services.MeetingsError) as refused:
        services.add_item(by, setting["meeting"], {"number": "abc", "title": "x"})
    assert (refused.value.code, refused.value.field) == ("not-an-item-number", "number")
    for number in ("4", "5a", "7.1", "12A.1", "B2"):
        services.add_item(by, setting["meeting"], {"number": number, "title": "x"})
    client.force_login(setting["clerk"])
    response = _post_agenda(client, setting, "agenda.csv", b"number,title\nabc,x\n")
    listed = _listed(response)
    assert '<li data-code="not-an-item-number">Row ' in listed and ", column number: " in listed


def test_the_members_prompts_read_as_sentences(client, setting, by):
    """Walk item 22: "the street or property of land you registered appears", and a link read
    as "say it may be related (item 3)"."""
    user, _ = setting["people"]["alice"]
    entry = setting["entries"]["alice"]
    client.force_login(user)
    url = _url("my-prompts", setting)
    page = " ".join(visible_text(client.get(url)).split())
    assert "property of land" not in page
    assert "the street or property named in an address you registered appears" in page
    services.dismiss_prompt(user, item=setting["item"], entry=entry)
    # The text as read: a full stop after a link's end tag follows the link's last word.
    page = " ".join(visible_text(client.get(url)).split()).replace(" .", ".")
    number = setting["item"].number
    assert (
        f"Look at item {number} again. If you were wrong, say item {number} may be related to "
        "your interest." in page
    )
    assert "(item" not in page
