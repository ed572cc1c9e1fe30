"""What a Monitoring Officer met walking the demo's "Check a post" (issue 11): the page
opened from a council's links checks against that council's code, and a missing choice of
council is named in the error summary."""

import re

from django.contrib.auth import get_user_model

from nolan.demo import load_demo

URL = "/check-a-post/"


def checked_council(response) -> str:
    html = response.content.decode()
    return re.search(r'name="council" type="radio" value="([a-z-]+)" checked', html).group(1)


def test_an_officer_checks_against_the_council_they_opened_the_page_from(client, db):
    load_demo()
    client.force_login(get_user_model().objects.get(username="mo"))
    home = client.get("/").content.decode()
    section = home.split("Welwyn Hatfield Borough Council", 1)[1]
    link = re.search(r'href="(/check-a-post/[^"]*)"', section).group(1).replace("&amp;", "&")
    assert checked_council(client.get(link)) == "welwyn-hatfield"
    parish = home.split("Welwyn Hatfield Borough Council", 1)[0]
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
