"""A name's words with the last one shortened or lengthened ("St Augustine's churchyard" for
"St Augustine's Church PCC") are the body's, unless the item puts them at another place than
the one the name was registered with, as it may a run of the name's words: the churchyard
of another village's St Augustine's is another parish's."""

from matching_cases import CHELMSFORD, reasons

PCC = {
    "places": CHELMSFORD,
    "names": ["St Augustine's Church PCC, Springfield"],
    "details": "Member of the parochial church council",
}


def test_the_shortened_name_at_its_own_place_is_the_body():
    assert reasons("St Augustine's churchyard, Springfield: tree works", "Two limes.", **PCC)


def test_the_shortened_name_at_another_place_is_not():
    title = "St Augustine's churchyard, Writtle: tree works"
    assert reasons(title, "Two limes felled in Writtle.", **PCC) == set()
