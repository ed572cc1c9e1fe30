"""A name written short in the usual ways is the name: a company's kind word abbreviated
("Welling Props Ltd" for "Welling Properties Ltd", "Devs", "Hldgs"), and a site's
leading words written as their initials in capitals ("QEII Memorial Field" for "Queen
Elizabeth II Memorial Field", "KGV Field"), a roman numeral kept whole. Another firm with
the short word, and another site with the same kind, are still another's."""

import pytest
from matching_cases import BEXLEY, WELWYN_HATFIELD, reasons

from nolan.core.matching.words import tokens


@pytest.mark.parametrize(
    ("registered", "written"),
    [
        ("Welling Properties Ltd", "Applicant: Welling Props Ltd."),
        ("Sidcup Developments Limited", "Applicant: Sidcup Devs Ltd."),
        ("Penrose Holdings plc", "Transfer of the lease to Penrose Hldgs plc."),
    ],
)
def test_a_company_s_kind_word_abbreviated_is_its_name(registered, written):
    title = "12-14 Mayplace Road East - change of use"
    assert reasons(title, written, places=BEXLEY, names=[registered])


def test_another_firm_with_the_short_word_is_not_the_member_s():
    title = "12-14 Mayplace Road East - change of use"
    found = reasons(title, "Applicant: Crayford Props Ltd.", names=["Welling Properties Ltd"])
    assert found == set()
    assert tokens("Welling Props") == tokens("Welling Properties")


@pytest.mark.parametrize(
    ("site", "title"),
    [
        (
            "Queen Elizabeth II Memorial Field, Welwyn AL6 9DN",
            "QEII Memorial Field - pavilion drainage",
        ),
        (
            "King George V Field, Hatfield AL10 0RN",
            "KGV Field, Hatfield: new play equipment",
        ),
    ],
)
def test_a_site_s_leading_words_as_initials_are_the_site(site, title):
    assert reasons(title, "For decision.", places=WELWYN_HATFIELD, addresses=[site])


def test_initials_of_another_site_or_in_lower_case_are_not_the_member_s():
    site = ["King George V Field, Hatfield AL10 0RN"]
    other = "KGVI Field, Hatfield: new play equipment"
    assert reasons(other, "For decision.", places=WELWYN_HATFIELD, addresses=site) == set()
    lower = "Kgv field works"
    assert reasons(lower, "For decision.", places=WELWYN_HATFIELD, addresses=site) == set()
