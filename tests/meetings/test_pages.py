"""Meeting pages: who sees what, the councillor's prompt flow, the clerk's workflow and the
public record, with sensitive interests withheld everywhere."""

import datetime as dt
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from nolan.councils.models import Role
from nolan.meetings import services
from nolan.meetings.models import Declaration, Meeting, PromptDismissal
from nolan.registers.models import InterestEntry, Sensitivity
from tests.factories import (
    CommitteeFactory,
    CommitteeMembershipFactory,
    CouncilFactory,
    MemberFactory,
    RoleFactory,
    UserFactory,
)
from tests.meetings.factories import AgendaItemFactory, MeetingFactory, typed_date

pytestmark = pytest.mark.django_db

SOON = timezone.now() + dt.timedelta(days=7)


def _entry(member, **fields):
    values = {"category": "land", "land_address": "14 Church Street, Welwyn, AL6 9LW"} | fields
    return InterestEntry.objects.create(
        member=member,
        registered_at=timezone.now(),
        registered_by=UserFactory(),
        start=dt.date(2024, 5, 20),
        **values,
    )


def build(slug):
    """A planning meeting next week with an item on land two councillors registered."""
    council = CouncilFactory(slug=slug)
    committee = CommitteeFactory(council=council)
    meeting = MeetingFactory(committee=committee, starts=SOON, public_may_speak=True)
    item = AgendaItemFactory(
        meeting=meeting,
        title="6/2026/0412: two dwellings",
        description="Land rear of 14 Church St, Welwyn",
        addresses="Land rear of 14 Church Street, AL6 9LW",
    )
    AgendaItemFactory(meeting=meeting, title="Minutes", description="", addresses="")
    people = {}
    for name in ("alice", "bob"):
        user = UserFactory(username=name)
        member = MemberFactory(council=council, user=user, name=f"Cllr {name.title()}")
        CommitteeMembershipFactory(committee=committee, member=member)
        RoleFactory(user=user, council=council, kind=Role.Kind.COUNCILLOR)
        people[name] = (user, member)
    entries = {
        "alice": _entry(people["alice"][1]),
        "bob": _entry(people["bob"][1], sensitivity=Sensitivity.AGREED),
    }
    clerk = UserFactory(username="clerk")
    RoleFactory(user=clerk, council=council, kind=Role.Kind.CLERK)
    return {
        "council": council,
        "meeting": meeting,
        "item": item,
        "people": people,
        "entries": entries,
        "clerk": clerk,
    }


@pytest.fixture
def setting():
    return build("welwyn-hatfield")


def begin(meeting):
    """Move ``meeting`` to have begun an hour ago: declarations are published only then."""
    Meeting.objects.filter(pk=meeting.pk).update(starts=timezone.now() - dt.timedelta(hours=1))


def _url(name, setting, *args):
    return reverse(name, args=[setting["council"].slug, *args])


def test_councillor_is_prompted_about_an_item_on_land_they_registered(client, setting):
    user, _ = setting["people"]["alice"]
    client.force_login(user)
    page = client.get(_url("my-prompts", setting)).content.decode()
    prompt = _url("prompt", setting, setting["item"].pk, setting["entries"]["alice"].pk)
    assert prompt in page
    assert "Minutes" not in page


def test_councillor_sees_only_their_own_prompts(client, setting):
    user, _ = setting["people"]["alice"]
    client.force_login(user)
    page = client.get(_url("my-prompts", setting)).content.decode()
    bobs = _url("prompt", setting, setting["item"].pk, setting["entries"]["bob"].pk)
    assert bobs not in page
    assert client.get(bobs).status_code == 404


@pytest.mark.parametrize("name", ["prompt", "dismiss-prompt", "withdraw-dismissal"])
def test_a_prompt_opens_only_for_an_item_and_interest_the_matcher_pairs(client, setting, name):
    user, member = setting["people"]["alice"]
    unmatched = _entry(member, category="charity", land_address="", body_name="Oakfield Trust")
    if name == "withdraw-dismissal":
        # An answer to take back (given before the item's text changed, as the service now
        # refuses one for an unpaired item), so only the pairing can refuse the page.
        PromptDismissal.objects.create(item=setting["item"], entry=unmatched, dismissed_by=user)
    client.force_login(user)
    url = _url(name, setting, setting["item"].pk, unmatched.pk)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    matched = _url(name, setting, setting["item"].pk, setting["entries"]["alice"].pk)
    if name != "withdraw-dismissal":
        assert client.get(matched).status_code == 200


