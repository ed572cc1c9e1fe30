"""A pub registered with the words that say it is one ("The Old Swan public house", "The
Old Swan PH") is named by its sign alone, as a licensing item names it ("The Old Swan,
Bexleyheath"). A sign is many pubs', so one registered without its address is placed where
the entry's details place it: the same sign in another town is another pub."""

import pytest
from matching_cases import reasons

DETAILS = (
    "Licensee and designated premises supervisor of the Old Swan, Watling Street, Bexleyheath."
)
DESCRIPTION = "A new premises licence is sought after the pub's refurbishment."


@pytest.mark.parametrize("registered", ["The Old Swan public house", "The Old Swan PH"])
def test_a_pub_is_named_by_its_sign(registered):
    title = "Premises licence application: The Old Swan, Bexleyheath"
    assert reasons(title, DESCRIPTION, names=[registered], details=DETAILS)


@pytest.mark.parametrize(
    "title",
    ["Premises licence application: The Old Swan, Sidcup", "Old Swan Close: resurfacing"],
)
def test_the_sign_in_another_town_or_a_street_named_after_it_is_not(title):
    assert not reasons(title, DESCRIPTION, names=["The Old Swan public house"], details=DETAILS)
