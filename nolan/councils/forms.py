"""The Monitoring Officer's form giving a councillor an account
(``nolan.councils.services.give_member_account``, which checks every rule again)."""

from django import forms


class AccountForm(forms.Form):
    username = forms.CharField(
        label="Username",
        max_length=150,
        help_text="What they will type to sign in, for example bridget.osei",
        error_messages={
            "required": "Enter a username",
            "max_length": "The username must be 150 characters or fewer",
        },
    )
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="Nolan emails a link to this address for them to choose their own password",
        error_messages={
            "required": "Enter their email address",
            "invalid": "Enter an email address like name@example.com",
            "max_length": "The email address must be 254 characters or fewer",
        },
    )
