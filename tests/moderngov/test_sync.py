"""``nolan moderngov`` against a local Modern.gov answering recorded XML (issue 12).

Done means: the first run brings in members, committees, meetings and agenda items; a
second run reports no changes; a changed party and a departed member show up as a change
and an ended term; a truncated answer (or any other failure) changes nothing and exits
non-zero naming the call; prompts work on the imported agenda; and every record the sync
writes goes through the councils' and meetings' services, as a back-office edit does, so
their checks refuse what they refuse there and their history names the sync.
"""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from nolan.councils.models import Committee, CommitteeMembership, Member, Term
from nolan.meetings.models import AgendaItem, Meeting
from nolan.meetings.prompts import meeting_prompts, prompts_for
from nolan.moderngov.models import Link, SyncRun
from nolan.moderngov.sync import SYNC_USERNAME
from nolan.registers.models import InterestEntry
from nolan.screening.context import context_for
from tests.moderngov.server import DATA, Answer

pytestmark = pytest.mark.django_db

COUNCIL = "welwyn-hatfield"
JANUARY = ("--from", "2027-01-01", "--to", "2027-01-31")


def run(site, *extra: str) -> str:
    out = StringIO()
    call_command("moderngov", COUNCIL, site.url, *JANUARY, *extra, stdout=out)
    return out.getvalue()


def snapshot():
    """Everything a sync may write, to show that a refused run wrote nothing."""
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Member, Term, Committee, CommitteeMembership, Meeting, AgendaItem, Link)
    } | {"ended": sorted(Term.objects.filter(end__isnull=False).values_list("pk", "end"))}


def imported(model, moderngov_id):
    kind = {AgendaItem: Link.Kind.ITEM}.get(model, model._meta.model_name)
    link = Link.objects.get(kind=kind, moderngov_id=moderngov_id)
    return model.objects.get(pk=link.object_id)


def test_first_run_brings_in_members_committees_meetings_and_agenda_items(demo, site):
    typed_in = Member.objects.filter(council__slug=COUNCIL).count()
    output = run(site)
    assert "add 24, change 2, end 0" in output  # Cabinet and Licensing were typed in already
    assert Member.objects.filter(council__slug=COUNCIL).count() == typed_in + 4
    whitcombe = imported(Member, "1103")
    assert (whitcombe.name, whitcombe.party, whitcombe.ward) == (
        "Tomasz Whitcombe",
        "Conservative",
        "Hatfield Central",
    )
    assert [(t.start, t.end, t.began) for t in imported(Member, "1102").terms.all()] == [
        (dt.date(2019, 5, 2), dt.date(2023, 5, 4), "elected"),
        (dt.date(2023, 5, 4), None, "re-elected"),
    ]
    # Committees typed in under the same name are the feed's, not duplicated.
    assert Committee.objects.filter(council__slug=COUNCIL, name="Cabinet").count() == 1
    planning = imported(Committee, "182")
    assert planning.kind == Committee.Kind.PLANNING
    assert {(m.member.name, m.position) for m in planning.memberships.all()} == {
        ("Priya Lanchester", "chair"),
        ("Imogen Farrell-Boyd", "vice-chair"),
        ("Tomasz Whitcombe", "member"),
    }
    meeting = imported(Meeting, "5501")
    assert timezone.localtime(meeting.starts).replace(tzinfo=None) == dt.datetime(
        2027, 1, 14, 19, 30
    )
    assert meeting.venue.startswith("Council Chamber")
    assert not Link.objects.filter(kind="meeting", moderngov_id="5502").exists()  # cancelled
    assert [i.number for i in meeting.items.all()] == ["1", "2", "3"]
    disposal = imported(AgendaItem, "20203")
    assert disposal.exempt and disposal.exempt_paragraph == 3
    assert "Staffing matter" in output and "Schedule 12A" in output  # restricted, no paragraph
    history = whitcombe.history.latest("history_date")
    assert history.history_user.username == SYNC_USERNAME
    assert history.history_change_reason == "Modern.gov sync"
    log = SyncRun.objects.get()
    assert (log.ok, log.added, log.changed, log.ended) == (True, 24, 2, 0)
    assert "add member Tomasz Whitcombe" in log.changes


def test_a_second_run_reports_no_changes_and_writes_nothing(demo, site):
    run(site)
    before = snapshot()
    kept = (Member, AgendaItem, Committee, CommitteeMembership)
    history = [model.history.count() for model in kept]
    assert "no changes" in run(site)
    assert snapshot() == before
    assert [model.history.count() for model in kept] == history
    latest = SyncRun.objects.first()
    assert (latest.ok, latest.added, latest.changed, latest.ended) == (True, 0, 0, 0)


