"""Matching registered interests against agenda items: what it misses, and what it flags.

A missed Disclosable Pecuniary Interest can cost a member a criminal charge (Localism Act
2011 s.34), so the labelled set below must be matched with 100% recall; precision (how many
flags were worth asking about) is measured and reported, and must not collapse.
"""

from dataclasses import replace

import pytest

from nolan.core.matching.entries import registered_interest
from nolan.core.matching.matcher import match
from nolan.core.matching.model import Item, Reason, RegisteredInterest
from nolan.core.matching.references import postcodes
from nolan.core.matching.words import tokens
from nolan.councils.places import place_names


def interest(key="i", names=(), addresses=(), wards=()):
    return RegisteredInterest(
        key=key, member="m", names=tuple(names), addresses=tuple(addresses), wards=tuple(wards)
    )


def item(title, description="", wards=(), organisations=(), addresses=()):
    return Item(
        key=title,
        title=title,
        description=description,
        wards=tuple(wards),
        organisations=tuple(organisations),
        addresses=tuple(addresses),
    )


# (label, interest, item, should_match). Should-match pairs are the tricky ways an agenda
# names what a member registered; should-not pairs are near misses a clerk would not flag.
LABELLED = [
    (
        "ltd-vs-limited",
        interest(names=["Acme Builders Ltd"]),
        item("Contract award", "Award of the depot contract to Acme Builders Limited."),
        True,
    ),
    (
        "punctuation-and-ampersand",
        interest(names=["Smith & Sons (Hatfield) Limited"]),
        item("Tender", "Smith and Sons Hatfield Ltd. have tendered for grounds maintenance."),
        True,
    ),
    (
        "the-prefix",
        interest(names=["The Welwyn Garden City Society"]),
        item("Heritage", organisations=["Welwyn Garden City Society"]),
        True,
    ),
    (
        "st-vs-street",
        interest(addresses=["14 Church St, Welwyn, AL6 9LW"]),
        item("Planning application 6/2026/0101", "Two dwellings on land rear of Church Street."),
        True,
    ),
    (
        "rd-vs-road",
        interest(addresses=["Flat 2, 7 Bridge Road East, Welwyn Garden City"]),
        item("Bridge Rd East car park", "Resurfacing."),
        True,
    ),
    (
        "saint-vs-st",
        interest(names=["Saint Albans Diocesan Board"]),
        item("Grant", "Grant to St Albans Diocesan Board of Finance."),
        True,
    ),
    (
        "postcode-without-space",
        interest(addresses=["Home Farm, Kimpton, SG48RQ"]),
        item("Planning application", addresses=["Barn conversion, SG4 8RQ"]),
        True,
    ),
    (
        "postcode-lower-case",
        interest(addresses=["3 Orchard Way, AL8 6AE"]),
        item("Tree preservation order", "Trees at al8 6ae and neighbouring gardens."),
        True,
    ),
    # A postcode sector holds thousands of addresses: alone it says nothing of whose land
    # an item concerns (issue 11, third blind set; this pair was labelled a match before).
    (
        "neighbouring-plot-same-postcode-sector-alone",
        interest(addresses=["The Paddock, Codicote, SG4 8UB"]),
        item("Planning application", addresses=["Land east of the High Street, SG4 8UE"]),
        False,
    ),
    (
        "ward-of-land",
        interest(addresses=["22 Haldens, Welwyn Garden City"], wards=["Haldens"]),
        item("Parking review", wards=["Haldens"]),
        True,
    ),
    (
        "ward-named-in-text",
        interest(addresses=["1 The Ridgeway"], wards=["Brookmans Park and Little Heath"]),
        item("Local plan", "Green belt sites in Brookmans Park and Little Heath."),
        True,
    ),
    (
        "employer-by-acronym",
        interest(names=["National Health Service"]),
        item("Health scrutiny", "Report of the NHS on waiting times."),
        True,
    ),
    (
        "employer-registered-by-acronym",
        interest(names=["HPFT"]),
        item(
            "Mental health services",
            "Presentation by Hertfordshire Partnership Foundation Trust.",
        ),
        True,
    ),
    (
        "employer-alias-in-brackets",
        interest(names=["University of Hertfordshire (UH)"]),
        item("Student housing", "Joint report with UH on student accommodation."),
        True,
    ),
    (
        "body-short-name",
        interest(names=["Hatfield Town Football Club"]),
        item("Sports pitches", "Lease of the pitches to Hatfield Town FC."),
        True,
    ),
    (
        "body-one-word-brand",
        interest(names=["Tesco Stores Limited"]),
        item("Licensing", "Premises licence variation for Tesco, Stanborough."),
        True,
    ),
    (
        "property-name-without-street",
        interest(addresses=["Land at Brocket Hall Farm, Lemsford"]),
        item("Planning application", "Solar farm at Brocket Hall Farm."),
        True,
    ),
    (
        "name-case-and-apostrophe",
        interest(names=["St Mary's Church"]),
        item("Grant", "ST MARYS CHURCH roof repairs"),
        True,
    ),
    (
        "company-vs-co",
        interest(names=["Welwyn Bus Company"]),
        item("Transport", organisations=["Welwyn Bus Co. Ltd"]),
        True,
    ),
    (
        "plc-in-words",
        interest(names=["Affinity Water Public Limited Company"]),
        item("Water supply", "Affinity Water plc consultation"),
        True,
    ),
    (
        "hyphen-vs-space",
        interest(names=["Lemsford-Brocket Estate Ltd"]),
        item("Estate roads", "Adoption of roads from Lemsford Brocket Estate Limited."),
        True,
    ),
    (
        "council-employer-by-acronym",
        interest(names=["Hertfordshire County Council"]),
        item("School places", "Joint report with HCC on school places."),
        True,
    ),
    (
        "housing-trust-by-acronym",
        interest(names=["Welwyn Hatfield Community Housing Trust"]),
        item("Stock transfer", "Transfer of garages to WHCHT."),
        True,
    ),
    (
        "flat-and-lettered-house-number",
        interest(addresses=["Flat 3, 12A Bridge Road, Welwyn Garden City"]),
        item("Change of use", "Conversion of 12a Bridge Rd into four flats."),
        True,
    ),
    (
        "flat-word-alone",
        interest(addresses=["Flat 3, 12A Bridge Road, Welwyn Garden City"]),
        item("Householder", "Flat roof extension at 4 Mill Lane."),
        False,
    ),
    (
        "shared-first-word-is-an-accepted-false-alarm",
        interest(names=["Marston Homes Ltd"]),
        item("Highways", "Resurfacing of Marston Road."),
        False,
    ),
    (
        "unrelated-company",
        interest(names=["Acme Builders Ltd"]),
        item("Contract award", "Award of the depot contract to Zenith Construction Limited."),
        False,
    ),
    (
        "different-street-same-town",
        interest(addresses=["14 Church St, Welwyn, AL6 9LW"]),
        item("Planning application", addresses=["5 Mill Lane, Welwyn Garden City, AL7 1AA"]),
        False,
    ),
    (
        "different-postcode-area",
        interest(addresses=["Home Farm, Kimpton, SG4 8RQ"]),
        item("Planning application", addresses=["Barn conversion, AL9 5JP"]),
        False,
    ),
    (
        "different-ward",
        interest(addresses=["22 Haldens"], wards=["Haldens"]),
        item("Parking review", wards=["Peartree"]),
        False,
    ),
    (
        "generic-words-only",
        interest(names=["Hatfield Town Council"]),
        item("Budget", "Report of the county council on district budgets."),
        False,
    ),
    (
        "acronym-not-present",
        interest(names=["National Health Service"]),
        item("Waste", "Review of the waste collection contract."),
        False,
    ),
    (
        "street-type-alone",
        interest(addresses=["8 Station Road, Hatfield"]),
        item("Road safety", "Speed limits on every road in the borough."),
        False,
    ),
    (
        "place-name-in-a-club-name-is-an-accepted-false-alarm",
        interest(names=["Hatfield Town Football Club"]),
        item("Regeneration", "Hatfield town centre regeneration scheme."),
        False,
    ),
    (
        "same-postcode-sector-other-street",
        interest(addresses=["3 Orchard Way, AL8 6AE"]),
        item("Planning application", addresses=["90 Parkway, AL8 6HG"]),
        False,
    ),
    (
        "legal-form-alone",
        interest(names=["Acme Ltd"]),
        item("Procurement", "All suppliers must be limited companies."),
        False,
    ),
]


