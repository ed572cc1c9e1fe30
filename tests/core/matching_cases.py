"""What the matcher finds for one invented entry and item, shared by the rule-class tests."""

from nolan.core.matching.entries import registered_interest
from nolan.core.matching.matcher import match
from nolan.core.matching.model import Item
from nolan.councils.places import place_names

BEXLEY = ("London Borough of Bexley", *place_names("bexley"))
WELWYN_HATFIELD = ("Welwyn Hatfield Borough Council", *place_names("welwyn-hatfield"))
CHELMSFORD = ("Chelmsford City Council", *place_names("chelmsford"))


def reasons(title, description="", *, places=BEXLEY, names=(), addresses=(), details=""):
    """The reasons the matcher gives for an entry of ``names``, ``addresses`` and ``details``
    against an item of ``title`` and ``description``: empty when it does not match."""
    entry = registered_interest("e", "m", names=names, addresses=addresses, details=details)
    found = list(match([entry], [Item("x", title, description)], places))
    return set(found[0].reasons) if found else set()
