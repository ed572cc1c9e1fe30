"""``scripts/run.sh`` serves the demo as a resident would meet it: a mistyped address gets
Nolan's own GOV.UK "Page not found", never Django's debugging page (which lists the settings
and every URL pattern), while the stylesheet is still served and signing in still works over
plain HTTP on this machine.

The script runs as it is, in a copy of the checkout's layout where ``scripts/setup.sh`` (pip
and npm) is already done and ``.venv/bin/nolan`` is this one, serving on a free port; the demo
loads into SQLite in a temporary folder.
"""

import html
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOLAN = Path(sys.executable).parent / "nolan"
# Whatever the test run itself was given (a PostgreSQL server, a worker, DEBUG) stays out.
OURS = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SITE_URL",
    "DATABASE_URL",
    "REDIS_URL",
    "TASK_WORKER",
    "NOLAN_DATA_DIR",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o755)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The address the script serves at, and the demo's passwords it printed."""
    root = tmp_path_factory.mktemp("checkout")
    (root / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "run.sh", root / "scripts" / "run.sh")
    executable(root / "scripts" / "setup.sh", "#!/bin/sh\n")
    bin_dir = root / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    port = free_port()
    executable(bin_dir / "python", f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    executable(
        bin_dir / "nolan",
        "#!/bin/sh\n"
        'if [ "$1" = runserver ]; then\n'
        '  [ "$2" = 127.0.0.1:8000 ] || { echo "serves at $2, not 127.0.0.1:8000"; exit 1; }\n'
        f'  exec "{NOLAN}" runserver 127.0.0.1:{port} --noreload\n'
        "fi\n"
        f'exec "{NOLAN}" "$@"\n',
    )
    env = {k: v for k, v in os.environ.items() if k not in OURS}
    env["NOLAN_DATA_DIR"] = str(root / "data")
    log = root / "run.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            ["bash", str(root / "scripts" / "run.sh")],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if server.poll() is not None:
                pytest.fail(f"scripts/run.sh stopped:\n{log.read_text()[-3000:]}")
            try:
                urllib.request.urlopen(f"{url}/", timeout=5)  # noqa: S310 (our own server)
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    pytest.fail(f"scripts/run.sh never served:\n{log.read_text()[-3000:]}")
                time.sleep(0.5)
        printed = re.split(r"Sign in at \S+ with:", log.read_text())[1].split("These")[0]
        passwords = dict(line.split() for line in printed.strip().splitlines())
        yield url, passwords
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def get(opener, url: str) -> tuple[int, str]:
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_a_mistyped_address_shows_nolans_page_not_found_not_djangos(demo):
    url, _ = demo
    status, page = get(urllib.request.build_opener(), f"{url}/councils/no-such-council/regster/")
    assert status == 404
    assert 'class="govuk-template"' in page
    assert '<h1 class="govuk-heading-l">Page not found</h1>' in page
    assert '<a class="govuk-link" href="/">go to the home page</a>' in page
    for debugging in ("URLconf", "DEBUG = True", "Django tried these URL patterns", "Traceback"):
        assert debugging not in page
    # DEBUG off: the page's stylesheet and scripts are served all the same (WhiteNoise).
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', page)
    assert any(a.endswith(".css") for a in assets)
    for asset in assets:
        assert get(urllib.request.build_opener(), f"{url}{asset}")[0] == 200, asset


def test_a_demo_user_signs_in_over_plain_http(demo):
    """Secure-only cookies would never come back over http://127.0.0.1 (Python's cookie jar
    keeps them from it as a browser does), so signing in would silently fail."""
    url, passwords = demo
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    status, page = get(opener, f"{url}/sign-in/")
    assert status == 200
    token = html.unescape(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1])
    form = {
        "csrfmiddlewaretoken": token,
        "username": "councillor",
        "password": passwords["councillor"],
    }
    request = urllib.request.Request(  # noqa: S310 (our own server)
        f"{url}/sign-in/",
        data=urllib.parse.urlencode(form).encode(),
        headers={"Origin": url, "Referer": f"{url}/sign-in/"},
    )
    with opener.open(request, timeout=10) as response:
        assert response.status == 200
        assert urllib.parse.urlsplit(response.url).path != "/sign-in/"
    status, page = get(opener, f"{url}/account/")
    assert status == 200 and "Sign out" in page


def run_with_recording_nolan(tmp_path: Path, *args: str, port: str | None = None):
    """run.sh in a checkout whose ``nolan`` only records how it was called."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "run.sh", tmp_path / "scripts" / "run.sh")
    executable(tmp_path / "scripts" / "setup.sh", "#!/bin/sh\n")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    executable(bin_dir / "python", f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    calls = tmp_path / "calls"
    executable(bin_dir / "nolan", f'#!/bin/sh\necho "$* SITE_URL=$SITE_URL" >> "{calls}"\n')
    env = {k: v for k, v in os.environ.items() if k not in OURS | {"PORT"}}
    if port is not None:
        env["PORT"] = port
    done = subprocess.run(
        ["bash", str(tmp_path / "scripts" / "run.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done, calls.read_text().splitlines() if calls.exists() else []


@pytest.mark.parametrize(
    ("args", "port", "served"),
    [((), None, "8000"), ((), "8765", "8765"), (("8766",), None, "8766"), (("8767",), "1", "8767")],
)
def test_run_sh_serves_at_the_port_it_is_given_and_links_to_it(tmp_path, args, port, served):
    """``PORT=8765 ./scripts/run.sh`` or ``./scripts/run.sh 8765`` serves there (found walking
    the demo with port 8000 taken), and the demo's links and SITE_URL say the same address;
    with neither, port 8000 as the README's first command says."""
    done, calls = run_with_recording_nolan(tmp_path, *args, port=port)
    assert done.returncode == 0, done.stderr
    assert calls[-1] == f"runserver 127.0.0.1:{served} SITE_URL=http://127.0.0.1:{served}"
    assert f"demo SITE_URL=http://127.0.0.1:{served}" in calls


@pytest.mark.parametrize("port", ["80a", "0", "70000", "-1"])
def test_run_sh_refuses_a_port_that_is_not_one(tmp_path, port):
    done, calls = run_with_recording_nolan(tmp_path, port=port)
    assert done.returncode == 2
    assert "port must be a number" in done.stderr
    assert calls == []
