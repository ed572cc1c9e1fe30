"""What tuning 70 and 72 found the rules missing (issue 9, kinds 4, 6 and 7; fit, not
evidence), each mended by class: an officer said to serve a side rather than the council
(``officer.partiality``), threatened with their post, or insulted as whoever wrote the
report; crimes and misconduct stated of a named person, and a denial of saying so taken
back ("Not saying he takes a cut. I'm stating it."), though "you were robbed" at a quiz
accuses no one; likenesses that mock a person's mind, looks or voice; an insult quoted and
agreed with after it; the office as a life of treats ("Councillor life!", no member named
Life). Beside each, the lawful post that must stay clean. Every sentence is new. Rules
alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Ask Sarah Okafor about the depot lease if you like. She'll say what she's told to.",
            "officer.partiality",
        ),
        (
            "The Chief Planning Officer, impartial my foot, wrote it to suit the Leader.",
            "officer.partiality",
        ),
        ("David Lindqvist broke the law when he signed off the depot sale.", "officer.dishonesty"),
        ("Not saying Cllr Dorsey rigged the vote. I'm stating it.", "allegation.named"),
        ("Cllr Dorsey robbed the Christmas quiz fund.", "allegation.named"),
        ("Whoever wrote the housing report is a complete moron.", "officer.insult"),
        ("Sarah Okafor clearly has it in for market traders.", "officer.partiality"),
        (
            "Sarah Okafor: officers who write reports like that tend not to last long here.",
            "threat.phrase_officer",
        ),
        ("Box at the rugby courtesy of a developer. Councillor life!", "perk.position"),
        ("Being on the council means I never queue at the festival. VIP pass!", "perk.position"),
        (
            "Told Sarah Okafor that if the depot report goes out as is, I'm calling for her head.",
            "threat.phrase_officer",
        ),
        (
            "'Cllr Dorsey is a pompous windbag' - a resident's email. Couldn't have put it better.",
            "insult.named_near",
        ),
        ("Cllr Dorsey has the warmth of a multi-storey car park.", "insult.named_near"),
        ("Cllr Dorsey's about as useful as a chocolate teapot on planning.", "insult.named_near"),
    ],
)
def test_these_are_found(rules, text, rule):
    assert rule in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Okafor explained the depot lease clearly; the committee followed her advice.",
        "I've asked the Monitoring Officer whether the Leader's office saw the report early.",
        "Residents who break the law by fly-tipping will be fined, the council says.",
        "I'm not saying Cllr Dorsey rigged the vote. Nobody has any evidence of that.",
        "Cllr Dorsey, you were robbed at the Christmas quiz. Rematch in January!",
        "'Travellers are all thieves'? That's exactly the kind of prejudice we must stop.",
        "The warmth of a community centre on a cold night matters more than any budget line.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Okafor, I expect the depot lease report revised by Friday or this goes further.",
        "David, the Bush Hall Farm report needs another look by the 10th, or this goes further.",
        "The recommendation is wrong. Either it's rewritten before committee or I go to the press.",
    ],
)
def test_an_ultimatum_about_an_officers_report_presses_the_officer(rules, text):
    """Tuning 73 (fit): a deadline or a threat of taking it further, set on a report."""
    assert "officer.pressure" in rule_ids(rules, text)


def test_an_officer_said_to_deserve_the_sack_is_blamed(rules):
    assert "officer.blame" in rule_ids(rules, "Sarah Okafor should lose her job over the depot.")


def test_a_member_taking_a_report_further_without_an_ultimatum_presses_no_one(rules):
    text = "I disagree with the depot report and will say so at committee on the 10th."
    assert "officer_impartiality" not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "My wife's café had an inspection. Rang the Director and it's all been smoothed over.",
        "Had a word in property and they're letting my cousin a unit well below the going rate.",
    ],
)
def test_a_favour_done_and_hushed_uses_the_members_position(rules, text):
    """Blind qq, spent (fit): a sentence that opens with what the author did ("Rang the
    Director ...") is in their own voice though the officer is named first."""
    assert "leverage.position" in rule_ids(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dorsey, you're out of your depth on the budget and the whole chamber knows it.",
        "Cllr Dorsey's speech was the political equivalent of a flat tyre.",
        "Cllr Dorsey gives a fine impression of a man who has read the papers.",
        "Cllr Dorsey is a joke. Can't even read out her own amendment.",
    ],
)
def test_mockery_without_a_rude_word_is_disrespect(rules, text):
    """Blind pp, qq and nn, spent (fit): a person mocked as out of their depth, likened to a
    failure, or called a joke."""
    assert "respect" in categories(rules, text)


def test_a_policy_called_a_joke_is_criticism(rules):
    assert (
        categories(rules, "The new parking charges are a joke and I'll vote against them.") == set()
    )
