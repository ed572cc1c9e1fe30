"""What an item says it leaves alone.

A report often marks the edge of what it does: "the residential end of Lady Lane (nos.
1-40) is not affected", "no properties in Lemsford Village are inside the works area",
"Site BX/GB/14 (Moat Farm) is assessed and not taken forward", "Units 5 to 12 are
unaffected". A member whose home or land is the thing left alone has nothing to declare
(matching blind 32), and a needless prompt teaches members to ignore them; the rest of the
item may still touch them. ``left_alone`` splits those clauses from the item so that the
matcher (``matcher``) can read each part apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nolan.core.matching.model import Item

# A clause runs to a semicolon or a sentence's end (a full stop before a space and a capital
# or the end; "nos. 1-40" is not an end).
_CLAUSES = re.compile(r"[^;.]+(?:\.(?!\s+[A-Z]|\s*$)[^;.]*)*[;.]?")
# What says the clause's subject is left out of the item: not affected, excluded, not
# included or considered, ineligible, kept or retained as it is, withdrawn from or left out of
# the plan or scheme, not taken forward, outside the works or the scope, no properties in it
# touched. A verb may come between ("was assessed and will be kept as garages", "is
# ineligible and not included").
_LEFT_ALONE = re.compile(
    r"\b(?:is|are|was|were|will\s+be|remains?|stays?)\s+(?:[a-z]+\s+and\s+(?:will\s+be\s+)?)?"
    r"(?:not\s+(?:affected|included|considered|eligible)|unaffected|excluded|ineligible"
    r"|(?:kept|retained)\s+as\b|outside\s+(?:the\s+)?(?:scope|works|area|boundary|scheme))"
    r"|\bnot\s+taken\s+forward|\b(?:excluded|withdrawn)\s+from|\bleft\s+out\s+of"
    r"|\b(?:does|do|will)\s+not\s+(?:affect|include|cover)"
    r"|\bno\s+(?:properties|homes|houses|land)\s+(?:in|at|on)\b[^;.]*?\b(?:are|is|will\s+be)"
    r"\s+(?:inside|within|affected|included)",
    re.IGNORECASE,
)


def left_alone(item: Item) -> tuple[Item, tuple[Item, ...]] | None:
    """The item without the clauses of its description that say what it leaves alone, and
    each of those clauses as an item of its own; None if it says of nothing that it is left
    alone. A title says what the item is about, so it is kept whole."""
    clauses = [m.group(0) for m in _CLAUSES.finditer(item.description)]
    alone = [c for c in clauses if _LEFT_ALONE.search(c)]
    if not alone:
        return None
    rest = " ".join(c for c in clauses if c not in alone)
    return replace(item, description=rest), tuple(
        replace(item, title="", description=c) for c in alone
    )
