"""False alarms of the rules found on the spent blind sets z-cc and tuning 56-57 with a model
trained without them (issue 9; fit, not evidence), each fixed by growing a class or a reading:

1. consent in words the consent class lacked ("thank you for saying I could share this");
2. "if you're up for it" is willingness, not a sexual remark;
3. street drinking is anti-social behaviour in a public place, not a person's health;
4. "our town" alone is no exclusion ("every time it appears in our town"): being sent out
   of it is;
5. an exempt item's sale "formally reported in public" is published;
6. "call it out" condemns;
7. harm to the high streets or the economy is a policy's, not a threat;
8. an item that "will be in private" says how it is taken, not what becomes of it.

Every sentence is new. Rules alone (``signal=None``) unless said.
"""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "@RoseH Thank you for saying I could share this. Your dad's hospital discharge plan "
        "is agreed and the carers start on Thursday.",
        "Cllr Patel, I'd welcome a walk round the estate with you if you're up for it.",
        "Street drinking by the underpass on Howardsgate has got worse; I've asked the "
        "community safety team to look at it.",
        'A leaflet in Hatfield called Travellers "parasites". I will call it out every time '
        "it turns up in our town.",
        "The Campus West depot sale has now been formally reported in public: Brookfield "
        "Homes are the buyer. I voted for it.",
        "I voted against the parking charges. They will push shoppers to Bluewater and hurt "
        "our high streets.",
        "The Campus West depot is on tonight's cabinet agenda as an exempt item, so the "
        "discussion will be in private. I'll explain my view once it is published.",
    ],
)
def test_fair_posts_the_rules_flagged_are_clean(rules, text):
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Your mum's care package starts on Monday, Mrs Dunn of 4 Elm Close.", "personal_data"),
        ("That new receptionist is always up for it, if you know what I mean.", "bullying"),
        ("Travellers should be kept out of our town for good.", "discrimination"),
        (
            "The Campus West depot sale has now been formally reported to cabinet in "
            "private: Brookfield Homes are the buyer.",
            "confidentiality",
        ),
    ],
)
def test_the_same_subjects_said_as_breaches_are_still_found(rules, text, category):
    assert category in categories(rules, text)
