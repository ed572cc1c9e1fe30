"""What blind pp and qq found the rules missing once they were spent (issue 9, kinds 1 and 7;
fit, not evidence), each mended by class: menace that leaves the harm unsaid ("you won't
like it", "watch their backs", "would hate for anything to happen"), harm wished as never
coming home or a body found, a pile-on sent to an officer's own door; and a company whose
name ends in a word a council also decides on ("Oakfield Homes", "Larkspur Developments"),
which is a company accused, not a development. Beside each, the lawful post that must stay
clean. Every sentence is new. Rules alone (``signal=None``)."""

import pytest

from .conftest import categories, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Sort the potholes on Elm Drive by Monday, Cllr Dorsey, or you won't like it.", None),
        ("The Independents had better watch their backs at the next count.", "threat.phrase"),
        ("Would hate for anything to happen to that lovely shop of yours, Cllr Dorsey.", None),
        ("I hope Cllr Dorsey never makes it home from the next full council.", None),
        ("I hope the cabinet member who signed this off ends up under a gritting lorry.", None),
        ("Keep voting like that, Cllr Dorsey, and you'll be found floating in the Lea.", None),
        ("Sarah Okafor lives on Elm Drive. A few letters through her own door might help.", None),
        ("Larkspur Developments forged the drainage survey for Elm Drive.", "allegation.named"),
        ("Oakfield Homes bribed their way onto the shortlist.", "allegation.named"),
    ],
)
def test_these_are_found(rules, text, rule):
    found = rule_ids(rules, text)
    assert rule in found if rule else any(r.startswith("threat.") for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Residents won't like it, and frankly neither do I: the parking charges are too high.",
        "Lovely walk round the lakes, though we never made it home before the rain.",
        "Oakfield Homes bought the old depot for £2m, an absolute steal if you ask me.",
        "Larkspur Developments have submitted a revised drainage survey for Elm Drive.",
        "The New Homes Bonus is a scam dreamt up in Whitehall.",
        "Drivers ignoring the bus gate will find out the hard way.",
        "The budget gap next year won't be pretty.",
        "Petrol's cheap at the Tesco in Hatfield this week.",
        "Happy for the Scouts to use the hall; I won't be standing in their way.",
        "Thanks to Democratic Services for the agenda papers, out in good time as ever.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
