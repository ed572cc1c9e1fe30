"""A councillor answers a meeting prompt "this is not related to me" (issue 11).

Prompts offered only the question flow, so a councillor matched to an item through another
Home Farm could not say so, and learned to ignore prompts. The answer is theirs alone to
give, through ``services.dismiss_prompt``; it is kept with who gave it and when, sets the
prompt apart on their page, and shows to the clerk and Monitoring Officer beside the prompt
on the meeting's page (without its note where the interest is withheld as sensitive).
"""

import pytest

from nolan.core.matching.matcher import match
from nolan.councils.models import Role
from nolan.history import Action
from nolan.meetings import prompts, services
from nolan.meetings.models import PromptDismissal
from tests.factories import CommitteeFactory, CouncilFactory, RoleFactory
from tests.meetings.factories import AgendaItemFactory, MeetingFactory
from tests.meetings.test_pages import _entry, _url, build

pytestmark = pytest.mark.django_db

NOTE = "A different Church Street: mine is in Hatfield"


@pytest.fixture
def setting():
    return build("welwyn-hatfield")


def _alice(setting):
    user, member = setting["people"]["alice"]
    return user, member, setting["entries"]["alice"]


def _dismiss_url(setting, entry):
    return _url("dismiss-prompt", setting, setting["item"].pk, entry.pk)


def _meeting_page(client, setting, user):
    client.force_login(user)
    return client.get(_url("manage-meeting", setting, setting["meeting"].pk)).content.decode()


def test_the_prompt_and_the_meetings_page_offer_not_related(client, setting):
    user, _, entry = _alice(setting)
    client.force_login(user)
    prompt = client.get(_url("prompt", setting, setting["item"].pk, entry.pk)).content.decode()
    assert _dismiss_url(setting, entry) in prompt
    assert _dismiss_url(setting, entry) in client.get(_url("my-prompts", setting)).content.decode()


def test_asking_shows_the_item_and_changes_nothing(client, setting):
    user, _, entry = _alice(setting)
    client.force_login(user)
    page = client.get(_dismiss_url(setting, entry))
    assert page.status_code == 200
    assert setting["item"].title in page.content.decode()
    assert not PromptDismissal.objects.exists()


def test_answering_records_who_when_and_why_and_sets_the_prompt_apart(client, setting):
    user, _, entry = _alice(setting)
    client.force_login(user)
    response = client.post(_dismiss_url(setting, entry), {"note": NOTE})
    assert response.status_code == 302 and response["Location"] == _url("my-prompts", setting)
    dismissal = PromptDismissal.objects.get()
    assert (dismissal.item, dismissal.entry, dismissal.dismissed_by, dismissal.note) == (
        setting["item"],
        entry,
        user,
        NOTE,
    )
    assert dismissal.dismissed_at is not None
    assert dismissal.history.get().history_change_reason == Action.DISMISS_PROMPT
    page = client.get(_url("my-prompts", setting)).content.decode()
    assert 'class="govuk-details nolan-dismissed"' in page
    assert "nolan-prompt" not in page  # no longer among the prompts still to answer
    prompt = client.get(_url("prompt", setting, setting["item"].pk, entry.pk)).content.decode()
    assert 'id="not-related"' in prompt and NOTE in prompt
    assert _dismiss_url(setting, entry) not in prompt


@pytest.mark.parametrize("who", ["monitoring_officer", "clerk"])
def test_the_officers_see_the_answer_beside_the_prompt(client, setting, who):
    user, _, entry = _alice(setting)
    services.dismiss_prompt(user, item=setting["item"], entry=entry, note=NOTE)
    page = _meeting_page(client, setting, _as(setting, who))
    assert "Not related, said by Cllr Alice on " in page
    assert NOTE in page


def test_a_sensitive_interests_note_is_not_shown_to_officers(client, setting):
    bob, _ = setting["people"]["bob"]
    services.dismiss_prompt(bob, item=setting["item"], entry=setting["entries"]["bob"], note=NOTE)
    page = _meeting_page(client, setting, setting["clerk"])
    assert "Not related, said by Cllr Bob on " in page
    assert NOTE not in page


