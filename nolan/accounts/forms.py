"""The two-factor pages' one field (a code from the authenticator app), and Django's
password change and reset forms with errors that say which box they are about."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm, _unicode_ci_compare


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code from your authenticator app",
        help_text="The 6-digit code, for example 123456",
        max_length=12,
        error_messages={"required": "Enter the 6-digit code from your authenticator app"},
        widget=forms.TextInput(
            attrs={
                "class": "govuk-input govuk-input--width-10",
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "spellcheck": "false",
            }
        ),
    )


class ResetForm(PasswordResetForm):
    """Django's password reset, saying what to type rather than "This field is required.".

    Unlike Django's, it also sends the link to an account whose password is still to be
    chosen: an account a Monitoring Officer gave a councillor has none until the link e-mailed
    to them is used (``nolan.councils.services.give_member_account``), and a link that
    stopped working must be replaceable. Nolan has no way to sign in other than a password.
    """

    def get_users(self, email):
        User = get_user_model()
        field = User.get_email_field_name()
        found = User._default_manager.filter(**{f"{field}__iexact": email, "is_active": True})
        return (u for u in found if _unicode_ci_compare(email, getattr(u, field)))

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address like name@example.com",
        },
    )


class ChangeForm(PasswordChangeForm):
    """Django's password change, each empty box named rather than "This field is required."."""

    REQUIRED = {
        "old_password": "Enter your current password",
        "new_password1": "Enter a new password",
        "new_password2": "Enter the new password again",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, message in self.REQUIRED.items():
            self.fields[name].error_messages["required"] = message
