"""Demo officers and an election for the "Check a post" scenario of issue 5.

Every person is fictional. The Welwyn Hatfield scenario: a councillor blames the Head of
Planning by name for a decision and leaks the preferred bidder of an exempt land disposal;
the officer below makes the first finding possible, and the meetings demo's exempt item
(with the bidder among its organisations) the second.
"""

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from nolan.councils.models import Council
from nolan.screening.models import Election, Officer

OFFICERS = {
    "welwyn-hatfield": [
        ("Priya Natarajan", "Head of Planning"),
        ("Tom Ashdown", "Head of Property Services"),
    ],
    "bexley": [("Olusegun Adeyemi", "Director of Housing")],
    "chelmsford": [("Rachel Ferris", "Licensing Manager")],
}
# A local election on the first Thursday of May next year; the pre-election period runs
# from the notice of election, about five weeks before the poll.
PRE_ELECTION_WEEKS = 5


def _first_thursday_of_may(year: int) -> dt.date:
    first = dt.date(year, 5, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7)


@transaction.atomic
def load_demo_screening(councils: Iterable[Council]) -> None:
    """Create or refresh the demo officers and next May's election for ``councils``."""
    poll = _first_thursday_of_may(timezone.localdate().year + 1)
    for council in councils:
        for name, role in OFFICERS.get(council.slug, []):
            Officer.objects.update_or_create(council=council, name=name, defaults={"role": role})
        if council.slug in OFFICERS:
            Election.objects.get_or_create(
                council=council,
                poll_date=poll,
                defaults={"pre_election_from": poll - dt.timedelta(weeks=PRE_ELECTION_WEEKS)},
            )
