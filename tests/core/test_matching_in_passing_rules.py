"""A body a report cites for its advice, data, listing or registration is named in passing:
a member who works for it is not asked about the item (issue 11, blind set 21). Where the
body is a party (it objects, bids, supplies the work, or the title names it) the member is
still asked."""

import pytest
from matching_cases import reasons

from nolan.core.matching.model import Reason


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        (
            ["Natural England"],
            "Danson Park: new play area",
            "Equipment on the old paddling pool site; fencing in line with Natural England "
            "guidance on bats.",
        ),
        (
            ["HM Revenue and Customs"],
            "Business rates: discretionary relief policy",
            "Eligibility is checked against trading figures supplied by HMRC each quarter.",
        ),
        (
            ["Ordnance Survey"],
            "Street naming: Thames Road industrial estate",
            "Names will be recorded and the plan registered with Ordnance Survey.",
        ),
        (
            ["Canal and River Trust"],
            "Erith riverside footpath resurfacing",
            "Works stop at the slipway, which is outside the scope as it belongs to the Canal "
            "and River Trust.",
        ),
        (
            ["Met Office"],
            "Winter gritting plan",
            "Routes are treated once the Met Office issues an amber warning for ice.",
        ),
    ],
)
def test_a_body_cited_for_its_advice_or_data_is_named_in_passing(names, title, description):
    assert not reasons(title, description, names=names)


@pytest.mark.parametrize(
    ("names", "title", "description"),
    [
        (
            ["Natural England"],
            "Thames Road: planning application 25/01234/FUL",
            "Objections were received from Natural England and two residents.",
        ),
        (
            ["Natural England"],
            "Crossness nature reserve: agreement with Natural England",
            "A management agreement in line with Natural England guidance.",
        ),
        (
            ["Kestrel Fencing Ltd"],
            "Hall Place: new railings",
            "Railings will be supplied by Kestrel Fencing under the existing contract.",
        ),
    ],
)
def test_a_body_that_objects_supplies_or_is_the_subject_is_a_party(names, title, description):
    assert Reason.NAME in reasons(title, description, names=names)
