"""The back office's Modern.gov address, the daily command, and the officer's pages."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from nolan.councils.models import Council, Member
from nolan.moderngov.models import Source, SyncRun
from tests.moderngov.server import Answer

pytestmark = pytest.mark.django_db

COUNCIL = "welwyn-hatfield"


def add_source(client, user, base_url, reason="Council's Modern.gov site"):
    client.force_login(user)
    council = Council.objects.get(slug=COUNCIL)
    return client.post(
        reverse("admin:moderngov_source_add"),
        {"council": council.pk, "base_url": base_url, "change_reason": reason},
    )


def test_the_monitoring_officer_sets_the_address_once_with_a_reason(client, demo):
    page = add_source(client, demo["mo"], "https://democracy.example.gov.uk/")
    assert page.status_code == 302, page.content[:2000]
    source = Source.objects.get(council__slug=COUNCIL)
    assert source.base_url == "https://democracy.example.gov.uk"
    history = source.history.latest("history_date")
    assert (history.history_user, history.history_change_reason) == (
        demo["mo"],
        "Council's Modern.gov site",
    )


def test_an_address_without_a_reason_is_not_saved(client, demo):
    page = add_source(client, demo["mo"], "https://democracy.example.gov.uk", reason="")
    assert page.status_code == 200
    assert not Source.objects.exists()


def test_in_production_the_address_must_be_https(client, demo, settings):
    settings.DEBUG = False
    page = add_source(client, demo["mo"], "http://democracy.example.gov.uk")
    assert "base_url" in page.context["adminform"].form.errors
    assert not Source.objects.exists()


def test_an_address_with_a_password_in_it_is_not_saved(client, demo):
    # The address is shown on the sync log to every officer of the council.
    page = add_source(client, demo["mo"], "https://clerk:secret@democracy.example.gov.uk")
    assert "base_url" in page.context["adminform"].form.errors
    assert not Source.objects.exists()


def test_another_councils_officer_can_neither_set_nor_see_the_address(client, demo):
    add_source(client, demo["bexley-mo"], "https://evil.example.com")
    assert not Source.objects.exists()
    source = Source.objects.create(
        council=Council.objects.get(slug=COUNCIL), base_url="https://democracy.example.gov.uk"
    )
    changelist = client.get(reverse("admin:moderngov_source_changelist"))
    assert source not in changelist.context["cl"].result_list
    change = client.get(reverse("admin:moderngov_source_change", args=[source.pk]))
    assert change.status_code in (302, 404)


def test_the_daily_command_syncs_every_council_with_an_address(demo, site, capsys):
    council = Council.objects.get(slug=COUNCIL)
    Source.objects.create(council=council, base_url=site.url)
    call_command("sync_moderngov")
    assert "welwyn-hatfield: {'add': 24" in capsys.readouterr().out
    assert Member.objects.filter(council=council, name="Rowan Ashdown").exists()
    assert SyncRun.objects.get().ok


def test_the_daily_command_exits_non_zero_when_a_council_fails(demo, site, capsys):
    Source.objects.create(council=Council.objects.get(slug=COUNCIL), base_url=site.url)
    site.answers["GetCommittees"] = Answer(b"Server Error", status=500)
    with pytest.raises(SystemExit) as failed:
        call_command("sync_moderngov")
    assert failed.value.code == 1
    assert "GetCommittees: the site answered HTTP 500" in capsys.readouterr().err


def test_the_officer_dashboard_shows_the_last_sync_and_the_last_error(client, demo, site):
    client.force_login(demo["mo"])
    dashboard = reverse("register-officer", args=[COUNCIL])
    assert "have not been brought in from Modern.gov" in client.get(dashboard).content.decode()
    call_command("moderngov", COUNCIL, site.url, "--from", "2027-01-01", "--to", "2027-01-31")
    page = client.get(dashboard).content.decode()
    assert "24 added, 2 changed, 0 ended" in page
    site.answers["GetMeeting-5501"] = Answer(b"", status=500)
    with pytest.raises(Exception, match="GetMeeting"):
        call_command("moderngov", COUNCIL, site.url, "--from", "2027-01-01", "--to", "2027-01-31")
    page = client.get(dashboard).content.decode()
    assert "GetMeeting?lMeetingId=5501: the site answered HTTP 500" in page
    assert "Last successful sync" in page
    log = client.get(reverse("moderngov-log", args=[COUNCIL])).content.decode()
    assert "add member Rowan Ashdown" in log and "Nothing was changed" in log


@pytest.mark.parametrize(
    ("username", "status"),
    [
        ("mo", 200),
        ("deputy", 200),
        ("ip", 403),
        ("clerk", 403),
        ("councillor", 403),
        ("bexley-mo", 403),
    ],
)
def test_only_the_councils_officers_see_its_sync_log(client, demo, username, status):
    client.force_login(demo[username])
    assert client.get(reverse("moderngov-log", args=[COUNCIL])).status_code == status
