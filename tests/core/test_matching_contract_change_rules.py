"""A contract the council ends, continues or merges without naming the firm that holds it,
or one the details describe by what the firm is to do ("contract to empty the litter bins")
or by the words before "contract" ("holds the council's bus shelter cleaning contract").
An agenda calls the incumbent's contract "the current arrangement" or "the existing
provider", and writes the work in its own form of the words ("emptying" for "empty"); ending
that contract, or bringing its work in-house, is the firm's matter. Another contract sharing
a word, or the same work with no contract changed, is not."""

import pytest
from matching_cases import BEXLEY, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

BINS = {
    "places": WELWYN_HATFIELD,
    "names": ["Binwise Ltd"],
    "details": "My wife is a director; the company holds a contract with the council to "
    "empty litter bins in parks and open spaces until 2028",
}

SHELTERS = {
    "places": BEXLEY,
    "names": ["Glasswell Partners"],
    "details": "Partner in the firm, which holds the council's bus shelter cleaning contract "
    "(Lot 3, south of the borough)",
}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (
            BINS,
            "Parks: litter bin emptying to come in-house",
            "Recruits four operatives and ends the current arrangement with the external "
            "provider a year early.",
        ),
        (
            SHELTERS,
            "Bus shelter cleaning - combining Lots 3 and 4",
            "Merges the two shelter cleaning lots into one contract from April.",
        ),
        (
            SHELTERS,
            "Street furniture: continuation of bus shelter cleaning",
            "Continues the cleaning of bus shelters through the existing contractor for a "
            "further year.",
        ),
    ],
)
def test_the_contract_the_details_describe_ended_continued_or_merged_is_the_firm_s(
    entry, title, description
):
    assert Reason.NAME in reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        # Another contract sharing a word with the member's, ended.
        (
            BINS,
            "Parks: ending the café concession at Stanborough",
            "Ends the current arrangement for the lakeside café in the park.",
        ),
        # The same work, but no contract changed.
        (
            BINS,
            "Litter bins in parks: new bin design",
            "Chooses a larger bin for parks and open spaces from next year.",
        ),
        # Another lot merged.
        (
            SHELTERS,
            "Bus shelter cleaning - combining Lots 1 and 2",
            "Merges the two northern shelter cleaning lots into one contract from April.",
        ),
    ],
)
def test_another_contract_no_change_or_another_lot_is_not(entry, title, description):
    assert reasons(title, description, **entry) == set()
