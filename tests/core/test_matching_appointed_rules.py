"""A body the council appoints the member to, called by its kind: a report of the council's
representative on "the Panel", an agreement with "the Trust" for the place the trust is
named after, a grant to "the charitable trust" that runs what the details say the body
runs. The council deals with the bodies it appoints to and its clerks write them as the
Panel or the Trust; where the item names another body of that kind, or shares nothing with
the member's, or the member was not appointed by the council, it stays quiet."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

PANEL = {
    "places": CHELMSFORD,
    "names": ["Essex Fire and Rescue Scrutiny Panel"],
    "details": "Council-appointed representative on the Essex Fire and Rescue Scrutiny Panel.",
}
TRUST = {
    "places": BEXLEY,
    "names": ["Slade Green Lakeside Trust"],
    "details": "Trustee, appointed by the council",
}
MANAGER = {
    "places": WELWYN_HATFIELD,
    "names": ["Wrenfield Arts Trust"],
    "details": "Council-appointed trustee of Wrenfield Arts Trust, the charity which manages "
    "Park House.",
}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (
            PANEL,
            "Fire and Rescue Scrutiny Panel - annual report",
            "Report of the council's representative on the Panel's review of station cover.",
        ),
        (
            TRUST,
            "Slade Green boathouse - new lease to the Trust",
            "A 25-year lease of the boathouse to the trust, which will repair the slipway.",
        ),
        (
            MANAGER,
            "Park House - funding agreement 2026-2029",
            "A three-year agreement with the charitable trust that runs the house and gardens.",
        ),
    ],
)
def test_the_appointed_body_called_by_its_kind_is_the_member_s(entry, title, description):
    assert Reason.NAME_WORD in reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        # Another body of the same kind named.
        (
            TRUST,
            "Slade Green boathouse - new lease to the Thames Rowing Trust",
            "A 25-year lease of the boathouse to the trust, which will repair the slipway.",
        ),
        # The kind, but nothing of the member's body.
        (
            TRUST,
            "Danson Park boathouse - new lease to the Trust",
            "A 25-year lease of the boathouse to the trust, which will repair the slipway.",
        ),
        # The member not appointed by the council: the kind alone is not enough.
        (
            {**TRUST, "details": "Trustee"},
            "Slade Green boathouse - new lease to the Trust",
            "A 25-year lease of the boathouse to the trust, which will repair the slipway.",
        ),
        # The place the body is named after, without the body.
        (
            TRUST,
            "Slade Green boathouse - flood defence works",
            "The Environment Agency will raise the river wall beside the boathouse.",
        ),
    ],
)
def test_another_body_or_no_tie_or_no_appointment_is_not(entry, title, description):
    assert reasons(title, description, **entry) == set()