def test_the_prompt_asks_directly_relates_first_and_then_advises_with_paragraphs(client, setting):
    user, _ = setting["people"]["alice"]
    client.force_login(user)
    url = _url("prompt", setting, setting["item"].pk, setting["entries"]["alice"].pk)
    first = client.get(url)
    assert first.context["question"] == "relation"
    answered = client.get(url, {"relation": "directly_relates"})
    advice = answered.context["advice"]
    assert answered.context["question"] is None
    assert advice.declare and not advice.may_vote and not advice.may_remain
    assert advice.paragraphs == ("5",)


@pytest.mark.parametrize(
    ("slug", "expected", "declare"),
    [
        # Bexley para 8c covers a Table 2 body, so its two-limb test (para 9) decides.
        ("bexley", ["greater_than_majority", "reasonable_member"], True),
        # Welwyn Hatfield para 8c names only DPI bodies: the limbs cannot change the advice.
        ("welwyn-hatfield", [], False),
    ],
)
def test_the_two_limbs_are_asked_only_where_the_councils_code_needs_them(
    client, slug, expected, declare
):
    setting = build(slug)
    user, member = setting["people"]["alice"]
    entry = _entry(member, category="charity", land_address="", body_name="Oakfield Youth Trust")
    grant = AgendaItemFactory(
        meeting=setting["meeting"],
        title="Community grants 2026/27",
        description="A grant of £5,000 to the Oakfield Youth Trust for its summer club.",
        kind="other",
    )
    client.force_login(user)
    url = _url("prompt", setting, grant.pk, entry.pk)
    assert client.get(url, {"relation": "directly_relates"}).context["question"] is None
    asked = []
    answers = {"relation": "affects"}
    while (question := client.get(url, answers).context["question"]) is not None:
        asked.append(question)
        answers[question] = "yes"
    assert asked == expected
    assert client.get(url, answers).context["advice"].declare is declare


def test_a_sensitive_interest_is_advised_to_be_declared_without_its_nature(client, setting):
    user, _ = setting["people"]["bob"]
    client.force_login(user)
    url = _url("prompt", setting, setting["item"].pk, setting["entries"]["bob"].pk)
    advice = client.get(url, {"relation": "directly_relates"}).context["advice"]
    assert advice.declare and not advice.disclose_nature


def test_a_dispensation_in_force_is_asked_about_and_changes_the_advice(client, setting, by):
    user, member = setting["people"]["alice"]
    application = services.apply_for_dispensation(
        by, member=member, ground="c", matters="Church Street", applied_on=dt.date(2026, 1, 1)
    )
    services.decide_dispensation(
        by,
        application,
        grant=True,
        decided_by="standards_committee",
        decided_on=dt.date(2026, 1, 2),
        reasons="Reasons",
        start=timezone.localdate(),
        end=timezone.localdate() + dt.timedelta(days=365),
    )
    client.force_login(user)
    url = _url("prompt", setting, setting["item"].pk, setting["entries"]["alice"].pk)
    answers = {"relation": "directly_relates"}
    assert client.get(url, answers).context["question"] == "dispensation"
    covered = client.get(url, answers | {"dispensation": "yes"}).context["advice"]
    assert covered.declare and covered.may_vote


def test_clerk_imports_an_agenda_all_or_nothing(client, setting):
    client.force_login(setting["clerk"])
    meeting = MeetingFactory(committee=setting["meeting"].committee)
    url = _url("manage-meeting", setting, meeting.pk)
    bad = SimpleUploadedFile("agenda.csv", b"number,title\n1,\n2,Fine\n")
    response = client.post(url, {"action": "import", "file": bad})
    assert response.status_code == 400
    page = response.content.decode()
    assert '<li data-code="missing-field">Row 2, column title: Give the title</li>' in page
    assert "(missing-field)" not in page
    assert not meeting.items.exists()
    good = Path(__file__).parent / "data" / "agenda.csv"
    upload = SimpleUploadedFile("agenda.csv", good.read_bytes())
    assert client.post(url, {"action": "import", "file": upload}).status_code == 302
    assert meeting.items.count() == 3


def test_clerk_records_declarations_and_the_minutes_withhold_sensitive_ones(client, setting):
    client.force_login(setting["clerk"])
    url = _url("manage-meeting", setting, setting["meeting"].pk)
    _, alice = setting["people"]["alice"]
    _, bob = setting["people"]["bob"]
    item = setting["item"].pk
    for member, extra in ((alice, {"nature": "Owns the land"}), (bob, {"sensitive": "on"})):
        data = {"action": "declare", "item": item, "member": member.pk, "kind": "dpi"}
        data["left_room"] = "on"
        assert client.post(url, data | extra).status_code == 302
    refused = client.post(
        url,
        {
            "action": "declare",
            "item": item,
            "member": bob.pk,
            "kind": "ori",
            "sensitive": "on",
            "nature": "Home",
        },
    )
    assert refused.status_code == 400
    errors = refused.context["declaration_form"].errors.as_data()
    assert [e.code for found in errors.values() for e in found] == ["sensitive-with-nature"]
    # The refused form is shown again with the clerk's choices still chosen.
    shown = refused.content.decode()
    assert f'<option value="{item}" selected>' in shown
    assert f'<option value="{bob.pk}" selected>' in shown
    assert '<option value="ori" selected>' in shown
    text = client.get(_url("meeting-minutes-text", setting, setting["meeting"].pk)).content
    text = text.decode()
    assert (
        "Cllr Alice declared an interest (disclosable pecuniary interest): Owns the land." in text
    )
    assert "Cllr Bob declared a sensitive interest." in text
    assert Declaration.objects.count() == 2


