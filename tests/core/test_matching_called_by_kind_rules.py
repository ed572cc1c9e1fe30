"""A body called by what it is and where: "the" and the kind that ends its name, with a
capital ("the Friends", "the Trust") or after the name's own word for what it does ("the
sailing club"), in an item naming the rest of its name ("the sailing club based at Danson
Park" for "Danson Park Sailing Club"). A council-appointed body named after a thing in
strong words is asked about that thing ("Tarrant Engines Trust": "Tarrant Pumping Station:
Beam Engine restoration"). Not the kind alone, the place alone, another body of the kind,
a body the member joined of their own accord, nor an appointed body named with a place's
word (every item on the place would ask)."""

import pytest
from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons

GRANTS = "Community sports grants 2026"
APPOINTED = "Trustee, appointed by the council."


def test_a_club_called_by_its_kind_at_the_rest_of_its_name():
    said = "Awards include £4,000 to the sailing club based at Danson Park for a new dinghy."
    assert reasons(GRANTS, said, places=BEXLEY, names=["Danson Park Sailing Club"])


def test_friends_called_the_friends_in_an_item_on_their_park():
    title = "Panshanger Park - management agreement"
    said = "A three-year agreement with the Friends group for path clearance and surveys."
    assert reasons(title, said, places=WELWYN_HATFIELD, names=["Friends of Panshanger Park"])


@pytest.mark.parametrize(
    ("title", "said"),
    [
        (GRANTS, "£4,000 to the sailing club for a new dinghy."),
        ("Danson Park - new café", "Lease of the stable block for a café."),
        (GRANTS, "£4,000 to Erith Sailing Club, the sailing club nearest Danson Park."),
    ],
)
def test_the_kind_alone_the_place_alone_or_another_club_is_not_the_member_s(title, said):
    assert reasons(title, said, places=BEXLEY, names=["Danson Park Sailing Club"]) == set()


def test_other_friends_are_not_the_member_s():
    title = "Panshanger Park - management agreement"
    said = "An agreement with the Friends of Stanborough Park and the Friends group."
    names = ["Friends of Panshanger Park"]
    assert reasons(title, said, places=WELWYN_HATFIELD, names=names) == set()


@pytest.mark.parametrize(
    ("places", "names", "title"),
    [
        (BEXLEY, ["Tarrant Engines Trust"], "Tarrant Pumping Station: Beam Engine restoration"),
        (CHELMSFORD, ["Hylands Orangery Trust"], "Hylands Estate: Orangery roof repairs"),
    ],
)
def test_a_council_appointed_body_is_asked_about_what_it_is_named_after(places, names, title):
    assert reasons(title, "A grant of £40,000.", places=places, names=names, details=APPOINTED)
    # Not one the member joined of their own accord.
    assert reasons(title, "A grant of £40,000.", places=places, names=names) == set()


@pytest.mark.parametrize(
    ("names", "title"),
    [
        # A place's word in the name: every item at Belvedere would ask.
        (["Belvedere Engines Trust"], "Belvedere: Beam Engine House restoration"),
        # The thing in lower case is any pumping station's engine.
        (["Tarrant Engines Trust"], "Pumping station: beam engine restoration at Tarrant"),
    ],
)
def test_an_appointed_body_named_with_a_place_or_the_thing_in_lower_case_is_not_asked(names, title):
    assert reasons(title, "A grant.", places=BEXLEY, names=names, details=APPOINTED) == set()
