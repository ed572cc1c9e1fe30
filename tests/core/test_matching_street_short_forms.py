"""Streets as applications and agendas shorten them ("Av", "Terr"): the same street, so the
house next door is the member's neighbour, while another street's short form is not."""

from matching_cases import BEXLEY, CHELMSFORD, reasons


def test_a_short_form_of_the_street_type_is_the_same_street():
    home = ["23 Rainsford Avenue, Chelmsford CM1 2PJ"]
    assert reasons("25 Rainsford Av: side extension", places=CHELMSFORD, addresses=home)
    terrace = ["3 Nursery Terrace, Erith DA8 1XX"]
    assert reasons("5 Nursery Terr: loft conversion", places=BEXLEY, addresses=terrace)


def test_another_street_s_short_form_is_not():
    home = ["23 Rainsford Avenue, Chelmsford CM1 2PJ"]
    assert not reasons("25 Rainsford Terr: side extension", places=CHELMSFORD, addresses=home)
