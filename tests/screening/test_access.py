"""Every "Check a post" page, walked by every role (issue 11): who may check a post, and who
may open or delete a kept check, which is its councillor's alone.

Councillors, Monitoring Officers and deputies may check posts; clerks and Independent
Persons may not (403) and anonymous visitors are sent to sign in. A kept check answers its
own councillor; to anyone else who may check posts, even the council's Monitoring Officer,
there is no such page (404), so a check's number says nothing about whose it is.
"""

import pytest
from django.urls import get_resolver, reverse

from nolan.councils.models import Role
from nolan.screening.models import ScreeningCheck
from nolan.screening.urls import urlpatterns
from tests.conftest import VerifiedClient
from tests.factories import CouncilFactory, MemberFactory, RoleFactory, UserFactory

ROLES = [
    "anonymous",
    "owner",
    "other_councillor",
    "monitoring_officer",
    "deputy",
    "clerk",
    "independent_person",
]
SCREENERS = {"owner", "other_councillor", "monitoring_officer", "deputy"}
CHECK = {"clerk": 403, "independent_person": 403} | dict.fromkeys(SCREENERS, 200)
KEPT = {"clerk": 403, "independent_person": 403, "owner": 200} | dict.fromkeys(
    SCREENERS - {"owner"}, 404
)
# Each page (name, method) with the answer each signed-in role gets; anonymous visitors are
# sent to sign in (the API, which a script calls, answers 401 or 403 instead).
EXPECTED = {
    ("check-a-post", "get"): CHECK,
    ("check-a-post", "post"): CHECK,
    ("api-screen", "post"): CHECK,
    ("kept-check", "get"): KEPT,
    ("delete-kept-check", "get"): KEPT,
    ("delete-kept-check", "post"): KEPT | {"owner": 302},
}


@pytest.fixture
def world(db):
    council = CouncilFactory(slug="welwyn-hatfield")
    users = {}
    for role in ("owner", "other_councillor"):
        users[role] = UserFactory()
        RoleFactory(user=users[role], council=council, kind=Role.Kind.COUNCILLOR)
        MemberFactory(council=council, user=users[role])
    for role, kind in (
        ("monitoring_officer", Role.Kind.MONITORING_OFFICER),
        ("deputy", Role.Kind.DEPUTY),
        ("clerk", Role.Kind.CLERK),
        ("independent_person", Role.Kind.INDEPENDENT_PERSON),
    ):
        users[role] = RoleFactory(council=council, kind=kind).user
    kept = ScreeningCheck.objects.create(
        user=users["owner"],
        council=council,
        text="A draft",
        result={"id": None, "capacity": {"value": "unclear", "reasons": []}, "findings": []},
    )
    return {"users": users, "kept": kept}


def _request(client, world, name, method):
    args = [world["kept"].pk] if name in ("kept-check", "delete-kept-check") else []
    path = reverse(name, args=args)
    if name == "api-screen":
        return client.post(path, {"text": "Vote for me"}, content_type="application/json")
    data = {"text": "Vote for me", "account": "official"} if name == "check-a-post" else {}
    return getattr(client, method)(path, data) if method == "post" else client.get(path)


def test_every_screening_page_is_in_the_walk():
    assert {p.name for p in urlpatterns} == {name for name, _ in EXPECTED}
    assert all(get_resolver().reverse_dict.getlist(name) for name, _ in EXPECTED)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method"), sorted(EXPECTED))
def test_each_role_reaches_only_the_pages_it_may(world, name, method, role):
    client = VerifiedClient()
    if role != "anonymous":
        client.force_login(world["users"][role])
    response = _request(client, world, name, method)
    if role == "anonymous":
        if name == "api-screen":
            assert response.status_code in (401, 403)
        else:
            assert response.status_code == 302 and "/sign-in/" in response["Location"]
        return
    assert response.status_code == EXPECTED[(name, method)][role], f"{role} {method} {name}"
    deleted = not ScreeningCheck.objects.filter(pk=world["kept"].pk).exists()
    assert deleted == (name == "delete-kept-check" and method == "post" and role == "owner")
