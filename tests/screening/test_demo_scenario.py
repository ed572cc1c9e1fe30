"""Issue 5, "Done means": a Welwyn Hatfield councillor in the demo blames a named officer
and leaks the preferred bidder of an exempt disposal, sees both findings with Welwyn
Hatfield's paragraphs, rewrites the post and sees it pass.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from nolan.councils.models import Council
from nolan.demo import load_demo
from nolan.screening.demo import load_demo_screening
from nolan.screening.models import Election, Officer

DRAFT = (
    "Priya Natarajan has made a total mess of the Campus West decision. And the preferred "
    "bidder for the Town Centre North site is Hightown Homes, so there."
)
REWRITE = "The Campus West decision is a total mess, and the cabinet should think again."


@pytest.fixture
def demo(db):
    load_demo()


def test_demo_gives_welwyn_hatfield_its_officers_and_a_future_election(demo):
    assert Officer.objects.filter(
        council__slug="welwyn-hatfield", name="Priya Natarajan", role="Head of Planning"
    ).exists()
    assert Election.objects.filter(
        council__slug="welwyn-hatfield", poll_date__gt=timezone.localdate()
    ).exists()


def test_loading_the_demo_twice_changes_nothing(demo):
    counts = (Officer.objects.count(), Election.objects.count())
    load_demo_screening(Council.objects.all())
    assert (Officer.objects.count(), Election.objects.count()) == counts


def test_councillor_sees_officer_and_leak_findings_then_the_rewrite_passes(client, demo):
    client.force_login(get_user_model().objects.get(username="councillor"))
    html = client.post("/check-a-post/", {"text": DRAFT, "account": "official"}).content.decode()
    found = re.findall(r'data-category="([a-z_]+)"', html)
    assert "confidentiality" in found
    assert {"officer_impartiality", "respect"} & set(found)
    cited = re.findall(r'href="(/codes/[^"#]+#[^"]+)"', html)
    assert "/codes/welwyn-hatfield/#code-confidentiality-1" in cited
    assert "/codes/welwyn-hatfield/social-media/#smp-7-3-d" in cited
    assert all(link.startswith("/codes/welwyn-hatfield/") for link in cited)

    html = client.post("/check-a-post/", {"text": REWRITE, "account": "official"}).content.decode()
    assert re.findall(r'data-category="([a-z_]+)"', html) == []
    assert 'id="nothing-found"' in html


def _findings(client, text: str) -> tuple[list[str], str]:
    html = client.post("/check-a-post/", {"text": text, "account": "official"}).content.decode()
    return re.findall(r'data-category="([a-z_]+)"', html), html


def test_the_demo_catches_what_issue_9_names_and_passes_counter_speech(client, demo):
    """Issue 9, "Done means": a threat, an attack on an officer by first name and a closed
    mind in paraphrase are caught; a post quoting abuse to condemn it passes."""
    client.force_login(get_user_model().objects.get(username="councillor"))
    threat, _ = _findings(client, "Whoever voted for the Hatfield car park charges should be shot.")
    assert "bullying" in threat
    officer, html = _findings(
        client, "priya has sat on our Campus West complaints for months. Useless."
    )
    assert "officer_impartiality" in officer
    assert "/codes/welwyn-hatfield/social-media/#smp-7-3-d" in html
    closed, _ = _findings(
        client,
        "Home Farm comes to planning next week. Why would I bother reading the report? "
        "Those four houses are finished before the meeting starts.",
    )
    assert "predetermination" in closed
    condemned, html = _findings(
        client,
        'Someone shouted "go back where you came from" at a Hatfield bus driver today. '
        "That is racist abuse and I have reported it to the police.",
    )
    assert condemned == [] and 'id="nothing-found"' in html
