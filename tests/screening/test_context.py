"""The screening context is filled from Nolan's own officers, elections and meetings."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from nolan.core.screening.model import ExemptItem, MatterKind
from nolan.councils.models import Committee
from nolan.meetings.models import AgendaItem
from nolan.screening.context import context_for
from nolan.screening.models import Election, Officer
from tests.factories import CommitteeFactory, CouncilFactory
from tests.meetings.factories import AgendaItemFactory, MeetingFactory

NOW = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def wh(db):
    return CouncilFactory(slug="welwyn-hatfield", name="Welwyn Hatfield Borough Council")


def meeting(council, starts, kind=Committee.Kind.PLANNING):
    return MeetingFactory(committee=CommitteeFactory(council=council, kind=kind), starts=starts)


def test_officers_and_elections_of_the_council_are_in_its_context(wh):
    bexley = CouncilFactory(slug="bexley")
    Officer.objects.create(council=wh, name="Priya Natarajan", role="Head of Planning")
    Officer.objects.create(council=bexley, name="Someone Else", role="Director")
    Election.objects.create(
        council=wh, poll_date=dt.date(2027, 5, 6), pre_election_from=dt.date(2027, 3, 29)
    )
    context = context_for(wh, NOW)
    assert [(o.name, o.role) for o in context.officers] == [("Priya Natarajan", "Head of Planning")]
    assert [(e.poll_date, e.pre_election_from) for e in context.elections] == [
        (dt.date(2027, 5, 6), dt.date(2027, 3, 29))
    ]


def test_upcoming_planning_items_are_pending_matters_with_their_application_reference(wh):
    upcoming = meeting(wh, NOW + dt.timedelta(days=10))
    AgendaItemFactory(
        meeting=upcoming, title="Planning application 6/2026/0412/FULL: two dwellings"
    )
    AgendaItemFactory(meeting=upcoming, title="Minutes", kind=AgendaItem.Kind.OTHER)
    decided = meeting(wh, NOW - dt.timedelta(days=10))
    AgendaItemFactory(meeting=decided, title="Planning application 6/2025/0001/FULL: a shed")
    [matter] = context_for(wh, NOW).pending_matters
    assert matter.ref == "6/2026/0412/FULL"
    assert matter.kind is MatterKind.PLANNING
    assert matter.decision_date == (NOW + dt.timedelta(days=10)).date()


def test_a_licensing_item_without_a_reference_is_known_by_its_title(wh):
    upcoming = meeting(wh, NOW + dt.timedelta(days=3), Committee.Kind.LICENSING)
    AgendaItemFactory(
        meeting=upcoming,
        title="Premises licence review: The Red Lion, Hatfield",
        description="Review of the premises licence.",
        kind=AgendaItem.Kind.LICENSING,
    )
    [matter] = context_for(wh, NOW).pending_matters
    assert (matter.ref, matter.kind) == (
        "Premises licence review: The Red Lion, Hatfield",
        MatterKind.LICENSING,
    )


def test_exempt_items_past_and_future_keep_bidders_and_sums_as_keywords(wh):
    past = meeting(wh, NOW - dt.timedelta(days=30), Committee.Kind.CABINET)
    AgendaItemFactory(
        meeting=past,
        title="Disposal of land at Town Centre North, Hatfield",
        description="Offers received; the preferred offer is £4.2m.",
        organisations="Hightown Homes\nWelwyn Hatfield Borough Council\nCountryside Partnerships",
        kind=AgendaItem.Kind.EXECUTIVE,
        exempt_paragraph=AgendaItem.ExemptParagraph.FINANCIAL,
    )
    AgendaItemFactory(meeting=past, title="Open item", kind=AgendaItem.Kind.OTHER)
    assert context_for(wh, NOW).exempt_items == (
        ExemptItem(
            title="Disposal of land at Town Centre North, Hatfield",
            keywords=("Hightown Homes", "Countryside Partnerships", "£4.2m"),
        ),
    )


def test_another_councils_meetings_are_not_in_the_context(wh):
    bexley = CouncilFactory(slug="bexley")
    AgendaItemFactory(meeting=meeting(bexley, NOW + dt.timedelta(days=1)))
    assert context_for(wh, NOW).pending_matters == ()


def test_an_election_whose_period_starts_after_polling_day_is_refused(wh):
    election = Election(
        council=wh, poll_date=dt.date(2027, 5, 6), pre_election_from=dt.date(2027, 5, 7)
    )
    with pytest.raises(ValidationError) as error:
        election.full_clean()
    assert "pre_election_from" in error.value.message_dict
    with pytest.raises(IntegrityError):
        election.save()
