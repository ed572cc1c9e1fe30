"""The Monitoring Officer gives a councillor of their own council an account (walk item 11).
The home page promised "users" in the back office, whose user pages an officer cannot open,
and "Add role" offered only existing accounts: an officer could not let a councillor in to
keep their own register. Now the Monitoring Officer or deputy gives a member without an
account one (``nolan.councils.services.give_member_account``): a councillor's role there and
nothing more, with a link e-mailed to the member to choose their own password, so the officer
never knows it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from nolan.councils import services
from nolan.councils.models import Role
from tests.factories import CouncilFactory, MemberFactory, RoleFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def wh():
    council = CouncilFactory(slug="welwyn-hatfield")
    mo = UserFactory(username="mo")
    RoleFactory(user=mo, council=council, kind=Role.Kind.MONITORING_OFFICER)
    member = MemberFactory(council=council, name="Bridget Osei", email="b.osei@example.org")
    return {"council": council, "mo": mo, "member": member}


def _give(by, member, username="bridget.osei", email="b.osei@example.org"):
    return services.give_member_account(by, member, username=username, email=email)


def test_the_monitoring_officer_gives_a_member_a_councillors_account(
    client, wh, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        user = _give(wh["mo"], wh["member"])
    wh["member"].refresh_from_db()
    assert wh["member"].user == user
    assert list(user.roles.values_list("council__slug", "kind")) == [
        ("welwyn-hatfield", Role.Kind.COUNCILLOR)
    ]
    assert not user.has_usable_password() and not user.is_staff and not user.is_superuser
    (sent,) = mail.outbox
    assert sent.to == ["b.osei@example.org"]
    link = re.search(r"https?://\S+/password-reset/\S+/\S+/", sent.body)[0]
    path = link.split("://", 1)[1].split("/", 1)[1]
    chosen = client.get("/" + path, follow=True)
    assert chosen.status_code == 200 and "new_password1" in chosen.content.decode()
    # The link stops working once used; the sign-in page's "Forgotten your password?" then
    # sends another, though no password has been chosen yet.
    mail.outbox.clear()
    client.post(reverse("password_reset"), {"email": "b.osei@example.org"})
    assert [m.to for m in mail.outbox] == [["b.osei@example.org"]]
    last = wh["member"].history.first()
    assert (last.history_user, last.history_change_reason) == (wh["mo"], "give_account")


@pytest.mark.parametrize(
    ("username", "email", "code", "field"),
    [
        ("", "b.osei@example.org", "missing-field", "username"),
        ("bridget osei!", "b.osei@example.org", "bad-username", "username"),
        ("MO", "b.osei@example.org", "username-taken", "username"),
        ("bridget.osei", "not an address", "bad-email", "email"),
    ],
)
def test_an_account_needs_a_free_username_and_an_email_address(wh, username, email, code, field):
    with pytest.raises(services.CouncilsError) as refused:
        _give(wh["mo"], wh["member"], username=username, email=email)
    assert (refused.value.code, refused.value.field) == (code, field)
    assert refused.value.message[0].isupper()
    assert not get_user_model().objects.filter(username__iexact="bridget.osei").exists()


def test_a_member_with_an_account_is_not_given_another(wh):
    _give(wh["mo"], wh["member"])
    with pytest.raises(services.CouncilsError) as refused:
        _give(wh["mo"], wh["member"], username="another")
    assert refused.value.code == "has-account"


@pytest.mark.parametrize("who", ["bexley-mo", "clerk", "councillor"])
def test_only_the_members_councils_officers_may(wh, who):
    council = CouncilFactory(slug="bexley") if who == "bexley-mo" else wh["council"]
    kind = {"bexley-mo": Role.Kind.MONITORING_OFFICER, "clerk": Role.Kind.CLERK}.get(
        who, Role.Kind.COUNCILLOR
    )
    by = RoleFactory(council=council, kind=kind).user
    with pytest.raises(services.CouncilsError) as refused:
        _give(by, wh["member"])
    assert refused.value.code == "not-allowed"
    assert wh["member"].user is None and not mail.outbox


def test_the_pages_list_who_has_an_account_and_give_one(client, wh):
    client.force_login(wh["mo"])
    listing = reverse("councillor-accounts", args=["welwyn-hatfield"])
    page = client.get(listing).content.decode()
    give = reverse("give-account", args=["welwyn-hatfield", wh["member"].slug])
    assert give in page
    form = client.get(give).content.decode()
    assert 'value="b.osei@example.org"' in form
    empty = client.post(give, {"username": "", "email": ""})
    assert empty.status_code == 400
    messages = [str(e) for errors in empty.context["form"].errors.values() for e in errors]
    assert messages and "This field is required." not in messages
    done = client.post(give, {"username": "bridget.osei", "email": "b.osei@example.org"})
    assert done.status_code == 302
    assert "bridget.osei" in client.get(listing).content.decode()


def test_the_home_page_promises_the_monitoring_officer_what_they_can_do(client, wh):
    client.force_login(wh["mo"])
    home = client.get("/").content.decode()
    assert "users and imports" not in home
    assert reverse("councillor-accounts", args=["welwyn-hatfield"]) in home
