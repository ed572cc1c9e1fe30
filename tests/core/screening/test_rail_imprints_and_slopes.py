"""What tuning 80 and 81 found the rules missing or wrongly finding (issue 9, kinds 2, 3 and
8; fit, not evidence), each mended by class: a resident's confidence broken "because people
need to know", the council's legal advice told, an accent mocked, a vote on an officer's
budget used as leverage. Kept clean: rail passengers called travellers, an election
imprint's address, a member who will say more when they can, hospital staff, and the same
words with nothing told. Still found: another address after an imprint, and an address a
newspaper published. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "A mum from Hatfield asked me to keep this between us, but people need to know: "
            "her son Leo, 15, has been excluded with no support.",
            "confidentiality",
        ),
        (
            "Our own lawyers have advised that if the depot dispute goes to court, the council "
            "would probably lose.",
            "confidentiality",
        ),
        ("Cllr Piotr Nowak read his motion tonight. I counted 31 zis and zat.", "discrimination"),
        (
            "ticket outside my own house. texted the parking manager to remind him who votes "
            "on his budget. watch it vanish",
            "use_of_position",
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
        "Dad had his hip done at the Lister Hospital on Monday. The staff were brilliant, and "
        "remarkably good at pretending his jokes were funny.",
        "People need to know that the bus timetable changes on Monday.",
        "A resident asked me to keep this between us, so I will. I've passed it to the police.",
        "Our lawyers have advised residents to keep their receipts for the flood claims.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Promoted by K. Ade, 4 Sample Road, Welling. Mr Jones at 12 Elm Road, Welling is on "
        "benefits and behind with his rent.",
        "Story published by the paper this morning: Mrs Hogan of 3 Rydal Drive, Welling is "
        "£2,000 behind on her rent.",
    ],
)
def test_an_address_that_is_no_imprints_is_still_personal_data(bexley, text):
    assert "personal.home_address" in rule_ids(bexley, text)
