"""The demo writes through the named services, as the back office does (one write path).

Members, terms, roles, committee seats, screening's officers and elections and the complaint
arrangements are saved by their services as the council's demo Monitoring Officer, with
the reason "Demo data", so their history says who and why as any officer's change does. Only
the councils and each council's first officer are written directly, as no one acts for a
council before they exist; even they record why. Loading the demo again writes nothing that
has not changed, so their histories do not grow on every run.
"""

import pytest

from nolan.complaints.models import Arrangements
from nolan.councils.demo import REASON, load_demo_councils
from nolan.councils.models import Committee, Council, Member, Role, Term
from nolan.demo import load_demo
from nolan.screening.models import Election, Officer

pytestmark = pytest.mark.django_db

# Who acts for each demo council: a parish's principal's Monitoring Officer acts for it.
OFFICER = {
    "welwyn-hatfield": "mo",
    "northaw-cuffley": "mo",
    "bexley": "bexley-mo",
    "chelmsford": "chelmsford-mo",
}
FIRST_OFFICERS = {"mo", "bexley-mo", "chelmsford-mo"}
SAVED_BY_SERVICES = {
    Member: lambda m: m.council,
    Term: lambda t: t.member.council,
    Officer: lambda o: o.council,
    Election: lambda e: e.council,
    Arrangements: lambda a: a.council,
}


def _who_and_why(version) -> tuple[str | None, str | None]:
    user = version.history_user
    return (user.username if user else None, version.history_change_reason)


def test_each_record_the_demo_adds_names_the_councils_officer_and_the_demo():
    load_demo()
    for model, council_of in SAVED_BY_SERVICES.items():
        records = model.objects.all()
        assert records, model
        for record in records:
            first = record.history.earliest("history_date")
            assert _who_and_why(first) == (OFFICER[council_of(record).slug], REASON), record


def test_roles_are_granted_by_the_councils_officer_but_its_first_officer_by_no_one():
    load_demo()
    for role in Role.objects.select_related("user", "council"):
        first = role.history.earliest("history_date")
        expected = None if role.user.username in FIRST_OFFICERS else OFFICER[role.council.slug]
        assert _who_and_why(first) == (expected, REASON), role


def test_councils_are_written_directly_but_still_say_why():
    load_demo()
    for council in Council.objects.all():
        assert _who_and_why(council.history.earliest("history_date")) == (None, REASON)


def test_a_demo_councillors_account_is_linked_by_their_councils_officer():
    load_demo()
    member = Member.objects.get(user__username="bexley-councillor")
    latest = member.history.latest("history_date")
    assert latest.user_id == member.user_id
    assert _who_and_why(latest) == ("bexley-mo", REASON)


def test_loading_the_demo_again_writes_nothing_unchanged():
    load_demo()
    models = [*SAVED_BY_SERVICES, Role, Council]
    before = {model: model.history.count() for model in models}
    load_demo()
    assert {model: model.history.count() for model in models} == before


def test_a_parish_committee_an_old_demo_gave_it_that_never_met_is_taken_away():
    load_demo_councils()
    parish = Council.objects.get(slug="northaw-cuffley")
    # As a demo loaded before parishes had their own committees left it (set up directly:
    # the service refuses a parish a cabinet).
    Committee.objects.create(council=parish, slug="cabinet", name="Cabinet", kind="cabinet")
    load_demo_councils()
    assert not parish.committees.filter(slug="cabinet").exists()
    assert set(parish.committees.values_list("kind", flat=True)) == {
        Committee.Kind.PLANNING,
        Committee.Kind.FULL_COUNCIL,
    }
