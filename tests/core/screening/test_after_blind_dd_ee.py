"""Kinds of contempt missed in blind dd and ee after they were scored (issue 9; fit, not
evidence: the sets are spent), each mended by growing a class of the lexicon:

1. remarks on a woman member's looks ("looking very tasty", "batting her eyelashes") are
   sexual remarks, as "easy on the eye" was;
2. a woman told she "should have stayed in the kitchen", or an older member called a
   "doddering old fossil", is mocked for her sex or his age;
3. a slur written as two words ("towel-head", "rag head") is the slur;
7. people named by how they came or that they paid nothing in ("turned up on a dinghy",
   "never paid a penny into this country") are the press's words for asylum seekers;
8. pointing people at where someone is to be found ("you're not as anonymous as you
   think", "he's usually in after six") is a threat;

and false alarms in them, each mended by a reading or a class:

4. a post keeps to one sense of a word: the frog the cat brought in is still a frog two
   sentences on (``senses.ordinary_sense``);
5. concrete curing is retarded by the cold, and voters have long memories at the ballot box;
6. a committee member who will judge an application "on its own facts" and "then decide"
   keeps an open mind (the model's finding is barred, as for the other words of the class).

Every sentence is new. Rules alone (``signal=None``).
"""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Cllr Jo Hart was looking very tasty at full council, no wonder nobody concentrated.",
            "bullying",
        ),
        ("Cllr Ann Bell batting her eyelashes at the developer again.", "discrimination"),
        (
            "Cllr Ann Bell chairing planning again. Should have stayed in the kitchen.",
            "discrimination",
        ),
        ("Cllr Greaves nodded off twice tonight, the doddering old fossil.", "discrimination"),
        ("Cllr Khan, the towel-head in chief, lecturing us again.", "discrimination"),
        (
            "Homes for people who turned up on a dinghy last week? They are all scroungers.",
            "discrimination",
        ),
        (
            "People who've never paid a penny into this country are all scroungers.",
            "discrimination",
        ),
        ("@westsidewatch you're not as anonymous as you think. Blue door, isn't it?", "bullying"),
        (
            "Want to tell Ray Dunn what you think of the new parking charges? He's usually in "
            "after seven.",
            "bullying",
        ),
    ],
)
def test_contempt_or_threats_in_these_words_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new café menu at Stanborough Park is looking tasty.",
        "I stayed in the kitchen all evening making mince pies for the ward party.",
        "Found an ammonite fossil on the beach at Lyme Regis today. The kids are thrilled.",
    ],
)
def test_the_same_words_about_food_a_kitchen_or_a_fossil_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Next door's cat left a live frog on the mat at 6am. Third time this week. "
        "The frog is fine.",
        "@WGC_Roads if the cold snap retarded the concrete curing on Howardsgate, wait a week.",
        "Cllr Price voted to shut two libraries and then opened a book fair. Voters have long "
        "memories.",
    ],
)
def test_ordinary_senses_across_the_post_and_electoral_warnings_are_clean(rules, text):
    assert categories(rules, text) == set()


def test_a_closed_mind_from_the_committee_seat_is_found_without_the_matter_named(rules):
    """Round sixteen's misses (blind ff and gg, spent): a member who says they sit on the
    deciding body and how they will vote, naming the matter only by a handle or "your
    field"; not a member who keeps their view to themselves, nor another office."""
    said = (
        "@SaveTheMeadow don't worry, your field is going nowhere. I'm on the panel on the 9th "
        "and it's a no from me whatever the report says."
    )
    assert "predetermination" in categories(rules, said)
    kept = (
        "I'm on the panel on the 9th, so I'll keep my view to myself until then, but I "
        "promise every objection will be properly considered."
    )
    assert "predetermination" not in categories(rules, kept)
    office = "As cabinet member for leisure: the new pool is not happening this year, sadly."
    assert "predetermination" not in categories(rules, office)
