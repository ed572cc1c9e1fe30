"""``POST /api/screen/``: the caller's council, the same output as ``nolan screen``, and no
answer at all to anonymous callers."""

import io
import json

import pytest
from django.test import RequestFactory
from rest_framework.test import APIClient

from nolan.core.screening.cli import run
from tests.factories import PASSWORD, CouncilFactory, RoleFactory
from tests.two_factor import verify_two_factor

URL = "/api/screen/"
ABUSE = "Cllr Jones is a lying, disgusting pig and everyone knows it."


@pytest.fixture
def api():
    return APIClient()


def signed_in(api, user):
    # django-axes checks every password sign-in against the request it came with.
    request = RequestFactory().post("/sign-in/")
    assert api.login(request=request, username=user.username, password=PASSWORD)
    verify_two_factor(api, user)  # officers also give a code from their app
    return api


def cli_line(code: str, post: dict) -> dict:
    out, err = io.StringIO(), io.StringIO()
    assert run(code, None, io.StringIO(json.dumps(post) + "\n"), out, err) == 0, err.getvalue()
    return json.loads(out.getvalue())


def test_anonymous_calls_are_refused_and_get_no_result(api, db):
    CouncilFactory()
    response = api.post(URL, {"text": ABUSE}, format="json")
    assert response.status_code in (401, 403)
    assert response["Content-Type"] == "application/json"
    assert b"findings" not in response.content


def test_a_signed_in_user_without_a_screening_role_is_refused(api, db):
    council = CouncilFactory()
    clerk = RoleFactory(council=council, kind="clerk").user
    api.force_authenticate(clerk)
    response = api.post(URL, {"text": ABUSE}, format="json")
    assert response.status_code == 403
    assert b"findings" not in response.content


def test_a_councillor_gets_exactly_what_nolan_screen_writes(api, wh_councillor):
    post = {"id": "draft-1", "text": ABUSE, "account": "official", "shared": True}
    response = signed_in(api, wh_councillor).post(URL, post, format="json")
    assert response.status_code == 200
    assert response.json() == cli_line("welwyn-hatfield", post)
    assert "dehumanise.individual" in [f["rule"] for f in response.json()["findings"]]


def test_a_bexley_councillor_is_answered_with_bexleys_code(api, bexley_councillor):
    response = signed_in(api, bexley_councillor).post(URL, {"text": ABUSE}, format="json")
    assert response.json() == cli_line("bexley", {"id": None, "text": ABUSE})


def test_the_id_is_optional_and_the_posted_at_time_is_read(api, wh_councillor):
    response = signed_in(api, wh_councillor).post(
        URL, {"text": "Lovely day.", "posted_at": "2026-04-01T09:00:00+01:00"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["id"] is None
    assert response.json()["findings"] == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"text": "Hi", "account": "facebook"}, "bad-account"),
        ({"text": "Hi", "posted_at": "2026-04-01T09:00:00"}, "naive-posted-at"),
        ({"text": "Hi", "posted_at": "next Tuesday"}, "bad-posted-at"),
        ({"account": "official"}, "bad-text"),
        ({"text": "Hi", "shared": "yes"}, "bad-shared"),
        ({"text": "Hi", "colour": "red"}, "unknown-field"),
        ({"text": "Hi", "council": 7}, "bad-council"),
        (["Hi"], "not-an-object"),
    ],
)
def test_bad_input_is_refused_with_a_code_naming_what_is_wrong(api, wh_councillor, body, code):
    response = signed_in(api, wh_councillor).post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == code
    assert "findings" not in response.json()


def test_a_councillor_may_not_screen_for_another_council(api, wh_councillor):
    CouncilFactory(slug="bexley")
    response = signed_in(api, wh_councillor).post(
        URL, {"text": ABUSE, "council": "bexley"}, format="json"
    )
    assert response.status_code == 403
    assert response.json()["code"] == "council-not-allowed"
    detail = response.json()["detail"]
    assert detail.startswith("You do not act for that council")
    assert "'bexley'" not in detail and not detail.startswith("council:")


def test_a_monitoring_officer_may_screen_for_a_parish_they_act_for(api, wh_monitoring_officer):
    response = signed_in(api, wh_monitoring_officer).post(
        URL, {"text": ABUSE, "council": "northaw-cuffley"}, format="json"
    )
    assert response.status_code == 200
    assert response.json() == cli_line("lga-2020", {"id": None, "text": ABUSE})


def test_the_endpoint_is_described_in_openapi(api, db):
    schema = api.get("/api/schema/", {"format": "json"}).json()
    operation = schema["paths"]["/api/screen/"]["post"]
    assert operation["operationId"] == "screen_post"
    request = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    response = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    components = schema["components"]["schemas"]
    assert {"text", "posted_at", "account", "shared", "council"} <= set(
        components[request.split("/")[-1]]["properties"]
    )
    assert {"id", "capacity", "findings"} <= set(components[response.split("/")[-1]]["properties"])


@pytest.mark.parametrize("body", [{"text": "Hi", "council": 7}, ["Hi"]])
def test_a_refusal_of_the_request_itself_is_a_sentence(api, wh_councillor, body):
    detail = signed_in(api, wh_councillor).post(URL, body, format="json").json()["detail"]
    assert detail[:1].isupper() and detail.endswith("."), detail
