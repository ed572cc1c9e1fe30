"""A town or parish council is called by its kind in an item that names its place ("transfer
of Writtle recreation ground to the parish council" for "Writtle Parish Council"), as a club
or trust is (``matching.by_kind``). Only with its own kind word: "the Council" alone is the
clerk's own council, though the item names the town ("Hatfield Town Centre"), and a parish
council in an item about another place is that place's."""

from matching_cases import CHELMSFORD, WELWYN_HATFIELD, reasons

WRITTLE = {"names": ["Writtle Parish Council"], "details": "Parish councillor."}
HATFIELD = {"names": ["Hatfield Town Council"], "details": "Town councillor."}
LEASE = "A 30-year lease from April."


def test_the_parish_council_in_an_item_naming_its_place_is_it():
    title = "Writtle recreation ground: transfer to the parish council"
    assert reasons(title, LEASE, places=CHELMSFORD, **WRITTLE)


def test_another_place_s_parish_council_is_not():
    title = "Broomfield recreation ground: transfer to the parish council"
    assert not reasons(title, LEASE, places=CHELMSFORD, **WRITTLE)


def test_the_council_alone_is_the_clerk_s_own():
    title = "Hatfield Town Centre: the Council will replace the benches"
    assert not reasons(title, "New benches in the square.", places=WELWYN_HATFIELD, **HATFIELD)
