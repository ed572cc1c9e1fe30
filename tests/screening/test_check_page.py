"""The "Check a post" page: findings with the council's own paragraphs, drafts kept only
on request, and kept checks private to the councillor who kept them."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from nolan.councils.models import Role
from nolan.screening.models import Election, ScreeningCheck
from tests.factories import CouncilFactory, RoleFactory, UserFactory

ABUSE = "Cllr Jones is a lying, disgusting pig and everyone knows it."
CLEAN = "This idiotic parking policy is a bloody shambles and the cabinet must scrap it."
URL = "/check-a-post/"


def check(client, user, text, **extra):
    client.force_login(user)
    return client.post(URL, {"text": text, "account": "official", **extra})


def categories(response) -> list[str]:
    return re.findall(r'data-category="([a-z_]+)"', response.content.decode())


def links(response) -> set[str]:
    return set(re.findall(r'href="(/codes/[^"]+)"', response.content.decode()))


def test_a_welwyn_hatfield_councillor_sees_welwyn_hatfields_paragraphs(client, wh_councillor):
    response = check(client, wh_councillor, ABUSE)
    assert response.status_code == 200
    assert categories(response) == ["respect"]
    cited = links(response)
    assert "/codes/welwyn-hatfield/#code-respect-1" in cited
    assert any(link.startswith("/codes/welwyn-hatfield/social-media/#") for link in cited)
    assert all(link.startswith("/codes/welwyn-hatfield/") for link in cited)


def test_a_bexley_councillor_sees_bexleys_paragraphs_for_the_same_post(
    client, bexley_councillor, wh_councillor
):
    bexley = links(check(client, bexley_councillor, ABUSE))
    assert all(link.startswith("/codes/bexley/") for link in bexley)
    assert any(link.startswith("/codes/bexley/social-media/#") for link in bexley)
    wh = links(check(client, wh_councillor, ABUSE))
    protocol_anchors = {link.split("#")[1] for link in bexley if "social-media" in link}
    assert protocol_anchors != {link.split("#")[1] for link in wh if "social-media" in link}


def test_each_cited_paragraph_exists_on_the_linked_page(client, wh_councillor):
    for link in links(check(client, wh_councillor, ABUSE)):
        page, anchor = link.split("#")
        assert f'id="{anchor}"' in client.get(page).content.decode(), link


def test_the_finding_is_highlighted_in_the_draft_with_its_number(client, wh_councillor):
    html = check(client, wh_councillor, ABUSE).content.decode()
    marked = re.findall(r"<mark>(.*?)</mark>", html)
    assert marked and all(part in ABUSE for part in marked)
    assert 'href="#finding-1"' in html and 'id="finding-1"' in html
    assert 'data-severity="high"' in html or 'data-severity="medium"' in html


def test_fierce_criticism_of_a_policy_shows_nothing_found(client, wh_councillor):
    response = check(client, wh_councillor, CLEAN)
    assert categories(response) == []
    assert 'id="nothing-found"' in response.content.decode()


def test_the_capacity_assessment_is_shown_with_its_reasons(client, wh_councillor):
    response = check(client, wh_councillor, CLEAN, account="personal")
    assert re.search(r'data-capacity="(official|private|unclear)"', response.content.decode())
    assert "personal account" in response.content.decode()


def test_drafts_are_not_stored_unless_the_councillor_asks(client, wh_councillor):
    check(client, wh_councillor, ABUSE)
    assert ScreeningCheck.objects.count() == 0
    check(client, wh_councillor, ABUSE, keep="on")
    kept = ScreeningCheck.objects.get()
    assert (kept.user, kept.text, kept.council.slug) == (wh_councillor, ABUSE, "welwyn-hatfield")
    assert [f["category"] for f in kept.result["findings"]] == ["respect"]


def test_a_councillor_never_sees_another_councillors_kept_checks(
    client, wh_councillor, other_wh_councillor
):
    check(client, other_wh_councillor, "A secret draft about the bins", keep="on")
    check(client, wh_councillor, "My own kept draft", keep="on")
    client.force_login(wh_councillor)
    html = client.get(URL).content.decode()
    assert "My own kept draft" in html
    assert "A secret draft about the bins" not in html


def test_an_empty_draft_is_refused_with_a_named_error_and_nothing_screened(client, wh_councillor):
    response = check(client, wh_councillor, "", keep="on")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="govuk-error-summary"' in html and 'href="#id_text"' in html
    assert "What we found" not in html
    assert ScreeningCheck.objects.count() == 0


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and "/sign-in/" in response["Location"]


@pytest.mark.parametrize("kind", [Role.Kind.INDEPENDENT_PERSON, Role.Kind.CLERK])
def test_other_roles_may_not_use_the_page(client, db, kind):
    user = UserFactory()
    RoleFactory(user=user, council=CouncilFactory(), kind=kind)
    client.force_login(user)
    assert client.get(URL).status_code == 403


def test_a_monitoring_officer_may_check_against_a_parish_code(client, wh_monitoring_officer):
    response = check(client, wh_monitoring_officer, ABUSE, council="northaw-cuffley")
    cited = links(response)
    assert cited and all(link.startswith("/codes/lga-2020/") for link in cited)


def test_a_monitoring_officer_may_not_pick_a_council_they_do_not_act_for(
    client, wh_monitoring_officer
):
    CouncilFactory(slug="bexley")
    response = check(client, wh_monitoring_officer, ABUSE, council="bexley")
    assert 'href="#id_council_0"' in response.content.decode()
    assert categories(response) == []


def test_a_council_account_post_about_a_councillor_is_flagged_only_in_the_pre_election_period(
    client, wh_councillor
):
    text = "Cllr Fairweather opened the new play area in Haldens today."
    assert "election" not in categories(check(client, wh_councillor, text, account="council"))
    today = timezone.localdate()
    Election.objects.create(
        council=CouncilFactory(slug="welwyn-hatfield"),
        poll_date=today + dt.timedelta(days=10),
        pre_election_from=today - dt.timedelta(days=20),
    )
    assert "election" in categories(check(client, wh_councillor, text, account="council"))
