import pytest

from tests.registers.factories import councillor


@pytest.fixture
def member(db):
    return councillor()
