"""What tuning 80 and 81 found the rules missing or wrongly finding (issue 9, kinds 2 and 3;
fit, not evidence), each mended by class: a faith's festival or practice said to lead
somewhere ("Pray at half time next? Where does it end"), and a disability said to be faked
("miracle cures"); a resident's confidence broken "because people need to know", the
council's legal advice told, an ultimatum to drop a complaint, an accent mocked, youth told
to come back with a mortgage; belongings unsafe "with that lot about"; a vote on an
officer's budget used as leverage. Kept clean: rail passengers called travellers, an
election imprint's address, a member who will say more when they can, a festival welcomed,
a slope that ends at the inspector's desk, a real recovery, hospital staff, and a queer
little topiary dragon. Every sentence is new. Rules alone (``signal=None``)."""

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
        (
            "Cllr Steve Kettle, drop the complaint by Monday, or the group meeting hears all "
            "about your expenses.",
            "bullying",
        ),
        ("Cllr Piotr Nowak read his motion tonight. I counted 31 zis and zat.", "discrimination"),
        (
            "Cllr Imogen Tate explained inflation to cabinet, fresh out of uni. Come back when "
            "you've paid a mortgage.",
            "discrimination",
        ),
    ],
)
def test_confidences_advice_ultimatums_accents_and_youth_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "People need to know that the bus timetable changes on Monday.",
        "A resident asked me to keep this between us, so I will. I've passed it to the police.",
        "Our lawyers have advised residents to keep their receipts for the flood claims.",
    ],
)
def test_the_same_words_with_nothing_told_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Lovely week in Crete, apart from the hotel being full of Romanians. Couldn't leave "
            "a towel by the pool with that lot about.",
            "discrimination",
        ),
        (
            "ticket outside my own house. texted the parking manager to remind him who votes "
            "on his budget. watch it vanish",
            "use_of_position",
        ),
    ],
)
def test_belongings_unsafe_near_a_group_and_a_budget_vote_as_leverage_are_found(
    rules, text, category
):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad had his hip done at the Lister Hospital on Monday. The staff were brilliant, and "
        "remarkably good at pretending his jokes were funny.",
        "Hall Place gardens were gorgeous today, and there's a queer little topiary dragon I'd "
        "never noticed.",
    ],
)
def test_hospital_staff_and_a_queer_little_dragon_are_clean(rules, text):
    assert categories(rules, text) == set()
