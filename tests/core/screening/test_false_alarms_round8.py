"""False alarms found on the spent blind sets bb-ee and tuning 58-59 with models trained
without them (issue 9; fit, not evidence), each fixed by a reading or a class:

1. a plural word for a kind of people ("tradespeople, carers and shift workers") names a
   group, not anyone's circumstances; "Jim Hale's carers" still do;
2. consent in words the class lacked ("he's happy for his number to go up");
3. a sentence that only names an officer ("is on leave and her deputy is covering") says
   nothing of them, however much the model makes of the name;
4. a person's aid told with their consent ("he finally has the ramp he needed") is their
   story, not mockery of a disability;
5. consent given by a couple by name ("with Mr and Mrs Hale's blessing, they want people to
   know"), and a slur scratched into a car and reported, are read as such.

Every sentence is new. Rules alone (``signal=None``) unless said.
"""

import pytest

from nolan.core.codes import load_code
from nolan.core.screening import learned
from nolan.core.screening.engine import Screener
from nolan.core.screening.model import Category

from .conftest import WH_CONTEXT, categories


def test_carers_in_a_list_of_workers_are_a_group(rules):
    text = "Builders, carers and cleaners in Hatfield pay for Tom Whitlock's new parking scheme."
    assert "personal_data" not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jim Hale's carers only come twice a day now, and he has dementia.",
        "Jim Hale has carers twice a day since his stroke.",
    ],
)
def test_a_named_persons_carers_are_still_their_circumstances(rules, text):
    assert "personal_data" in categories(rules, text)


CONSENT = "Posting this because Mo asked me to, and he's happy for his number to go up. "
LOST = "Mo Danjuma of Ryde Close has lost his grey cat; ring him on 07700 900118."


def test_consent_in_other_words_is_read(rules):
    assert "personal_data" not in categories(rules, CONSENT + LOST)
    assert "personal_data" in categories(rules, LOST)


def _weighs_only_the_officers_name() -> learned.Signal:
    """A signal that finds officer impartiality from the officer's symbol alone: what the
    sentence says weighs 0.007 without it (below ``admission``'s floor for officers)."""
    k = list(learned.Category).index(Category.OFFICER_IMPARTIALITY)
    return learned.Signal.of(
        {"w:<officer>": [(k, 6.0)]},
        categories=tuple(learned.Category),
        intercepts=tuple(-5.0 for _ in learned.Category),
        add_at=0.6,
        trained_on={},
        posts=0,
    )


def test_a_sentence_that_only_names_an_officer_is_no_finding():
    screener = Screener(
        load_code("welwyn-hatfield"), WH_CONTEXT, signal=_weighs_only_the_officers_name()
    )
    text = "David Lindqvist is on leave this week and his deputy is covering planning queries."
    assert "officer_impartiality" not in categories(screener, text)


def test_an_aid_told_with_consent_is_the_persons_story_not_mockery(rules):
    story = (
        "With Mr Kane's permission, here's his story: after a year he finally has the ramp "
        "he needed at his front door."
    )
    assert categories(rules, story) == set()
    mocked = "Cllr Kane needs the ramp to get in, and still can't keep up with the debate."
    assert "discrimination" in categories(rules, mocked)


@pytest.mark.parametrize(
    "text",
    [
        "Shared with Mr and Mrs Dunn's blessing, they want people to know: their daughter is "
        "autistic and has waited two years for an assessment.",
        "Someone scratched 'p*ki' into the door of the Broadway newsagent last night. Reported "
        "to police as a hate crime.",
    ],
)
def test_consent_by_a_couple_and_a_slur_reported_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Burns Night at the church hall: my wife wore her grandad's tartan sash all evening.",
        "What a show from the Welling youth choir, with Amy Platt and the little ones stealing "
        "the show again.",
    ],
)
def test_ordinary_senses_of_family_and_theft_words_are_clean(rules, text):
    """Round sixteen's false alarms (blind ff, spent): a relative's heirloom, and a show
    stolen by children, as the lexicon's homonyms read them."""
    assert categories(rules, text) == set()
