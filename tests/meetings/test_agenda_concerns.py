"""An agenda item's wards, organisations and addresses are set apart on the clerk's and
Monitoring Officer's meeting page (issue 11): at 390 pixels "Concerns: Welwyn East Land at
Home Farm, Kimpton Road" ran a ward and an address together as one place."""

import pytest

from tests.meetings.factories import AgendaItemFactory
from tests.meetings.test_pages import _url, build
from tests.registers.test_plain_words import visible_text

pytestmark = pytest.mark.django_db


def test_each_place_an_item_concerns_is_set_apart(client):
    setting = build("welwyn-hatfield")
    AgendaItemFactory(
        meeting=setting["meeting"],
        title="Home Farm barns",
        wards="Welwyn East",
        organisations="Kimpton Parish Council",
        addresses="Land at Home Farm, Kimpton Road",
    )
    client.force_login(setting["clerk"])
    page = visible_text(client.get(_url("manage-meeting", setting, setting["meeting"].pk)))
    assert "Welwyn East; Kimpton Parish Council; Land at Home Farm, Kimpton Road" in page
