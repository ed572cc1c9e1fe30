"""Demonstration meetings for ``nolan demo`` (issue 4, "done means").

Welwyn Hatfield's Planning Committee meets in a fortnight; item 3 is a planning application
on land in which the fictional Cllr Alex Fairweather has a registered interest, so signing
in as the demo councillor shows the prompt and the advice under Welwyn Hatfield's code. A
past meeting has a declaration recorded and published, for the minutes and the public page;
Bexley's Planning Committee has an item on a body in Cllr Gareth Ambrose's Table 2 entries,
where Bexley's paragraphs 8 and 9 differ from Welwyn Hatfield's. One dispensation is
granted, for the public register. Each meeting has an expected end, so "Check a post"
warns a councillor posting while one sits (``nolan.screening.context``). Everything is
created through the services, acting as the council's demo Monitoring Officer (or, for an
application, the member if they have an account), and is safe to load twice.
"""

import datetime as dt
from collections.abc import Iterable, Mapping

from django.db import transaction
from django.utils import timezone

from nolan.councils.demo import officer_of
from nolan.councils.models import Committee, Council, Member
from nolan.meetings import services
from nolan.meetings.models import AgendaItem, Dispensation, Meeting
from nolan.registers.models import InterestEntry
from nolan.registers.services import register_interest

WH_LAND = "Home Farm, Kimpton Road, Welwyn, AL6 9PD"
WH_AGENDA = [
    {"number": "1", "title": "Apologies for absence"},
    {"number": "2", "title": "Declarations of interest"},
    {
        "number": "3",
        "title": "6/2026/0412/FULL: four dwellings at Home Farm, Kimpton Rd",
        "description": "Erection of four dwellings with access from Kimpton Road, on land "
        "at Home Farm, Welwyn AL6 9PD. Recommendation: approve subject to conditions.",
        "wards": ["Welwyn East"],
        "addresses": ["Land at Home Farm, Kimpton Road, Welwyn, AL6 9PD"],
        "kind": AgendaItem.Kind.PLANNING,
        "public_may_speak": True,
    },
    {
        "number": "4",
        "title": "6/2026/0377/HOUSE: rear extension, 8 Handside Lane",
        "description": "Single-storey rear extension.",
        "wards": ["Handside"],
        "addresses": ["8 Handside Lane, Welwyn Garden City, AL8 6SP"],
        "kind": AgendaItem.Kind.PLANNING,
    },
]
# An exempt item (Schedule 12A para 3, business affairs): the post-screening demo checks
# a draft that leaks its preferred bidder.
WH_CABINET_AGENDA = [
    {"number": "1", "title": "Apologies for absence"},
    {
        "number": "7",
        "title": "Disposal of land at Town Centre North, Hatfield",
        "description": "Selection of the preferred bidder for the freehold disposal.",
        "organisations": ["Hightown Homes"],
        "kind": AgendaItem.Kind.EXECUTIVE,
        "exempt_paragraph": 3,
        "public_may_speak": False,
    },
]
BEXLEY_BODY = "Crayford Community Sports Trust"
BEXLEY_AGENDA = [
    {"number": "1", "title": "Apologies for absence"},
    {
        "number": "2",
        "title": "25/01120/FUL: floodlights at Crayford Manor playing fields",
        "description": "Eight floodlight columns for the pitches leased to the Crayford "
        "Community Sports Trust.",
        "wards": ["Crayford"],
        "organisations": [BEXLEY_BODY],
        "kind": AgendaItem.Kind.PLANNING,
    },
]


def _committee(council: Council, kind: str) -> Committee | None:
    return council.committees.filter(kind=kind).first()


def _meeting(
    committee: Committee, starts: dt.datetime, agenda: list[dict], hours: float
) -> Meeting:
    """The committee's meeting at ``starts``, sitting for ``hours``, made once."""
    meeting = Meeting.objects.filter(committee=committee, starts=starts).first()
    if meeting is None:
        by = officer_of(committee.council)
        meeting = services.schedule_meeting(
            by,
            committee=committee,
            starts=starts,
            ends=starts + dt.timedelta(hours=hours),
            venue="Council Chamber",
        )
        services.import_agenda(by, meeting, agenda)
    return meeting


def _interest(member: Member | None, **fields) -> InterestEntry | None:
    if member is None or member.user is None:
        return None
    existing = InterestEntry.objects.filter(member=member, **fields).current().first()
    took_office = member.terms.first().start
    # Registered on time, ten days after taking office.
    return existing or register_interest(
        member,
        member.user,
        start=took_office,
        today=took_office + dt.timedelta(days=10),
        **fields,
    )


def _at(days: int, hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 30)))


@transaction.atomic
def load_demo_meetings(councils: Mapping[str, Council] | Iterable[Council]) -> None:
    """Create the demo meetings, interests, a declaration and a dispensation."""
    found = councils.values() if isinstance(councils, Mapping) else councils
    by_slug = {c.slug: c for c in found}
    if (wh := by_slug.get("welwyn-hatfield")) and (
        cabinet := _committee(wh, Committee.Kind.CABINET)
    ):
        _meeting(cabinet, _at(21, 18), WH_CABINET_AGENDA, hours=2)
    if (wh := by_slug.get("welwyn-hatfield")) and (
        committee := _committee(wh, Committee.Kind.PLANNING)
    ):
        alex = wh.members.filter(name="Alex Fairweather").first()
        entry = _interest(alex, category="land", land_address=WH_LAND)
        # Midnight-free times keep the meeting's local date stable whatever the clock.
        _meeting(committee, _at(14, 19), WH_AGENDA, hours=2.5)
        past = _meeting(committee, _at(-21, 19), WH_AGENDA, hours=2.5)
        item = past.items.get(number="3")
        if alex is not None and not past.declarations.exists():
            services.record_declaration(
                officer_of(wh),
                item=item,
                member=alex,
                kind="dpi",
                interest_entry=entry,
                nature="Owns land at Home Farm, the application site",
                left_room=True,
            )
            services.publish_declarations(officer_of(wh), past)
        bridget = wh.members.filter(name="Bridget Osei").first()
        if bridget is not None and not bridget.dispensations.exists():
            application = services.apply_for_dispensation(
                bridget.user or officer_of(wh),
                member=bridget,
                ground=Dispensation.Ground.INHABITANTS,
                matters="Setting the council tax and the budget",
                applied_on=timezone.localdate() - dt.timedelta(days=60),
            )
            start = timezone.localdate() - dt.timedelta(days=50)
            services.decide_dispensation(
                officer_of(wh),
                application,
                grant=True,
                decided_by=Dispensation.DecidedBy.STANDARDS_COMMITTEE,
                decided_on=start,
                reasons="Every member's household pays council tax.",
                start=start,
                end=services.latest_end(start),
            )
    if (bexley := by_slug.get("bexley")) and (
        committee := _committee(bexley, Committee.Kind.PLANNING)
    ):
        gareth = bexley.members.filter(name="Gareth Ambrose").first()
        _interest(gareth, category="charity", body_name=BEXLEY_BODY, position="Trustee")
        _meeting(committee, _at(10, 19), BEXLEY_AGENDA, hours=2)
