"""Shared fixtures: factories, signed-in clients, and the headless-Chromium accessibility check.

Officers must give a code from an authenticator app after their password
(``nolan.accounts.two_factor``). The ``client`` and ``admin_client`` fixtures stand for an
officer who has done so: ``force_login`` also marks the session verified. Tests of the
second step itself use a plain ``django.test.Client``.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.test import Client

from tests.two_factor import authenticator_code, verify_two_factor

# Playwright's sync API runs an event loop in the test thread; Django's live_server and the
# ORM calls around it are synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO = Path(__file__).resolve().parent.parent
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


class VerifiedClient(Client):
    """A test client whose ``force_login`` also gives the second factor."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        verify_two_factor(self, user)


@pytest.fixture
def client():
    return VerifiedClient()


@pytest.fixture
def admin_client(db, admin_user):
    client = VerifiedClient()
    client.force_login(admin_user)
    return client


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing costs seconds per user on a busy machine; tests need no secrecy."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def chromium_browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None or not AXE_JS.exists():
        message = (
            "browser tests need Debian's chromium and `npm ci` (axe-core); "
            "scripts/test.sh installs both"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium_browser):
    # axe-core goes into each page as an inline script, which the site's Content-Security-Policy
    # would block; tests/web/test_content_security_policy.py checks the policy with it on.
    context = chromium_browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_violations(browser_page, live_server):
    """Open ``path`` on the live server and return axe-core's serious and critical violations.

    Pass ``login=(username, password)`` to sign in first through the real sign-in form, then
    (for an officer) the code their authenticator app would show. ``check.here()`` checks the
    page the browser is on (``browser_page``), e.g. after a form was submitted. ``status`` is
    the HTTP status the page must answer with (4xx or 500 for an error page).
    """

    def check(path: str, login: tuple[str, str] | None = None, status: int = 200) -> list[dict]:
        if login:
            browser_page.goto(f"{live_server.url}/sign-in/")
            browser_page.fill("#id_username", login[0])
            browser_page.fill("#id_password", login[1])
            browser_page.click("button[type=submit]")
            if "/account/two-factor/" in browser_page.url:
                setting_up = "/set-up/" in browser_page.url
                browser_page.fill("#id_code", authenticator_code(login[0], setting_up))
                browser_page.click("form:has(#id_code) button[type=submit]")
        response = browser_page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status == status, (
            f"{path}: {response and response.status}"
        )
        return here()

    def here() -> list[dict]:
        """Check the page the browser shows now, e.g. after submitting a form."""
        browser_page.add_script_tag(content=AXE_JS.read_text())
        result = browser_page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
            if v["impact"] in BLOCKING_IMPACTS
        ]

    check.here = here
    return check
