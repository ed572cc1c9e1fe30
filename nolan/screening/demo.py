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

from nolan.councils.demo import REASON, officer_of
from nolan.councils.models import Council
from nolan.screening import services
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
    """Create or refresh the demo officers and next May's election for ``councils``.

    Saved through the screening services as the council's demo Monitoring Officer, as an
    officer keeps them in the back office, so their history says who and why.
    """
    poll = _first_thursday_of_may(timezone.localdate().year + 1)
    for council in councils:
        by = officer_of(council)
        if council.slug not in OFFICERS or by is None:
            continue
        for name, role in OFFICERS[council.slug]:
            officer = council.officers.filter(name=name).first()
            if officer is None:
                officer = Officer(council=council, name=name, role=role)
                services.save_officer(by, officer, fields=(), reason=REASON)
            elif officer.role != role:
                officer.role = role
                services.save_officer(by, officer, fields=["role"], reason=REASON)
        if not council.elections.filter(poll_date=poll).exists():
            election = Election(
                council=council,
                poll_date=poll,
                pre_election_from=poll - dt.timedelta(weeks=PRE_ELECTION_WEEKS),
            )
            services.save_election(by, election, fields=(), reason=REASON)
