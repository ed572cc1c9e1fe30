"""Gift thresholds (code 10.2, 10.3) and same-donor aggregation for Welwyn Hatfield and Bexley."""

from dataclasses import replace
from datetime import date

import pytest

from nolan.core import gifts
from nolan.core.codes import load_code
from nolan.core.gifts import GiftFacts, GiftRuleError

# Each council's threshold as its own paragraph 10.2 states it (seed 000: £50; seed 001: £100).
THRESHOLDS = {"welwyn-hatfield": 5000, "bexley": 10000}


def params(slug):
    return load_code(slug).parameters


def gift(value, received=date(2025, 3, 1), donor="Acme Builders Ltd", **kwargs):
    return GiftFacts(donor_name=donor, value_pence=value, received=received, **kwargs)


@pytest.mark.parametrize("slug", THRESHOLDS)
def test_the_code_gives_each_councils_own_threshold(slug):
    assert params(slug).gift_threshold_pence == THRESHOLDS[slug]


@pytest.mark.parametrize("slug", THRESHOLDS)
def test_a_gift_at_the_threshold_must_be_registered_and_a_penny_less_need_not(slug):
    threshold = params(slug).gift_threshold_pence
    at = gifts.assess(gift(threshold), params(slug))
    below = gifts.assess(gift(threshold - 1), params(slug))
    assert (at.required, at.reason, at.provision_key) == (
        True,
        "at-or-above-threshold",
        "code.gifts.register",
    )
    assert (below.required, below.reason) == (False, "below-threshold-voluntary")


def test_a_75_pound_dinner_is_registrable_in_welwyn_hatfield_but_voluntary_in_bexley():
    dinner = gift(7500)
    assert gifts.assess(dinner, params("welwyn-hatfield")).required
    assert not gifts.assess(dinner, params("bexley")).required


@pytest.mark.parametrize("slug", THRESHOLDS)
def test_a_refused_significant_offer_must_be_registered_under_10_3(slug):
    offer = gift(params(slug).gift_threshold_pence, accepted=False)
    result = gifts.assess(offer, params(slug))
    assert (result.required, result.reason, result.provision_key) == (
        True,
        "refused-significant",
        "code.gifts.register-refused",
    )


@pytest.mark.parametrize("slug", THRESHOLDS)
def test_small_gifts_from_one_donor_within_a_year_that_reach_the_threshold_draw_a_warning(slug):
    threshold = params(slug).gift_threshold_pence
    half = threshold // 2
    earlier = [gift(half, received=date(2024, 6, 1))]
    result = gifts.assess(gift(threshold - half, received=date(2025, 3, 1)), params(slug), earlier)
    assert result.warnings == ("same-donor-aggregate",)
    assert result.donor_total_pence == threshold


