"""Factories for meetings, agenda items and dispensations, and a date as a form's boxes take it."""

import datetime as dt

import factory

from nolan.meetings.models import AgendaItem, Dispensation, Meeting
from tests.factories import CommitteeFactory


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    committee = factory.SubFactory(CommitteeFactory)
    starts = dt.datetime(2026, 12, 3, 19, 30, tzinfo=dt.UTC)
    venue = "Council Chamber, Campus East"


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title = "Planning application 6/2026/0412: two dwellings"
    description = "Two dwellings on land rear of 14 Church Street, Welwyn, AL6 9LW."
    kind = AgendaItem.Kind.PLANNING


class DispensationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dispensation

    ground = Dispensation.Ground.INHABITANTS
    matters = "Setting the council tax"
    applied_on = dt.date(2026, 1, 5)


def typed_date(field: str, day: dt.date) -> dict[str, str]:
    """``day`` as a person types it in ``field``'s day, month and year boxes."""
    return {f"{field}_{i}": str(part) for i, part in enumerate((day.day, day.month, day.year))}
