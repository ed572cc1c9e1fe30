"""Per-user API tokens: the only way a script signs in to the API.

A token replaces the password that HTTP Basic used to carry: it opens the API only, is
shown once and stored as a hash (django-rest-knox), expires after ``API_TOKEN_DAYS``, and
its owner revokes it on the API token page. Each user holds at most one, so "revoke" and
"create a new one" leave no forgotten token behind.
"""

from django.db import transaction
from knox.models import AuthToken


def current(user) -> AuthToken | None:
    return AuthToken.objects.filter(user=user).order_by("-created").first()


@transaction.atomic
def issue(user) -> str:
    """Revoke the user's token, if any, and return a new one: the only time it is seen."""
    AuthToken.objects.filter(user=user).delete()
    _, token = AuthToken.objects.create(user=user)
    return token


def revoke(user) -> int:
    """Revoke the user's token; return how many were revoked (0 or 1)."""
    deleted, _ = AuthToken.objects.filter(user=user).delete()
    return deleted