def _outcomes():
    found = []
    for label, a, b, expected in LABELLED:
        found.append((label, expected, bool(list(match([a], [b])))))
    return found


def test_labelled_set_has_no_misses():
    misses = [label for label, expected, got in _outcomes() if expected and not got]
    assert misses == []


def test_labelled_set_precision_is_measured_and_stays_above_three_quarters():
    outcomes = _outcomes()
    flagged = [expected for _, expected, got in outcomes if got]
    precision = sum(flagged) / len(flagged)
    print(f"matching precision on {len(outcomes)} labelled pairs: {precision:.2%}")
    assert precision >= 0.75


def test_labelled_set_has_both_kinds_of_pair():
    expected = [e for *_, e in LABELLED]
    assert expected.count(True) >= 15 and expected.count(False) >= 5


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("AL8 6AE", {"AL8 6AE"}),
        ("al86ae", {"AL8 6AE"}),
        ("Land at SW1A 1AA and EC1A1BB", {"SW1A 1AA", "EC1A 1BB"}),
        ("no postcode here, 12 AL8", set()),
    ],
)
def test_postcodes_are_found_in_any_spacing_or_case(text, found):
    assert postcodes(text) == found


def test_synonyms_and_plurals_are_unified_in_tokens():
    assert tokens("Smith & Sons Limited, 4 Church Street") == (
        "smith",
        "and",
        "son",
        "ltd",
        "4",
        "church",
        "st",
    )


def test_a_match_gives_every_reason_found():
    a = interest(names=["Acme Builders Ltd"], addresses=["Acme Yard, Mill Lane, AL6 9LW"])
    b = item("Acme Builders Limited: Mill Ln yard", addresses=["AL6 9LW"])
    (found,) = match([a], [b])
    assert set(found.reasons) >= {Reason.NAME, Reason.ADDRESS, Reason.POSTCODE}


def test_the_full_postcode_matches_and_its_sector_alone_does_not():
    a = interest(addresses=["AL6 9LW"])
    (same,) = match([a], [item("x", addresses=["AL6 9LW"])])
    assert same.reasons == (Reason.POSTCODE,)
    assert list(match([a], [item("y", addresses=["AL6 9LX"])])) == []


def test_matches_are_listed_item_by_item_in_agenda_order():
    a = interest("a", names=["Acme"])
    b = interest("b", names=["Zenith"])
    items = [item("Zenith and Acme"), item("Acme again"), item("Nothing")]
    pairs = [(m.item.key, m.interest.key) for m in match([a, b], items)]
    assert pairs == [("Zenith and Acme", "a"), ("Zenith and Acme", "b"), ("Acme again", "a")]


def test_an_interest_with_nothing_to_match_is_rejected_with_its_key():
    with pytest.raises(ValueError, match="'empty'"):
        RegisteredInterest(key="empty", member="m")


