"""The meetings services refuse whoever may not act for the council, whatever page, command or
script calls them (issue 11): a Monitoring Officer of another council, a councillor acting
for someone else, and an anonymous visitor are turned away with ``not-allowed`` and nothing
is saved; the council's own officers (and a principal's for its parishes) may act."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from nolan.councils.models import Role
from nolan.meetings import services
from nolan.meetings.models import AgendaItem, Declaration, Dispensation, Meeting
from nolan.meetings.services import MeetingsError
from tests.factories import CommitteeFactory, CouncilFactory, MemberFactory, RoleFactory
from tests.meetings.factories import AgendaItemFactory, DispensationFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def wh():
    council = CouncilFactory(slug="welwyn-hatfield")
    committee = CommitteeFactory(council=council)
    # Begun an hour ago, so that its declarations may be published.
    meeting = MeetingFactory(committee=committee, starts=timezone.now() - dt.timedelta(hours=1))
    councillor = RoleFactory(council=council, kind=Role.Kind.COUNCILLOR).user
    return {
        "council": council,
        "committee": committee,
        "meeting": meeting,
        "item": AgendaItemFactory(meeting=meeting, number="3"),
        "alice": MemberFactory(council=council, user=councillor),
        "bob": MemberFactory(council=council),
        "mo": RoleFactory(council=council).user,
        "clerk": RoleFactory(council=council, kind=Role.Kind.CLERK).user,
        "bexley-mo": RoleFactory(council=CouncilFactory(slug="bexley")).user,
    }


def _calls(wh):
    """Each service a clerk's page calls, as a function of who acts."""
    application = DispensationFactory(member=wh["bob"])
    return {
        "schedule_meeting": lambda by: services.schedule_meeting(
            by,
            committee=wh["committee"],
            starts=dt.datetime(2026, 12, 10, 19, 30, tzinfo=dt.UTC),
            venue="Council Chamber",
        ),
        "add_item": lambda by: services.add_item(by, wh["meeting"], {"number": "4", "title": "X"}),
        "import_agenda": lambda by: services.import_agenda(
            by, wh["meeting"], [{"number": "5", "title": "Y"}]
        ),
        "record_declaration": lambda by: services.record_declaration(
            by, item=wh["item"], member=wh["bob"], kind="ori", nature="Governor"
        ),
        "publish_declarations": lambda by: services.publish_declarations(by, wh["meeting"]),
        "decide_dispensation": lambda by: services.decide_dispensation(
            by,
            application,
            grant=False,
            decided_by="monitoring_officer",
            decided_on=dt.date(2026, 1, 9),
            reasons="Not needed.",
        ),
    }


def _stored():
    published = Meeting.objects.filter(declarations_published__isnull=False).count()
    decided = Dispensation.objects.exclude(status=Dispensation.Status.APPLIED).count()
    return (
        Meeting.objects.count(),
        AgendaItem.objects.count(),
        Declaration.objects.count(),
        published,
        decided,
    )


@pytest.mark.parametrize("who", ["bexley-mo", "councillor", "anonymous"])
def test_only_the_councils_officers_may_keep_its_meetings(wh, who):
    actors = {"councillor": wh["alice"].user, "anonymous": AnonymousUser()}
    by = actors.get(who) or wh[who]
    before = _stored()
    for name, call in _calls(wh).items():
        with pytest.raises(MeetingsError) as refused:
            call(by)
        assert refused.value.code == "not-allowed", name
    assert _stored() == before


def test_the_councils_monitoring_officer_may(wh):
    for call in _calls(wh).values():
        call(wh["mo"])
    meetings, items, declarations, published, decided = _stored()
    assert (meetings, items, declarations, published, decided) == (2, 3, 1, 1, 1)


def test_a_clerk_keeps_the_meetings_but_does_not_decide_dispensations(wh):
    calls = _calls(wh)
    decide = calls.pop("decide_dispensation")
    for call in calls.values():
        call(wh["clerk"])
    with pytest.raises(MeetingsError) as refused:
        decide(wh["clerk"])
    assert refused.value.code == "not-allowed"


def test_a_principal_authoritys_monitoring_officer_may_act_for_its_parish(wh):
    parish = CouncilFactory(slug="northaw-cuffley", principal=wh["council"])
    meeting = MeetingFactory(committee=CommitteeFactory(council=parish))
    item = services.add_item(wh["mo"], meeting, {"number": "1", "title": "Apologies"})
    assert item.meeting == meeting
    with pytest.raises(MeetingsError) as refused:
        services.add_item(wh["bexley-mo"], meeting, {"number": "2", "title": "Minutes"})
    assert refused.value.code == "not-allowed"


def _apply(by, member):
    return services.apply_for_dispensation(
        by, member=member, ground="c", matters="Council tax", applied_on=dt.date(2026, 1, 5)
    )


def test_a_councillor_applies_for_a_dispensation_only_for_themself(wh):
    assert _apply(wh["alice"].user, wh["alice"]).member == wh["alice"]
    for by in (wh["alice"].user, wh["bexley-mo"], AnonymousUser()):
        with pytest.raises(MeetingsError) as refused:
            _apply(by, wh["bob"])
        assert refused.value.code == "not-allowed"
    assert list(Dispensation.objects.values_list("member", flat=True)) == [wh["alice"].pk]


def test_the_monitoring_officer_may_record_a_members_written_application(wh):
    assert _apply(wh["mo"], wh["bob"]).member == wh["bob"]


def test_the_back_offices_meeting_changes_are_refused_as_meetings_errors(wh):
    """The back office's and a Modern.gov sync's changes to a meeting or an agenda item refuse
    as ``MeetingsError`` like every other meetings service, so one ``except`` catches them."""
    meeting, item = wh["meeting"], wh["item"]
    meeting.venue, item.title = "Elsewhere", "Changed"
    saves = [
        lambda by, reason: services.save_meeting(by, meeting, fields=["venue"], reason=reason),
        lambda by, reason: services.save_agenda_item(by, item, fields=["title"], reason=reason),
    ]
    for save in saves:
        for by, reason, code in [
            (wh["bexley-mo"], "Moved", "not-allowed"),
            (AnonymousUser(), "Moved", "not-allowed"),
            (wh["mo"], " ", "reason-required"),
        ]:
            with pytest.raises(MeetingsError) as refused:
                save(by, reason)
            assert refused.value.code == code
    assert services.save_meeting(wh["mo"], meeting, fields=["venue"], reason="Moved").venue == (
        "Elsewhere"
    )
