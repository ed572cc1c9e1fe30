"""Shared fixtures: factories, signed-in clients, and the headless-Chromium accessibility check."""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's live_server and the
# ORM calls around it are synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO = Path(__file__).resolve().parent.parent
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


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
    context = chromium_browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_violations(browser_page, live_server):
    """Open ``path`` on the live server and return axe-core's serious and critical violations.

    Pass ``login=(username, password)`` to sign in first through the real sign-in form.
    """

    def check(path: str, login: tuple[str, str] | None = None) -> list[dict]:
        if login:
            browser_page.goto(f"{live_server.url}/sign-in/")
            browser_page.fill("#id_username", login[0])
            browser_page.fill("#id_password", login[1])
            browser_page.click("button[type=submit]")
        response = browser_page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status == 200, (
            f"{path}: {response and response.status}"
        )
        browser_page.add_script_tag(content=AXE_JS.read_text())
        result = browser_page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
            if v["impact"] in BLOCKING_IMPACTS
        ]

    return check
