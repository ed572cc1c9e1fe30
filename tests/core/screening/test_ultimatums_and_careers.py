"""What the spent sets showed the rules missing (issue 9, kind 1; fit, not evidence): an
officer's career named as what is at stake ("careers in this borough can be long or
short"), a life made "very difficult", a visit someone "won't forget", a critic's
children's school, "starts being personal", "not everyone's as patient as me"; and harm
hoped for someone after what they said of the author's family, which is no household's
joke. Beside each, the lawful post that must stay clean. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    "text",
    [
        "Sarah, careers in this borough can be long or short. Think about that report.",
        "Sarah, if that valuation doesn't go up I'll make your life very difficult.",
        "Here's the man who reported my banners. Let's give him a visit he won't forget.",
        "@ElmDriveDave I've seen your car and I've seen your kids' school. Pack it in.",
        "Cllr Dorsey has until Friday. After that it starts being personal.",
        "Cllr Dorsey better keep his head down after that vote. Not everyone's as patient as me.",
        "After what Cllr Dorsey said about my wife, I hope he never makes it home tonight.",
    ],
)
def test_these_are_threats(rules, text):
    assert "bullying" in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Careers in this borough depend on good schools and a decent bus service.",
        "Not everyone is as patient as our Year 6 teachers, bless them.",
        "Told my wife I'd kill for a curry after that meeting.",
        "The new Elm Drive library starts being built in May.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