@pytest.mark.parametrize("slug", THRESHOLDS)
def test_small_gifts_that_stay_below_the_threshold_draw_no_warning(slug):
    threshold = params(slug).gift_threshold_pence
    earlier = [gift(threshold // 4, received=date(2024, 6, 1))]
    assert gifts.assess(gift(threshold // 4), params(slug), earlier).warnings == ()


def test_forty_pounds_twice_warns_in_welwyn_hatfield_but_not_in_bexley():
    earlier = [gift(4000, received=date(2024, 12, 1))]
    assert gifts.assess(gift(4000), params("welwyn-hatfield"), earlier).warnings
    assert not gifts.assess(gift(4000), params("bexley"), earlier).warnings


def test_a_gift_exactly_twelve_months_earlier_is_outside_the_window():
    wh = params("welwyn-hatfield")
    year_ago = [gift(4000, received=date(2024, 3, 1))]
    day_later = [gift(4000, received=date(2024, 3, 2))]
    assert gifts.assess(gift(4000), wh, year_ago).warnings == ()
    assert gifts.assess(gift(4000), wh, day_later).warnings == ("same-donor-aggregate",)


def test_later_gifts_do_not_count_towards_an_earlier_ones_total():
    later = [gift(4000, received=date(2025, 4, 1))]
    assert gifts.assess(gift(4000), params("welwyn-hatfield"), later).warnings == ()


def test_other_donors_and_refused_offers_do_not_count():
    wh = params("welwyn-hatfield")
    others = [gift(4000, donor="Someone Else"), gift(4000, accepted=False)]
    assert gifts.assess(gift(4000), wh, others).warnings == ()


def test_donors_match_by_name_ignoring_case_and_spacing_or_by_company_number():
    wh = params("welwyn-hatfield")
    by_name = [gift(4000, donor="  acme   BUILDERS ltd")]
    by_number = [gift(4000, donor="Acme (Holdings)", donor_number="01234567")]
    assert gifts.assess(gift(4000), wh, by_name).warnings
    assert gifts.assess(gift(4000, donor="ACME", donor_number="0123 4567"), wh, by_number).warnings


def test_a_gift_given_with_a_number_adds_up_with_the_same_donors_given_by_name():
    """Walk item 17: Mardley Hill Construction Ltd's gift entered with its company number was
    not added to the gifts entered by name alone, on the form or the Monitoring Officer's
    dashboard."""
    wh = params("welwyn-hatfield")
    by_name = [gift(4000, donor="Mardley Hill Construction Ltd")]
    numbered = gift(4000, donor="Mardley Hill Construction Ltd", donor_number="01234567")
    assert gifts.assess(numbered, wh, by_name).warnings == ("same-donor-aggregate",)
    assert gifts.assess(by_name[0], wh, [numbered]).warnings == ("same-donor-aggregate",)
    another = [gift(4000, donor="Mardley Hill Construction Ltd", donor_number="07654321")]
    assert gifts.assess(numbered, wh, another).warnings == ()


@pytest.mark.parametrize(
    ("written", "read"),
    [("01234567", "01234567"), ("1234567", "01234567"), (" sc 123456 ", "SC123456")],
)
def test_a_company_number_is_read_as_companies_house_writes_it(written, read):
    assert gifts.company_number(written) == read


@pytest.mark.parametrize("written", ["not a number!!", "123456789", "S1234567", "ABC12345"])
def test_what_is_not_a_company_number_is_not_read_as_one(written):
    assert gifts.company_number(written) is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("1089464", "1089464"),
        ("220949", "220949"),
        ("sc012345", "SC012345"),
        ("1089464-1", "1089464-1"),
        ("NIC100001", "NIC100001"),
    ],
)
def test_a_charity_number_is_read_as_the_regulators_write_it(written, read):
    assert gifts.charity_number(written) == read


@pytest.mark.parametrize("written", ["not a number!!", "12", "charity"])
def test_what_is_not_a_charity_number_is_not_read_as_one(written):
    assert gifts.charity_number(written) is None


def test_the_threshold_comes_from_the_code():
    lower = replace(
        params("bexley"),
        gift_threshold_pence=2000,
    )
    assert gifts.assess(gift(2000), lower).required


def test_a_negative_value_is_refused_with_a_clear_code():
    with pytest.raises(GiftRuleError) as error:
        gift(-1)
    assert error.value.code == "negative-value"


def test_a_value_beyond_the_largest_nolan_records_is_refused_and_the_largest_is_not():
    assert gift(gifts.MAX_VALUE_PENCE).value_pence == gifts.MAX_VALUE_PENCE
    with pytest.raises(GiftRuleError) as error:
        gift(9_999_999_999_900)
    assert error.value.code == "value-too-large"


def test_a_gift_without_any_donor_is_refused():
    with pytest.raises(GiftRuleError) as error:
        gift(1000, donor="  ")
    assert error.value.code == "missing-donor"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 3, 31), 1, date(2025, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 15), 12, date(2024, 1, 15)),
        (date(2025, 1, 15), 1, date(2024, 12, 15)),
    ],
)
def test_months_before_clamps_to_the_end_of_shorter_months(day, months, expected):
    assert gifts.months_before(day, months) == expected