def test_matching_a_whole_register_at_once_finds_exactly_the_pairs_found_one_by_one():
    interests = [replace(a, key=str(n)) for n, (_, a, _, _) in enumerate(LABELLED)]
    items = [replace(b, key=str(n)) for n, (_, _, b, _) in enumerate(LABELLED)]
    together = {(m.interest.key, m.item.key, m.reasons) for m in match(interests, items)}
    alone = {(a.key, b.key, m.reasons) for a in interests for b in items for m in match([a], [b])}
    assert together == alone
    assert len(together) > len(LABELLED)


# Classes of evidence (issue 11), each with the council's place names as the meeting prompts
# pass them: (label, council, registered names, registered addresses, item title, reason
# expected or None for a near miss that must not be flagged).
CLASSES = [
    ("part-of-body-words", "bexley", ["UNISON Eastern Region"], [], "Pay: UNISON", "name-word"),
    ("capitals-acronym-lone", "bexley", ["GMB London Region"], [], "GMB and UNISON", "name-word"),
    (
        "initials-for-some-words",
        "welwyn-hatfield",
        ["North Herts & Lea Valley NHS Trust"],
        [],
        "Lease of clinic rooms to NHLV NHS Trust",
        "acronym",
    ),
    (
        "two-runs-of-initials",
        "chelmsford",
        ["Mid and South Essex NHS Foundation Trust"],
        [],
        "Broomfield Hospital (MSE NHS FT): car park",
        "acronym",
    ),
    ("dotted-initials", "bexley", ["Royal British Legion"], [], "R.B.L. poppy appeal", "acronym"),
    ("ampersand-initials", "chelmsford", ["Marks and Spencer plc"], [], "M&S licence", "acronym"),
    (
        "words-run-together-and-a-word-dropped",
        "welwyn-hatfield",
        ["Stanborough Lakes Watersports Ltd"],
        [],
        "Lease variation - Stanborough Water Sports",
        "name-word",
    ),
    ("mac-is-mc", "bexley", ["McAllister Builders"], [], "Award to MacAllister Builders", "name"),
    ("doubled-letters", "bexley", ["Phillips Roofing"], [], "Award to Philips Roofing", "name"),
    (
        "trade-at-its-place",
        "chelmsford",
        ["Beaulieu Park Pharmacy Ltd"],
        [],
        "Pharmacy at Beaulieu: fascia sign",
        "name-word",
    ),
    (
        "place-moved-to-the-end",
        "welwyn-hatfield",
        ["Welwyn Garden City Heritage Trust"],
        [],
        "Heritage Trust, Welwyn Garden City: grant",
        "name-word",
    ),
    ("local-branch", "bexley", ["Age UK Bexley"], [], "Grant to Age UK", "name"),
    ("trading-as", "bexley", ["J Smith t/a Crayside Plumbing"], [], "Crayside Plumbing", "name"),
    ("another-kind-not-a-trade", "bexley", ["Orbit Group Ltd"], [], "Orbit Housing", "name-word"),
    (
        "property-with-a-word-added",
        "chelmsford",
        [],
        ["Unit 4, Moulsham Lodge Parade, Lime Walk, Chelmsford CM2 9NJ"],
        "Moulsham Lodge shopping parade - disposal",
        "address",
    ),
    (
        "common-house-name-in-the-member-s-village",
        "welwyn-hatfield",
        [],
        ["Home Farm, School Lane, Essendon AL9 6AT"],
        "Land at Home Farm, Essendon - barn conversion",
        "address",
    ),
    (
        "house-number-inside-a-line",
        "chelmsford",
        [],
        ["Rose Cottage 3 The Green Writtle"],
        "The Green, Writtle: village green management",
        "address",
    ),
    (
        "a-post-town-alone-may-be-the-member-s-village",
        "chelmsford",
        [],
        ["201 Galleywood Road, Great Baddow CM2 8NH"],
        "195 Galleywood Road, Chelmsford: 3 houses",
        "address",
    ),
    (
        "a-neighbourhood-lies-in-its-town",
        "chelmsford",
        [],
        ["12 Lime Walk, Chelmsford CM2 9NH"],
        "Lime Walk, Moulsham Lodge: parking bays",
        "address",
    ),
    (
        "a-short-name-for-the-last-word",
        "bexley",
        ["Crook Log Veterinary Surgery Ltd"],
        [],
        "Animal welfare licence - Crook Log Vets, Bexleyheath",
        "name-word",
    ),
    (
        "two-letter-initials-beside-a-distinctive-word",
        "welwyn-hatfield",
        ["Brannock Facilities Management Ltd"],
        [],
        "Cleaning tender: bids from Brannock FM Ltd and others",
        "acronym",
    ),
    (
        "a-place-s-initials-written-out",
        "welwyn-hatfield",
        ["WGC Rugby Football Club"],
        [],
        "Lease extension - Welwyn Garden City RFC",
        "acronym",
    ),
    (
        "a-person-by-initial",
        "chelmsford",
        ["Tobias Ravenscroft-Hale"],
        [],
        "Outline application, Great Leighs. Applicant: T. Ravenscroft-Hale.",
        "name-word",
    ),
    (
        "the-council-s-own-staff",
        "welwyn-hatfield",
        ["Welwyn Hatfield Borough Council"],
        [],
        "Pay Policy Statement and pay award for council staff",
        "name",
    ),
    (
        "a-unit-with-its-part-of-town",
        "welwyn-hatfield",
        [],
        ["Garage 11, garage block rear of Haldens, Welwyn Garden City AL7 1DH"],
        "Haldens garage site - redevelopment",
        "address",
    ),
    (
        "a-name-in-another-order",
        "bexley",
        ["Bexley & District Mencap"],
        [],
        "Lease of the Old Library to Mencap (Bexley and District Branch)",
        "name",
    ),
    (
        "a-name-registered-in-initials-written-out",
        "welwyn-hatfield",
        ["HT FC"],
        [],
        "Lease of the Gypsy Lane pitches to Hatfield Town Football Club",
        "acronym",
    ),
    (
        "the-county-council-in-a-deal-with-the-council",
        "chelmsford",
        ["Essex County Council"],
        [],
        "Lease of the Waterhouse Lane depot yard to Essex County Council",
        "name",
    ),
    (
        "leading-words-of-a-name-before-a-word-without-a-capital",
        "chelmsford",
        ["Rotary Club of Chelmsford Rivermead"],
        [],
        "Grant to the Rotary Club of Chelmsford towards its youth music fund",
        "name-word",
    ),
    (
        "a-one-word-name-before-a-word-without-a-capital",
        "bexley",
        ["UNISON"],
        [],
        "Pay policy: consultation with UNISON representatives",
        "name",
    ),
    (
        "a-neighbour-five-houses-along",
        "bexley",
        [],
        ["31 Upton Road, Bexleyheath DA6 8LW"],
        "41 Upton Road, Bexleyheath DA6 8LW: side extension",
        "address",
    ),
    (
        "a-range-that-holds-the-member-s-house",
        "chelmsford",
        [],
        ["Flat 2, 40 Moulsham Street, Chelmsford CM2 0HY"],
        "36-44 Moulsham Street, Chelmsford CM2 0HY: shopfronts",
        "postcode",
    ),
    (
        "a-unit-in-a-bracket-of-units",
        "welwyn-hatfield",
        [],
        ["Garage 7, Moors Walk garage block, Welwyn Garden City AL7 2BQ"],
        "Moors Walk (garages 1-12): disposal for housing",
        "address",
    ),
    # Near misses.
    (
        "the-council-s-name-alone",
        "welwyn-hatfield",
        ["Welwyn Hatfield Borough Council"],
        [],
        "Welwyn Hatfield Borough Council budget 2026/27",
        None,
    ),
    (
        "a-unit-label-alone",
        "welwyn-hatfield",
        [],
        ["Garage 14, garage block rear of 30-48 Haldens, Welwyn Garden City AL7 1DP"],
        "Garage conversion to study, 14 Hall Grove, Welwyn Garden City AL7 4PL",
        None,
    ),
    (
        "a-street-with-another-compass-word",
        "bexley",
        [],
        ["31 Upton Road, Bexleyheath DA6 8LW"],
        "Side extension, 31 Upton Road South, Bexley DA5 1QG",
        None,
    ),
    (
        "the-same-sector-at-another-numbered-street",
        "welwyn-hatfield",
        [],
        ["14 Guessens Road, Welwyn Garden City AL8 6QR"],
        "Loft conversion, 14 Youngs Rise, Welwyn Garden City AL8 6RU",
        None,
    ),
    (
        "a-firm-named-after-a-street",
        "chelmsford",
        ["Beehive Lane Veterinary Centre Ltd"],
        [],
        "Beehive Lane, Great Baddow - 20mph speed limit",
        None,
    ),
    (
        "another-trade",
        "chelmsford",
        ["Anchor Motors Ltd"],
        [],
        "Anchor Housing - nominations",
        None,
    ),
    ("a-street-named-for-it", "welwyn-hatfield", ["Marston Homes Ltd"], [], "Marston Road", None),
    ("a-compass-word", "welwyn-hatfield", ["Campus Cars Ltd"], [], "Campus West theatre", None),
    ("a-person", "welwyn-hatfield", ["Murphy Groundworks Ltd"], [], "Appeal: Mr T Murphy", None),
    ("a-person-by-title", "bexley", ["Taylor Motors Ltd"], [], "Question from Cllr Taylor", None),
    (
        "a-trade-that-does-not-lead",
        "bexley",
        ["Lodge Lane Garage Services"],
        [],
        "Garage sites",
        None,
    ),
    ("a-place-is-no-firm", "bexley", ["Danson Motors Ltd"], [], "Danson Park boating lake", None),
    (
        "the-same-street-in-another-village",
        "chelmsford",
        [],
        ["120 Maldon Road, Great Baddow CM2 7DQ"],
        "Maldon Road, Danbury: 40mph speed limit",
        None,
    ),
    (
        "the-same-house-name-in-another-street",
        "bexley",
        ["Orchard Cottage"],
        ["Orchard Cottage, Vicarage Road, Bexley DA5 2AL"],
        "Orchard Cottage, Days Lane: annexe",
        None,
    ),
    (
        "a-common-house-name-in-another-village",
        "bexley",
        [],
        ["Flat 5, Manor House, 2 Hurst Road, Sidcup DA15 9AB"],
        "Manor House Nursing Home, Erith Road, Belvedere: extension",
        None,
    ),
    (
        "another-club-of-the-same-kind",
        "bexley",
        ["Blendon Lawn Tennis Club"],
        [],
        "Welling Lawn Tennis Club - lease renewal",
        None,
    ),
    (
        "the-postcode-sector-alone",
        "welwyn-hatfield",
        [],
        ["Unit 6, Bessemer Road, Welwyn Garden City AL7 1HH"],
        "Disposal of Unit 2, Mundells, Welwyn Garden City AL7 1EU",
        None,
    ),
    (
        "a-range-that-excludes-the-member-s-house",
        "chelmsford",
        [],
        ["Flat 2, 40 Moulsham Street, Chelmsford CM2 0HY"],
        "2-20 Moulsham Street, Chelmsford CM2 0HY: shopfronts",
        None,
    ),
    (
        "a-range-in-a-bracket-that-excludes-the-member-s-house",
        "bexley",
        [],
        ["56 Station Road, Sidcup DA15 7DU"],
        "Article 4 direction: Station Road (nos. 1-21 odd), Sidcup",
        None,
    ),
    (
        "a-house-number-is-not-a-unit-s",
        "welwyn-hatfield",
        [],
        ["Garage 5, Ludwick Way garage block, Welwyn Garden City AL7 3PN"],
        "5 Ludwick Way, Welwyn Garden City AL7 3PN: porch",
        None,
    ),
    (
        "another-unit-on-the-street",
        "welwyn-hatfield",
        [],
        ["Unit 4, Bessemer Road, Welwyn Garden City AL7 1HT"],
        "Unit 14, Bessemer Road, Welwyn Garden City AL7 1HT: change of use",
        None,
    ),
    (
        "a-district-of-the-borough-is-a-place",
        "bexley",
        ["Abbey Wood Residents Association"],
        [],
        "Abbey Wood station: step-free access",
        None,
    ),
    (
        "a-lettered-unit-is-another-unit",
        "welwyn-hatfield",
        [],
        ["Unit 3, Tewin Road, Welwyn Garden City AL7 1BD"],
        "Unit A, Tewin Road, Welwyn Garden City AL7 1BD: trade counter",
        None,
    ),
    (
        "the-same-street-in-another-postcode-district",
        "bexley",
        [],
        ["8 Church Road, Sidcup DA14 6BX"],
        "Church Road, Bexley DA5: resurfacing",
        None,
    ),
    (
        "a-street-with-another-street-type",
        "chelmsford",
        [],
        ["3 Lady Lane, Chelmsford CM2 0TQ"],
        "Lady Lane Close, Chelmsford: new dwelling",
        None,
    ),
    (
        "a-firm-named-after-the-street",
        "welwyn-hatfield",
        [],
        ["7 Parkway, Welwyn Garden City AL8 6HG"],
        "Premises licence: Parkway Deli Ltd, 12 Stonehills, Welwyn Garden City",
        None,
    ),
    (
        "another-name-after-a-one-word-name",
        "chelmsford",
        ["UNISON"],
        [],
        "Unison Windows Ltd: replacement shopfront",
        None,
    ),
    (
        "a-company-named-like-a-union",
        "welwyn-hatfield",
        ["Unite the Union"],
        [],
        "Student housing: applicant The Unite Group plc",
        None,
    ),
    (
        "another-branch-of-a-body",
        "bexley",
        ["Bexley Youth Theatre CIC"],
        [],
        "Small grants: Bexley Youth Choir",
        None,
    ),
    (
        "another-place-leads-the-name",
        "bexley",
        ["Bexley Youth Theatre CIC"],
        [],
        "Small grants: Sidcup Youth Theatre; Bexley Heritage Trust",
        None,
    ),
    (
        "a-place-and-kind-name-inside-a-longer-one",
        "welwyn-hatfield",
        ["Hatfield Estates Ltd"],
        [],
        "Hatfield Estate Management Plan: annual report",
        None,
    ),
    (
        "the-county-council-as-a-public-authority",
        "welwyn-hatfield",
        ["Hertfordshire County Council"],
        [],
        "Response to Hertfordshire County Council's consultation on school transport",
        None,
    ),
    (
        "an-initial-is-a-word-of-its-own",
        "chelmsford",
        ["Chelmsford College"],
        [],
        "Anglia Ruskin University College: campus plan",
        None,
    ),
    # Issue 11, fourth blind set (spent, tuned on): each a class of evidence.
    (
        "a-county-s-short-form",
        "welwyn-hatfield",
        ["Hertfordshire Tree Surgeons Ltd"],
        [],
        "Contract extension: Herts Tree Surgeons Limited",
        "name",
    ),
    (
        "known-as-and-off-open-an-address-line",
        "welwyn-hatfield",
        [],
        ["Land known as Long Meadow, off Vineyards Road, Northaw EN6 4PB"],
        "Green Belt allocation: Long Meadow, Vineyards Road, Northaw",
        "address",
    ),
    (
        "a-bracket-in-an-address-is-a-note",
        "chelmsford",
        [],
        ["Galleywood Common (south paddock), Galleywood CM2"],
        "Galleywood Common: grazing plan for the south paddock",
        "address",
    ),
    (
        "a-former-name-in-brackets",
        "chelmsford",
        ["Meridian Care (formerly Oakfield Nursing Homes)"],
        [],
        "Oakfield Nursing Homes: extension of the day centre",
        "name",
    ),
    (
        "a-couple-s-name-is-each-of-theirs",
        "bexley",
        ["Mr and Mrs K Okafor"],
        [],
        "23/01111/FUL - 9 Vicarage Road, Bexley - Applicant: Mrs K Okafor",
        "name",
    ),
    (
        "another-title-is-another-person",
        "bexley",
        ["Mrs K Okafor"],
        [],
        "23/01111/FUL - 9 Vicarage Road, Bexley - Applicant: Mr K Okafor",
        None,
    ),
    (
        "the-council-s-staff-terms",
        "chelmsford",
        ["Chelmsford City Council"],
        [],
        "Parks service: new contracted hours for grounds crews",
        "name",
    ),
    (
        "an-nhs-trust-s-initials-without-nhs",
        "welwyn-hatfield",
        ["East Anglia University NHS Foundation Trust"],
        [],
        "Lease of clinic rooms to EAFT",
        "acronym",
    ),
    (
        "initials-in-capitals-are-not-a-plural",
        "bexley",
        ["Welling Amateur Choral and Orchestral Society"],
        [],
        "Hall hire charges: Welling ACOS and others",
        "acronym",
    ),
    (
        "two-initials-before-two-more-words",
        "bexley",
        ["Footscray and Blendon Residents Association"],
        [],
        "Grant to F&B Residents Association",
        "acronym",
    ),
    (
        "a-cathedral-by-its-city",
        "chelmsford",
        ["The Cathedral Church of St Alban, Chelmsford"],
        [],
        "Festival grants: Chelmsford Cathedral, £2,000",
        "name",
    ),
    (
        "a-word-added-before-the-rest-of-a-name",
        "bexley",
        ["Sidcup Hockey Club"],
        [],
        "Pitch strategy: new pitch for Sidcup Hockey Ladies Club",
        "name-word",
    ),
    (
        "the-other-side-of-the-street",
        "bexley",
        [],
        ["40 Station Road, Sidcup DA15 7EQ"],
        "Shopfront grants: 31-55 Station Road (odd numbers only), Sidcup",
        None,
    ),
    (
        "a-word-before-the-street-makes-it-another",
        "chelmsford",
        [],
        ["12 Writtle Road, Chelmsford CM1 3BL"],
        "Old Writtle Road: resurfacing",
        None,
    ),
    (
        "a-street-named-after-a-body",
        "bexley",
        ["Holy Trinity Lamorbey"],
        [],
        "Holytrinity Road, Welling: parking zone",
        None,
    ),
    (
        "a-property-with-a-word-added-in-another-street",
        "welwyn-hatfield",
        [],
        ["The Forge, Church Street, Welwyn AL6 9LW"],
        "6/2024/0001/FULL - The Old Forge, Hertford Road, Digswell",
        None,
    ),
    (
        "grid-references-a-kilometre-apart",
        "chelmsford",
        [],
        ["Brook Field, Sandon Brook, Sandon CM2 7RT (TL 742 046)"],
        "Battery storage: land at TL 742 036, Sandon Brook, Sandon",
        None,
    ),
    (
        "a-party-s-group-on-the-council",
        "bexley",
        ["Bexley Conservative Party"],
        [],
        "Motion: Bexley Conservative Group - street lighting",
        None,
    ),
    (
        "a-name-s-words-as-a-house-s-name",
        "welwyn-hatfield",
        ["Orchard House Dental Practice"],
        [],
        "6/2024/0999/HOUSE - Orchard House, 3 Mill Lane, Welwyn",
        None,
    ),
    (
        "a-group-company-with-a-kind-word-ending-ies",
        "chelmsford",
        ["Kestrel Partnerships plc"],
        [],
        "Reserved matters: applicant Kestrel Properties Ltd",
        "name-word",
    ),
    (
        "a-name-the-item-says-a-body-trades-under",
        "bexley",
        ["Lesnes Abbey and Gardens Trust"],
        [],
        "Funding agreement: Bexley Heritage Trust (trading as Lesnes Abbey & Gardens)",
        "name",
    ),
    (
        "a-body-s-premises-not-its-street",
        "chelmsford",
        ["Danbury Dental Practice"],
        ["Maldon Road, Danbury CM3 4QL"],
        "Danbury: Maldon Road traffic calming scheme",
        None,
    ),
    (
        "a-body-s-premises-in-a-dealing-with-the-street-s-property",
        "chelmsford",
        ["Danbury Dental Practice"],
        ["Maldon Road, Danbury CM3 4QL"],
        "Maldon Road shops, Danbury: rent review",
        "address",
    ),
    (
        "a-name-with-its-place-followed-by-another-place",
        "chelmsford",
        ["All Saints Church, Springfield"],
        [],
        "Grants: All Saints Church Writtle, £500",
        None,
    ),
    (
        "a-one-word-street-followed-by-another-name",
        "welwyn-hatfield",
        [],
        ["Flat 2, Broadwater House, Broadwater, Welwyn Garden City AL7"],
        "Broadwater Fountain: restoration",
        None,
    ),
    (
        "upper-before-a-street-is-part-of-its-name",
        "bexley",
        [],
        ["14 Upper Park Road, Belvedere DA17 6AA"],
        "Upper Park Road, Belvedere: footway resurfacing",
        "address",
    ),
    (
        "a-firm-named-after-a-street-is-not-the-street",
        "welwyn-hatfield",
        ["Dellfield Road Motors, Welham Green"],
        [],
        "Dellfield Road, Hatfield: residents' parking zone",
        None,
    ),
    (
        "a-firm-named-after-a-one-word-street-is-not-the-street",
        "bexley",
        ["Causeway Homes Ltd"],
        [],
        "The Causeway, Bexley: tree planting",
        None,
    ),
    (
        "a-person-s-surname-alone-is-anyone-s",
        "chelmsford",
        ["Mrs K. Okafor"],
        [],
        "Street trading consent: applicant A. Okafor",
        None,
    ),
    (
        "a-name-s-words-going-on-as-a-place-s-name",
        "welwyn-hatfield",
        ["Welwyn Makers Forum"],
        [],
        "Welwyn Makers Park, unit 3: change of use",
        None,
    ),
    (
        "a-name-s-words-going-on-as-another-kind-of-body",
        "bexley",
        ["Sidcup Lions Club"],
        [],
        "Grant to Sidcup Lions Trust for a minibus",
        None,
    ),
    (
        "a-registered-address-with-its-post-town-alone-is-in-the-town",
        "chelmsford",
        [],
        ["5 Main Road, Chelmsford CM2 9AB"],
        "Main Road, Boreham: 40mph speed limit",
        None,
    ),
    (
        "a-licensed-unit-among-the-units-an-item-numbers-at-its-site",
        "bexley",
        [],
        ["Stall 12, Sidcup Friday market"],
        "Sidcup market: stalls 10-20 to move to the High Street",
        "address",
    ),
    (
        "a-licensed-unit-outside-the-units-an-item-numbers-at-its-site",
        "bexley",
        [],
        ["Stall 12, Sidcup Friday market"],
        "Sidcup market: stalls 1-8 to move to the High Street",
        None,
    ),
    (
        "a-school-s-governing-body-for-the-school",
        "welwyn-hatfield",
        ["Governing Body of Applecroft School"],
        [],
        "Applecroft School: new classroom block, capital funding",
        "name",
    ),
    (
        "an-acronym-in-the-registered-name-written-out",
        "welwyn-hatfield",
        ["Hatfield CVS Ltd"],
        [],
        "Grant to Hatfield Council for Voluntary Service, 2027/28",
        "acronym",
    ),
    (
        "a-name-written-out-in-the-register-as-an-acronym-in-the-item",
        "bexley",
        ["Sidcup Business Improvement District Ltd"],
        [],
        "Sidcup BID: renewal ballot arrangements",
        "acronym",
    ),
    (
        "a-body-by-its-short-form-and-its-kind",
        "chelmsford",
        ["Broomfield Arts Club"],
        [],
        "Broomfield Arts lease of the old school room: the Club asks for a rent cut",
        "name-word",
    ),
    (
        "a-short-form-without-its-kind-is-anyone-s",
        "chelmsford",
        ["Broomfield Arts Club"],
        [],
        "Broomfield Arts open days: street closures",
        None,
    ),
    (
        "a-body-s-members-after-its-name",
        "bexley",
        ["GMB Union"],
        [],
        "Parks service: strike ballot of GMB members",
        "name-word",
    ),
    (
        "a-company-s-name-going-on-as-a-club",
        "chelmsford",
        ["Writtle Cycle Hire Ltd"],
        [],
        "Grant to Writtle Cycle Club for a new clubhouse",
        None,
    ),
    (
        "a-company-s-whole-name-going-on-as-a-trust",
        "chelmsford",
        ["Danbury Woodland Ltd"],
        [],
        "Danbury Woodland Trust: grant towards footpaths",
        None,
    ),
    (
        "a-firm-named-after-a-two-word-place-is-not-the-place",
        "chelmsford",
        ["Patching Hall Homes Ltd"],
        [],
        "Patching Hall community centre: new roof",
        None,
    ),
    (
        "a-name-s-words-ending-in-village-are-the-village",
        "bexley",
        ["Bostall Village Stores Ltd"],
        [],
        "Bostall village shopping area: Christmas lights grant",
        None,
    ),
    (
        "a-party-s-word-in-its-ordinary-sense",
        "bexley",
        ["Erith Labour Party"],
        [],
        "Erith labour market assessment 2027",
        None,
    ),
    (
        "a-town-s-centre-is-not-a-village-its-post-town-serves",
        "chelmsford",
        [],
        ["40 Writtle Road, Writtle, Chelmsford CM1 3BL"],
        "Writtle Road, Chelmsford city centre: bus lane",
        None,
    ),
    (
        "a-post-town-alone-may-still-be-the-member-s-village",
        "chelmsford",
        [],
        ["40 Writtle Road, Writtle, Chelmsford CM1 3BL"],
        "Writtle Road, Chelmsford: resurfacing",
        "address",
    ),
    # Issue 11, blind 7 round: land described in the item's own words.
    (
        "land-described-by-its-side-of-a-street",
        "welwyn-hatfield",
        [],
        ["Paddock south of Ashcombe Lane, Welham Green AL9 7XQ"],
        "Disposal of land south of Ashcombe Lane, Welham Green",
        "address",
    ),
    (
        "a-garage-block-behind-a-street",
        "welwyn-hatfield",
        [],
        ["Garage 3, garage block behind Linden Walk, Welwyn Garden City"],
        "Garage sites programme: the Linden Walk block to be redeveloped",
        "address",
    ),
    (
        "land-on-the-other-side-of-the-member-s-street",
        "welwyn-hatfield",
        [],
        ["Paddock south of Ashcombe Lane, Welham Green AL9 7XQ"],
        "Local Plan: allocation of land north of Ashcombe Lane, Welham Green",
        None,
    ),
    (
        "the-member-s-parcel-number",
        "chelmsford",
        [],
        ["Field off Crowley Road, Danbury CM3 4XY (OS parcel 7788)"],
        "Local Green Space designations: parcel 7788 and two other fields",
        "address",
    ),
    (
        "another-parcel-off-the-member-s-road",
        "chelmsford",
        [],
        ["Field off Crowley Road, Danbury CM3 4XY (OS parcel 7788)"],
        "Local Green Space designation of parcel 7790 off Crowley Road, Danbury",
        None,
    ),
    (
        "a-street-named-as-a-part-of-town-with-a-range-holding-the-member-s-number",
        "welwyn-hatfield",
        [],
        ["30 Howlands, Welwyn Garden City AL7 4XZ"],
        "Disposal of the council parade at 24-36 Howlands",
        "address",
    ),
    (
        "a-street-named-as-a-part-of-town-with-a-range-leaving-out-the-member-s-number",
        "welwyn-hatfield",
        [],
        ["30 Howlands, Welwyn Garden City AL7 4XZ"],
        "Disposal of the council parade at 1-8 Howlands",
        None,
    ),
    (
        "a-kiosk-at-a-named-park",
        "chelmsford",
        [],
        ["Kiosk, Town Park, Ashby Road, Chelmsford CM1 2XQ"],
        "Town Park - new pavilion cafe; the existing kiosk will be removed",
        "address",
    ),
    (
        "a-unit-at-a-site-named-in-house-name-words-with-its-estate",
        "welwyn-hatfield",
        [],
        ["Unit 4, the Coach House, Brocket Estate, Lemsford AL8 7XQ"],
        "Coach House units at Brocket to close for repairs",
        "address",
    ),
    (
        "other-units-at-the-member-s-site",
        "welwyn-hatfield",
        [],
        ["Unit 4, the Coach House, Brocket Estate, Lemsford AL8 7XQ"],
        "Coach House, Brocket: units 7-9 to close for repairs",
        None,
    ),
    (
        "a-coach-house-without-the-member-s-estate",
        "welwyn-hatfield",
        [],
        ["Unit 4, the Coach House, Brocket Estate, Lemsford AL8 7XQ"],
        "Coach House units at Mill Green to close for repairs",
        None,
    ),
    # Short forms of bodies.
    (
        "an-nhs-trust-by-its-own-word",
        "bexley",
        ["Farnholt NHS Foundation Trust"],
        [],
        "Section 75 agreement with Farnholt for community services",
        "name-word",
    ),
    (
        "a-place-led-body-called-the-rest-of-its-name",
        "welwyn-hatfield",
        ["Hatfield Orchard Trust"],
        [],
        "Grant of GBP 2,000 to the Orchard Trust for replanting",
        "name-word",
    ),
    (
        "a-body-s-short-form-standing-alone",
        "welwyn-hatfield",
        ["Oaklands Arts Trust"],
        [],
        "Community grants: GBP 900 to Oaklands Arts for open studios",
        "name-word",
    ),
    (
        "a-body-s-short-form-going-on-to-another-name",
        "welwyn-hatfield",
        ["Oaklands Arts Trust"],
        [],
        "Grant to Oaklands Arts and Crafts Fair for marquee hire",
        None,
    ),
    (
        "a-company-dealt-with-by-its-leading-word",
        "welwyn-hatfield",
        ["Quillstone Digital Ltd"],
        [],
        "ICT: variation to the managed services contract with Quillstone to add training",
        "name-word",
    ),
    (
        "a-company-s-leading-word-in-another-name",
        "welwyn-hatfield",
        ["Quillstone Digital Ltd"],
        [],
        "Grant to Quillstone Residents Association for a noticeboard",
        None,
    ),
    # Words in another sense.
    (
        "a-name-s-one-word-only-in-lower-case",
        "bexley",
        ["Forward UK"],
        [],
        "Planning policy: proposal to bring forward the review",
        None,
    ),
    (
        "a-name-s-one-word-capitalised-only-where-a-sentence-starts",
        "chelmsford",
        ["Renewal UK"],
        [],
        "Renewal of street lighting contracts. The renewals start in May",
        None,
    ),
    (
        "a-name-s-one-word-capitalised-inside-a-sentence",
        "chelmsford",
        ["Renewal UK"],
        [],
        "Election expenses: donation from Renewal to a candidate",
        "name-word",
    ),
    (
        "a-name-s-run-does-not-end-in-a-small-word",
        "welwyn-hatfield",
        ["Gather the Harvest"],
        [],
        "Community safety: a proposal to gather the two partnerships into one",
        None,
    ),
]


