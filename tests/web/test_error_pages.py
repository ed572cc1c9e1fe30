"""400, 403, 404 and 500 pages in the site's GOV.UK layout, with a way back; the 500 page
renders with the database unreachable, and a malformed date is explained in plain words."""

import html
import re

import pytest
from django.urls import reverse

from nolan.errors import server_error

ERROR_URLS = pytest.mark.urls("tests.web.error_urls")
HEADINGS = {
    400: "There is a problem with the address",
    403: "You cannot see this page",
    404: "Page not found",
    500: "Sorry, there is a problem with the service",
}


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def assert_styled_page_with_a_way_back(response, status):
    text = page_text(response)
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert 'class="govuk-template"' in text and "govuk-footer" in text
    assert re.search(rf'<h1 class="govuk-heading-l">{HEADINGS[status]}</h1>', text)
    assert '<a class="govuk-link" href="/">go to the home page</a>' in text
    nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    assert text.count(f'nonce="{nonce}"') == 2


@ERROR_URLS
@pytest.mark.parametrize("status", [400, 403, 404])
def test_each_error_page_is_styled_with_a_way_back(client, db, status):
    response = client.get(f"/fail/{status}/")
    assert_styled_page_with_a_way_back(response, status)
    assert "details that must not be shown" not in page_text(response)


@ERROR_URLS
def test_the_500_page_renders_while_the_database_is_unreachable(client):
    """No ``db`` fixture: pytest-django refuses every query, as a database that is down would."""
    client.raise_request_exception = False
    response = client.get("/fail/500/")
    assert_styled_page_with_a_way_back(response, 500)
    assert "Connection refused" not in page_text(response)


def test_the_500_handler_never_touches_the_session_or_the_user(rf):
    class Unreachable:
        def __getattr__(self, name):
            raise AssertionError(f"the 500 page read the database ({name})")

    request = rf.get("/")
    request.session = request.user = request._messages = Unreachable()
    response = server_error(request)
    assert response.status_code == 500
    assert HEADINGS[500] in response.content.decode()


def test_an_unknown_page_gets_the_404_page(client, db):
    assert_styled_page_with_a_way_back(client.get("/no-such-page/"), 404)


@pytest.mark.parametrize(
    ("on", "boxes", "first_box"),
    [
        ("2025-13-01", ("1", "13", "2025"), 1),
        ("<b>soon</b>", ("<b>soon</b>", "3", "2025"), 0),
        ("2999-01-01", ("1", "1", "2999"), 0),
    ],
)
def test_a_bad_register_date_is_explained_beside_the_date_box(client, db, on, boxes, first_box):
    """Issue 11: on the register page itself, from a link's ?on= or typed in the date boxes
    (day, month, year), with what was typed, escaped once; the downloads, which have no date
    boxes, answer with the 400 page and a way back."""
    from tests.registers.factories import councillor

    member = councillor()
    for url in (
        reverse("register-council", args=[member.council.slug]),
        reverse("register-member", args=[member.council.slug, member.slug]),
    ):
        for query in ({"on": on}, dict(zip(("on_0", "on_1", "on_2"), boxes, strict=True))):
            response = client.get(url, query)
            assert response.status_code == 400 and response.context["on_error"]
            source = response.content.decode()
            assert "<b>" not in source and "&amp;" not in source  # escaped once
            assert 'id="on-error"' in source
            assert "govuk-error-summary" in source and f'href="#on_{first_box}"' in source
        typed = page_text(response)
        for n, value in enumerate(boxes):
            assert f'name="on_{n}" type="text" inputmode="numeric" value="{value}"' in typed
    download = client.get(reverse("register-csv", args=[member.council.slug]), {"on": on})
    assert_styled_page_with_a_way_back(download, 400)
    assert "<b>" not in download.content.decode()
