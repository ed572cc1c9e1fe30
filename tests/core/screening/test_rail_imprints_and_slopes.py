"""What tuning 80 found the rules missing or wrongly finding (issue 9, kinds 2 and 3; fit,
not evidence), each mended by class: a faith's festival or practice said to lead somewhere
("Pray at half time next? Where does it end"), and a disability said to be faked ("miracle
cures"). Kept clean: rail passengers called travellers, an election imprint's address, a
member who will say more when they can, a festival welcomed, a slope that ends at the
inspector's desk, and a real recovery. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Cllr Rahman wants scrutiny to end before sunset in Ramadan. Pray at half time "
            "next? Where does it end.",
            "discrimination",
        ),
        (
            "Iftar on the common, council-approved. I look forward to the call to prayer from "
            "the bandstand next, because that's where this ends.",
            "discrimination",
        ),
        (
            "Blue badge bays by the station: three disabled drivers sprinted into the shop. "
            "Miracle cures all round.",
            "discrimination",
        ),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Travellers on the Hatfield line had another miserable morning, with three "
        "cancellations before 8am.",
        "I know there are rumours about the depot. Staff should hear from their managers, "
        "not from me. I'll say more when I can.",
        "Lovely to join the community iftar on the common tonight. Thank you for having me.",
        "The Local Plan consultation closes Friday. Where does it end? At the inspector's "
        "desk, in the spring.",
        "Mum's hip op went brilliantly, a miracle cure thanks to the NHS.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_an_imprints_address_publishes_nobodys_home(bexley):
    text = (
        "Four more years of weekly food waste collections and a council tax freeze. Vote "
        "Welling Residents First in Falconwood on 7 May. Promoted by K. Ade on behalf of "
        "Welling Residents First, 4 Sample Road, Welling DA16 1AA."
    )
    assert "personal_data" not in categories(bexley, text)
