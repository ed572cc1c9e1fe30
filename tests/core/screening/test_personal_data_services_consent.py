"""Personal-data false alarms of tuning36-40, mended by class (issue 9).

Sensitive-sounding words that name a service or an organisation ("the foodbank appeal",
"Panshanger foodbank") say nothing of anyone's circumstances; capitals in a sentence
written in capitals mark no name, so "MORE PROMISES FROM THE LEADER" is nobody; and a
person's consent given in other words ("has very kindly agreed to let me tell his story")
is consent. A named person's own circumstances are still personal data.
"""

import pytest

from .conftest import categories

OFFICIAL = {"account": "official"}


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to Mr Ellis for organising the foodbank appeal.",
        "Thanks to everyone who brought tins for Panshanger foodbank at the weekend! Mrs Shah "
        "and her team run it brilliantly.",
    ],
)
def test_words_naming_a_service_or_organisation_are_no_ones_details(wh, text):
    assert "personal_data" not in categories(wh, text, **OFFICIAL)


def test_a_sentence_in_capitals_names_no_one_by_its_capitals(wh):
    text = (
        "STOP WASTING MONEY ON HOSTELS. MORE PROMISES FROM THE LEADER ON TEMPORARY "
        "ACCOMMODATION AND NOTHING BUILT FOR YEARS."
    )
    assert "personal_data" not in categories(wh, text, **OFFICIAL)


def test_consent_in_other_words_is_consent(wh):
    text = (
        "Mr Adebayo has very kindly agreed to let me tell his story: his dementia diagnosis "
        "came two years after his first memory clinic referral."
    )
    assert "personal_data" not in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Adebayo's dementia diagnosis came two years after his first memory clinic referral.",
        "Dave Morris from Hatfield is at the foodbank every week now since he lost his job.",
        "MRS JENNY PARKER OF HOLLY ROAD IS IN RENT ARREARS AGAIN AND NOBODY DOES ANYTHING.",
    ],
)
def test_a_named_persons_own_circumstances_are_still_personal_data(wh, text):
    assert "personal_data" in categories(wh, text, **OFFICIAL)
