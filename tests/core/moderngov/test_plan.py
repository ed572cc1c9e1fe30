"""The sync plan: adds on first sight, nothing on an unchanged feed, changes keyed by id."""

import dataclasses
import datetime as dt
from pathlib import Path

from nolan.core.moderngov import feed
from nolan.core.moderngov.plan import (
    Action,
    Feed,
    Held,
    Holdings,
    Kind,
    Meeting,
    Plan,
    committee_kind,
    plan,
    position,
    same_name,
)

DATA = Path(__file__).resolve().parents[2] / "moderngov" / "data"
TODAY = dt.date(2026, 12, 1)


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def recorded(councillors: str = "GetCouncillorsByWard.xml") -> Feed:
    meetings = []
    for committee in ("171", "182", "190"):
        for line in feed.parse_meetings(read(f"GetMeetings-{committee}.xml")):
            name = f"GetMeeting-{line.id}.xml"
            agenda = feed.parse_agenda(read(name)) if (DATA / name).exists() else None
            meetings.append(Meeting(line, agenda or feed.Agenda(line.id, "", ())))
    return Feed(
        councillors=feed.parse_councillors(read(councillors)),
        committees=feed.parse_committees(read("GetCommittees.xml")),
        meetings=tuple(meetings),
    )


def applied(result: Plan, before: Holdings | None = None) -> Holdings:
    """What Nolan would hold once ``result`` is applied: a stand-in for the database."""
    before = before or Holdings()
    maps = {f.name: dict(getattr(before, f.name)) for f in dataclasses.fields(Holdings)}
    terms = {pk: dict(held) for pk, held in before.terms.items()}
    next_pk = 1000
    for step in result.steps:
        next_pk += 1
        if step.kind == Kind.TERM:
            member_key = step.parents.get("member") or step.key.split("@")[0]
            member = maps["members"][member_key]
            start = step.values.get("start") or dt.date.fromisoformat(step.key.split("@")[1])
            old = terms.setdefault(member.pk, {}).get(start)
            values = {**(old.values if old else {}), **step.values}
            terms[member.pk][start] = Held(old.pk if old else next_pk, values)
            continue
        table = {
            Kind.COMMITTEE: "committees",
            Kind.MEMBER: "members",
            Kind.MEMBERSHIP: "memberships",
            Kind.MEETING: "meetings",
            Kind.ITEM: "items",
        }[step.kind]
        if step.action == Action.END:
            del maps[table][step.key]
            continue
        old = maps[table].get(step.key)
        pk = step.pk or (old.pk if old else next_pk)
        maps[table][step.key] = Held(pk, {**(old.values if old else {}), **step.values})
    maps["terms"] = terms
    return Holdings(**maps)


def kinds(result: Plan, action: Action) -> dict[str, int]:
    found: dict[str, int] = {}
    for step in result.steps:
        if step.action == action:
            found[step.kind] = found.get(step.kind, 0) + 1
    return found


def test_a_first_run_adds_every_current_record_of_the_feed():
    first = plan(recorded(), Holdings(), today=TODAY)
    assert kinds(first, Action.ADD) == {
        "committee": 3,  # the expired committee is left out
        "member": 4,
        "term": 5,
        "membership": 5,
        "meeting": 2,  # the cancelled meeting is left out
        "item": 7,
    }
    assert first.count(Action.CHANGE) == first.count(Action.END) == 0
    order = [step.kind for step in first.steps]
    assert order.index(Kind.MEMBER) < order.index(Kind.TERM) < order.index(Kind.MEETING)


def test_a_second_run_over_the_same_feed_plans_nothing():
    first = plan(recorded(), Holdings(), today=TODAY)
    second = plan(recorded(), applied(first), today=TODAY)
    assert second.steps == ()


def test_added_records_carry_what_nolan_needs_to_make_them():
    first = plan(recorded(), Holdings(), today=TODAY)
    steps = {(s.kind, s.key): s for s in first.steps}
    lanchester_terms = [
        steps[(Kind.TERM, "1102@2019-05-02")].values,
        steps[(Kind.TERM, "1102@2023-05-04")].values,
    ]
    assert [t["began"] for t in lanchester_terms] == ["elected", "re-elected"]
    assert lanchester_terms[0]["end"] == dt.date(2023, 5, 4)
    seat = steps[(Kind.MEMBERSHIP, "182/1104")]
    assert seat.values == {"position": "vice-chair", "start": TODAY}
    assert seat.parents == {"committee": "182", "member": "1104"}
    meeting = steps[(Kind.MEETING, "5501")]
    assert meeting.values["starts"] == dt.datetime(2027, 1, 14, 19, 30)
    assert steps[(Kind.COMMITTEE, "182")].values["kind"] == "planning"
    assert steps[(Kind.ITEM, "20203")].values["exempt_paragraph"] == 3
    assert "exempt_paragraph" not in steps[(Kind.ITEM, "20204")].values


def test_a_changed_party_is_a_change_and_a_departed_member_has_their_term_and_seats_ended():
    held = applied(plan(recorded(), Holdings(), today=TODAY))
    later = TODAY + dt.timedelta(days=3)
    after = plan(recorded("GetCouncillorsByWard-after-by-election.xml"), held, today=later)
    changes = [s for s in after.steps if s.action == Action.CHANGE]
    assert [(s.kind, s.key, dict(s.values), dict(s.before)) for s in changes] == [
        (Kind.MEMBER, "1103", {"party": "Independent"}, {"party": "Conservative"})
    ]
    ended = {(s.kind, s.key): s.values for s in after.steps if s.action == Action.END}
    # Only the open term ends; the one that ended in 2023 is left as it was.
    assert ended == {
        (Kind.TERM, "1102@2023-05-04"): {"end": later},
        (Kind.MEMBERSHIP, "182/1102"): {"end": later},
    }
    assert after.count(Action.ADD) == 0
    assert changes[0].describe() == (
        "change member Tomasz Whitcombe: party 'Conservative' → 'Independent'"
    )
    again = plan(
        recorded("GetCouncillorsByWard-after-by-election.xml"), applied(after, held), today=later
    )
    assert again.steps == ()


