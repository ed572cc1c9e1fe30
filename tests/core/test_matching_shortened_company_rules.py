"""A name shortened by its last word ("Crayford Roof" for "Crayford Roofing Ltd") is the
member's company, but not where the item goes on to a whole company name of its own, a
strong word with a capital and a legal form after it ("Crayford Roof Solar Ltd"): that is
another company whose name begins alike (``names.Names``)."""

from matching_cases import reasons

ENTRY = {"names": ["Crayford Roofing Ltd"], "details": "Director; repairs council roofs."}


def test_another_company_s_whole_name_is_not_the_shortened_name():
    title = "Solar panels on council depots: contract award to Crayford Roof Solar Ltd"
    description = "Award of the installation contract for rooftop arrays."
    assert not reasons(title, description, **ENTRY)


def test_the_shortened_name_alone_is_still_the_company():
    title = "Depot roof repairs: work by Crayford Roof"
    description = "Gutters and flashing replaced at the Erith depot."
    assert reasons(title, description, **ENTRY)