def test_a_trading_name_in_the_entry_s_details_is_one_of_its_names():
    registered = registered_interest(
        "i", "m", names=["Larkspur Holdings Ltd"], details="Shares; trades as 'The Loom Studios'"
    )
    found = list(match([registered], [item("Lease of Unit 4 to The Loom Studios")]))
    assert len(found) == 1 and Reason.NAME in found[0].reasons


@pytest.mark.parametrize(
    ("council", "name", "details", "ending", "elsewhere"),
    [
        # What a contract is for is evidence beside its trade.
        (
            "bexley",
            "Marconi Print Co",
            "Contract with the council for printing of the Bexley Voice magazine",
            "Ceasing the print edition of Bexley Voice",
            "Bexley Voice: readers' survey results",
        ),
        # What the details say a contract is, is evidence beside what it is for.
        (
            "chelmsford",
            "Moulsham Kitchens Ltd",
            "My partner's firm: kiosk concession at Admirals Park",
            "Admirals Park kiosk: new concession from April",
            "Admirals Park: play area refurbishment",
        ),
    ],
)
def test_what_a_contract_is_for_is_evidence_beside_its_trade(
    council, name, details, ending, elsewhere
):
    registered = registered_interest("i", "m", names=[name], details=details)
    ends, other = item(ending), item(elsewhere)
    found = match([registered], [ends, other], place_names(council))
    assert [m.item.key for m in found] == [ends.key]


@pytest.mark.parametrize(
    ("council", "names", "addresses", "title", "reason"),
    [case[1:] for case in CLASSES],
    ids=[case[0] for case in CLASSES],
)
def test_classes_of_evidence(council, names, addresses, title, reason):
    registered = registered_interest("i", "m", names=names, addresses=addresses)
    found = {r for m in match([registered], [item(title)], place_names(council)) for r in m.reasons}
    assert (reason in found) if reason else found == set()


def test_premises_an_entry_s_details_give_are_its_address():
    # Issue 11, blind 7 round: a company's tenancy of council premises, named in the details.
    registered = registered_interest(
        "i",
        "m",
        names=["Larchmont Florists Ltd"],
        details="Director; company rents the council's shop at 44 Kingsdown Road, Sidcup DA15 7QX",
    )
    ours = item("Disposal of the council's shops at 40-50 Kingsdown Road")
    others = item("Disposal of the council's shops at 2-12 Kingsdown Road")
    found = list(match([registered], [ours, others], place_names("bexley")))
    assert [(m.item.key, m.reasons) for m in found] == [(ours.key, (Reason.ADDRESS,))]
