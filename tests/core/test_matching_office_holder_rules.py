"""A body written as its office holder: a lease "to the Chief Constable of Kent" is to Kent
Police, a grant "to the headteacher of Upton Primary" to Upton Primary School. The law
makes such officers the body's legal person (a chief constable holds the force's property
and contracts), so clerks write them where a member would write the body. Not an office
holder of another place or body, nor of another kind ("the Chief Executive of Kent County
Council" is not Kent Police)."""

import pytest
from matching_cases import BEXLEY, reasons

POLICE = {"names": ["Kent Police"], "details": "Employed as police staff."}
CONSTABULARY = {"names": ["Hertfordshire Constabulary"], "details": "Special constable."}
SCHOOL = {"names": ["Upton Primary School"], "details": "Governor"}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (POLICE, "Lease of the old depot to the Chief Constable of Kent", "A ten-year lease."),
        (CONSTABULARY, "Office space for the Chief Constable of Hertfordshire", "Terms."),
        (SCHOOL, "Playing field licence", "A licence to the headteacher of Upton Primary."),
    ],
)
def test_an_office_holder_of_the_member_s_body_is_the_body(entry, title, description):
    assert reasons(title, description, places=BEXLEY, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (POLICE, "Lease of the old depot to the Chief Constable of Essex", "A ten-year lease."),
        (POLICE, "Letter to the Chief Executive of Kent County Council", "On bus routes."),
        (SCHOOL, "Playing field licence", "A licence to the headteacher of Upton Academy."),
    ],
)
def test_another_place_s_or_another_kind_s_office_holder_is_not(entry, title, description):
    assert reasons(title, description, places=BEXLEY, **entry) == set()
