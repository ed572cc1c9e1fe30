"""A body named only in words anyone's may have, with the word that says it is a group
("Northern Homes Group"), is the body where an item deals with it without that word, as a
party written with capitals ("a nominations agreement with Northern Homes for 60 homes").
The words in lower case, going on to another name, or in an item that deals with no one,
are not it."""

import pytest
from matching_cases import reasons

ENTRY = {"names": ["Northern Homes Group"], "details": "Housing officer."}
TITLE = "Affordable homes at Slade Green"


def test_the_name_without_group_as_a_party_is_the_body():
    description = "A nominations agreement with Northern Homes for 60 affordable homes."
    assert reasons(TITLE, description, **ENTRY)


@pytest.mark.parametrize(
    "description",
    [
        "A nominations agreement on the northern homes in the scheme.",
        "A nominations agreement with Northern Homes Forum members for 60 homes.",
        "An open day held by Northern Homes for residents.",
    ],
)
def test_lower_case_another_name_or_no_dealing_is_not(description):
    assert not reasons(TITLE, description, **ENTRY)
