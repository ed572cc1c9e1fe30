"""``POST /api/screen/`` refuses deeply nested, huge or malformed JSON with the codes
``nolan screen`` uses, never a 500."""

import json

import pytest
from rest_framework.test import APIClient

from nolan.core.screening.jsonio import MAX_LINE_CHARS

URL = "/api/screen/"


@pytest.fixture
def api(wh_councillor):
    client = APIClient()
    client.force_authenticate(wh_councillor)
    return client


def post(api, body: str):
    return api.post(URL, body, content_type="application/json")


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("[" * 100_000 + "]" * 100_000, "too-large"),
        ("[" * 40_000 + "]" * 40_000, "too-deep"),
        ('{"text": "Hi", "id": ' + "[" * 40 + "]" * 40 + "}", "too-deep"),
        ('{"text": "Hi"', "invalid-json"),
    ],
)
def test_bad_json_is_refused_with_the_commands_code(api, body, code):
    response = post(api, body)
    assert response.status_code == (413 if code == "too-large" else 400)
    assert response.json()["code"] == code
    assert "findings" not in response.json()


def test_a_post_over_the_size_limit_is_refused_and_one_within_it_is_screened(api):
    huge = post(api, json.dumps({"text": "x" * MAX_LINE_CHARS}))
    assert (huge.status_code, huge.json()["code"]) == (413, "too-large")
    fits = post(api, json.dumps({"text": "x" * (MAX_LINE_CHARS - 100)}))
    assert fits.status_code == 200 and fits.json()["findings"] == []


def test_nesting_within_the_limit_is_echoed_back(api):
    post_id = [[["draft", 1]]]
    response = post(api, json.dumps({"id": post_id, "text": "Lovely day."}))
    assert response.status_code == 200
    assert response.json()["id"] == post_id
