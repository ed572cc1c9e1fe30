"""A company's name made of ordinary words ("Clear Water Holdings plc", "Sound & Vision
Group plc") that the item writes only in lower case, as ordinary words: "keeping clear
water in the pool", "a report on sound and vision standards" say nothing of the company,
and a prompt there teaches members to ignore the rest. The same words written with
capitals anywhere in the item may be the company, so are still asked about, as a party's
or a full name always is."""

import pytest
from matching_cases import BEXLEY, reasons

from nolan.core.matching.model import Reason


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        (
            "Clear Water Holdings plc",
            "Lido maintenance report",
            "Keeping clear water in the main pool through the summer season.",
        ),
        (
            "Fair Share Energy Ltd",
            "Budget consultation: a fair share for each ward",
            "Sets out how the fair share of capital is decided.",
        ),
        (
            "Green Light Group plc",
            "Cabinet gives green light to library refurbishment",
            "",
        ),
        (
            "Sound & Vision Group plc",
            "Annual report on sound and vision standards in council venues",
            "",
        ),
    ],
)
def test_a_name_s_words_only_in_lower_case_are_ordinary_words(names, title, description):
    assert reasons(title, description, places=BEXLEY, names=[names]) == set()


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        ("Clear Water Holdings plc", "Contract with Clear Water for pool chemicals", ""),
        ("Sound & Vision Group plc", "Contract with Sound and Vision for the theatre PA", ""),
        (
            "Clear Water Holdings plc",
            "Lido: Clear Water pool chemicals",
            "Keeping clear water in the main pool through the summer season.",
        ),
    ],
)
def test_the_words_with_capitals_anywhere_are_still_asked_about(names, title, description):
    assert Reason.NAME_WORD in reasons(title, description, places=BEXLEY, names=[names])