@pytest.mark.parametrize("who", ["clerk", "monitoring_officer", "other_councillor"])
def test_no_one_else_may_answer_for_the_member(setting, who):
    _, _, entry = _alice(setting)
    with pytest.raises(services.MeetingsError) as refused:
        services.dismiss_prompt(_as(setting, who), item=setting["item"], entry=entry)
    assert refused.value.code == "not-allowed"
    assert not PromptDismissal.objects.exists()


def test_another_councillor_cannot_reach_the_members_answer_page(client, setting):
    bob, _ = setting["people"]["bob"]
    client.force_login(bob)
    url = _dismiss_url(setting, setting["entries"]["alice"])
    assert client.get(url).status_code == 404
    assert client.post(url, {"note": "x"}).status_code == 404
    assert not PromptDismissal.objects.exists()


def test_an_answer_is_given_once_and_only_for_the_members_own_council(setting):
    user, _, entry = _alice(setting)
    services.dismiss_prompt(user, item=setting["item"], entry=entry)
    with pytest.raises(services.MeetingsError) as twice:
        services.dismiss_prompt(user, item=setting["item"], entry=entry)
    assert twice.value.code == "already-dismissed"
    bexley = CommitteeFactory(council=CouncilFactory(slug="bexley"))
    elsewhere = AgendaItemFactory(meeting=MeetingFactory(committee=bexley))
    with pytest.raises(services.MeetingsError) as other:
        services.dismiss_prompt(user, item=elsewhere, entry=entry)
    assert other.value.code == "other-council"


def test_an_answer_is_refused_for_an_interest_nolan_never_asked_about(setting):
    user, member, _ = _alice(setting)
    unpaired = _entry(member, category="charity", land_address="", body_name="Oakfield Trust")
    with pytest.raises(services.MeetingsError) as refused:
        services.dismiss_prompt(user, item=setting["item"], entry=unpaired)
    assert refused.value.code == "not-prompted"
    assert not PromptDismissal.objects.exists()


def test_an_interest_nolan_never_asked_about_has_no_answer_page(client, setting):
    user, member, _ = _alice(setting)
    unpaired = _entry(member, category="charity", land_address="", body_name="Oakfield Trust")
    client.force_login(user)
    url = _dismiss_url(setting, unpaired)
    assert client.get(url).status_code == 404
    assert client.post(url, {"note": "x"}).status_code == 404
    assert not PromptDismissal.objects.exists()


@pytest.mark.parametrize(
    ("method", "data", "status"),
    [("get", {}, 200), ("post", {"note": NOTE}, 302), ("post", {"note": "x" * 501}, 400)],
    ids=["shown", "answered", "refused"],
)
def test_the_matcher_runs_once_for_an_answer(client, setting, monkeypatch, method, data, status):
    """The page and the service both need to know that Nolan made the prompt; the matcher
    is asked once whichever answers it, not once by each."""
    user, _, entry = _alice(setting)
    asked = []

    def counted(*args, **kwargs):
        asked.append(args)
        return match(*args, **kwargs)

    monkeypatch.setattr(prompts, "match", counted)
    client.force_login(user)
    response = getattr(client, method)(_dismiss_url(setting, entry), data)
    assert response.status_code == status
    assert len(asked) == 1


def test_a_note_too_long_to_keep_is_refused_on_the_form(client, setting):
    user, _, entry = _alice(setting)
    client.force_login(user)
    response = client.post(_dismiss_url(setting, entry), {"note": "x" * 501})
    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()
    with pytest.raises(services.MeetingsError) as refused:
        services.dismiss_prompt(user, item=setting["item"], entry=entry, note="x" * 501)
    assert refused.value.code == "too-long"
    assert not PromptDismissal.objects.exists()


# --- taking the answer back ---------------------------------------------------------------

WHY_BACK = "Clicked the wrong link: the dwellings back onto my land"


def _withdraw_url(setting, entry):
    return _url("withdraw-dismissal", setting, setting["item"].pk, entry.pk)


