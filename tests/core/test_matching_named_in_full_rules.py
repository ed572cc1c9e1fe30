"""A body whose registered name is made of words anyone uses ("Church Street Trust", "Mill
Lane Surgery Patients Group") is named where the item writes the whole name as a name, each
word with its capital; the same words in their ordinary sense, or the council's own name,
are not the body."""

import pytest
from matching_cases import WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason


@pytest.mark.parametrize(
    ("names", "title"),
    [
        (["Church Street Trust"], "Community grants: £5,000 to the Church Street Trust"),
        (["Mill Lane Surgery Patients Group"], "Response to the Mill Lane Surgery Patients Group"),
    ],
)
def test_a_name_of_common_words_written_in_full_as_a_name_is_the_body(names, title):
    assert Reason.NAME in reasons(title, places=WELWYN_HATFIELD, names=names)


@pytest.mark.parametrize(
    ("names", "title"),
    [
        (["Church Street Trust"], "Church Street: a new trust fund for the hall"),
        (["Church Street Trust"], "Parking on church street near the trust's hall"),
        (["Welwyn Hatfield Borough Council"], "Welwyn Hatfield Borough Council budget 2026/27"),
    ],
)
def test_the_words_in_their_ordinary_sense_or_the_councils_own_name_are_not(names, title):
    assert not reasons(title, places=WELWYN_HATFIELD, names=names)
