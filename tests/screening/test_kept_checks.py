"""A councillor's kept checks: opened as they were made, deleted after confirming, and only
ever by the councillor who kept them (issue 11: kept checks could be listed but not opened
or deleted)."""

import re

import pytest
from django.urls import reverse

from nolan.history import Action
from nolan.screening import services
from nolan.screening.models import ScreeningCheck
from tests.screening.test_check_page import ABUSE, categories, check

pytestmark = pytest.mark.django_db


def kept(client, user, text=ABUSE) -> ScreeningCheck:
    check(client, user, text, keep="on")
    return ScreeningCheck.objects.filter(user=user).latest("created_at")


def test_the_list_links_each_kept_check_to_open_and_to_delete(client, wh_councillor):
    saved = kept(client, wh_councillor)
    html = client.get("/check-a-post/").content.decode()
    assert f'href="{reverse("kept-check", args=[saved.pk])}"' in html
    assert f'href="{reverse("delete-kept-check", args=[saved.pk])}"' in html


def test_a_kept_check_opens_with_its_findings_and_citations(client, wh_councillor):
    saved = kept(client, wh_councillor)
    response = client.get(reverse("kept-check", args=[saved.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert categories(response) == ["respect"]
    assert "/codes/welwyn-hatfield/#code-respect-1" in html
    assert "Cllr Jones is a lying, disgusting <mark>pig</mark>" in html


def test_a_kept_check_shows_what_was_found_then_not_what_would_be_found_now(client, wh_councillor):
    saved = kept(client, wh_councillor)
    finding = saved.result["findings"][0]
    saved.result["findings"][0] = finding | {"explanation": "What the rules said back then."}
    saved.result["findings"].append(
        finding
        | {
            "rule": "gone",
            "paragraphs": [{"key": "code.gone", "citation": "paragraph 99", "anchor": "code-gone"}],
        }
    )
    saved.save(update_fields=["result"])
    html = client.get(reverse("kept-check", args=[saved.pk])).content.decode()
    assert "What the rules said back then." in html
    assert "paragraph 99 (no longer in the code)" in html


def test_deleting_asks_first_and_changes_nothing_until_confirmed(client, wh_councillor):
    saved = kept(client, wh_councillor)
    page = client.get(reverse("delete-kept-check", args=[saved.pk]))
    assert page.status_code == 200
    assert re.search(r'<form method="post"', page.content.decode())
    assert ScreeningCheck.objects.filter(pk=saved.pk).exists()


def test_confirming_deletes_the_check_and_records_who_without_the_draft(client, wh_councillor):
    saved = kept(client, wh_councillor)
    response = client.post(reverse("delete-kept-check", args=[saved.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("check-a-post")
    assert not ScreeningCheck.objects.filter(pk=saved.pk).exists()
    deleted = ScreeningCheck.history.get(id=saved.pk, history_type="-")
    assert (deleted.history_user, deleted.history_change_reason) == (
        wh_councillor,
        Action.DELETE_CHECK,
    )
    kept_row = ScreeningCheck.history.get(id=saved.pk, history_type="+")
    assert kept_row.history_change_reason == Action.KEEP_CHECK
    assert not hasattr(deleted, "text") and not hasattr(deleted, "result")
    assert "deleted" in client.get(reverse("check-a-post")).content.decode()


def test_another_councillor_can_neither_open_nor_delete_it(
    client, wh_councillor, other_wh_councillor
):
    saved = kept(client, wh_councillor)
    client.force_login(other_wh_councillor)
    assert client.get(reverse("kept-check", args=[saved.pk])).status_code == 404
    assert client.get(reverse("delete-kept-check", args=[saved.pk])).status_code == 404
    assert client.post(reverse("delete-kept-check", args=[saved.pk])).status_code == 404
    assert ScreeningCheck.objects.filter(pk=saved.pk).exists()


@pytest.mark.parametrize("who", ["other_wh_councillor", "wh_monitoring_officer", "superuser"])
def test_the_service_refuses_anyone_but_the_councillor_who_kept_it(
    client, wh_councillor, who, request, django_user_model
):
    saved = kept(client, wh_councillor)
    if who == "superuser":
        by = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    else:
        by = request.getfixturevalue(who)
    with pytest.raises(services.ScreeningError) as refused:
        services.delete_check(by, saved)
    assert refused.value.code == "not-your-check"
    assert ScreeningCheck.objects.filter(pk=saved.pk).exists()
