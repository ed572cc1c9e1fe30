"""The back office keeps each council's records to its own officers (issue 8).

Walks every URL the admin site registers, for every record of Welwyn Hatfield (and its
parish), as Bexley's Monitoring Officer: nothing of theirs is shown, no choice offers it,
and nothing posted changes it. History pages are read-only for every officer (an earlier
version is shown with no form at all), and the back office's saves go through the named
services, which record who and why.
"""

import datetime as dt
import re

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from nolan.councils.admin import CouncilScopedAdmin
from nolan.councils.models import Council, Member, Role, Term
from nolan.demo import load_demo
from nolan.meetings.models import Declaration, Dispensation, Meeting
from nolan.registers.models import InterestEntry, Sensitivity

pytestmark = pytest.mark.django_db

WH_COUNCILS = ("welwyn-hatfield", "northaw-cuffley")


@pytest.fixture
def demo():
    load_demo()
    return {u.username: u for u in get_user_model().objects.all()}


def _council_path(model_admin) -> str:
    return getattr(model_admin, "council_path", "council")


def _scoped(model_admin) -> bool:
    return isinstance(model_admin, CouncilScopedAdmin)


def _their_records(model, model_admin):
    """Welwyn Hatfield's records; for an unscoped admin (users, groups), every record."""
    if not _scoped(model_admin):
        return model._default_manager.all()
    path = _council_path(model_admin)
    lookup = "slug__in" if path == "pk" else f"{path}__slug__in"
    return model._default_manager.filter(**{lookup: WH_COUNCILS})


def _snapshot():
    """Every council-scoped record (signing in touches users and the sign-in log)."""
    return {
        model: sorted(
            (sorted(model_to_dict(obj).items(), key=str) for obj in model._default_manager.all()),
            key=str,
        )
        for model, model_admin in admin.site._registry.items()
        if _scoped(model_admin)
    }


# Pages that list or add records rather than show one: they must not show another
# council's records, which the changelist check below tests. An import's template holds
# only its heading row, no record.
LISTING = ("_changelist", "_add", "_import", "_import_template", "_autocomplete")


def _urls_for(model, model_admin, obj):
    """(url name, url) for every URL the model's admin registers, for ``obj``."""
    info = model._meta.app_label, model._meta.model_name
    urls = set()
    for pattern in model_admin.get_urls():
        name = pattern.name or ""
        if not name.startswith(f"{info[0]}_{info[1]}_"):
            continue
        history = getattr(obj, "history", None)
        versions = list(history.values_list("history_id", flat=True)) if history else [1]
        for args in ((), (obj.pk,), *[(obj.pk, v) for v in versions]):
            try:
                urls.add((name, reverse(f"admin:{name}", args=args)))
            except NoReverseMatch:
                continue
    return sorted(urls)


def test_every_admin_url_refuses_another_councils_officer(client, demo):
    entry = InterestEntry.objects.filter(
        member__council__slug="welwyn-hatfield", sensitivity=Sensitivity.AGREED
    ).first()
    assert entry is not None, "the demo has an agreed sensitive interest"
    secret = entry.summary
    client.force_login(demo["bexley-mo"])
    walked = 0
    for model, model_admin in admin.site._registry.items():
        theirs = list(_their_records(model, model_admin)[:3])
        for obj in theirs:
            for name, url in _urls_for(model, model_admin, obj):
                page = client.get(url)
                walked += 1
                if _scoped(model_admin) and name.endswith(LISTING):
                    continue
                body = page.content.decode()
                assert page.status_code in (302, 403, 404), (url, page.status_code)
                assert secret not in body, url
        info = model._meta.app_label, model._meta.model_name
        changelist = client.get(reverse("admin:{}_{}_changelist".format(*info)))
        if not _scoped(model_admin):
            assert changelist.status_code == 403, model
        else:
            shown = set(changelist.context["cl"].result_list)
            assert not shown & set(theirs), model
    assert walked > 100


