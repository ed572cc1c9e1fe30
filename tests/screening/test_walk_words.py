"""What a Monitoring Officer met walking the demo's "Check a post" (issue 11): the page
opened from a council's links checks against that council's code, and a missing choice of
council is named in the error summary."""

import re
from pathlib import Path

from django.contrib.auth import get_user_model

from nolan.core.screening import capacity
from nolan.demo import load_demo
from nolan.screening.presentation import REASON_LABELS

URL = "/check-a-post/"


def checked_council(response) -> str:
    html = response.content.decode()
    return re.search(r'name="council" type="radio" value="([a-z-]+)" checked', html).group(1)


def test_an_officer_checks_against_the_council_they_opened_the_page_from(client, db):
    load_demo()
    client.force_login(get_user_model().objects.get(username="mo"))
    home = client.get("/").content.decode().split("As Monitoring Officer", 1)[1]
    # The borough first, then its parish (the officer's principal council leads).
    borough, parish = home.split("Welwyn Hatfield Borough Council", 1)[1].split(
        "Northaw and Cuffley Parish Council", 1
    )
    link = re.search(r'href="(/check-a-post/[^"]*)"', borough).group(1).replace("&amp;", "&")
    assert checked_council(client.get(link)) == "welwyn-hatfield"
    link = re.search(r'href="(/check-a-post/[^"]*)"', parish).group(1).replace("&amp;", "&")
    assert checked_council(client.get(link)) == "northaw-cuffley"


def test_a_council_the_officer_does_not_act_for_is_not_chosen(client, wh_monitoring_officer):
    client.force_login(wh_monitoring_officer)
    assert checked_council(client.get(URL, {"council": "bexley"})) != "bexley"


def test_a_missing_council_is_named_in_the_error_summary(client, wh_monitoring_officer):
    client.force_login(wh_monitoring_officer)
    response = client.post(URL, {"text": "Hello", "account": "official"})
    assert [e.code for e in response.context["form"].errors.as_data()["council"]] == ["required"]
    assert "This field is required." not in response.content.decode()


def test_every_reason_the_capacity_assessment_gives_is_said_in_words():
    source = Path(capacity.__file__).read_text()
    reasons = set(re.findall(r'reasons\.append\("([a-z_]+)"\)', source))
    assert reasons
    assert reasons <= set(REASON_LABELS)


def test_a_post_that_acts_in_role_is_explained_without_a_key(client, wh_councillor):
    client.force_login(wh_councillor)
    text = "Got the council's comms team to design our party leaflets for free this year."
    response = client.post(URL, {"text": text, "account": "personal"})
    shown = response.context["capacity"]["reasons"]
    assert REASON_LABELS["acts_in_role"] in shown
    assert not [reason for reason in shown if "_" in reason]
    assert "acts_in_role" not in response.content.decode()


def test_an_over_long_draft_is_refused_in_words(client, wh_councillor):
    client.force_login(wh_councillor)
    response = client.post(URL, {"text": "x" * 10_001, "account": "official"})
    (error,) = response.context["form"].errors.as_data()["text"]
    assert error.code == "max_length"
    assert "Ensure this value" not in response.content.decode()
