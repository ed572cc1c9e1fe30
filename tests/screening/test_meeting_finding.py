"""A draft checked while a meeting sits, on the "Check a post" page (issue 11).

Nolan's meetings have no end time, so ``context_for`` lists no meetings yet (its docstring
says why); these tests give the page a context with one, as a council's would be once
meetings carry their end, and check what the councillor reads.
"""

import datetime as dt
import re

from django.utils import timezone

from nolan.core.screening.model import Context, Meeting
from nolan.screening import services

URL = "/check-a-post/"
DRAFT = "Great turnout for the Broadway car park item tonight."


def sitting_now(monkeypatch):
    now = timezone.now()
    meeting = Meeting(
        "Planning Committee", now - dt.timedelta(hours=1), now + dt.timedelta(hours=1)
    )
    monkeypatch.setattr(
        services, "context_for", lambda council, now=None: Context(meetings=(meeting,))
    )


def test_a_bexley_councillor_checking_a_draft_during_a_meeting_is_shown_policy_5(
    client, bexley_councillor, monkeypatch
):
    sitting_now(monkeypatch)
    client.force_login(bexley_councillor)
    html = client.post(URL, {"text": DRAFT, "account": "official"}).content.decode()
    assert re.findall(r'data-category="([a-z_]+)"', html) == ["respect"]
    assert "Planning Committee" in html
    assert 'href="/codes/bexley/social-media/#smp-5"' in html
    # The finding is about when, not about any words: no empty quote, nothing highlighted.
    assert "About: &ldquo;&rdquo;" not in html
    assert "<mark>" not in html
