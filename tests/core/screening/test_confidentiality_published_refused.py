"""Confidentiality false alarms of tuning36-40, mended by class (issue 9).

An exempt item's name in a post that says the council has itself announced the decision
(a press release, an official announcement) discloses nothing; a member who says only what
they may ("all I can say is ...") or who declines, in their own voice, to say what the
papers hold does not leak by naming the closed session elsewhere in the post. A refusal
put in others' mouths ("what they won't tell you") and the same details before an
announcement are still leaks.
"""

import pytest

from .conftest import categories, rule_ids

OFFICIAL = {"account": "official"}


@pytest.mark.parametrize(
    "text",
    [
        "The council's press release is out: Brookfield Homes have bought the Campus West depot "
        "for £4.2m. I opposed the sale in the public debate and I still do.",
    ],
)
def test_what_the_council_has_announced_is_no_leak(wh, text):
    assert "confidentiality" not in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Brookfield Homes are buying the Campus West depot for £4.2m and the council still "
        "hasn't officially announced it.",
        "Brookfield Homes are buying the Campus West depot for £4.2m. It's not yet officially "
        "announced, so keep it quiet.",
    ],
)
def test_the_same_details_before_the_announcement_still_leak(wh, text):
    assert "confidentiality" in categories(wh, text, **OFFICIAL)


def test_saying_only_what_one_may_about_a_private_item_is_no_leak(wh):
    text = (
        "People keep asking about the library review. It was a private item, so all I can say "
        "is that a paper was discussed and the unions will be involved before anything goes "
        "public."
    )
    assert "confidentiality" not in categories(wh, text, **OFFICIAL)


def test_declining_in_ones_own_voice_covers_the_closed_session_named_later(wh):
    text = (
        "I opposed holding the library review in closed session on Monday and was outvoted. "
        "I'm bound by the rules like everyone else, so I won't be sharing what the papers say. "
        "Residents pay for these libraries. We should use closed session far less often."
    )
    assert "confidentiality" not in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "What they won't tell you is that the library review in the private session means the "
        "branches are going to close.",
        "I won't be sharing what the papers say. But the private session agreed the branches "
        "are going to close.",
    ],
)
def test_a_refusal_in_others_mouths_or_undone_by_but_still_leaks(wh, text):
    assert "confidentiality" in categories(wh, text, **OFFICIAL)


@pytest.mark.parametrize(
    "text",
    [
        "I can't discuss the Campus West depot. All I'll say is the price starts with a four.",
        "Can't say more about the Campus West depot yet. If I worked there I'd be updating my CV.",
        "I'd love to tell you about the Campus West depot. You'll find out soon enough: the "
        "initials are B.H.",
    ],
)
def test_a_hint_told_as_clues_or_advice_to_staff_discloses_the_exempt_item(rules, text):
    """Tuning 73 (fit): a sum spelt out in clues, jobs to go told as advice to the staff, and
    a tease that the member cannot tell, beside an exempt item."""
    assert "confidential.hinted" in rule_ids(rules, text)


def test_pointing_staff_to_their_union_rep_hints_at_nothing(rules):
    text = (
        "I can't discuss the Campus West depot; staff worried about their jobs should speak "
        "to their union rep."
    )
    assert "confidentiality" not in categories(rules, text)
