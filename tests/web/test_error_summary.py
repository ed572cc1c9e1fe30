"""Every link in a GOV.UK error summary lands on a real input, whatever the field's widget."""

import re

import pytest
from django.contrib.auth import get_user_model

from nolan.demo import load_demo

pytestmark = pytest.mark.django_db


def summary_targets(html: str) -> list[str]:
    summary = html.split('class="govuk-error-summary"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'href="#([^"]*)"', summary)


@pytest.mark.parametrize(
    ("username", "path"),
    [
        # Radios (the s.33(2) ground) and plain text: a meetings form.
        ("councillor", "/councils/welwyn-hatfield/dispensations/apply/"),
        # A date in three parts (day, month, year): a registers form.
        ("councillor", "/councils/welwyn-hatfield/members/alex-fairweather/register/gifts/add/"),
    ],
)
def test_error_summary_links_point_at_inputs_on_the_page(client, username, path):
    load_demo()
    client.force_login(get_user_model().objects.get(username=username))
    # A browser always sends at least the CSRF token; an empty dict would mean "not posted".
    html = client.post(path, {"csrfmiddlewaretoken": "x"}).content.decode()
    targets = summary_targets(html)
    assert targets
    for target in targets:
        assert target and f'id="{target}"' in html, target
