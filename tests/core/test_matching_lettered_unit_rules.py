"""A range of unit numbers holds the lettered units between its ends: an allotment plot
split in two keeps its number with a letter ("Plot 9a"), and "plots 6 to 12" released from
the site include it. A single unit with another letter ("Plot 9b"), or a range that stops
short of it, is another's."""

import pytest
from matching_cases import reasons

PLOT = {
    "names": ["Plot 9a, Mayplace Allotments"],
    "addresses": ["Plot 9a, Mayplace Allotments, Barnehurst DA7 6EE", "Allotment licence."],
}
TITLE = "Mayplace allotments: release of surplus land"


def test_a_range_of_plots_holds_a_lettered_plot_between_its_ends():
    description = "Release of part of the site, including plots 6 to 12, for a car park."
    assert reasons(TITLE, description, **PLOT)


@pytest.mark.parametrize("plots", ["plot 9b", "plots 10 to 14", "plots 1-8"])
def test_another_letter_or_a_range_short_of_it_is_another_plot(plots):
    description = f"Release of part of the site, including {plots}, for a car park."
    assert not reasons(TITLE, description, **PLOT)
