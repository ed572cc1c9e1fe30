"""Every view declares who may see it, and anonymous visitors reach only the public ones."""

import pytest

from nolan.access import PUBLIC, declared_access
from nolan.councils.models import Member
from nolan.demo import load_demo
from tests.web.url_walk import all_views, concrete


@pytest.fixture
def demo(db):
    load_demo()
    member = (
        Member.objects.select_related("council").filter(council__slug="welwyn-hatfield").first()
    )
    return {
        "council": "welwyn-hatfield",
        "code": "welwyn-hatfield",
        "member": member.slug,
    }


@pytest.mark.parametrize(("route", "pattern"), all_views(), ids=[r for r, _ in all_views()])
def test_every_view_declares_who_may_see_it(route, pattern):
    assert declared_access(pattern.callback), f"{route} declares no access rule"


@pytest.mark.parametrize(("route", "pattern"), all_views(), ids=[r for r, _ in all_views()])
def test_anonymous_visitor_reaches_only_public_views(client, demo, route, pattern):
    response = client.get(concrete(route, demo))
    rule = declared_access(pattern.callback)
    refused = response.status_code in (401, 403) or (
        response.status_code == 302 and "/sign-in/" in response["Location"]
    )
    if rule == PUBLIC:
        assert not refused, f"public view {route} refused an anonymous visitor"
        assert response.status_code < 500
    else:
        assert refused, f"{route} ({rule}) answered {response.status_code} to an anonymous visitor"


def test_back_office_refuses_anonymous_visitors(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
