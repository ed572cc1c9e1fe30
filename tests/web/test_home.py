"""Each role gets a home page with what that role does, and nothing it may not do."""

import pytest
from django.contrib.auth import get_user_model

from nolan.councils.models import Role
from nolan.demo import load_demo
from tests.conftest import VerifiedClient
from tests.factories import CouncilFactory, RoleFactory, UserFactory


@pytest.fixture
def demo(db):
    load_demo()


@pytest.mark.parametrize(
    ("username", "heading", "sees", "does_not_see"),
    [
        ("mo", "As Monitoring Officer", ["/admin/", "/registers/"], []),
        ("deputy", "As Deputy Monitoring Officer", ["/admin/"], []),
        ("ip", "As Independent Person", ["/codes/welwyn-hatfield/"], ["/admin/"]),
        ("clerk", "As Clerk", ["/councils/northaw-cuffley/meetings/"], ["/admin/"]),
        ("councillor", "As Councillor", ["/check-a-post/", "/my-prompts/"], ["/admin/"]),
    ],
)
def test_each_role_has_a_home_page_for_that_role(
    client, demo, username, heading, sees, does_not_see
):
    client.force_login(get_user_model().objects.get(username=username))
    html = client.get("/").content.decode()
    assert heading in html
    for fragment in sees:
        assert fragment in html
    for fragment in does_not_see:
        assert fragment not in html


def test_the_monitoring_officer_also_acts_for_the_parish(client, demo):
    client.force_login(get_user_model().objects.get(username="mo"))
    html = client.get("/").content.decode()
    section = html.split("As Monitoring Officer", 1)[1]
    assert "Northaw and Cuffley Parish Council" in section


def test_anonymous_visitors_see_the_councils_but_no_role_section(client, demo):
    html = client.get("/").content.decode()
    assert "Welwyn Hatfield Borough Council" in html
    assert "As Monitoring Officer" not in html


def test_the_independent_persons_home_page_says_what_the_role_is(client, demo):
    client.force_login(get_user_model().objects.get(username="ip"))
    html = client.get("/").content.decode()
    assert 'id="independent-person-role"' in html
    assert "section 28(7)" in html
    client.force_login(get_user_model().objects.get(username="councillor"))
    assert 'id="independent-person-role"' not in client.get("/").content.decode()


def test_an_officer_of_a_borough_and_its_parish_finds_the_borough_first(db):
    """Walk: the Monitoring Officer's home page listed "Northaw and Cuffley Parish Council"
    before "Welwyn Hatfield Borough Council", and /check-a-post/ opened on the parish's code."""
    borough = CouncilFactory(slug="welwyn-hatfield", name="Welwyn Hatfield Borough Council")
    CouncilFactory(
        slug="northaw-cuffley", name="Northaw and Cuffley Parish Council", principal=borough
    )
    officer = UserFactory()
    RoleFactory(user=officer, council=borough, kind=Role.Kind.MONITORING_OFFICER)
    client = VerifiedClient()
    client.force_login(officer)
    html = client.get("/").content.decode()
    section = html.split("As Monitoring Officer", 1)[1]
    assert section.index("Welwyn Hatfield Borough Council") < section.index("Northaw and Cuffley")
    page = client.get("/check-a-post/")
    assert page.context["form"].initial["council"] == "welwyn-hatfield"
