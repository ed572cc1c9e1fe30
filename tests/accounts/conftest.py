"""People who sign in: a councillor and a Monitoring Officer, each with a known password."""

import pytest

from nolan.councils.models import Role
from tests.factories import CouncilFactory, MemberFactory, RoleFactory, UserFactory


@pytest.fixture
def council(db):
    return CouncilFactory(slug="welwyn-hatfield")


@pytest.fixture
def councillor(council):
    user = UserFactory(username="councillor", email="councillor@example.org")
    MemberFactory(council=council, user=user)
    RoleFactory(user=user, council=council, kind=Role.Kind.COUNCILLOR)
    return user


@pytest.fixture
def officer(council):
    """A Monitoring Officer with the back office, who has not yet set up an app."""
    user = UserFactory(username="officer", is_staff=True)
    RoleFactory(user=user, council=council, kind=Role.Kind.MONITORING_OFFICER)
    return user
