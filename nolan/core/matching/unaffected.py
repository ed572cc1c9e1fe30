"""What an item says it leaves alone.

A report often marks the edge of what it does: "no properties in Lemsford Village are
inside the works area", "Site BX/GB/14 (Moat Farm) is assessed and not taken forward", "the
Pelham Road block was assessed and will be kept as garages". A member whose home, land or
business is named only there has nothing to declare (matching blind 32, tuning 13), and a
needless prompt teaches members to ignore them. ``left_alone_removed`` gives the item
without those clauses, as ``passing.in_passing_removed`` does for bodies cited in passing: a
name or address found only in them is no evidence (``matcher``). The rest of the item still
counts in full, so "Demolishes 14 Admirals Walk; the rest of Admirals Walk is not affected"
still touches the member at no. 14.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nolan.core.matching.model import Item

# A clause runs to a semicolon, a sentence's end (a full stop before a space and a capital
# or the end; "nos. 1-40" is not an end) or ", but".
_CLAUSES = re.compile(r"(?:[^;.,]|,(?!\s+but\b)|\.(?!\s+[A-Z]|\s*$))+[;.,]?")
# What says the clause's subject is left out of the item: not affected, excluded, not
# included, ineligible, kept or retained as it is, withdrawn from or left out of the plan or
# scheme, not considered in the report or further, not taken forward, outside the works or
# the scope, no properties in it touched. A verb may come between ("was assessed and will
# be kept as garages", "is ineligible and not included").
_LEFT_ALONE = re.compile(
    r"\b(?:is|are|was|were|will\s+be|remains?|stays?)\s+(?:[a-z]+\s+and\s+(?:will\s+be\s+)?)?"
    r"(?:not\s+(?:affected|included|eligible)|unaffected|unchanged|excluded|ineligible"
    r"|not\s+be\s+affected"
    r"|not\s+considered\s+(?:in|further|as\s+part)"
    r"|(?:kept|retained)\s+as\b|outside\s+(?:the\s+)?(?:scope|works|area|boundary|scheme))"
    r"|\bnot\s+taken\s+forward|\b(?:excluded|withdrawn)\s+from|\bleft\s+out\s+of"
    r"|\b(?:does|do|will)\s+not\s+(?:affect|include|cover)"
    r"|\bno\s+(?:properties|homes|houses|land)\s+(?:in|at|on)\b[^;.]*?\b(?:are|is|will\s+be)"
    r"\s+(?:inside|within|affected|included)",
    re.IGNORECASE,
)
# What makes such a clause news about the thing rather than the edge of the item: a change
# ("previously excluded, now allocated", "no longer excluded", "which was excluded in 2019"),
# an outcome ("is not eligible and is refused", "ending its funding"), a designation it
# leaves or joins ("excluded from the Green Belt"), people shut out ("pupils excluded from
# Moulsham High School"), or a planning report's view of a neighbour ("14 Admirals Walk is
# not affected by loss of light").
_NEWS = re.compile(
    r"\b(?:previously|formerly|no\s+longer|now|which\s+was|allocated|refused|joins|qualifies"
    r"|ending|instead|recover|excluded\s+from\s+(?:the\s+)?(?:green\s+belt|conservation\s+area"
    r"|zone|register|framework)|pupils|children|customers|loss\s+of\s+light|privacy|amenity"
    r"|overlooking|significant|harm"
    # Money kept as it was is still decided ("the grant to CHESS is unchanged at £20,000").
    r"|£|grants?|funding|fees?|rents?)",
    re.IGNORECASE,
)


def left_alone_removed(item: Item) -> Item | None:
    """The item without the clauses of its description that say what it leaves alone; None
    if it says of nothing that it is left alone. A title says what the item is about, so it
    is kept whole."""
    clauses = [m.group(0) for m in _CLAUSES.finditer(item.description)]
    kept = [c for c in clauses if not _LEFT_ALONE.search(c) or _NEWS.search(c)]
    if len(kept) == len(clauses):
        return None
    return replace(item, description=" ".join(kept))
