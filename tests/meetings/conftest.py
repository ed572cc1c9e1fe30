import pytest


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Factories set real passwords; the default hasher costs seconds per user here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
