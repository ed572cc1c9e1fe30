"""What tuning 77 and 78 found the rules missing or wrongly finding (issue 9, kinds 2, 3, 8
and 11; fit, not evidence), each mended by class: a group's name broken by a space or a
line break, a stammer of two letters, text-speak and dropped g's; hotels and schools that
stand for who lives or learns in them; remarks about a body's clothes or looks; a leak
paraphrased or left as a sum for the reader. Kept clean: a question answered "no", "This
is vile" said of what was just shown, abuse others wrote and the member removed, a body
named Forum or Society (no person, so no one's details), voters' memory at the ballot box,
a resident's case taken up, and what the council has said publicly. Every sentence is new.
Rules alone (``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Typical mus\nlims, always after a planning favour.", "discrimination"),
        ("Every one of the im migrants on Hatfield Road is scum.", "discrimination"),
        ("Cllr Okoro th-th-thinks she can chair a meeting.", "discrimination"),
        ("go bk to ur own country cllr singh", "discrimination"),
        ("Wouldn't lose sleep if the asylum hotel on the A1 burnt down.", "bullying"),
        ("Wouldn't lose sleep if the asylum hotel on the A1 burnt down.", "discrimination"),
        ("The madrassa on Church Road is full of vermin.", "discrimination"),
        ("Cllr Price's dress left very little to the imagination.", "bullying"),
        ("Cllr Amos will be running housing on baby brain until the spring.", "discrimination"),
        (
            "I can't share the exempt report on Campus West, but I'll paraphrase: the buyer "
            "is local and the price is low.",
            "confidentiality",
        ),
        (
            "I can't say anything about Campus West. Do the maths: twice what the old pool cost.",
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
        ("Cllr Dorsey took cash from Brookfield Homes for his vote. That's bribery.", "defamation"),
        ("The Hatfield Muslim Forum are vermin.", "discrimination"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Are gay couples ruining family life? No. Next question.",
        "Posting this so you can see what Jewish families in Hatfield are dealing with. This "
        "is vile. If you see it, report it.",
        "ppl callin the girls at the Sikh temple 'rag heads' under my post. Deleted and blocked.",
        "Thank you to the Hatfield Carers Forum for pushing for toilets that disabled "
        "residents and their carers can use.",
        "SHAME ON EVERY COUNCILLOR WHO VOTED FOR THEM. VOTERS WILL REMEMBER THIS IN MAY.",
        "Worried about the waste strategy? Email me and I'll make sure your case is part of "
        "the call-in.",
        "Rumours about redundancies at Campus West are doing the rounds. The council has said "
        "publicly that it is reviewing staffing, and unions will be consulted first.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
