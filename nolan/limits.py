"""How long typed text may be, and the check the services run against a model's own limits.

Every ``CharField`` has its ``max_length``: PostgreSQL refuses a longer value (an HTTP 500
if nothing checked it first) while SQLite stores it whole. A ``TextField`` has no limit in
either database, so each of Nolan's is given ``max_length=TEXT_MAX_LENGTH``, which Django
checks in every form built from the model (the back office's included). Hand-written forms
take their fields from ``text_field``, so they say the same limit in plain words; the
services check again with ``too_long``, for the callers that have no form: commands,
imports, the API.
"""

from collections.abc import Mapping

from django import forms
from django.db import models
from django.utils.text import capfirst

# A few pages of prose: more than any reasons, details or agenda description needs, and the
# same limit as a draft post on "Check a post".
TEXT_MAX_LENGTH = 10_000


def too_long(model: type[models.Model], values: Mapping[str, object]) -> tuple[str, int] | None:
    """The first of ``values`` (by field name) longer than ``model`` allows, and its limit."""
    for name, value in values.items():
        limit = model._meta.get_field(name).max_length
        if isinstance(value, str) and limit is not None and len(value) > limit:
            return name, limit
    return None


def text_field(
    model: type[models.Model], name: str, *, called: str = "", **kwargs
) -> forms.CharField:
    """A form field for ``model``'s text column ``name``, refusing text the column cannot hold.
    The refusal names the field as ``called`` (what the page calls it, such as "the address
    of the land or property") where the column's own name would mean nothing to a person."""
    column = model._meta.get_field(name)
    message = (
        f"{capfirst(called or column.verbose_name)} must be {column.max_length:,} characters "
        "or fewer"
    )
    messages = {"max_length": message, **kwargs.pop("error_messages", {})}
    return forms.CharField(max_length=column.max_length, error_messages=messages, **kwargs)
