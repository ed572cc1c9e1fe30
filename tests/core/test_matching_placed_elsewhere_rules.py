"""A name registered with its town ("The Red Lion, Welling") is the premises there: an item
that writes the same name as an address in another town of the area ("The Red Lion,
Bexleyheath", "The Red Lion, Broadway, Bexleyheath") is about another pub of that name,
as "St Mary's Church Writtle" already is another parish's church. Written with the
member's town, or with no town at all, it may be theirs and is still asked about."""

import pytest
from matching_cases import BEXLEY, reasons

from nolan.core.matching.model import Reason

PUB = {"places": BEXLEY, "names": ["Janet Okafor", "The Red Lion, Welling"]}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Premises licence variation - The Red Lion, Bexleyheath",
            "Extends Friday and Saturday hours to midnight.",
        ),
        (
            "Premises licence variation",
            "Application to vary the licence of The Red Lion, Broadway, Bexleyheath, to add "
            "late-night refreshment.",
        ),
        (
            "Premises licence variation - The Red Lion, Sidcup",
            "Application for The Red Lion, Main Road, Sidcup, by its new owner.",
        ),
    ],
)
def test_the_name_written_as_an_address_in_another_town_is_other_premises(title, description):
    assert reasons(title, description, **PUB) == set()


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Premises licence variation - The Red Lion, Welling", ""),
        ("Premises licence variation", "For The Red Lion, Bellegrove Road, Welling."),
        ("Premises licence variation - The Red Lion", "Extends Friday hours to midnight."),
        (
            "Premises licence variation - The Red Lion, Sidcup",
            "Also covers The Red Lion, Welling, under the same owner.",
        ),
    ],
)
def test_the_member_s_town_or_none_is_still_asked_about(title, description):
    assert Reason.NAME in reasons(title, description, **PUB)
