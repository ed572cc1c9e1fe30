"""The cases councillors most often get wrong, one named test each (issue 4)."""

import re

import pytest

from nolan.core.advisor import Ambiguity, Interest, Outcome, Relation, Situation, advise
from nolan.core.codes import load_code

In, R = Interest, Relation


def test_welwyn_hatfield_friend_affected_must_disclose():
    advice = advise(load_code("welwyn-hatfield"), Situation(In.FRIEND, R.AFFECTS))
    assert advice.declare
    assert advice.paragraphs == ("8",)
    assert advice.outcome is Outcome.TAKE_PART
    assert not advice.ambiguous


def test_welwyn_hatfield_friend_affected_beyond_the_ward_must_leave_after_speaking():
    situation = Situation(
        In.FRIEND,
        R.AFFECTS,
        greater_than_majority=True,
        reasonable_member=True,
        public_may_speak=True,
    )
    advice = advise(load_code("welwyn-hatfield"), situation)
    assert advice.paragraphs == ("8", "9")
    assert (advice.may_speak, advice.may_vote, advice.may_remain) == (True, False, False)
    assert Ambiguity.DECLARE_AFTER_DISCLOSE in advice.ambiguities


def test_bexley_friend_not_covered_by_paragraph_8():
    situation = Situation(In.FRIEND, R.AFFECTS, greater_than_majority=True, reasonable_member=True)
    advice = advise(load_code("bexley"), situation)
    assert not advice.declare
    assert advice.paragraphs == ()
    assert advice.outcome is Outcome.NOTHING_REQUIRED
    assert not advice.ambiguous
    assert "paragraphs 8 and 9" in advice.explanation


def test_sensitive_dpi_declares_only_that_an_interest_exists():
    for slug, number in [("welwyn-hatfield", "5"), ("bexley", "4"), ("lga-2020", "4")]:
        situation = Situation(In.DPI, R.DIRECTLY_RELATES, sensitive=True)
        advice = advise(load_code(slug), situation)
        assert (advice.declare, advice.disclose_nature) == (True, False), slug
        assert advice.paragraphs == (number,), slug
        assert not advice.ambiguous, slug


def test_dpi_holder_takes_no_part_and_leaves_even_where_the_public_may_speak():
    situation = Situation(In.DPI, R.DIRECTLY_RELATES, public_may_speak=True)
    advice = advise(load_code("bexley"), situation)
    assert advice.outcome is Outcome.LEAVE
    assert advice.paragraphs == ("4",)


def test_dispensation_lets_dpi_holder_speak_and_vote():
    situation = Situation(In.DPI, R.DIRECTLY_RELATES, dispensation=True)
    advice = advise(load_code("welwyn-hatfield"), situation)
    assert advice.declare
    assert (advice.may_speak, advice.may_vote, advice.may_remain) == (True, True, True)


def test_bexley_cabinet_member_with_dpi_notifies_monitoring_officer():
    situation = Situation(In.DPI, R.DIRECTLY_RELATES, cabinet_executive=True)
    advice = advise(load_code("bexley"), situation)
    assert advice.notify_monitoring_officer
    assert advice.paragraphs == ("4", "5")
    assert not advice.may_vote


def test_dispensation_does_not_lift_the_cabinet_member_rule():
    situation = Situation(In.DPI, R.DIRECTLY_RELATES, cabinet_executive=True, dispensation=True)
    advice = advise(load_code("bexley"), situation)
    assert advice.notify_monitoring_officer
    assert (advice.may_speak, advice.may_vote) == (False, False)
    assert advice.outcome is Outcome.STAY_WITHOUT_TAKING_PART


def test_welwyn_hatfield_has_no_cabinet_member_rule():
    situation = Situation(In.DPI, R.DIRECTLY_RELATES, cabinet_executive=True)
    advice = advise(load_code("welwyn-hatfield"), situation)
    assert not advice.notify_monitoring_officer
    assert advice.paragraphs == ("5",)


def test_bexley_executive_decision_records_the_interest():
    situation = Situation(In.ORI, R.AFFECTS, cabinet_executive=True)
    advice = advise(load_code("bexley"), situation)
    assert advice.record_in_decision
    assert advice.paragraphs == ("8", "10")


def test_other_registerable_interest_speaks_only_where_the_public_may():
    code = load_code("bexley")
    silent = advise(code, Situation(In.ORI, R.DIRECTLY_RELATES))
    spoken = advise(code, Situation(In.ORI, R.DIRECTLY_RELATES, public_may_speak=True))
    assert silent.outcome is Outcome.LEAVE
    assert spoken.outcome is Outcome.SPEAK_THEN_LEAVE
    assert spoken.ambiguities == (Ambiguity.SPEAK_THEN_LEAVE,)
    assert silent.paragraphs == spoken.paragraphs == ("6",)


