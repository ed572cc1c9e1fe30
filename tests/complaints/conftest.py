import pytest

from nolan.councils.models import Role
from tests.complaints.factories import officer
from tests.factories import CouncilFactory, MemberFactory


@pytest.fixture
def council(db):
    return CouncilFactory()


@pytest.fixture
def member(council):
    return MemberFactory(council=council, email="member@example.org")


@pytest.fixture
def mo(council):
    return officer(council)


@pytest.fixture
def ip(council):
    return officer(council, Role.Kind.INDEPENDENT_PERSON)


@pytest.fixture
def investigator(db):
    """Another authority's Monitoring Officer, appointed to investigate."""
    return officer(CouncilFactory(slug="bexley"))
