"""What blind rr and ss showed the rules missing once they were spent (issue 9, kinds 1 and
3; fit, not evidence), each mended by class: harm wished on whoever did something ("Whoever
approved the bus gate needs ...") is aimed at that person, not at the thing they did; and a
group named two sentences back is still whom crime foretold or "normal families" are set
against, past a remark that names no one ("The caravans are back. Every year. Lock your
sheds"). Beside each, the lawful post that must stay clean. Every sentence is new. Rules
alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Whoever signed off the parking scheme wants their head kicked in.",
        "Whoever on cabinet approved the new parking charges deserves a slap.",
        "Anyone who backed the library closures deserves a brick through the window.",
    ],
)
def test_harm_wished_on_whoever_did_something_is_a_threat(rules, text):
    assert "bullying" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bus gate on Elm Drive will kill the shops on the parade.",
        "Whoever approved the bus gate on Elm Drive has killed the parade's trade.",
        "Anyone who voted for the library closures should explain it to the toddler group.",
        "Anyone who voted for the closure of the A&E should know patients will die waiting.",
    ],
)
def test_harm_done_by_a_scheme_is_no_threat(rules, text):
    assert "bullying" not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Travellers have pulled onto the rec again. Every single summer. Lock your sheds.",
        "Pride flags up on the bandstand for a month. Fine, whatever. When do normal families "
        "get a say?",
    ],
)
def test_a_group_is_carried_past_a_remark_that_names_no_one(rules, text):
    assert "discrimination" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Travellers have pulled onto the rec again. The council has served notice. "
        "Lock your sheds.",
    ],
)
def test_a_group_is_not_carried_past_a_sentence_about_someone_else(rules, text):
    assert "discrimination" not in categories(rules, text)