def test_a_member_who_said_not_related_is_offered_to_take_it_back(client, setting):
    user, _, entry = _alice(setting)
    client.force_login(user)
    assert (
        _withdraw_url(setting, entry)
        not in client.get(_url("my-prompts", setting)).content.decode()
    )
    services.dismiss_prompt(user, item=setting["item"], entry=entry, note=NOTE)
    prompt = client.get(_url("prompt", setting, setting["item"].pk, entry.pk)).content.decode()
    assert _withdraw_url(setting, entry) in prompt
    assert _withdraw_url(setting, entry) in client.get(_url("my-prompts", setting)).content.decode()
    page = client.get(_withdraw_url(setting, entry))
    assert page.status_code == 200
    assert setting["item"].title in page.content.decode() and NOTE in page.content.decode()
    assert PromptDismissal.objects.standing().count() == 1


def test_taking_the_answer_back_asks_again_and_keeps_the_answer_with_who_and_why(client, setting):
    user, _, entry = _alice(setting)
    services.dismiss_prompt(user, item=setting["item"], entry=entry, note=NOTE)
    client.force_login(user)
    response = client.post(_withdraw_url(setting, entry), {"note": WHY_BACK}, follow=True)
    prompt_url = _url("prompt", setting, setting["item"].pk, entry.pk)
    assert response.redirect_chain == [(prompt_url, 302)]
    page = response.content.decode()
    assert "You took back your answer" in page
    assert 'id="not-related"' not in page
    assert _dismiss_url(setting, entry) in page  # the question "not related?" is open again
    mine = client.get(_url("my-prompts", setting)).content.decode()
    assert "nolan-prompt" in mine and "nolan-dismissed" not in mine
    kept = PromptDismissal.objects.get()
    assert (kept.note, kept.withdrawn_by, kept.withdrawal_note) == (NOTE, user, WHY_BACK)
    assert kept.withdrawn_at >= kept.dismissed_at
    assert [h.history_change_reason for h in kept.history.order_by("history_date")] == [
        Action.DISMISS_PROMPT,
        Action.WITHDRAW_DISMISSAL,
    ]


@pytest.mark.parametrize("who", ["monitoring_officer", "clerk"])
def test_the_officers_see_that_the_answer_was_taken_back(client, setting, who):
    user, _, entry = _alice(setting)
    services.dismiss_prompt(user, item=setting["item"], entry=entry, note=NOTE)
    services.withdraw_dismissal(user, item=setting["item"], entry=entry, note=WHY_BACK)
    page = _meeting_page(client, setting, _as(setting, who))
    alices_row = next(row for row in page.split("<tr") if "Cllr Alice" in row)
    assert "Said not related on " in alices_row
    assert ", then taken back by Cllr Alice on " in alices_row
    assert WHY_BACK in alices_row
    assert "Not related, said by" not in alices_row  # the answer no longer stands


def test_a_sensitive_interests_reason_for_taking_back_is_not_shown_to_officers(client, setting):
    bob, _ = setting["people"]["bob"]
    entry = setting["entries"]["bob"]
    services.dismiss_prompt(bob, item=setting["item"], entry=entry)
    services.withdraw_dismissal(bob, item=setting["item"], entry=entry, note=WHY_BACK)
    page = _meeting_page(client, setting, setting["clerk"])
    assert ", then taken back by Cllr Bob on " in page
    assert WHY_BACK not in page


@pytest.mark.parametrize("who", ["clerk", "monitoring_officer", "other_councillor"])
def test_no_one_else_may_take_the_members_answer_back(setting, who):
    user, _, entry = _alice(setting)
    services.dismiss_prompt(user, item=setting["item"], entry=entry)
    with pytest.raises(services.MeetingsError) as refused:
        services.withdraw_dismissal(_as(setting, who), item=setting["item"], entry=entry)
    assert refused.value.code == "not-allowed"
    assert PromptDismissal.objects.standing().count() == 1


