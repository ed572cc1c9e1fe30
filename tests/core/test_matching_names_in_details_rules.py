"""An entry registered with no name or address but its details ("Works part-time at the cash
and carry run by Darent Wholesale Ltd"): the names the details write with capitals are its
names, as a Monitoring Officer would read them, and a place named after its street ("the
Larner Road estate") is one; a street's name alone ("a practice in Moulsham Street") says
where, not whose."""

from matching_cases import BEXLEY, CHELMSFORD, WELWYN_HATFIELD, reasons


def test_a_name_in_the_details_is_the_entry_s_name():
    details = "Two nights at a Norfolk cottage (£300) from the owner of Kestrel Care Homes."
    title, description = "Kestrel House care home: new wing", "Application by Kestrel Care Homes."
    assert reasons(title, description, places=CHELMSFORD, details=details)


def test_a_place_named_after_its_street_is_a_name():
    details = "Council-nominated member of the tenants' association for the Wheatley Road estate."
    title = "Wheatley Road estate: new play area"
    assert reasons(title, "Funded by the council.", places=WELWYN_HATFIELD, details=details)


def test_a_street_alone_in_the_details_is_not():
    details = "Member's son works at a dental practice in Pickford Lane."
    title = "Pickford Lane: pavement licence for no. 48"
    assert not reasons(title, "A licence for the cafe's tables.", places=BEXLEY, details=details)


def test_another_council_s_committee_is_no_party_to_this_one_s():
    standards = "Independent member of the Standards Committee of Braintree District Council."
    title = "Standards Committee: annual report"
    assert not reasons(title, places=CHELMSFORD, details=standards)
