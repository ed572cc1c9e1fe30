"""What matching tuning 7 taught (issue 11), each as a rule a Monitoring Officer would agree
with: the names an entry's details give in brackets after the body's name are its own
when they are a nickname ("(the Deres)"), a unit's name led by initials ("(TS Chelmer)") or
the places it runs before their kind ("(Lister and QEII hospitals)"), but not a role, an
office or a day; a trading name may follow where it trades ("trades in Hatfield as The
Propeller"); "whose subsidiary X Ltd" names a subsidiary; an allocation an entry names in
words and numbers ("Strategic Growth Site 2") is its code ("SGS2"), and an item about sites
or a masterplan may list a site by its code alone. The cases are invented."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Ground lease extension for the Reds at Cray Meadow", True),
        ("Ground lease extension for the Blues at Cray Meadow", False),
    ],
)
def test_a_nickname_in_brackets_is_the_bodys(title, matched):
    found = reasons(
        title,
        names=["Crayford Rovers Football Club"],
        details="Director, Crayford Rovers Football Club (the Reds), Cray Meadow, Crayford.",
        places=BEXLEY,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Princess Alexandra Hospital: car park charges", True),
        ("St Margaret's Hospital: car park charges", True),
        ("Watford General Hospital: car park charges", False),
    ],
)
def test_places_listed_in_brackets_are_the_bodys(title, matched):
    found = reasons(
        title,
        names=["Harlow Valley NHS Trust"],
        details="Nurse, Harlow Valley NHS Trust (Princess Alexandra and St Margaret's hospitals).",
        places=WELWYN_HATFIELD,
    )
    assert bool(found) is matched


@pytest.mark.parametrize(
    ("details", "title"),
    [
        ("Director, Crayford Rovers Football Club (Chair).", "Chair's announcements"),
        ("Director, Crayford Rovers Football Club (Chief Executive).", "Chief Executive's report"),
        ("Volunteer, Crayford Rovers Football Club (Monday and Friday sessions).", "Friday market"),
        ("Trustee, Crayford Rovers Football Club (the Trust).", "Bexley Heritage Trust: grant"),
    ],
)
def test_a_role_an_office_or_a_day_in_brackets_is_no_name(details, title):
    found = reasons(title, names=["Crayford Rovers Football Club"], details=details, places=BEXLEY)
    assert not found


@pytest.mark.parametrize(
    ("title", "matched"),
    [
        ("Premises licence review: The Lantern, Welwyn", True),
        ("Premises licence review: The Lamplighter, Welwyn", False),
    ],
)
def test_a_trading_name_after_where_it_trades(title, matched):
    found = reasons(
        title,
        names=["Digswell Leisure plc"],
        details="Shares in Digswell Leisure plc, which trades in Welwyn as The Lantern.",
        places=WELWYN_HATFIELD,
    )
    assert bool(found) is matched


def test_whose_subsidiary_names_a_subsidiary():
    found = reasons(
        "Planning application: Maidstone Road",
        "Thirty homes by Ruxley Meadow Homes Ltd.",
        names=["Sidcup Holdings plc"],
        details="Shares in Sidcup Holdings plc, whose subsidiary Ruxley Meadow Homes Ltd "
        "builds homes in Bexley.",
        places=BEXLEY,
    )
    assert found


@pytest.mark.parametrize(
    ("title", "description", "matched"),
    [
        ("NGS3 Broomfield: masterplan", "Approves the masterplan for NGS3.", True),
        # Another allocation whose words share initials is not written as the code.
        ("Local Plan: New Gate Site 3", "Consults on New Gate Site 3.", False),
        ("Local Plan: housing sites", "Consults on sites including NGS3 and NGS4.", True),
        ("NGS4 Broomfield: masterplan", "Approves the masterplan for NGS4.", False),
        # A code in an item about no site is no site's.
        ("Road safety: NGS3 speed camera", "Reviews the camera.", False),
    ],
)
def test_an_allocation_named_in_words_is_its_code(title, description, matched):
    found = reasons(
        title,
        description,
        addresses=["Farmland at Mill Lane, Broomfield, allocated as North Growth Site 3."],
        places=CHELMSFORD,
    )
    assert bool(found) is matched
