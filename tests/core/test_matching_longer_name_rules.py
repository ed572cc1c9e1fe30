"""A name of only a place and kind words ("Sidcup Homes Ltd") is not the start of another
body's longer name, written with capitals and ending in a kind of body ("Sidcup Home
Improvement Agency"), as it was already not with a kind word next; with other words
after it in capitals, as titles are written, it is still the firm."""

import pytest
from matching_cases import BEXLEY, reasons

HOMES = {"places": BEXLEY, "names": ["Sidcup Homes Ltd"], "details": "Shares over £25,000"}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Sidcup Homes Quarterly Review", "Progress on the Station Road scheme."),
        ("Land sale to Sidcup Homes Ltd", "Garages at Hurst Road."),
    ],
)
def test_the_name_with_a_title_s_words_after_it_is_the_firm(title, description):
    assert reasons(title, description, **HOMES)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Sidcup Home Improvement Agency: annual report", "Grants for adaptations."),
        ("Sidcup Homes Repair Scheme", "Small grants to older owners for repairs."),
    ],
)
def test_the_start_of_another_body_s_longer_name_is_not(title, description):
    assert reasons(title, description, **HOMES) == set()
