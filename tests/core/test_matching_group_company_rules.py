"""A group or holding company's subsidiary is named with the group's first distinctive word
and its own trade ("Quorvex Fulfilment Ltd" of "Quorvex Group plc"): a member with shares in, or
employed by, the group is asked about the subsidiary's application. A company that is no
group shares its first word with other firms by chance, and a company in another trade than
the group's name gives is another body."""

import pytest
from matching_cases import reasons

TITLE = "Hatfield Business Park: warehouse extension"


@pytest.mark.parametrize(
    ("registered", "description"),
    [
        ("Quorvex Group plc", "Application by Quorvex Fulfilment Ltd for a 5,000 sq m extension."),
        (
            "Quorvex Environmental Holdings Ltd",
            "Quorvex Riverside Energy Limited seeks a 5,000 sq m extension.",
        ),
    ],
)
def test_a_company_led_by_a_group_s_first_word_is_the_group_s(registered, description):
    assert reasons(TITLE, description, names=[registered], details="Shares.")


@pytest.mark.parametrize(
    ("registered", "description"),
    [
        (
            "Quorvex Logistics Ltd",
            "Application by Quorvex Fulfilment Ltd for a 5,000 sq m extension.",
        ),
        ("Tarnwell Homes Group plc", "Grant to Tarnwell Housing Co-operative Ltd for four homes."),
    ],
)
def test_a_firm_that_is_no_group_or_in_another_trade_is_not(registered, description):
    assert not reasons(TITLE, description, names=[registered], details="Shares.")


def test_a_group_named_after_a_place_is_led_by_its_whole_name():
    # "Welling" is a place: the group's name leads its company only with "Group" kept.
    description = "Application by Welling Group Lettings (Bexley) Ltd for a 5,000 sq m extension."
    assert reasons(TITLE, description, names=["Welling Group Ltd"], details="Shares.")
    other = "Application by Welling Lettings (Bexley) Ltd for a 5,000 sq m extension."
    assert not reasons(TITLE, other, names=["Welling Group Ltd"], details="Shares.")
