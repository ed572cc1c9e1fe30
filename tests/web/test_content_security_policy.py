"""Every page Nolan serves carries a Content-Security-Policy and a Permissions-Policy, and its
own pages, the back office's included, run under them with no violation in headless
Chromium: GOV.UK Frontend's inline scripts run by their nonce, injected ones would not."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from nolan.demo import load_demo
from nolan.registers.models import Gift, InterestEntry
from tests.two_factor import verify_two_factor

WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", e => window.__violations.push(
  `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`
));
"""


def test_every_response_carries_both_policies(client, db):
    for path in ["/", "/sign-in/", "/no-such-page/", "/api/schema/"]:
        response = client.get(path)
        directives = dict(
            part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
        )
        assert directives["script-src"].startswith("'self' 'nonce-") or path == "/api/schema/"
        assert "unsafe" not in directives["script-src"] + directives["style-src"]
        assert directives["object-src"] == directives["frame-ancestors"] == "'none'"
        assert "camera=()" in response["Permissions-Policy"]


def test_each_page_gets_its_own_nonce_and_no_inline_script_runs_without_it(client, db):
    first, second = client.get("/sign-in/"), client.get("/sign-in/")
    nonces = [
        r["Content-Security-Policy"].split("'nonce-")[1].split("'")[0] for r in (first, second)
    ]
    assert nonces[0] != nonces[1]
    html = first.content.decode()
    assert html.count("<script") == html.count(f'nonce="{nonces[0]}"') + html.count(" src=")


def signed_in_cookie(username: str, live_server) -> dict:
    user = get_user_model().objects.get(username=username)
    client = Client()
    client.force_login(user)
    verify_two_factor(client, user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_sites_own_pages_and_the_back_office_raise_no_csp_violation(
    chromium_browser, live_server
):
    load_demo()
    gift = Gift.objects.filter(member__council__slug="welwyn-hatfield").first()
    entry = InterestEntry.objects.filter(member__council__slug="welwyn-hatfield").first()
    public = [
        "/",
        "/sign-in/",
        "/password-reset/",
        "/codes/welwyn-hatfield/",
        "/codes/welwyn-hatfield/changes/",
        "/councils/welwyn-hatfield/",
        "/councils/welwyn-hatfield/register/",
        "/councils/welwyn-hatfield/gifts/",
        "/councils/welwyn-hatfield/meetings/",
        "/councils/welwyn-hatfield/register/?on=not-a-date",
        "/no-such-page/",
    ]
    councillor = ["/check-a-post/", "/registers/", "/account/", "/account/two-factor/set-up/"]
    back_office = [
        "/admin/",
        "/admin/registers/gift/",
        f"/admin/registers/gift/{gift.pk}/change/",
        f"/admin/registers/gift/{gift.pk}/history/",
        f"/admin/registers/interestentry/{entry.pk}/change/",
        "/admin/councils/member/",
        "/admin/meetings/meeting/add/",
    ]
    problems = {}
    for who, paths in [(None, public), ("councillor", councillor), ("mo", back_office)]:
        context = chromium_browser.new_context()
        if who:
            context.add_cookies([signed_in_cookie(who, live_server)])
        page = context.new_page()
        page.add_init_script(WATCH_VIOLATIONS)
        console = []
        page.on("console", lambda message, console=console: console.append(message.text))
        for path in paths:
            console.clear()
            response = page.goto(f"{live_server.url}{path}")
            assert response is not None and response.status < 500, path
            page.wait_for_load_state("networkidle")
            found = page.evaluate("window.__violations") + [
                text
                for text in console
                if "Content Security Policy" in text or "Permissions-Policy" in text
            ]
            if not path.startswith("/admin/"):
                ran = page.evaluate(
                    "document.body.classList.contains('js-enabled')"
                    " && !!document.querySelector('[data-govuk-skip-link-init]')"
                )
                if not ran:
                    found.append("GOV.UK Frontend's inline scripts did not run")
            if found:
                problems[path] = found
        context.close()
    assert problems == {}
