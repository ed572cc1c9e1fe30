"""The declaration advisor: Appendix B of a council's code applied to one situation.

``advise(code, situation)`` answers "must I declare, may I speak, must I leave?" with the
council's own paragraph numbers; the rules are data (``declarations.yaml`` beside each
council's ``code.yaml``); the places where a code's wording is ambiguous are listed in
``ambiguities``.
"""

from nolan.core.advisor.ambiguities import Ambiguity
from nolan.core.advisor.engine import advise
from nolan.core.advisor.situation import Advice, Interest, Outcome, Relation, Situation

__all__ = ["Advice", "Ambiguity", "Interest", "Outcome", "Relation", "Situation", "advise"]
