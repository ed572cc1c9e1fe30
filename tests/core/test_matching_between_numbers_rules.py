"""An item that gives the stretch of a street it affects as the numbers it lies between
("closed between nos. 2 and 40") means every house from one to the other, as "nos. 2-40"
does, so the member's property at 14 lies inside it (``matching.house_numbers``); a
stretch that stops well short of it, or the other side of the street said before the
numbers ("on the odd-numbered side of Upton Road between nos. 1 and 39"), does not."""

import pytest
from matching_cases import reasons

ENTRY = {
    "addresses": ["14 Upton Road, Bexleyheath DA6 8LQ", "Freehold of a shop, let to a tenant."]
}


def test_a_stretch_between_two_numbers_holds_the_houses_between_them():
    title = "Upton Road: experimental closure"
    description = "Closing Upton Road between nos. 2 and 40 to through traffic."
    assert reasons(title, description, **ENTRY)


@pytest.mark.parametrize(
    "description",
    [
        "Closing Upton Road between nos. 60 and 90 to through traffic.",
        "New parking bays on the odd-numbered side of Upton Road between nos. 1 and 39.",
    ],
)
def test_a_stretch_short_of_the_house_or_across_the_road_is_not(description):
    assert not reasons("Upton Road: changes", description, **ENTRY)