def test_a_changed_party_is_a_change_and_a_departed_member_has_their_term_ended(demo, site):
    run(site)
    site.answers["GetCouncillorsByWard"] = (
        DATA / "GetCouncillorsByWard-after-by-election.xml"
    ).read_bytes()
    output = run(site)
    assert "change member Tomasz Whitcombe: party 'Conservative' → 'Independent'" in output
    assert imported(Member, "1103").party == "Independent"
    departed = imported(Member, "1102")  # never deleted
    today = timezone.localdate()
    assert [t.end for t in departed.terms.all()] == [dt.date(2023, 5, 4), today]
    assert not Member.objects.current(today + dt.timedelta(days=1)).filter(pk=departed.pk)
    seat = CommitteeMembership.objects.get(member=departed)
    assert seat.end == today
    latest = SyncRun.objects.first()
    assert (latest.added, latest.changed, latest.ended) == (0, 1, 2)
    assert "no changes" in run(site)


FAILURES = {
    "truncated XML": (
        "GetCouncillorsByWard",
        (DATA / "GetCouncillorsByWard.xml").read_bytes()[:1500],
        "malformed",
    ),
    "answer cut short of its length": (
        "GetCommittees",
        Answer((DATA / "GetCommittees.xml").read_bytes()[:400], claimed_length=4000),
        "truncated",
    ),
    "malformed XML": ("GetMeeting-5510", b"<meeting><agendaitems></meeting>", "malformed"),
    "empty answer": ("GetMeetings-182", b"", "empty"),
    "HTTP 500": ("GetMeeting-5501", Answer(b"Server Error", status=500), "http-error"),
    "an error page for XML": ("GetCommittees", b"<html><p>Sorry</p></html>", "unexpected-answer"),
    "another meeting's agenda": (
        "GetMeeting-5501",
        (DATA / "GetMeeting-5510.xml").read_bytes(),
        "unexpected-answer",
    ),
    "redirect": (
        "GetCommittees",
        Answer(status=302, location="http://169.254.169.254/latest/meta-data/"),
        "redirected",
    ),
    "slow answer": ("GetCouncillorsByWard", Answer(b"<councillorsbyward/>", delay=3), "timeout"),
}


@pytest.mark.parametrize(("call", "answer", "code"), FAILURES.values(), ids=FAILURES)
def test_a_failed_call_changes_nothing_and_says_which_call_and_why(
    demo, site, settings, call, answer, code
):
    settings.MODERNGOV_TIMEOUT_SECONDS = 1
    run(site)  # Nolan already holds the feed: a failed run must leave it exactly so
    site.answers["GetCouncillorsByWard"] = (
        DATA / "GetCouncillorsByWard-after-by-election.xml"
    ).read_bytes()
    site.answers[call] = answer
    before = snapshot()
    with pytest.raises(CommandError) as failed:
        run(site)
    assert snapshot() == before
    assert imported(Member, "1103").party == "Conservative"
    assert call.split("-")[0] in str(failed.value) and f"[{code}]" in str(failed.value)
    latest = SyncRun.objects.first()
    assert (latest.ok, latest.error_code) == (False, code)
    assert call.split("-")[0] in latest.error


def test_an_answer_larger_than_the_limit_is_refused(demo, site, settings):
    settings.MODERNGOV_MAX_RESPONSE_BYTES = 2000
    with pytest.raises(CommandError, match=r"GetCouncillorsByWard.*\[too-large\]"):
        run(site)
    assert not Link.objects.exists()


def test_without_debug_only_https_is_spoken(demo, site, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match=r"\[not-https\]"):
        run(site)
    assert site.requests == []


def test_a_dry_run_says_what_would_change_and_changes_nothing(demo, site):
    before = snapshot()
    output = run(site, "--dry-run")
    assert "would add member Rowan Ashdown" in output
    assert "would add 24, would change 2, would end 0" in output
    assert snapshot() == before
    assert not SyncRun.objects.exists()


def test_meetings_are_asked_for_in_the_window_given(demo, site):
    run(site)
    assert any(
        "GetMeetings?lCommitteeId=182&sFromDate=01/01/2027&sToDate=31/01/2027" in r
        for r in site.requests
    )
    # Expired committees are not asked about; cancelled meetings' agendas are not fetched.
    assert not any("lCommitteeId=95" in r or "lMeetingId=5502" in r for r in site.requests)


def test_prompts_and_screening_work_on_the_imported_agenda(demo, site):
    run(site)
    lanchester = imported(Member, "1102")
    entry = InterestEntry.objects.create(
        member=lanchester,
        category="land",
        land_address="14 Church Street, Welwyn, AL6 9LW",
        registered_at=timezone.now(),
        registered_by=demo["mo"],
        start=dt.date(2023, 5, 20),
    )
    item = imported(AgendaItem, "20103")
    found = prompts_for(lanchester, timezone.make_aware(dt.datetime(2027, 1, 10, 9)))
    assert [(p.item, p.entry) for p in found] == [(item, entry)]
    assert [(p.item, p.entry) for p in meeting_prompts(item.meeting)] == [(item, entry)]
    exempt = context_for(lanchester.council).exempt_items
    assert "Disposal of land at Broadwater Road West" in {e.title for e in exempt}


def test_an_unknown_council_or_missing_address_is_refused(demo):
    with pytest.raises(CommandError, match="no council"):
        call_command("moderngov", "nowhere", "https://democracy.example.gov.uk")
    with pytest.raises(CommandError, match="Modern.gov address"):
        call_command("moderngov", COUNCIL)