def test_public_sees_declarations_only_once_published_and_never_a_sensitive_nature(
    client, setting, by
):
    _, alice = setting["people"]["alice"]
    _, bob = setting["people"]["bob"]
    services.record_declaration(by, item=setting["item"], member=alice, kind="dpi", nature="Owner")
    services.record_declaration(by, item=setting["item"], member=bob, kind="dpi", sensitive=True)
    url = _url("meeting-declarations", setting, setting["meeting"].pk)
    assert "Owner" not in client.get(url).content.decode()
    begin(setting["meeting"])
    services.publish_declarations(by, setting["meeting"])
    page = client.get(url).content.decode()
    assert "Owner" in page and "A sensitive interest" in page
    assert bob.get_absolute_url() in page


@pytest.mark.parametrize("name", ["manage-meeting", "meeting-minutes", "meeting-minutes-text"])
def test_clerk_pages_refuse_councillors_and_other_councils_clerks(client, setting, name):
    url = _url(name, setting, setting["meeting"].pk)
    client.force_login(setting["people"]["alice"][0])
    assert client.get(url).status_code == 403
    outsider = UserFactory(username="bexley-clerk")
    RoleFactory(user=outsider, council=CouncilFactory(slug="bexley"), kind=Role.Kind.CLERK)
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    client.force_login(setting["clerk"])
    assert client.get(url).status_code == 200


def test_a_clerk_cannot_reach_another_councils_meeting_through_their_own_council(client, setting):
    other = MeetingFactory(committee=CommitteeFactory(council=CouncilFactory(slug="bexley")))
    client.force_login(setting["clerk"])
    assert client.get(_url("manage-meeting", setting, other.pk)).status_code == 404


def test_ical_feed_lists_the_councils_meetings_with_aware_times(client, setting):
    response = client.get(_url("meetings-ical", setting))
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 1
    start = events[0].decoded("dtstart")
    assert start == setting["meeting"].starts.replace(microsecond=0)
    assert start.tzinfo is not None


def test_public_register_of_dispensations_shows_granted_ones_with_expiry(client, setting, by):
    _, alice = setting["people"]["alice"]
    _, bob = setting["people"]["bob"]
    granted = services.apply_for_dispensation(
        by, member=alice, ground="a", matters="Budget setting", applied_on=dt.date(2026, 1, 1)
    )
    services.decide_dispensation(
        by,
        granted,
        grant=True,
        decided_by="monitoring_officer",
        decided_on=dt.date(2026, 1, 2),
        reasons="Quorum",
        start=dt.date(2026, 1, 3),
        end=dt.date(2029, 1, 2),
    )
    services.apply_for_dispensation(
        by, member=bob, ground="e", matters="Pending matter", applied_on=dt.date(2026, 1, 1)
    )
    page = client.get(_url("dispensations", setting)).content.decode()
    assert "Budget setting" in page and "2 January 2029" in page
    assert "Pending matter" not in page


def test_monitoring_officer_decides_an_application_through_the_page(client, setting, by):
    _, alice = setting["people"]["alice"]
    application = services.apply_for_dispensation(
        by, member=alice, ground="b", matters="Budget", applied_on=dt.date(2026, 1, 1)
    )
    officer = UserFactory(username="mo")
    RoleFactory(user=officer, council=setting["council"], kind=Role.Kind.MONITORING_OFFICER)
    client.force_login(officer)
    url = _url("decide-dispensation", setting, application.pk)
    data = {
        "grant": "yes",
        "decided_by": "monitoring_officer",
        **typed_date("decided_on", dt.date(2026, 1, 2)),
        **typed_date("start", dt.date(2026, 1, 3)),
        **typed_date("end", dt.date(2030, 1, 3)),
        "reasons": "Balance",
    }
    too_long = client.post(url, data)
    assert too_long.status_code == 400
    errors = too_long.context["form"].errors.as_data()
    assert [e.code for found in errors.values() for e in found] == ["period-over-four-years"]
    assert client.post(url, data | typed_date("end", dt.date(2030, 1, 2))).status_code == 302
    application.refresh_from_db()
    assert application.status == "granted"