def test_another_councils_officer_cannot_post_changes(client, demo):
    before = _snapshot()
    client.force_login(demo["bexley-mo"])
    for model, model_admin in admin.site._registry.items():
        for obj in _their_records(model, model_admin)[:2]:
            data = {k: v for k, v in model_to_dict(obj).items() if v is not None}
            data["change_reason"] = "takeover"
            for _, url in _urls_for(model, model_admin, obj):
                client.post(url, data)
    assert _snapshot() == before


def test_forms_offer_only_the_officers_own_councils_records(client, demo):
    client.force_login(demo["bexley-mo"])
    page = client.get(reverse("admin:meetings_meeting_add"))
    committees = page.context["adminform"].form.fields["committee"].queryset
    assert committees.exists()
    assert not committees.exclude(council__slug="bexley").exists()
    page = client.get(reverse("admin:councils_role_add"))
    users = page.context["adminform"].form.fields["user"].queryset
    assert "mo" not in set(users.values_list("username", flat=True))


def test_history_cannot_revert_even_within_the_council(client, demo):
    entry = InterestEntry.objects.filter(
        member__council__slug="welwyn-hatfield", sensitivity=Sensitivity.AGREED
    ).first()
    first = entry.history.earliest("history_date")
    client.force_login(demo["mo"])
    url = reverse("admin:registers_interestentry_simple_history", args=[entry.pk, first.history_id])
    assert client.get(url).status_code == 200
    data = {k: v for k, v in model_to_dict(first.instance).items() if v is not None}
    reverted = client.post(url, {**data, "change_reason": "x"})
    assert reverted.status_code == 405
    entry.refresh_from_db()
    assert entry.sensitivity == Sensitivity.AGREED


def _page_content(page) -> str:
    """The page's own content, without the admin's header (its sign-out form) and sidebar."""
    return page.content.decode().split('<div id="content"')[1].split("<!-- END Content -->")[0]


def test_an_earlier_version_is_shown_to_read_with_no_form_in_every_admin(client, demo):
    client.force_login(demo["mo"])
    shown = 0
    for model, model_admin in admin.site._registry.items():
        if not _scoped(model_admin):
            continue
        if not hasattr(model, "history"):
            continue
        for obj in _their_records(model, model_admin)[:2]:
            first = obj.history.earliest("history_date")
            info = model._meta.app_label, model._meta.model_name
            url = reverse("admin:{}_{}_simple_history".format(*info), args=[obj.pk, first.pk])
            page = client.get(url)
            assert page.status_code == 200, url
            content = _page_content(page)
            for control in ("<form", "<input", "<select", "<textarea", "<button"):
                assert control not in content, (url, control)
            assert "Reason for this change" not in content, url
            assert 'id="history-version"' in content, url
            shown += 1
    assert shown > 10


def test_an_earlier_version_is_not_shown_to_another_councils_officer(client, demo):
    client.force_login(demo["bexley-mo"])
    for model in (Dispensation, Declaration):
        obj = model._default_manager.filter(
            **{f"{admin.site._registry[model].council_path}__slug": "welwyn-hatfield"}
        ).first()
        first = obj.history.earliest("history_date")
        info = model._meta.app_label, model._meta.model_name
        url = reverse("admin:{}_{}_simple_history".format(*info), args=[obj.pk, first.pk])
        page = client.get(url)
        assert page.status_code in (403, 404), url
        assert obj.member.name not in page.content.decode()


def test_own_council_change_goes_through_the_service_with_reason(client, demo):
    member = Member.objects.filter(council__slug="welwyn-hatfield").first()
    client.force_login(demo["mo"])
    url = reverse("admin:councils_member_change", args=[member.pk])
    data = {k: v for k, v in model_to_dict(member).items() if v is not None}
    data.update(
        party="Yorkshire Party",
        change_reason="Changed party at full council",
        **{"terms-TOTAL_FORMS": 0, "terms-INITIAL_FORMS": 0},
        **{"memberships-TOTAL_FORMS": 0, "memberships-INITIAL_FORMS": 0},
    )
    page = client.post(url, data)
    assert page.status_code == 302, page.content[:2000]
    member.refresh_from_db()
    assert member.party == "Yorkshire Party"
    latest = member.history.latest("history_date")
    assert latest.history_user == demo["mo"]
    assert latest.history_change_reason == "Changed party at full council"


