"""The sync log and the dashboard's Modern.gov box pass axe-core (WCAG 2.2 AA)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from nolan.moderngov.models import Source, SyncRun
from tests.factories import PASSWORD, CouncilFactory
from tests.registers.factories import officer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def mo(transactional_db):
    council = CouncilFactory(slug="welwyn-hatfield")
    Source.objects.create(council=council, base_url="https://democracy.example.gov.uk")
    now = timezone.now()
    SyncRun.objects.create(
        council=council,
        base_url="https://democracy.example.gov.uk",
        started=now - dt.timedelta(days=1),
        finished=now - dt.timedelta(days=1),
        ok=True,
        added=2,
        changes=["add member Rowan Ashdown", "add committee Cabinet"],
        notes=["Cabinet, 19/01/2027, item 4 (Staffing matter) is restricted in Modern.gov"],
    )
    SyncRun.objects.create(
        council=council,
        base_url="https://democracy.example.gov.uk",
        started=now,
        finished=now,
        error_code="http-error",
        error="GetCommittees: the site answered HTTP 500",
    )
    return officer(council)


@pytest.mark.parametrize("name", ["moderngov-log", "register-officer"])
def test_sync_pages_have_no_serious_accessibility_violations(axe_violations, mo, name):
    path = reverse(name, args=["welwyn-hatfield"])
    assert axe_violations(path, login=(mo.username, PASSWORD)) == []
