"""Which questions to ask a member about an item that may touch an interest, and when to stop.

Plain Python over the advisor (``nolan.core.advisor``): Nolan already knows from its own
records whether the public may speak, whether the interest is sensitive, whether the item
is an executive decision taken by a Cabinet member, and whether the member holds a
dispensation in force. It cannot know whether the matter *directly relates to* the
interest or only *affects* it, nor the two limbs of the "affects" test (seed 000 Appendix B
para 9, seed 001 Appendix B para 9), nor whether a dispensation covers this matter. The
meeting pages ask these questions (``nolan.meetings.views``); the rule is pure, so it
lives with the advisor it asks. A
question is asked only when some answer to it would change the advice under the council's
own code; the rules decide, not this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import product

from nolan.core.advisor import Advice, Interest, Relation, Situation, advise
from nolan.core.codes import Code


class Question(StrEnum):
    """What the member may be asked, in the order they are asked."""

    RELATION = "relation"
    GREATER_THAN_MAJORITY = "greater_than_majority"
    REASONABLE_MEMBER = "reasonable_member"
    DISPENSATION = "dispensation"


_YES_NO = (Question.GREATER_THAN_MAJORITY, Question.REASONABLE_MEMBER, Question.DISPENSATION)


@dataclass(frozen=True)
class Known:
    """What Nolan's records say about the member, the interest and the item."""

    interest: Interest
    public_may_speak: bool
    sensitive: bool
    cabinet_executive: bool
    has_dispensation: bool


# Advice depends only on the code and the situation, of which each code has 1,024; a
# meeting asks about the same few many times. Entries keep their code alive, so an id is
# never reused for another code while its entry exists.
_ADVICE: dict[tuple[int, Situation], tuple[Code, Advice]] = {}


def _advise(code: Code, situation: Situation) -> Advice:
    cached = _ADVICE.get((id(code), situation))
    if cached is None or cached[0] is not code:
        cached = _ADVICE[(id(code), situation)] = (code, advise(code, situation))
    return cached[1]


def _what_to_do(advice: Advice) -> tuple[bool, ...]:
    return (
        advice.declare,
        advice.disclose_nature,
        advice.may_speak,
        advice.may_vote,
        advice.may_remain,
        advice.notify_monitoring_officer,
        advice.record_in_decision,
    )


def _situation(known: Known, relation: Relation, flags: dict[Question, bool]) -> Situation:
    return Situation(
        interest=known.interest,
        relation=relation,
        public_may_speak=known.public_may_speak,
        sensitive=known.sensitive,
        cabinet_executive=known.cabinet_executive,
        greater_than_majority=flags.get(Question.GREATER_THAN_MAJORITY, False),
        reasonable_member=flags.get(Question.REASONABLE_MEMBER, False),
        dispensation=flags.get(Question.DISPENSATION, False),
    )


def next_question(
    code: Code, known: Known, relation: Relation | None, answers: dict[Question, bool]
) -> Question | None:
    """The next question whose answer can change the advice, or None when it is settled.

    A yes/no question matters if, for some answers to the questions still open, flipping
    it changes what the member must do.
    """
    if relation is None:
        return Question.RELATION
    askable = [q for q in _YES_NO if q is not Question.DISPENSATION or known.has_dispensation]
    open_questions = [q for q in askable if q not in answers]
    for question in open_questions:
        others = [q for q in open_questions if q is not question]
        for values in product((False, True), repeat=len(others)):
            flags = {**answers, **dict(zip(others, values, strict=True))}
            results = {
                _what_to_do(_advise(code, _situation(known, relation, flags | {question: v})))
                for v in (False, True)
            }
            if len(results) > 1:
                return question
    return None


def final_advice(
    code: Code, known: Known, relation: Relation, answers: dict[Question, bool]
) -> Advice:
    """The advice once ``next_question`` has nothing more to ask."""
    return _advise(code, _situation(known, relation, answers))
