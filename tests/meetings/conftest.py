import pytest


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Factories set real passwords; the default hasher costs seconds per user here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def by(django_user_model):
    """Who acts in a service call whose actor the test is not about: a system administrator,
    whom the services let act for any council (``tests/meetings/test_permissions.py`` is
    about who else may)."""
    return django_user_model.objects.create_user(
        "acting-officer", first_name="Acting", is_superuser=True
    )
