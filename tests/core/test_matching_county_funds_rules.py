"""The county council that employs a member is named in many items only in passing, as
the highway or education authority, so it counts where an item deals with it
(``names.Names``); an item whose matter it funds or delivers ("cycle lanes funded and
delivered by HCC") deals with it as much as one giving it a contract, so its initials there
reach the member it employs. Named as the authority consulted, it still does not."""

from matching_cases import WELWYN_HATFIELD, reasons

ENTRY = {"names": ["Hertfordshire County Council"], "details": "Transport planner."}


def test_the_county_council_funding_or_delivering_the_matter_is_a_party_to_it():
    title = "Welwyn Garden City: HCC-funded cycle lanes"
    description = "Cycle lanes on Bridge Road to be funded and delivered by HCC."
    assert reasons(title, description, places=WELWYN_HATFIELD, **ENTRY)


def test_the_county_council_named_in_passing_is_not():
    title = "Welwyn Garden City: cycle lanes"
    description = "Cycle lanes on Bridge Road; HCC as highway authority has been consulted."
    assert not reasons(title, description, places=WELWYN_HATFIELD, **ENTRY)
