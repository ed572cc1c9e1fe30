"""Kinds missed or wrongly flagged in blind ff and gg after they were scored (issue 9; fit,
not evidence: the sets are spent), each mended by a reading or a class:

1. the author who turns on someone after reporting what they said ("To the councillor who
   called me a liar: you are a worm") says the insult in their own voice, though a
   reporting cue came first in the sentence;
2. "I'll be seeing you in the car park" is a veiled threat, as "see you outside" was;
3. a member who "won't be sharing" the figures, and will judge "any deal" against what
   residents need, discloses nothing of an exempt item;
4. "Vote us out" asks for no one's vote;
5. people "sitting on" the new benches are not an officer sitting on an application;
6. "they" after "those points" stands for the points, not a group named before them.

Every sentence is new. Rules alone (``signal=None``).
"""

import pytest

from .conftest import categories, rule_ids


def test_an_insult_said_back_to_whoever_was_reported_is_the_authors_own(rules):
    said = "To the Tory who called me a liar at full council: you are a spineless little worm."
    assert "respect" in categories(rules, said)
    reported = "A man at the count called me a spineless little worm. Charming."
    assert "respect" not in categories(rules, reported)


def test_seeing_someone_in_the_car_park_is_a_threat_but_meeting_there_is_not(rules):
    assert "bullying" in categories(rules, "Cllr Dunn, I'll be seeing you in the car park.")
    assert categories(rules, "Lovely to see you in the car park for the litter pick!") == set()


def test_declining_to_share_an_exempt_items_figures_discloses_nothing(rules):
    item = rules.context.context.exempt_items[0].title
    declined = (
        f"Lots of questions about the {item}. It's being dealt with in private, and I won't "
        "be sharing figures however often I'm asked. I'll judge any deal on value for "
        "residents."
    )
    assert "confidentiality" not in categories(rules, declined)
    told = f"The {item}: the winning bid was £2.1m, well under what it's worth."
    assert "confidentiality" in categories(rules, told)


def test_vote_us_out_asks_for_no_vote(rules):
    assert "election.missing_imprint" not in rule_ids(
        rules, "Argue with us, vote us out. But don't threaten our families."
    )
    assert "election.missing_imprint" in rule_ids(rules, "Vote us in on Thursday!")


def test_people_sitting_on_new_benches_are_no_officer_sitting_on_a_case(rules):
    officer = rules.context.context.officers[0].name
    thanks = (
        f"Thanks to {officer} for the new seats by the lake. Already spotted the dog walkers "
        "sitting on them."
    )
    assert "officer_impartiality" not in categories(rules, thanks)
    blame = f"{officer} has been sitting on my complaint since March."
    assert "officer_impartiality" in categories(rules, blame)


def test_they_after_those_points_stands_for_the_points(rules):
    fair = (
        "Some objections to the Traveller site raise real issues. Those points belong in the "
        "consultation and I'll be making them myself. What doesn't belong in it is gossip."
    )
    assert "discrimination" not in categories(rules, fair)
    unfair = "Travellers are moving onto the field again. They don't belong here."
    assert "discrimination" in categories(rules, unfair)


def test_a_slight_left_for_the_reader_to_finish_is_contempt_but_a_plain_question_is_not(rules):
    """The hedge after the slight insinuates; before a question it only asks."""
    insinuated = "Another mosque on Comet Way. Draw your own conclusions."
    assert "insinuation.left_to_reader" in rule_ids(rules, insinuated)
    disclaimed = "Nothing against Muslims, but do they all need a car park each?"
    assert "discrimination" in categories(rules, disclaimed)
    asked = "Just asking: will the mosque extension on Comet Way add parking for worshippers?"
    assert categories(rules, asked) == set()
    kind = "Nothing against the new skate park. I just wish it had some lights."
    assert categories(rules, kind) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Be a shame if Cllr Rowe's name kept coming up every time a bin goes missing.",
        "Ill be outside your house again on saturday Cllr Rowe. And the one after.",
        "I'm speaking to your manager, and you won't like how that goes.",
    ],
)
def test_veiled_threats_in_these_words_are_found(rules, text):
    assert "bullying" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Street parties this summer: road closures are free through the council website.",
        "Whoever spray-painted 's.c.u.m' on the war memorial: it's gone and the police have CCTV.",
        "To whoever left a dead rat on my doorstep with a note: the police have the footage.",
        "I sit on planning, so I can't take a side before the meeting, but I promise every "
        "objection will be read.",
    ],
)
def test_street_parties_graffiti_reported_a_dead_rat_and_an_open_promise_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_talking_down_to_a_person_or_an_officer_is_disrespect(rules):
    """Insults without rude words: a member or an officer talked down to as a child."""
    member = "Bless her, Cllr Rowe does try. Maybe leave the budget to the grown-ups next time."
    assert "respect" in categories(rules, member)
    officer = rules.context.context.officers[0].name
    assert {"respect", "officer_impartiality"} <= categories(
        rules, f"Bless {officer}, she does try. Perhaps next year's report will come with crayons."
    )
    fond = "Bless the volunteers who cleared the brook today, soaked and still smiling."
    assert categories(rules, fond) == set()


@pytest.mark.parametrize(
    "text",
    [
        "We've got the numbers on the committee for Bush Hall Farm: four of us against. "
        "Applicant can stop paying consultants.",
        "I sit on the planning committee, so I'll save you the suspense on Bush Hall Farm: "
        "it's a no.",
    ],
)
def test_a_closed_mind_said_as_votes_counted_or_an_outcome_told_is_found(rules, text):
    assert "predetermination" in categories(rules, text)


def test_anger_about_an_issue_names_no_ones_circumstances(rules):
    reply = "@WGCwatcher I get the anger about temporary accommodation, and I share it."
    assert "personal_data" not in categories(rules, reply)
    told = "@WGCwatcher Mrs Dean at 4 Elm Road is in temporary accommodation again."
    assert "personal_data" in categories(rules, told)
