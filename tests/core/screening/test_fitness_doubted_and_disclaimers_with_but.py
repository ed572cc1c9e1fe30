"""What tuning 73 and the spent blind qq found the rules missing (issue 9, kinds 2 and 7; fit,
not evidence): a person's fitness for a role questioned beside their pregnancy, age, faith
or disability (``fitness.doubted_trait``); a group denied any member who "lifted a finger";
and an allegation disclaimed and then made anyway ("Not saying he's bent, but ..."). Beside
each, the lawful post that must stay clean. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Is a councillor who's seven months pregnant really the best person to lead on "
            "the budget?",
            "fitness.doubted_trait",
        ),
        ("Cllr Dorsey is great company, but at 84 should he really be chairing licensing?", None),
        (
            "Should a man in a wheelchair really be our member for the leisure portfolio?",
            "fitness.doubted_trait",
        ),
        (
            "Not one of the Roma families by the depot has lifted a finger for the village.",
            None,
        ),
        (
            "Not saying Cllr Dorsey is on the take, but his brother's firm won the parking deal.",
            "allegation.named",
        ),
        (
            "I wasn't suggesting Cllr Dorsey is on the take, but his brother's firm won the deal.",
            "allegation.named",
        ),
    ],
)
def test_these_are_found(rules, text, rule):
    if rule:
        assert rule in rule_ids(rules, text)
    else:
        assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Is Cllr Dorsey really the best person to lead on the budget after that shambles?",
        "Should the council really be the one paying for wheelchair ramps at the station?",
        "Congratulations to Cllr Dorsey, who at 84 is chairing licensing for a tenth year.",
        "I'm not saying Cllr Dorsey is on the take, but I disagree with every vote he casts.",
        "I'm not suggesting Cllr Dorsey is corrupt, but the process should be reviewed.",
        "Is the new bus really going to be wheelchair accessible?",
        "I'm not saying Cllr Dorsey is on the take. Nobody has shown any evidence of it.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
