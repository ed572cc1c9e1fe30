"""The prompt asks only questions whose answers change the advice, for every code and every
fact Nolan already knows; and the questions it skips truly cannot change the advice."""

import itertools

import pytest

from nolan.core.advisor import Interest, Relation
from nolan.core.advisor.questions import Known, Question, final_advice, next_question
from nolan.core.codes import available_codes, load_code

SLUGS = available_codes()
YES_NO = (Question.GREATER_THAN_MAJORITY, Question.REASONABLE_MEMBER, Question.DISPENSATION)


def _knowns():
    for interest in Interest:
        for facts in itertools.product((False, True), repeat=4):
            yield Known(interest, *facts)


def _walk(code, known, relation, answers_for):
    """Follow the flow, answering from ``answers_for``; return the questions asked."""
    asked, answers = [], {}
    while (question := next_question(code, known, relation, answers)) is not None:
        assert question not in asked, "a question was asked twice"
        asked.append(question)
        answers[question] = answers_for[question]
    return asked, answers


@pytest.mark.parametrize("slug", SLUGS)
def test_relation_is_always_asked_first(slug):
    code = load_code(slug)
    assert all(next_question(code, k, None, {}) is Question.RELATION for k in _knowns())


@pytest.mark.parametrize("slug", SLUGS)
def test_skipped_questions_never_change_the_advice(slug):
    code = load_code(slug)
    for known, relation in itertools.product(_knowns(), Relation):
        for values in itertools.product((False, True), repeat=len(YES_NO)):
            answers_for = dict(zip(YES_NO, values, strict=True))
            # Without a dispensation in force, the true answer can only be "no".
            answers_for[Question.DISPENSATION] &= known.has_dispensation
            asked, answers = _walk(code, known, relation, answers_for)
            given = final_advice(code, known, relation, answers)
            full = final_advice(code, known, relation, answers_for)
            assert (given.declare, given.may_speak, given.may_vote, given.may_remain) == (
                full.declare,
                full.may_speak,
                full.may_vote,
                full.may_remain,
            ), (known, relation, answers_for, asked)


@pytest.mark.parametrize("slug", SLUGS)
def test_dispensation_is_asked_only_of_a_member_who_holds_one(slug):
    code = load_code(slug)
    for known, relation in itertools.product(_knowns(), Relation):
        if known.has_dispensation:
            continue
        asked, _ = _walk(code, known, relation, dict.fromkeys(YES_NO, True))
        assert Question.DISPENSATION not in asked


def test_limbs_are_not_asked_when_the_matter_directly_relates_to_a_dpi():
    code = load_code("welwyn-hatfield")
    known = Known(Interest.DPI, True, False, False, False)
    asked, _ = _walk(code, known, Relation.DIRECTLY_RELATES, dict.fromkeys(YES_NO, True))
    assert asked == []


def test_limbs_are_asked_for_own_financial_interest_that_a_matter_affects():
    code = load_code("welwyn-hatfield")
    known = Known(Interest.OWN_FINANCIAL, False, False, False, False)
    asked, _ = _walk(code, known, Relation.AFFECTS, dict.fromkeys(YES_NO, True))
    assert asked == [Question.GREATER_THAN_MAJORITY, Question.REASONABLE_MEMBER]
    asked, _ = _walk(code, known, Relation.AFFECTS, dict.fromkeys(YES_NO, False))
    assert asked == [Question.GREATER_THAN_MAJORITY]
