"""Contempt for a group said without a word of contempt (issue 9, kind 2: implied): the rest
of the town called "normal", a group called "so-called", who is meant left unsaid, rules said
to bend for them, the place said to be lost to them, a disability doubted, feeling a stranger
where one lives. Each beside the lawful post on the same topic, which must stay clean. Every
sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Trans flag on the town hall again. When do normal people get a say?", "othering.group"),
        ("Forty so-called refugees moved into the Station Road hotel.", "othering.group"),
        (
            "Another hotel for asylum seekers in Sidcup. House our own people first.",
            "othering.group",
        ),
        (
            "New hostel for migrants on Bell Lane. I think we all know which way that goes.",
            "insinuation.left_to_reader",
        ),
        (
            "Eid party blocked the road for hours with no permit. One rule for them, eh.",
            "insinuation.left_to_reader",
        ),
        (
            "A second mosque on the high street approved. Give it ten years.",
            "insinuation.left_to_reader",
        ),
        (
            "Traveller site on the old depot approved. Better get good locks, Cuffley.",
            "insinuation.group",
        ),
        ("I'm not racist but the Polish families on my road need to learn.", "disclaimer.group"),
        ("Strange how the disabled never seem disabled near a free bay.", "mockery.group"),
        ("Went into town for a paper and didn't hear a word of English.", "alienation"),
        ("Honestly some days I feel a stranger in my own town.", "alienation"),
    ],
)
def test_these_are_found(rules, text, rule):
    assert rule in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Normal people can't afford the rents in Hatfield any more; we need council homes.",
        "Our own people first: the Hatfield food bank needs volunteers this Christmas.",
        "The so-called consultation on the bus cuts lasted nine days.",
        "One rule for them and another for us: Cabinet's expenses deserve scrutiny.",
        "Give it ten years and the new library will be the heart of the town.",
        "Proud to open the new English classes at the library for refugee families.",
        "Lock your car and keep valuables out of sight, say police after thefts on the A1.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