def test_affected_interest_stays_and_votes_unless_both_limbs_are_met():
    code = load_code("lga-2020")
    one_limb = advise(code, Situation(In.OWN_FINANCIAL, R.AFFECTS, greater_than_majority=True))
    both = advise(
        code,
        Situation(In.OWN_FINANCIAL, R.AFFECTS, greater_than_majority=True, reasonable_member=True),
    )
    assert one_limb.outcome is Outcome.TAKE_PART and one_limb.paragraphs == ("8",)
    assert both.outcome is Outcome.LEAVE and both.paragraphs == ("8", "9")


def test_bexley_two_limb_test_for_a_relative_is_ambiguous_and_cautious():
    situation = Situation(
        In.RELATIVE, R.AFFECTS, greater_than_majority=True, reasonable_member=True
    )
    advice = advise(load_code("bexley"), situation)
    assert advice.ambiguities == (Ambiguity.TEST_SCOPE,)
    assert not advice.may_vote and not advice.may_remain


def test_welwyn_hatfield_two_limb_test_reaches_a_relative():
    situation = Situation(
        In.RELATIVE, R.AFFECTS, greater_than_majority=True, reasonable_member=True
    )
    advice = advise(load_code("welwyn-hatfield"), situation)
    assert Ambiguity.TEST_SCOPE not in advice.ambiguities
    assert not advice.may_vote


def test_dpi_that_only_affects_is_treated_as_a_dpi_and_flagged():
    advice = advise(load_code("lga-2020"), Situation(In.DPI, R.AFFECTS))
    assert advice.ambiguities == (Ambiguity.DPI_AFFECTS,)
    assert advice.outcome is Outcome.LEAVE


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;:]) ", text) if s]


@pytest.mark.parametrize("interest", [In.DPI, In.BODY_DPI])
def test_a_dpi_that_only_affects_is_explained_once_and_consistently(interest):
    """Found walking the demo: the advice said paragraph 5 "applies because the matter
    affects your disclosable pecuniary interest", then that paragraph 5 "is unclear: it deals
    with a matter that directly relates ..., not one that only affects it". It now says
    once that paragraph 5 is about a matter that directly relates, that the code's paragraph
    on a matter that affects an interest is paragraph 8, and why paragraph 5 is followed
    all the same (the cautious reading: same outcome, same ambiguity flagged)."""
    advice = advise(load_code("welwyn-hatfield"), Situation(interest, R.AFFECTS))
    text = advice.explanation
    assert advice.outcome is Outcome.LEAVE
    assert Ambiguity.DPI_AFFECTS in advice.ambiguities
    assert "paragraph 5 of Welwyn Hatfield Borough Council's code applies" not in text
    assert "is unclear" not in text
    assert text.count("Appendix B, paragraph 5") == 1
    assert text.count("Appendix B, paragraph 8") == 1
    assert "only affects" in text and "criminal offence" in text
    assert text.count("leave the room") == 1
    sentences = _sentences(text)
    assert len(sentences) == len(set(sentences)), text


def test_a_dpi_that_only_affects_a_cabinet_member_names_the_affects_paragraph_once():
    advice = advise(load_code("lga-2020"), Situation(In.DPI, R.AFFECTS, cabinet_executive=True))
    text = advice.explanation
    assert advice.paragraphs == ("4", "5")
    assert text.count("Appendix B, paragraph 8") == 1
    assert "is unclear" not in text and "applies because the matter affects" not in text


def test_welwyn_hatfield_friend_directly_related_is_flagged():
    advice = advise(load_code("welwyn-hatfield"), Situation(In.FRIEND, R.DIRECTLY_RELATES))
    assert advice.ambiguities == (Ambiguity.FRIEND_DIRECTLY_RELATES,)
    assert advice.declare


def test_sensitive_interest_that_only_affects_is_flagged_and_nature_withheld():
    advice = advise(
        load_code("welwyn-hatfield"), Situation(In.OWN_FINANCIAL, R.AFFECTS, sensitive=True)
    )
    assert advice.ambiguities == (Ambiguity.SENSITIVE_NOT_STATED,)
    assert (advice.declare, advice.disclose_nature) == (True, False)


def test_welwyn_hatfield_table_2_body_affected_is_not_in_paragraph_8():
    advice = advise(load_code("welwyn-hatfield"), Situation(In.BODY_ORI, R.AFFECTS))
    assert advice.outcome is Outcome.NOTHING_REQUIRED
    assert advice.paragraphs == ()
