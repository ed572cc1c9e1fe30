"""What tuning 77 and 78 found the rules missing or wrongly finding (issue 9, kinds 2, 3, 8
and 11; fit, not evidence), each mended by class: a group's name broken by a space or a
line break, dropped g's, "teh", and letters swapped in a word of a phrase ("wrost"); a
madrassa standing for who learns in it; clothes chosen for a night out rather than a
meeting; a leak paraphrased, or hinted at with a clue. Kept clean: a question whether a
group is so, answered "no"; abuse others wrote and the member removed; a body named Forum
(no person, so no one's details); voters' memory at the ballot box; a resident's case taken
up; what the council has said publicly; initials or a word beside another that only spell
a slur when joined. (A name whose letters, swapped, would make a short word of a phrase,
"Aske" for "sake", is kept a name by the regression sets: tuning4-275.) Every sentence is
new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Typical mus\nlims, always after a planning favour.", "discrimination"),
        ("Every one of the im migrants on Hatfield Road is scum.", "discrimination"),
        ("The madrassa on Church Road is full of vermin.", "discrimination"),
        (
            "Cllr Price looked like she'd dressed for a night out rather than a planning meeting.",
            "bullying",
        ),
        (
            "I can't share the exempt report on Campus West, but I'll paraphrase: the buyer "
            "is local and the price is low.",
            "confidentiality",
        ),
        (
            "I can't say anything about Campus West. Here's a hint: think of who built Hatfield "
            "Business Park.",
            "confidentiality",
        ),
        (
            "The barrister's advice on the depot landed today marked legally privileged. "
            "Let's just say we'd lose.",
            "confidentiality",
        ),
        # Guards: what the new readings must leave found.
        ("The Hatfield Muslim Forum are vermin.", "discrimination"),
        ("Would anyone shed a tear if the mosque on Church Road burnt down? No.", "bullying"),
        ("Remember this in May when you're walking home alone, Cllr Khan.", "bullying"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Are gay couples ruining family life? No. Next question.",
        "ppl callin the girls at the Sikh temple 'rag heads' under my post. Deleted and blocked.",
        "Thank you to the Hatfield Carers Forum for pushing for toilets that disabled "
        "residents and their carers can use.",
        "SHAME ON EVERY COUNCILLOR WHO VOTED FOR THEM. VOTERS WILL REMEMBER THIS IN MAY.",
        "Worried about the waste strategy? Email me and I'll make sure your case is part of "
        "the call-in.",
        "Rumours about redundancies at Campus West are doing the rounds. The council has said "
        "publicly that it is reviewing staffing, and unions will be consulted first.",
        "Huge thanks to Cllr Reid and our PR at the council for the bulletin.",
        "The path behind Hatfield station is dark ie no street lights.",
        "I can't share the exempt report on the Campus West sale, but I'll give residents "
        "the full picture as soon as it's published.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text", ["Travellers are teh absolute wrost.", "Somali families are the wrost, honestly."]
)
def test_letters_swapped_in_a_phrases_word_are_read(rules, text):
    assert "discrimination" in categories(rules, text)