def test_only_a_standing_answer_can_be_taken_back_and_then_given_again(client, setting):
    user, _, entry = _alice(setting)
    client.force_login(user)
    assert client.get(_withdraw_url(setting, entry)).status_code == 404
    with pytest.raises(services.MeetingsError) as nothing:
        services.withdraw_dismissal(user, item=setting["item"], entry=entry)
    assert nothing.value.code == "not-dismissed"
    services.dismiss_prompt(user, item=setting["item"], entry=entry, note=NOTE)
    services.withdraw_dismissal(user, item=setting["item"], entry=entry)
    with pytest.raises(services.MeetingsError) as twice:
        services.withdraw_dismissal(user, item=setting["item"], entry=entry)
    assert twice.value.code == "not-dismissed"
    services.dismiss_prompt(user, item=setting["item"], entry=entry, note="Sure now")
    assert (PromptDismissal.objects.withdrawn().count(), PromptDismissal.objects.count()) == (1, 2)


def test_a_reason_too_long_to_keep_is_refused_on_the_form(client, setting):
    user, _, entry = _alice(setting)
    services.dismiss_prompt(user, item=setting["item"], entry=entry)
    client.force_login(user)
    response = client.post(_withdraw_url(setting, entry), {"note": "x" * 501})
    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()
    with pytest.raises(services.MeetingsError) as refused:
        services.withdraw_dismissal(user, item=setting["item"], entry=entry, note="x" * 501)
    assert refused.value.code == "too-long"
    assert PromptDismissal.objects.standing().count() == 1


# --- the member's prompt pages, walked by every role ----------------------------------------

ROLES = [
    "anonymous",
    "member",
    "other_councillor",
    "clerk",
    "monitoring_officer",
    "deputy",
    "independent_person",
]
NOT_A_COUNCILLOR = dict.fromkeys(
    ["clerk", "monitoring_officer", "deputy", "independent_person"], 403
)
# Each page (name, method) with the answer each signed-in role gets; anonymous visitors are
# sent to sign in. The prompt is the member's own: another councillor finds no such page.
WALK = {
    ("prompt", "get"): {"member": 200, "other_councillor": 404} | NOT_A_COUNCILLOR,
    ("dismiss-prompt", "get"): {"member": 200, "other_councillor": 404} | NOT_A_COUNCILLOR,
    ("dismiss-prompt", "post"): {"member": 302, "other_councillor": 404} | NOT_A_COUNCILLOR,
    ("withdraw-dismissal", "get"): {"member": 200, "other_councillor": 404} | NOT_A_COUNCILLOR,
    ("withdraw-dismissal", "post"): {"member": 302, "other_councillor": 404} | NOT_A_COUNCILLOR,
}


def _as(setting, role):
    if role == "member":
        return setting["people"]["alice"][0]
    if role == "other_councillor":
        return setting["people"]["bob"][0]
    if role == "clerk":
        return setting["clerk"]
    kind = {
        "monitoring_officer": Role.Kind.MONITORING_OFFICER,
        "deputy": Role.Kind.DEPUTY,
        "independent_person": Role.Kind.INDEPENDENT_PERSON,
    }[role]
    return RoleFactory(council=setting["council"], kind=kind).user


def test_every_prompt_page_of_the_member_is_in_the_walk():
    from nolan.meetings.urls import urlpatterns

    prompt_pages = {p.name for p in urlpatterns if "<int:entry>" in str(p.pattern)}
    assert prompt_pages == {name for name, _ in WALK}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method"), sorted(WALK))
def test_each_role_reaches_only_the_member_s_own_prompt_pages(client, setting, name, method, role):
    user, _, entry = _alice(setting)
    if name == "withdraw-dismissal":
        services.dismiss_prompt(user, item=setting["item"], entry=entry)
    before = list(PromptDismissal.objects.values_list("pk", "withdrawn_at"))
    if role != "anonymous":
        client.force_login(_as(setting, role))
    url = _url(name, setting, setting["item"].pk, entry.pk)
    response = client.post(url, {"note": ""}) if method == "post" else client.get(url)
    if role == "anonymous":
        assert response.status_code == 302 and "/sign-in/" in response["Location"]
    else:
        assert response.status_code == WALK[(name, method)][role], f"{role} {method} {name}"
    changed = list(PromptDismissal.objects.values_list("pk", "withdrawn_at")) != before
    assert changed == (role == "member" and method == "post")