def test_a_record_the_services_refuse_rolls_the_whole_run_back(demo, site, monkeypatch):
    from nolan.meetings import services
    from nolan.meetings.services import MeetingsError

    saved = services.save_agenda_item

    def refuse_the_last(by, item, **kwargs):
        if item.title.startswith("6/2026/0412"):
            raise MeetingsError("too-long", "title must be 300 characters or fewer", "title")
        return saved(by, item, **kwargs)

    monkeypatch.setattr(services, "save_agenda_item", refuse_the_last)
    before = snapshot()
    with pytest.raises(CommandError, match=r"saving: add item 3 of .*\[too-long\]"):
        run(site)
    assert snapshot() == before  # members and meetings saved before the refusal are gone too
    assert SyncRun.objects.get().error_code == "too-long"


# --- one write path: the sync writes only through the councils' and meetings' services ---

PARISH = "northaw-cuffley"


def test_every_record_the_sync_writes_keeps_the_history_a_back_office_edit_does(demo, site):
    # The back office's edits are stamped with who and why (save_scoped); a sync's must be
    # too, or an officer reading a meeting's history could not tell where a change came from.
    run(site)
    site.answers["GetCouncillorsByWard"] = (
        DATA / "GetCouncillorsByWard-after-by-election.xml"
    ).read_bytes()
    run(site)  # changes a party and ends a departed member's term and seat
    synced = {
        Member: Link.objects.filter(kind=Link.Kind.MEMBER).values("object_id"),
        Meeting: Link.objects.filter(kind=Link.Kind.MEETING).values("object_id"),
        AgendaItem: Link.objects.filter(kind=Link.Kind.ITEM).values("object_id"),
    }
    rows = {model: model.history.filter(id__in=ids) for model, ids in synced.items()}
    rows[Term] = Term.history.filter(member_id__in=synced[Member])
    for model, history in rows.items():
        assert history.exists(), model
        assert set(history.values_list("history_user__username", "history_change_reason")) == {
            (SYNC_USERNAME, "Modern.gov sync")
        }, model
    assert Member.history.filter(id=imported(Member, "1103").pk, history_type="~").exists()
    assert Term.history.filter(member_id=imported(Member, "1102").pk, history_type="~").exists()


def test_committees_and_seats_the_sync_writes_keep_history_naming_the_sync(demo, site):
    # A committee's or seat's history row from before the runs is the demo's typing-in;
    # every row the runs write names the sync, as a member's does.
    began = timezone.now()
    run(site)
    site.answers["GetCouncillorsByWard"] = (
        DATA / "GetCouncillorsByWard-after-by-election.xml"
    ).read_bytes()
    run(site)  # ends a departed member's seat
    for model in (Committee, CommitteeMembership):
        written = model.history.filter(history_date__gte=began)
        assert written.exists(), model
        assert set(written.values_list("history_user__username", "history_change_reason")) == {
            (SYNC_USERNAME, "Modern.gov sync")
        }, model
    assert CommitteeMembership.history.filter(
        history_date__gte=began, history_type="~", end__isnull=False
    ).exists()


def test_committees_and_seats_are_saved_by_the_councils_services_as_the_sync(
    demo, site, monkeypatch
):
    # The one write path is also seen by who the councils' services were asked to save
    # committees and seats for.
    from nolan.councils import services

    asked: list[tuple[str, str]] = []

    def spy(name):
        real = getattr(services, name)

        def saving(by, record, **kwargs):
            asked.append((name, by.username))
            return real(by, record, **kwargs)

        monkeypatch.setattr(services, name, saving)

    spy("save_committee")
    spy("save_membership")
    run(site)
    planning = imported(Committee, "182")
    assert planning.memberships.count() == 3
    assert asked.count(("save_committee", SYNC_USERNAME)) == 3  # Planning added, two linked
    assert asked.count(("save_membership", SYNC_USERNAME)) == 5
    assert {by for _, by in asked} == {SYNC_USERNAME}


def test_a_parish_cabinet_in_the_feed_is_refused_as_the_back_office_refuses_it(demo, site):
    # The feed's "Cabinet" is guessed to be a cabinet, which a parish council cannot have
    # (save_committee's not-a-parish-committee): the run names the committee and, all or
    # nothing, leaves the parish as it was.
    before = snapshot()
    with pytest.raises(CommandError) as refused:
        call_command("moderngov", PARISH, site.url, *JANUARY, stdout=StringIO())
    message = str(refused.value)
    assert "saving: add committee Cabinet was refused" in message
    assert "A parish council has no cabinet" in message
    assert "[not-a-parish-committee]" in message
    assert snapshot() == before
    assert not Committee.objects.filter(council__slug=PARISH, name="Cabinet").exists()
    latest = SyncRun.objects.get(council__slug=PARISH)
    assert (latest.ok, latest.error_code) == (False, "not-a-parish-committee")
    assert "add committee Cabinet" in latest.error