def test_officer_cannot_reparent_their_council(client, demo):
    council = Council.objects.get(slug="welwyn-hatfield")
    bexley = Council.objects.get(slug="bexley")
    client.force_login(demo["mo"])
    data = {k: v for k, v in model_to_dict(council).items() if v is not None}
    data.update(tier="parish", principal=bexley.pk, change_reason="x")
    client.post(reverse("admin:councils_council_change", args=[council.pk]), data)
    council.refresh_from_db()
    assert council.principal is None and council.tier == Council.Tier.PRINCIPAL
    assert not Role.objects.filter(user=demo["bexley-mo"], council__slug="welwyn-hatfield").exists()


def test_editing_a_term_recomputes_stored_deadlines(demo):
    from nolan.councils import services

    entry = (
        InterestEntry.objects.filter(member__council__slug="welwyn-hatfield")
        .exclude(due_on=None)
        .first()
    )
    term = Term.objects.filter(member=entry.member).latest("start")
    term.start = term.start - dt.timedelta(days=400)
    before = entry.due_on
    services.save_term(demo["mo"], term, fields=["start"], reason="corrected election date")
    entry.refresh_from_db()
    assert entry.due_on != before
    assert entry.history.latest("history_date").history_change_reason == "recompute_due_dates"


def test_meeting_cannot_be_moved_to_another_councils_committee(demo):
    from nolan.councils.models import Committee
    from nolan.meetings import services

    meeting = Meeting.objects.filter(committee__council__slug="welwyn-hatfield").first()
    meeting.committee = Committee.objects.filter(council__slug="bexley").first()
    with pytest.raises(services.MeetingsError) as refused:
        services.save_meeting(demo["mo"], meeting, fields=["committee"], reason="x")
    assert refused.value.code == "not-allowed"


def test_a_history_address_with_no_id_in_it_is_not_found(client, demo):
    client.force_login(demo["mo"])
    for url in ("/admin/councils/member/abc/history/", "/admin/councils/member/abc/history/1/"):
        assert client.get(url).status_code == 404


def test_an_officer_changes_a_meeting_through_the_service_with_reason(client, demo):
    meeting = Meeting.objects.filter(committee__council__slug="welwyn-hatfield").first()
    client.force_login(demo["mo"])
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    local = timezone.localtime(meeting.starts)
    data = {
        "committee": meeting.committee_id,
        "starts_0": local.strftime("%Y-%m-%d"),
        "starts_1": local.strftime("%H:%M:%S"),
        "venue": "Council Chamber, Campus East",
        "public_may_speak": "on" if meeting.public_may_speak else "",
        "change_reason": "Moved to the chamber",
        "items-TOTAL_FORMS": 0,
        "items-INITIAL_FORMS": 0,
    }
    page = client.post(url, data)
    assert page.status_code == 302, page.content[:2000]
    meeting.refresh_from_db()
    assert meeting.venue == "Council Chamber, Campus East"
    latest = meeting.history.latest("history_date")
    assert (latest.history_user, latest.history_change_reason) == (
        demo["mo"],
        "Moved to the chamber",
    )


def test_every_history_link_on_an_officers_own_records_answers(client, demo):
    """A record's page links to its history only where it has one (issue 11): a committee's
    History link once led to 'not found', when committees were kept without history."""
    client.force_login(demo["mo"])
    for model, model_admin in admin.site._registry.items():
        if not _scoped(model_admin):
            continue
        info = model._meta.app_label, model._meta.model_name
        for obj in _their_records(model, model_admin)[:1]:
            page = client.get(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
            if page.status_code != 200:
                continue
            for href in re.findall(r'href="([^"]*/history/)"', page.content.decode()):
                assert client.get(href).status_code == 200, (model, href)
