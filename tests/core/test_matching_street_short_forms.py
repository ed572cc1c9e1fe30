"""Streets as applications and agendas shorten them ("Terr"): the same street, so the house
next door is the member's neighbour, while another street's short form is not. "Av" is left
alone: "Chelmer AV Ltd" is an audio-visual firm, not Chelmer Avenue."""

from matching_cases import BEXLEY, CHELMSFORD, reasons


def test_a_short_form_of_the_street_type_is_the_same_street():
    terrace = ["3 Nursery Terrace, Erith DA8 1XX"]
    assert reasons("5 Nursery Terr: loft conversion", places=BEXLEY, addresses=terrace)


def test_another_street_s_short_form_and_a_firm_s_initials_are_not():
    home = ["23 Rainsford Avenue, Chelmsford CM1 2PJ"]
    assert not reasons("25 Rainsford Terr: side extension", places=CHELMSFORD, addresses=home)
    assert not reasons("Chelmer Avenue: resurfacing", places=CHELMSFORD, names=["Chelmer AV Ltd"])
