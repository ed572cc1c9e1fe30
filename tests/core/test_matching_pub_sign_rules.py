"""A firm named for an old pub sign ("Plough Estates Ltd") is not the pub of that sign, in
an item about a pub: "The Plough public house", "The Horse and Plough" are signs of their
own. The firm's name going on ("The Plough Estates ..."), a pub firm's name ("Plough Inns
Ltd") or a pub registered by its own name ("The Plough, Erith") still match."""

import pytest
from matching_cases import reasons

FIRM = {"names": ["Plough Estates Ltd"], "details": "Gift: dinner from Plough Estates Ltd"}
PUB_FIRM = {"names": ["Plough Inns Ltd"], "details": "Director"}
PUB = {"names": ["The Plough, Erith"], "details": "Licensee"}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (FIRM, "Premises licence: The Plough Estates clubhouse", "Late bar for the pub."),
        (PUB_FIRM, "Premises licence: The Plough, Erith", "Late opening at the pub."),
        (PUB, "Premises licence: The Plough, Erith", "Late opening at the pub."),
    ],
)
def test_the_firm_a_pub_firm_or_the_pub_itself_is_named(entry, title, description):
    assert reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Listed building consent: The Plough public house", "A new thatched roof."),
        ("Premises licence: The Horse and Plough, Erith", "Late opening at the pub."),
    ],
)
def test_a_pub_s_sign_is_not_the_firm_named_for_it(title, description):
    assert reasons(title, description, **FIRM) == set()
