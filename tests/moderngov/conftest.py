import pytest
from django.contrib.auth import get_user_model

from nolan.demo import load_demo
from tests.moderngov.server import modern_gov


@pytest.fixture
def demo(db):
    """The demo councils and users: Welwyn Hatfield has six members typed in by hand."""
    load_demo()
    return {u.username: u for u in get_user_model().objects.all()}


@pytest.fixture
def site():
    """A Modern.gov answering the recorded XML; tests change ``site.answers`` as they go."""
    with modern_gov() as server:
        yield server


@pytest.fixture(autouse=True)
def plain_http_allowed(settings):
    """The stand-in site speaks plain HTTP on loopback, which Nolan allows only with DEBUG
    on (pytest-django turns it off) and private addresses allowed; the HTTPS rule and the
    private-address rule have their own tests."""
    settings.DEBUG = True
    settings.MODERNGOV_ALLOW_PRIVATE_ADDRESSES = True
