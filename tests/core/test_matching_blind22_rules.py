"""The blind set 22 rule classes, on invented pairs: a Land Registry title the item gives as
the number the land is "registered under"; a name with an accent written either way ("Central
Park café" and "Cafe"); a café named as the first line of an address is no property name of
its own."""

from matching_cases import CHELMSFORD, WELWYN_HATFIELD, reasons

from nolan.core.matching.model import Reason


def test_a_title_number_the_land_is_registered_under_is_its_title():
    got = reasons(
        "Enforcement: land registered under EX998812",
        "Unauthorised storage containers on the paddock.",
        places=CHELMSFORD,
        addresses=["Paddock off Mill Lane, Broomfield (title EX998812)"],
    )
    assert Reason.ADDRESS in got


def test_an_accent_is_the_same_letter():
    got = reasons("Priory Park Cafe: lease renewal", "Five years.", names=["Priory Park Café Ltd"])
    assert Reason.NAME in got


def test_a_cafe_as_the_first_line_of_an_address_is_no_property_name():
    got = reasons(
        "Lease of cafe unit at Stanborough Lakes - Lakeside Teas Ltd",
        "Grant of a five-year lease of the lakeside cafe.",
        places=WELWYN_HATFIELD,
        names=["Mimram Teas Ltd"],
        addresses=["Cafe, The Campus, Welwyn Garden City AL8 6AE"],
    )
    assert Reason.ADDRESS not in got


# Mended in the twentieth session from blind 22's remaining misses (fit): a club's "Utd", a
# trust's new status word, the county council's works shared or paid towards, a list of units.


def test_a_clubs_utd_is_united():
    got = reasons(
        "Hall Lane ground: lease", "Variation of Erith Utd's lease.", names=["Erith United FC"]
    )
    assert got


def test_an_nhs_trust_is_the_trust_its_new_status_names():
    got = reasons(
        "Planning: Lister Hospital car park",
        "Applicant: Mid Herts Teaching NHS Trust.",
        places=WELWYN_HATFIELD,
        names=["Mid Herts NHS Trust"],
    )
    assert Reason.NAME in got


def test_the_county_councils_works_the_council_pays_towards_touch_its_staff():
    def got(description):
        return reasons(
            "Town centre junction scheme",
            description,
            places=CHELMSFORD,
            names=["Essex County Council"],
            details="Engineer employed by Essex County Council.",
        )

    assert got("Joint scheme with ECC; the council is asked to contribute £90,000.")
    assert not got("Road closures while ECC resurfaces Duke Street.")


def test_a_unit_in_a_list_of_units_is_named():
    def got(description):
        return reasons(
            "Widford Business Centre: lease renewals",
            description,
            places=CHELMSFORD,
            names=["Widford Widgets Ltd"],
            addresses=["Unit 5, Widford Business Centre, 4 Hall Road, Chelmsford"],
        )

    assert got("Renewals for units 1, 5 and 8.")
    assert not got("Renewals for units 1, 3 and 8.")


def test_initials_the_item_spells_out_as_other_words_are_another_body():
    def got(title):
        return reasons(title, "Report of the Head of Parks.", names=["PCT Housing Association"])

    assert not got("Play areas: parks capital trust (PCT) annual report")
    assert got("Housing nominations agreement with PCT")


def test_the_same_number_and_street_in_a_town_not_the_members_is_another_house():
    def got(title):
        return reasons(
            title,
            "Rear extension.",
            places=WELWYN_HATFIELD,
            addresses=["9 Mill Road, Cuffley EN6 4AB"],
        )

    assert not got("Consultation from a neighbouring council: 9 Mill Road, Stevenage")
    assert got("Consultation from a neighbouring council: 9 Mill Road, Cuffley")
