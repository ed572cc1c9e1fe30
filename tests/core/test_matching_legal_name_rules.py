"""A company's whole registered name with its legal form names it wherever an item writes it
so ("J and M Properties (Welling) Limited" for "J & M Properties (Welling) Ltd"), though no
word of it says whose it is alone; a bracketed qualifier of generic words ("(UK)") is neither
an alias nor the end of the name, so the coined word before it ("e5x") still calls the
body."""

import pytest
from matching_cases import reasons

LETTINGS = {"names": ["J & M Properties (Welling) Ltd"], "details": "Shares (50%)"}
MAKER = {"names": ["Avanti e5x (UK) Ltd"], "details": "Engineer"}


@pytest.mark.parametrize(
    ("entry", "title", "description"),
    [
        (
            LETTINGS,
            "14 Upper Wickham Lane: four flats",
            "Full application by J and M Properties (Welling) Limited for four flats.",
        ),
        (MAKER, "e5x, 106 Waterhouse Lane: cleanroom extension", "A two-storey extension."),
    ],
)
def test_the_whole_legal_name_or_the_coined_word_names_the_company(entry, title, description):
    assert reasons(title, description, **entry)