def test_a_declaration_links_to_the_public_register_entry_unless_sensitive(client, setting, by):
    _, alice = setting["people"]["alice"]
    _, bob = setting["people"]["bob"]
    alices, bobs = setting["entries"]["alice"], setting["entries"]["bob"]
    item = setting["item"]
    services.record_declaration(by, item=item, member=alice, kind="dpi", interest_entry=alices)
    with pytest.raises(services.MeetingsError) as excinfo:
        services.record_declaration(by, item=item, member=bob, kind="dpi", interest_entry=bobs)
    assert excinfo.value.code == "entry-is-sensitive"
    with pytest.raises(services.MeetingsError) as excinfo:
        services.record_declaration(by, item=item, member=bob, kind="ori", interest_entry=alices)
    assert excinfo.value.code == "entry-of-another-member"
    services.record_declaration(
        by, item=item, member=bob, kind="dpi", interest_entry=bobs, sensitive=True
    )
    begin(item.meeting)
    services.publish_declarations(by, item.meeting)
    page = client.get(_url("meeting-declarations", setting, item.meeting.pk)).content.decode()
    register = reverse("register-member", args=[setting["council"].slug, alice.slug])
    assert f"{register}#interest-{alices.pk}" in page
    assert f"#interest-{bobs.pk}" not in page


def test_the_clerks_entry_choices_never_show_a_sensitive_entrys_details(client, setting):
    client.force_login(setting["clerk"])
    bobs = setting["entries"]["bob"]
    bobs.land_address = "1 Secret Lane, AL6 0XX"
    bobs.save()
    page = client.get(_url("manage-meeting", setting, setting["meeting"].pk)).content.decode()
    assert "Secret Lane" not in page
    assert "Cllr Bob: a sensitive interest registered" in page
    assert f"(#{bobs.pk})" not in page


def test_clerk_adds_a_meeting_and_an_item_by_hand(client, setting):
    client.force_login(setting["clerk"])
    response = client.post(
        _url("new-meeting", setting),
        {
            "committee": setting["meeting"].committee.pk,
            "starts": "19:30",
            **typed_date("day", dt.date(2026, 12, 3)),
            "venue": "Campus East",
            "public_may_speak": "on",
        },
    )
    assert response.status_code == 302
    meeting = setting["meeting"].committee.meetings.get(venue="Campus East")
    assert timezone.localtime(meeting.starts).hour == 19
    data = {"action": "add-item", "number": "1", "title": "Grant", "kind": "other"}
    data["organisations"] = "Acme Ltd; Zenith plc"
    assert client.post(_url("manage-meeting", setting, meeting.pk), data).status_code == 302
    assert meeting.items.get().organisations == "Acme Ltd\nZenith plc"


def test_clerk_sees_which_members_interests_may_touch_items_with_sensitive_ones_withheld(
    client, setting
):
    bobs = setting["entries"]["bob"]
    bobs.land_address = "1 Secret Lane, Welwyn, AL6 9LW"
    bobs.save()
    client.force_login(setting["clerk"])
    page = client.get(_url("manage-meeting", setting, setting["meeting"].pk))
    found = {(p.entry.member.name, p.item.pk) for p in page.context["possible"]}
    assert found == {("Cllr Alice", setting["item"].pk), ("Cllr Bob", setting["item"].pk)}
    html = page.content.decode()
    assert "Secret Lane" not in html
    assert "A sensitive interest" in html


def test_an_interest_agreed_sensitive_after_it_was_declared_leaves_no_public_trace(
    client, setting, by
):
    _, alice = setting["people"]["alice"]
    entry = setting["entries"]["alice"]
    services.record_declaration(
        by,
        item=setting["item"],
        member=alice,
        kind="dpi",
        nature="Owns 14 Church Street",
        interest_entry=entry,
    )
    begin(setting["meeting"])
    services.publish_declarations(by, setting["meeting"])
    url = _url("meeting-declarations", setting, setting["meeting"].pk)
    assert "Owns 14 Church Street" in client.get(url).content.decode()
    entry.sensitivity = Sensitivity.AGREED
    entry.save()
    page = client.get(url).content.decode()
    assert "Owns 14 Church Street" not in page and "A sensitive interest" in page
    assert f"#interest-{entry.pk}" not in page
    client.force_login(setting["clerk"])
    for name in ("meeting-minutes", "meeting-minutes-text"):
        minutes = client.get(_url(name, setting, setting["meeting"].pk)).content.decode()
        assert "Owns 14 Church Street" not in minutes and "a sensitive interest" in minutes
