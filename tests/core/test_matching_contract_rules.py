"""A contract the council extends or varies without naming the firm that holds it: the
entry's details say what the member's (or their partner's) company is contracted for, and
an agenda names a contract by its work and its lot, not by its holder. An extension of the
contract the details describe is the firm's matter; another lot, or another contract that
shares a word or two with it, is not; an item about most of the work is the firm's though
it changes no contract (blind sets 17 and 26)."""

import pytest
from matching_cases import BEXLEY, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

WINDOWS = {
    "places": WELWYN_HATFIELD,
    "names": ["Clearview Facilities Ltd"],
    "details": "My husband is a director; contract with the council for window cleaning at "
    "libraries and leisure centres (Lot 2), running to June 2027",
}

PESTS = {
    "places": BEXLEY,
    "names": ["Corvid Services Ltd"],
    "details": "My partner is a director; term contract for pest control in council housing "
    "blocks, to May 2026",
}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (
            WINDOWS,
            "Facilities - extension of Lot 2 (libraries and leisure centres)",
            "Takes up the one-year extension option on the lot at current rates.",
        ),
        (
            PESTS,
            "Housing pest control contract - six-month variation",
            "Varies the term contract for housing blocks to add bed bug treatment.",
        ),
    ],
)
def test_the_contract_the_details_describe_extended_or_varied_is_the_firm_s(
    entry, title, description
):
    assert Reason.NAME in reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        # Another lot of the same contract.
        (
            WINDOWS,
            "Facilities - extension of Lot 4 (libraries and leisure centres)",
            "Takes up the one-year extension option on the lot at current rates.",
        ),
        # Another contract sharing a word or two with the member's.
        (
            WINDOWS,
            "Leisure centres catering contract - extension",
            "Extends the café and vending contract at the leisure centres by a year.",
        ),
        # A word or two of the work, and no contract extended or varied.
        (
            PESTS,
            "Pest control advice for tenants",
            "A new leaflet on keeping mice out of the kitchen.",
        ),
    ],
)
def test_another_lot_another_contract_or_no_variation_is_not(entry, title, description):
    assert reasons(title, description, **entry) == set()


def test_most_of_the_work_reported_on_is_the_firm_s_though_no_contract_changes():
    """Blind sets 17 and 26 label an item about most of a contract's work the holder's
    matter ("printing and distribution of poll cards"), so a report on the work is asked
    about, where this file once held it was not."""
    got = reasons(
        "Pest control in housing blocks - annual performance report",
        "Reports treatments carried out in council housing blocks last year.",
        **PESTS,
    )
    assert Reason.NAME in got