def test_a_renamed_ward_is_a_change_to_the_same_member():
    held = applied(plan(recorded(), Holdings(), today=TODAY))
    renamed = recorded()
    councillors = tuple(
        dataclasses.replace(c, ward="Haldens and Knightsfield") if c.ward == "Haldens" else c
        for c in renamed.councillors
    )
    result = plan(dataclasses.replace(renamed, councillors=councillors), held, today=TODAY)
    assert sorted((s.action, s.key, s.values["ward"]) for s in result.steps) == [
        (Action.CHANGE, "1101", "Haldens and Knightsfield"),
        (Action.CHANGE, "1102", "Haldens and Knightsfield"),
    ]


def test_members_and_committees_already_typed_in_are_linked_by_name_not_added_twice():
    held = Holdings(
        unlinked_members={
            same_name("ROWAN  Ashdown"): Held(7, {"name": "Rowan Ashdown", "party": "Lib Dem"})
        },
        unlinked_committees={same_name("Cabinet"): Held(3, {"name": "Cabinet"})},
        terms={7: {dt.date(2023, 5, 4): Held(70, {"end": None})}},
    )
    result = plan(recorded(), held, today=TODAY)
    linked = {(s.kind, s.key): s for s in result.steps if s.link}
    assert linked[(Kind.MEMBER, "1101")].pk == 7
    assert linked[(Kind.COMMITTEE, "171")].pk == 3
    assert linked[(Kind.MEMBER, "1101")].action == Action.CHANGE
    # Only what differs is written; a committee already right is linked and left as it is.
    assert dict(linked[(Kind.MEMBER, "1101")].values) == {
        "party": "Liberal Democrat",
        "ward": "Haldens",
        "email": "cllr.r.ashdown@example.gov.uk",
    }
    assert dict(linked[(Kind.COMMITTEE, "171")].values) == {}
    assert linked[(Kind.COMMITTEE, "171")].describe() == (
        "change committee Cabinet (linked to Modern.gov)"
    )
    # The term already typed in (same start) is not added again.
    assert not [s for s in result.steps if s.kind == Kind.TERM and s.key.startswith("1101@")]


def test_an_exempt_paragraph_is_never_cleared_by_a_feed_that_does_not_state_one():
    held = applied(plan(recorded(), Holdings(), today=TODAY))
    items = dict(held.items)
    items["20204"] = Held(items["20204"].pk, {**items["20204"].values, "exempt_paragraph": 1})
    items["20201"] = Held(items["20201"].pk, {**items["20201"].values, "exempt_paragraph": 2})
    result = plan(recorded(), dataclasses.replace(held, items=items), today=TODAY)
    assert result.steps == ()


def test_a_restricted_item_without_a_paragraph_is_noted_for_the_officer():
    first = plan(recorded(), Holdings(), today=TODAY)
    assert any("Staffing matter" in note and "Schedule 12A" in note for note in first.notes)


def test_a_cancelled_meeting_already_in_nolan_is_noted_not_deleted():
    held = Holdings(meetings={"5502": Held(9, {"committee": "182", "venue": "x"})})
    result = plan(recorded(), held, today=TODAY)
    assert not [s for s in result.steps if s.key == "5502"]
    assert any("cancelled" in note for note in result.notes)


def test_text_is_cut_to_nolans_columns_before_it_is_compared():
    limits = {"item.title": 20, "item.number": 10}
    first = plan(recorded(), Holdings(), today=TODAY, limits=limits)
    titles = [s.values["title"] for s in first.steps if s.kind == Kind.ITEM]
    assert max(len(t) for t in titles) <= 20
    assert plan(recorded(), applied(first), today=TODAY, limits=limits).steps == ()


def test_an_item_number_used_twice_in_one_agenda_is_made_unique():
    agenda = feed.Agenda(
        "1",
        "Room 1",
        (
            feed.AgendaItem("501", "", "Apologies", "", False, None),
            feed.AgendaItem("502", "", "Minutes", "", False, None),
        ),
    )
    line = feed.MeetingDate("1", "171", TODAY, None, "Confirmed")
    result = plan(
        dataclasses.replace(recorded(), meetings=(Meeting(line, agenda),)), Holdings(), today=TODAY
    )
    numbers = [s.values["number"] for s in result.steps if s.kind == Kind.ITEM]
    assert numbers == ["501", "502"]


def test_modern_gov_roles_and_titles_map_to_nolans_positions_and_kinds():
    assert [position(r) for r in ("Chairman", "Vice-Chair", "Substitute Member", "Member")] == [
        "chair",
        "vice-chair",
        "substitute",
        "member",
    ]
    assert committee_kind("Council") == "full-council"
    assert committee_kind("Overview and Scrutiny Committee") == "scrutiny"
    assert committee_kind("Audit Committee") == "other"


def test_two_councillors_of_one_name_do_not_both_take_the_member_typed_in():
    data = recorded()
    twin = dataclasses.replace(data.councillors[0], id="1199", ward="Peartree")
    held = Holdings(unlinked_members={same_name("Rowan Ashdown"): Held(7, {})})
    result = plan(
        dataclasses.replace(data, councillors=(*data.councillors, twin)), held, today=TODAY
    )
    steps = {s.key: s for s in result.steps if s.kind == Kind.MEMBER}
    assert (steps["1101"].pk, steps["1101"].link) == (7, True)
    assert steps["1199"].action == Action.ADD
