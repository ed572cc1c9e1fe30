"""Bodies an item's report names in passing, as the source of its advice, data or listing.

A report cites national bodies for what they say, hold or own, not because the matter is
theirs: "in line with Environment Agency advice", "Universal Credit data will continue to
be received from the DWP", "the transfer will be registered at HM Land Registry", "noted on
the Historic England list", "when the Met Office forecasts zero degrees", "outside scope as
they belong to National Highways". A member who works for that body has nothing to
declare (blind set 21 of issue 11), and a needless prompt teaches members to ignore them.
``in_passing_removed`` gives the item with those citations taken out of its description (a
title names what the item is about, so it is kept whole); a name found only in them is no
evidence (``matcher``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from nolan.core.matching.model import Item

# A body's name as a report writes it: words with capitals ("HM Land Registry", "the
# DWP", "Department for Work and Pensions"), "and", "for" and "of" inside it.
_NAME = r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|for|of|&)\s+)?[A-Z][\w&'’-]*)*"
# What a report takes from a body it cites.
_TAKEN = r"(?:advice|guidance|data|figures|statistics|forecasts?|list|standards|warnings?)"
_CITED = re.compile(
    # its data or advice received or taken from it (not objections or bids received from
    # it, nor work supplied by it: it is a party to those)
    rf"\b(?:{_NAME}\s+)?{_TAKEN}\b[^.;]*?\b(?:received|supplied|provided|obtained|sourced"
    rf"|published)\s+(?:from|by)\s+{_NAME}"
    # in line with, according to or on the advice of the body
    rf"|\b(?:in\s+line\s+with|according\s+to|as\s+advised\s+by|on\s+the\s+advice\s+of)\s+{_NAME}"
    rf"(?:['’]s)?(?:\s+{_TAKEN})?"
    # a title registered with it
    rf"|\bregistered\s+(?:at|with)\s+{_NAME}"
    # its advice, data or list, named by it
    rf"|\b{_NAME}(?:['’]s)?\s+{_TAKEN}\b"
    # the body forecasting or warning
    rf"|\b(?:when|if|where|once)\s+{_NAME}\s+(?:forecasts?|warns?|issues?|advises?)\b"
    # what lies outside the item because it is the body's
    rf"|\boutside\s+(?:the\s+)?scope\b[^.;]*?\b(?:belongs?|belonging)\s+to\s+{_NAME}"
)


def in_passing_removed(item: Item) -> Item | None:
    """The item with the bodies its description cites in passing taken out; None if it
    cites none."""
    description = _CITED.sub(" ", item.description)
    return None if description == item.description else replace(item, description=description)
