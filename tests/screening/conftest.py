"""Signed-in screeners at Welwyn Hatfield and Bexley, and a second councillor."""

import pytest

from nolan.councils.models import Role
from tests.factories import CouncilFactory, MemberFactory, RoleFactory, UserFactory


def councillor(slug: str, username: str):
    council = CouncilFactory(slug=slug)
    user = UserFactory(username=username)
    MemberFactory(council=council, user=user)
    RoleFactory(user=user, council=council, kind=Role.Kind.COUNCILLOR)
    return user


@pytest.fixture
def wh_councillor(db):
    return councillor("welwyn-hatfield", "wh-councillor")


@pytest.fixture
def other_wh_councillor(db):
    return councillor("welwyn-hatfield", "wh-councillor-2")


@pytest.fixture
def bexley_councillor(db):
    return councillor("bexley", "bexley-councillor")


@pytest.fixture
def wh_monitoring_officer(db):
    wh = CouncilFactory(slug="welwyn-hatfield")
    CouncilFactory(slug="northaw-cuffley", principal=wh)
    user = UserFactory(username="wh-mo")
    RoleFactory(user=user, council=wh, kind=Role.Kind.MONITORING_OFFICER)
    return user
