"""A well-known designation written as its initials is its words ("Lesney Farm LNR" is
"Lesney Farm Local Nature Reserve", "Foots Cray Meadows SSSI" the Site of Special
Scientific Interest), however the register or the item writes it. Initials that stand for
other things too ("CA") are left as written, and another reserve is still another's."""

import pytest
from matching_cases import BEXLEY, reasons

from nolan.core.matching.words import tokens


@pytest.mark.parametrize(
    ("registered", "title"),
    [
        (
            "Lesney Farm Local Nature Reserve, Erith DA8",
            "Lesney Farm LNR: hay cutting and grazing licence renewal",
        ),
        (
            "Foots Cray Meadows SSSI, Sidcup DA14",
            "Foots Cray Meadows Site of Special Scientific Interest - footpath works",
        ),
    ],
)
def test_a_designation_s_initials_are_its_words(registered, title):
    assert reasons(title, "For decision.", places=BEXLEY, addresses=[registered])


def test_another_reserve_s_initials_are_not_the_member_s():
    title = "Braeburn Park LNR: hay cutting and grazing licence renewal"
    registered = ["Lesney Farm Local Nature Reserve, Erith DA8"]
    assert reasons(title, "For decision.", places=BEXLEY, addresses=registered) == set()


def test_plural_initials_and_ambiguous_ones():
    assert tokens("two SSSIs") == ("two", "site", "of", "special", "scientific", "interest")
    assert tokens("Old Bexley CA") == ("old", "bexley", "ca")
