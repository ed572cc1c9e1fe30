"""A body called by a short form of its registered name: the initials the entry's details
give in brackets after it, a word it coined (in capitals, or letters and figures) that
opens or closes it, an acronym after a place written out, or its first word with the kind
of body that ends it. Not the coined word as an ordinary word, in the middle of the name or
listed as a trade after "&", after another place or going on into another name; nor the
first word with another kind."""

import pytest
from matching_cases import BEXLEY, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason

SHORT = {Reason.ACRONYM, Reason.NAME_WORD}

SOLAR = {
    "places": WELWYN_HATFIELD,
    "names": ["Lea Valley Community Solar Co-operative Ltd"],
    "details": "Shares in Lea Valley Community Solar Co-operative Ltd (LVSOL) over £25,000",
}
KITES = {"places": BEXLEY, "names": ["KITES Youth Project"], "details": "Trustee"}
LABS = {"places": BEXLEY, "names": ["Marrowfield n3x Ltd"], "details": "Employee"}
HOSPICE = {"places": BEXLEY, "names": ["Sidcup HHS"], "details": "Trustee of Sidcup HHS"}
TYRES = {"places": BEXLEY, "names": ["Welling Exhausts & MOT Ltd"], "details": "Director"}
ACADEMY = {
    "places": WELWYN_HATFIELD,
    "names": ["Brocklesby St Jude's Academy"],
    "details": "Governor, nominated by the council",
}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (SOLAR, "Leisure centre roof: solar panels by LVSOL", "A 15-year power agreement."),
        (KITES, "Youth services grants 2026", "£12,000 to run the KITES holiday club."),
        (LABS, "25/01234/FUL: laboratory extension, n3x site, Thames Road", "Two storeys."),
        (
            HOSPICE,
            "Grant to the Home Hospice Service",
            "A contribution to night nursing for the Home Hospice Service.",
        ),
        (ACADEMY, "Brocklesby Academy: community use of the pool", "Evening lettings."),
    ],
)
def test_a_short_form_of_the_registered_name_is_the_body(entry, title, description):
    assert SHORT & reasons(title, description, **entry)


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        # The coined word as an ordinary word, in lower case.
        (KITES, "Parks byelaws: flying kites on the common", "Bans kites near power lines."),
        # The acronym written out after another place.
        (HOSPICE, "Grant to the Dartford Home Hospice Service", "Night nursing."),
        # The coined word going on into another name.
        (KITES, "KITES Aviation Ltd: hangar lease at Biggin Hill", "A five-year lease."),
        # A trade listed after "&".
        (TYRES, "Fleet tyres and MOT testing contract", "Award to another garage."),
        # The first word with another kind of body.
        (ACADEMY, "Brocklesby Cricket Club: pavilion grant", "A new roof."),
    ],
)
def test_an_ordinary_word_another_place_another_name_or_a_trade_is_not(entry, title, description):
    assert reasons(title, description, **entry) == set()
