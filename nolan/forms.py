"""What every form of Nolan's shares with the services behind it."""

from django import forms
from django.core.exceptions import ValidationError

from nolan.core.errors import Refused


def refuse_on_form(form: forms.BaseForm, error: Refused) -> None:
    """Show a service's refusal on ``form``: beside the field it names if the form has that
    field, otherwise above the form. The stable code travels with it for tests and scripts."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, ValidationError(error.message, code=error.code))
