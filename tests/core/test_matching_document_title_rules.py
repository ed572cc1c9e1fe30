"""A firm's one strong word that opens the title of a council strategy or plan, joined to
the title's other words by "and" ("Riverside and Waterways Action Plan" for "Riverside
Estates Ltd"), names the plan's subject, not the firm, as "Riverside Regeneration
Framework" already does; a prompt there teaches members to ignore the rest. The word as
a party to a dealing, or before the firm's own trade, is still asked about."""

import pytest
from matching_cases import BEXLEY, reasons

from nolan.core.matching.model import Reason


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        (
            "Riverside Estates Ltd",
            "Riverside and Waterways Action Plan 2026-2031",
            "Sets priorities for the river corridor.",
        ),
        ("Woodland Developments Ltd", "Woodland and Trees Strategy", "Consultation draft."),
        (
            "Heathland Homes plc",
            "Adoption of the Heathland and Commons Management Framework",
            "",
        ),
    ],
)
def test_the_word_opening_a_plan_s_title_is_its_subject(names, title, description):
    assert reasons(title, description, places=BEXLEY, names=[names]) == set()


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        ("Riverside Estates Ltd", "Riverside: sale of land", "Sale to Riverside for homes."),
        (
            "Riverside Estates Ltd",
            "Riverside and Waterways Action Plan 2026-2031",
            "Includes a land sale to Riverside for homes.",
        ),
        ("Woodland Developments Ltd", "Contract with Woodland and Kent Builders", ""),
    ],
)
def test_the_word_as_a_party_is_still_asked_about(names, title, description):
    assert Reason.NAME_WORD in reasons(title, description, places=BEXLEY, names=[names])
