"""The blind set 9 rule classes, on invented pairs: a Land Registry title number called a
parcel; a parent company or a named business of the registered body, from the entry's
details; a firm by its first word as the subject of what it does or in a call-off; premises
let as "the café building"; and the false alarms where a name's word is the place or street
the item is about. Each case fails with its rule switched off."""

from matching_cases import reasons

from nolan.core.matching.model import Reason
from nolan.core.matching.references import parcels


def test_a_title_number_is_a_title_whatever_word_is_before_it():
    assert parcels("promoted sites, including parcel KT553210") == {("title", "KT553210")}
    assert parcels("OS parcel 4521") == {("parcel", "4521")}
    got = reasons(
        "Local plan: promoted sites",
        "Assessment of parcel KT553210, promoted for 40 homes.",
        addresses=["Land north of Quarry Lane, Bexley", "Paddock, Land Registry title KT553210"],
    )
    assert Reason.ADDRESS in got


def test_a_parent_company_named_in_the_details_is_one_of_the_entry_s_names():
    got = reasons(
        "Drainage framework: award",
        "The recommended bidder is Pellow Holdings plc.",
        names=["Pellow Drainage Ltd"],
        details="Director; Pellow Drainage is a subsidiary of Pellow Holdings plc.",
    )
    assert got


def test_a_business_of_the_body_named_in_the_details_is_one_of_its_names():
    got = reasons(
        "Kent & Welling Water: new pumping station",
        "Full application for a pumping station building.",
        names=["Tarrow Utilities Ltd"],
        details="Process engineer in its Kent & Welling Water business.",
    )
    assert got


def test_a_firm_by_its_first_word_as_the_subject_of_what_it_does():
    got = reasons(
        "Town centre planters 2026",
        "Quillbrook will supply and plant 60 planters under the existing contract.",
        names=["Quillbrook Landscapes Ltd"],
    )
    assert Reason.NAME_WORD in got


def test_a_firm_by_its_first_word_in_a_call_off_with_it():
    got = reasons(
        "ICT: software licensing",
        "Proposal to extend the call-off with Zentrix for licences until 2027.",
        names=["Zentrix Data Systems Ltd"],
    )
    assert Reason.NAME_WORD in got


def test_premises_let_as_a_building_are_the_kind_before_it():
    got = reasons(
        "Hollowmere Gardens kiosk: re-letting",
        "The lease of the kiosk in Hollowmere Gardens ends in May.",
        names=["Brackwater Teas Ltd"],
        details="Director; the company leases the kiosk building in Hollowmere Gardens.",
    )
    assert Reason.ADDRESS in got


def test_a_place_led_name_is_not_the_place_described_in_lower_case():
    got = reasons(
        "Sidcup lido heritage plaques",
        "Grant for plaques on the history of the former lido.",
        names=["Sidcup Lido Holdings Ltd"],
    )
    assert not got
    # Written with capitals, as the firm's name is, it is still asked about.
    assert reasons("Sidcup Lido Holdings: lease renewal", names=["Sidcup Lido Holdings Ltd"])


def test_a_name_word_written_as_the_street_the_item_is_about_is_that_street():
    got = reasons(
        "Brackenhurst: outdoor market licence",
        "Street trading consent for the Saturday market on Brackenhurst.",
        names=["Brackenhurst Property Group"],
    )
    assert not got


def test_a_name_word_that_ends_a_place_s_name_is_that_place():
    got = reasons(
        "Wickham: new toilets",
        "Capital bid for toilets at the recreation ground, East Wickham.",
        names=["Wickham Property Group"],
    )
    assert not got


def test_a_name_word_before_a_street_s_kind_is_that_street():
    got = reasons(
        "Quarrendon: resurfacing",
        "Resurfacing of Quarrendon Road in the spring.",
        names=["Quarrendon Property Group"],
    )
    assert not got
