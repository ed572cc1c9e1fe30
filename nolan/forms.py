"""What every form of Nolan's shares with the services behind it."""

from collections.abc import Mapping

from django import forms
from django.core.exceptions import ValidationError

from nolan.core.errors import Refused


def refuse_on_form(
    form: forms.BaseForm, error: Refused, names: Mapping[str, str] | None = None
) -> None:
    """Show a service's refusal on ``form``: beside the field it names if the form has that
    field, otherwise above the form. ``names`` maps a service's field to the form's where
    they differ. The stable code travels with it for tests and scripts, never in the text."""
    name = (names or {}).get(error.field, error.field)
    form.add_error(
        name if name in form.fields else None, ValidationError(error.message, code=error.code)
    )
