"""What tuning 73 found the rules missing (issue 9, kind 5; fit, not evidence): a closed mind
said once, late, in a long and otherwise careful post. An open mind counts for the whole
post only when it is the author's own: not one they were told or reminded to keep, not
residents' concerns passed on, and not one taken back by a closed mind that follows with
"but". Words said by someone else ("What you won't read ...") are no closed mind of the
author's. Beside each, the lawful post that must stay clean. Every sentence is new. Rules
alone (``signal=None``)."""

import pytest

from .conftest import categories

WARD_UPDATE = (
    "Ward update for November.\n\n"
    "Bins: the Thursday round is back on time. Thanks for your patience.\n\n"
    "Bush Hall Farm (6/2026/0412/MAJ): the officer report is due before the December "
    "committee. Many of you have raised concerns about traffic and I've passed them on.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        WARD_UPDATE + "I'll sit through the presentation because I have to. But nothing the "
        "developer shows us is going to change how I vote.",
        WARD_UPDATE + "The legal team have reminded me to 'keep an open mind'. But those houses "
        "are going nowhere while I sit on the committee.",
        WARD_UPDATE + "Between us, that scheme was never going to get past me.",
        "Red Lion licence: I'm on the sub-committee. They won't be getting their late hours "
        "past my vote.",
    ],
)
def test_a_closed_mind_late_in_a_careful_post_is_found(rules, text):
    assert "predetermination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        WARD_UPDATE + "I'll keep an open mind and weigh all the evidence on the night.",
        WARD_UPDATE + "I have an open mind and I have concerns about the access road; "
        "I'll weigh it on the night.",
        WARD_UPDATE + "I have concerns about the access road myself, but I'll judge it on the "
        "evidence at the meeting.",
        "What you won't read about the Red Lion licence is how many neighbours wrote in "
        "support of it.",
    ],
)
def test_an_open_mind_or_someone_elses_words_stay_clean(rules, text):
    assert "predetermination" not in categories(rules, text)
