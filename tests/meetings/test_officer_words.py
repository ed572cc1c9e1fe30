"""The clerk's and Monitoring Officer's meeting page in their own words (issue 11): its
"Why" column said "land you registered" of a member the officer is reading about."""

import pytest

from tests.meetings.test_pages import _url, build
from tests.registers.test_plain_words import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    """A meeting with an item on land Cllr Alice registered, and its clerk."""
    return build("welwyn-hatfield")


def test_the_officer_reads_why_of_the_member_and_the_member_reads_it_of_themself(
    client,
    setting,
):
    client.force_login(setting["clerk"])
    officer = visible_text(client.get(_url("manage-meeting", setting, setting["meeting"].pk)))
    assert "land the member registered appears" in officer
    assert "you registered" not in officer
    user, _ = setting["people"]["alice"]
    client.force_login(user)
    own = visible_text(client.get(_url("my-prompts", setting)))
    assert "land you registered appears" in own and "the member registered" not in own
