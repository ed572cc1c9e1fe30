"""The body's other name that the entry's own details give, after a merger or a renaming or
before it ("The college merged into Thameside Colleges", "formerly known as Lesney Homes
Trust", "(now Thameside Colleges)"), is one of its names: the agenda calls the body by the
name it bears at the meeting, or by the one on an old lease. A post the member once held
("formerly Chair of ...") is no name of the body."""

import pytest
from matching_cases import reasons

COLLEGE = ["Crayside College"]


@pytest.mark.parametrize(
    ("names", "details", "title"),
    [
        (
            COLLEGE,
            "Lecturer in plumbing. The college merged into Thameside Colleges in 2023.",
            "Erith campus: workshop extension for Thameside Colleges",
        ),
        (
            COLLEGE,
            "Lecturer in plumbing (now Thameside Colleges).",
            "Erith campus: workshop extension for Thameside Colleges",
        ),
        (
            ["Cray Valley Homes"],
            "Housing officer. The association was formerly known as Lesney Homes Trust.",
            "Garages at Lesney Park Road: surrender of the lease by Lesney Homes Trust",
        ),
    ],
)
def test_a_name_the_details_give_the_body_after_or_before_a_change_is_its_name(
    names, details, title
):
    assert reasons(title, "Report of the Director of Place.", names=names, details=details)


def test_a_post_the_member_once_held_names_no_body():
    details = "Lecturer in plumbing; formerly Chair of Erith Rowing Club."
    title = "Erith Rowing Club: lease of the boathouse"
    assert not reasons(title, "Report of the Director of Place.", names=COLLEGE, details=details)


def test_the_name_the_details_say_the_body_was_known_by_until_a_year_is_its_name():
    details = "Trustee. (Charity known as Slade Green Lads' Club until 2018.)"
    title = "Asset transfer: Slade Green Lads' Club building, Bridge Road"
    assert reasons(title, "Report of the Director of Place.", names=COLLEGE, details=details)
