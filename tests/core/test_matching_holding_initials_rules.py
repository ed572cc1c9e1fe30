"""A holding company's subsidiary named with the holding company's initials and its own
trade ("LH Developments Ltd, a subsidiary of Lamorbey Holdings") is the group's, so it does
not hide the holding company's name written beside it, as another company's full name
would. A community group's initials leading a company are not its ("LEG Properties Ltd" is
no subsidiary of the Lamorbey Environment Group)."""

from matching_cases import BEXLEY, reasons

HOLDINGS = {
    "places": BEXLEY,
    "names": ["Lamorbey Holdings Ltd"],
    "details": "£500 from Lamorbey Holdings Ltd towards election expenses.",
}
GROUP = {"places": BEXLEY, "names": ["Lamorbey Environment Group (LEG)"], "details": "Chair"}


def test_a_subsidiary_led_by_the_holding_company_s_initials_is_the_group_s():
    title = "Reserved matters: 12 homes at Lamorbey (LH Developments Ltd)"
    description = "Applicant LH Developments Ltd, a subsidiary of Lamorbey Holdings."
    assert reasons(title, description, **HOLDINGS)


def test_a_community_group_s_initials_leading_a_company_are_not_the_group():
    title = "HMO licence - LEG Properties Ltd, 4 Lamorbey Close"
    assert reasons(title, "A licence for a five-bedroom house.", **GROUP) == set()
